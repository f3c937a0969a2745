// A line reads the same whatever carried it: a container runtime's envelope, a structured logger's JSON record, a syslog
// header of an application, a logger's level, a quote in an issue or a chat. The unit cases of unwrapEnvelope and of the
// generic reader's heads, then the whole corpus read again inside each envelope (a metamorphic check: the corpus's own
// labels are not needed, only that the envelope changes nothing).
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { timeOf, unwrapEnvelope } from '../src/core/logparse/common.js';
import { repoRoot } from './helpers.js';
import { judge } from './judge.js';

describe('unwrapEnvelope', () => {
  const reply = '550 5.1.1 <jdoe@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
  test.each([
    ['Kubernetes CRI', `2026-12-03T08:01:12.123456789Z stderr F ${reply}`],
    ['CRI with an offset', `2026-12-03T08:01:12.1+01:00 stdout P ${reply}`],
    ["Docker's json-file", JSON.stringify({ log: `${reply}\n`, stream: 'stderr', time: '2026-12-03T08:01:12.1Z' })],
    ['a Markdown quote', `> ${reply}`],
    ['a nested quote', `> > ${reply}`],
    ['inline code', `\`${reply}\``],
    ['CRI around json-file', `2026-12-03T08:01:12.1Z stdout F ${JSON.stringify({ log: reply, stream: 'stdout' })}`],
  ])('%s', (_name, line) => {
    expect(unwrapEnvelope(line)).toBe(reply);
  });

  test("a structured logger's record: the message, then the error it names", () => {
    expect(unwrapEnvelope('{"level":"error","ts":1733213261.1,"caller":"mail/send.go:42","msg":"failed to send email","error":"550 5.7.1 Relaying denied"}'))
      .toBe('failed to send email: 550 5.7.1 Relaying denied');
    expect(unwrapEnvelope('{"level":50,"time":1733213261000,"msg":"send failed","err":{"type":"Error","message":"Greeting never received"}}'))
      .toBe('send failed: Greeting never received');
    expect(unwrapEnvelope('{"@t":"2026-12-03T08:01:12Z","@mt":"Failed to send {Subject}","@l":"Error","@x":"MailKit.Net.Smtp.SmtpCommandException: 5.7.60 SMTP; Client does not have permissions to send as this sender","Subject":"Invoice"}'))
      .toBe('Failed to send {Subject}: MailKit.Net.Smtp.SmtpCommandException: 5.7.60 SMTP; Client does not have permissions to send as this sender');
  });

  test('objects whose fields the readers know are left whole', () => {
    for (const line of [
      // a reply in a field of its own; a client error's code and command; an envelope; a provider's event (no message field)
      '{"level":"error","msg":"send failed","smtp_code":550,"smtp_response":"5.1.1 user unknown"}',
      '{"level":50,"msg":"mail failed","err":{"message":"connect ECONNREFUSED 203.0.113.5:465","code":"ESOCKET","command":"CONN"}}',
      '{"level":50,"msg":"mail failed","from":"info@shop.example","error":"Greeting never received"}',
      '{"event":"failed","severity":"permanent","delivery-status":{"code":550,"message":"5.1.1 The email account that you tried to reach does not exist."}}',
      '{"level":"info","msg":"message delivered","response":"250 2.0.0 OK"}',
      'not json {"msg":"x"}', '{"msg": broken', '> ', '``', '`ab`',
      '2026-12-03T08:01:12Z something else', '   indented line without a quote',
    ]) expect(unwrapEnvelope(line)).toBe(line);
  });
});

