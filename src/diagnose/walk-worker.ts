/**
 * The second thread of the line walk (src/diagnose/walk.ts): walks the file whose descriptor it is given (the
 * descriptor is the process's, shared by its threads; reads are positioned) and puts the pieces in the ring for
 * the reading thread, with the senders of its Postfix deliveries and Exim failures looked up ahead while the
 * reading thread is behind (SenderResolver, src/diagnose/senders.ts). Bundled into dist/walk-worker.cjs by scripts/bundle.mjs; started by src/diagnose/read.ts.
 */
import { workerData } from 'node:worker_threads';
import { SenderResolver } from './senders.js';
import { instantiate, produceWalk, SlotRing, SlotWriter, walkSize } from './walk.js';

const { module, sab, fd, maxLine, answerAll } = workerData as { module: object; sab: SharedArrayBuffer; fd: number; maxLine: number; answerAll?: boolean };
const out = new SlotWriter(new SlotRing(maxLine, sab), new SenderResolver(fd, maxLine), answerAll);
try {
  produceWalk(fd, instantiate(module, walkSize(maxLine), 0), maxLine, out);
  out.end();
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  out.error(e?.code ?? '', e?.message ?? String(err));
}
