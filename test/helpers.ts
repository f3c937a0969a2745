import { afterAll } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];
/** A temporary folder, removed after the test file's tests (jest's globalTeardown checks that none is left). */
export const tempDir = (prefix = 'addr-test-'): string => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const repoRoot = path.resolve(import.meta.dirname, '..');
/** The binary under test; ADDR_BIN runs the end-to-end tests against another build (e.g. an older one). */
export const binPath = process.env.ADDR_BIN ?? path.join(repoRoot, 'bin', 'addr.cjs');

/**
 * A port of the suite's own, without the find-then-release race: a listener holds 127.0.0.1:P (so nothing
 * can take P on all addresses) and the caller uses another loopback address, 127.0.0.47:P, which nobody else
 * binds. Nothing listening there: a connection is refused. A sandbox may listen there and stop, and the port
 * stays the suite's until release() closes the holder.
 */
/**
 * A TCP relay on 127.0.0.1:0 in front of `target` (a port on 127.0.0.1). `to(port)` points it elsewhere for the
 * connections that follow, `to('silent')` makes it accept and never say a word (a hanging server). Addresses
 * saved against the relay keep their port while what answers changes: no port is ever given up and taken again.
 */
export async function relay(target: number): Promise<{ port: number; to: (next: number | 'silent') => void; close: () => Promise<void> }> {
  let upstreamPort: number | 'silent' = target;
  const sockets = new Set<net.Socket>();
  const keep = (s: net.Socket) => { sockets.add(s); s.on('error', () => s.destroy()); s.on('close', () => sockets.delete(s)); };
  const server = net.createServer((client) => {
    keep(client);
    if (upstreamPort === 'silent') return;
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    keep(upstream);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    to: (next) => { upstreamPort = next; },
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

export async function refusedPort(): Promise<{ host: string; port: number; release: () => Promise<void> }> {
  const holder = net.createServer((s) => s.destroy());
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  const port = (holder.address() as net.AddressInfo).port;
  return { host: '127.0.0.47', port, release: () => new Promise((resolve) => holder.close(() => resolve())) };
}

/** A self-signed EC certificate for localhost / 127.0.0.1 made with the machine's openssl. */
export function selfSignedCert(days = 2): { key: string; cert: string } {
  const dir = tempDir('addr-cert-');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-nodes', '-days', String(days), '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function writeTemp(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/**
 * Environment for a spawned addr: no colour leaking from jest (FORCE_COLOR), its own HOME and XDG dirs
 * so that no config or database of the developer's is touched.
 */
export function childEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    FORCE_COLOR: '0',
    LANG: 'C.UTF-8',
    // Discovery and the DNS pre-flight ask no real DNS server: a closed port answers at once. Tests that need DNS
    // pass a dnsmasq of their own (test/dnsmasq.ts).
    ADDR_DNS_SERVER: '127.0.0.1:1',
    // The suite's own temp folder (test/global-setup.cjs), so that what a child leaves there is seen too.
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    ...extra,
  };
  return env;
}

export interface RunResult { code: number; stdout: string; stderr: string }

/** Spawns the built binary (or another copy of it, `bin`) the way a user runs it, with optional stdin. */
export function runAddr(args: string[], opts: { home: string; env?: Record<string, string>; input?: string; cwd?: string; timeoutMs?: number; bin?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opts.bin ?? binPath, ...args], {
      cwd: opts.cwd ?? opts.home,
      env: childEnv(opts.home, opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`addr ${args.join(' ')} timed out\n${stdout}\n${stderr}`)); }, opts.timeoutMs ?? 25_000);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? -1, stdout, stderr }); });
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * The built binary started in the background (for flows that wait for a person): `waitFor(re)` resolves when stderr
 * shows `re`, `done` when it exits.
 */
export function spawnAddr(h: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [binPath, ...args], { cwd: h, env: childEnv(h, env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ re: RegExp; resolve: (m: RegExpExecArray) => void }> = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    for (const w of [...waiters]) {
      const m = w.re.exec(stderr);
      if (m) { waiters.splice(waiters.indexOf(w), 1); w.resolve(m); }
    }
  });
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  return {
    waitFor(re: RegExp): Promise<RegExpExecArray> {
      const m = re.exec(stderr);
      if (m) return Promise.resolve(m);
      return new Promise((resolve, reject) => {
        waiters.push({ re, resolve });
        void done.then((r) => reject(new Error(`addr exited (${r.code}) before printing ${re}:\n${r.stdout}\n${r.stderr}`)));
      });
    },
    done,
  };
}

/** stdout as JSON, or an error that shows what the run printed instead. */
export function jsonOf(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}
