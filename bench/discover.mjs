#!/usr/bin/env node
// How long `addr discover` takes on a domain that needs probing (no known provider, no SRV, no autoconfig), on
// loopback: dnsmasq serves the zone, smtp-server answers. Three cases, interleaved:
//   answers  smtp.DOMAIN answers on the implicit-TLS port (the usual case for a self-hosted server);
//   filtered smtp.DOMAIN answers on the implicit-TLS port, its STARTTLS port never greets (ended after a grace);
//   refused  nothing listens anywhere (every probe refused at once);
//   silent   smtp.DOMAIN accepts connections and never greets (the discovery waits for its deadline).
// Wall time of the whole command (process start included) and the discovery's own `ms`.
// Usage: npm run build && node bench/discover.mjs [runs]   (needs dnsmasq and openssl)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resolver } from 'node:dns/promises';
import { SMTPServer } from 'smtp-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(path.join(tmpdir(), 'addr-bench-discover-'));
const p = (f) => path.join(dir, f);

// A test CA and a certificate for the probed hosts (trusted by addr through NODE_EXTRA_CA_CERTS).
const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
execFileSync('openssl', ['req', '-x509', ...ec, '-days', '1', '-subj', '/CN=bench CA', '-keyout', p('ca.key'), '-out', p('ca.pem'), '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'], { stdio: 'ignore' });
writeFileSync(p('leaf.ext'), 'subjectAltName=DNS:smtp.answers.test,DNS:smtp.filtered.test\n');
execFileSync('openssl', ['req', ...ec, '-subj', '/CN=smtp.answers.test', '-keyout', p('leaf.key'), '-out', p('leaf.csr')], { stdio: 'ignore' });
execFileSync('openssl', ['x509', '-req', '-in', p('leaf.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-days', '1', '-out', p('leaf.pem'), '-extfile', p('leaf.ext')], { stdio: 'ignore' });

const listen = (server, host, port = 0) => new Promise((res, rej) => { server.once('error', rej); server.listen(port, host, () => res(server.address().port)); });
const smtpOptions = { secure: true, key: readFileSync(p('leaf.key')), cert: readFileSync(p('leaf.pem')), authMethods: ['PLAIN', 'LOGIN'], onAuth: (_a, _s, cb) => cb(null, { user: 'x' }), logger: false };
const smtp = new SMTPServer(smtpOptions);
const smtp2 = new SMTPServer(smtpOptions);
for (const s of [smtp, smtp2]) s.on('error', () => {});
const sslPort = await listen(smtp.server, '127.0.0.2');
await listen(smtp2.server, '127.0.0.5', sslPort);
const starttlsPort = await listen(net.createServer().on('connection', (s) => s.destroy()), '127.0.0.9'); // a port number for the starttls probes
const sockets = [];
const silent = net.createServer((s) => { sockets.push(s); s.on('error', () => {}); });
await listen(silent, '127.0.0.3', sslPort);
const silent2 = net.createServer((s) => { sockets.push(s); s.on('error', () => {}); });
await listen(silent2, '127.0.0.5', starttlsPort); // smtp.filtered.test: 465 answers, 587 never greets

const probe = net.createServer();
const dnsPort = await listen(probe, '127.0.0.1');
await new Promise((res) => probe.close(res)); // a free port for dnsmasq
const dnsmasq = spawn('dnsmasq', ['--no-daemon', `--port=${dnsPort}`, '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts', '--conf-file=/dev/null', '--local=/#/', '--log-facility=-', '--pid-file=', '--user=',
  '--address=/smtp.answers.test/127.0.0.2', '--address=/smtp.silent.test/127.0.0.3', '--address=/smtp.refused.test/127.0.0.4', '--address=/smtp.filtered.test/127.0.0.5'], { stdio: 'ignore' });
process.on('exit', () => { dnsmasq.kill('SIGKILL'); rmSync(dir, { recursive: true, force: true }); }); // also when a case throws
for (let i = 0; i < 100; i++) {
  try { const r = new Resolver({ timeout: 200, tries: 1 }); r.setServers([`127.0.0.1:${dnsPort}`]); await r.resolve4('smtp.answers.test'); break; } catch { await new Promise((res) => setTimeout(res, 50)); }
}

writeFileSync(p('.addrrc.json'), JSON.stringify({ dnsServer: `127.0.0.1:${dnsPort}`, discovery: { ports: [{ port: sslPort, security: 'ssl' }, { port: starttlsPort, security: 'starttls' }] } }));
const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir, NO_COLOR: '1', NODE_EXTRA_CA_CERTS: p('ca.pem') };
const run = (args, opts) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
  child.on('error', reject);
  child.on('close', (status) => resolve({ status, stdout }));
});
const cases = ['answers', 'filtered', 'refused', 'silent'];
const wall = Object.fromEntries(cases.map((c) => [c, []]));
const own = Object.fromEntries(cases.map((c) => [c, []]));
for (let r = 0; r < runs + 1; r++) {
  for (const c of cases) {
    const t0 = process.hrtime.bigint();
    // Not spawnSync: the SMTP servers live in this process and must answer meanwhile.
    const res = await run([path.join(root, 'bin/addr.cjs'), 'discover', `a@${c}.test`, '--json'], { env, cwd: dir });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const out = JSON.parse(res.stdout);
    if ((c === 'answers' || c === 'filtered') !== Boolean(out.found)) throw new Error(`${c}: unexpected result ${res.stdout}`);
    if (r > 0) { wall[c].push(ms); own[c].push(out.ms); }
  }
}
dnsmasq.kill();
for (const s of sockets) s.destroy();
smtp.close(); smtp2.close(); silent.close(); silent2.close();
rmSync(dir, { recursive: true, force: true });

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const max = (a) => Math.max(...a);
console.log(`Node ${process.version}, ${runs} runs each (default deadline 10s, 5s per probe step):\n`);
console.log('| domain needing probing | median wall | max wall | discovery itself (median) |');
console.log('|---|---|---|---|');
for (const c of cases) console.log(`| ${c} | ${median(wall[c]).toFixed(0)} ms | ${max(wall[c]).toFixed(0)} ms | ${median(own[c])} ms |`);
process.exit(0);
