// A realistic mixed mail.log: brute-force logins and strangers refused by our server, our own app refused, outbound
// bounces of several causes, relay logins at two providers, greylisting later delivered, a message that expired.
import { describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diagnoseInputs } from '../src/commands/diagnose.js';
import { repoRoot, tempDir } from './helpers.js';

const file = path.join(repoRoot, 'test', 'fixtures', 'diagnose', 'mixed-mail.log');

describe('diagnose: a mixed mail.log', () => {
  test('outbound by default: one finding per cause, each with its own remedy; the rest counted as not shown', async () => {
    const r = await diagnoseInputs([file], {});
    const by = (rule: string) => r.findings.find((f) => f.rule === rule);
    expect(r.findings.every((f) => f.direction === 'outbound')).toBe(true);
    expect(r.summary.notShown).toEqual({ outbound: 0, inbound: 1, login: 3 });
    // Relay logins at Gmail and at Yandex: two findings, each with its provider's advice.
    const auth = r.findings.filter((f) => f.category === 'auth_failed');
    expect(auth.map((f) => f.provider).sort()).toEqual(['gmail', 'yandex']);
    expect(auth.find((f) => f.provider === 'gmail')!.remedy).toMatch(/myaccount\.google\.com\/apppasswords/);
    expect(auth.find((f) => f.provider === 'yandex')!.remedy).toMatch(/Yandex Mail/);
    // A Mimecast block, a sender-verify callout and a Microsoft group restriction: three causes, three remedies.
    const policy = r.findings.filter((f) => f.category === 'policy_rejected');
    expect(policy.map((f) => f.rule).sort()).toEqual(['mimecast.envelope-blocked', 'ms.group-restriction', 'sender.verify']);
    expect(new Set(policy.map((f) => f.remedy)).size).toBe(3);
    // Our own app refused by our server (a private address) is ours.
    expect(r.findings.find((f) => f.category === 'sender_not_owned')).toMatchObject({ count: 1, senders: ['ceo@shop.example'] });
    // The PTR remedy names our sending IP quoted in the reply, not the receiving MX.
    const ptr = by('ptr.text')!;
    expect(ptr.remedy).toContain('203.0.113.10');
    expect(ptr.remedy).not.toContain('142.250.102.27');
    expect(ptr.cause).toContain('203.0.113.10');
    // SPF: the sender's domain from the queue's from= line.
    expect(r.findings.find((f) => f.category === 'spf_failed')!.remedy).toContain('dig +short TXT shop.example');
  });

  test('queues: greylisting later delivered is recovered, not a failure; the expired message joins its deferral', async () => {
    const r = await diagnoseInputs([file], {});
    expect(r.findings.find((f) => f.rule === 'greylist')).toMatchObject({ count: 0, recovered: 1 });
    expect(r.findings.find((f) => f.category === 'connection_timeout')).toMatchObject({ count: 2, expired: 1 });
    expect(r.summary.recovered).toBe(1);
    expect(r.summary.failures).toBe(10);
  });

  test('queues: a message whose retries got different causes (a block list quoting another of our IPs each time) is recovered whole when delivered', async () => {
    const dir = tempDir('addr-mixed-');
    try {
      const log = path.join(dir, 'mail.log');
      const deferral = (t: string, ip: string) => `Mar  3 ${t} mx1 postfix/smtp[2301]: 7F1E2D3C4B: to=<li@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=5, delays=0.1/0/0.5/4, dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.7] said: 450 4.7.1 Service unavailable; Client host [${ip}] blocked using zen.spamhaus.org (in reply to RCPT TO command))`;
      writeFileSync(log, [
        'Mar  3 10:00:00 mx1 postfix/qmgr[2300]: 7F1E2D3C4B: from=<news@shop.example>, size=2048, nrcpt=1 (queue active)',
        deferral('10:00:05', '203.0.113.10'),
        deferral('10:10:05', '203.0.113.11'),
        deferral('10:20:05', '203.0.113.10'),
        'Mar  3 10:30:05 mx1 postfix/smtp[2301]: 7F1E2D3C4B: to=<li@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1800, delays=1795/0/0.5/4, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9A8B7C)',
        '',
      ].join('\n'));
      const r = await diagnoseInputs([log], {});
      expect(r.findings.length).toBeGreaterThanOrEqual(2); // one finding per sending IP quoted
      expect(r.findings.map((f) => f.count)).toEqual(r.findings.map(() => 0));
      expect(r.summary).toMatchObject({ failures: 0, recovered: 3 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('queues: an expired message joins the cause of its deferrals and counts as permanent (it was returned)', async () => {
    const r = await diagnoseInputs([], { text: [
      'Dec  1 07:09:00 relay postfix/qmgr[900]: AXgHi7JkLm: from=<alerts@acme.example>, size=2121, nrcpt=1 (queue active)',
      'Dec  1 07:09:30 relay postfix/smtp[2117]: AXgHi7JkLm: to=<p@slow.example>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.slow.example[192.0.2.80]:25: Connection timed out)',
      'Dec  3 07:09:30 relay postfix/smtp[2117]: AXgHi7JkLm: to=<p@slow.example>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.slow.example[192.0.2.80]:25: Connection timed out)',
      'Dec  6 07:09:31 relay postfix/qmgr[900]: AXgHi7JkLm: from=<alerts@acme.example>, status=expired, returned to sender',
    ].join('\n') });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ category: 'connection_timeout', count: 3, expired: 1 });
    expect(r.summary).toMatchObject({ failures: 3, permanent: 1, temporary: 2 });
  });

  test('--inbound: strangers refused and brute-force logins against our server, apart from our failures', async () => {
    const r = await diagnoseInputs([file], { inbound: true });
    expect(r.findings.map((f) => [f.direction, f.category, f.count])).toEqual([['login', 'auth_failed', 3], ['inbound', 'relay_denied', 1]]);
    expect(r.summary.notShown.outbound).toBe(10);
    // Their advice is for the admin of our server, not the sender's "log in before sending" or "re-enter the password".
    const [login, relay] = r.findings;
    expect(login!.remedy).toMatch(/fail2ban/);
    expect(login!.remedy).not.toMatch(/addr edit/);
    expect(relay!.cause).toMatch(/Our own server refused to relay/);
    expect(relay!.remedy).not.toMatch(/Log in before sending/);
  });

  test('an inbound reject of another cause says it was our server\'s rule, keeping that rule\'s reason', async () => {
    const r = await diagnoseInputs([], { inbound: true, text: 'Mar  3 09:00:00 mx1 postfix/smtpd[2200]: NOQUEUE: reject: RCPT from unknown[185.220.101.4]: 554 5.7.1 Service unavailable; Client host [185.220.101.4] blocked using zen.spamhaus.org; from=<a@b.example> to=<info@shop.example> proto=ESMTP helo=<x>' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ direction: 'inbound', category: 'blacklisted' });
    expect(r.findings[0]!.cause).toMatch(/^Our own server refused mail from another server or client \(its reason: .*block list.*\)\.$/);
  });

  test('remedies name what the input knows: our IP quoted in a block-list reply, a login read from a Python error', async () => {
    const r = await diagnoseInputs([], { text: [
      '2024-12-01 08:07:00 1tHn3x-000AbC-1q ** max@t-online.de R=dnslookup T=remote_smtp H=mx00.t-online.de [194.25.134.8] X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<max@t-online.de>: 550 5.7.1 Mail rejected (BL). Your IP 198.51.100.23 is listed on our blocklist. See https://postmaster.t-online.de',
      "smtplib.SMTPSenderRefused: (553, b'5.7.1 <noreply@acme.example>: Sender address rejected: not owned by user info@acme.example', 'noreply@acme.example')",
    ].join('\n') });
    const listed = r.findings.find((f) => f.category === 'blacklisted')!;
    expect(listed.cause).toContain('198.51.100.23');
    expect(listed.remedy).toContain('198.51.100.23');
    expect(listed.remedy).not.toContain('194.25.134.8');
    const owned = r.findings.find((f) => f.category === 'sender_not_owned')!;
    expect(owned.remedy).toContain('The login is info@acme.example but');
    expect(owned.remedy).not.toMatch(/acme\.example'/);
  });
});
