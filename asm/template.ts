// The cache key of a reply's template (src/core/template.ts, templateKey) over UTF-16 code units, for
// FindingsCollector: src/diagnose/read.ts writes the text and then the extra string into the module's memory and
// calls templateKey(p, n, extraLen). The same walk (here writing the template next to the text, then hashing it)
// and the same two hashes as the JavaScript one, so the same number: test/template-key.test.ts compares them.
// byteTemplateKey is the same walk over a reply's UTF-8 bytes where the walk found them (below). Exported by asm/scan.ts.

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

/** The text being walked: UTF-16 code units (T = u16, templateKey) or UTF-8 bytes (T = u8, byteTemplateKey). */
let text: usize = 0;
@inline function ch<T>(k: i32): u32 { return <u32>load<T>(text + (<usize>k << alignof<T>())); }

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

/** Appends the units [from, to) of the text, then `last`: eight bytes at a time (the template area has room for it). */
@inline function append<T>(from: i32, to: i32, last: u32): void {
  const len = to - from;
  const e = text + (<usize>to << alignof<T>());
  let q = text + (<usize>from << alignof<T>());
  let r = dst + (<usize>o << alignof<T>());
  while (q < e) {
    store<u64>(r, load<u64>(q));
    q += 8;
    r += 8;
  }
  store<T>(dst + (<usize>(o + len) << alignof<T>()), <T>last);
  o += len + 1;
}

function fmix(x: u32): u32 {
  let h = x;
  h = (h ^ (h >>> 16)) * 0x85ebca6b;
  h = (h ^ (h >>> 13)) * 0xc2b2ae35;
  return h ^ (h >>> 16);
}

/** The first "@" in [from, n) of the text, or -1: sixteen bytes at a time (the buffers have slack after the text). */
function atSign<T>(from: i32, n: i32): i32 {
  let k = from;
  if (sizeof<T>() == 1) {
    const AT = i8x16.splat(64);
    for (; k + 16 <= n; k += 16) {
      const m = i8x16.bitmask(i8x16.eq(v128.load(text + <usize>k), AT));
      if (m != 0) return k + ctz(m);
    }
  } else {
    const AT = i16x8.splat(64);
    for (; k + 8 <= n; k += 8) {
      const m = i16x8.bitmask(i16x8.eq(v128.load(text + (<usize>k << 1)), AT));
      if (m != 0) return k + ctz(m);
    }
  }
  for (; k < n; k++) if (ch<T>(k) == 64) return k;
  return -1;
}

/**
 * The template of the n units of the text (written at dst, o units, ending with "\0"): addresses masked as "@" and
 * runs with digits or ids as "#", as replyTemplate of src/core/template.ts does. The walk reads only ASCII: every
 * byte of a multi-byte UTF-8 character, like every non-ASCII code unit, is of class 0.
 */