describe('the generic reader after a syslog header, a logger level and an application date', () => {
  test.each([
    // An application's syslog line: its host and tag, then the reply it logged.
    ['Dec  3 08:01:12 web01 myapp[991]: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown', 'recipient_unknown'],
    // A logger's level (Python logging, log4j/logback, Monolog) after the date.
    ['2026-12-03 08:01:12,123 INFO 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown', 'recipient_unknown'],
    ['2026-12-03 08:01:12.123 [pool-1-thread-3] WARN  c.e.mail.Mailer - 421 4.7.0 Try again later, closing connection.', 'server_temporary'],
    ['[2026-12-03 08:01:12] production.ERROR: 552 5.2.2 Mailbox full', 'mailbox_full'],
    // An application line with Exim's date format and one of Exim's words is not Exim's: read as any other.
    ['2026-12-03 08:01:12 ERROR 550 5.7.1 Message rejected due to local policy.', 'policy_rejected'],
    ['2026-12-03 08:01:12,123 ERROR Message rejected as spam by Content Filtering (in reply to end of DATA command)', 'spam_rejected'],
    // An arrow is no mark of Exim's without its message id (Exchange's "Remote server returned … -> 554 …" in a logger's line).
    ['2026-12-03 08:01:12,123 INFO 550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied', 'relay_denied'],
    // Exim's own refusal keeps its reader.
    ['2026-12-03 08:01:12 H=(spammer) [203.0.113.9] F=<a@b.example> rejected RCPT <c@d.example>: relay not permitted', 'relay_denied'],
    // The level is no failure's frame, and a DEBUG line stays a debug line.
    ['2026-12-03 08:01:12,123 ERROR Received-SPF: pass (google.com: domain of a@b.example designates 192.0.2.1 as permitted sender)', '-'],
    ['2026-12-03 08:01:12,123 DEBUG Writing Spam detail for dnsbl into /var/tmp/x', '-'],
    // A mail program keeps its tag, which the rules know it by.
    ['Feb 22 10:15:05 myhost vchkpw-pop3: vpopmail user not found nobody@example.com:172.16.0.1', 'auth_failed'],
  ])('%s', (line, category) => {
    expect(judge(line).category).toBe(category);
  });

  test('an EOF met while decoding or parsing is no lost connection', () => {
    expect(judge('Error decoding the config: EOF').category).toBe('-');
    expect(judge('{"level":"warn","msg":"Error decoding the config","error":"EOF"}').category).toBe('-');
    expect(judge('failed to parse request body: unexpected EOF').category).toBe('-');
    expect(judge('Mail Error on smtp dial: EOF').category).toBe('connection_lost');
    expect(judge('failed to send email: unexpected EOF').category).toBe('connection_lost');
  });
});

describe('the corpus read inside envelopes', () => {
  const dir = path.join(repoRoot, 'test', 'fixtures', 'corpus');
  const rows = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as { category: string; line: string }));
  // Lines the product reads right, and what it says of them.
  const right = rows.map((r) => ({ ...r, got: judge(r.line) })).filter(({ category, got }) => (category === '-' ? got.direction !== 'outbound' : got.category === category));
  const changed = (wrap: (line: string) => string, among: typeof right) => among.filter(({ line, got }) => {
    const j = judge(wrap(line));
    return j.category !== got.category || j.direction !== got.direction;
  }).map(({ line }) => wrap(line));

  test('the corpus has lines to wrap', () => {
    expect(right.length).toBeGreaterThan(6000);
  });

  // What only carries a line: nothing may change.
  test.each([
    ['Kubernetes CRI', (l: string) => `2026-12-03T08:01:12.123456789Z stderr F ${l}`],
    ['Docker compose', (l: string) => `mailer_1  | ${l}`],
    ["Docker's json-file", (l: string) => JSON.stringify({ log: `${l}\n`, stream: 'stderr', time: '2026-12-03T08:01:12.1Z' })],
    ["a structured logger's message", (l: string) => JSON.stringify({ level: 'error', time: '2026-12-03T08:01:12Z', msg: l })],
  ])('%s: no line reads otherwise', (_name, wrap) => {
    expect(changed(wrap, right)).toEqual([]);
  });

  // What frames a line with words of its own (a host and program, a level, a quote mark): at most 1.5 % read otherwise (the
  // rest are lines where the frame rightly matters, such as a smtpd line with no tag of its own under an application's tag).
  // Applied to lines that have no date of their own: a date before a dated line is no real log.
  const undated = right.filter(({ line }) => timeOf(line.trimStart()) === undefined);
  test.each([
    ["an application's syslog header", (l: string) => `Dec  3 08:01:12 web01 myapp[1234]: ${l}`],
    ['a logger level (INFO)', (l: string) => `2026-12-03 08:01:12,123 INFO ${l}`],
    ['a logger level (ERROR), thread and logger', (l: string) => `2026-12-03 08:01:12.123 [main] ERROR c.e.mail.Mailer - ${l}`],
    ["Monolog's channel and level", (l: string) => `[2026-12-03 08:01:12] production.ERROR: ${l}`],
    ['a Markdown quote', (l: string) => `> ${l}`],
    ['inline code', (l: string) => `\`${l}\``],
  ])('%s: at most 1.5 %% of lines read otherwise', (_name, wrap) => {
    const among = _name === 'a Markdown quote' || _name === 'inline code' ? right : undated;
    const n = changed(wrap, among).length;
    expect(among.length).toBeGreaterThan(3000);
    expect(n / among.length).toBeLessThanOrEqual(0.015);
  });
});

