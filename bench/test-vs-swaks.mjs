#!/usr/bin/env node
// `addr test` against `swaks --quit-after RCPT` on the same STARTTLS server: an smtp-server on 127.0.0.1 started
// here (its own certificate, PLAIN login, no reverse DNS lookup of the client), both tools doing the same ladder
// (EHLO, STARTTLS with the certificate verified against the same CA, EHLO, AUTH PLAIN, MAIL FROM, RCPT TO, then
// QUIT), run interleaved so that machine noise hits both alike; medians of wall time per run.
// Not a test: run it by hand after `npm run build`.  Usage: node bench/test-vs-swaks.mjs [runs=40]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[2] ?? 40);
const SWAKS = '/usr/bin/swaks';
if (!existsSync(SWAKS)) throw new Error(`${SWAKS} is not installed`);

const dir = mkdtempSync(path.join(tmpdir(), 'addr-bench-swaks-'));
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
  '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
const ca = path.join(dir, 'cert.pem');

const USER = 'support@example.com';
const PASSWORD = 'bench-pass-1';
const server = new SMTPServer({
  key: readFileSync(path.join(dir, 'key.pem')),
  cert: readFileSync(ca),
  authMethods: ['PLAIN', 'LOGIN'],
  disableReverseLookup: true,
  logger: false,
  onAuth: (auth, _session, cb) => (auth.username === USER && auth.password === PASSWORD ? cb(null, { user: USER }) : cb(new Error('Invalid user or password'))),
  onData: (stream, _session, cb) => { stream.resume(); stream.on('end', () => cb()); },
});
server.on('error', () => {});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.server.address().port;
const home = path.join(dir, 'home');

const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, NO_COLOR: '1', BENCH_PASSWORD: PASSWORD };
const cases = [
  {
    name: 'addr test (STARTTLS)',
    cmd: process.execPath,
    args: [path.join(root, 'bin', 'addr.cjs'), 'test', '--email', USER, '--host', '127.0.0.1', '--port', String(port), '--security', 'starttls',
      '--ca', ca, '--password-env', 'BENCH_PASSWORD'],
  },
  {
    // the floor: Node's own start-up plus the same ladder in a few lines of node:net/node:tls
    name: 'bare Node client (floor)',
    cmd: process.execPath,
    args: [path.join(root, 'bench', 'floor-client.cjs'), String(port), ca, USER, PASSWORD],
  },
  { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
  {
    name: 'swaks --quit-after RCPT',
    cmd: SWAKS,
    args: ['--server', `127.0.0.1:${port}`, '--tls', '--tls-verify', '--tls-ca-path', ca, '--auth', 'PLAIN', '--auth-user', USER,
      '--auth-password', PASSWORD, '--from', USER, '--to', USER, '--quit-after', 'RCPT'],
  },
];

// The child processes talk to the server in this process: spawn asynchronously so its event loop keeps running.
function timed(c) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(c.cmd, c.args, { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`${c.name} exited ${code}:\n${err}`));
      else resolve(ms);
    });
  });
}

const times = cases.map(() => []);
try {
  for (let r = 0; r < RUNS + 3; r++) {
    for (let i = 0; i < cases.length; i++) {
      const ms = await timed(cases[i]);
      if (r >= 3) times[i].push(ms); // the first rounds warm the file cache
    }
  }
} finally {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const swaks = cases.findIndex((c) => c.name.startsWith('swaks'));
const base = median(times[swaks]);
console.log(`Node ${process.version}, ${RUNS} runs each, interleaved, median wall time:\n`);
console.log('| command | median | × swaks |');
console.log('|---|---|---|');
cases.forEach((c, i) => console.log(`| \`${c.name}\` | ${median(times[i]).toFixed(1)} ms | ${(median(times[i]) / base).toFixed(2)}× |`));
const ratio = median(times[0]) / base;
const floor = cases.findIndex((c) => c.name.startsWith("bare Node"));
console.log(`\nTarget: addr test ≤ swaks → ${ratio <= 1 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×).`);
console.log(`addr test over the bare Node client: +${(median(times[0]) - median(times[floor])).toFixed(1)} ms.`);
