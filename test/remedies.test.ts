// Remedies are written from what the input knows and read as whole sentences when it knows nothing.
import { describe, expect, test } from '@jest/globals';
import { classifyDetailed } from '../src/core/classify.js';
import { CATEGORIES, type SenderContext } from '../src/core/diagnosis.js';
import { ENHANCED, REPLY_CODES, RULES, PROVIDER_FINGERPRINTS, type Example } from '../src/core/rules.js';

const examples: Example[] = [...RULES, ...ENHANCED, ...REPLY_CODES].flatMap((r) => r.examples);
const contexts: Array<SenderContext | undefined> = [
  undefined,
  { email: 'billing@shop.example', username: 'billing@shop.example', host: 'smtp.shop.example', port: 587, security: 'starttls' },
  { email: 'a@gmail.com', username: 'a@gmail.com', host: 'smtp.gmail.com', port: 465, security: 'ssl', preset: 'gmail' },
];

/** What a remedy or cause must never contain: a placeholder, a hole, a sentence that stops short, one name where two were meant. */
const BROKEN = [/<[a-z][a-z ]*>/i, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, / {2}/, / [.,;:]/, /\(\s*\)/, /now using the SMTP server/, /\$\{/, /(\b[\w.-]+\.[a-z]{2,}\b)[^()]* \(now \1\)/,
  /\b(\S+@[\w.-]+\w)\b[^.]*"Send As" on \1\b/, /send from (\S+@[\w.-]+\w), (?:or )?log in as \1\b/];

describe('remedies', () => {
  test('every example, with no context, a custom server and a Gmail account: no placeholder, no broken sentence', () => {
    const bad: string[] = [];
    for (const e of examples) {
      for (const context of contexts) {
        const signal = typeof e === 'string' ? { text: e } : { ...e };
        for (const sender of [undefined, 'news@shop.example']) {
          const d = classifyDetailed({ ...signal, sender }, context ?? (typeof e === 'string' ? undefined : e.context)).diagnosis;
          for (const [what, text] of [['cause', d.cause], ['remedy', d.remedy]] as const) {
            const hit = BROKEN.find((re) => re.test(text));
            if (hit || !/[.)]$/.test(text.trim()) || !/^[A-Z`"(0-9]/.test(text)) bad.push(`${d.category} ${what}: ${text}`);
          }
        }
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  test('a listing: Microsoft\'s own list is delisted at sender.office.com, a public list its servers quote at that list', () => {
    const own = classifyDetailed({ text: "550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)." }).diagnosis;
    expect(own).toMatchObject({ category: 'blacklisted', provider: 'microsoft' });
    expect(own.remedy).toMatch(/sender\.office\.com/);
    const spamhaus = classifyDetailed({ text: '550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7 AS(1450) [BN8NAM12FT033.eop-nam12.prod.protection.outlook.com]' }).diagnosis;
    expect(spamhaus).toMatchObject({ category: 'blacklisted', provider: 'microsoft' });
    expect(spamhaus.remedy).toMatch(/^Look 198\.51\.100\.7 and the sending domain up at Spamhaus/);
    expect(spamhaus.remedy).not.toMatch(/sender\.office\.com/);
    expect(spamhaus.links).toContain('https://check.spamhaus.org/');
    const zone = classifyDetailed({ text: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.example-rbl.net; see https://example-rbl.net AS(1430) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]' }).diagnosis;
    expect(zone.remedy).toMatch(/at the list the reply names \(bl\.example-rbl\.net\)/);
  });

  test('Gmail named as the receiver in its reply is Gmail, without gsmtp', () => {
    const d = classifyDetailed({ text: '550 5.7.1 [198.51.100.7 19] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.' }).diagnosis;
    expect(d).toMatchObject({ category: 'spam_rejected', provider: 'gmail' });
    expect(classifyDetailed({ text: '550 5.7.1 We do not accept mail forwarded from gmail.com accounts' }).diagnosis.provider).not.toBe('gmail');
  });

  test('every category is reachable by some rule example', () => {
    const seen = new Set(examples.map((e) => classifyDetailed(typeof e === 'string' ? { text: e } : e, typeof e === 'string' ? undefined : e.context).diagnosis.category));
    expect(CATEGORIES.filter((c) => !seen.has(c))).toEqual([]);
  });

  test('the sender\'s domain and our sending IP reach the remedy', () => {
    const spf = classifyDetailed({ text: '550 5.7.23 SPF validation failed', sender: 'news@shop.example' }).diagnosis;
    expect(spf.remedy).toContain('dig +short TXT shop.example');
    const ptr = classifyDetailed({ text: 'host mx.example.org[198.51.100.7] said: 550 5.7.25 [203.0.113.10] no PTR record (in reply to end of DATA command)' }).diagnosis;
    expect(ptr.remedy).toContain('203.0.113.10');
    expect(ptr.remedy).not.toContain('198.51.100.7');
    expect(PROVIDER_FINGERPRINTS.length).toBeGreaterThan(10);
  });

  test.each([
    ['550 invalid helo given', /smtp_helo_name/],
    ['554 5.7.1 Error: open resolver; https://www.spamhaus.org/returnc/pub/', /Nothing of ours is listed/],
    ['552 5.7.0 This message was blocked because its content presents a potential security issue: banned attachment', /Remove or replace the blocked attachment/],
    ['451 4.4.7 Delivery time expired', /earlier deferred attempts/],
    ['452 4.5.3 <jane@example.org>', /Split the recipients/],
    ['553 5.1.8 <a@example>', /real, existing address/],
    ['450 4.1.8 <a@nodomain.example>: Sender address rejected: Domain not found', /dig \+short MX/],
    ['530 5.7.0 Authentication required', /Log in before sending/],
    ['450 4.2.1 The user you are trying to contact is receiving mail too quickly. - gsmtp', /Nothing is wrong on the sending side/],
    ['500 5.5.1 Invalid command', /<user@domain>/],
  ])('a rule with a cause of its own gives a remedy of its own: %s', (text, want) => {
    const d = classifyDetailed({ text }).diagnosis;
    expect(d.remedy).toMatch(want);
    expect(d.remedy).not.toMatch(/fix headers \(a valid From\), remove blocked attachment types/);
  });

  test('a block-list remedy sends the user to the list the reply names', () => {
    const remedy = (text: string) => classifyDetailed({ text }).diagnosis.remedy;
    expect(remedy('550 5.7.1 Service unavailable; client [203.0.113.5] blocked using b.barracudacentral.org')).toContain('Barracuda (https://www.barracudacentral.org/lookups)');
    expect(remedy('554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using bl.spamcop.net')).toContain('https://www.spamcop.net/bl.shtml');
    const unknownList = remedy('550 5.7.1 Rejected: 203.0.113.5 listed at dnsbl.example-rbl.net');
    expect(unknownList).toContain('(dnsbl.example-rbl.net)');
    expect(unknownList).toContain('203.0.113.5');
    expect(remedy('550 5.7.1 Your IP is on our block list')).toContain('https://check.spamhaus.org/');
  });
});