describe("the corpus's replies read inside clients' and MTAs' records", () => {
  // Each failure reply of the corpus that opens with its code ("550 5.1.1 …") and that the product reads right, printed the way a
  // client library, an MTA's delivery record or a bounce's DSN carries it: the category stays (a stage the record names may
  // rightly change a few, such as a quota at end of data). At most 1.5 % of them may read otherwise.
  const dir = path.join(repoRoot, 'test', 'fixtures', 'corpus');
  const replies = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').trim().split('\n')
    .map((l) => JSON.parse(l) as { category: string; line: string }))
    .map((r) => ({ ...r, line: r.line.trim(), m: /^([245]\d\d)[ -](.*)$/.exec(r.line.trim()) }))
    .filter((r) => r.category !== '-' && r.m !== null && r.line.length <= 400 && judge(r.line).category === r.category);
  test('the corpus has replies to wrap', () => {
    expect(replies.length).toBeGreaterThan(500);
  });
  test.each([
    ['Symfony Mailer', (c: string, _t: string, l: string) => `Expected response code "250" but got code "${c}", with message "${l}".`],
    ['Jakarta Mail', (_c: string, _t: string, l: string) => `com.sun.mail.smtp.SMTPSendFailedException: ${l}`],
    ["Python's smtplib", (c: string, t: string) => `smtplib.SMTPDataError: (${c}, b'${t.replace(/'/g, "\\'")}')`],
    ["Ruby's Net::SMTP", (_c: string, _t: string, l: string) => `Net::SMTPFatalError: ${l}`],
    ['a Go application', (_c: string, _t: string, l: string) => `failed to send email: ${l}`],
    ["a bounce's DSN", (_c: string, _t: string, l: string) => `Diagnostic-Code: smtp; ${l}`],
    ['nodemailer', (_c: string, _t: string, l: string) => `Error: Message failed: ${l}`],
    ["Postfix's delivery record", (c: string, _t: string, l: string) => `Dec  3 08:01:12 mail postfix/smtp[903]: 9A1B21C0440: to=<jdoe@contoso.com>, relay=mx.contoso.com[192.0.2.4]:25, delay=0.9, delays=0.01/0/0.3/0.5, dsn=${c[0]}.0.0, status=${c[0] === '4' ? 'deferred' : 'bounced'} (host mx.contoso.com[192.0.2.4] said: ${l} (in reply to end of DATA command))`],
  ])('%s: at most 1.5 %% read otherwise', (_name, wrap) => {
    const changed = replies.filter((r) => judge(wrap(r.m![1]!, r.m![2]!, r.line)).category !== r.category);
    expect(changed.length / replies.length).toBeLessThanOrEqual(0.015);
  });
});
