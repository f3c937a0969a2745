// The rule data, row by row: every row of every layer decides the replies it was written for by its own id.
import { describe, expect, test } from '@jest/globals';
import { classifyDetailed } from '../src/core/classify.js';
import { CATEGORIES } from '../src/core/diagnosis.js';
import { CAUSE_WORDS, ENHANCED, REPLY_CODES, RULES, type Example } from '../src/core/rules.js';

const layers = [
  ...RULES.map((r) => ({ layer: 'rules', id: r.id, category: r.category, examples: r.examples })),
  ...CAUSE_WORDS.map((r) => ({ layer: 'cause words', id: r.id, category: r.category, examples: r.examples })),
  ...ENHANCED.map((r) => ({ layer: 'rfc3463', id: r.id, category: r.category, examples: r.examples })),
  ...REPLY_CODES.map((r) => ({ layer: 'reply codes', id: r.id, category: r.category, examples: r.examples })),
];

const signalOf = (e: Example) => (typeof e === 'string' ? { signal: { text: e }, context: undefined } : { signal: { ...e, context: undefined }, context: e.context });

describe('rule data', () => {
  test('ids are unique, categories known, and no row is without an example', () => {
    const ids = layers.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const l of layers) expect(CATEGORIES).toContain(l.category);
    expect(layers.filter((l) => l.examples.length === 0).map((l) => l.id)).toEqual([]);
  });

  test('every row decides each of its own examples by its own id (a row that shadows another is named)', () => {
    const wrong: string[] = [];
    for (const l of layers) {
      for (const e of l.examples) {
        const { signal, context } = signalOf(e);
        const got = classifyDetailed(signal, context);
        if (got.rule !== l.id) wrong.push(`${l.layer} ${l.id}: ${JSON.stringify(typeof e === 'string' ? e : e.text).slice(0, 140)} is decided by ${got.rule} (${got.diagnosis.category})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // The safety net: a reply whose words no rule knows falls to the registry row of its enhanced code (and a code
  // whose enhanced status has no row falls to its reply code). The words here mean nothing on purpose.
  test('a reply with unknown words is decided by the RFC 3463 row of its enhanced code', () => {
    const wrong: string[] = [];
    for (const row of ENHANCED) {
      const code = row.code ? ['535', '530', '550'].find((c) => row.code!.test(c))! : row.replyClass === 4 ? '451' : '550';
      const enhanced = `${code[0]}${row.enhanced.slice(1)}`;
      const text = `${code} ${enhanced} Xyzzy plugh quux`;
      const got = classifyDetailed({ text });
      if (got.rule !== row.id) wrong.push(`${text} is decided by ${got.rule}, not ${row.id}`);
    }
    expect(wrong).toEqual([]);
    expect(classifyDetailed({ text: '554 5.9.9 Xyzzy plugh quux' }).rule).toBe('class.5xx');
    expect(classifyDetailed({ text: '452 4.9.9 Xyzzy plugh quux' }).rule).toBe('class.4xx');
    expect(classifyDetailed({ text: '552 Xyzzy plugh quux' }).rule).toBe('code.552');
  });

  // Layer 4, the cause words (ported from gen2's layer 1d) outrank a generic code (x.7.1, x.4.5, 50x, the bare class) but not a specific one
  // (x.1.1, x.2.2, x.1.7), and never a rule.
  test('cause words decide over a generic code, never over a specific one', () => {
    expect(classifyDetailed({ text: '554 5.7.1 Xyzzy NXDOMAIN plugh' }).rule).toBe('words.dns');
    expect(classifyDetailed({ text: '550 Xyzzy mailbox is now disabled plugh' }).rule).toBe('words.recipient');
    expect(classifyDetailed({ text: '552 5.2.2 Xyzzy too many plugh' }).rule).toBe('rfc3463.x.2.2');
    expect(classifyDetailed({ text: '501 5.1.7 Bad address mailbox syntax' }).rule).toBe('rfc3463.x.1.7');
    expect(classifyDetailed({ text: 'Mail command failed: 550 Xyzzy mailbox is now disabled plugh' }).diagnosis.category).not.toBe('recipient_unknown');
  });
});
