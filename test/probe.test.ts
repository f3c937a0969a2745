import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import dns from 'node:dns';
import net from 'node:net';
import { rmSync } from 'node:fs';
import type { ProbeReport, ProbeTarget } from '../src/core/probe.js';
import type { Security } from '../src/core/address.js';
import type { Credentials } from '../src/core/auth.js';
import { runProbe, dotStuff, type ProbeOptions } from '../src/smtp/probe.js';
import { startSandbox, type Sandbox, type SandboxEvent, type SandboxOptions, type Scenario } from '../src/smtp/sandbox.js';
import { tempDir, writeTemp } from './helpers.js';

const USER = 'alice@example.com';
const PASSWORD = 'Tr0ub4dor&3-secret';
const LOGIN: Credentials = { method: 'password', username: USER, password: PASSWORD };
const NO_LOGIN: Credentials = { method: 'none' };
const FAST: ProbeOptions = { timeouts: { connectMs: 2000, greetingMs: 2000, commandMs: 2000 }, ehloName: 'probe.test' };

interface Peer { sb: Sandbox; events: SandboxEvent[] }
const peers: Sandbox[] = [];
async function peer(scenario: Scenario = 'ok', extra: SandboxOptions = {}): Promise<Peer> {
  const events: SandboxEvent[] = [];
  const sb = await startSandbox({ scenario, user: USER, password: PASSWORD, onEvent: (e) => events.push(e), ...extra });
  peers.push(sb);
  return { sb, events };
}

const portFor = (sb: Sandbox, security: Security): number =>
  security === 'ssl' ? sb.ports.ssl : security === 'starttls' ? sb.ports.starttls : sb.ports.plain;

function target(sb: Sandbox, security: Security, over: Partial<ProbeTarget> = {}): ProbeTarget {
  return { host: '127.0.0.1', port: portFor(sb, security), security, username: USER, from: USER, rcpt: 'probe@example.org', tlsVerify: true, caFile: sb.caFile, ...over };
}

const stageNames = (r: ProbeReport): string[] => r.stages.map((s) => s.stage);
const authAttempts = (events: SandboxEvent[]): number => events.filter((e) => e.type === 'auth').length;
const transcriptText = (r: ProbeReport): string => r.transcript.map((l) => l.line).join('\n');

