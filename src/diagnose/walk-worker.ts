/**
 * The second thread of the line walk (src/diagnose/walk.ts): walks the file whose descriptor it is given (the
 * descriptor is the process's, shared by its threads; reads are positioned) and puts the pieces in the ring for
 * the reading thread. Bundled into dist/walk-worker.cjs by scripts/bundle.mjs; started by src/diagnose/read.ts.
 */
import { workerData } from 'node:worker_threads';
import { instantiate, produceWalk, SlotRing, SlotWriter, walkSize } from './walk.js';

const { module, sab, fd, maxLine } = workerData as { module: object; sab: SharedArrayBuffer; fd: number; maxLine: number };
const out = new SlotWriter(new SlotRing(maxLine, sab));
try {
  produceWalk(fd, instantiate(module, walkSize(maxLine), 0), maxLine, out);
  out.end();
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  out.error(e?.code ?? '', e?.message ?? String(err));
}
