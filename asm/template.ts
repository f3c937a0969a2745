// The cache key of a reply's template (src/core/template.ts, templateKey) over UTF-16 code units, for
// FindingsCollector: src/diagnose/read.ts writes the text and then the extra string into the module's memory and
// calls templateKey(p, n, extraLen). The same walk (here writing the template next to the text, then hashing it)
// and the same two hashes as the JavaScript one, so the same number: test/template-key.test.ts compares them.
// Exported by asm/scan.ts.

// Character classes of ASCII code units (src/core/template.ts, CLASS), and 0 for every other unit (at 128).
const WORD: u32 = 1;
const DIGIT: u32 = 2;
const UPPER: u32 = 4;
const LOWER: u32 = 8;
const LOCAL: u32 = 16;
const DOMAIN: u32 = 32;
const CLASS = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 16, 0, 48, 48, 0, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 0, 0, 0, 0, 0, 0,
  0, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 0, 0, 0, 0, 49,
  0, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 0, 0, 0, 0, 0, 0,
]);
/** Past the end of the template: equal to nothing the walk compares with. */
const NONE: u32 = 0xffffffff;

@inline function cls(c: u32): u32 { return <u32>load<u8>(CLASS + <usize>min<u32>(c, 128)); }
@inline function isDigit(c: u32): bool { return c - 48 < 10; }

let text: usize = 0;
@inline function ch(k: i32): u32 { return <u32>load<u16>(text + (<usize>k << 1)); }

/** The template being written: at `dst`, `o` code units so far. */
const P1: u32 = 0x01000193;
const P2: u32 = 0x5bd1e995;

let dst: usize = 0;
let o: i32 = 0;

/** Copies n code units from s to d, four at a time (up to three more: the template area has room for them). */
@inline function copyUnits(d: usize, s: usize, n: i32): void {
  // memory.copy is a call into the engine: slower than this for the short runs of a template.
  const e = s + (<usize>n << 1);
  let q = s;
  let r = d;
  while (q < e) {
    store<u64>(r, load<u64>(q));
    q += 8;
    r += 8;
  }
}

/** Appends the code units [from, to) of the text, then `last`. */
@inline function append(from: i32, to: i32, last: u32): void {
  const len = to - from;
  copyUnits(dst + (<usize>o << 1), text + (<usize>from << 1), len);
  store<u16>(dst + (<usize>(o + len) << 1), <u16>last);
  o += len + 1;
}

function fmix(x: u32): u32 {
  let h = x;
  h = (h ^ (h >>> 16)) * 0x85ebca6b;
  h = (h ^ (h >>> 13)) * 0xc2b2ae35;
  return h ^ (h >>> 16);
}

/** The first "@" in [from, n), or -1: eight units at a time. */
function atSign(from: i32, n: i32): i32 {
  const AT = i16x8.splat(64);
  let k = from;
  for (; k + 8 <= n; k += 8) {
    const m = i16x8.bitmask(i16x8.eq(v128.load(text + (<usize>k << 1)), AT));
    if (m != 0) return k + ctz(m);
  }
  for (; k < n; k++) if (ch(k) == 64) return k;
  return -1;
}

/**
 * templateKey(text, extra) of src/core/template.ts: the text is n code units at p, the extra string follows it;
 * the template, "\0" and the extra string are written after them (room for n + extraLen + 5 more units), then hashed.
 */
