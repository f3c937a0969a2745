// The fast path of `addr diagnose` over regular files, in AssemblyScript (compiled to dist/scan.wasm by
// `npm run build`; src/diagnose/read.ts runs it, and falls back to the same walk in JavaScript without it).
//
// scan(data, len, …) walks the complete lines in [data, data + len) (the last one ends with "\n") exactly as
// scanLines's walk does in read.ts, and writes two lists in file order:
//   emits: (start, end) of every line that must be decoded and pushed to the scanner: a line without
//          "postfix", with a "|" (a "name | " prefix), with a Postfix trigger, or longer than maxLine bytes;
//   froms: (queue-id hash, start) of every other qmgr "QID: from=<…>" line (see PostfixParser.senderEntry).
// Lines with "postfix" and none of those are skipped: most of a Postfix log. Triggers (POSTFIX_TRIGGERS in
// src/core/logparse/postfix.ts): "status=" not followed by "sent", "reject:" (found as "ject:"), "SASL",
// "SSL_connect error", "TLS library problem", "certificate verification failed". Finding more than a trigger
// is harmless (the parser ignores such a line), never less.
//
// 16 bytes at a time: one SIMD compare gives the newlines, a few more give candidate trigger positions
// (first byte, plus one or two bytes further on for the common first letters), checked byte by byte.
// Loads run up to 32 bytes past len: the caller leaves that much room.

@inline function at(p: usize): u32 {
  return <u32>load<u8>(p);
}

/** Does the ASCII literal (given as up to 8 bytes in a u64, little-endian, and its length) start at p? */
@inline function is(p: usize, lit: u64, n: i32): bool {
  const mask: u64 = n >= 8 ? <u64>-1 : ((<u64>1 << (<u64>n * 8)) - 1);
  return (load<u64>(p) & mask) == lit;
}

// Literals as little-endian byte strings.
const STATUS: u64 = 0x3d737574617473;      // "status="
const SENT: u64 = 0x746e6573;              // "sent"
const JECT: u64 = 0x3a7463656a;            // "ject:"
const SASL: u64 = 0x4c534153;              // "SASL"
const SSL_CONN: u64 = 0x6e6e6f635f4c5353;  // "SSL_conn", then "ect error"
const ECT_ERR: u64 = 0x6f72726520746365;   // "ect erro", then "r"
const TLS_LIBR: u64 = 0x7262696c20534c54;  // "TLS libr", then "ary problem"
const ARY_PROB: u64 = 0x626f727020797261;  // "ary prob", then "lem"
const CERTIFIC: u64 = 0x6369666974726563;  // "certific", then "ate verification failed"
const ATE_VERI: u64 = 0x6972657620657461;  // "ate veri"
const FICATION: u64 = 0x6e6f697461636966;  // "fication"
const _FAILED: u64 = 0x64656c696166; // "failed" (after " " at +23)
const POSTFIX: u64 = 0x78696674736f70;     // "postfix"
const QMGR: u64 = 0x72676d71;              // "qmgr"
const FROM: u64 = 0x3c3d6d6f7266203a;      // ": from=<"

export let lines: i32 = 0;
export let emitted: i32 = 0;
export let indexed: i32 = 0;
/** Column of "postfix" in the last Postfix line (syslog puts it at the same place line after line). */
let col: i32 = 0;

function trigger(p: usize): bool {
  const b = at(p);
  if (b == 124) return true; // "|": a "name | " prefix; the scanner strips it and decides
  if (b == 115) return is(p, STATUS, 7) && !is(p + 7, SENT, 4);
  if (b == 106) return is(p, JECT, 5);
  if (b == 83) return is(p, SASL, 4) || (is(p, SSL_CONN, 8) && is(p + 8, ECT_ERR, 8) && at(p + 16) == 114);
  if (b == 84) return is(p, TLS_LIBR, 8) && is(p + 8, ARY_PROB, 8) && at(p + 16) == 108 && at(p + 17) == 101 && at(p + 18) == 109;
  if (b == 99) return is(p, CERTIFIC, 8) && is(p + 8, ATE_VERI, 8) && is(p + 16, FICATION, 8) && at(p + 24) == 32 && is(p + 25, _FAILED, 6);
  return false;
}

/** The first "postfix" in [from, to), or -1. */
function findPostfix(data: usize, from: i32, to: i32): i32 {
  for (let i = from; i + 7 <= to; i++) {
    if (at(data + <usize>i) == 112 && is(data + <usize>i, POSTFIX, 7)) return i;
  }
  return -1;
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
  // The queue id before ": from=<", hashed from its last character back (qidHash in read.ts).
  let h: u32 = 0x811c9dc5;
  let q = from;
  while (q > ls) {
    const c = at(data + <usize>(q - 1));
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { h = (h ^ c) * 0x01000193; q--; } else break;
  }
  if (from - q < 5) return false;
  const o = froms + (<usize>nf << 3);
  store<i32>(o, <i32>h);
  store<i32>(o, ls, 4);
  return true;
}

export function scan(data: usize, len: i32, maxLine: i32, emits: usize, froms: usize): void {
  let n = 0;
  let ne = 0;
  let nf = 0;
  let ls = 0;
  let trig = false;
  const NL = i8x16.splat(10);
  const PIPE = i8x16.splat(124);
  const LJ = i8x16.splat(106);
  const US = i8x16.splat(83);
  const UT = i8x16.splat(84);
  const LS = i8x16.splat(115);
  const LT = i8x16.splat(116);
  const EQ = i8x16.splat(61);
  const LC = i8x16.splat(99);
  const LE = i8x16.splat(101);
  const SP = i8x16.splat(32);
  for (let p = 0; p < len; p += 16) {
    const a = data + <usize>p;
    const v = v128.load(a);
    let nm = i8x16.bitmask(i8x16.eq(v, NL));
    let cand = v128.or(v128.or(i8x16.eq(v, PIPE), i8x16.eq(v, LJ)), v128.or(i8x16.eq(v, US), i8x16.eq(v, UT)));
    cand = v128.or(cand, v128.and(v128.and(i8x16.eq(v, LS), i8x16.eq(v128.load(a + 1), LT)), i8x16.eq(v128.load(a + 6), EQ)));
    cand = v128.or(cand, v128.and(v128.and(i8x16.eq(v, LC), i8x16.eq(v128.load(a + 1), LE)), i8x16.eq(v128.load(a + 11), SP)));
    let cm = i8x16.bitmask(cand);
    while ((cm | nm) != 0) {
      const nextN = nm != 0 ? ctz(nm) : 32;
      const nextC = cm != 0 ? ctz(cm) : 32;
      if (nextC < nextN) {
        cm &= cm - 1;
        const q = p + nextC;
        if (q < len && !trig && trigger(data + <usize>q)) trig = true;
        continue;
      }
      nm &= nm - 1;
      const le = p + nextN;
      if (le >= len) continue;
      n++;
      let emit = true;
      if (!trig && le - ls <= maxLine) {
        let post = -1;
        const pc = ls + col;
        if (pc + 7 <= le && is(data + <usize>pc, POSTFIX, 7)) post = pc;
        else post = findPostfix(data, ls, le);
        if (post >= 0) {
          col = post - ls;
          emit = false;
          if (qmgrFrom(data, ls, le, post, froms, nf)) nf++;
        }
      }
      if (emit) {
        const o = emits + (<usize>ne << 3);
        store<i32>(o, ls);
        store<i32>(o, le, 4);
        ne++;
      }
      ls = le + 1;
      trig = false;
    }
  }
  lines = n;
  emitted = ne;
  indexed = nf;
}
