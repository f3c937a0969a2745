import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FindingsCollector } from '../src/core/findings.js';
import { LogScanner, type LogRecord } from '../src/core/logparse/index.js';
import { byteTemplateKey, hashKey, replyTemplate, templateKey } from '../src/core/template.js';
import { readInput, wasmTemplateKey } from '../src/diagnose/read.js';
import { repoRoot } from './helpers.js';

// The decision cache of FindingsCollector is keyed by templateKey: it must be the key of replyTemplate's string
// (records share a decision exactly when their templates are equal), whether JavaScript or WebAssembly computes it.

const corpusDir = path.join(repoRoot, 'test', 'fixtures', 'corpus');
const corpusLines: string[] = readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl')).sort()
  .flatMap((f) => readFileSync(path.join(corpusDir, f), 'utf8').split('\n').filter((l) => l.trim()))
  .map((l) => (JSON.parse(l) as { line: string }).line);

/** The reply texts the collector is given for the corpus lines (what the parsers read out of each line). */
function replyTexts(lines: string[]): string[] {
  const out: string[] = [];
  const scanner = new LogScanner((r) => out.push(r.signal.text));
  for (const l of lines) scanner.push(l);
  scanner.end();
  return out;
}

/** Deterministic pseudo-random texts over an alphabet of what the walk treats apart. */
function synthetic(count: number, seed: number): string[] {
  const parts = ['a', 'q', 'B', 'Z', '0', '2', '4', '5', '9', '.', '@', '-', '_', ' ', '+', "'", '(', ':', '=', '"', '550', '451 ', '5.7.1',
    '4.2.0', '2.1.5.', 'é', 'ü', 'ß', '中', '文', 'Ж', 'щ', '\u{1F600}', '\u{1F4E7}', '\uD800', '\uDC00', 'user@example.com', 'a.b+c@d-e.f',
    '@@', 'x@', '@y', '\u0000', '\t', 'YsQvLqH', '1708000000-abcDEF'];
  let s = seed;
  const rnd = (n: number): number => { s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff; return (s >>> 8) % n; };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const len = rnd(24);
    for (let i = 0; i < len; i++) t += parts[rnd(parts.length)];
    out.push(t);
  }
  return out;
}

const EXTRAS = ['', '550\u00005.7.1\u0000rcpt\u0000\u0000\u0000', '\u0000\u0000connect\u0000ETIMEDOUT\u0000connect\u0000sales@shop.example', 'Ж@中\u{1F600}'];

const handPicked = [
  '',
  '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate. 5.7.26 https://support.google.com/mail/answer/81126 a1-20020a05600c000100b004123456789si123456wmq.2 - gsmtp',
  '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5',
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled [AM0PR01CA0001.eurprd01.prod.exchangelabs.com 2024-01-10T10:00:00.000Z 08DC0000000]',
  '550 5.7.1 Почтовый ящик переполнен, письмо для иван.петров@пример.рф отклонено (ID 12345abcDEF)',
  '550 5.7.1 邮件被拒绝：发件人 zhang.san@例子.中国 未通过 SPF 检查 5.7.23 请联系管理员 队列号 ABC123def456',
  '452 4.2.2 Mailbox full 📧📧 for ✉️ user+tag@mail.example.org — try later \uD83D',
  'a@b @c d@ e@@f g.h@i.j.k 5.7.1@x.y 2.0.0.@z 550@ 550-@ 4.4.4 550-5 550-A 550-a 550- 550',
  '5.7.1 at the start, 550 in the middle, x5.7.1, 5.7.1., 5.7.1234, 5.1234.1, .5.7.1 and 44.5.1 and _4.5.6_',
  '1708000000-abcDEF-ghiJKL_mnopq 1-abcde 2_fghij ab-cdefg SessionIdXyZaBcD Ab0 aBcDeFgHiJ',
  'x'.repeat(5000) + ' 550 5.7.1 ' + 'user@example.com '.repeat(300) + '\u{1F600}'.repeat(500),
  'Ж'.repeat(140_000) + ' 451 4.3.0 q@w.e ', // longer than the module's scratch area: hashed in JavaScript
  'a1 Bc 550 5.7.1 x@y.z '.repeat(5_950), // just fits: the template is written up to the end of the area
];

