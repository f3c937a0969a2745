/**
 * Input adapter for `addr diagnose`: files or stdin ("-"), gzip detected by its magic bytes, constant memory.
 * Lines are capped at MAX_LINE characters (the rest of an overlong line is skipped); invalid UTF-8 becomes U+FFFD.
 *
 * Regular files take a fast path (scanFile): 1 MiB reads into one reused buffer, and a walk over its complete
 * lines. A line that contains "postfix" goes only to the Postfix parser (see LogScanner.push), which ignores it
 * unless it holds one of POSTFIX_TRIGGERS or ": from=<": those lines are skipped without being decoded, which
 * is most of a Postfix log. qmgr's "QID: from=<…>" lines are not parsed either: a small fixed-size table keeps
 * (hash of the queue id → file offset), and when a failure needs the sender the line is read back and checked
 * with the parser's own rule (LogScanner.postfixSenderOf). Every other line is decoded and pushed as before, in
 * order, so multi-line constructs (DSN parts, SMTP transcripts, nodemailer errors) behave as on the stream path.
 * The walk runs in WebAssembly (asm/scan.ts → dist/scan.wasm, the buffer in its memory, 16 bytes at a time)
 * or, without it, in JavaScript (walk() in scanLines: latin1 strings of at most 63 KiB, one byte = one char,
 * native indexOf). gzip and stdin take the stream path (readLines).
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

/** Longest line kept, in characters; the rest of a longer line is dropped. */
export const MAX_LINE = 64 * 1024;

export interface ReadStats { lines: number; truncated: number }

/** What the readers feed: LogScanner. */
export interface LineSink {
  push(line: string): void;
  setSenderLookup?(lookup: (qid: string) => string | undefined): void;
}

/** Checks a Postfix "from=" line read back by offset: the queue id and sender push() would record. */
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
export async function readLines(file: string, onLine: (line: string) => void, stdin?: NodeJS.ReadableStream): Promise<ReadStats> {
  const name = file === '-' ? 'standard input' : file;
  // process.stdin only when read: Node builds the stream on first access.
  const stream = file === '-' ? stdin ?? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
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

/** Hash of a queue id, the same whether computed from a string or from the latin1 view of the bytes (scanLines). */
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
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

/** dist/scan.wasm (asm/scan.ts): the walk over complete lines, 16 bytes at a time. */
interface ScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  scan(data: number, len: number, maxLine: number, emits: number, froms: number): void;
  lines: { value: number }; emitted: { value: number }; indexed: { value: number };
}

/** A walker in WebAssembly memory: the read buffer and the two output lists live there. */
export interface WasmWalker { exports: ScanExports; data: number; emits: number; froms: number }

let wasmModule: object | null | undefined;

/**
 * The compiled scanner, or null (then the JavaScript walk runs): dist/scan.wasm next to the bundle, next to
 * dist/diagnose/read.js, or built for the sources (tests). ADDR_SCAN=js chooses the JavaScript walk.
 */
function scanModule(): object | null {
  if (process.env.ADDR_SCAN === 'js') return null;
  if (wasmModule !== undefined) return wasmModule;
  wasmModule = null;
  for (const rel of ['./scan.wasm', '../scan.wasm', '../../dist/scan.wasm']) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(new URL(rel, import.meta.url));
    } catch {
      continue;
    }
    try {
      wasmModule = new WebAssembly.Module(bytes);
    } catch {
      wasmModule = null; // no WebAssembly SIMD here: the JavaScript walk
    }
    break;
  }
  return wasmModule;
}

/** Which walk regular files get: the WebAssembly scanner, or JavaScript when it is missing or ADDR_SCAN=js. */
export function scanEngine(): 'wasm' | 'js' {
  return scanModule() ? 'wasm' : 'js';
}

let walkerCache: { size: number; walker: WasmWalker } | undefined;

/**
 * An instance with room for a read buffer of `size` bytes (+ 64 of slack for its wide loads) and outputs; one
 * per process, reused from file to file (its memory, ~21 MB reserved, is only touched as far as it is used).
 */