export function templateKey(p: usize, n: i32, extraLen: i32): f64 {
  text = p;
  dst = p + (<usize>(n + extraLen) << 1);
  o = 0;
  let kept = 0;
  let lastMask = -1;
  let floor = 0;
  let at = atSign(0, n);
  let seg = 0;
  for (;;) {
    let end = n;
    let resume = n;
    while (at >= 0) {
      let a = at;
      while (a > floor && (cls(ch(a - 1)) & LOCAL) != 0) a--;
      let b = at + 1;
      while (b < n && (cls(ch(b)) & DOMAIN) != 0) b++;
      const masked = a < at && b > at + 1;
      at = atSign(b, n);
      if (masked) { end = a; resume = b; floor = b; break; }
    }
    const endChar: u32 = end < n ? 64 : NONE;
    let i = seg;
    while (i < end) {
      const c = ch(i);
      if ((cls(c) & WORD) == 0) { i++; continue; }
      let j = i;
      let digits: u32 = 0;
      let upper: u32 = 0;
      let turns: u32 = 0;
      let prevLower: u32 = 0;
      // Without branches on the class (they mispredict): a digit leaves prevLower as it was.
      while (j < end) {
        const k = cls(ch(j));
        if ((k & WORD) == 0) break;
        const isDigit = (k >> 1) & 1;
        const isUpper = (k >> 2) & 1;
        digits += isDigit;
        upper += isUpper;
        turns += isUpper & prevLower;
        prevLower = (prevLower & isDigit) | ((k >> 3) & 1);
        j++;
      }
      const len = j - i;
      let keep = true;
      if (digits > 0) {
        keep = false;
        const before: u32 = i == 0 ? 32 : i == seg ? 64 : ch(i - 1);
        const next: u32 = j < end ? ch(j) : endChar;
        if (len == 1 && (c == 50 || c == 52 || c == 53) && before != 46 && !isDigit(before) && next == 46) {
          let q0 = j + 1;
          let q = q0;
          while (q < end && q - q0 < 4 && isDigit(ch(q))) q++;
          if (q - q0 >= 1 && q - q0 <= 3 && q < end && ch(q) == 46) {
            q0 = q + 1;
            q = q0;
            while (q < end && q - q0 < 3 && isDigit(ch(q))) q++;
            const after: u32 = q < end ? ch(q) : endChar;
            if (q > q0 && after != 46 && !isDigit(after)) { j = q; keep = true; }
          }
        } else if (len == 3 && digits == 3 && (c == 52 || c == 53) && (before == 32 || before == 40 || before == 58 || before == 61 || before == 34 || before == 39 || before == 45 || i == 0)) {
          const after: u32 = j + 1 < end ? ch(j + 1) : endChar;
          keep = j == n || next == 32 || (next == 45 && (after == 32 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)
            || (after >= 50 && after <= 53 && (j + 2 < end ? ch(j + 2) : endChar) == 46)));
        }
      } else if ((len >= 6 && turns >= 2 && <i32>upper * 4 >= len) || (len >= 5 && lastMask == i - 1 && i > seg && (ch(i - 1) == 45 || ch(i - 1) == 95))) {
        keep = false;
      }
      if (!keep) {
        append(kept, i, 35); // "#"
        kept = j;
        lastMask = j;
      }
      i = j;
    }
    if (end == n) break;
    append(kept, end, 64); // "@"
    kept = resume;
    seg = resume;
  }
  append(kept, n, 0); // "\0"
  copyUnits(dst + (<usize>o << 1), p + (<usize>n << 1), extraLen);
  return hashUnits(dst, o + extraLen);
}

/** hashKey of src/core/template.ts over the n code units at q: two units a step. */
function hashUnits(q: usize, n: i32): f64 {
  let a: u32 = 0x811c9dc5;
  let b: u32 = 0x2545f491;
  const end = q + (<usize>n << 1);
  let r = q;
  for (; r + 4 <= end; r += 4) {
    const w = load<u32>(r);
    a = (a ^ w) * P1;
    b = (b ^ w) * P2;
    b ^= b >>> 15;
  }
  if (r < end) {
    const w = <u32>load<u16>(r);
    a = (a ^ w) * P1;
    b = (b ^ w) * P2;
    b ^= b >>> 15;
  }
  a ^= <u32>n;
  b ^= <u32>n;
  return <f64>fmix(a) * 2097152.0 + <f64>(fmix(b) >>> 11);
}

// ---- the same template over UTF-8 bytes, for the walk (asm/scan.ts) ------------------------------------------------
// A reply's bytes in the read buffer, walked where they are: the template is written at `out`, then hashed four
// bytes a step (hashBytes; src/core/template.ts, byteTemplateKey, is the reference). The walk reads only ASCII
// (every byte of a multi-byte character is of class 0, as its code unit is in UTF-16), so the byte template of
// valid UTF-8 is the UTF-8 of replyTemplate's string, and two replies share a byte key when their templates are
// equal; invalid sequences, which decode to U+FFFD, are kept as they are (a key finer than the string's).

let btext: usize = 0;
@inline function bch(k: i32): u32 { return <u32>load<u8>(btext + <usize>k); }

let bdst: usize = 0;
let bo: i32 = 0;

/** Appends the bytes [from, to) of the text, then `last`: eight at a time (the output area has slack for it). */
@inline function bappend(from: i32, to: i32, last: u32): void {
  const s = btext + <usize>from;
  const e = btext + <usize>to;
  let q = s;
  let r = bdst + <usize>bo;
  while (q < e) {
    store<u64>(r, load<u64>(q));
    q += 8;
    r += 8;
  }
  store<u8>(bdst + <usize>(bo + to - from), <u8>last);
  bo += to - from + 1;
}

/** The first "@" in [from, n) of the bytes, or -1: sixteen at a time (the walk's buffer has slack after it). */
function batSign(from: i32, n: i32): i32 {
  const AT = i8x16.splat(64);
  let k = from;
  for (; k + 16 <= n; k += 16) {
    const m = i8x16.bitmask(i8x16.eq(v128.load(btext + <usize>k), AT));
    if (m != 0) return k + ctz(m);
  }
  for (; k < n; k++) if (bch(k) == 64) return k;
  return -1;
}