function walkTemplate<T>(n: i32): void {
  let kept = 0;
  let lastMask = -1;
  let floor = 0;
  let at = atSign<T>(0, n);
  let seg = 0;
  for (;;) {
    let end = n;
    let resume = n;
    while (at >= 0) {
      let a = at;
      while (a > floor && (cls(ch<T>(a - 1)) & LOCAL) != 0) a--;
      let b = at + 1;
      while (b < n && (cls(ch<T>(b)) & DOMAIN) != 0) b++;
      const masked = a < at && b > at + 1;
      at = atSign<T>(b, n);
      if (masked) { end = a; resume = b; floor = b; break; }
    }
    const endChar: u32 = end < n ? 64 : NONE;
    let i = seg;
    while (i < end) {
      const c = ch<T>(i);
      if ((cls(c) & WORD) == 0) { i++; continue; }
      let j = i;
      let digits: u32 = 0;
      let upper: u32 = 0;
      let turns: u32 = 0;
      let prevLower: u32 = 0;
      // Without branches on the class (they mispredict): a digit leaves prevLower as it was.
      while (j < end) {
        const k = cls(ch<T>(j));
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
        const before: u32 = i == 0 ? 32 : i == seg ? 64 : ch<T>(i - 1);
        const next: u32 = j < end ? ch<T>(j) : endChar;
        if (len == 1 && (c == 50 || c == 52 || c == 53) && before != 46 && !isDigit(before) && next == 46) {
          let q0 = j + 1;
          let q = q0;
          while (q < end && q - q0 < 4 && isDigit(ch<T>(q))) q++;
          if (q - q0 >= 1 && q - q0 <= 3 && q < end && ch<T>(q) == 46) {
            q0 = q + 1;
            q = q0;
            while (q < end && q - q0 < 3 && isDigit(ch<T>(q))) q++;
            const after: u32 = q < end ? ch<T>(q) : endChar;
            if (q > q0 && after != 46 && !isDigit(after)) { j = q; keep = true; }
          }
        } else if (len == 3 && digits == 3 && (c == 52 || c == 53) && (before == 32 || before == 40 || before == 58 || before == 61 || before == 34 || before == 39 || before == 45 || i == 0)) {
          const after: u32 = j + 1 < end ? ch<T>(j + 1) : endChar;
          keep = j == n || next == 32 || (next == 45 && (after == 32 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)
            || (after >= 50 && after <= 53 && (j + 2 < end ? ch<T>(j + 2) : endChar) == 46)));
        }
      } else if ((len >= 6 && turns >= 2 && <i32>upper * 4 >= len) || (len >= 5 && lastMask == i - 1 && i > seg && (ch<T>(i - 1) == 45 || ch<T>(i - 1) == 95))) {
        keep = false;
      }
      if (!keep) {
        append<T>(kept, i, 35); // "#"
        kept = j;
        lastMask = j;
      }
      i = j;
    }
    if (end == n) break;
    append<T>(kept, end, 64); // "@"
    kept = resume;
    seg = resume;
  }
  append<T>(kept, n, 0); // "\0"
}

/**
 * templateKey(text, extra) of src/core/template.ts: the text is n code units at p, the extra string follows it;
 * the template, "\0" and the extra string are written after them (room for n + extraLen + 5 more units), then hashed.
 */
export function templateKey(p: usize, n: i32, extraLen: i32): f64 {
  text = p;
  dst = p + (<usize>(n + extraLen) << 1);
  o = 0;
  walkTemplate<u16>(n);
  copyUnits(dst + (<usize>o << 1), p + (<usize>n << 1), extraLen);
  return hashWords(dst, <usize>(o + extraLen) << 1, o + extraLen);
}

/**
 * hashKey (n code units at q) and hashBytes (n bytes at q) of src/core/template.ts: four bytes
 * a step, the rest (a code unit, or up to three bytes) as one little-endian word; n is mixed in at the end.
 */
function hashWords(q: usize, bytes: usize, n: i32): f64 {
  let a: u32 = 0x811c9dc5;
  let b: u32 = 0x2545f491;
  const end = q + bytes;
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

// ---- the same template over UTF-8 bytes, for the walk (asm/scan.ts) ------------------------------------------------
// A reply's bytes in the read buffer, walked where they are: the template is written at `out`, then hashed four
// bytes a step (hashBytes; src/core/template.ts, byteTemplateKey, is the reference). The walk reads only ASCII
// (every byte of a multi-byte character is of class 0, as its code unit is in UTF-16), so the byte template of
// valid UTF-8 is the UTF-8 of replyTemplate's string, and two replies share a byte key when their templates are
// equal; invalid sequences, which decode to U+FFFD, are kept as they are (a key finer than the string's).

/** The bytes' template as templateKey walks the units, without the extra string: written at out (n + 16 bytes of room), then hashed. */
export function byteTemplateKey(p: usize, n: i32, out: usize): f64 {
  text = p;
  dst = out;
  o = 0;
  walkTemplate<u8>(n); // no extra string: the collector keys it apart
  return hashWords(dst, <usize>o, o);
}

