/**
 * Company addresses end to end: the built binary with a dnsmasq zone on loopback (ADDR_DNS_SERVER / --dns-server),
 * the autoconfig servers trusted through NODE_EXTRA_CA_CERTS, and the sandbox SMTP server for the live test.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox, type SandboxEvent } from '../src/smtp/sandbox.js';
import { runAddr, tempDir, type RunResult } from './helpers.js';
import { startWorld, type World } from './discovery-world.js';

const KEY = 'v=DKIM1; k=rsa; t=s; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1TaNgLlSyQMNWVLNLvyY';

let world: World;
let sb: Sandbox;
let idn: Sandbox;
const mailFrom: string[] = [];

beforeAll(async () => {
  sb = await startSandbox({ scenario: 'ok', user: 'support@addsrv.test', password: 'e2e-secret-7' });
  idn = await startSandbox({ scenario: 'ok', user: 'support@пример.test', password: 'e2e-secret-7', onEvent: (e: SandboxEvent) => { if (e.type === 'mail' && e.value) mailFrom.push(e.value); } });
  world = await startWorld({
    srv: [['_submissions._tcp.addsrv.test', '127.0.0.1', sb.ports.ssl, 0, 1]],
    address: [['smtp.only-in-test-dns.test', '127.0.0.1']],
    mx: [['nospf.test', 'mx.yandex.net', 10], ['chk.test', 'mx.yandex.net', 10], ['warn.test', 'mx.yandex.net', 10]],
    txt: [
      ['_spf.yandex.net', 'v=spf1 ip4:77.88.0.0/18 ~all'],
      ['chk.test', 'v=spf1 include:_spf.yandex.net ~all'], ['mail._domainkey.chk.test', KEY], ['_dmarc.chk.test', 'v=DMARC1; p=reject'],
      ['warn.test', 'v=spf1 include:_spf.yandex.net ~all'], ['mail._domainkey.warn.test', KEY],
    ],
  });
});
const homes: string[] = [];
afterAll(async () => {
  await Promise.all([sb?.close(), idn?.close(), world?.close()]);
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

/** A temp HOME whose config file points discovery at the test world. */
function home(extra: Record<string, unknown> = {}): string {
  const h = tempDir();
  homes.push(h);
  mkdirSync(path.join(h, '.config', 'addr'), { recursive: true });
  writeFileSync(path.join(h, '.addrrc.json'), JSON.stringify({
    discovery: { deadline: '6s', ports: world.ports.probe, httpsPort: world.ports.https, httpPort: world.ports.http },
    ...extra,
  }));
  return h;
}
const env = () => ({ ADDR_DNS_SERVER: world.dns.server, NODE_EXTRA_CA_CERTS: world.ca.file });
const json = (r: RunResult) => {
  try { return JSON.parse(r.stdout); } catch { throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`); }
};
const dbOf = (h: string) => path.join(h, '.local', 'share', 'addr', 'addr.db');

describe('the live test and sending resolve through the configured DNS server', () => {
  it('reaches a host that only the configured DNS server knows (and the system resolver answers the rest)', async () => {
    const h = home();
    const args = ['--email', 'support@addsrv.test', '--host', 'smtp.only-in-test-dns.test', '--port', String(sb.ports.ssl), '--security', 'ssl', '--insecure', '--password-env', 'P'];
    const r = await runAddr(['test', ...args], { home: h, env: { ...env(), P: 'e2e-secret-7' } });
    expect(r.stderr).toMatch(/DNS resolve\s+\d+ ms\s+127\.0\.0\.1/);
    expect(r.code).toBe(0);
    // Without the server, the same name does not resolve: it really came from the configured DNS server.
    const off = await runAddr(['test', ...args], { home: h, env: { P: 'e2e-secret-7' } });
    expect(off.code).not.toBe(0);
    expect(off.stderr).toMatch(/✖ DNS resolve/);
  });
});

describe('addr discover', () => {
  it('finds a Yandex 360 domain by MX and says where each value came from', async () => {
    const r = await runAddr(['discover', 'support@yandex.test'], { home: home(), env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Found: Yandex Mail / Yandex 360 for yandex.test');
    expect(r.stdout).toContain('server  smtp.yandex.ru:465 (implicit TLS)  ← MX of yandex.test: mx.yandex.net → Yandex Mail / Yandex 360');
    expect(r.stdout).toContain('addr add --email support@yandex.test --preset yandex --password-stdin');
    expect(r.stderr).toMatch(/✔ mx/);
  });

  it('shows Microsoft 365\'s SMTP AUTH admin steps with the mailbox filled in', async () => {
    const r = await runAddr(['discover', 'noreply@microsoft.test'], { home: home(), env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Set-CASMailbox -Identity noreply@microsoft.test -SmtpClientAuthenticationDisabled $false');
    expect(r.stdout).toContain('Set-TransportConfig -SmtpClientAuthenticationDisabled $false');
  });

  it('--json: the result with every step, and the add command', async () => {
    const r = await runAddr(['discover', 'a@probe.test', '--json'], { home: home(), env: env() });
    expect(r.code).toBe(0);
    const j = json(r);
    expect(j.found).toMatchObject({ step: 'probe', host: 'smtp.probe.test', security: 'ssl', trusted: false });
    expect(j.steps.map((s: { step: string }) => s.step)).toEqual(['pin', 'provider', 'mx', 'srv', 'autoconfig', 'probe']);
    expect(j.addCommand).toMatch(/^addr add --email a@probe\.test --host smtp\.probe\.test --port \d+ --security ssl --password-stdin$/);
    expect(j.exitCode).toBe(0);
    expect(r.stderr).toBe(''); // --json keeps stderr quiet
  });

  it('trusts the HTTPS autoconfig server through the test CA only (NODE_EXTRA_CA_CERTS)', async () => {
    const trusted = await runAddr(['discover', 'a@ac.test', '--json'], { home: home(), env: env() });
    expect(json(trusted).found).toMatchObject({ step: 'autoconfig', host: 'smtp.ac.test' });
    const untrusted = await runAddr(['discover', 'a@ac.test', '--json'], { home: home(), env: { ADDR_DNS_SERVER: world.dns.server } });
    expect(json(untrusted).found?.step).not.toBe('autoconfig');
  });

  it('exit 1 when nothing is found, 75 when DNS cannot be read; --dns-server wins over the environment', async () => {
    const nothing = await runAddr(['discover', 'a@nothing.test'], { home: home(), env: env() });
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toMatch(/Nothing found for nothing\.test/);
    const down = await runAddr(['discover', 'a@acme.test', '--dns-server', '127.0.0.1:1'], { home: home(), env: env() });
    expect(down.code).toBe(75);
    expect(down.stdout).toMatch(/DNS could not be read/);
  });

  it('an international domain in Unicode and in punycode', async () => {
    for (const email of ['support@пример.test', 'support@xn--e1afmkfd.test']) {
      const j = json(await runAddr(['discover', email, '--json'], { home: home(), env: env() }));
      expect(j).toMatchObject({ email: 'support@пример.test', domain: 'пример.test', asciiDomain: 'xn--e1afmkfd.test', found: { provider: 'yandex' } });
    }
  });

  it('an invalid e-mail domain gets a message about e-mail domains', async () => {
    const r = await runAddr(['discover', 'a@xn--zz.test'], { home: home(), env: env() });
    expect(r.code).toBe(65);
    expect(r.stderr).toMatch(/not a valid e-mail domain/);
    expect(r.stderr).not.toMatch(/host name/);
  });
});

describe('addr add without --host', () => {
  it('discovers the server (SRV), shows the source, runs the live test, saves, and runs the DNS pre-flight', async () => {
    const h = home();
    const r = await runAddr(['add', '--email', 'support@addsrv.test', '--ca', sb.caFile, '--password-stdin'], { home: h, env: env(), input: 'e2e-secret-7' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/server {2}127\.0\.0\.1:\d+ \(implicit TLS\) {2}← SRV _submissions\._tcp\.addsrv\.test/);
    expect(r.stderr).toMatch(/DNS pre-flight of addsrv\.test: 1 error/);
    expect(r.stderr).toMatch(/publish: addsrv\.test TXT "v=spf1 ip4:<the public address your server sends from> ~all"/);
    expect(r.stdout).toMatch(/Saved support@addsrv\.test/);
    const list = json(await runAddr(['list', '--json'], { home: h, env: env() }));
    expect(list[0]).toMatchObject({ email: 'support@addsrv.test', preset: 'custom', host: '127.0.0.1', port: sb.ports.ssl, security: 'ssl' });
  });

  it('--strict saves nothing when the pre-flight finds a problem (exit 2), and --json carries the findings', async () => {
    const h = home();
    const r = await runAddr(['add', '--email', 'support@addsrv.test', '--ca', sb.caFile, '--password-stdin', '--strict', '--json'], { home: h, env: env(), input: 'e2e-secret-7' });
    expect(r.code).toBe(2);
    const j = json(r);
    expect(j).toMatchObject({ saved: false, exitCode: 2, test: { ok: true }, dns: { exitCode: 2, level: 'error' } });
    expect(j.dns.findings.find((f: { check: string }) => f.check === 'spf')).toMatchObject({ level: 'error', publish: { name: 'addsrv.test', type: 'TXT' } });
    expect(existsSync(dbOf(h))).toBe(false);
  });

  it('takes a domain the company pinned in its config file', async () => {
    const h = home({ domains: { 'pinned.test': { host: '127.0.0.1', port: sb.ports.starttls, security: 'starttls', username: 'support@addsrv.test' } } });
    const r = await runAddr(['add', '--email', 'noreply@pinned.test', '--ca', sb.caFile, '--password-stdin', '--json'], { home: h, env: env(), input: 'e2e-secret-7' });
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ saved: true, address: { host: '127.0.0.1', port: sb.ports.starttls, security: 'starttls', username: 'support@addsrv.test' } });
  });

  it('says clearly when nothing is found, and which flags to give', async () => {
    const r = await runAddr(['add', '--email', 'a@nothing.test', '--password-env', 'P'], { home: home(), env: { ...env(), P: 'x' } });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/Discovery found no server for nothing\.test/);
    expect(r.stderr).toMatch(/give --preset .* or --host/);
  });

  it('asks for the login of a relay that issues its own (SES), naming --user', async () => {
    const r = await runAddr(['add', '--email', 'a@ses.test', '--password-env', 'P'], { home: home(), env: { ...env(), P: 'x' } });
    expect(r.code).toBe(64);
    expect(r.stderr).toMatch(/The login \(the SMTP user name of SES SMTP credentials.*give --login/);
  });
});

describe('international addresses', () => {
  it('stores and shows the domain in Unicode and sends it in punycode', async () => {
    const h = home();
    const r = await runAddr(['add', '--email', 'support@xn--e1afmkfd.test', '--host', '127.0.0.1', '--port', String(idn.ports.ssl), '--security', 'ssl', '--ca', idn.caFile, '--login', 'support@пример.test', '--password-stdin', '--debug'], { home: h, env: env(), input: 'e2e-secret-7' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Saved support@пример\.test/);
    // On the wire: punycode (smtp-server hands the address on in Unicode, so the transcript is the witness).
    expect(r.stderr).toMatch(/C: +MAIL FROM:<support@xn--e1afmkfd\.test>/);
    expect(mailFrom).toContain('support@пример.test');
    const show = await runAddr(['show', 'support@пример.test', '--json'], { home: h, env: env() });
    expect(json(show)).toMatchObject({ email: 'support@пример.test' });
  });
});

describe('addr check', () => {
  it('exit 0 when nothing is to fix, 1 with warnings, 2 with errors; the records to publish in the output', async () => {
    const ok = await runAddr(['check', 'support@chk.test'], { home: home(), env: env() });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✔ SPF +SPF: one record, authorises Yandex Mail \/ Yandex 360 \(1 of 10 DNS lookups\)\./);
    const warn = await runAddr(['check', 'support@warn.test'], { home: home(), env: env() });
    expect(warn.code).toBe(1);
    expect(warn.stdout).toContain('publish: _dmarc.warn.test TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@warn.test"');
    expect((await runAddr(['check', 'support@warn.test', '--strict'], { home: home(), env: env() })).code).toBe(2);
    const err = await runAddr(['check', 'support@nospf.test', '--json'], { home: home(), env: env() });
    expect(err.code).toBe(2);
    expect(json(err)).toMatchObject({ email: 'support@nospf.test', provider: { id: 'yandex' }, level: 'error', exitCode: 2 });
  });

  it('--all checks every saved address with its own server; 75 when DNS cannot be read', async () => {
    const h = home();
    await runAddr(['add', '--email', 'support@addsrv.test', '--ca', sb.caFile, '--password-stdin'], { home: h, env: env(), input: 'e2e-secret-7' });
    const all = await runAddr(['check', '--all', '--json'], { home: h, env: env() });
    expect(all.code).toBe(2);
    expect(json(all)).toEqual([expect.objectContaining({ email: 'support@addsrv.test', host: '127.0.0.1', provider: expect.objectContaining({ id: 'custom' }) })]);
    const down = await runAddr(['check', 'support@chk.test'], { home: h, env: { ADDR_DNS_SERVER: '127.0.0.1:1' } });
    expect(down.code).toBe(75);
    expect((await runAddr(['check'], { home: h, env: env() })).code).toBe(64);
  });

  it('addr config shows the DNS server and where it came from', async () => {
    const r = await runAddr(['config', '--json'], { home: home(), env: env() });
    expect(json(r).settings.dnsServer).toEqual({ value: world.dns.server, source: 'env ADDR_DNS_SERVER' });
  });
});