describe('templateKey', () => {
  const wasm = wasmTemplateKey();

  test('the WebAssembly module is built and gives a key function', () => {
    expect(typeof wasm).toBe('function');
  });

  test('JavaScript and WebAssembly give the key of replyTemplate on every corpus line and reply', () => {
    const texts = [...corpusLines, ...replyTexts(corpusLines)];
    expect(texts.length).toBeGreaterThan(1000);
    let checked = 0;
    for (const text of texts) {
      for (const extra of EXTRAS) {
        const reference = hashKey(`${replyTemplate(text)}\u0000${extra}`);
        const js = templateKey(text, extra);
        if (js !== reference) throw new Error(`JavaScript key differs on ${JSON.stringify(text)} + ${JSON.stringify(extra)}`);
        const w = wasm!(text, extra);
        if (w !== js) throw new Error(`WebAssembly key differs on ${JSON.stringify(text)} + ${JSON.stringify(extra)}`);
        checked += 1;
      }
    }
    expect(checked).toBe(texts.length * EXTRAS.length);
  });

  test('… and on synthetic texts: non-ASCII, Chinese, Cyrillic, emojis and lone surrogates, long texts, "@", enhanced codes', () => {
    for (const text of [...handPicked, ...synthetic(30_000, 7)]) {
      for (const extra of EXTRAS) {
        const reference = hashKey(`${replyTemplate(text)}\u0000${extra}`);
        if (templateKey(text, extra) !== reference) throw new Error(`JavaScript key differs on ${JSON.stringify(text)} + ${JSON.stringify(extra)}`);
        if (wasm!(text, extra) !== reference) throw new Error(`WebAssembly key differs on ${JSON.stringify(text)} + ${JSON.stringify(extra)}`);
      }
    }
  });

  test('the keys are numbers of 53 bits at most', () => {
    for (const text of handPicked) {
      const k = templateKey(text, '');
      expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
    }
  });

  test('distinct templates give distinct keys, equal templates equal keys (corpus and synthetic texts)', () => {
    const byKey = new Map<number, string>();
    const templates = new Set<string>();
    for (const text of [...corpusLines, ...replyTexts(corpusLines), ...synthetic(50_000, 11)]) {
      const t = replyTemplate(text);
      templates.add(t);
      const k = templateKey(text, '');
      const seen = byKey.get(k);
      if (seen !== undefined && seen !== t) throw new Error(`two templates share a key: ${JSON.stringify(seen)} and ${JSON.stringify(t)}`);
      byKey.set(k, t);
    }
    expect(byKey.size).toBe(templates.size);
    expect(templates.size).toBeGreaterThan(10_000);
  });

  test('the extra part tells keys apart: the same reply with another code or sender is another decision', () => {
    const text = '550 5.7.1 rejected';
    const keys = new Set(EXTRAS.map((e) => templateKey(text, e)));
    expect(keys.size).toBe(EXTRAS.length);
    // Masked parts only: the same template.
    expect(templateKey('550 5.1.1 <a@x.example>: unknown (id 123)', '')).toBe(templateKey('550 5.1.1 <bob@y.example>: unknown (id 98765)', ''));
    expect(templateKey('550 5.1.1 unknown', '')).not.toBe(templateKey('550 5.1.2 unknown', ''));
  });
});

describe('FindingsCollector with the WebAssembly key', () => {
  const records = (): LogRecord[] => {
    const out: LogRecord[] = [];
    const scanner = new LogScanner((r) => out.push(r));
    for (const l of corpusLines) scanner.push(l);
    scanner.end();
    return out;
  };

  test('the same findings as with the JavaScript key, in every direction', () => {
    const directions = new Set(['outbound', 'inbound', 'login'] as const);
    const js = new FindingsCollector(undefined, { directions });
    const wasm = new FindingsCollector(undefined, { directions, templateKey: wasmTemplateKey() });
    for (const r of records()) { js.add(r); wasm.add(r); }
    expect(wasm.findings().length).toBeGreaterThan(20);
    expect(wasm.findings()).toEqual(js.findings());
    expect(wasm.summary({ lines: 0, truncatedLines: 0, inputs: 1 })).toEqual(js.summary({ lines: 0, truncatedLines: 0, inputs: 1 }));
  });

  test('one reply in two directions: two findings (a decision keeps one group per direction)', () => {
    const c = new FindingsCollector(undefined, { directions: new Set(['outbound', 'inbound']), templateKey: wasmTemplateKey() });
    const signal = { text: '550 5.7.1 Relaying denied' };
    c.add({ source: 'text', line: 'out', signal, status: 'failed', direction: 'outbound' });
    c.add({ source: 'text', line: 'in', signal, status: 'failed', direction: 'inbound' });
    c.add({ source: 'text', line: 'out 2', signal, status: 'failed', direction: 'outbound' });
    const f = c.findings();
    expect(f.map((x) => [x.direction, x.count])).toEqual([['outbound', 2], ['inbound', 1]]);
  });
});

