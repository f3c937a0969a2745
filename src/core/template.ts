/**
 * The template of a reply (addresses, ids and numbers masked) and its cache key. FindingsCollector classifies a
 * reply once per template: replyTemplate is the reference, templateKey hashes the same template without building
 * it. asm/template.ts has the same computation over UTF-16 code units (src/diagnose/read.ts, wasmTemplateKey);
 * test/template-key.test.ts checks that both give the key of the reference template.
 * Pure: no I/O, no process.
 */

// Character classes, one lookup instead of chained comparisons (a table over all UTF-16 code units).
const WORD = 1; // [0-9A-Za-z_]
const DIGIT = 2;
const UPPER = 4;
const LOWER = 8; // a-z
const LOCAL = 16; // what an address has before its "@": word, ".", "+", "-", "'"
const DOMAIN = 32; // after it: word, ".", "-"
const CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASS[c] = WORD | DIGIT | LOCAL | DOMAIN;
for (let c = 65; c <= 90; c++) CLASS[c] = WORD | UPPER | LOCAL | DOMAIN;
for (let c = 97; c <= 122; c++) CLASS[c] = WORD | LOWER | LOCAL | DOMAIN;
CLASS[95] = WORD | LOCAL | DOMAIN;
CLASS[46] = LOCAL | DOMAIN;
CLASS[45] = LOCAL | DOMAIN;
CLASS[43] = LOCAL;
CLASS[39] = LOCAL;

const isWord = (c: number): boolean => (CLASS[c]! & WORD) !== 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Addresses masked to "@": found by their "@", widened over the characters an address has (no regex). */
function maskAddresses(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) return text;
  let out = '';
  let last = 0;
  while (at >= 0) {
    let a = at;
    while (a > last && (CLASS[text.charCodeAt(a - 1)]! & LOCAL) !== 0) a--;
    let b = at + 1;
    while (b < text.length && (CLASS[text.charCodeAt(b)]! & DOMAIN) !== 0) b++;
    if (a < at && b > at + 1) { out += `${text.slice(last, a)}@`; last = b; }
    at = text.indexOf('@', b);
  }
  return out + text.slice(last);
}

/**
 * The template of a reply: what stays when addresses, ids and numbers are masked, the cache key of its decision.
 * What the rules read stays: every word, enhanced codes (5.7.26), three-digit reply codes ("550 ", "550-5.7.1").
 * Masked ("#"): every other token with a digit (IPs, times, counters, session and tracking ids) and letter tokens
 * that change case like random ids ("YsQvLqH"; "SmtpClientAuthentication" stays). One pass, no regex.
 */
export function replyTemplate(text: string): string {
  const t = maskAddresses(text);
  const n = t.length;
  let out = '';
  let last = 0;
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isWord(c)) { i++; continue; }
    let j = i;
    let digits = 0;
    let upper = 0;
    let turns = 0;
    let prevLower = false;
    while (j < n) {
      const d = t.charCodeAt(j);
      if (!isWord(d)) break;
      if (isDigit(d)) digits++;
      else if (d >= 65 && d <= 90) { upper++; if (prevLower) turns++; prevLower = false; } else prevLower = d >= 97;
      j++;
    }
    const len = j - i;
    let keep = true;
    if (digits > 0) {
      keep = false;
      const before = i === 0 ? 32 : t.charCodeAt(i - 1);
      if (len === 1 && (c === 50 || c === 52 || c === 53) && before !== 46 && !isDigit(before) && t.charCodeAt(j) === 46) {
        // An enhanced code: class.subject.detail, kept whole.
        const m = /^\.\d{1,3}\.\d{1,3}(?![\d.])/.exec(t.slice(j, j + 9));
        if (m) j += m[0].length, keep = true;
      } else if (len === 3 && digits === 3 && (c === 52 || c === 53) && (before === 32 || before === 40 || before === 58 || before === 61 || before === 34 || before === 39 || before === 45 || i === 0)) {
        // A reply code: followed by a space, or by "-" and an enhanced code or a letter.
        const next = t.charCodeAt(j);
        const after = t.charCodeAt(j + 1);
        keep = j === n || next === 32 || (next === 45 && (after === 32 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 50 && after <= 53 && t.charCodeAt(j + 2) === 46)));
      }
    } else if ((len >= 6 && turns >= 2 && upper * 4 >= len) || (len >= 5 && last === i - 1 && i > 1 && (t.charCodeAt(i - 1) === 45 || t.charCodeAt(i - 1) === 95))) {
      // A random id, or the letters of an id whose digits were just masked ("1708000000-abcDEF").
      keep = false;
    }
    if (!keep) {
      out += t.slice(last, i) + '#';
      last = j;
    }
    i = j;
  }
  return last === 0 ? t : out + t.slice(last);
}

