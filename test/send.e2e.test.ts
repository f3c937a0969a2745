/**
 * End to end: `addr send` and `addr log` through the built binary, against real smtp-server sandboxes on
 * loopback that capture what arrives (envelope, headers, body, attachment). Run `npm run build` first.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import path from 'node:path';
import { startSandbox, type Sandbox, type Scenario } from '../src/smtp/sandbox.js';
import { signalFromError } from '../src/core/signal.js';
import { classify } from '../src/core/classify.js';
import { refusedPort, relay, runAddr, tempDir, writeTemp, type RunResult } from './helpers.js';

const PASSWORD = 'sandbox-pass-1';
const LOGIN = 'support@example.com';
let ok: Sandbox;
const extra: Sandbox[] = [];

beforeAll(async () => {
  ok = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD });
});
afterAll(async () => {
  await Promise.all([ok?.close(), ...extra.map((s) => s.close())]);
});

function json(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

async function addr(home: string, args: string[], input?: string): Promise<RunResult> {
  return runAddr(args, { home, input });
}

/** Adds an address against a sandbox (login = the sandbox user); fails the test if it is not saved. */
async function addAddress(home: string, sb: { ports: { ssl: number }; caFile: string; host?: string }, email: string, opts: { name?: string; insecure?: boolean } = {}): Promise<void> {
  const args = ['add', '--email', email, '--login', LOGIN, '--host', sb.host ?? '127.0.0.1', '--port', String(sb.ports.ssl), '--security', 'ssl', '--password-stdin'];
  if (opts.name) args.push('--name', opts.name);
  args.push(...(opts.insecure ? ['--insecure'] : ['--ca', sb.caFile]));
  const r = await addr(home, args, `${PASSWORD}\n`);
  if (r.code !== 0) throw new Error(`addr add ${email} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
}

async function must(home: string, args: string[]): Promise<void> {
  const r = await addr(home, args);
  if (r.code !== 0) throw new Error(`addr ${args.join(' ')} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
}

/** The header block of a captured message, unfolded lines. */
function headerOf(raw: Buffer): string {
  const s = raw.toString('utf8');
  const end = s.search(/\r?\n\r?\n/);
  return (end < 0 ? s : s.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
}

function headerValue(raw: Buffer, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headerOf(raw));
  return m?.[1]?.trim();
}

describe('addr send (built binary)', () => {
  const home = tempDir();

  beforeAll(async () => {
    await addAddress(home, ok, 'support@example.com', { name: 'Acme Support' });
  });

  it('sends a message: From with the display name, the envelope, every recipient, no Bcc header, body and attachment', async () => {
    const before = ok.messages.length;
    const attachment = writeTemp(home, 'report.csv', 'id,total\n1,42\n');
    const r = await addr(home, ['send', '--json', '--from', 'support@example.com', '--to', 'anna@example.com,bob@example.com', '--to', 'carl@example.com',
      '--cc', 'dora@example.com', '--bcc', 'hidden@example.com', '--subject', 'Monthly report', '--attach', attachment], 'Hello,\nthe report is attached.\n');
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.sent).toBe(true);
    expect(out.from).toBe('support@example.com');
    expect(out.envelope.from).toBe('support@example.com');
    expect(out.envelope.to.sort()).toEqual(['anna@example.com', 'bob@example.com', 'carl@example.com', 'dora@example.com', 'hidden@example.com']);
    expect(out.rejected).toEqual([]);
    expect(out.response).toMatch(/^250 /);

    expect(ok.messages.length).toBe(before + 1);
    const m = ok.messages[ok.messages.length - 1]!;
    expect(m.from).toBe('support@example.com');
    expect(m.authUser).toBe(LOGIN);
    expect([...m.to].sort()).toEqual(['anna@example.com', 'bob@example.com', 'carl@example.com', 'dora@example.com', 'hidden@example.com']);
    expect(headerValue(m.raw, 'From')).toBe('Acme Support <support@example.com>');
    expect(headerValue(m.raw, 'To')).toBe('anna@example.com, bob@example.com, carl@example.com');
    expect(headerValue(m.raw, 'Cc')).toBe('dora@example.com');
    expect(headerValue(m.raw, 'Subject')).toBe('Monthly report');
    expect(headerValue(m.raw, 'Message-ID')).toBe(out.messageId);
    expect(headerOf(m.raw)).not.toMatch(/^Bcc:/im);
    expect(m.raw.toString()).not.toContain('hidden@example.com');
    const raw = m.raw.toString();
    expect(raw).toContain('Hello,\r\nthe report is attached.');
    expect(raw).toMatch(/Content-Disposition: attachment; filename=report\.csv/);
    expect(raw).toContain(Buffer.from('id,total\n1,42\n').toString('base64'));
  });

  it('-t: takes a whole message from stdin, envelope from its headers, sends it without the Bcc header', async () => {
    const before = ok.messages.length;
    const message = [
      'From: Acme Support <support@example.com>',
      'To: anna@example.com,',
      '  Bob <bob@example.com>',
      'Cc: carl@example.com',
      'Bcc: hidden@example.com',
      'Subject: nightly backup',
      '',
      'Backup finished: 12 GB.',
      '',
    ].join('\n');
    const r = await addr(home, ['send', '-t'], message);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sent from support@example\.com/);
    expect(ok.messages.length).toBe(before + 1);
    const m = ok.messages[ok.messages.length - 1]!;
    expect(m.from).toBe('support@example.com');
    expect([...m.to].sort()).toEqual(['anna@example.com', 'bob@example.com', 'carl@example.com', 'hidden@example.com']);
    expect(headerValue(m.raw, 'From')).toBe('Acme Support <support@example.com>');
    expect(headerOf(m.raw)).not.toMatch(/^Bcc:/im);
    expect(headerValue(m.raw, 'Message-ID')).toMatch(/^<.+@example\.com>$/);
    expect(headerValue(m.raw, 'Date')).toBeTruthy();
    expect(m.raw.toString()).toContain('Backup finished: 12 GB.');
  });

  it('-t with --from: the From header (cron: "root") is replaced by the saved address', async () => {
    const before = ok.messages.length;
    const r = await addr(home, ['send', '-t', '--from', 'support@example.com'], 'From: root (Cron Daemon)\nTo: admin@example.com\nSubject: cron\n\nout\n');
    expect(r.code).toBe(0);
    const m = ok.messages[before]!;
    expect(headerValue(m.raw, 'From')).toBe('Acme Support <support@example.com>');
    expect(m.to).toEqual(['admin@example.com']);
  });

  it('-t refuses a message whose From is not a saved address, or without recipients; nothing is sent', async () => {
    const before = ok.messages.length;
    const notSaved = await addr(home, ['send', '-t'], 'From: other@example.com\nTo: a@example.com\n\nx\n');
    expect(notSaved.code).toBe(67);
    expect(notSaved.stderr).toMatch(/other@example\.com is not a saved address/);
    const noRcpt = await addr(home, ['send', '-t'], 'From: support@example.com\nSubject: x\n\nx\n');
    expect(noRcpt.code).toBe(65);
    const mixed = await addr(home, ['send', '-t', '--to', 'a@example.com'], 'From: support@example.com\nTo: b@example.com\n\nx\n');
    expect(mixed.code).toBe(64);
    expect(ok.messages.length).toBe(before);
  });

  it('validates everything before sending: bad recipient 65, missing attachment 66, no subject 64, unknown sender 67', async () => {
    const before = ok.messages.length;
    const base = ['send', '--from', 'support@example.com', '--subject', 's', '--body', 'b'];
    expect((await addr(home, [...base, '--to', 'not an address'])).code).toBe(65);
    const missing = await addr(home, [...base, '--to', 'a@example.com', '--attach', path.join(home, 'nope.pdf')]);
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/nope\.pdf/);
    expect((await addr(home, ['send', '--from', 'support@example.com', '--to', 'a@example.com', '--body', 'b'])).code).toBe(64);
    expect((await addr(home, ['send', '--to', 'a@example.com', '--subject', 's', '--body', 'b'])).code).toBe(64);
    expect((await addr(home, ['send', '--from', 'nobody@example.com', '--to', 'a@example.com', '--subject', 's', '--body', 'b'])).code).toBe(67);
    expect(ok.messages.length).toBe(before);
  });

  it('addr log lists every attempt, newest first, with filters and --json', async () => {
    const r = await addr(home, ['log', '--json']);
    expect(r.code).toBe(0);
    const entries = json(r);
    expect(entries.length).toBe(3);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['address', 'at', 'category', 'exitCode', 'messageId', 'permanent', 'project', 'recipients', 'reply', 'result', 'stage', 'subject', 'user'].sort());
      expect(e.result).toBe('sent');
      expect(e.exitCode).toBe(0);
    }
    expect(entries[2].subject).toBe('Monthly report');
    expect(entries[2].recipients.sort()).toEqual(['anna@example.com', 'bob@example.com', 'carl@example.com', 'dora@example.com', 'hidden@example.com']);
    expect(entries[2].messageId).toBe(headerValue(ok.messages.find((m) => headerValue(m.raw, 'Subject') === 'Monthly report')!.raw, 'Message-ID'));
    expect(entries[1].subject).toBe('nightly backup');
    expect(json(await addr(home, ['log', '--json', '--limit', '1'])).length).toBe(1);
    expect(json(await addr(home, ['log', '--json', '--failed']))).toEqual([]);
    expect(json(await addr(home, ['log', '--json', '--since', '1h'])).length).toBe(3);
    expect(json(await addr(home, ['log', '--json', '--since', '2999-01-01'])).length).toBe(0);
    expect((await addr(home, ['log', '--since', 'yesterday'])).code).toBe(64);
    const table = await addr(home, ['log']);
    expect(table.stdout).toMatch(/TIME\s+ADDRESS\s+PROJECT\s+USER\s+TO\s+RESULT\s+CATEGORY\s+MESSAGE-ID\/REPLY/);
    expect(table.stdout).toMatch(/support@example\.com.*sent/);
  });
});