function wasmWalker(size: number): WasmWalker | undefined {
  const mod = scanModule();
  if (!mod) return undefined;
  if (walkerCache?.size === size) return walkerCache.walker;
  const data = 65536; // above the module's own static data
  const emits = data + size + 64;
  const froms = emits + (size + 1) * 8; // at most one line per byte
  const need = froms + (size + 1) * 8;
  let exports: ScanExports;
  try {
    exports = new WebAssembly.Instance(mod, {}).exports as unknown as ScanExports;
    const have = exports.memory.buffer.byteLength;
    if (need > have) exports.memory.grow(Math.ceil((need - have) / 65536));
  } catch {
    return undefined; // no memory for it (a tight ulimit): the JavaScript walk
  }
  walkerCache = { size, walker: { exports, data, emits, froms } };
  return walkerCache.walker;
}

/**
 * The fast path over the lines of an open regular file. Calls onLine(text, offset) for every line that can
 * matter and onFrom(hash, offset) for every qmgr "QID: from=<…>" line, both in file order; returns the line
 * counts. The walk is the WebAssembly one when `wasm` gives a walker, else walk() below.
 */
function scanLines(fd: number, maxLine: number, onLine: (text: string, offset: number) => void,
  onFrom: (hash: number, offset: number) => void, wasm?: (size: number) => WasmWalker | undefined): ReadStats {
  // Measured (Node 20, 200 MB log): one readSync per MiB costs half of one per 64 KiB, but a latin1 string of
  // 128 KiB or more is allocated in V8's large-object space and costs 3-4× per byte: read 1 MiB, walk it in
  // strings of at most CHUNK bytes.
  const READ = 1 << 20;
  const CHUNK = 64 * 1024 - 1024;
  const LONG = 3 * maxLine + 4; // a line longer than this (bytes) is cut while read: > maxLine characters anyway
  const stats = { lines: 0, truncated: 0 };
  // The buffer also holds the unfinished last line of the previous read; for the WebAssembly walk it lives in
  // the module's memory.
  const walker = wasm?.(LONG + READ);
  const buf = walker ? Buffer.from(walker.exports.memory.buffer, walker.data, LONG + READ) : Buffer.allocUnsafe(LONG + READ);
  let fileOffset = 0; // file offset of buf[0]
  let filled = 0;
  let eof = false;
  let long: { text: string; decoder: StringDecoder; offset: number } | undefined; // an overlong line being skipped

  const emit = (text: string, offset: number): void => {
    let line = text;
    if (line.length > maxLine) { stats.truncated += 1; line = line.slice(0, maxLine); }
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line, offset);
  };

  // POSTFIX_TRIGGERS (src/core/logparse/postfix.ts), searched for over a whole string at a time. Each search
  // may find more than its trigger (such a line is only handed to the parser, which ignores it), never less.
  // Literals whose first character is rare in a mail log are found by memchr (~1 ms per 200 MB each for
  // "ject:", "SASL", "SSL_connect error", "TLS library problem"); "status=" other than "status=sent" and
  // "certificate verification failed" by one regex (~30 ms; the phrase alone as a literal costs 35 ms, its
  // first characters being common). One alternation of them all was 2-3× slower.
  const STATUS = /status=(?!sent)|certificate verification failed/g;
  const statusAt = (s: string, from: number): number => {
    STATUS.lastIndex = from;
    return STATUS.test(s) ? STATUS.lastIndex - 1 : s.length;
  };
  const at = (s: string, t: string, from: number): number => {
    const i = s.indexOf(t, from);
    return i < 0 ? s.length : i;
  };

  /** Walks the complete lines in buf[base, stop): stop is just after a '\n' (or the end of the file). */
  const walk = (base: number, stop: number): void => {
    const s = buf.toString('latin1', base, stop);
    const len = s.length;
    const off = fileOffset + base; // file offset of s[0]
    let nStatus = -1;
    let nJect = -1;
    let nSasl = -1;
    let nSsl = -1;
    let nTls = -1;
    let trig = -1; // the nearest of the five once it is >= the current line start
    let post = -1;
    let pipe = -1;
    let col = 0;
    let lines = 0;
    let ls = 0;
    while (ls < len) {
      let le = s.indexOf('\n', ls);
      if (le < 0) le = len;
      lines += 1;
      if (le - ls > maxLine) {
        // Possibly more than maxLine characters: decode enough of it to know.
        emit(buf.toString('utf8', base + ls, base + Math.min(le, ls + LONG)), off + ls);
        ls = le + 1;
        continue;
      }
      // Syslog puts "postfix" at the same column line after line: look there before searching.
      if (post < ls) {
        // charCodeAt is inlined by the optimiser; startsWith is a call.
        const p = ls + col;
        post = s.charCodeAt(p) === 112 && s.charCodeAt(p + 1) === 111 && s.charCodeAt(p + 2) === 115 && s.charCodeAt(p + 3) === 116
          && s.charCodeAt(p + 4) === 102 && s.charCodeAt(p + 5) === 105 && s.charCodeAt(p + 6) === 120 ? p : at(s, 'postfix', ls);
      }
      if (post < le) {
        col = post - ls;
        if (pipe < ls) pipe = at(s, '|', ls); // "name | " prefixes are stripped by the scanner: let it decide
        if (pipe >= le) {
          if (trig < ls) {
            if (nStatus < ls) nStatus = statusAt(s, ls);
            if (nJect < ls) nJect = at(s, 'ject:', ls);
            if (nSasl < ls) nSasl = at(s, 'SASL', ls);
            if (nSsl < ls) nSsl = at(s, 'SSL_connect error', ls);
            if (nTls < ls) nTls = at(s, 'TLS library problem', ls);
            trig = Math.min(nStatus, nJect, nSasl, nSsl, nTls);
          }
          if (trig >= le) {
            // Skipped; only a qmgr "QID: from=<…>" line leaves a trace (PostfixParser.senderEntry: the program
            // is the word after the first "/" that follows "postfix").
            let slash = post + 7;
            if (s.charCodeAt(slash) !== 47) slash = at(s, '/', post);
            if (slash < le && s.charCodeAt(slash + 1) === 113 && s.charCodeAt(slash + 2) === 109 && s.charCodeAt(slash + 3) === 103
              && s.charCodeAt(slash + 4) === 114 && (s.charCodeAt(slash + 5) === 91 || s.charCodeAt(slash + 5) === 58)) { // "qmgr[" or "qmgr:"
              const lt = at(s, '<', slash + 6); // a from= line's first '<'
              const from = lt - 7;
              if (lt < le && s.charCodeAt(lt + 1) !== 62 /* from=<> */ && s.charCodeAt(lt - 1) === 61 && s.charCodeAt(lt - 2) === 109
                && s.charCodeAt(lt - 3) === 111 && s.charCodeAt(lt - 4) === 114 && s.charCodeAt(lt - 5) === 102 && s.charCodeAt(lt - 6) === 32
                && s.charCodeAt(from) === 58) { // ": from=<"
                // The queue id before ": from=<", hashed as qidHash does (from its last character back).
                let h = 0x811c9dc5 | 0;
                let q = from;
                while (q > ls) {
                  const c = s.charCodeAt(q - 1);
                  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { h = Math.imul(h ^ c, 0x01000193); q--; }
                  else break;
                }
                if (from - q >= 5) onFrom(h, off + ls);
              }
            }
            ls = le + 1;
            continue;
          }
        }
      }
      emit(buf.toString('utf8', base + ls, base + le), off + ls);
      ls = le + 1;
    }
    stats.lines += lines;
  };

  /** The WebAssembly walk over buf[0, stop): the same decisions as walk(), in file order. */
  const walkWasm = (w: WasmWalker, stop: number): void => {
    let len = stop;
    if (buf[stop - 1] !== 10) {
      // The last line of the file has no '\n': give it one (the slack after the buffer has room).
      new Uint8Array(w.exports.memory.buffer, w.data + stop, 1)[0] = 10;
      len += 1;
    }
    w.exports.scan(w.data, len, maxLine, w.emits, w.froms);
    const memory = w.exports.memory.buffer;
    const emits = new Int32Array(memory, w.emits, 2 * w.exports.emitted.value);
    const froms = new Int32Array(memory, w.froms, 2 * w.exports.indexed.value);
    stats.lines += w.exports.lines.value;
    const off = fileOffset;
    let j = 0;
    for (let i = 0; i < emits.length; i += 2) {
      const ls = emits[i]!;
      const le = emits[i + 1]!;
      for (; j < froms.length && froms[j + 1]! < ls; j += 2) onFrom(froms[j]!, off + froms[j + 1]!);
      emit(buf.toString('utf8', ls, le - ls > maxLine ? Math.min(le, ls + LONG) : le), off + ls);
    }
    for (; j < froms.length; j += 2) onFrom(froms[j]!, off + froms[j + 1]!);
  };

  let pos = 0;
  while (!eof || filled > 0) {
    if (!eof && filled < buf.length) {
      const n = readSync(fd, buf, filled, Math.min(READ, buf.length - filled), pos);
      if (n === 0) eof = true;
      filled += n;
      pos += n;
    }
    if (long) {
      // Skip the rest of an overlong line up to its '\n'.
      const nl = buf.subarray(0, filled).indexOf(10);
      if (long.text.length <= maxLine) long.text += long.decoder.write(buf.subarray(0, nl < 0 ? filled : nl));
      if (nl < 0 && !eof) { fileOffset += filled; filled = 0; continue; }
      long.text += long.decoder.end();
      stats.lines += 1;
      emit(long.text.length > maxLine ? long.text.slice(0, maxLine + 1) : long.text, long.offset);
      long = undefined;
      const rest = nl < 0 ? filled : nl + 1;
      buf.copy(buf, 0, rest, filled);
      fileOffset += rest;
      filled -= rest;
      continue;
    }
    const last = buf.subarray(0, filled).lastIndexOf(10);
    if (last >= 0 || (eof && filled > 0)) {
      const stop = last >= 0 ? last + 1 : filled;
      // Strings of at most CHUNK bytes, each ending after a '\n' (a longer line makes a longer string).
      let base = 0;
      if (walker) { walkWasm(walker, stop); base = stop; }
      while (base < stop) {
        let b = stop;
        if (stop - base > CHUNK) {
          b = buf.lastIndexOf(10, base + CHUNK - 1) + 1;
          if (b <= base) b = buf.subarray(0, stop).indexOf(10, base + CHUNK) + 1 || stop;
        }
        walk(base, b);
        base = b;
      }
      buf.copy(buf, 0, stop, filled);
      fileOffset += stop;
      filled -= stop;
    } else if (filled === buf.length) {
      // No '\n' in LONG + READ bytes: an overlong line; keep its start and skip the rest.
      long = { text: '', decoder: new StringDecoder('utf8'), offset: fileOffset };
      long.text = long.decoder.write(buf.subarray(0, LONG));
      fileOffset += filled;
      filled = 0;
    }
  }
  return stats;
}