/** The bytes' template as templateKey walks the units, without the extra string: written at out (n + 16 bytes of room), then hashed. */
export function byteTemplateKey(p: usize, n: i32, out: usize): f64 {
  btext = p;
  bdst = out;
  bo = 0;
  let kept = 0;
  let lastMask = -1;
  let floor = 0;
  let at = batSign(0, n);
  let seg = 0;
  for (;;) {
    let end = n;
    let resume = n;
    while (at >= 0) {
      let a = at;
      while (a > floor && (cls(bch(a - 1)) & LOCAL) != 0) a--;
      let b = at + 1;
      while (b < n && (cls(bch(b)) & DOMAIN) != 0) b++;
      const masked = a < at && b > at + 1;
      at = batSign(b, n);
      if (masked) { end = a; resume = b; floor = b; break; }
    }
    const endChar: u32 = end < n ? 64 : NONE;
    let i = seg;
    while (i < end) {
      const c = bch(i);
      if ((cls(c) & WORD) == 0) { i++; continue; }
      let j = i;
      let digits: u32 = 0;
      let upper: u32 = 0;
      let turns: u32 = 0;
      let prevLower: u32 = 0;
      while (j < end) {
        const k = cls(bch(j));
        if ((k & WORD) == 0) break;
        const isDigit = (k >> 1) & 1;
        const isUpper = (k >> 2) & 1;
        digits += isDigit;
        upper += isUpper;
        turns += isUpper & prevLower;
        prevLower = (prevLower & isDigit) | ((k >> 3) & 1);
        j++;
      }
      const len = j - i;
      let keep = true;
      if (digits > 0) {
        keep = false;
        const before: u32 = i == 0 ? 32 : i == seg ? 64 : bch(i - 1);
        const next: u32 = j < end ? bch(j) : endChar;
        if (len == 1 && (c == 50 || c == 52 || c == 53) && before != 46 && !isDigit(before) && next == 46) {
          let q0 = j + 1;
          let q = q0;
          while (q < end && q - q0 < 4 && isDigit(bch(q))) q++;
          if (q - q0 >= 1 && q - q0 <= 3 && q < end && bch(q) == 46) {
            q0 = q + 1;
            q = q0;
            while (q < end && q - q0 < 3 && isDigit(bch(q))) q++;
            const after: u32 = q < end ? bch(q) : endChar;
            if (q > q0 && after != 46 && !isDigit(after)) { j = q; keep = true; }
          }
        } else if (len == 3 && digits == 3 && (c == 52 || c == 53) && (before == 32 || before == 40 || before == 58 || before == 61 || before == 34 || before == 39 || before == 45 || i == 0)) {
          const after: u32 = j + 1 < end ? bch(j + 1) : endChar;
          keep = j == n || next == 32 || (next == 45 && (after == 32 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)
            || (after >= 50 && after <= 53 && (j + 2 < end ? bch(j + 2) : endChar) == 46)));
        }
      } else if ((len >= 6 && turns >= 2 && <i32>upper * 4 >= len) || (len >= 5 && lastMask == i - 1 && i > seg && (bch(i - 1) == 45 || bch(i - 1) == 95))) {
        keep = false;
      }
      if (!keep) {
        bappend(kept, i, 35); // "#"
        kept = j;
        lastMask = j;
      }
      i = j;
    }
    if (end == n) break;
    bappend(kept, end, 64); // "@"
    kept = resume;
    seg = resume;
  }
  bappend(kept, n, 0); // "\0" (no extra string: the collector keys it apart)
  return hashBytes(bdst, bo);
}

/** hashBytes of src/core/template.ts over the n bytes at q: four a step, then the rest as one little-endian word. */
function hashBytes(q: usize, n: i32): f64 {
  let a: u32 = 0x811c9dc5;
  let b: u32 = 0x2545f491;
  const end = q + <usize>n;
  let r = q;
  for (; r + 4 <= end; r += 4) {
    const w = load<u32>(r);
    a = (a ^ w) * P1;
    b = (b ^ w) * P2;
    b ^= b >>> 15;
  }
  if (r < end) {
    let w: u32 = 0;
    for (let s: u32 = 0; r < end; r++, s += 8) w |= <u32>load<u8>(r) << s;
    a = (a ^ w) * P1;
    b = (b ^ w) * P2;
    b ^= b >>> 15;
  }
  a ^= <u32>n;
  b ^= <u32>n;
  return <f64>fmix(a) * 2097152.0 + <f64>(fmix(b) >>> 11);
}
