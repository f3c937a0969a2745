/**
 * `addr sandbox` as a user runs it (the built binary): it keeps its password, certificate and key across
 * restarts, so that an address saved against it keeps passing; a second sandbox shares the certificate; it
 * writes nothing when it cannot start; it stops on SIGTERM, SIGINT and SIGHUP and when the process that
 * started it is gone (npx runs it under `sh -c` and passes SIGTERM to the shell only), leaving no listener.
 */
import { describe, it, expect } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { binPath, childEnv, runAddr, tempDir } from './helpers.js';

interface Info {
  scenario: string; host: string; ports: { plain: number; starttls: number; ssl: number }; user: string; password: string;
  dir: string; passwordFile: string; caFile: string; certKept: boolean; pid: number;
}
interface Started { child: ChildProcess; info: Info; stderr: () => string }

/** Starts the sandbox (--json) through `command` and resolves with its first line; rejects if it exits first. */
function start(home: string, args: string[], opts: { env?: Record<string, string>; shell?: boolean } = {}): Promise<Started> {
  const argv = [binPath, 'sandbox', '--json', ...args];
  // Through a shell that is not the sandbox itself (`; :` keeps dash from exec-ing node), as npx does.
  const child = opts.shell
    ? spawn('sh', ['-c', `"${process.execPath}" ${argv.map((a) => `'${a}'`).join(' ')}; :`], { env: childEnv(home, opts.env), cwd: home, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, argv, { env: childEnv(home, opts.env), cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, info: JSON.parse(out.slice(0, nl)) as Info, stderr: () => err });
    });
    child.on('exit', (code) => reject(Object.assign(new Error(`sandbox exited with ${code}: ${out}${err}`), { code, stderr: err })));
  });
}

/** Starts on a random port outside the ephemeral range, trying another when one is taken (exit 69). */
async function startOnFreshPorts(home: string): Promise<Started> {
  for (let attempt = 0; ; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 3500) * 3;
    try {
      return await start(home, ['--plain-port', String(base), '--starttls-port', String(base + 1), '--ssl-port', String(base + 2)]);
    } catch (err) {
      if ((err as { code?: number }).code !== 69 || attempt === 5) throw err;
    }
  }
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function stop(s: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  s.child.removeAllListeners('exit');
  const exited = exitOf(s.child);
  s.child.kill(signal);
  return exited;
}

