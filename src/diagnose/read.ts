/**
 * Input adapter for `addr diagnose`: files, named pipes or stdin ("-"), gzip detected by its magic bytes, constant
 * memory. Each input is opened once (a named pipe cannot be opened twice). Lines are capped at MAX_LINE characters
 * (the rest of an overlong line is skipped); invalid UTF-8 becomes U+FFFD.
 *
 * One line walk: regular files go through the WebAssembly walk (asm/scan.ts → dist/scan.wasm): 1 MiB reads into
 * one buffer in the module's memory, walked 16 bytes at a time. A line with a Postfix program tag (postfixTag:
 * "postfix/smtp[…]", "postfix-out/qmgr:", "postfix[pid]") goes only to the Postfix parser (see LogScanner.push),
 * which ignores it unless it holds one of POSTFIX_TRIGGERS or ": from=<":
 * those lines are skipped without being decoded, which is most of a Postfix log. Exim main-log lines are sorted by
 * their flag likewise: "Completed" lines, and "=>"/"->" deliveries of ids never deferred, are skipped. qmgr's
 * "QID: from=<…>" lines and Exim's "<=" arrivals are not parsed either: a small fixed-size table keeps (hash of the
 * queue id → file offset), and when a failure needs the sender the line is read back (from the buffer when it is
 * still there) and checked with the parsers' own rules (LogScanner.senderEntryOf). Every other line is decoded and pushed, in order, so multi-line constructs
 * (DSN parts, SMTP transcripts, nodemailer errors) behave as on the stream path. Pipes, stdin, gzip, and files
 * where the module cannot run, take the stream path (readLines), which pushes every line; `--debug` says which.
 * Files of WORKER_MIN_BYTES and more are walked in a second thread (src/diagnose/walk.ts, walk-worker.ts) while
 * this one decodes, parses and classifies what the walk hands over, in file order: the same walk, the same report.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { templateKey } from '../core/template.js';
import { InputError } from '../errors.js';
import { instantiate, produceWalk, readSlots, SlotRing, walkSize, type WalkOut, type WalkPiece, type WasmWalker } from './walk.js';

/** Longest line kept, in characters; the rest of a longer line is dropped. */
export const MAX_LINE = 64 * 1024;

export interface ReadStats { lines: number; truncated: number }

/** What the readers feed: LogScanner. */
export interface LineSink {
  /** A line; textKey: the byte template key of its delivery reply, when the walk computed it (asm/scan.ts, keys). */
  push(line: string, textKey?: number): void;
  setSenderLookup?(lookup: (qid: string) => string | undefined): void;
}

/** Checks a line read back by offset (a Postfix "from=" line, an Exim arrival): the queue id and sender push() would record. */
export type SenderOf = (line: string) => { qid: string; sender: string } | undefined;

function cannotRead(name: string, err: unknown): InputError {
  const e = err as NodeJS.ErrnoException;
  const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message;
  return new InputError(`Cannot read ${name}: ${why}.`, 'Check the path and permissions; use - to read standard input.', { cause: err });
}

// ---- stream path (stdin, gzip) ---------------------------------------------------------------------------------

async function* withGunzip(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  // Make sure two bytes are there for the magic test.
  while (!first.done && first.value.length < 2) {
    const next = await it.next();
    if (next.done) break;
    first = { done: false, value: Buffer.concat([first.value, next.value]) };
  }
  if (first.done) return;
  const head = first.value;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest();
    return;
  }
  const gunzip = Readable.from(rest()).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw new InputError(`${name} is not valid gzip: ${(err as Error).message}.`, 'Check the file, or decompress it first.', { cause: err });
  }
}