describe('addr send: access rules and the project default', () => {
  const home = tempDir();

  beforeAll(async () => {
    await addAddress(home, ok, 'support@example.com', { name: 'Acme Support' });
    await addAddress(home, ok, 'sales@example.com', { name: 'Acme Sales' });
    await addAddress(home, ok, 'ops@example.com');
    for (const u of ['anna', 'bob', 'carl']) await must(home, ['user', 'add', u]);
    await must(home, ['group', 'add', 'sales']);
    await must(home, ['group', 'add-member', 'sales', 'anna', 'carl']);
    for (const p of ['shop', 'other']) await must(home, ['project', 'add', p]);
    await must(home, ['bind', 'sales@example.com', '--project', 'shop']);
    await must(home, ['access', 'sales@example.com', '--allow-group', 'sales', '--deny-user', 'carl']);
    await must(home, ['bind', 'ops@example.com', '--project', 'other']);
  });

  const send = (args: string[]) => addr(home, ['send', '--to', 'client@example.com', '--subject', 'Hi', '--body', 'Hello', ...args]);

  it('refuses with exit 80 and sends nothing: bound to another project, user not allowed, user denied', async () => {
    const before = ok.messages.length;
    const bound = await send(['--from', 'ops@example.com', '--project', 'shop', '--as', 'anna']);
    expect(bound.code).toBe(80);
    expect(bound.stderr).toMatch(/anna may not send from ops@example\.com in project shop: bound to other/);

    const notAllowed = await send(['--from', 'sales@example.com', '--project', 'shop', '--as', 'bob']);
    expect(notAllowed.code).toBe(80);
    expect(notAllowed.stderr).toMatch(/bob may not send from sales@example\.com in project shop: bob is not allowed \(only groups sales\)/);

    const denied = await send(['--from', 'sales@example.com', '--project', 'shop', '--as', 'carl']);
    expect(denied.code).toBe(80);
    expect(denied.stderr).toMatch(/carl may not send from sales@example\.com.*carl is explicitly denied/);

    const deniedJson = await send(['--json', '--from', 'sales@example.com', '--project', 'shop', '--as', 'carl']);
    expect(deniedJson.code).toBe(80);
    expect(JSON.parse(deniedJson.stderr).error).toMatchObject({ kind: 'access', exitCode: 80 });

    expect(ok.messages.length).toBe(before);
  });

  it('allows what the rules allow: a group member in the bound project; without --as the access entries are not checked', async () => {
    const before = ok.messages.length;
    const r = await send(['--json', '--from', 'sales@example.com', '--project', 'shop', '--as', 'anna']);
    expect(r.code).toBe(0);
    expect(json(r).from).toBe('sales@example.com');
    const noUser = await send(['--from', 'sales@example.com', '--project', 'shop']);
    expect(noUser.code).toBe(0);
    expect(ok.messages.length).toBe(before + 2);
    expect(headerValue(ok.messages[before]!.raw, 'From')).toBe('Acme Sales <sales@example.com>');
  });

  it('without --from: a usage error when ambiguous, the only available address, then the project default', async () => {
    const before = ok.messages.length;
    const ambiguous = await send(['--project', 'shop', '--as', 'anna']);
    expect(ambiguous.code).toBe(64);
    expect(ambiguous.stderr).toMatch(/sales@example\.com/);
    expect(ambiguous.stderr).toMatch(/support@example\.com/);
    expect(ok.messages.length).toBe(before);

    // bob may not use sales@ (not in the group) and ops@ is bound to another project: support@ is the only one.
    const only = await send(['--json', '--project', 'shop', '--as', 'bob']);
    expect(only.code).toBe(0);
    expect(json(only).from).toBe('support@example.com');

    await must(home, ['project', 'default', 'shop', 'sales@example.com']);
    const byDefault = await send(['--json', '--project', 'shop', '--as', 'anna']);
    expect(byDefault.code).toBe(0);
    expect(json(byDefault).from).toBe('sales@example.com');
    expect(ok.messages[ok.messages.length - 1]!.from).toBe('sales@example.com');

    // The default is not available to bob: he still gets the only address he may use.
    const notForBob = await send(['--json', '--project', 'shop', '--as', 'bob']);
    expect(json(notForBob).from).toBe('support@example.com');
  });

  it('records refusals and sends with project and user; addr log filters them', async () => {
    const refused = json(await addr(home, ['log', '--json', '--failed']));
    expect(refused.length).toBe(4);
    for (const e of refused) {
      expect(e).toMatchObject({ result: 'refused', stage: 'access', exitCode: 80, project: 'shop', messageId: null });
      expect(e.recipients).toEqual(['client@example.com']);
    }
    expect(refused.map((e: any) => e.category).sort()).toEqual(['bound_elsewhere', 'user_denied', 'user_denied', 'user_not_allowed']);
    expect(refused.find((e: any) => e.category === 'bound_elsewhere').reply).toMatch(/anna may not send from ops@example\.com/);

    const anna = json(await addr(home, ['log', '--json', '--as', 'anna']));
    expect(anna.map((e: any) => e.result)).toEqual(['sent', 'sent', 'refused']);
    const sales = json(await addr(home, ['log', '--json', '--address', 'sales@example.com', '--project', 'shop']));
    expect(sales.every((e: any) => e.address === 'sales@example.com')).toBe(true);
    expect(sales.filter((e: any) => e.result === 'sent').length).toBe(3);
  });
});

