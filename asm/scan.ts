// The line walk of `addr diagnose` over regular files, in AssemblyScript (compiled to dist/scan.wasm by
// `npm run build`; src/diagnose/read.ts runs it; without it, files are read by the stream path).
//
// scan(data, len, …) walks the complete lines in [data, data + len) (the last one ends with "\n") and writes two
// lists in file order:
//   emits: (start, end) of every line that must be decoded and pushed to the scanner: a line without a Postfix
//          program tag ("postfix/smtp[…]", isTag; a line that merely mentions postfix is any line), with a trigger (asm/triggers.ts, generated from POSTFIX_TRIGGERS), or longer than maxLine bytes;
//   froms: (queue-id hash, start) of every other qmgr "QID: from=<…>" line (see PostfixParser.senderEntry);
//   keys:  for each emitted Postfix line with a delivery's reply ("status=bounced (…)"), the byteTemplateKey of
//          that reply (asm/template.ts), else NaN: the collector's cache key, computed here while the bytes are
//          in the cache and, for a large file, in the walk's own thread (`out` is its scratch area).
// Lines with a Postfix tag and none of those are skipped: most of a Postfix log. A "status=sent" line is handed over
// only when its queue id was deferred before (a bit set in `deferred` when a "status=deferred" line passed): the
// scanner needs it to count that deferral as recovered.
// Exim main-log lines ("2024-01-10 10:00:02[.123][ +0000][ [pid]] 1rHoRC-000crI-rN FLAG …", the shape of
// EximParser's EXIM_ID, see src/core/logparse/exim.ts) are sorted by their flag the same way: "<=" arrivals are
// indexed in froms like qmgr's lines (the hash of the message id), "Completed" lines are skipped, "=>"/"->"
// deliveries are handed over only when the id was deferred before ("==" sets its bit); everything else is emitted.
//
// 16 bytes at a time: one SIMD compare gives the newlines, a few more give candidate trigger positions (first
// byte, plus two more bytes for common first letters), each checked by trigger().
// Loads run up to 48 bytes past len: the caller leaves that much room.
import { candidates, is, trigger } from './triggers';
import { byteTemplateKey } from './template';

@inline function at(p: usize): u32 {
  return <u32>load<u8>(p);
}

const POSTFIX: u64 = 0x78696674736f70;     // "postfix"
const QMGR: u64 = 0x72676d71;              // "qmgr"
const FROM: u64 = 0x3c3d6d6f7266203a;      // ": from=<"
const DEFE: u64 = 0x65666564;              // "defe" (after "status=")

export let lines: i32 = 0;
export let emitted: i32 = 0;
export let indexed: i32 = 0;
/** Column of the tag in the last Postfix line (syslog puts it at the same place line after line). */
let col: i32 = 0;
/** 2^20 bits, one per queue-id hash, set by a deferral: the caller gives the address and clears it per file. */
const BITS: u32 = 20;

@inline function isName(c: u32): bool {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95 || c == 46 || c == 45;
}

/**
 * Is the "postfix" at i (in the line [ls, le)) a program tag: "postfix/<daemon>", "postfix-<instance>/<daemon>"
 * (the daemon followed by "[", ":" or " "), or "postfix[pid]", not part of a longer word or path? The test of
 * postfixTag in src/core/logparse/postfix.ts, over bytes (a non-ASCII character is no name character either way).
 */
@inline function isTag(data: usize, ls: i32, i: i32, le: i32): bool {
  if (i > ls) {
    const b = at(data + <usize>(i - 1));
    if (isName(b) || b == 47) return false;
  }
  let j = i + 7;
  if (j >= le) return false;
  if (at(data + <usize>j) == 91) {
    const k = ++j;
    while (j < le && isDigit(at(data + <usize>j))) j++;
    return j > k && j < le && at(data + <usize>j) == 93;
  }
  if (at(data + <usize>j) == 45) {
    const k = ++j;
    while (j < le && isName(at(data + <usize>j))) j++;
    if (j == k) return false;
  }
  if (j >= le || at(data + <usize>j) != 47) return false;
  j++;
  if (j >= le) return false;
  const c = at(data + <usize>j);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  // The daemon's name, 16 bytes at a time (the line's "\n" at le stops it: loads past le stay in the slack).
  const v = v128.load(data + <usize>j);
  let name = v128.or(v128.and(i8x16.ge_u(v, i8x16.splat(97)), i8x16.le_u(v, i8x16.splat(122))),
    v128.and(i8x16.ge_u(v, i8x16.splat(65)), i8x16.le_u(v, i8x16.splat(90))));
  name = v128.or(name, v128.and(i8x16.ge_u(v, i8x16.splat(45)), i8x16.le_u(v, i8x16.splat(57)))); // "-./0-9"
  name = v128.or(name, i8x16.eq(v, i8x16.splat(95)));
  const stop = ~i8x16.bitmask(name) & 0xffff;
  if (stop != 0) j += ctz(stop);
  else while (j < le && (isName(at(data + <usize>j)) || at(data + <usize>j) == 47)) j++;
  if (j >= le) return false;
  const e = at(data + <usize>j);
  return e == 91 || e == 58 || e == 32;
}