/** Calls onLine for each line of a stream (gzip or not); resolves with counts. Throws InputError when it cannot be read. */
export async function readLines(name: string, stream: NodeJS.ReadableStream, onLine: (line: string) => void): Promise<ReadStats> {
  const decoder = new StringDecoder('utf8');
  const stats: ReadStats = { lines: 0, truncated: 0 };
  let carry = '';
  let dropping = false;
  const emit = (line: string): void => {
    stats.lines += 1;
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  };
  const take = (s: string): void => {
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      if (dropping) {
        dropping = false;
        emit(carry);
        carry = '';
      } else if (carry) {
        const line = carry + s.slice(start, Math.min(nl, start + MAX_LINE));
        if (nl - start + carry.length > MAX_LINE) stats.truncated += 1;
        carry = '';
        emit(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
      } else if (nl - start > MAX_LINE) {
        stats.truncated += 1;
        emit(s.slice(start, start + MAX_LINE));
      } else {
        emit(s.slice(start, nl));
      }
      start = nl + 1;
    }
    if (start < s.length && !dropping) {
      carry += s.slice(start, start + MAX_LINE - carry.length + 1);
      if (carry.length > MAX_LINE) {
        carry = carry.slice(0, MAX_LINE);
        dropping = true;
        stats.truncated += 1;
      }
    }
  };
  try {
    for await (const chunk of withGunzip(stream as AsyncIterable<Buffer>, name)) {
      take(decoder.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw cannotRead(name, err);
  }
  take(decoder.end());
  if (carry || dropping) emit(carry);
  return stats;
}

// ---- fast path (regular files) ---------------------------------------------------------------------------------

/** Hash of a queue id, the same whether computed from a string or from the bytes (asm/scan.ts). */
export function qidHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Queue id → offset of the Postfix "from=" line, 4-way set-associative, newest kept: 65,536 entries in 512 KiB
 * whatever the log size (the parser's own map keeps 10,000–20,000). An entry is one number, offset × 4096 + 12 bits
 * of the hash (a set is 32 bytes). Entries are hints: a lookup reads the line back and accepts it only if the
 * parser would have recorded that queue id (the newest such line wins, as in the parser's map).
 */
class SenderIndex {
  private static readonly SETS = 1 << 14;
  private static readonly LIMIT = 2 ** 41; // offsets up to 2 TiB fit with their tag in a double
  private readonly sets = new Float64Array(SenderIndex.SETS * 4).fill(-1);
  private static readonly PENDING = 4096;
  private readonly pendingHash = new Int32Array(SenderIndex.PENDING);
  private readonly pendingOffset = new Float64Array(SenderIndex.PENDING);
  private pending = 0;
  private readonly tmp = Buffer.allocUnsafe(4096);

  /** The walk's buffer and the file offset of its first byte: a line still in it is not read again. */
  view: { buf: Buffer; offset: number; filled: number } | undefined;

  constructor(private readonly fd: number, private readonly check: SenderOf) {}

  /** Queues the entry; the table is written PENDING entries at a time (flush). */
  add(hash: number, offset: number): void {
    const n = this.pending;
    this.pendingHash[n] = hash;
    this.pendingOffset[n] = offset;
    this.pending = n + 1;
    if (n + 1 === SenderIndex.PENDING) this.flush();
  }

  /**
   * Writes the queued entries in one tight loop: each goes to a random cache line, and the CPU overlaps those
   * misses only when nothing else runs between them (measured: 40 ms less on the bench log than adding them
   * one at a time from the line loop).
   */
  private flush(): void {
    const sets = this.sets;
    for (let k = 0; k < this.pending; k++) {
      const hash = this.pendingHash[k]!;
      const offset = this.pendingOffset[k]!;
      if (offset >= SenderIndex.LIMIT) continue;
      const base = (hash & (SenderIndex.SETS - 1)) << 2;
      // Offsets grow: the smallest entry (or an empty one, -1) is the oldest.
      let victim = base;
      let min = sets[base]!;
      for (let i = base + 1; i < base + 4; i++) {
        if (sets[i]! < min) { min = sets[i]!; victim = i; }
      }
      sets[victim] = offset * 4096 + (hash >>> 20);
    }
    this.pending = 0;
  }

  get(qid: string): string | undefined {
    if (this.pending) this.flush();
    const hash = qidHash(qid, 0, qid.length);
    const base = (hash & (SenderIndex.SETS - 1)) << 2;
    const tag = hash >>> 20;
    // The set's entries with this tag, newest (largest offset) first, as the parser's map overwrites.
    let tried = -1;
    for (;;) {
      let best = -1;
      for (let i = base; i < base + 4; i++) {
        const e = this.sets[i]!;
        if (e < 0) continue;
        const offset = Math.floor(e / 4096);
        if (e - offset * 4096 === tag && offset > best && (tried < 0 || offset < tried)) best = offset;
      }
      if (best < 0) return undefined;
      const entry = this.check(this.lineAt(best));
      if (entry && entry.qid === qid) return entry.sender;
      tried = best;
    }
  }

  private lineAt(offset: number): string {
    const v = this.view;
    if (v && offset >= v.offset && offset < v.offset + v.filled) {
      const start = offset - v.offset;
      const nl = v.buf.indexOf(10, start);
      if (nl >= 0 && nl < v.filled && nl - start <= MAX_LINE) {
        const line = v.buf.toString('utf8', start, nl);
        return line.endsWith('\r') ? line.slice(0, -1) : line;
      }
    }
    let buf = this.tmp;
    let n = readSync(this.fd, buf, 0, buf.length, offset);
    let nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0 && n === buf.length) {
      buf = Buffer.allocUnsafe(MAX_LINE * 3 + 4);
      n = readSync(this.fd, buf, 0, buf.length, offset);
      nl = buf.subarray(0, n).indexOf(10);
    }
    let line = buf.toString('utf8', 0, nl < 0 ? n : nl);
    if (line.length > MAX_LINE) line = line.slice(0, MAX_LINE);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}

/** The little of the WebAssembly API used here (this project's TypeScript libs do not declare it). */
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object };

/** Code units of a reply and its extra key string that wasmTemplateKey hashes in the module; longer ones in JavaScript. */
const TEMPLATE_UNITS = 1 << 17;
/** The scratch area: the text and extra string, then the template the module writes (one more unit, four of slack). */
const TEMPLATE_BYTES = (2 * TEMPLATE_UNITS + 16) * 2;
/** The read buffer of the walk: the longest line in bytes (3 per character) and one read. */
const WALK_SIZE = walkSize(MAX_LINE);

let wasmModule: { module: object | null; why: string } | undefined;

/**
 * A file next to the bundle (dist/addr.cjs), next to dist/diagnose/read.js, or in dist/ for the sources (tests):
 * its bytes, or undefined.
 */
function distFile(name: string): { url: URL; bytes: Buffer } | undefined {
  for (const rel of [`./${name}`, `../${name}`, `../../dist/${name}`]) {
    const url = new URL(rel, import.meta.url);
    try {
      return { url, bytes: readFileSync(url) };
    } catch {
      continue;
    }
  }
  return undefined;
}

/** The compiled walk, or null and why not. */
function scanModule(): { module: object | null; why: string } {
  if (wasmModule !== undefined) return wasmModule;
  const file = distFile('scan.wasm');
  if (!file) wasmModule = { module: null, why: 'dist/scan.wasm was not found' };
  else {
    try {
      wasmModule = { module: new WebAssembly.Module(file.bytes), why: '' };
    } catch (err) {
      wasmModule = { module: null, why: `this Node cannot compile dist/scan.wasm (${(err as Error).message})` };
    }
  }
  return wasmModule;
}

/** Which walk regular files get: the WebAssembly one, or the stream path when the module is missing or cannot run. */
export function scanEngine(): 'wasm' | 'stream' {
  return scanModule().module ? 'wasm' : 'stream';
}

let walkerCache: WasmWalker | undefined;

/**
 * The instance of this thread, with room for the deferral bitmap, the read buffer (+ 64 of slack for its wide
 * loads), outputs and templateKey's scratch area; one per process, reused from file to file (its memory, ~33 MB
 * reserved, is only touched as far as it is used). A string says why there is none.
 */
function wasmWalker(): WasmWalker | string {
  const { module, why } = scanModule();
  if (!module) return why;
  if (walkerCache) return walkerCache;
  try {
    walkerCache = instantiate(module, WALK_SIZE, TEMPLATE_BYTES);
  } catch (err) {
    return `no memory for the WebAssembly walk (${(err as Error).message})`; // a tight ulimit
  }
  return walkerCache;
}

/**
 * Files at least this large are walked in a second thread (src/diagnose/walk-worker.ts) while this one decodes,
 * parses and classifies: starting the thread costs ~30-50 ms, the walk ~1.2 ms per MiB.
 */
export const WORKER_MIN_BYTES = 32 << 20;

/**
 * The reading side of the walk: for each walked piece, onFrom(hash, offset) for every qmgr "QID: from=<…>" line
 * and Exim arrival, and onLine(text) for every line that can matter, both in file order; counts the lines.
 */
class WalkReader implements WalkOut {
  readonly stats: ReadStats = { lines: 0, truncated: 0 };
  /** The piece being read, for SenderIndex (a line still in it is not read again from the file). */
  readonly current: { buf: Buffer; offset: number; filled: number } = { buf: Buffer.alloc(0), offset: 0, filled: 0 };

  constructor(private readonly maxLine: number, private readonly onLine: (text: string, textKey?: number) => void,
    private readonly onFrom: (hash: number, offset: number) => void) {}

  private emit(text: string, textKey?: number): void {
    let line = text;
    if (line.length > this.maxLine) { this.stats.truncated += 1; line = line.slice(0, this.maxLine); }
    this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, textKey);
  }

  piece(p: WalkPiece): void {
    const { buf, emits, froms, keys } = p;
    const LONG = 3 * this.maxLine + 4;
    const off = p.fileOffset;
    this.stats.lines += p.lines;
    this.current.buf = buf;
    this.current.offset = off;
    this.current.filled = p.stop;
    let j = 0;
    for (let i = 0; i < emits.length; i += 2) {
      const ls = emits[i]!;
      const le = emits[i + 1]!;
      for (; j < froms.length && froms[j + 1]! < ls; j += 2) this.onFrom(froms[j]!, off + froms[j + 1]!);
      const key = keys[i >> 1]!;
      this.emit(buf.toString('utf8', ls, le - ls > this.maxLine ? Math.min(le, ls + LONG) : le), key === key ? key : undefined);
    }
    for (; j < froms.length; j += 2) this.onFrom(froms[j]!, off + froms[j + 1]!);
    this.current.filled = 0;
  }

  long(text: string): void {
    this.stats.lines += 1;
    this.emit(text);
  }
}

/** The compiled worker script (dist/walk-worker.cjs) and the Worker class, or why there are none. */
let workerScript: { url: URL; Worker: typeof import('node:worker_threads').Worker } | string | undefined;

async function walkWorker(): Promise<{ url: URL; Worker: typeof import('node:worker_threads').Worker } | string> {
  if (workerScript !== undefined) return workerScript;
  const file = distFile('walk-worker.cjs');
  if (!file) return (workerScript = 'dist/walk-worker.cjs was not found');
  try {
    const { Worker } = await import('node:worker_threads');
    workerScript = { url: file.url, Worker };
  } catch (err) {
    workerScript = `this Node has no worker threads (${(err as Error).message})`;
  }
  return workerScript;
}

/**
 * Whether a file of this size is walked in a second thread, or why not: ADDR_WALK_THREADS=1 keeps every walk in
 * this thread, =2 sends every file to the second thread (tests), otherwise files of WORKER_MIN_BYTES and more.
 */
function threadsFor(size: number): string | undefined {
  const setting = process.env.ADDR_WALK_THREADS;
  if (setting === '1') return 'ADDR_WALK_THREADS=1';
  if (setting !== '2' && size < WORKER_MIN_BYTES) return `under ${WORKER_MIN_BYTES >> 20} MiB`;
  return undefined;
}

/**
 * Walks a large file in a second thread: the walker fills the ring, this thread reads it. Resolves with why not
 * when the thread cannot be started (then the caller walks in this thread), with undefined when it walked.
 */
async function walkInWorker(fd: number, reader: WalkReader, idle?: (more: () => boolean) => void): Promise<string | undefined> {
  const script = await walkWorker();
  if (typeof script === 'string') return script;
  const ring = new SlotRing(MAX_LINE);
  let worker: InstanceType<typeof script.Worker>;
  try {
    worker = new script.Worker(script.url, { workerData: { module: scanModule().module, sab: ring.sab, fd, maxLine: MAX_LINE }, stdout: false, stderr: false });
  } catch (err) {
    return `the second thread could not start (${(err as Error).message})`;
  }
  // Running, it reports its own errors through the ring; an error before it runs means it cannot run here.
  const started = new Promise<Error | undefined>((resolve) => {
    worker.once('online', () => resolve(undefined));
    worker.once('error', (err) => resolve(err));
  });
  // While it starts (tens of milliseconds), this thread has time until the first piece is there.
  idle?.(() => Atomics.load(ring.ctl, 0) === 0);
  const failed = await started;
  if (failed) return `the second thread could not start (${failed.message})`;
  try {
    readSlots(ring, reader, idle);
  } finally {
    void worker.terminate();
  }
  return undefined;
}

/**
 * templateKey of src/core/template.ts computed by the WebAssembly module (asm/template.ts), for FindingsCollector:
 * the text goes into the module's memory as UTF-16 (one copy by Buffer#write), the extra string after it, and the
 * module walks and hashes the code units: the same number as the JavaScript function. Undefined when the module
 * cannot run.
 */
export function wasmTemplateKey(): ((text: string, extra: string) => number) | undefined {
  const w = wasmWalker();
  if (typeof w === 'string') return undefined;
  const { exports, tpl } = w;
  let memory = exports.memory.buffer;
  let bytes = Buffer.from(memory, tpl, TEMPLATE_UNITS * 2);
  let units = new Uint16Array(memory, tpl, TEMPLATE_UNITS);
  return (text, extra) => {
    const n = text.length;
    const m = extra.length;
    if (n + m > TEMPLATE_UNITS) return templateKey(text, extra);
    if (exports.memory.buffer !== memory) {
      // The memory grew (a new ArrayBuffer): views of the old one are empty.
      memory = exports.memory.buffer;
      bytes = Buffer.from(memory, tpl, TEMPLATE_UNITS * 2);
      units = new Uint16Array(memory, tpl, TEMPLATE_UNITS);
    }
    if (n > 0) bytes.write(text, 0, 'utf16le');
    for (let k = 0; k < m; k++) units[n + k] = extra.charCodeAt(k);
    return exports.templateKey(tpl, n, m);
  };
}

/** What reading one input did: its line counts, and which path read it and why (shown under --debug). */
export interface InputStats extends ReadStats { path: 'wasm' | 'stream'; why: string }

/**
 * Reads one input into the sink, opening it once: a regular file by the WebAssembly walk, anything else (stdin
 * "-", a named pipe, gzip) by the stream path. Throws InputError when it cannot be read. `idle` gets the time this
 * thread would wait for the walk's second thread to start (see readSlots).
 */
export async function readInput(file: string, sink: LineSink, senderOf: SenderOf, stdin?: NodeJS.ReadableStream,
  idle?: (more: () => boolean) => void): Promise<InputStats> {
  const push = (l: string): void => sink.push(l);
  // process.stdin only when read: Node builds the stream on first access.
  if (file === '-') return { ...(await readLines('standard input', stdin ?? process.stdin, push)), path: 'stream', why: 'standard input' };
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw cannotRead(file, err);
  }
  let why: string;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const head = Buffer.alloc(2);
    const gzip = st.isFile() && readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    const walker = st.isFile() && !gzip ? wasmWalker() : undefined;
    if (walker && typeof walker !== 'string') {
      const index = new SenderIndex(fd, senderOf);
      sink.setSenderLookup?.((qid) => index.get(qid));
      const reader = new WalkReader(MAX_LINE, (text, key) => sink.push(text, key), (hash, offset) => index.add(hash, offset));
      index.view = reader.current;
      const one = threadsFor(st.size) ?? await walkInWorker(fd, reader, idle);
      if (one !== undefined) produceWalk(fd, walker, MAX_LINE, reader);
      closeSync(fd);
      return { ...reader.stats, path: 'wasm', why: one === undefined ? 'a regular file, walked in a second thread' : `a regular file, walked in this thread: ${one}` };
    }
    why = gzip ? 'gzip' : !st.isFile() ? 'not a regular file (a pipe or device)' : walker!;
  } catch (err) {
    closeSync(fd);
    if (err instanceof InputError) throw err;
    throw cannotRead(file, err);
  }
  // The same descriptor: a named pipe opened twice would wait for a second writer.
  const stream = createReadStream('', { fd, highWaterMark: 1 << 16, autoClose: true, start: undefined });
  try {
    return { ...(await readLines(file, stream, push)), path: 'stream', why };
  } finally {
    stream.destroy();
  }
}
