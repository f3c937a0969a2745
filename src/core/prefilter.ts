/**
 * Literal prefilters for the rules' regular expressions: for a pattern, a list of strings of which every match holds at
 * least one (case-folded), found from the pattern's syntax tree in the way of RE2's and Google Code Search's prefilters.
 * A text that holds none of them cannot match, so the classifier neither runs the expression on it nor, when no text
 * ever gets that far, compiles it: compiling the ≈ 300 expressions of the rules took V8 more time than a 30 MB log's
 * other classification work. The filter only ever lets through more than the expression matches, never less; a test checks
 * that on every corpus line and every rule. Pure.
 *
 * Case: an expression with the `i` flag (and without `u`/`v`) matches a character whose upper case (ECMAScript's
 * Canonicalize) is the same; both the literals and the text are folded to lower case, and the few characters whose
 * upper case they share with others of another lower case (Greek sigma, µ, Cyrillic в/д/о/с/т/ъ/ѣ beside their old
 * forms U+1C80–U+1C88, ẛ) are folded to one representative (FOLD_FIX). An expression without `i` is filtered on the same
 * folded strings: a weaker test, still never too strict.
 */
import type { Alternative, Element, Node as ReNode, Pattern } from '@eslint-community/regexpp/ast';

/**
 * Characters folded to a representative after lower-casing: every code unit whose Canonicalize class (same upper case,
 * non-unicode `i`) holds members of different lower case, mapped to the lower case of the class's upper case. A test
 * rebuilds this table from String#toUpperCase over the whole BMP.
 */
export const FOLD_FIX: Readonly<Record<string, string>> = {
  '\u00b5': '\u03bc', '\u039c': '\u03bc', '\u03bc': '\u03bc',
  '\u0345': '\u03b9', '\u0399': '\u03b9', '\u03b9': '\u03b9', '\u1fbe': '\u03b9',
  '\u0392': '\u03b2', '\u03b2': '\u03b2', '\u03d0': '\u03b2',
  '\u0395': '\u03b5', '\u03b5': '\u03b5', '\u03f5': '\u03b5',
  '\u0398': '\u03b8', '\u03b8': '\u03b8', '\u03d1': '\u03b8',
  '\u039a': '\u03ba', '\u03ba': '\u03ba', '\u03f0': '\u03ba',
  '\u03a0': '\u03c0', '\u03c0': '\u03c0', '\u03d6': '\u03c0',
  '\u03a1': '\u03c1', '\u03c1': '\u03c1', '\u03f1': '\u03c1',
  '\u03a3': '\u03c3', '\u03c2': '\u03c3', '\u03c3': '\u03c3',
  '\u03a6': '\u03c6', '\u03c6': '\u03c6', '\u03d5': '\u03c6',
  '\u0412': '\u0432', '\u0432': '\u0432', '\u1c80': '\u0432',
  '\u0414': '\u0434', '\u0434': '\u0434', '\u1c81': '\u0434',
  '\u041e': '\u043e', '\u043e': '\u043e', '\u1c82': '\u043e',
  '\u0421': '\u0441', '\u0441': '\u0441', '\u1c83': '\u0441',
  '\u0422': '\u0442', '\u0442': '\u0442', '\u1c84': '\u0442', '\u1c85': '\u0442',
  '\u042a': '\u044a', '\u044a': '\u044a', '\u1c86': '\u044a',
  '\u0462': '\u0463', '\u0463': '\u0463', '\u1c87': '\u0463',
  '\ua64a': '\ua64b', '\ua64b': '\ua64b', '\u1c88': '\ua64b',
  '\u1e60': '\u1e61', '\u1e61': '\u1e61', '\u1e9b': '\u1e61',
};
const FIX_CHARS = new RegExp(`[${Object.keys(FOLD_FIX).join('')}]`, 'g');

/** The folded form of a text, in which the literals of a prefilter are looked for. */
export function foldText(text: string): string {
  const low = text.toLowerCase();
  return FIX_CHARS.test(low) ? low.replace(FIX_CHARS, (c) => FOLD_FIX[c]!) : low;
}

function foldChar(code: number): string {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  const low = String.fromCharCode(code).toLowerCase();
  return FOLD_FIX[low] ?? low;
}