const refuses = (port: number): Promise<boolean> => new Promise((resolve) => {
  const socket = net.connect({ host: '127.0.0.1', port });
  socket.once('connect', () => { socket.destroy(); resolve(false); });
  socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(what: () => boolean | Promise<boolean>, label: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${label}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('addr sandbox (built binary)', () => {
  it('keeps its certificate across a restart: a saved address still passes; the next scenario replays against it', async () => {
    const home = tempDir();
    const first = await startOnFreshPorts(home);
    const { ports } = first.info;
    try {
      expect(first.info.certKept).toBe(false);
      const add = await runAddr(['add', '--email', 'support@example.com', '--host', first.info.host, '--port', String(ports.starttls),
        '--security', 'starttls', '--ca', first.info.caFile, '--password-file', first.info.passwordFile], { home });
      expect(add.stderr).toMatch(/RCPT TO/);
      expect(add.code).toBe(0);
    } finally {
      expect(await stop(first)).toBe(0);
    }
    const pem = readFileSync(first.info.caFile, 'utf8');

    // The same ports again (the saved address points there): same password, same certificate, still passes.
    const again = await start(home, ['--plain-port', String(ports.plain), '--starttls-port', String(ports.starttls), '--ssl-port', String(ports.ssl)]);
    try {
      expect(again.info).toMatchObject({ password: first.info.password, caFile: first.info.caFile, certKept: true });
      expect(readFileSync(again.info.caFile, 'utf8')).toBe(pem);
      const test = await runAddr(['test', 'support@example.com', '--json'], { home });
      expect(test.code).toBe(0);
      expect(JSON.parse(test.stdout).test.ok).toBe(true);
    } finally {
      expect(await stop(again, 'SIGINT')).toBe(0);
    }

    // Another scenario on the same ports: the saved address now meets the spam refusal, named as such.
    const spam = await start(home, ['--scenario', 'spam', '--plain-port', String(ports.plain), '--starttls-port', String(ports.starttls), '--ssl-port', String(ports.ssl)]);
    try {
      const test = await runAddr(['test', 'support@example.com', '--json'], { home });
      expect(test.code).toBe(69);
      expect(JSON.parse(test.stdout).test.diagnosis.category).toBe('spam_rejected');
    } finally {
      expect(await stop(spam, 'SIGHUP')).toBe(0);
    }
  });

  it('a second sandbox on other ports shares the certificate, so one --ca fits both', async () => {
    const home = tempDir();
    const one = await start(home, ['--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0']);
    try {
      const two = await start(home, ['--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0', '--scenario', 'auth-fail']);
      try {
        expect(two.info.caFile).toBe(one.info.caFile);
        expect(two.info.certKept).toBe(true);
        expect(two.info.ports.ssl).not.toBe(one.info.ports.ssl);
        const r = await runAddr(['test', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(two.info.ports.ssl), '--security', 'ssl',
          '--ca', one.info.caFile, '--password-file', one.info.passwordFile, '--json'], { home });
        expect(JSON.parse(r.stdout).test.failure.stage).toBe('auth'); // TLS verified against the shared certificate
        expect(r.code).toBe(77);
      } finally {
        expect(await stop(two)).toBe(0);
      }
    } finally {
      expect(await stop(one)).toBe(0);
    }
  });

  it('writes nothing when a port is taken (exit 69, not a usage error)', async () => {
    const home = tempDir();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as net.AddressInfo).port;
    try {
      const r = await runAddr(['sandbox', '--plain-port', '0', '--starttls-port', '0', '--ssl-port', String(taken)], { home });
      expect(r.code).toBe(69);
      expect(r.stderr).toMatch(new RegExp(`addr: The sandbox cannot listen: .*${taken}`));
      expect(r.stderr).toMatch(/Nothing was written/);
      expect(existsSync(path.join(home, '.local'))).toBe(false);
      const json = await runAddr(['sandbox', '--json', '--ssl-port', String(taken), '--plain-port', '0', '--starttls-port', '0'], { home });
      expect(JSON.parse(json.stderr.trim())).toMatchObject({ error: { kind: 'port_unavailable', exitCode: 69 } });
      expect(existsSync(path.join(home, '.local'))).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('prints the real paths: XDG_DATA_HOME, --db and --dir are respected, in --json and in the human output', async () => {
    const home = tempDir();
    const data = path.join(home, 'data-home');
    const s = await start(home, ['--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0'], { env: { XDG_DATA_HOME: data } });
    try {
      expect(s.info.dir).toBe(path.join(data, 'addr', 'sandbox'));
      expect(s.info.passwordFile).toBe(path.join(data, 'addr', 'sandbox', 'password'));
      expect(s.info.caFile).toBe(path.join(data, 'addr', 'sandbox', 'cert.pem'));
      expect(statSync(path.join(data, 'addr', 'sandbox', 'key.pem')).mode & 0o777).toBe(0o600);
      expect(statSync(s.info.passwordFile).mode & 0o777).toBe(0o600);
    } finally {
      expect(await stop(s)).toBe(0);
    }
    // The human output names the same files.
    const human = spawn(process.execPath, [binPath, 'sandbox', '--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0', '--quiet'],
      { env: childEnv(home, { XDG_DATA_HOME: data }), cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    human.stdout!.setEncoding('utf8').on('data', (d: string) => { out += d; });
    await until(() => out.includes('--password-file'), 'the human output');
    human.kill('SIGTERM');
    expect(await exitOf(human)).toBe(0);
    expect(out).toContain(`(also in ${path.join(data, 'addr', 'sandbox', 'password')})`);
    expect(out).toContain(`CA file:  ${path.join(data, 'addr', 'sandbox', 'cert.pem')}`);
    // --db into a folder that does not exist: 73 before anything listens or is written.
    const typo = await runAddr(['sandbox', '--db', path.join(home, 'nope', 'addr.db'), '--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0'], { home });
    expect(typo.code).toBe(73);
    expect(existsSync(path.join(home, 'nope'))).toBe(false);
  });

  it('stops when the shell that started it is killed (as npx does), leaving no listener behind', async () => {
    const home = tempDir();
    const s = await start(home, ['--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0'], { shell: true });
    const { pid, ports } = s.info;
    try {
      expect(pid).not.toBe(s.child.pid); // the sandbox runs under the shell
      expect(await refuses(ports.ssl)).toBe(false);
      s.child.kill('SIGTERM'); // the shell goes; the sandbox gets no signal
      await until(() => !alive(pid), `the sandbox (pid ${pid}) to stop`);
      for (const port of Object.values(ports)) expect(await refuses(port)).toBe(true);
    } finally {
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('stops by its pid on SIGTERM, SIGINT and SIGHUP and closes every listener', async () => {
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      const home = tempDir();
      const s = await start(home, ['--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0']);
      expect(s.info.pid).toBe(s.child.pid);
      const exited = exitOf(s.child);
      process.kill(s.info.pid, signal);
      expect(await exited).toBe(0);
      for (const port of Object.values(s.info.ports)) expect(await refuses(port)).toBe(true);
    }
  });
});