describe('addr send: failures are diagnosed, mapped to exit codes and logged', () => {
  const home = tempDir();
  const relays: Awaited<ReturnType<typeof relay>>[] = [];
  let gone: Awaited<ReturnType<typeof refusedPort>>;
  afterAll(async () => {
    await Promise.all(relays.map((r) => r.close()));
    await gone?.release();
  });

  /**
   * `addr add` needs a passing live test, so the address is added through a relay to the ok sandbox (with
   * --insecure: the failing sandbox has another certificate), and the relay is then pointed at the failing one.
   * No port is given up and taken again.
   */
  async function failingAddress(email: string, scenario: Scenario): Promise<void> {
    const r = await relay(ok.ports.ssl);
    relays.push(r);
    await addAddress(home, { ports: { ssl: r.port }, caFile: ok.caFile }, email, { insecure: true });
    const failing = await startSandbox({ scenario, user: LOGIN, password: PASSWORD });
    extra.push(failing);
    r.to(failing.ports.ssl);
  }

  beforeAll(async () => {
    await failingAddress('spam@example.com', 'spam');
    await failingAddress('auth@example.com', 'auth-fail');
    await failingAddress('slow@example.com', 'greeting-timeout');
    // A server that is gone: the sandbox listens on a port of the suite's own while the address is added, then stops.
    gone = await refusedPort();
    const once = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD, host: gone.host, sslPort: gone.port });
    try {
      await addAddress(home, { ports: { ssl: gone.port }, caFile: once.caFile, host: gone.host }, 'gone@example.com', { insecure: true });
    } finally {
      await once.close();
    }
    // Saved with --ca of one certificate; the server now presents another: verification must fail.
    // (The first sandbox stays up until the end: the saved --ca is its certificate file.)
    const first = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD });
    extra.unshift(first);
    const r = await relay(first.ports.ssl);
    relays.push(r);
    await addAddress(home, { ports: { ssl: r.port }, caFile: first.caFile }, 'pinned@example.com');
    const other = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD });
    extra.push(other);
    r.to(other.ports.ssl);
  });

  const send = (from: string, args: string[] = []) => addr(home, ['send', '--from', from, '--to', 'client@example.com', '--subject', 'Hi', '--body', 'Hello', ...args]);

  it('a spam rejection at RCPT TO: the diagnosis on stderr, permanent, exit 69', async () => {
    const r = await send('spam@example.com');
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/failed at RCPT TO/);
    expect(r.stderr).toMatch(/550 5\.7\.1 This message was classified as spam/);
    expect(r.stderr).toMatch(/Category: spam_rejected \(permanent/);
    expect(r.stderr).toMatch(/Remedy:/);
    const j = await send('spam@example.com', ['--json']);
    expect(j.code).toBe(69);
    expect(json(j)).toMatchObject({ sent: false, exitCode: 69, failure: { stage: 'rcpt', responseCode: 550 }, diagnosis: { category: 'spam_rejected', permanent: true } });
    expect(extra[0]!.messages.length).toBe(0);
  });

  it('a refused login: auth_failed, exit 77', async () => {
    const r = await send('auth@example.com', ['--json']);
    expect(r.code).toBe(77);
    expect(json(r)).toMatchObject({ sent: false, exitCode: 77, failure: { stage: 'auth' }, diagnosis: { category: 'auth_failed' } });
  });

  it('no greeting: greeting_timeout, temporary, exit 75', async () => {
    const r = await send('slow@example.com', ['--greeting-timeout', '1s']);
    expect(r.code).toBe(75);
    expect(r.stderr).toMatch(/Category: greeting_timeout \(temporary/);
    expect(r.stderr).toMatch(/try again later/);
  });

  it('a closed port: connection_refused, temporary (the server may be down), exit 75', async () => {
    const r = await send('gone@example.com', ['--json']);
    expect(r.code).toBe(75);
    expect(json(r)).toMatchObject({ sent: false, failure: { stage: 'connect', originalCode: 'ECONNREFUSED' }, diagnosis: { category: 'connection_refused' } });
  });

  it('verifies TLS as saved: another certificate than the trusted CA is certificate_invalid, exit 76, nothing sent', async () => {
    const r = await send('pinned@example.com');
    expect(r.code).toBe(76);
    expect(r.stderr).toMatch(/failed at TLS/);
    expect(r.stderr).toMatch(/Category: certificate_invalid/);
    expect(extra[extra.length - 1]!.messages.length).toBe(0);
  });

  it('addr log shows every failed attempt with stage, category, permanence and exit code', async () => {
    const entries = json(await addr(home, ['log', '--json', '--failed']));
    expect(entries.length).toBe(6);
    const by = (a: string) => entries.filter((e: any) => e.address === a);
    expect(by('spam@example.com')).toHaveLength(2);
    expect(by('spam@example.com')[0]).toMatchObject({ result: 'failed', stage: 'rcpt', category: 'spam_rejected', permanent: true, exitCode: 69 });
    expect(by('spam@example.com')[0].reply).toMatch(/^550 5\.7\.1/);
    expect(by('spam@example.com')[0].messageId).toMatch(/^<.+@example\.com>$/);
    expect(by('auth@example.com')[0]).toMatchObject({ stage: 'auth', category: 'auth_failed', exitCode: 77 });
    expect(by('slow@example.com')[0]).toMatchObject({ stage: 'greeting', category: 'greeting_timeout', permanent: false, exitCode: 75 });
    expect(by('gone@example.com')[0]).toMatchObject({ stage: 'connect', category: 'connection_refused', exitCode: 75 });
    expect(by('pinned@example.com')[0]).toMatchObject({ stage: 'tls', category: 'certificate_invalid', exitCode: 76 });
    const table = await addr(home, ['log', '--failed']);
    expect(table.stdout).toMatch(/spam@example\.com.*failed\s+spam_rejected/);
  });

  it('addr diagnose --sent analyses the failed attempts with the same classifier, grouped by category', async () => {
    const r = await addr(home, ['diagnose', '--sent', '--json']);
    expect(r.code).toBe(1);
    const report = json(r);
    const count = (c: string) => report.findings.find((f: any) => f.category === c)?.count ?? 0;
    expect(count('spam_rejected')).toBe(2);
    expect(count('auth_failed')).toBe(1);
    expect(count('greeting_timeout')).toBe(1);
    expect(count('connection_refused')).toBe(1);
    expect(count('certificate_invalid')).toBe(1);
    expect(report.findings.find((f: any) => f.category === 'spam_rejected').senders).toEqual(['spam@example.com']);
    expect(report.summary.failures).toBe(6);
    const human = await addr(home, ['diagnose', '--sent', '--since', '1h']);
    expect(human.stdout).toMatch(/^spam_rejected\s+2 failures/m);
    const future = await addr(home, ['diagnose', '--sent', '--since', '2999-01-01']);
    expect(future.code).toBe(0);
    expect(future.stdout).toMatch(/No failures found/);
  });
});