/** At most this many strings in a set of exact strings or in a prefilter. */
const MAX_SET = 16;
/** At most this many literals in a prefilter (the rules' largest alternations list a few hundred wordings). */
const MAX_LITERALS = 1000;
/** A literal this long is selective enough: between lists of such literals the shorter list is the better. */
const GOOD_LENGTH = 8;
/** Literals shorter than this filter too little to be worth looking for. */
const MIN_LITERAL = 3;

/**
 * What a node tells: `exact`, the finite set of (folded) strings it matches, when known and small; `any`, a list of
 * literals of which each match holds one, or null when nothing is known.
 */
interface Info { exact: string[] | null; any: string[] | null }

const UNKNOWN: Info = { exact: null, any: null };
const EMPTY: Info = { exact: [''], any: null };

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * The better of two literal lists: the one whose shortest literal is longer, up to GOOD_LENGTH (longer ones are
 * selective enough), then the shorter list.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const ma = Math.min(GOOD_LENGTH, ...a.map((s) => s.length));
  const mb = Math.min(GOOD_LENGTH, ...b.map((s) => s.length));
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set of exact strings as a literal list, when each of them is long enough to look for. */
function asAny(exact: string[] | null): string[] | null {
  if (!exact || exact.length === 0) return null;
  return exact.every((s) => s.length >= MIN_LITERAL) ? exact : null;
}

function product(a: string[], b: string[]): string[] | null {
  if (b.length === 1) return a.map((x) => x + b[0]);
  if (a.length * b.length > MAX_SET) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return dedupe(out);
}

function union(infos: Info[]): Info {
  const exact = infos.every((i) => i.exact) ? dedupe(infos.flatMap((i) => i.exact!)) : null;
  let any: string[] | null = [];
  for (const i of infos) {
    const lits = better(i.any, asAny(i.exact));
    if (!lits) { any = null; break; }
    any.push(...lits);
  }
  any = any && any.length <= MAX_LITERALS ? dedupe(any) : null;
  return { exact: exact && exact.length <= MAX_SET ? exact : null, any };
}

function sequence(elements: readonly Element[]): Info {
  let run: string[] = [''];
  // The literal since the last element with more than one exact string: a candidate of a single literal.
  let fresh = '';
  let best: string[] | null = null;
  let whole = true;
  for (const el of elements) {
    // A literal character (most of a pattern) extends the run in place.
    if (el.type === 'Character' && el.value <= 0xffff) {
      const c = foldChar(el.value);
      for (let k = 0; k < run.length; k++) run[k] += c;
      fresh += c;
      continue;
    }
    const info = analyse(el);
    if (info.exact?.length === 1) fresh += info.exact[0];
    else {
      best = better(best, asAny([fresh]));
      fresh = '';
    }
    const joined = info.exact ? product(run, info.exact) : null;
    if (joined) { run = joined; continue; }
    // The run of exact strings ends here: it is one candidate, the element's own literals another.
    best = better(best, asAny(run));
    best = better(best, info.any);
    whole = false;
    run = info.exact ? [...info.exact] : [''];
  }
  best = better(best, asAny(run));
  best = better(best, asAny([fresh]));
  return { exact: whole ? run : null, any: best };
}

function analyse(node: ReNode): Info {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.length === 1 ? analyse(node.alternatives[0]!) : union(node.alternatives.map((a) => analyse(a)));
    case 'Alternative':
      return sequence((node as Alternative).elements);
    case 'Assertion':
      // ^, $, \b, \B and lookarounds match no character: ignoring what a lookaround asks for only lets more through.
      return EMPTY;
    case 'Character':
      return node.value > 0xffff ? UNKNOWN : { exact: [foldChar(node.value)], any: null };
    case 'CharacterClass': {
      if (node.negate || node.unicodeSets) return UNKNOWN;
      const out: string[] = [];
      for (const e of node.elements) {
        if (e.type === 'Character' && e.value <= 0xffff) out.push(foldChar(e.value));
        else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8 && e.max.value <= 0xffff) {
          for (let c = e.min.value; c <= e.max.value; c++) out.push(foldChar(c));
        } else return UNKNOWN;
      }
      const exact = dedupe(out);
      return exact.length > 0 && exact.length <= 8 ? { exact, any: null } : UNKNOWN;
    }
    case 'Quantifier': {
      const inner = analyse(node.element);
      if (node.min === 0) {
        return node.max === 1 && inner.exact ? { exact: dedupe(['', ...inner.exact]), any: null } : UNKNOWN;
      }
      if (node.min === node.max && inner.exact) {
        let run: string[] | null = [''];
        for (let k = 0; k < node.min && run; k++) run = product(run, inner.exact);
        if (run) return { exact: run, any: null };
      }
      return { exact: null, any: better(inner.any, asAny(inner.exact)) };
    }
    default:
      // ., \d, \w, \s, \p{…}, back-references and anything else: any string may stand there.
      return UNKNOWN;
  }
}

