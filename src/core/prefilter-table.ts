/**
 * The rules' prefilters as the classifier gets them. Here they are worked out from the patterns when first asked for
 * (the tests and the unbundled modules); in the product's bundle this module is replaced by the table that
 * scripts/bundle.mjs works out with these same functions at build time, so the binary neither parses the ≈ 300
 * patterns at start (≈ 100 ms) nor carries the parser. Pure.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import { partsOf, type Part } from './prefilter.js';

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The parts of `re` with their literals (prefilter.ts), or null when none can be told: unicode-mode expressions with
 * `i` fold case otherwise (simple case folding).
 */
export function prefilterOf(re: RegExp): Part[] | null {
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  if (unicode && re.flags.includes('i')) return null;
  return partsOf(parser.parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') }));
}

/** The prefilter of each expression (null where none), in the order given. */
export function prefilters(exprs: readonly (RegExp | undefined)[]): (Part[] | null)[] {
  return exprs.map((re) => (re ? prefilterOf(re) : null));
}