describe('byteTemplateKey: the walk keys a Postfix delivery\'s reply by the template of its bytes', () => {
  /** The (line, key) pairs the file reader hands over for a log whose delivery lines quote these replies. */
  async function walked(replies: string[], threads: '1' | '2'): Promise<Array<{ line: string; key: number | undefined }>> {
    const dir = mkdtempSync(path.join(tmpdir(), 'addr-bytekey-'));
    const before = process.env.ADDR_WALK_THREADS;
    process.env.ADDR_WALK_THREADS = threads;
    try {
      const file = path.join(dir, 'keys.log');
      writeFileSync(file, replies.map((r, i) => `Jan 10 12:00:0${i % 10} mail postfix/smtp[9]: Q${100000 + i}: to=<r${i}@x.example>, relay=mx[1.2.3.4]:25, dsn=5.0.0, status=${['bounced', 'deferred', 'expired'][i % 3]} (${r})${i % 4 === 0 ? '\r' : ''}`).join('\n'));
      const out: Array<{ line: string; key: number | undefined }> = [];
      await readInput(file, { push: (line, key) => { out.push({ line, key }); } }, () => undefined);
      return out;
    } finally {
      if (before === undefined) delete process.env.ADDR_WALK_THREADS;
      else process.env.ADDR_WALK_THREADS = before;
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test('the key of replyTemplate\'s bytes for every corpus reply and synthetic text, in one thread and in two', async () => {
    // One line each (no line breaks); the reply is what PostfixParser.delivery reads: up to the final ")" (the "\r" dropped).
    const replies = [...replyTexts(corpusLines), ...handPicked, ...synthetic(20_000, 5)].filter((t) => !/[\r\n]/.test(t) && Buffer.byteLength(t) < 60_000);
    expect(replies.length).toBeGreaterThan(20_000);
    for (const threads of ['1', '2'] as const) {
      const got = await walked(replies, threads);
      expect(got).toHaveLength(replies.length);
      got.forEach(({ line, key }, i) => {
        // The text as the line decodes (lone surrogates were written as U+FFFD), as the parser reads it.
        const text = Buffer.from(replies[i]!).toString('utf8');
        if (!line.endsWith(`(${text})`)) throw new Error(`line ${i} is not the one written`);
        if (key !== byteTemplateKey(text)) throw new Error(`the walk's key differs on ${JSON.stringify(text)} (${threads} thread(s))`);
      });
    }
  });

  test('equal templates, equal keys; distinct templates, distinct keys; and no key for a line without a reply in parentheses', async () => {
    const byKey = new Map<number, string>();
    // As a file holds them: a lone surrogate is written (and read back) as U+FFFD.
    for (const text of [...replyTexts(corpusLines), ...synthetic(30_000, 13)].map((x) => Buffer.from(x).toString('utf8'))) {
      const t = replyTemplate(text);
      const k = byteTemplateKey(text);
      const seen = byKey.get(k);
      if (seen !== undefined && seen !== t) throw new Error(`two templates share a byte key: ${JSON.stringify(seen)} and ${JSON.stringify(t)}`);
      byKey.set(k, t);
    }
    expect(byteTemplateKey('550 5.1.1 <a@x.example>: unknown (id 123)')).toBe(byteTemplateKey('550 5.1.1 <bob@y.example>: unknown (id 98765)'));
    const dir = mkdtempSync(path.join(tmpdir(), 'addr-bytekey-'));
    try {
      const file = path.join(dir, 'none.log');
      writeFileSync(file, [
        'Jan 10 12:00:01 mail postfix/smtp[9]: Q1AAAA: to=<r@x.example>, relay=none, status=bounced',
        'Jan 10 12:00:01 mail postfix/smtpd[9]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 554 5.7.1 Relay access denied',
        'Jan 10 12:00:01 app: status=bounced (550 not a Postfix line)',
      ].join('\n'));
      const keys: Array<number | undefined> = [];
      await readInput(file, { push: (_l, key) => { keys.push(key); } }, () => undefined);
      expect(keys).toEqual([undefined, undefined, undefined]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