/** A one-off TCP server with a scripted behaviour, for peers smtp-server cannot imitate. */
async function scripted(onSocket: (s: net.Socket) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => { sockets.add(s); s.on('error', () => {}); s.on('close', () => sockets.delete(s)); onSocket(s); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return { port, close: () => new Promise<void>((r) => { sockets.forEach((s) => s.destroy()); server.close(() => r()); }) };
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A resolver with fixed answers, in the shape dns.lookup has with { all: true }. */
const fakeLookup = (map: Record<string, string | string[]>): typeof dns.lookup =>
  ((host: string, _opts: unknown, cb: (err: NodeJS.ErrnoException | null, addresses: { address: string; family: number }[]) => void) => {
    const found = map[host];
    const list = (Array.isArray(found) ? found : found ? [found] : []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    setImmediate(() => list.length ? cb(null, list) : cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []));
  }) as unknown as typeof dns.lookup;

afterAll(async () => {
  await Promise.all(peers.map((p) => p.close()));
});

describe('runProbe against the sandbox: ok scenario', () => {
  let ok: Peer;
  beforeAll(async () => { ok = await peer('ok'); });

  it.each([
    ['none', ['dns', 'connect', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']],
    ['starttls', ['dns', 'connect', 'greeting', 'ehlo', 'tls', 'auth', 'mail', 'rcpt', 'quit']],
    ['ssl', ['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']],
  ] as const)('security %s passes every stage, with one AUTH', async (security, expected) => {
    const before = authAttempts(ok.events);
    const seen: string[] = [];
    const r = await runProbe(target(ok.sb, security), LOGIN, { ...FAST, onStage: (s) => seen.push(s.stage) });
    expect(r.failure).toBeNull();
    expect(r.ok).toBe(true);
    expect(stageNames(r)).toEqual(expected);
    expect(seen).toEqual(expected);
    expect(r.stages.every((s) => s.ok && s.ms >= 0)).toBe(true);
    expect(authAttempts(ok.events) - before).toBe(1);
    expect(r.transcript.filter((l) => l.dir === 'client' && l.line.startsWith('AUTH'))).toHaveLength(1);
    const auth = r.stages.find((s) => s.stage === 'auth')!;
    expect(auth).toMatchObject({ code: 235, detail: `PLAIN as ${USER}` });
    expect(r.stages.find((s) => s.stage === 'mail')).toMatchObject({ code: 250 });
    expect(r.stages.find((s) => s.stage === 'rcpt')).toMatchObject({ code: 250 });
    expect(r.stages.find((s) => s.stage === 'greeting')).toMatchObject({ code: 220 });
    expect(r.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(r.diagnosis).toBeNull();
    expect(r.sentMessageId).toBeNull();
    expect(r.transcript.filter((l) => l.dir === 'client').map((l) => l.line).slice(-1)).toEqual(['QUIT']);
    expect(transcriptText(r)).not.toMatch(/^RSET$/m); // QUIT drops the transaction: no RSET round trip
    if (security === 'none') {
      expect(r.certificate).toBeNull();
    } else {
      expect(r.certificate).toMatchObject({ authorized: true, authorizationError: null, subject: 'CN=localhost' });
      expect(r.certificate!.altNames).toMatch(/IP Address:127\.0\.0\.1/);
      expect(r.certificate!.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(r.certificate!.protocol).toMatch(/^TLSv1\.[23]$/);
      expect(new Date(r.certificate!.validTo).getTime()).toBeGreaterThan(Date.now());
      expect(r.stages.find((s) => s.stage === 'tls')!.detail).toMatch(/^TLSv1\.\d \S+, CN=localhost, expires \d{4}-\d\d-\d\d \(\d+ days\)$/);
    }
    if (security === 'starttls') {
      // capabilities are those of the EHLO after TLS
      expect(r.capabilities.some((c) => /^STARTTLS$/i.test(c))).toBe(false);
      expect(r.stages.find((s) => s.stage === 'tls')).toMatchObject({ code: 220 });
    }
  });

  it('skips auth when no password is given (and the server then wants a login at MAIL FROM)', async () => {
    const before = authAttempts(ok.events);
    const r = await runProbe(target(ok.sb, 'starttls'), NO_LOGIN, FAST);
    expect(stageNames(r)).toEqual(['dns', 'connect', 'greeting', 'ehlo', 'tls', 'mail']);
    expect(r.failure).toMatchObject({ stage: 'mail', code: 530 });
    expect(authAttempts(ok.events)).toBe(before);
    expect(transcriptText(r)).not.toMatch(/^AUTH/m);
  });

  it('never puts the password or its base64 into the transcript (PLAIN)', async () => {
    const live: string[] = [];
    const r = await runProbe(target(ok.sb, 'ssl'), LOGIN, { ...FAST, onTranscript: (l) => live.push(l.line) });
    const text = transcriptText(r);
    expect(live.join('\n')).toBe(text);
    expect(text).toMatch(/^AUTH PLAIN \*{8}$/m);
    for (const secret of [PASSWORD, Buffer.from(PASSWORD).toString('base64'), Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64')]) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(r)).not.toContain(secret);
    }
    expect(r.transcript.every((l, i, a) => i === 0 || l.t >= a[i - 1]!.t)).toBe(true);
  });

  it('sends no message unless asked', async () => {
    const before = ok.sb.messages.length;
    const r = await runProbe(target(ok.sb, 'starttls'), LOGIN, FAST);
    expect(r.ok).toBe(true);
    expect(ok.sb.messages.length).toBe(before);
    expect(transcriptText(r)).not.toMatch(/^DATA$/m);
  });

  it('--send-to: delivers exactly one test message with display name, To and Message-ID', async () => {
    const before = ok.sb.messages.length;
    const r = await runProbe(target(ok.sb, 'ssl'), LOGIN, { ...FAST, sendTo: 'boss@example.net', displayName: 'Support Team' });
    expect(r.failure).toBeNull();
    expect(stageNames(r)).toEqual(['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'data', 'quit']);
    expect(ok.sb.messages.length).toBe(before + 1);
    const m = ok.sb.messages[ok.sb.messages.length - 1]!;
    expect(m.from).toBe(USER);
    expect(m.to).toEqual(['boss@example.net']);
    expect(m.authUser).toBe(USER);
    expect(m.secure).toBe(true);
    const raw = m.raw.toString('utf8');
    expect(raw).toMatch(/^From: Support Team <alice@example\.com>$/m);
    expect(raw).toMatch(/^To: boss@example\.net$/m);
    expect(raw).toMatch(/^Subject: addr test message$/m);
    expect(r.sentMessageId).toMatch(/^<[0-9a-f]+\.addr-test@example\.com>$/);
    expect(raw).toContain(`Message-ID: ${r.sentMessageId}`);
    expect(r.stages.find((s) => s.stage === 'data')).toMatchObject({ ok: true, code: 250 });
    expect(transcriptText(r)).not.toMatch(/^RSET$/m);
  });

  it('certificate: no CA file → tls fails with DEPTH_ZERO_SELF_SIGNED_CERT (starttls and ssl)', async () => {
    for (const security of ['starttls', 'ssl'] as const) {
      const before = authAttempts(ok.events);
      const r = await runProbe(target(ok.sb, security, { caFile: null }), LOGIN, FAST);
      expect(r.ok).toBe(false);
      expect(r.failure).toMatchObject({ stage: 'tls', errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(r.failure!.message).toMatch(/self-signed/);
      expect(r.stages[r.stages.length - 1]).toMatchObject({ stage: 'tls', ok: false });
      expect(r.certificate).toMatchObject({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT', subject: 'CN=localhost' });
      expect(authAttempts(ok.events)).toBe(before);
    }
  });

  it('certificate: tlsVerify false passes without a CA file, and says the certificate is not trusted', async () => {
    const r = await runProbe(target(ok.sb, 'ssl', { caFile: null, tlsVerify: false }), LOGIN, FAST);
    expect(r.ok).toBe(true);
    expect(r.certificate).toMatchObject({ authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('certificate: a host name the certificate does not name → ERR_TLS_CERT_ALTNAME_INVALID', async () => {
    const lookup = fakeLookup({ 'mail.example.test': '127.0.0.1', localhost: '127.0.0.1' });
    const bad = await runProbe(target(ok.sb, 'ssl', { host: 'mail.example.test' }), LOGIN, { ...FAST, lookup });
    expect(bad.failure).toMatchObject({ stage: 'tls', errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(bad.stages[0]).toMatchObject({ stage: 'dns', ok: true, detail: '127.0.0.1' });
    const good = await runProbe(target(ok.sb, 'starttls', { host: 'localhost' }), LOGIN, { ...FAST, lookup });
    expect(good.failure).toBeNull();
  });

  it('an unreadable CA file fails at tls with a clear message', async () => {
    const r = await runProbe(target(ok.sb, 'starttls', { caFile: '/nonexistent/ca.pem' }), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'tls', errorCode: 'ECAFILE' });
    expect(r.failure!.message).toMatch(/Cannot read the CA file \/nonexistent\/ca\.pem/);
    const dir = tempDir('addr-ca-');
    try {
      const notPem = writeTemp(dir, 'x.pem', 'hello');
      const r2 = await runProbe(target(ok.sb, 'ssl', { caFile: notPem }), LOGIN, FAST);
      expect(r2.failure).toMatchObject({ stage: 'tls', errorCode: 'ECAFILE' });
      expect(r2.failure!.message).toMatch(/no PEM certificate/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it.each(['plain', 'starttls'] as const)('ssl against the %s port → tls fails with ERR_SSL_WRONG_VERSION_NUMBER, fast', async (listener) => {
    const r = await runProbe({ ...target(ok.sb, 'ssl'), port: ok.sb.ports[listener] }, LOGIN, FAST);
    expect(stageNames(r)).toEqual(['dns', 'connect', 'tls']);
    expect(r.failure).toMatchObject({ stage: 'tls', errorCode: 'ERR_SSL_WRONG_VERSION_NUMBER' });
    expect(r.failure!.message).toMatch(/starttls/);
    expect(r.totalMs).toBeLessThan(1500);
  });

  it.each(['starttls', 'none'] as const)('%s against the implicit-TLS port → greeting failure', async (security) => {
    const r = await runProbe({ ...target(ok.sb, security), port: ok.sb.ports.ssl }, LOGIN, { ...FAST, timeouts: { greetingMs: 300 } });
    expect(r.failure).toMatchObject({ stage: 'greeting', timeout: 'greeting' });
    expect(r.failure!.message).toMatch(/implicit TLS/);
    expect(stageNames(r)).toEqual(['dns', 'connect', 'greeting']);
  });

  it('security none on the STARTTLS port sends AUTH in clear only because it was asked to; the server refuses it (538)', async () => {
    const before = authAttempts(ok.events);
    const r = await runProbe(target(ok.sb, 'none', { port: ok.sb.ports.starttls }), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', code: 538 });
    expect(authAttempts(ok.events)).toBe(before); // the password never reached the server's login check
  });

  it('connection refused on a closed port', async () => {
    const r = await runProbe({ ...target(ok.sb, 'starttls'), port: await closedPort() }, LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'connect', errorCode: 'ECONNREFUSED' });
    expect(stageNames(r)).toEqual(['dns', 'connect']);
  });

  it('DNS failure → stage dns with ENOTFOUND', async () => {
    const r = await runProbe(target(ok.sb, 'ssl', { host: 'no-such-host.invalid' }), LOGIN, { ...FAST, lookup: fakeLookup({}) });
    expect(r.failure).toMatchObject({ stage: 'dns', errorCode: 'ENOTFOUND' });
    expect(r.stages).toEqual([expect.objectContaining({ stage: 'dns', ok: false })]);
  });
});

describe('runProbe: several addresses for one host', () => {
  let ok: Peer;
  beforeAll(async () => { ok = await peer('ok'); });

  it('tries IPv4 first and falls back to the next address when one refuses', async () => {
    // 127.0.0.2 is on loopback too but nothing listens there on the sandbox port: refused, then 127.0.0.1 answers.
    const lookup = fakeLookup({ 'mail.example.test': ['127.0.0.2', '127.0.0.1'] });
    const r = await runProbe(target(ok.sb, 'none', { host: 'mail.example.test' }), LOGIN, { ...FAST, lookup });
    expect(r.ok).toBe(true);
    expect(r.stages.find((st) => st.stage === 'dns')?.detail).toBe('127.0.0.2 (+1 more)');
    expect(r.stages.find((st) => st.stage === 'connect')?.detail).toBe(`127.0.0.1:${ok.sb.ports.plain}`);
    expect(r.transcript.some((l) => /127\.0\.0\.2: .*trying the next address/.test(l.line))).toBe(true);
  });
});

describe('runProbe against the sandbox: refusing scenarios', () => {
  it.each(['none', 'starttls', 'ssl'] as const)('auth-fail over %s → stage auth, 535 5.7.8, one attempt', async (security) => {
    const { sb, events } = await peer('auth-fail');
    const r = await runProbe(target(sb, security), LOGIN, FAST);
    expect(r.ok).toBe(false);
    expect(r.failure).toMatchObject({ stage: 'auth', code: 535, enhanced: '5.7.8' });
    expect(r.failure!.reply).toBe('535 5.7.8 Error: authentication failed: Invalid user or password');
    expect(r.stages[r.stages.length - 1]).toMatchObject({ stage: 'auth', ok: false, code: 535, enhanced: '5.7.8' });
    expect(authAttempts(events)).toBe(1);
  });

  it('spam → rcpt 550 5.7.1', async () => {
    const { sb } = await peer('spam');
    const r = await runProbe(target(sb, 'starttls'), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'rcpt', code: 550, enhanced: '5.7.1' });
    expect(r.failure!.reply).toMatch(/classified as spam/);
  });

  it('spf → rcpt 550 5.7.1 with the SPF text', async () => {
    const { sb } = await peer('spf');
    const r = await runProbe(target(sb, 'ssl'), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'rcpt', code: 550, enhanced: '5.7.1' });
    expect(r.failure!.reply).toMatch(/SPF check failed/);
  });

  it('sender-not-owned → mail 553 5.7.1', async () => {
    const { sb } = await peer('sender-not-owned');
    const r = await runProbe(target(sb, 'ssl'), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'mail', code: 553, enhanced: '5.7.1', reply: '553 5.7.1 Sender address rejected: not owned by auth user.' });
    expect(stageNames(r)).toEqual(['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail']);
  });

  it.each(['none', 'starttls', 'ssl'] as const)('greeting-timeout over %s → stage greeting, timeout greeting', async (security) => {
    const { sb } = await peer('greeting-timeout');
    const t0 = Date.now();
    const r = await runProbe(target(sb, security), LOGIN, { ...FAST, timeouts: { greetingMs: 300 } });
    expect(r.failure).toMatchObject({ stage: 'greeting', timeout: 'greeting' });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it('no-auth with a password → fails at auth (never a silent pass); without a password → passes', async () => {
    const { sb } = await peer('no-auth');
    const r = await runProbe(target(sb, 'starttls'), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', errorCode: 'ENOAUTH' });
    expect(r.failure!.message).toMatch(/advertises no AUTH/);
    const r2 = await runProbe(target(sb, 'starttls'), NO_LOGIN, FAST);
    expect(r2.ok).toBe(true);
  });

  it('no-starttls → fails at tls saying the port offers no STARTTLS; nothing secret was sent', async () => {
    const { sb, events } = await peer('no-starttls');
    const r = await runProbe(target(sb, 'starttls'), LOGIN, FAST);
    expect(r.failure).toMatchObject({ stage: 'tls', errorCode: 'ENOSTARTTLS' });
    expect(r.failure!.message).toMatch(/offers no STARTTLS/);
    expect(r.transcript.filter((l) => l.dir === 'client' && /^AUTH/.test(l.line))).toEqual([]);
    expect(authAttempts(events)).toBe(0);
  });

  it.each([
    ['LOGIN', ['AUTH LOGIN', '********', '********']],
    ['CRAM-MD5', ['AUTH CRAM-MD5', '********']],
  ] as const)('%s: one attempt, masked lines', async (mech, lines) => {
    const { sb, events } = await peer('ok', { authMethods: [mech] });
    const r = await runProbe(target(sb, 'ssl'), LOGIN, FAST);
    expect(r.failure).toBeNull();
    expect(r.stages.find((s) => s.stage === 'auth')!.detail).toBe(`${mech} as ${USER}`);
    const sent = r.transcript.filter((l) => l.dir === 'client').map((l) => l.line);
    const i = sent.findIndex((l) => l.startsWith('AUTH'));
    expect(sent.slice(i, i + lines.length)).toEqual(lines);
    expect(authAttempts(events)).toBe(1);
    const text = JSON.stringify(r);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(text).not.toContain(Buffer.from(USER).toString('base64'));
  });

  it('a wrong LOGIN password fails at auth after exactly one attempt', async () => {
    const { sb, events } = await peer('ok', { authMethods: ['LOGIN', 'CRAM-MD5'] });
    const r = await runProbe(target(sb, 'starttls'), { ...LOGIN, password: 'wrong' }, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', code: 535 });
    expect(authAttempts(events)).toBe(1);
  });
});

describe('runProbe against scripted peers', () => {
  it('TLS bytes instead of a greeting are recognised at once', async () => {
    const srv = await scripted((s) => s.write(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46])));
    try {
      const r = await runProbe({ host: '127.0.0.1', port: srv.port, security: 'starttls', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null }, NO_LOGIN, FAST);
      expect(r.failure).toMatchObject({ stage: 'greeting', errorCode: 'EPROTOCOL' });
      expect(r.failure!.message).toMatch(/implicit TLS/);
      expect(r.totalMs).toBeLessThan(1000);
    } finally { await srv.close(); }
  });

  it('a UTF-8 mailbox name: MAIL FROM with SMTPUTF8 where the server offers it, a clear failure where it does not', async () => {
    const mailLines: string[] = [];
    const server = (utf8: boolean) => scripted((s) => {
      s.write('220 mx.example.test ESMTP\r\n');
      let buf = '';
      s.on('data', (d) => {
        buf += d.toString('utf8');
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const line = buf.slice(0, nl).replace(/\r$/, ''); buf = buf.slice(nl + 1);
          if (/^EHLO/i.test(line)) s.write(`250-mx.example.test\r\n${utf8 ? '250-SMTPUTF8\r\n' : ''}250 8BITMIME\r\n`);
          else if (/^MAIL/i.test(line)) { mailLines.push(line); s.write('250 OK\r\n'); }
          else if (/^RCPT/i.test(line)) s.write('250 OK\r\n');
          else if (/^QUIT/i.test(line)) { s.write('221 bye\r\n'); s.end(); }
          else s.write('250 OK\r\n');
        }
      });
    });
    const from = 'поддержка@xn--e1afmkfd.test';
    const t = (port: number): ProbeTarget => ({ host: '127.0.0.1', port, security: 'none', username: null, from, rcpt: 'a@example.test', tlsVerify: true, caFile: null });
    const yes = await server(true);
    try {
      const r = await runProbe(t(yes.port), NO_LOGIN, FAST);
      expect(r.ok).toBe(true);
      expect(mailLines).toEqual([`MAIL FROM:<${from}> SMTPUTF8`]);
    } finally { await yes.close(); }
    const no = await server(false);
    try {
      const r = await runProbe(t(no.port), NO_LOGIN, FAST);
      expect(r.failure).toMatchObject({ stage: 'mail', errorCode: 'ESMTPUTF8' });
      expect(r.failure!.message).toMatch(/SMTPUTF8/);
      expect(mailLines).toHaveLength(1);
    } finally { await no.close(); }
  });

  it('a reset right after connect is reported at greeting', async () => {
    const srv = await scripted((s) => { setTimeout(() => s.resetAndDestroy(), 30); });
    try {
      const r = await runProbe({ host: '127.0.0.1', port: srv.port, security: 'none', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null }, NO_LOGIN, FAST);
      expect(r.failure?.stage).toBe('greeting');
      expect(['ECONNRESET', 'ECLOSED']).toContain(r.failure!.errorCode);
    } finally { await srv.close(); }
  });

  it('a non-220 greeting, HELO fallback, multi-line replies and a command timeout', async () => {
    const srv = await scripted((s) => {
      s.write('220-mx.example.test ESMTP\r\n220 welcome\r\n');
      s.setEncoding('utf8');
      s.on('data', (d: string) => {
        if (d.startsWith('EHLO')) s.write('502 5.5.1 EHLO not implemented\r\n');
        else if (d.startsWith('HELO')) s.write('250 mx.example.test\r\n');
        // MAIL FROM: never answered
      });
    });
    try {
      const r = await runProbe({ host: '127.0.0.1', port: srv.port, security: 'none', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null }, NO_LOGIN, { ...FAST, timeouts: { commandMs: 300 } });
      expect(r.stages.find((s) => s.stage === 'greeting')).toMatchObject({ ok: true, code: 220, reply: '220-mx.example.test ESMTP\n220 welcome' });
      expect(r.stages.find((s) => s.stage === 'ehlo')).toMatchObject({ ok: true, code: 250 });
      expect(r.capabilities).toEqual([]);
      expect(r.failure).toMatchObject({ stage: 'mail', timeout: 'command', errorCode: 'ETIMEDOUT' });
    } finally { await srv.close(); }
  });

  it('a 554 greeting is a failure with the reply', async () => {
    const srv = await scripted((s) => s.end('554 5.7.1 No SMTP service here\r\n'));
    try {
      const r = await runProbe({ host: '127.0.0.1', port: srv.port, security: 'none', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null }, NO_LOGIN, FAST);
      expect(r.failure).toMatchObject({ stage: 'greeting', code: 554, enhanced: '5.7.1' });
    } finally { await srv.close(); }
  });

  it('the server closing mid-conversation → ECLOSED at that stage', async () => {
    const srv = await scripted((s) => {
      s.write('220 hi\r\n');
      s.on('data', (d: Buffer) => { if (d.toString().startsWith('EHLO')) s.write('250-hi\r\n250 AUTH PLAIN\r\n'); else s.destroy(); });
    });
    try {
      const r = await runProbe({ host: '127.0.0.1', port: srv.port, security: 'none', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null }, LOGIN, FAST);
      expect(r.failure?.stage).toBe('auth');
      expect(['ECONNRESET', 'ECLOSED']).toContain(r.failure!.errorCode);
    } finally { await srv.close(); }
  });
});

describe('the reply reader against replies out of turn and too long', () => {
  const plainTarget = (port: number): ProbeTarget => ({ host: '127.0.0.1', port, security: 'none', username: USER, from: USER, rcpt: USER, tlsVerify: true, caFile: null });

  it('a reply sent ahead of its command is an error, never the answer to the next command', async () => {
    // greeting, then at once a "250" nobody asked for: it must not be read as the answer to EHLO
    const srv = await scripted((s) => {
      s.write('220 hi\r\n250 pipelined ahead\r\n');
      s.on('data', () => s.write('250 late\r\n'));
    });
    try {
      const r = await runProbe(plainTarget(srv.port), NO_LOGIN, FAST);
      expect(r.failure).toMatchObject({ errorCode: 'EUNSOLICITED' });
      expect(['greeting', 'ehlo']).toContain(r.failure!.stage);
      expect(r.stages.find((st) => st.stage === 'ehlo' && st.ok)).toBeUndefined();
    } finally { await srv.close(); }
  });

  it('an extra reply after the one a command gets is an error too', async () => {
    const srv = await scripted((s) => {
      s.write('220 hi\r\n');
      s.on('data', (d: Buffer) => { if (d.toString().startsWith('EHLO')) s.write('250 hi\r\n250 AUTH PLAIN\r\n235 2.7.0 Accepted\r\n'); });
    });
    try {
      const r = await runProbe(plainTarget(srv.port), LOGIN, FAST);
      expect(r.failure).toMatchObject({ errorCode: 'EUNSOLICITED' });
      expect(r.stages.find((st) => st.stage === 'auth' && st.ok)).toBeUndefined();
    } finally { await srv.close(); }
  });

  it.each([[100, true], [101, false]] as const)('an EHLO reply of %i lines is %s', async (lines, accepted) => {
    const ehloReply = Array.from({ length: lines }, (_, i) => `250${i === lines - 1 ? ' ' : '-'}X-EXT-${i}`).join('\r\n') + '\r\n';
    const srv = await scripted((s) => {
      s.write('220 hi\r\n');
      s.on('data', (d: Buffer) => {
        const line = d.toString();
        if (line.startsWith('EHLO')) s.write(ehloReply);
        else if (line.startsWith('QUIT')) s.end('221 bye\r\n');
        else s.write('250 ok\r\n');
      });
    });
    try {
      const r = await runProbe(plainTarget(srv.port), NO_LOGIN, FAST);
      if (accepted) {
        expect(r.failure).toBeNull();
        expect(r.capabilities).toHaveLength(lines - 1);
      } else {
        expect(r.failure).toMatchObject({ stage: 'ehlo', errorCode: 'EREPLYTOOLONG' });
        expect(r.failure!.message).toMatch(/more than 100 lines/);
      }
    } finally { await srv.close(); }
  });
});

describe('dotStuff', () => {
  it('doubles leading dots, uses CRLF and ends with a lone dot', () => {
    expect(dotStuff(Buffer.from('a\n.b\r\n..c')).toString()).toBe('a\r\n..b\r\n...c\r\n.\r\n');
  });
});