/** The first Postfix program tag in the line [ls, le) (isTag), or -1. */
function findPostfix(data: usize, ls: i32, le: i32): i32 {
  for (let i = ls; i + 7 <= le; i++) {
    if (at(data + <usize>i) == 112 && is(data + <usize>i, POSTFIX, 7) && isTag(data, ls, i, le)) return i;
  }
  return -1;
}

/** FNV-1a over the alphanumeric run that ends just before `end`, from its last character back (qidHash in read.ts); -1 when shorter than 5. */
function hashBack(data: usize, ls: i32, end: i32): i64 {
  let h: u32 = 0x811c9dc5;
  let q = end;
  while (q > ls) {
    const c = at(data + <usize>(q - 1));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { h = (h ^ c) * 0x01000193; q--; } else break;
  }
  return end - q < 5 ? -1 : <i64>h;
}

/** The queue id of a Postfix delivery line ("postfix/smtp[1]: QID: to=<…>"): its hash, or -1. */
function queueHash(data: usize, post: i32, le: i32): i64 {
  // The first ": " after the program name, then the id up to the next ':'.
  let i = post + 7;
  while (i + 1 < le && !(at(data + <usize>i) == 58 && at(data + <usize>(i + 1)) == 32)) i++;
  let j = i + 2;
  while (j < le) {
    const c = at(data + <usize>j);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) j++; else break;
  }
  if (j >= le || at(data + <usize>j) != 58) return -1;
  return hashBack(data, i + 1, j);
}

/** A qmgr "QID: from=<x>" line: writes (hash, ls) to froms and returns true. */
function qmgrFrom(data: usize, ls: i32, le: i32, post: i32, froms: usize, nf: i32): bool {
  // The program is the word after the first "/" that follows "postfix" (postfix/qmgr, postfix-out/qmgr).
  let slash = post + 7;
  if (at(data + <usize>slash) != 47) {
    slash = -1;
    for (let i = post + 7; i < le; i++) if (at(data + <usize>i) == 47) { slash = i; break; }
    if (slash < 0) return false;
  }
  if (slash + 6 > le || !is(data + <usize>(slash + 1), QMGR, 4)) return false;
  const c5 = at(data + <usize>(slash + 5));
  if (c5 != 91 && c5 != 58) return false; // "qmgr[" or "qmgr:"
  // The first "<" after it must close ": from=", not open "from=<>".
  let lt = -1;
  for (let i = slash + 6; i < le; i++) if (at(data + <usize>i) == 60) { lt = i; break; }
  if (lt < 0 || lt + 1 >= le || at(data + <usize>(lt + 1)) == 62) return false;
  const from = lt - 7;
  if (from <= ls || !is(data + <usize>from, FROM, 8)) return false;
  const h = hashBack(data, ls, from);
  if (h < 0) return false;
  const o = froms + (<usize>nf << 3);
  store<i32>(o, <i32>h);
  store<i32>(o, ls, 4);
  return true;
}

/** FNV-1a over [start, end), from its last byte back (qidHash in read.ts). */
function hashRange(data: usize, start: i32, end: i32): u32 {
  let h: u32 = 0x811c9dc5;
  for (let q = end; q > start; q--) h = (h ^ at(data + <usize>(q - 1))) * 0x01000193;
  return h;
}

@inline function isDigit(c: u32): bool { return c >= 48 && c <= 57; }
@inline function isAlnum(c: u32): bool { return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122); }

/** The end of a run of at least lo and at most hi alphanumerics from i, or -1. */
function alnumRun(data: usize, i: i32, le: i32, lo: i32, hi: i32): i32 {
  let j = i;
  while (j < le && j - i < hi && isAlnum(at(data + <usize>j))) j++;
  return j - i >= lo ? j : -1;
}