// The key: two 32-bit hashes of the code units of `template + "\0" + extra`, taken two units (one 32-bit word) a
// step: FNV-1a's multiply and murmur2's multiply-xorshift with their own multipliers, then the number of units, each
// finished by murmur3's fmix32; 32 bits of one and 21 of the other make a number (53 bits, exact in a double). Two
// templates share a key only by a collision: with the collector's cache of at most 20,000 keys, a chance of about
// n²/2⁵⁴ ≈ 2·10⁻⁸ per run if the hashes behave as random functions. asm/template.ts computes the same.
const SEED1 = 0x811c9dc5;
const SEED2 = 0x2545f491;
const P1 = 0x01000193;
const P2 = 0x5bd1e995;

function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The two hashes of a stream of code units given in pieces: a unit left over from a piece waits for the next one. */
class UnitHash {
  private h1 = SEED1;
  private h2 = SEED2;
  private n = 0;
  private pending = -1;

  /** The units [from, to) of s. */
  run(s: string, from: number, to: number): void {
    if (from >= to) return;
    let h1 = this.h1;
    let h2 = this.h2;
    let k = from;
    if (this.pending >= 0) {
      const w = this.pending | (s.charCodeAt(k) << 16);
      h1 = Math.imul(h1 ^ w, P1);
      h2 = Math.imul(h2 ^ w, P2);
      h2 ^= h2 >>> 15;
      this.pending = -1;
      k++;
    }
    for (; k + 1 < to; k += 2) {
      const w = s.charCodeAt(k) | (s.charCodeAt(k + 1) << 16);
      h1 = Math.imul(h1 ^ w, P1);
      h2 = Math.imul(h2 ^ w, P2);
      h2 ^= h2 >>> 15;
    }
    if (k < to) this.pending = s.charCodeAt(k);
    this.h1 = h1;
    this.h2 = h2;
    this.n += to - from;
  }

  /** One unit. */
  unit(c: number): void {
    if (this.pending < 0) this.pending = c;
    else {
      const w = this.pending | (c << 16);
      this.h1 = Math.imul(this.h1 ^ w, P1);
      const h2 = Math.imul(this.h2 ^ w, P2);
      this.h2 = h2 ^ (h2 >>> 15);
      this.pending = -1;
    }
    this.n += 1;
  }

  key(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    if (this.pending >= 0) {
      h1 = Math.imul(h1 ^ this.pending, P1);
      h2 = Math.imul(h2 ^ this.pending, P2);
      h2 ^= h2 >>> 15;
    }
    return fmix(h1 ^ this.n) * 2097152 + (fmix(h2 ^ this.n) >>> 11);
  }
}

/** The key of any string, as templateKey hashes its template: templateKey(t, e) === hashKey(replyTemplate(t) + "\0" + e). */
export function hashKey(s: string): number {
  const h = new UnitHash();
  h.run(s, 0, s.length);
  return h.key();
}

/**
 * hashKey(replyTemplate(text) + "\0" + extra), without building the template: the kept runs of the text are
 * hashed where they are, a masked token or address as its one character ("#", "@"). Addresses are found as
 * maskAddresses finds them, one ahead of the word walk, which sees each as the "@" it becomes.
 */