describe('signalFromError (nodemailer error → failure signal)', () => {
  it('maps commands to stages and keeps the reply code', () => {
    const rcpt = signalFromError({ message: "Can't send mail - all recipients were rejected: 550 5.7.1 spam", code: 'EENVELOPE', response: '550 5.7.1 spam', responseCode: 550, command: 'RCPT TO' });
    expect(rcpt).toEqual({ stage: 'rcpt', signal: { text: '550 5.7.1 spam', code: 550, stage: 'rcpt', errorCode: 'EENVELOPE' } });
    expect(signalFromError({ message: 'Invalid login: 535 no', code: 'EAUTH', response: '535 no', responseCode: 535, command: 'AUTH PLAIN' }).stage).toBe('auth');
    expect(signalFromError({ message: 'x', code: 'EENVELOPE', response: '553 no', responseCode: 553, command: 'MAIL FROM' }).stage).toBe('mail');
    expect(signalFromError({ message: 'Message failed: 554 no', code: 'EMESSAGE', response: '554 no', responseCode: 554, command: 'DATA' }).stage).toBe('data');
  });

  it('uses Node\'s original code and the timeout type', () => {
    const refused = signalFromError({ message: 'connect ECONNREFUSED 127.0.0.1:1', code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' });
    expect(refused.signal).toMatchObject({ stage: 'connect', errorCode: 'ECONNREFUSED' });
    expect(classify(refused.signal, { host: '127.0.0.1', port: 1 }).category).toBe('connection_refused');
    const greeting = signalFromError({ message: 'Greeting never received', code: 'ETIMEDOUT', command: 'CONN', timeoutType: 'GREETING_TIMEOUT' });
    expect(greeting.signal).toMatchObject({ stage: 'greeting', timeout: 'greeting' });
    expect(classify(greeting.signal, { port: 2525, security: 'none' }).category).toBe('greeting_timeout');
    const wrong = signalFromError({ message: 'C0B2:error:0A00010B:SSL routines:ssl3_get_record:wrong version number', code: 'ESOCKET', command: 'CONN' });
    expect(wrong.signal).toMatchObject({ stage: 'tls', errorCode: 'ERR_SSL_WRONG_VERSION_NUMBER' });
    expect(classify(wrong.signal, { port: 587, security: 'ssl' }).category).toBe('wrong_security_mode');
    const cert = signalFromError({ message: 'self-signed certificate', code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT', command: 'CONN' });
    expect(cert.stage).toBe('tls');
    expect(classify(cert.signal, {}).category).toBe('certificate_invalid');
    const dns = signalFromError({ message: 'getaddrinfo ENOTFOUND smtp.nowhere.invalid', code: 'EDNS', originalCode: 'ENOTFOUND', command: 'CONN' });
    expect(dns.stage).toBe('dns');
  });
});