const EXIM_NONE = 0;
const EXIM_ARRIVAL = 1;   // "<= "
const EXIM_DELIVERY = 2;  // "=> " or "-> "
const EXIM_DEFERRAL = 3;  // "== "
const EXIM_COMPLETED = 4; // "Completed"
/** The message id of the last line eximKind() accepted: [eximId, eximIdEnd). */
let eximId: i32 = 0;
let eximIdEnd: i32 = 0;

/** The flag of an Exim main-log line that starts at ls, or EXIM_NONE (then the line is emitted as it is). */
function eximKind(data: usize, ls: i32, le: i32): i32 {
  if (le - ls < 40) return EXIM_NONE;
  const d = data + <usize>ls;
  // "dddd-dd-dd dd:dd:dd"
  if (!(isDigit(at(d)) && isDigit(at(d + 1)) && isDigit(at(d + 2)) && isDigit(at(d + 3)) && at(d + 4) == 45 && isDigit(at(d + 5))
    && isDigit(at(d + 6)) && at(d + 7) == 45 && isDigit(at(d + 8)) && isDigit(at(d + 9)) && at(d + 10) == 32 && isDigit(at(d + 11))
    && isDigit(at(d + 12)) && at(d + 13) == 58 && isDigit(at(d + 14)) && isDigit(at(d + 15)) && at(d + 16) == 58
    && isDigit(at(d + 17)) && isDigit(at(d + 18)))) return EXIM_NONE;
  let i = ls + 19;
  if (at(data + <usize>i) == 46) { i++; while (i < le && isDigit(at(data + <usize>i))) i++; }
  if (at(data + <usize>i) != 32) return EXIM_NONE;
  i++;
  const z = at(data + <usize>i);
  if ((z == 43 || z == 45) && i + 5 < le && isDigit(at(data + <usize>(i + 1))) && isDigit(at(data + <usize>(i + 2)))
    && isDigit(at(data + <usize>(i + 3))) && isDigit(at(data + <usize>(i + 4))) && at(data + <usize>(i + 5)) == 32) i += 6;
  if (at(data + <usize>i) == 91) {
    let j = i + 1;
    while (j < le && isDigit(at(data + <usize>j))) j++;
    if (j == i + 1 || j + 1 >= le || at(data + <usize>j) != 93 || at(data + <usize>(j + 1)) != 32) return EXIM_NONE;
    i = j + 2;
  }
  // The id: 6 alphanumerics, "-", 6 to 11, "-", 2 to 4, then a space.
  let j = alnumRun(data, i, le, 6, 6);
  if (j < 0 || j >= le || at(data + <usize>j) != 45) return EXIM_NONE;
  j = alnumRun(data, j + 1, le, 6, 11);
  if (j < 0 || j >= le || at(data + <usize>j) != 45) return EXIM_NONE;
  j = alnumRun(data, j + 1, le, 2, 4);
  if (j < 0 || j + 3 >= le || at(data + <usize>j) != 32) return EXIM_NONE;
  eximId = i;
  eximIdEnd = j;
  const f = data + <usize>(j + 1);
  const a = at(f);
  const b = at(f + 1);
  if (at(f + 2) == 32) {
    if (a == 60 && b == 61) return EXIM_ARRIVAL;
    if ((a == 61 || a == 45) && b == 62) return EXIM_DELIVERY;
    if (a == 61 && b == 61) return EXIM_DEFERRAL;
  }
  if (a == 67 && is(f, 0x6574656c706d6f43, 8) && at(f + 8) == 100 && (j + 10 == le || at(f + 9) == 32 || at(f + 9) == 13)) return EXIM_COMPLETED;
  return EXIM_NONE;
}

/** Does " <= " occur in [from, le)? (EximParser reads any line with one as an arrival.) */
function hasArrow(data: usize, from: i32, le: i32): bool {
  for (let i = from; i + 4 <= le; i++) {
    if (at(data + <usize>i) == 32 && at(data + <usize>(i + 1)) == 60 && at(data + <usize>(i + 2)) == 61 && at(data + <usize>(i + 3)) == 32) return true;
  }
  return false;
}

@inline function bitAt(bits: usize, h: u32): usize {
  return bits + <usize>((h & ((1 << BITS) - 1)) >> 3);
}

@inline function bitOf(h: u32): u8 {
  return <u8>(<u32>1 << (h & 7));
}

/**
 * The reply of a Postfix delivery line as PostfixParser.delivery reads it: after the first " status=WORD (" up to
 * the line's end, less a final ")" (and the "\r" the reader drops): its byteTemplateKey, or NaN when the line
 * has no such reply.
 */
