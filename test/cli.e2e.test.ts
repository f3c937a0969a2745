/**
 * End to end: the built binary, spawned as a user runs it, against a real smtp-server on loopback,
 * with a real SQLite file in a temp HOME.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { spawn } from 'node:child_process';
import { binPath, childEnv, refusedPort, runAddr, tempDir, type RunResult } from './helpers.js';

let ok: Sandbox;
let authFail: Sandbox;
let notOwned: Sandbox;

beforeAll(async () => {
  [ok, authFail, notOwned] = await Promise.all([
    startSandbox({ scenario: 'ok', user: 'support@example.com', password: 'sandbox-pass-1' }),
    startSandbox({ scenario: 'auth-fail', user: 'support@example.com', password: 'sandbox-pass-1' }),
    startSandbox({ scenario: 'sender-not-owned', user: 'support@example.com', password: 'sandbox-pass-1' }),
  ]);
});
afterAll(async () => {
  await Promise.all([ok?.close(), authFail?.close(), notOwned?.close()]);
});

const dbOf = (home: string) => path.join(home, '.local', 'share', 'addr', 'addr.db');

function sslArgs(sb: Sandbox, email = 'support@example.com'): string[] {
  return ['add', '--email', email, '--name', 'Acme Support', '--host', '127.0.0.1', '--port', String(sb.ports.ssl), '--security', 'ssl', '--ca', sb.caFile, '--password-stdin'];
}

function json(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

describe('addr (built binary)', () => {
  it('prints help and version', async () => {
    const home = tempDir();
    const help = await runAddr(['--help'], { home });
    expect(help.code).toBe(0);
    for (const cmd of ['add', 'test', 'list', 'show', 'edit', 'remove', 'sandbox', 'config']) expect(help.stdout).toMatch(new RegExp(`\\n  ${cmd}\\b`));
    const version = await runAddr(['--version'], { home });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(dbOf(home))).toBe(false);
  });

  it('ends quietly when the reader of its output goes away (addr … | head)', async () => {
    const home = tempDir();
    const child = spawn(process.execPath, [binPath, '--help'], { env: childEnv(home), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before addr writes a byte
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('adds an address over implicit TLS after a passing live test, stores the password encrypted, never prints it', async () => {
    const home = tempDir();
    const add = await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1\n' });
    expect(add.stderr).not.toContain('sandbox-pass-1');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Saved support@example\.com/);
    for (const stage of ['DNS resolve', 'TCP connect', 'TLS', 'Greeting', 'EHLO', 'AUTH', 'MAIL FROM', 'RCPT TO']) expect(add.stderr).toContain(stage);

    const db = dbOf(home);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(db)).mode & 0o777).toBe(0o700);
    const key = path.join(path.dirname(db), 'addr.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(db).includes(Buffer.from('sandbox-pass-1'))).toBe(false);
    const wal = `${db}-wal`;
    if (existsSync(wal)) expect(readFileSync(wal).includes(Buffer.from('sandbox-pass-1'))).toBe(false);

    const list = await runAddr(['list', '--json'], { home });
    expect(list.code).toBe(0);
    const rows = json(list);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'support@example.com', displayName: 'Acme Support', preset: 'custom', host: '127.0.0.1', port: ok.ports.ssl, security: 'ssl', username: 'support@example.com', tlsVerify: true, hasPassword: true });
    expect(rows[0].lastTest.ok).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('sandbox-pass-1');

    const show = await runAddr(['show', 'support@example.com'], { home });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('stored, encrypted');
    expect(show.stdout + show.stderr).not.toContain('sandbox-pass-1');

    // The saved address is tested with its stored (decrypted) password, and the result is recorded.
    const test = await runAddr(['test', 'support@example.com', '--json'], { home });
    expect(test.code).toBe(0);
    expect(json(test).test.ok).toBe(true);
  });

  it('refuses a duplicate before testing', async () => {
    const home = tempDir();
    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' })).code).toBe(0);
    const again = await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' });
    expect(again.code).toBe(65);
    expect(again.stderr).toMatch(/already saved/);
  });

  it('a failed AUTH saves nothing, names the stage, quotes the server, gives the remedy, exits 77', async () => {
    const home = tempDir();
    const r = await runAddr(sslArgs(authFail), { home, input: 'wrong-password' });
    expect(r.code).toBe(77);
    expect(r.stderr).toMatch(/failed at AUTH/);
    expect(r.stderr).toContain('535 5.7.8 Error: authentication failed: Invalid user or password');
    expect(r.stderr).toMatch(/Remedy:/);
    expect(r.stderr).toMatch(/Nothing was saved/);
    expect(r.stderr).not.toContain('wrong-password');
    expect(existsSync(dbOf(home))).toBe(false);

    // With a database already there, a failed add leaves it byte for byte as it was.
    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' })).code).toBe(0);
    const before = readFileSync(dbOf(home));
    const again = await runAddr(sslArgs(authFail, 'sales@example.com'), { home, input: 'wrong-password' });
    expect(again.code).toBe(77);
    expect(readFileSync(dbOf(home)).equals(before)).toBe(true);
    expect(JSON.parse((await runAddr(['list', '--json'], { home })).stdout).map((a: any) => a.email)).toEqual(['support@example.com']);
  });

  it('gives the Gmail app-password advice when a Gmail-preset login is refused', async () => {
    const home = tempDir();
    const r = await runAddr(['add', '--preset', 'gmail', '--email', 'acme.support@gmail.com', '--host', '127.0.0.1', '--port', String(authFail.ports.ssl), '--ca', authFail.caFile, '--password-stdin', '--json'], { home, input: 'normal-google-password' });
    expect(r.code).toBe(77);
    const out = json(r);
    expect(out.saved).toBe(false);
    expect(out.test.failure.stage).toBe('auth');
    expect(['auth_failed', 'app_password_required']).toContain(out.test.diagnosis.category);
    expect(out.test.diagnosis.links.join(' ')).toContain('https://myaccount.google.com/apppasswords');
  });

  it('catches "553 5.7.1 sender not owned" at MAIL FROM before saving', async () => {
    const home = tempDir();
    const r = await runAddr([...sslArgs(notOwned, 'sales@example.com'), '--login', 'support@example.com', '--json'], { home, input: 'sandbox-pass-1' });
    expect(r.code).toBe(69);
    const out = json(r);
    expect(out.test.failure).toMatchObject({ stage: 'mail', code: 553, enhanced: '5.7.1' });
    expect(out.test.diagnosis.category).toBe('sender_not_owned');
    expect(out.test.diagnosis.remedy).toContain('support@example.com');
    expect(out.test.diagnosis.remedy).toContain('sales@example.com');
    expect(existsSync(dbOf(home))).toBe(false);
  });

  it('a failed edit leaves the saved settings and the database file byte for byte unchanged', async () => {
    const home = tempDir();
    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' })).code).toBe(0);
    const db = dbOf(home);
    const before = readFileSync(db);
    const showBefore = (await runAddr(['show', 'support@example.com', '--json'], { home })).stdout;

    const closed = await refusedPort();
    const r = await runAddr(['edit', 'support@example.com', '--host', closed.host, '--port', String(closed.port)], { home });
    await closed.release();
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/TCP connect/);
    expect(r.stderr).toMatch(/keeps its previous settings/);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect((await runAddr(['show', 'support@example.com', '--json'], { home })).stdout).toBe(showBefore);

    // A passing edit (over STARTTLS this time) is saved.
    const good = await runAddr(['edit', 'support@example.com', '--port', String(ok.ports.starttls), '--security', 'starttls'], { home });
    expect(good.code).toBe(0);
    const after = json(await runAddr(['show', 'support@example.com', '--json'], { home }));
    expect(after).toMatchObject({ port: ok.ports.starttls, security: 'starttls', hasPassword: true });
  });

  it('without a terminal a missing value is a usage error naming the flag, at once', async () => {
    const home = tempDir();
    const noPass = await runAddr(['add', '--email', 'support@example.com', '--host', '127.0.0.1'], { home, timeoutMs: 5000 });
    expect(noPass.code).toBe(64);
    expect(noPass.stderr).toMatch(/--password-stdin/);
    const noEmail = await runAddr(['add'], { home, timeoutMs: 5000 });
    expect(noEmail.code).toBe(64);
    expect(noEmail.stderr).toMatch(/--email/);
    const noHost = await runAddr(['add', '--email', 'support@acme-corp.example', '--password-env', 'P'], { home, env: { P: 'x' }, timeoutMs: 5000 });
    expect(noHost.code).toBe(64);
    expect(noHost.stderr).toMatch(/--preset|--host/);
    const rm = await runAddr(['remove', 'support@example.com'], { home, timeoutMs: 5000 });
    expect(rm.code).toBe(67);
    expect(existsSync(dbOf(home))).toBe(false);
  });

  it('rejects invalid values with exit 65 and header-injection attempts in the display name', async () => {
    const home = tempDir();
    const badEmail = await runAddr(['add', '--email', 'not-an-address', '--host', '127.0.0.1', '--password-env', 'P'], { home, env: { P: 'x' } });
    expect(badEmail.code).toBe(65);
    expect(badEmail.stderr).toMatch(/not a valid e-mail address/);
    const badPort = await runAddr(['add', '--email', 'a@example.com', '--host', '127.0.0.1', '--port', '70000', '--password-env', 'P'], { home, env: { P: 'x' } });
    expect(badPort.code).toBe(65);
    const inject = await runAddr(['add', '--email', 'a@example.com', '--name', 'Acme\r\nBcc: victim@example.com', '--host', '127.0.0.1', '--password-env', 'P'], { home, env: { P: 'x' } });
    expect(inject.code).toBe(65);
    expect(inject.stderr).toMatch(/line break/);
    expect(existsSync(dbOf(home))).toBe(false);
  });

  it('warns when the password is given on argv', async () => {
    const home = tempDir();
    const r = await runAddr([...sslArgs(ok).filter((a) => a !== '--password-stdin'), '--password', 'sandbox-pass-1'], { home });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/--password puts the password on the command line/);
  });

  it('names the wrong security mode: implicit TLS against a plain port (exit 76)', async () => {
    const home = tempDir();
    const r = await runAddr(['test', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(ok.ports.plain), '--security', 'ssl', '--password-env', 'P', '--json'], { home, env: { P: 'sandbox-pass-1' } });
    expect(r.code).toBe(76);
    const out = json(r);
    expect(out.test.failure.stage).toBe('tls');
    expect(out.test.diagnosis.category).toBe('wrong_security_mode');
    expect(existsSync(dbOf(home))).toBe(false);
  });

  it('addr test on unsaved settings writes nothing; --all tests every saved address', async () => {
    const home = tempDir();
    const unsaved = await runAddr(['test', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(ok.ports.starttls), '--security', 'starttls', '--ca', ok.caFile, '--password-env', 'P'], { home, env: { P: 'sandbox-pass-1' } });
    expect(unsaved.code).toBe(0);
    expect(unsaved.stdout).toMatch(/passed the live test/);
    expect(existsSync(dbOf(home))).toBe(false);

    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' })).code).toBe(0);
    expect((await runAddr([...sslArgs(ok, 'sales@example.com'), '--login', 'support@example.com'], { home, input: 'sandbox-pass-1' })).code).toBe(0);
    const all = await runAddr(['test', '--all', '--json'], { home });
    expect(all.code).toBe(0);
    const results = json(all);
    expect(results.map((r: any) => r.address).sort()).toEqual(['sales@example.com', 'support@example.com']);
    expect(results.every((r: any) => r.ok)).toBe(true);
  });

  it('removes with --yes', async () => {
    const home = tempDir();
    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1' })).code).toBe(0);
    const noYes = await runAddr(['remove', 'support@example.com'], { home });
    expect(noYes.code).toBe(64);
    expect(noYes.stderr).toMatch(/--yes/);
    const r = await runAddr(['remove', 'support@example.com', '--yes'], { home });
    expect(r.code).toBe(0);
    expect(json(await runAddr(['list', '--json'], { home }))).toEqual([]);
  });

  it('takes the database path from --db, ADDR_DB and the config file, and says where each setting came from', async () => {
    const home = tempDir();
    const project = path.join(home, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, '.addrrc.json'), JSON.stringify({ db: 'data/team.db', timeouts: { greeting: '3s' } }));
    const cfg = json(await runAddr(['config', '--json'], { home, cwd: project }));
    expect(cfg.configFile).toBe(path.join(project, '.addrrc.json'));
    expect(cfg.settings.db).toEqual({ value: path.join(project, 'data', 'team.db'), source: `config file ${path.join(project, '.addrrc.json')}` });
    expect(cfg.settings['timeouts.greeting'].value).toBe('3s');
    expect(cfg.settings['timeouts.connect'].source).toBe('default');

    const env = json(await runAddr(['config', '--json'], { home, cwd: project, env: { ADDR_DB: path.join(home, 'env.db') } }));
    expect(env.settings.db).toEqual({ value: path.join(home, 'env.db'), source: 'env ADDR_DB' });
    const flag = json(await runAddr(['config', '--json', '--db', path.join(home, 'flag.db')], { home, cwd: project, env: { ADDR_DB: path.join(home, 'env.db') } }));
    expect(flag.settings.db.source).toBe('flag --db');

    const add = await runAddr(sslArgs(ok), { home, cwd: project, input: 'sandbox-pass-1' });
    expect(add.code).toBe(0);
    expect(existsSync(path.join(project, 'data', 'team.db'))).toBe(true);

    writeFileSync(path.join(project, '.addrrc.json'), '{"colour": true}');
    const bad = await runAddr(['list'], { home, cwd: project });
    expect(bad.code).toBe(78);
    expect(bad.stderr).toMatch(/"colour" is not a setting/);
  });

  it('finds "addr" in a package.json of a parent folder, and passes over a package.json without it', async () => {
    const home = tempDir();
    const project = path.join(home, 'project');
    const sub = path.join(project, 'deploy', 'mail');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'package.json'), JSON.stringify({ name: 'mail-scripts' }));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'project', addr: { db: 'team.db' } }));
    const cfg = json(await runAddr(['config', '--json'], { home, cwd: sub }));
    expect(cfg.configFile).toBe(path.join(project, 'package.json'));
    expect(cfg.settings.db.value).toBe(path.join(project, 'team.db'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'project' }));
    const none = json(await runAddr(['config', '--json'], { home, cwd: sub }));
    expect(none.configFile ?? null).toBeNull();
    expect(none.settings.db.source).toBe('default');
  });

  it('with ADDR_KEY no key file is written, and a wrong key is a clear error', async () => {
    const home = tempDir();
    const key = Buffer.alloc(32, 7).toString('base64');
    expect((await runAddr(sslArgs(ok), { home, input: 'sandbox-pass-1', env: { ADDR_KEY: key } })).code).toBe(0);
    expect(existsSync(path.join(path.dirname(dbOf(home)), 'addr.key'))).toBe(false);
    const wrong = await runAddr(['test', 'support@example.com'], { home, env: { ADDR_KEY: Buffer.alloc(32, 8).toString('base64') } });
    expect(wrong.code).toBe(78);
    expect(wrong.stderr).toMatch(/cannot be decrypted/);
    const right = await runAddr(['test', 'support@example.com'], { home, env: { ADDR_KEY: key } });
    expect(right.code).toBe(0);
  });
});
