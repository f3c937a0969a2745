// `addr diagnose` through the BUILT binary (run `npm run build` first), as a user runs it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, cpSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { repoRoot, runAddr, tempDir } from './helpers.js';

const home = tempDir('addr-diagnose-e2e-');
afterAll(() => rmSync(home, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer): string => {
  const file = path.join(home, name);
  writeFileSync(file, data);
  return file;
};
const fixture = (name: string): string => path.join(repoRoot, 'test', 'fixtures', 'diagnose', name);
/** Failures per category (a category can have several findings: one per cause). */
const categories = (stdout: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of (JSON.parse(stdout) as { findings: Array<{ category: string; count: number }> }).findings) if (f.count) out[f.category] = (out[f.category] ?? 0) + f.count;
  return out;
};

describe('addr diagnose (built binary)', () => {
  test('a Postfix log: exit 1, categories in --json', async () => {
    const r = await runAddr(['diagnose', fixture('postfix.log'), '--json'], { home });
    expect(r.code).toBe(1);
    expect(categories(r.stdout)).toEqual({ auth_failed: 2, connection_timeout: 2, blacklisted: 1, recipient_unknown: 1, sender_not_owned: 1, spam_rejected: 1, spf_failed: 1, tls_handshake_failed: 1 });
    expect(r.stderr).toBe('');
  });

  test('a clean log: exit 0', async () => {
    const file = write('clean.log', 'Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<b@x.example>, relay=mx[1.2.3.4]:25, dsn=2.0.0, status=sent (250 ok)\n');
    const r = await runAddr(['diagnose', file], { home });
    expect(r).toMatchObject({ code: 0, stdout: 'No failures found in 1 line.\n' });
  });

  test('- reads standard input', async () => {
    const r = await runAddr(['diagnose', '-', '--json'], { home, input: '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\n' });
    expect(r.code).toBe(1);
    expect(categories(r.stdout)).toEqual({ recipient_unknown: 1 });
  });

  test('--debug says which path read each input: the WebAssembly walk for a file, the stream path (the fallback) for stdin', async () => {
    const file = write('walk.log', 'Jan 10 12:00:04 mail postfix/smtp[2]: 6B1A2B3C4D: to=<x@example.org>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n');
    const r = await runAddr(['--debug', 'diagnose', file, '-'], { home, input: '452 4.2.2 Mailbox full\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: read by the WebAssembly line walk`);
    expect(r.stderr).toContain('standard input: read by the stream path (the fallback): standard input');
  });

  test('the walk hands over a status=sent line whose reply is amavis discarding the message, and no ordinary delivery', async () => {
    // The walk skips a "status=sent" line unless its queue id was deferred before; the content filter's discard reply is a trigger
    // of its own (POSTFIX_TRIGGERS' "discarded, id="), and so is smtpd's "Illegal address syntax" warning ("address syntax from ").
    // Read from a file, the report is the same as from the stream.
    const log = [
      'Jan 10 12:00:04 mx postfix/smtpd[4]: warning: Illegal address syntax from unknown[198.51.100.23] in RCPT command: <bad@@example.org>',
      'Jan 10 12:00:05 mx postfix/smtp[3]: 7C2B3D4E5F: to=<anna@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=1.1, dsn=2.7.0, status=sent (250 2.7.0 Ok, discarded, id=03991-01 - INFECTED: Eicar-Test-Signature)',
      'Jan 10 12:00:06 mx postfix/smtp[3]: 8D3C4E5F6A: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9E4D5F6A7B)',
      '',
    ].join('\n');
    const file = write('discard.log', log);
    const fromFile = await runAddr(['--debug', 'diagnose', file, '--inbound', '--json'], { home });
    expect(fromFile.stderr).toContain(`${file}: read by the WebAssembly line walk`);
    const fromStream = await runAddr(['diagnose', '-', '--inbound', '--json'], { home, input: log });
    expect(fromFile.code).toBe(1);
    const count = (stdout: string): number => (JSON.parse(stdout) as { findings: Array<{ count: number; direction?: string }> }).findings.reduce((n, f) => n + f.count, 0);
    expect(count(fromFile.stdout)).toBe(2);
    expect(count(fromStream.stdout)).toBe(2);
  });

  test('--debug says whether the walk ran in a second thread, and why not: told so, or the worker script missing (the fallback)', async () => {
    const file = write('threads.log', 'Jan 10 12:00:04 mail postfix/smtp[2]: 6B1A2B3C4D: to=<x@example.org>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n');
    const two = await runAddr(['--debug', 'diagnose', file, '--json'], { home, env: { ADDR_WALK_THREADS: '2' } });
    expect(two.stderr).toContain(`${file}: read by the WebAssembly line walk: a regular file, walked in a second thread`);
    const one = await runAddr(['--debug', 'diagnose', file, '--json'], { home, env: { ADDR_WALK_THREADS: '1' } });
    expect(one.stderr).toContain(`${file}: read by the WebAssembly line walk: a regular file, walked in this thread: ADDR_WALK_THREADS=1`);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    // An installation without dist/walk-worker.cjs: the walk stays in this thread and says why.
    const copy = path.join(home, 'no-worker');
    cpSync(path.join(repoRoot, 'bin'), path.join(copy, 'bin'), { recursive: true });
    cpSync(path.join(repoRoot, 'dist'), path.join(copy, 'dist'), { recursive: true, filter: (src) => path.basename(src) !== 'walk-worker.cjs' });
    cpSync(path.join(repoRoot, 'package.json'), path.join(copy, 'package.json'));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(copy, 'node_modules'));
    const missing = await runAddr(['--debug', 'diagnose', file, '--json'], { home, env: { ADDR_WALK_THREADS: '2' }, bin: path.join(copy, 'bin', 'addr.cjs') });
    expect(missing.stderr).toContain(`${file}: read by the WebAssembly line walk: a regular file, walked in this thread: dist/walk-worker.cjs was not found`);
    expect(JSON.parse(missing.stdout)).toEqual(JSON.parse(one.stdout));
  });

  test('--inbound shows the strangers our server refused, and exit 0 when there are none', async () => {
    const file = write('inbound.log', 'Mar  3 09:00:05 mx1 postfix/smtpd[2103]: NOQUEUE: reject: RCPT from unknown[194.169.175.2]: 554 5.7.1 <v@gmail.com>: Relay access denied; from=<s@bad.example> to=<v@gmail.com> proto=ESMTP helo=<User>\n');
    const outbound = await runAddr(['diagnose', file], { home });
    expect(outbound.code).toBe(0);
    expect(outbound.stdout).toContain('Not shown: 1 inbound reject (--inbound shows them).');
    const inbound = await runAddr(['diagnose', '--inbound', file, '--json'], { home });
    expect(inbound.code).toBe(1);
    expect(JSON.parse(inbound.stdout).findings[0]).toMatchObject({ direction: 'inbound', category: 'relay_denied' });
  });

  test('a .gz file is decompressed', async () => {
    const file = write('mail.log.2.gz', gzipSync(Buffer.from('Jan 10 12:00:03 mail postfix/smtp[3]: 6B1A2B3C4D: to=<x@example.org>, relay=mx[1.2.3.4]:25, dsn=4.4.1, status=deferred (connect to mx.example.org[203.0.113.7]:25: Connection timed out)\n')));
    const r = await runAddr(['diagnose', file, '--json'], { home });
    expect(r.code).toBe(1);
    expect(categories(r.stdout)).toEqual({ connection_timeout: 1 });
  });

  test('--text classifies one reply', async () => {
    const r = await runAddr(['diagnose', '--text', '553 5.7.1 <sales@example.com>: Sender address rejected: not owned by user support@example.com'], { home });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^sender_not_owned {2}1 failure/);
  });

  test('a missing or unreadable file: exit 66, one clear line, no stack trace', async () => {
    const missing = await runAddr(['diagnose', path.join(home, 'nope.log')], { home });
    expect(missing.code).toBe(66);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.split('\n')[0]).toBe(`addr: Cannot read ${path.join(home, 'nope.log')}: no such file.`);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const dirInput = await runAddr(['diagnose', home], { home });
    expect(dirInput.code).toBe(66);
    expect(dirInput.stderr).toContain('it is a directory');
    if (process.getuid?.() !== 0) {
      const locked = write('locked.log', 'x\n');
      chmodSync(locked, 0o000);
      const r = await runAddr(['diagnose', locked], { home });
      expect(r.code).toBe(66);
      expect(r.stderr).toContain('permission denied');
    }
  });

  test('like grep, an unreadable file among others is reported and the rest is still diagnosed (exit 66)', async () => {
    const r = await runAddr(['diagnose', fixture('postfix.log'), path.join(home, 'nope.log'), '--json'], { home });
    expect(r.code).toBe(66);
    const report = JSON.parse(r.stdout) as { summary: { inputs: number; failures: number } };
    expect(report.summary).toMatchObject({ inputs: 1, failures: 10 });
    expect(JSON.parse(r.stderr.trim())).toMatchObject({ error: { kind: 'no_input', exitCode: 66 } });
    const none = await runAddr(['diagnose', path.join(home, 'nope.log'), home], { home });
    expect(none.code).toBe(66);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no such file');
    expect(none.stderr).toContain('it is a directory');
  });

  test('credentials in a transcript never reach the output', async () => {
    const password = 'Tr0ub4dor&3-secret';
    const b64 = Buffer.from(`\0support@example.com\0${password}`).toString('base64');
    const file = write('transcript.txt', ['C: EHLO app.local', 'S: 250 AUTH PLAIN LOGIN', `C: AUTH PLAIN ${b64}`, 'S: 535 5.7.8 Error: authentication failed', ''].join('\n'));
    for (const args of [['diagnose', file], ['diagnose', file, '--json']]) {
      const r = await runAddr(args, { home });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('auth_failed');
      expect(r.stdout + r.stderr).not.toContain(password);
      expect(r.stdout + r.stderr).not.toContain(b64);
    }
  });
});