function replyKey(data: usize, ls: i32, le: i32, out: usize): f64 {
  let i = ls;
  for (; i + 8 <= le; i++) {
    if (at(data + <usize>i) == 32 && is(data + <usize>(i + 1), 0x3d737574617473, 7)) break;
  }
  if (i + 8 > le) return NaN;
  let end = i + 8;
  while (end < le && at(data + <usize>end) != 32 && at(data + <usize>end) != 44) end++;
  let e = le;
  if (e > ls && at(data + <usize>(e - 1)) == 13) e--;
  if (end + 1 >= e || at(data + <usize>end) != 32 || at(data + <usize>(end + 1)) != 40) return NaN;
  const t0 = end + 2;
  if (e > ls && at(data + <usize>(e - 1)) == 41) e--;
  if (e < t0) e = t0;
  return byteTemplateKey(data + <usize>t0, e - t0, out);
}

export function scan(data: usize, len: i32, maxLine: i32, emits: usize, froms: usize, bits: usize, keys: usize, out: usize): void {
  let n = 0;
  let ne = 0;
  let nf = 0;
  let ls = 0;
  let trig = false;
  let sentAt = -1; // a "status=sent" in this line
  let deferAt = -1; // a "status=defe…" in this line
  const NL = i8x16.splat(10);
  for (let p = 0; p < len; p += 16) {
    const a = data + <usize>p;
    const v = v128.load(a);
    let nm = i8x16.bitmask(i8x16.eq(v, NL));
    let cm = i8x16.bitmask(candidates(a, v));
    while ((cm | nm) != 0) {
      const nextN = nm != 0 ? ctz(nm) : 32;
      const nextC = cm != 0 ? ctz(cm) : 32;
      if (nextC < nextN) {
        cm &= cm - 1;
        const q = p + nextC;
        if (q >= len || trig) continue;
        const t = trigger(data + <usize>q);
        if (t > 0) {
          trig = true;
          if (t == 1 && is(data + <usize>(q + 7), DEFE, 4)) deferAt = q; // TRIGGERS[0] is "status="
        } else if (t < 0 && sentAt < 0) sentAt = q;
        continue;
      }
      nm &= nm - 1;
      const le = p + nextN;
      if (le >= len) continue;
      n++;
      let emit = true;
      let key: f64 = NaN;
      if (le - ls <= maxLine) {
        let post = -1;
        const pc = ls + col;
        if (pc + 7 <= le && is(data + <usize>pc, POSTFIX, 7) && isTag(data, ls, pc, le)) post = pc;
        else post = findPostfix(data, ls, le);
        if (post >= 0) {
          col = post - ls;
          if (deferAt >= 0) {
            const h = queueHash(data, post, le);
            if (h >= 0) { const b = bitAt(bits, <u32>h); store<u8>(b, load<u8>(b) | bitOf(<u32>h)); }
          } else if (!trig && sentAt >= 0) {
            const h = queueHash(data, post, le);
            trig = h >= 0 && (load<u8>(bitAt(bits, <u32>h)) & bitOf(<u32>h)) != 0;
          }
          if (!trig) {
            emit = false;
            if (qmgrFrom(data, ls, le, post, froms, nf)) nf++;
          } else {
            key = replyKey(data, ls, le, out);
          }
        } else {
          const kind = eximKind(data, ls, le);
          if (kind == EXIM_ARRIVAL) {
            emit = false;
            const o = froms + (<usize>nf << 3);
            store<i32>(o, <i32>hashRange(data, eximId, eximIdEnd));
            store<i32>(o, ls, 4);
            nf++;
          } else if (kind == EXIM_DEFERRAL) {
            const h = hashRange(data, eximId, eximIdEnd);
            const b = bitAt(bits, h);
            store<u8>(b, load<u8>(b) | bitOf(h));
          } else if (kind == EXIM_DELIVERY || kind == EXIM_COMPLETED) {
            const h = hashRange(data, eximId, eximIdEnd);
            emit = (kind == EXIM_DELIVERY && (load<u8>(bitAt(bits, h)) & bitOf(h)) != 0) || hasArrow(data, eximIdEnd, le);
          }
        }
      }
      if (emit) {
        const o = emits + (<usize>ne << 3);
        store<i32>(o, ls);
        store<i32>(o, le, 4);
        store<f64>(keys + (<usize>ne << 3), key);
        ne++;
      }
      ls = le + 1;
      trig = false;
      sentAt = -1;
      deferAt = -1;
    }
  }
  lines = n;
  emitted = ne;
  indexed = nf;
}
export { templateKey, byteTemplateKey } from './template';
