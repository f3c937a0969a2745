/**
 * Input adapter for `addr diagnose`: files or stdin ("-"), gzip detected by its magic bytes, constant memory.
 * Lines are capped at MAX_LINE characters (the rest of an overlong line is skipped); invalid UTF-8 becomes U+FFFD.
 *
 * Regular files take a fast path (scanFile): 64 KiB reads into one reused Buffer, each block viewed as latin1
 * (one byte = one char, so offsets are byte offsets and ASCII matches are the same as in UTF-8), and a walk over
 * its lines with native indexOf pointers. A line that contains "postfix" goes only to the Postfix parser (see
 * LogScanner.push), which ignores it unless it holds one of POSTFIX_TRIGGERS or ": from=<": those lines are
 * skipped without being decoded, which is most of a Postfix log. Postfix "QID: from=<…>" lines are not parsed
 * either: a small fixed-size table keeps (hash of the queue id → file offset), and when a failure needs the
 * sender the line is read back and checked with the parser's own rule (LogScanner.postfixSenderOf). Every other
 * line is decoded and pushed as before, in order, so multi-line constructs (DSN parts, SMTP transcripts,
 * nodemailer errors) behave as on the stream path. gzip and stdin take the stream path (readLines).
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
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
export async function readLines(file: string, onLine: (line: string) => void, stdin: NodeJS.ReadableStream = process.stdin): Promise<ReadStats> {
  const name = file === '-' ? 'standard input' : file;
  const stream = file === '-' ? stdin : createReadStream(file, { highWaterMark: 1 << 16 });
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

/** Hash of a queue id, the same whether computed from a string or from the latin1 view of the bytes (scanRange). */
export function qidHash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Queue id → offset of the Postfix "from=" line, 4-way set-associative, newest kept: 65,536 entries in 768 KiB
 * whatever the log size (the parser's own map keeps 10,000–20,000). Entries are hints: a lookup reads the line back
 * and accepts it only if the parser would have recorded that queue id.
 */
class SenderIndex {
  private static readonly SETS = 1 << 14;
  private readonly hashes = new Int32Array(SenderIndex.SETS * 4);
  private readonly offsets = new Float64Array(SenderIndex.SETS * 4).fill(-1);
  private readonly tmp = Buffer.allocUnsafe(4096);

  constructor(private readonly fd: number, private readonly check: SenderOf) {}

  add(hash: number, offset: number): void {
    const base = (hash & (SenderIndex.SETS - 1)) * 4;
    let victim = base;
    for (let i = base; i < base + 4; i++) {
      if (this.offsets[i]! < 0 || this.hashes[i] === hash) { victim = i; break; }
      if (this.offsets[i]! < this.offsets[victim]!) victim = i; // offsets grow: the smallest is the oldest
    }
    this.hashes[victim] = hash;
    this.offsets[victim] = offset;
  }

  get(qid: string): string | undefined {
    const hash = qidHash(qid, 0, qid.length);
    const base = (hash & (SenderIndex.SETS - 1)) * 4;
    for (let i = base; i < base + 4; i++) {
      if (this.hashes[i] !== hash || this.offsets[i]! < 0) continue;
      const entry = this.check(this.lineAt(this.offsets[i]!));
      if (entry && entry.qid === qid) return entry.sender;
    }
    return undefined;
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

interface ScanLib { readSync: typeof readSync; StringDecoder: typeof StringDecoder }

/**
 * The fast path over the lines that START in [start, end) of an open regular file (the line that crosses `end`
 * is read to its end). Calls onLine(text, offset) for every line that can matter and onFrom(hash, offset) for
 * every Postfix "QID: from=<…>" line, both in file order; returns the line counts.
 * Self-contained (only its parameters and globals), so that a range can be handed to another thread; one
 * worker thread on the second half of the file was tried and gave nothing on a 2-vCPU machine (memory-bound).
 */
export function scanRange(lib: ScanLib, fd: number, start: number, end: number, maxLine: number,
  onLine: (text: string, offset: number) => void, onFrom: (hash: number, offset: number) => void): ReadStats {
  const READ = 64 * 1024; // bytes per read; the buffer also holds the unfinished last line of the previous one
  const LONG = 3 * maxLine + 4; // a line longer than this (bytes) is cut while read: > maxLine characters anyway
  const stats = { lines: 0, truncated: 0 };
  const buf = Buffer.allocUnsafe(LONG + READ);
  // POSTFIX_TRIGGERS (src/core/logparse/postfix.ts) as two regexes that irregexp scans fast (measured: one
  // alternation of the six literals is 3× slower): "status=" only when not "status=sent"; "ject:" for "reject:",
  // "ication failed" for "authentication failed" and "certificate verification failed".
  const triggers: Array<RegExp | string> = [/status=(?!sent)/g, /ject:|ication failed|SSL_connect error|TLS library problem/g];
  const next = new Array<number>(triggers.length).fill(-1);
  let fileOffset = start; // file offset of buf[0]
  let filled = 0;
  let eof = false;
  let done = false;
  let long: { text: string; decoder: StringDecoder; offset: number } | undefined; // an overlong line being skipped

  const emit = (text: string, offset: number): void => {
    let line = text;
    if (line.length > maxLine) { stats.truncated += 1; line = line.slice(0, maxLine); }
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line, offset);
  };
  /** Where the next match of t at or after `from` is (a position inside it; none spans lines), or s.length. */
  const find = (s: string, t: RegExp | string, from: number): number => {
    if (typeof t === 'string') { const i = s.indexOf(t, from); return i < 0 ? s.length : i; }
    t.lastIndex = from;
    return t.test(s) ? t.lastIndex - 1 : s.length;
  };
  /** The next ": from=<": a search for the rarer '<' (memchr), then a look back. */
  const findFrom = (s: string, from: number): number => {
    for (let i = s.indexOf('<', from + 7); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.startsWith(': from=', i - 7)) return i - 7;
    }
    return s.length;
  };

  /** Walks the complete lines in buf[0, stop): stop is just after a '\n' (or the end of the file). */
  const walk = (stop: number): void => {
    const s = buf.toString('latin1', 0, stop);
    const len = s.length;
    for (let k = 0; k < triggers.length; k++) next[k] = -1;
    let trig = -1; // min of next[] once it is >= the current line start
    let post = -1;
    let pipe = -1;
    let from = -1;
    let col = 0;
    let ls = 0;
    while (ls < len) {
      if (fileOffset + ls >= end) { done = true; return; }
      let le = s.indexOf('\n', ls);
      if (le < 0) le = len;
      stats.lines += 1;
      if (le - ls > maxLine) {
        // Possibly more than maxLine characters: decode enough of it to know.
        emit(buf.toString('utf8', ls, Math.min(le, ls + LONG)), fileOffset + ls);
      } else {
        // Syslog puts "postfix" at the same column line after line: look there before searching.
        if (post < ls) post = s.startsWith('postfix', ls + col) ? ls + col : find(s, 'postfix', ls);
        let skip = false;
        if (post < le) {
          col = post - ls;
          if (pipe < ls) pipe = find(s, '|', ls); // "name | " prefixes are stripped by the scanner: let it decide
          if (pipe >= le) {
            if (trig < ls) {
              trig = len;
              for (let k = 0; k < triggers.length; k++) {
                if (next[k]! < ls) next[k] = find(s, triggers[k]!, ls);
                if (next[k]! < trig) trig = next[k]!;
              }
            }
            if (trig >= le) {
              skip = true;
              if (from < ls) from = findFrom(s, ls);
              if (from < le) {
                let q = from;
                while (q > ls) {
                  const c = s.charCodeAt(q - 1);
                  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) q--;
                  else break;
                }
                if (from - q >= 5 && s.charCodeAt(from + 8) !== 62 /* from=<> */) {
                  let h = 0x811c9dc5 | 0; // = qidHash
                  for (let i = from - 1; i >= q; i--) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
                  onFrom(h, fileOffset + ls);
                }
              }
            }
          }
        }
        if (!skip) emit(buf.toString('utf8', ls, le), fileOffset + ls);
      }
      ls = le + 1;
    }
  };

  if (start > 0) {
    // The line that crosses `start` belongs to the range before: begin after its '\n'.
    const one = Buffer.alloc(1);
    if (lib.readSync(fd, one, 0, 1, start - 1) === 1 && one[0] !== 10) long = { text: '', decoder: new lib.StringDecoder('utf8'), offset: -1 };
  }
  let pos = start;
  while (!done && (!eof || filled > 0)) {
    if (!eof && filled < buf.length) {
      const n = lib.readSync(fd, buf, filled, Math.min(READ, buf.length - filled), pos);
      if (n === 0) eof = true;
      filled += n;
      pos += n;
    }
    if (long) {
      // Skip the rest of an overlong line (or of the line before `start`) up to its '\n'.
      const nl = buf.subarray(0, filled).indexOf(10);
      if (long.offset >= 0 && long.text.length <= maxLine) long.text += long.decoder.write(buf.subarray(0, nl < 0 ? filled : nl));
      if (nl < 0 && !eof) { fileOffset += filled; filled = 0; continue; }
      if (long.offset >= 0) {
        long.text += long.decoder.end();
        stats.lines += 1;
        emit(long.text.length > maxLine ? long.text.slice(0, maxLine + 1) : long.text, long.offset);
      }
      long = undefined;
      const rest = nl < 0 ? filled : nl + 1;
      buf.copy(buf, 0, rest, filled);
      fileOffset += rest;
      filled -= rest;
      continue;
    }
    if (fileOffset >= end) break;
    const last = buf.subarray(0, filled).lastIndexOf(10);
    if (last >= 0 || (eof && filled > 0)) {
      const stop = last >= 0 ? last + 1 : filled;
      walk(stop);
      buf.copy(buf, 0, stop, filled);
      fileOffset += stop;
      filled -= stop;
    } else if (filled === buf.length) {
      // No '\n' in LONG + READ bytes: an overlong line; keep its start and skip the rest.
      long = { text: '', decoder: new lib.StringDecoder('utf8'), offset: fileOffset };
      long.text = long.decoder.write(buf.subarray(0, LONG));
      fileOffset += filled;
      filled = 0;
    }
  }
  return stats;
}

/** The fast path for one open regular file: scanRange over all of it, "from=" lines into a SenderIndex. */
function scanFile(fd: number, sink: LineSink, senderOf: SenderOf): ReadStats {
  const index = new SenderIndex(fd, senderOf);
  sink.setSenderLookup?.((qid) => index.get(qid));
  return scanRange({ readSync, StringDecoder }, fd, 0, Infinity, MAX_LINE, (text) => sink.push(text), (hash, offset) => index.add(hash, offset));
}

/**
 * Reads one input into the sink: a regular file by the fast path, gzip and stdin ("-") by the stream path.
 * Throws InputError when it cannot be read.
 */
export async function readInput(file: string, sink: LineSink, senderOf: SenderOf, stdin: NodeJS.ReadableStream = process.stdin): Promise<ReadStats> {
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