export function templateKey(text: string, extra: string): number {
  const n = text.length;
  const h = new UnitHash();
  let kept = 0; // text[kept, …) not hashed yet
  let lastMask = -1; // end of the last masked token
  let floor = 0; // end of the last masked address (maskAddresses' `last`)
  let at = text.indexOf('@');
  let seg = 0; // the stretch between two masked addresses being walked: [seg, end)
  for (;;) {
    let end = n;
    let resume = n;
    while (at >= 0) {
      let a = at;
      while (a > floor && (CLASS[text.charCodeAt(a - 1)]! & LOCAL) !== 0) a--;
      let b = at + 1;
      while (b < n && (CLASS[text.charCodeAt(b)]! & DOMAIN) !== 0) b++;
      const masked = a < at && b > at + 1;
      at = text.indexOf('@', b);
      if (masked) { end = a; resume = b; floor = b; break; }
    }
    // What the walk reads at `end`: the "@" of the address, or nothing (past the end of the template).
    const endChar = end < n ? 64 : NaN;
    let i = seg;
    while (i < end) {
      const c = text.charCodeAt(i);
      if ((CLASS[c]! & WORD) === 0) { i++; continue; }
      let j = i;
      let digits = 0;
      let upper = 0;
      let turns = 0;
      let prevLower = 0;
      // Without branches on the class (they mispredict): a digit leaves prevLower as it was.
      while (j < end) {
        const k = CLASS[text.charCodeAt(j)]!;
        if ((k & WORD) === 0) break;
        const isUpper = (k >> 2) & 1;
        digits += (k >> 1) & 1;
        upper += isUpper;
        turns += isUpper & prevLower;
        prevLower = (prevLower & (k >> 1)) | ((k >> 3) & 1);
        j++;
      }
      const len = j - i;
      let keep = true;
      if (digits > 0) {
        keep = false;
        const before = i === 0 ? 32 : i === seg ? 64 : text.charCodeAt(i - 1);
        const next = j < end ? text.charCodeAt(j) : endChar;
        if (len === 1 && (c === 50 || c === 52 || c === 53) && before !== 46 && !isDigit(before) && next === 46) {
          // An enhanced code: "." 1-3 digits "." 1-3 digits, then neither a digit nor "." (replyTemplate's regex).
          let p = j + 1;
          let q = p;
          while (q < end && q - p < 4 && isDigit(text.charCodeAt(q))) q++;
          if (q - p >= 1 && q - p <= 3 && q < end && text.charCodeAt(q) === 46) {
            p = q + 1;
            q = p;
            while (q < end && q - p < 3 && isDigit(text.charCodeAt(q))) q++;
            const after = q < end ? text.charCodeAt(q) : endChar;
            if (q > p && after !== 46 && !isDigit(after)) { j = q; keep = true; }
          }
        } else if (len === 3 && digits === 3 && (c === 52 || c === 53) && (before === 32 || before === 40 || before === 58 || before === 61 || before === 34 || before === 39 || before === 45 || i === 0)) {
          const after = j + 1 < end ? text.charCodeAt(j + 1) : endChar;
          keep = j === n || next === 32 || (next === 45 && (after === 32 || (after >= 65 && after <= 90) || (after >= 97 && after <= 122)
            || (after >= 50 && after <= 53 && (j + 2 < end ? text.charCodeAt(j + 2) : endChar) === 46)));
        }
      } else if ((len >= 6 && turns >= 2 && upper * 4 >= len) || (len >= 5 && lastMask === i - 1 && i > seg && (text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 95))) {
        keep = false;
      }
      if (!keep) {
        h.run(text, kept, i);
        h.unit(35); // "#"
        kept = j;
        lastMask = j;
      }
      i = j;
    }
    if (end === n) break;
    h.run(text, kept, end);
    h.unit(64); // "@"
    kept = resume;
    seg = resume;
  }
  h.run(text, kept, n);
  h.unit(0); // "\0"
  h.run(extra, 0, extra.length);
  return h.key();
}

/**
 * The key asm/template.ts (byteTemplateKey) computes over a reply's UTF-8 bytes where the file reader's walk
 * finds them: the bytes of replyTemplate(text) + "\0", hashed four a step (hashBytes). Of valid UTF-8 the walk's
 * byte template is the UTF-8 of replyTemplate's string, so records share this key exactly when their templates
 * are equal (test/template-key.test.ts checks the walk's keys against this reference). No extra string: the
 * collector keeps these keys in a cache of their own, by the extra string.
 */
export function byteTemplateKey(text: string): number {
  return hashBytes(new TextEncoder().encode(`${replyTemplate(text)}\u0000`));
}

/** The hashes of hashKey over bytes: four a step (little-endian), the rest as one word, then the length. */
export function hashBytes(b: Uint8Array): number {
  let h1 = SEED1;
  let h2 = SEED2;
  const n = b.length;
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const w = b[r]! | (b[r + 1]! << 8) | (b[r + 2]! << 16) | (b[r + 3]! << 24);
    h1 = Math.imul(h1 ^ w, P1);
    h2 = Math.imul(h2 ^ w, P2);
    h2 ^= h2 >>> 15;
  }
  if (r < n) {
    let w = 0;
    for (let s = 0; r < n; r++, s += 8) w |= b[r]! << s;
    h1 = Math.imul(h1 ^ w, P1);
    h2 = Math.imul(h2 ^ w, P2);
    h2 ^= h2 >>> 15;
  }
  return fmix(h1 ^ n) * 2097152 + (fmix(h2 ^ n) >>> 11);
}