/**
 * The literals one of which every match of a pattern holds (folded as foldText folds), from its syntax tree,
 * or null when the pattern tells none (it may then match any text).
 */
function literalsOf(pattern: ReNode): string[] | null {
  const info = analyse(pattern);
  const lits = better(info.any, asAny(info.exact));
  return lits && lits.length > 0 ? minimal(lits) : null;
}

/** The literals without those that hold a shorter one of the list (a text that holds them holds it too). */
function minimal(lits: string[]): string[] {
  const out: string[] = [];
  for (const s of [...lits].sort((a, b) => a.length - b.length)) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

/**
 * One top-level alternative of a pattern: where it stands in the source, and its literals (null: none known, the
 * alternative is always tried). A pattern `a|b|c` matches a text exactly when one of its alternatives does, so a text
 * is tried against only the alternatives whose literals it holds, joined again (the rules' patterns have no
 * back-references, whose group numbers this would shift; a pattern with one is kept whole).
 */
export type Part = readonly [start: number, end: number, literals: readonly string[] | null];

/** The parts of a pattern: its top-level alternatives, or the whole pattern as one part. */
export function partsOf(pattern: Pattern): Part[] {
  if (pattern.alternatives.length < 2 || /\\[1-9]|\\k</.test(pattern.raw)) return [[pattern.start, pattern.end, literalsOf(pattern)]];
  return pattern.alternatives.map((a) => [a.start, a.end, literalsOf(a)] as const);
}

/** The trie holds the first this many code units of each literal (a sixth of the nodes of whole literals). */
const TRIE_DEPTH = 6;

/** Sub-patterns kept at most (a hostile log could ask for many subsets of the big rules). */
const MAX_SUBPATTERNS = 4096;

/**
 * The rules' expressions behind their literal prefilters: for a text, which expressions can match it, each cut down to
 * the alternatives whose literals the text holds. The literals are found in one walk of the text through a trie of
 * their heads (from each position, as far as the text follows a head's path; the rest of a longer literal compared
 * in place), their parts marked with the walk's number.
 */
export class PrefilteredSet {
  /**
   * The trie's edges: node * width + letter → node (the root is 0), where a letter is a code unit's number in the
   * literals' alphabet (1…; 0 for a code unit no literal holds), in an open-addressing table of two typed arrays
   * (`keys` holds key + 1, 0 for a free slot), at most half full.
   */
  private edgeKeys = new Int32Array(1 << 12);
  private edgeNodes = new Int32Array(1 << 12);
  private edgeCount = 0;
  private readonly letters = new Uint16Array(0x10000);
  private readonly width: number;
  /**
   * Per node, the parts (global numbers) whose literal's head ends there, with the literal when it is longer than its
   * head (TRIE_DEPTH code units): the walk then checks the rest in the text.
   */
  private readonly ends = new Map<number, { part: number; lit: string | null }[]>();
  /** Per expression, the global number of its first part. */
  private readonly base: number[] = [];
  /** Per part (global number), the walk that found one of its literals; parts without literals are always tried. */
  private readonly mark: Int32Array;
  private readonly always: Uint8Array;
  private walk = 0;
  /** Per part (global number), its expression. */
  private readonly owner: Int32Array;
  /** The expressions tried whatever the text holds: those without one or without a prefilter, or with a part without literals. */
  private readonly unfiltered: number[] = [];
  private readonly subs = new Map<string, RegExp>();

  constructor(private readonly exprs: readonly (RegExp | undefined)[], private readonly parts: readonly (readonly Part[] | null)[]) {
    let total = 0;
    let nodes = 1;
    let width = 1;
    for (const ps of parts) {
      this.base.push(total);
      total += ps?.length ?? 0;
      for (const p of ps ?? []) for (const lit of p[2] ?? []) for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        if (this.letters[c] === 0) this.letters[c] = width++;
      }
    }
    this.width = width;
    this.mark = new Int32Array(total);
    this.always = new Uint8Array(total);
    this.owner = new Int32Array(total);
    parts.forEach((ps, expr) => {
      if (!exprs[expr] || !ps || ps.some((p) => !p[2])) this.unfiltered.push(expr);
      ps?.forEach((_, j) => { this.owner[this.base[expr]! + j] = expr; });
    });
    parts.forEach((ps, expr) => ps?.forEach((p, j) => {
      const global = this.base[expr]! + j;
      if (!p[2]) { this.always[global] = 1; return; }
      for (const lit of p[2]) {
        let node = 0;
        for (let k = 0; k < Math.min(lit.length, TRIE_DEPTH); k++) {
          const key = node * width + this.letters[lit.charCodeAt(k)]!;
          let next = this.edge(key);
          if (next < 0) this.addEdge(key, (next = nodes++));
          node = next;
        }
        const end = { part: global, lit: lit.length > TRIE_DEPTH ? lit : null };
        const list = this.ends.get(node);
        if (list) list.push(end); else this.ends.set(node, [end]);
      }
    }));
  }

  /** The node an edge leads to, or -1. */
  private edge(key: number): number {
    const mask = this.edgeKeys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const stored = this.edgeKeys[slot]!;
      if (stored === 0) return -1;
      if (stored === key + 1) return this.edgeNodes[slot]!;
    }
  }

  private addEdge(key: number, node: number): void {
    if (2 * (this.edgeCount + 1) > this.edgeKeys.length) {
      const keys = this.edgeKeys;
      const nodes = this.edgeNodes;
      this.edgeKeys = new Int32Array(keys.length * 2);
      this.edgeNodes = new Int32Array(keys.length * 2);
      this.edgeCount = 0;
      for (let k = 0; k < keys.length; k++) if (keys[k] !== 0) this.addEdge(keys[k]! - 1, nodes[k]!);
    }
    const mask = this.edgeKeys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.edgeKeys[slot] !== 0) slot = (slot + 1) & mask;
    this.edgeKeys[slot] = key + 1;
    this.edgeNodes[slot] = node;
    this.edgeCount++;
  }

  /**
   * For a text (folded by foldText), the expressions that can match it, in their order: each one's index and the
   * expression to try (its own, or one cut down to the alternatives the text's literals point to). Expressions
   * without a prefilter (and places without an expression) are always listed.
   */
  candidates(folded: string): { index: number; re: RegExp | undefined }[] {
    // The walk's number marks the parts it found; before it would leave the marks' Int32 range, they start over.
    if (this.walk >= 0x3fffffff) { this.mark.fill(0); this.walk = 0; }
    const walk = ++this.walk;
    const { ends, mark, letters, width, owner, edgeKeys, edgeNodes } = this;
    const mask = edgeKeys.length - 1;
    const touched: number[] = [...this.unfiltered];
    for (let k = 0; k < folded.length; k++) {
      let node = 0;
      for (let j = k; j < folded.length; j++) {
        const letter = letters[folded.charCodeAt(j)]!;
        if (letter === 0) break;
        const key = node * width + letter;
        let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
        let stored: number;
        while ((stored = edgeKeys[slot]!) !== 0 && stored !== key + 1) slot = (slot + 1) & mask;
        if (stored === 0) break;
        const next = edgeNodes[slot]!;
        node = next;
        const found = ends.get(node);
        if (found) {
          for (const { part, lit } of found) {
            if (mark[part] !== walk && (lit === null || folded.startsWith(lit, k))) { mark[part] = walk; touched.push(owner[part]!); }
          }
        }
      }
    }
    const out: { index: number; re: RegExp | undefined }[] = [];
    let last = -1;
    for (const i of touched.sort((a, b) => a - b)) {
      if (i === last) continue;
      last = i;
      const re = this.exprs[i];
      const ps = this.parts[i];
      if (!re || !ps) { out.push({ index: i, re }); continue; }
      const base = this.base[i]!;
      const chosen: number[] = [];
      for (let j = 0; j < ps.length; j++) if (mark[base + j] === walk || this.always[base + j]) chosen.push(j);
      if (chosen.length === ps.length) { out.push({ index: i, re }); continue; }
      const key = `${i}:${chosen.join(',')}`;
      let sub = this.subs.get(key);
      if (!sub) {
        if (this.subs.size >= MAX_SUBPATTERNS) this.subs.clear();
        sub = new RegExp(chosen.map((j) => re.source.slice(ps[j]![0], ps[j]![1])).join('|'), re.flags);
        this.subs.set(key, sub);
      }
      out.push({ index: i, re: sub });
    }
    return out;
  }
}
