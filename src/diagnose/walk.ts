/**
 * The WebAssembly line walk over a regular file (asm/scan.ts → dist/scan.wasm), split in two halves that can run
 * in two threads: produceWalk reads the file and walks it (1 MiB reads, the module's scan), and hands each walked
 * piece to a WalkOut; src/diagnose/read.ts consumes the pieces in file order (decodes the lines that matter, feeds
 * the scanner, indexes the senders). In one thread the consumer is the WalkOut itself; for a large file the
 * producer runs in a worker (src/diagnose/walk-worker.ts) and the pieces cross through shared memory, a ring of
 * SLOTS slots (SlotRing): the walk stays one walk in file order, so the report is the same.
 * No state of the walk depends on the consumer: the deferral bitmap lives in the producer's module.
 */
import { readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** The little of the WebAssembly API used here (this project's TypeScript libs do not declare it). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

/** dist/scan.wasm (asm/scan.ts): the walk over complete lines, 16 bytes at a time. */
export interface ScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  scan(data: number, len: number, maxLine: number, emits: number, froms: number, bits: number, keys: number, out: number): void;
  lines: { value: number }; emitted: { value: number }; indexed: { value: number };
  templateKey(p: number, n: number, extraLen: number): number;
}

/**
 * A walker in WebAssembly memory: the deferral bitmap, the read buffer and the two output lists live there, and
 * the scratch area of templateKey (`extra` bytes after the lists).
 */
export interface WasmWalker { exports: ScanExports; bits: number; data: number; emits: number; froms: number; keys: number; out: number; tpl: number }

const align = (n: number): number => (n + 63) & ~63;
export const BITMAP = (1 << 20) / 8; // asm/scan.ts: 2^20 bits of queue-id hashes
/** Measured (Node 20, 200 MB log): one readSync per MiB costs half of one per 64 KiB. */
export const READ = 1 << 20;
/** The read buffer of the walk for lines of up to maxLine characters: the longest line in bytes (3 per character) and one read. */
export const walkSize = (maxLine: number): number => 3 * maxLine + 4 + READ;

/** An instance with room for the bitmap, a read buffer of `size` bytes (+ 64 of slack for its wide loads), the outputs and `extra` bytes. */
export function instantiate(module: object, size: number, extra: number): WasmWalker {
  const bits = 65536; // above the module's own static data
  const data = bits + BITMAP;
  const emits = align(data + size + 64);
  const froms = align(emits + (size + 1) * 8); // at most one line per byte
  const keys = align(froms + (size + 1) * 8);
  const out = align(keys + (size + 1) * 8); // the byte template of one reply (less than a line)
  const tpl = align(out + size + 64);
  const need = tpl + extra;
  const exports = new WebAssembly.Instance(module, {}).exports as unknown as ScanExports;
  const have = exports.memory.buffer.byteLength;
  if (need > have) exports.memory.grow(Math.ceil((need - have) / 65536));
  return { exports, bits, data, emits, froms, keys, out, tpl };
}

/** One walked piece: the bytes [0, stop) of buf start at file offset fileOffset; emits, froms and keys as asm/scan.ts writes them. */
export interface WalkPiece { buf: Buffer; fileOffset: number; stop: number; emits: Int32Array; froms: Int32Array; keys: Float64Array; lines: number }

/** Where produceWalk hands its pieces, in file order: walked pieces, and overlong lines (their start decoded). */
export interface WalkOut {
  piece(p: WalkPiece): void;
  long(text: string, offset: number): void;
}

/**
 * Reads the open regular file from its start and walks it. The buffer holds the unfinished last line of the
 * previous read; a line with no '\n' in the whole buffer is overlong: its start is decoded (more than maxLine
 * characters when there are) and the rest skipped.
 */
export function produceWalk(fd: number, w: WasmWalker, maxLine: number, out: WalkOut): void {
  const LONG = 3 * maxLine + 4; // a line longer than this (bytes) is cut while read: > maxLine characters anyway
  const buf = Buffer.from(w.exports.memory.buffer, w.data, LONG + READ);
  new Uint8Array(w.exports.memory.buffer, w.bits, BITMAP).fill(0);
  let fileOffset = 0; // file offset of buf[0]
  let filled = 0;
  let eof = false;
  let long: { text: string; decoder: StringDecoder; offset: number } | undefined; // an overlong line being skipped

  /** The walk over buf[0, stop): stop is just after a '\n' (or the end of the file). */
  const walk = (stop: number): void => {
    let len = stop;
    if (buf[stop - 1] !== 10) {
      // The last line of the file has no '\n': give it one (the slack after the buffer has room).
      new Uint8Array(w.exports.memory.buffer, w.data + stop, 1)[0] = 10;
      len += 1;
    }
    w.exports.scan(w.data, len, maxLine, w.emits, w.froms, w.bits, w.keys, w.out);
    const memory = w.exports.memory.buffer;
    out.piece({
      buf, fileOffset, stop, lines: w.exports.lines.value,
      emits: new Int32Array(memory, w.emits, 2 * w.exports.emitted.value),
      froms: new Int32Array(memory, w.froms, 2 * w.exports.indexed.value),
      keys: new Float64Array(memory, w.keys, w.exports.emitted.value),
    });
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
      out.long(long.text.length > maxLine ? long.text.slice(0, maxLine + 1) : long.text, long.offset);
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
      walk(stop);
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
}

// ---- the ring between the walking thread and the reading one ------------------------------------------------------

/**
 * Slots in the ring: the walker may be this many pieces ahead of the reader (and the reader goes on this long
 * while the walker's thread waits for a CPU). Each holds up to ~1.2 MB of a piece; the lists are seldom touched.
 */
export const SLOTS = 8;
const HEADER = 64; // per slot: kind, stop, emits, froms, lines, text length (Int32), file offset (Float64 at 32)
const KIND_PIECE = 1;
const KIND_LONG = 2;
const KIND_END = 3;
const KIND_ERROR = 4;
const STALL_MS = 120_000;

/**
 * The layout of the ring in one SharedArrayBuffer: SLOTS states (0 free, 1 full; Atomics) and a heartbeat, then
 * the slots: header, data (a piece's bytes, or an overlong line's text as UTF-16), emits, froms, keys. Pages never
 * written are never touched (the lists are sized for the worst case, one line per byte).
 */
export class SlotRing {
  readonly sab: SharedArrayBuffer;
  readonly ctl: Int32Array;
  private readonly dataBytes: number;
  private readonly listBytes: number;
  private readonly slotBytes: number;

  constructor(readonly maxLine: number, sab?: SharedArrayBuffer) {
    this.dataBytes = align(walkSize(maxLine) + 64);
    this.listBytes = align((walkSize(maxLine) + 1) * 8);
    this.slotBytes = HEADER + this.dataBytes + 3 * this.listBytes;
    this.sab = sab ?? new SharedArrayBuffer(64 + SLOTS * this.slotBytes);
    this.ctl = new Int32Array(this.sab, 0, 16);
  }

  private base(slot: number): number { return 64 + slot * this.slotBytes; }
  header(slot: number): { ints: Int32Array; offset: Float64Array } {
    return { ints: new Int32Array(this.sab, this.base(slot), 8), offset: new Float64Array(this.sab, this.base(slot) + 32, 1) };
  }
  data(slot: number): Buffer { return Buffer.from(this.sab, this.base(slot) + HEADER, this.dataBytes); }
  list(slot: number, which: 0 | 1, pairs: number): Int32Array {
    return new Int32Array(this.sab, this.base(slot) + HEADER + this.dataBytes + which * this.listBytes, 2 * pairs);
  }
  keys(slot: number, n: number): Float64Array {
    return new Float64Array(this.sab, this.base(slot) + HEADER + this.dataBytes + 2 * this.listBytes, n);
  }
}

/** The walking thread's side: each piece or overlong line into the next free slot (waiting while the ring is full). */
export class SlotWriter implements WalkOut {
  private n = 0;
  constructor(private readonly ring: SlotRing) {}

  private next(): number {
    const slot = this.n % SLOTS;
    this.n += 1;
    const ctl = this.ring.ctl;
    while (Atomics.load(ctl, slot) !== 0) Atomics.wait(ctl, slot, 1);
    return slot;
  }
  private publish(slot: number): void {
    Atomics.add(this.ring.ctl, SLOTS, 1); // heartbeat
    Atomics.store(this.ring.ctl, slot, 1);
    Atomics.notify(this.ring.ctl, slot);
  }

  piece(p: WalkPiece): void {
    const slot = this.next();
    const { ints, offset } = this.ring.header(slot);
    p.buf.copy(this.ring.data(slot), 0, 0, p.stop);
    this.ring.list(slot, 0, p.emits.length / 2).set(p.emits);
    this.ring.list(slot, 1, p.froms.length / 2).set(p.froms);
    this.ring.keys(slot, p.keys.length).set(p.keys);
    ints[0] = KIND_PIECE; ints[1] = p.stop; ints[2] = p.emits.length / 2; ints[3] = p.froms.length / 2; ints[4] = p.lines;
    offset[0] = p.fileOffset;
    this.publish(slot);
  }

  long(text: string, at: number): void {
    this.text(KIND_LONG, text, at);
  }
  end(): void { this.text(KIND_END, '', 0); }
  /** The walker failed (a read error): its code and message, thrown by readSlots. */
  error(code: string, message: string): void { this.text(KIND_ERROR, `${code.slice(0, 40)}\u0000${message.slice(0, 1000)}`, 0); }

  private text(kind: number, text: string, at: number): void {
    const slot = this.next();
    const { ints, offset } = this.ring.header(slot);
    this.ring.data(slot).write(text, 0, 'utf16le');
    ints[0] = kind; ints[5] = text.length;
    offset[0] = at;
    this.publish(slot);
  }
}

/**
 * The reading thread's side: hands the pieces to `out` in order until the walker's end; throws the walker's error
 * (its code kept). A walker that has published nothing for STALL_MS is taken for dead (it reports its own errors;
 * only a thread killed from outside says nothing). `idle` is called before the first piece is there, with a test
 * that says whether it still is not: work done meanwhile costs no time.
 */
export function readSlots(ring: SlotRing, out: WalkOut, idle?: (more: () => boolean) => void): void {
  const ctl = ring.ctl;
  // Until the walker has its first piece ready (its thread starting), the caller may use the time.
  idle?.(() => Atomics.load(ctl, 0) === 0);
  for (let n = 0; ; n++) {
    const slot = n % SLOTS;
    let beat = Atomics.load(ctl, SLOTS);
    while (Atomics.load(ctl, slot) === 0) {
      if (Atomics.wait(ctl, slot, 0, STALL_MS) === 'timed-out') {
        const now = Atomics.load(ctl, SLOTS);
        if (now === beat) throw new Error(`the line walk in the second thread stopped (nothing read for ${STALL_MS / 1000} s)`);
        beat = now;
      }
    }
    const { ints, offset } = ring.header(slot);
    const kind = ints[0];
    if (kind === KIND_PIECE) {
      out.piece({ buf: ring.data(slot), fileOffset: offset[0]!, stop: ints[1]!, emits: ring.list(slot, 0, ints[2]!), froms: ring.list(slot, 1, ints[3]!), keys: ring.keys(slot, ints[2]!), lines: ints[4]! });
    } else {
      const text = ring.data(slot).toString('utf16le', 0, 2 * ints[5]!);
      if (kind === KIND_LONG) out.long(text, offset[0]!);
      Atomics.store(ctl, slot, 0);
      Atomics.notify(ctl, slot);
      if (kind === KIND_END) return;
      if (kind === KIND_ERROR) {
        const cut = text.indexOf('\u0000');
        throw Object.assign(new Error(text.slice(cut + 1)), { code: text.slice(0, cut) || undefined });
      }
      continue;
    }
    Atomics.store(ctl, slot, 0);
    Atomics.notify(ctl, slot);
  }
}
