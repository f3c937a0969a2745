/**
 * The sender index of the WebAssembly walk (src/diagnose/read.ts): queue-id hashes of qmgr "from=" lines and Exim
 * arrivals → their file offsets, read back when a failure needs its sender. For a file walked in a second thread,
 * that thread answers the sender lookups of Postfix deliveries ahead (SenderHints), with an index of its own fed
 * with the same entries in the same order, so the reading thread only compares the queue id.
 */
import { readSync } from 'node:fs';
import { senderEntryOf, senderQuery } from '../core/logparse/senders.js';
import type { WalkPiece } from './walk.js';

/** Checks a line read back by offset (a Postfix "from=" line, an Exim arrival): the queue id and sender push() would record. */
export type SenderOf = (line: string) => { qid: string; sender: string } | undefined;

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
export class SenderIndex {
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

  constructor(private readonly fd: number, private readonly check: SenderOf, private readonly maxLine: number) {}

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
      if (nl >= 0 && nl < v.filled && nl - start <= this.maxLine) {
        const line = v.buf.toString('utf8', start, nl);
        return line.endsWith('\r') ? line.slice(0, -1) : line;
      }
    }
    let buf = this.tmp;
    let n = readSync(this.fd, buf, 0, buf.length, offset);
    let nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0 && n === buf.length) {
      buf = Buffer.allocUnsafe(this.maxLine * 3 + 4);
      n = readSync(this.fd, buf, 0, buf.length, offset);
      nl = buf.subarray(0, n).indexOf(10);
    }
    let line = buf.toString('utf8', 0, nl < 0 ? n : nl);
    if (line.length > this.maxLine) line = line.slice(0, this.maxLine);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}


/** asm/scan.ts's EXIM_MARK, the bits of a NaN key, as two Int32 (little-endian). */
const EXIM_MARK_LOW = 0x00000e1d;
const EXIM_MARK_HIGH = 0x7ff80000;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The queue id of a Postfix delivery line in buf[ls, le) as PostfixParser.senderQuery reads it, over the bytes
 * (a line the walk keyed has the tag and a reply): the alphanumeric run of five or more after ": " and before the
 * last ": to=<" ahead of the first " status=" (bounced, deferred, expired or undeliverable), or undefined.
 */
function deliveryQid(buf: Buffer, ls: number, le: number): string | undefined {
  const s = buf.indexOf(' status=', ls, 'latin1');
  if (s < 0 || s >= le) return undefined;
  let e = s + 8;
  while (e < le && buf[e] !== 32 && buf[e] !== 44) e++;
  const status = buf.toString('latin1', s + 8, e);
  if (status !== 'bounced' && status !== 'deferred' && status !== 'expired' && status !== 'undeliverable') return undefined;
  const to = buf.lastIndexOf(': to=<', s, 'latin1');
  if (to < ls) return undefined;
  let q = to;
  while (q > ls && isAlnum(buf[q - 1]!)) q--;
  return to - q >= 5 && q - 2 >= ls && buf[q - 1] === 32 && buf[q - 2] === 58 ? buf.toString('latin1', q, to) : undefined;
}

/** What the walk's second thread answered for the lines of one piece: (emit index, queue id, sender) triples. */
export interface SenderHints {
  /** Per hint: the index of its line in the piece's emits, the queue id's length, the sender's length (-1: none). */
  list: Int32Array;
  count: number;
  /** The queue ids and senders, one after the other. */
  text: string;
}

/**
 * The second thread's side: for each line of a piece that is a Postfix delivery (PostfixParser.senderQuery), the
 * sender its queue id has at that line, from an index fed with the piece's entries in file order before the line,
 * as the reading thread's index is (WalkReader.piece): the same table, so the same answer.
 */
export class SenderResolver {
  private readonly index: SenderIndex;
  private readonly view: { buf: Buffer; offset: number; filled: number } = { buf: Buffer.alloc(0), offset: 0, filled: 0 };
  private list = new Int32Array(3 * 1024);
  constructor(fd: number, private readonly maxLine: number) {
    this.index = new SenderIndex(fd, senderEntryOf, maxLine);
    this.index.view = this.view;
  }

  /** The hints of a piece, or (answer false) none: its entries are indexed all the same, to keep the index in step. */
  resolve(p: WalkPiece, answer = true): SenderHints | undefined {
    const { buf, emits, froms, keys } = p;
    const bits = new Int32Array(keys.buffer, keys.byteOffset, 2 * keys.length);
    const LONG = 3 * this.maxLine + 4;
    const off = p.fileOffset;
    this.view.buf = buf;
    this.view.offset = off;
    this.view.filled = p.stop;
    const parts: string[] = [];
    let count = 0;
    let j = 0;
    for (let i = 0; i < emits.length; i += 2) {
      const ls = emits[i]!;
      for (; j < froms.length && froms[j + 1]! < ls; j += 2) this.index.add(froms[j]!, off + froms[j + 1]!);
      // A Postfix delivery (a reply's key) or an Exim failure (EXIM_MARK in the key's bits); nothing else asks.
      const key = keys[i >> 1]!;
      if (!answer || (key !== key && !(bits[i] === EXIM_MARK_LOW && bits[i + 1] === EXIM_MARK_HIGH))) continue;
      const le = emits[i + 1]!;
      let qid: string | undefined;
      if (key === key) qid = deliveryQid(buf, ls, le);
      else {
        let line = buf.toString('utf8', ls, le - ls > this.maxLine ? Math.min(le, ls + LONG) : le);
        if (line.length > this.maxLine) line = line.slice(0, this.maxLine);
        qid = senderQuery(line.endsWith('\r') ? line.slice(0, -1) : line);
      }
      if (qid === undefined) continue;
      const sender = this.index.get(qid);
      if (3 * count + 3 > this.list.length) { const l = new Int32Array(this.list.length * 2); l.set(this.list); this.list = l; }
      this.list[3 * count] = i >> 1;
      this.list[3 * count + 1] = qid.length;
      this.list[3 * count + 2] = sender === undefined ? -1 : sender.length;
      count += 1;
      parts.push(qid);
      if (sender !== undefined) parts.push(sender);
    }
    for (; j < froms.length; j += 2) this.index.add(froms[j]!, off + froms[j + 1]!);
    this.view.filled = 0;
    return answer ? { list: this.list, count, text: parts.join('') } : undefined;
  }

}
