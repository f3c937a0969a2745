// A realistic mixed mail.log: brute-force logins and strangers refused by our server, our own app refused, outbound
// bounces of several causes, relay logins at two providers, greylisting later delivered, a message that expired.
import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { diagnoseInputs } from '../src/commands/diagnose.js';
import { repoRoot } from './helpers.js';

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

  test('--inbound: strangers refused and brute-force logins against our server, apart from our failures', async () => {
    const r = await diagnoseInputs([file], { inbound: true });
    expect(r.findings.map((f) => [f.direction, f.category, f.count])).toEqual([['login', 'auth_failed', 3], ['inbound', 'relay_denied', 1]]);
    expect(r.summary.notShown.outbound).toBe(10);
  });
});
