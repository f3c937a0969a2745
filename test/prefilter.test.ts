/**
 * The rules' literal prefilters (src/core/prefilter.ts) never keep a rule from a text it matches: on every corpus line,
 * every rule example and their upper-case forms, each rule's expression and what the prefiltered set gives to try
 * agree; the case folding agrees with ECMAScript's Canonicalize on the whole BMP.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { FOLD_FIX, foldText, PrefilteredSet } from '../src/core/prefilter.js';
import { prefilterOf, prefilters } from '../src/core/prefilter-table.js';
import { RULES } from '../src/core/rules.js';

const dir = path.join(import.meta.dirname, 'fixtures', 'corpus');
const corpus = readdirSync(dir).filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { line: string }).line));
const examples = RULES.flatMap((r) => r.examples.map((e) => (typeof e === 'string' ? e : e.text)));

function literals(re: RegExp): string[] {
  return (prefilterOf(re) ?? []).flatMap((p) => p[2] ?? []);
}

/** The texts on which the prefiltered set and the plain expressions disagree (at most a few, for the message). */
function disagreements(exprs: (RegExp | undefined)[], texts: string[], set = new PrefilteredSet(exprs, prefilters(exprs))): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const tried = new Map(set.candidates(foldText(text)).map((c) => [c.index, c.re]));
    exprs.forEach((re, i) => {
      if (!re) return;
      const got = tried.has(i) ? tried.get(i)!.test(text) : false;
      if (got !== re.test(text) && out.length < 5) out.push(`${re.source.slice(0, 60)} on ${JSON.stringify(text).slice(0, 120)}`);
    });
  }
  return out;
}

describe('literal prefilters', () => {
  test('finds the literals a match must hold, and none where a pattern tells none', () => {
    expect(literals(/mailbox (?:is )?full/i)).toEqual(['mailbox ']);
    expect(literals(/box (?:is )?full/i)).toEqual(['box full', 'box is full']);
    expect(literals(/\b550 5\.7\.1\b|relay (?:access )?denied/i)).toEqual(['550 5.7.1', 'relay denied', 'relay access denied']);
    // Each alternative of a top-level alternation is a part of its own.
    expect(prefilterOf(/quota exceeded|over ?quota/i)!.map((p) => p[2])).toEqual([['quota exceeded'], ['overquota', 'over quota']]);
    expect(literals(/[a-z]+@\d+/)).toEqual([]);
    expect(prefilterOf(/\d{3} .*/)).toEqual([[0, 8, null]]);
    // A long product of choices gives way to one literal between them.
    expect(literals(/(?:hat|haben) das (?:ssl-|tls-)?zertifikat des (?:mail)?servers abgelehnt/i)).toEqual(['zertifikat des ']);
  });

  test('every rule matches the same texts behind its prefilter: corpus lines, rule examples and their upper case', () => {
    const exprs = RULES.map((r) => r.text);
    const set = new PrefilteredSet(exprs, prefilters(exprs));
    expect(corpus.length).toBeGreaterThan(8000);
    expect(disagreements(exprs, corpus, set)).toEqual([]);
    expect(disagreements(exprs, examples, set)).toEqual([]);
    expect(disagreements(exprs, examples.map((e) => e.toUpperCase()), set)).toEqual([]);
  });

  test('the built binary carries the prefilters of these rules, each for a pattern of its length (scripts/bundle.mjs)', () => {
    const bundle = readFileSync(path.join(import.meta.dirname, '..', 'dist', 'addr.cjs'), 'utf8');
    // esbuild prints the string as it likes (quotes or a template literal): it is evaluated as the bundle would.
    const m = /\bJSON_TABLE = ("(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`);/.exec(bundle);
    expect(m).not.toBeNull();
    const table = JSON.parse(runInNewContext(m![1]!) as string) as unknown[];
    const exprs = RULES.map((r) => r.text);
    expect(table).toEqual(prefilters(exprs).map((parts, i) => (parts ? [exprs[i]!.source.length, parts] : null)));
  });

  test('cuts a rule down to the alternatives a text points to, and skips rules it cannot match', () => {
    const exprs = [/mailbox full|quota exceeded|\d+ bytes|^\d+$/i, /relay denied/, undefined];
    const set = new PrefilteredSet(exprs, prefilters(exprs));
    const tried = set.candidates(foldText('452 4.2.2 Quota Exceeded for user'));
    expect(tried.map((c) => c.index)).toEqual([0, 2]);
    expect(tried[0]!.re!.source).toBe('quota exceeded|^\\d+$');
    expect(tried[1]!.re).toBeUndefined();
  });

  test('folds case as ECMAScript does for /i on the whole BMP (Greek sigma, µ, Cyrillic old forms)', () => {
    // Canonicalize (non-unicode /i): the upper case when it is one code unit and does not take a non-ASCII unit to ASCII.
    const canon = (u: number): number => {
      const up = String.fromCharCode(u).toUpperCase();
      if (up.length !== 1) return u;
      const c = up.charCodeAt(0);
      return u >= 128 && c < 128 ? u : c;
    };
    const classes = new Map<number, number[]>();
    for (let u = 0; u < 0x10000; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const c = canon(u);
      classes.set(c, [...(classes.get(c) ?? []), u]);
    }
    const fix: Record<string, string> = {};
    for (const [c, members] of classes) {
      if (new Set(members.map((u) => String.fromCharCode(u).toLowerCase())).size < 2) continue;
      for (const u of members) fix[String.fromCharCode(u)] = String.fromCharCode(c).toLowerCase();
    }
    expect(fix).toEqual(FOLD_FIX);
    // Every member of such a class matches every other under /i, and the prefilter lets it through.
    const texts = Object.keys(FOLD_FIX).map((c) => `x ${c}${c}${c} y`);
    const exprs = Object.keys(FOLD_FIX).map((c) => new RegExp(`${c}${c}${c}`, 'i'));
    expect(disagreements(exprs, texts)).toEqual([]);
    expect(new RegExp('σσσ', 'i').test('ΣΣς') && foldText('ΣΣς') === 'σσσ').toBe(true);
  });
});
