/**
 * Daily use through the built binary (issue 9): what a live test records (one-off runs nothing; temporary
 * failures only take an address out of service when they repeat), certificate advice that fits the address,
 * times in one format, --no-input, `;`-separated directory files, and the README's cron script run as cron
 * runs it.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { SCENARIO_TABLE, type ScenarioSpec } from '../src/smtp/scenarios.js';
import { binPath, childEnv, relay, repoRoot, runAddr, selfSignedCert, tempDir, writeTemp, type RunResult } from './helpers.js';

const PASSWORD = 'daily-pass-3';
const LOGIN = 'support@example.com';
let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD }); });
afterAll(async () => { await sb?.close(); });

function json(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

const addArgs = (email: string, port: number) => ['add', '--email', email, '--login', LOGIN, '--host', '127.0.0.1', '--port', String(port), '--security', 'ssl', '--ca', sb.caFile, '--password-env', 'P'];

describe('what a live test records', () => {
  it('a one-off run records nothing; temporary failures take the address out only after outOfServiceAfter in a row', async () => {
    const home = tempDir();
    const r = await relay(sb.ports.ssl);
    const addr = (...words: string[]) => runAddr(words, { home, env: { P: PASSWORD } });
    const lastTest = async () => json(await addr('show', 'support@example.com', '--json')).lastTest;
    const available = async () => json(await addr('available', '--json')).addresses.map((a: any) => [a.address, a.reasons.map((x: any) => x.code)]);
    const send = () => addr('send', '--from', 'support@example.com', '--to', 'client@example.com', '--subject', 'Hi', '--body', 'Hello');
    try {
      // Short timeouts from the config file (2 s: the sandbox greets after ~0.1 s even on a busy machine, the silent
      // relay never): they are the address's own settings, not one-off flags.
      writeFileSync(path.join(home, '.addrrc.json'), JSON.stringify({ timeouts: { greeting: 2, connect: 5, command: 5 } }));
      expect((await addr(...addArgs('support@example.com', r.port))).code).toBe(0);
      const passed = await lastTest();
      expect(passed).toMatchObject({ ok: true, temporaryFailures: 0, inService: true });

      r.to('silent');
      const oneOff = await addr('test', 'support@example.com', '--greeting-timeout', '0.3', '--json');
      expect(oneOff.code).toBe(75);
      expect(json(oneOff)).toMatchObject({ saved: false, recorded: false, exitCode: 75 });
      const human = await addr('test', 'support@example.com', '--rcpt', 'postmaster@example.com');
      expect(human.code).toBe(75);
      expect(human.stderr).toMatch(/The result was not recorded: --rcpt made this run a one-off/);
      expect(await lastTest()).toEqual(passed);

      // A temporary failure in test --all is recorded but the address stays in service (default: 3 in a row).
      expect((await addr('test', '--all')).code).toBe(75);
      expect(await lastTest()).toMatchObject({ ok: false, temporaryFailures: 1, inService: true });
      expect(await available()).toEqual([['support@example.com', ['available', 'failed_temporarily']]]);
      const list = await addr('list');
      expect(list.stdout).toMatch(/FAILED .* \(temporary, 1 in a row; still in service\)/);
      const tried = await send();
      expect(tried.code).toBe(75); // sent and failed, not refused by the rules (80)
      expect((await addr('test', '--all')).code).toBe(75);
      expect(await lastTest()).toMatchObject({ temporaryFailures: 2, inService: true });
      expect((await addr('test', '--all')).code).toBe(75);
      expect(await lastTest()).toMatchObject({ temporaryFailures: 3, inService: false });
      expect(await available()).toEqual([]);
      const refused = await send();
      expect(refused.code).toBe(80);
      expect(refused.stderr).toMatch(/its last live test failed/);

      // Back: a pass puts it in service again.
      r.to(sb.ports.ssl);
      expect((await addr('test', 'support@example.com')).code).toBe(0);
      expect(await lastTest()).toMatchObject({ ok: true, temporaryFailures: 0, inService: true });

      // outOfServiceAfter: 1 = the old behaviour, any failure takes it out.
      writeFileSync(path.join(home, '.addrrc.json'), JSON.stringify({ timeouts: { greeting: 2 }, outOfServiceAfter: 1 }));
      r.to('silent');
      expect((await addr('test', '--all')).code).toBe(75);
      expect(await lastTest()).toMatchObject({ temporaryFailures: 1, inService: false });
    } finally {
      await r.close();
    }
  }, 120_000); // about 25 runs of the binary: 28 s on a quiet 2-CPU machine
});

describe('certificate advice that fits', () => {
  const other = selfSignedCert();
  const home = tempDir();
  const otherCa = writeTemp(home, 'other-ca.pem', other.cert);
  const test = (security: 'ssl' | 'starttls', ca: string[]) => runAddr(['test', '--email', 'support@example.com', '--host', '127.0.0.1',
    '--port', String(security === 'ssl' ? sb.ports.ssl : sb.ports.starttls), '--security', security, ...ca, '--password-env', 'P', '--json'], { home, env: { P: PASSWORD } });

  it('with --ca set, says that this file does not match, and shows the STARTTLS way to look at the server', async () => {
    const r = await test('starttls', ['--ca', otherCa]);
    expect(r.code).toBe(76);
    const d = json(r).test.diagnosis;
    expect(d.category).toBe('certificate_invalid');
    expect(d.cause).toContain(`does not verify against the CA file set for this address (${otherCa})`);
    expect(d.remedy).toContain(`openssl s_client -connect 127.0.0.1:${sb.ports.starttls} -starttls smtp`);
    expect(d.remedy).not.toMatch(/for a private CA or a self-signed server give its PEM with --ca/);
  });

  it('without --ca, the openssl hint uses -starttls smtp only for STARTTLS', async () => {
    const starttls = json(await test('starttls', [])).test.diagnosis;
    expect(starttls.category).toBe('certificate_invalid');
    expect(starttls.remedy).toContain(`-connect 127.0.0.1:${sb.ports.starttls} -starttls smtp -servername 127.0.0.1`);
    const ssl = json(await test('ssl', [])).test.diagnosis;
    expect(ssl.remedy).toContain(`-connect 127.0.0.1:${sb.ports.ssl} -servername 127.0.0.1`);
    expect(ssl.remedy).not.toContain('-starttls');
  });
});

describe('times, --no-input, directory files', () => {
  it('shows times in local time with the offset in list, show and log; JSON keeps UTC', async () => {
    const home = tempDir();
    const env = { P: PASSWORD, TZ: 'Asia/Kolkata' };
    expect((await runAddr(addArgs('support@example.com', sb.ports.ssl), { home, env })).code).toBe(0);
    expect((await runAddr(['send', '--from', 'support@example.com', '--to', 'a@example.com', '--subject', 's', '--body', 'b'], { home, env })).code).toBe(0);
    const stamp = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+05:30/;
    expect((await runAddr(['list'], { home, env })).stdout).toMatch(new RegExp(`ok ${stamp.source}`));
    const show = (await runAddr(['show', 'support@example.com'], { home, env })).stdout;
    for (const row of ['Created', 'Updated', 'Last test']) expect(show).toMatch(new RegExp(`${row}\\s+(?:ok )?${stamp.source}`));
    expect((await runAddr(['log'], { home, env })).stdout).toMatch(new RegExp(`^${stamp.source}\\s+support@example\\.com`, 'm'));
    const listJson = json(await runAddr(['list', '--json'], { home, env }));
    expect(listJson[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(json(await runAddr(['log', '--json'], { home, env }))[0].at).toMatch(/Z$/);
  });

  it('--no-input: a value that would need a question is a usage error naming the flag', async () => {
    const home = tempDir();
    const r = await runAddr(['add', '--no-input', '--email', 'support@example.com', '--host', '127.0.0.1'], { home });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/give --password-stdin.*--no-input forbids questions/);
    const rm = await runAddr(['user', 'add', 'anna'], { home });
    expect(rm.code).toBe(0);
  });

  it('imports a ";"-separated file as spreadsheets write it', async () => {
    const home = tempDir();
    const file = writeTemp(home, 'users.csv', 'login;name;email;groups\r\nanna;"Petrova; Anna";anna@acme.ru;support,sales\r\nbob;Ivanov, Bob;;support\r\n');
    const r = await runAddr(['directory', 'import', file, '--json'], { home });
    expect(r.code).toBe(0);
    expect(json(r).added).toEqual(['anna', 'bob']);
    const users = json(await runAddr(['user', 'list', '--json'], { home }));
    expect(users).toEqual([
      { login: 'anna', name: 'Petrova; Anna', email: 'anna@acme.ru', groups: ['sales', 'support'] },
      { login: 'bob', name: 'Ivanov, Bob', email: null, groups: ['support'] },
    ]);
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

  it('runs the cron script as written, with cron\'s minimal environment, addr and node where npm puts them', async () => {
    const block = /```sh\n(#!\/bin\/sh\n[\s\S]*?backup-and-report[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const home = tempDir();
    // The install folder the README names (/usr/local/bin) stands for the one `npm link` / `npm install -g`
    // uses: here a folder with addr (a link to the package's bin, as npm makes it), node, and the backup job.
    const prefix = path.join(home, 'prefix', 'bin');
    mkdirSync(prefix, { recursive: true });
    symlinkSync(binPath, path.join(prefix, 'addr'));
    symlinkSync(process.execPath, path.join(prefix, 'node'));
    writeFileSync(path.join(prefix, 'backup'), '#!/bin/sh\necho "backup: 3 files, 12 MB"\n');
    chmodSync(path.join(prefix, 'backup'), 0o755);
    const script = path.join(home, 'backup-and-report');
    expect(block![1]).toContain('/usr/local/bin');
    writeFileSync(script, block![1].replaceAll('/usr/local/bin', prefix));
    chmodSync(script, 0o755);

    // The address, the project, the employee the script sends as.
    const env = { P: PASSWORD };
    expect((await runAddr([...addArgs('ops@acme.ru', sb.ports.ssl)], { home, env })).code).toBe(0);
    expect((await runAddr(['project', 'add', 'ops'], { home })).code).toBe(0);
    expect((await runAddr(['user', 'add', 'cron'], { home })).code).toBe(0);

    const before = sb.messages.length;
    // cron: PATH=/usr/bin:/bin, HOME, LOGNAME, SHELL=/bin/sh, nothing else.
    // (Not execFileSync: the sandbox runs in this process and must keep answering.)
    await promisify(execFile)('/bin/sh', [script], { env: { PATH: '/usr/bin:/bin', HOME: home, LOGNAME: 'cron', SHELL: '/bin/sh', TMPDIR: process.env.TMPDIR ?? '/tmp' }, cwd: home });
    expect(sb.messages.length).toBe(before + 1);
    const m = sb.messages[before]!;
    expect(m.from).toBe('ops@acme.ru');
    expect(m.to).toEqual(['admin@acme.ru']);
    const raw = m.raw.toString('utf8');
    expect(raw).toMatch(/^Subject: backup \d{4}-\d{2}-\d{2}$/m);
    expect(raw).toContain('backup: 3 files, 12 MB');
  });

  it('uses plain `addr` in its examples, after showing how to put it on PATH', () => {
    expect(readme.indexOf('npm link')).toBeGreaterThan(0);
    const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.filter((b) => /\bnpx addr\b/.test(b))).toEqual([]);
  });

  it('names every sandbox scenario with what addr test ends in', () => {
    for (const spec of SCENARIO_TABLE) {
      const row = new RegExp(`^\\| \`${spec.name}\` \\| ${spec.does.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| (.*) \\|$`, 'm').exec(readme);
      expect({ scenario: spec.name, row: row !== null }).toEqual({ scenario: spec.name, row: true });
      const o = spec.outcome;
      expect(row![1]).toContain(o === null ? 'passes' : `\`${o.category}\`, exit ${o.exitCode}`);
      for (const [, on] of Object.entries((spec as ScenarioSpec).on ?? {})) if (on) expect(row![1]).toContain(`\`${on.category}\`, exit ${on.exitCode}`);
    }
  });

  it('runs the quick start as written with XDG_DATA_HOME set, against a running sandbox', async () => {
    const home = tempDir();
    const env = { XDG_DATA_HOME: path.join(home, 'xdg') };
    const block = /```sh\n(S="\$\{XDG_DATA_HOME[\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const prefix = path.join(home, 'bin');
    mkdirSync(prefix);
    symlinkSync(binPath, path.join(prefix, 'addr'));
    const child = spawn(process.execPath, [binPath, 'sandbox', '--json', '--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0'], { env: childEnv(home, env), cwd: home, stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const info = await new Promise<{ ports: { ssl: number } }>((resolve, reject) => {
        let out = '';
        child.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!)); });
        child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
      });
      // Everything but the wizard (it needs a terminal), on the port this sandbox got instead of 2465.
      const lines = block![1]!.replace(/\\\n\s*/g, ' ').split('\n').filter((l) => l.trim() && !/the wizard/.test(l));
      expect(lines.join('\n')).toContain('--port 2465');
      const script = writeTemp(home, 'quick-start.sh', `set -e\n${lines.join('\n').replace('--port 2465', `--port ${info.ports.ssl}`)}\n`);
      const { stdout: out } = await promisify(execFile)('/bin/sh', [script], { env: { PATH: `${prefix}:/usr/bin:/bin`, HOME: home, ...env, TMPDIR: process.env.TMPDIR ?? '/tmp' }, cwd: home, encoding: 'utf8' });
      expect(out).toMatch(/Saved support@example\.com/);
      expect(out).toMatch(/support@example\.com passed the live test/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