describe('addr diagnose with a saved address as context', () => {
  let sb: Sandbox;
  beforeAll(async () => { sb = await startSandbox({ scenario: 'ok', user: 'support@example.com', password: 'x' }); });
  afterAll(async () => { await sb?.close(); });

  test('the remedy names the configured login and From', async () => {
    const add = await runAddr(['add', '--email', 'sales@example.com', '--login', 'support@example.com', '--host', '127.0.0.1', '--port', String(sb.ports.ssl),
      '--security', 'ssl', '--ca', sb.caFile, '--password-stdin'], { home, input: 'x' });
    expect(add.code).toBe(0);
    // The replies do not name the login: only the saved address knows it is support@example.com.
    const file = write('app.log', [
      'Jan 10 12:07:00 mail postfix/smtpd[905]: NOQUEUE: reject: RCPT from app.local[10.0.0.5]: 553 5.7.1 <sales@example.com>: Sender address rejected: not owned by auth user; from=<sales@example.com> to=<c@client.example> proto=ESMTP helo=<app>',
      '{"code":"EENVELOPE","response":"553 5.7.1 Sender address rejected: not owned by auth user.","responseCode":553,"command":"MAIL FROM","from":"sales@example.com"}',
      '',
    ].join('\n'));
    const remedyIn = async (h: string): Promise<{ count: number; senders: string[]; remedy: string }> => {
      const r = await runAddr(['diagnose', file, '--json'], { home: h });
      expect(r.code).toBe(1);
      return (JSON.parse(r.stdout) as { findings: Array<{ category: string; count: number; senders: string[]; remedy: string }> }).findings.find((x) => x.category === 'sender_not_owned')!;
    };
    const f = await remedyIn(home);
    expect(f).toMatchObject({ count: 2, senders: ['sales@example.com'] });
    expect(f.remedy).toContain('support@example.com');
    expect(f.remedy).toContain('sales@example.com');
    const other = tempDir('addr-diagnose-e2e-empty-');
    try {
      expect((await remedyIn(other)).remedy).not.toContain('support@example.com');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