/** The fast path for one open regular file: scanLines over all of it, "from=" lines into a SenderIndex. */
function scanFile(fd: number, sink: LineSink, senderOf: SenderOf): ReadStats {
  const index = new SenderIndex(fd, senderOf);
  sink.setSenderLookup?.((qid) => index.get(qid));
  return scanLines(fd, MAX_LINE, (text) => sink.push(text), (hash, offset) => index.add(hash, offset), wasmWalker);
}

/**
 * Reads one input into the sink: a regular file by the fast path, gzip and stdin ("-") by the stream path.
 * Throws InputError when it cannot be read.
 */
export async function readInput(file: string, sink: LineSink, senderOf: SenderOf, stdin?: NodeJS.ReadableStream): Promise<ReadStats> {
  if (file === '-') return readLines(file, (l) => sink.push(l), stdin);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw cannotRead(file, err);
  }
  let stream = false;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const head = Buffer.alloc(2);
    const n = st.isFile() ? readSync(fd, head, 0, 2, 0) : 0;
    stream = !st.isFile() || (n === 2 && head[0] === 0x1f && head[1] === 0x8b);
    if (!stream) return scanFile(fd, sink, senderOf);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw cannotRead(file, err);
  } finally {
    closeSync(fd);
  }
  return readLines(file, (l) => sink.push(l), undefined);
}
