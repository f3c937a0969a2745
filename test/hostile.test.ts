/**
 * Hostile servers on 127.0.0.1 against the built binary (`addr test`, `addr add`, `addr send`, `addr log`): a
 * scripted SMTP server (plain + STARTTLS, and implicit TLS) that drips its replies, sends endless continuation
 * lines, floods before and after its greeting, injects replies after STARTTLS, quotes the credentials back, sends
 * terminal escape sequences, closes during DATA, stalls the TLS handshake or never greets. Every run must end,
 * classified, within its deadline, with bounded memory; nothing it sends reaches any output raw, and no secret
 * reaches any output at all. Small timeouts keep the suite fast; the assertions are about classification and
 * about having ended, not about exact times. Run `npm run build` first.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { binPath, childEnv, selfSignedCert, tempDir, writeTemp } from './helpers.js';

const USER = 'support@example.com';
const PASSWORD = 'Hostile-Pass-42';
const PLAIN_ARG = Buffer.from(`\0${USER}\0${PASSWORD}`).toString('base64');
const SECRETS = [PASSWORD, PLAIN_ARG, Buffer.from(PASSWORD).toString('base64')];
const ESC = '\x1b';

type Mode =
  | 'good' | 'drip' | 'slow-continuation' | 'flood-continuation' | 'flood-before-greeting' | 'flood-220'
  | 'slow-replies' | 'starttls-inject' | 'echo-credentials' | 'escapes' | 'close-in-data' | 'tls-stall' | 'silent';

/** A scripted SMTP server whose behaviour is switched between tests. */
class HostileServer {
  mode: Mode = 'good';
  delivered = 0;
  bytesWritten = 0;
  plainPort = 0;
  sslPort = 0;
  private readonly servers: net.Server[] = [];
  private readonly sockets = new Set<net.Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly cert: { key: string; cert: string }) {}

  async start(): Promise<void> {
    const plain = net.createServer({ allowHalfOpen: true }, (s) => this.track(s) && this.session(s, false));
    const ssl = net.createServer({ allowHalfOpen: true }, (s) => {
      if (!this.track(s)) return;
      if (this.mode === 'tls-stall') return; // TCP accepted; the ClientHello is never answered
      const secure = new tls.TLSSocket(s, { isServer: true, key: this.cert.key, cert: this.cert.cert });
      secure.on('error', () => {});
      this.session(secure, true);
    });
    for (const srv of [plain, ssl]) {
      await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
      this.servers.push(srv);
    }
    this.plainPort = (plain.address() as net.AddressInfo).port;
    this.sslPort = (ssl.address() as net.AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const s of this.sockets) s.destroy();
    await Promise.all(this.servers.map((srv) => new Promise<void>((r) => srv.close(() => r()))));
  }

  private track(s: net.Socket): boolean {
    this.sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => this.sockets.delete(s));
    s.on('end', () => {}); // FIN from the client is ignored (allowHalfOpen): only a destroy ends it
    return true;
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => { this.timers.delete(t); fn(); }, ms);
    this.timers.add(t);
  }

  /** Writes as fast as the client reads, until it goes away. */
  private flood(s: net.Socket, chunk: string): void {
    const pump = (): void => {
      while (!s.destroyed && s.writable) {
        this.bytesWritten += chunk.length;
        if (!s.write(chunk)) { s.once('drain', pump); return; }
      }
    };
    pump();
  }

  private reply(s: net.Socket, text: string): void {
    if (s.destroyed) return;
    if (this.mode === 'drip') {
      const bytes = Buffer.from(text);
      let i = 0;
      const next = (): void => { if (!s.destroyed && i < bytes.length) { s.write(bytes.subarray(i, ++i)); this.later(300, next); } };
      next();
    } else if (this.mode === 'slow-replies') {
      this.later(700, () => { if (!s.destroyed) s.write(text); });
    } else {
      s.write(text);
    }
  }

  private session(socket: net.Socket, secure: boolean): void {
    const mode = this.mode;
    if (mode === 'silent') return;
    if (mode === 'flood-before-greeting') return this.flood(socket, 'x'.repeat(16 * 1024));
    if (mode === 'flood-220') return this.flood(socket, '220-hostile.test flooding before its greeting\r\n');
    const greeting = mode === 'escapes' ? `220 hostile.test ${ESC}]0;owned${ESC}\\${ESC}[2J ESMTP\r\n` : '220 hostile.test ESMTP\r\n';
    if (mode === 'drip') socket.write(greeting); else this.reply(socket, greeting);
    this.converse(socket, secure);
  }

  private converse(socket: net.Socket, secure: boolean): void {
    let buf = '';
    let inData = false;
    const onData = (d: Buffer): void => {
      buf += d.toString('latin1');
      if (inData) {
        if (this.mode === 'close-in-data') { socket.destroy(); return; }
        const end = buf.indexOf('\r\n.\r\n');
        if (end < 0) return;
        buf = buf.slice(end + 5);
        inData = false;
        this.delivered += 1;
        this.reply(socket, '250 2.0.0 Ok: queued\r\n');
      }
      let nl: number;
      while (!inData && (nl = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const verb = line.split(' ')[0]!.toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') {
          if (this.mode === 'slow-continuation') {
            socket.write('250-hostile.test\r\n');
            const more = (): void => { if (!socket.destroyed) { socket.write('250-STILL-THINKING\r\n'); this.later(300, more); } };
            this.later(300, more);
          } else if (this.mode === 'flood-continuation') {
            this.flood(socket, `250-${'A'.repeat(70)}\r\n`);
          } else {
            const esc = this.mode === 'escapes' ? `250-${ESC}[32mAll good, saved.${ESC}[0m\r\n` : '';
            this.reply(socket, `250-hostile.test\r\n${esc}${secure ? '' : '250-STARTTLS\r\n'}250-SIZE 10485760\r\n250 AUTH PLAIN LOGIN\r\n`);
          }
        } else if (verb === 'STARTTLS') {
          const injected = this.mode === 'starttls-inject'
            ? '250-hostile.test\r\n250 AUTH PLAIN\r\n235 2.7.0 Authentication successful\r\n250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 go ahead\r\n250 2.0.0 Ok\r\n221 2.0.0 Bye\r\n'
            : '';
          socket.write(`220 2.0.0 Ready to start TLS\r\n${injected}`);
          socket.off('data', onData);
          const upgraded = new tls.TLSSocket(socket, { isServer: true, key: this.cert.key, cert: this.cert.cert });
          upgraded.on('error', () => {});
          this.converse(upgraded, true);
          return;
        } else if (verb === 'AUTH') {
          const arg = line.split(' ')[2] ?? '';
          const [, user, pass] = Buffer.from(arg, 'base64').toString('utf8').split('\0');
          if (this.mode === 'echo-credentials') {
            this.reply(socket, `535-5.7.8 Authentication failed for: ${line}\r\n535 5.7.8 (user ${user}, password ${pass})\r\n`);
          } else if (this.mode === 'escapes') {
            this.reply(socket, `535 5.7.8 ${ESC}[2J${ESC}[32mAll good, saved.${ESC}[0m\r\n`);
          } else if (this.mode === 'starttls-inject') {
            // the real server behind the injection refuses the login: a client fooled by the injected 235 passes
            this.reply(socket, '535 5.7.8 Error: authentication failed\r\n');
          } else {
            this.reply(socket, user === USER && pass === PASSWORD ? '235 2.7.0 Authentication successful\r\n' : '535 5.7.8 Error: authentication failed\r\n');
          }
        } else if (verb === 'MAIL') {
          this.reply(socket, '250 2.1.0 Ok\r\n');
        } else if (verb === 'RCPT') {
          this.reply(socket, this.mode === 'escapes' ? `550 5.1.1 ${ESC}]0;pwned${ESC}\\${ESC}[32mAll good, saved.${ESC}[0m\r\n` : '250 2.1.5 Ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          this.reply(socket, '354 End data with <CR><LF>.<CR><LF>\r\n');
        } else if (verb === 'RSET' || verb === 'NOOP') {
          this.reply(socket, '250 2.0.0 Ok\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 2.0.0 Bye\r\n');
        } else {
          this.reply(socket, '502 5.5.2 Error: command not recognized\r\n');
        }
      }
    };
    socket.on('data', onData);
  }
}

interface Watched { code: number; stdout: string; stderr: string; ms: number; peakRssKb: number }

/** Spawns the built binary and samples its peak RSS (VmHWM) while it runs. */
function addr(args: string[], home: string, opts: { input?: string; env?: Record<string, string> } = {}): Promise<Watched> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [binPath, ...args], { cwd: home, env: childEnv(home, { P: PASSWORD, ...opts.env }), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakRssKb = 0;
    const sample = (): void => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakRssKb = Math.max(peakRssKb, Number(m[1]));
      } catch { /* gone */ }
    };
    const sampler = setInterval(sample, 25);
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const killer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`addr ${args.join(' ')} did not end\n${stdout}\n${stderr}`)); }, 25_000);
    child.on('error', reject);
    child.on('exit', () => sample());
    child.on('close', (code) => { clearInterval(sampler); clearTimeout(killer); resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - t0, peakRssKb }); });
    child.stdin.end(opts.input ?? '');
  });
}

function json(r: Watched): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

const DEADLINE_MS = 4000;
const LIMITS = ['--connect-timeout', '2s', '--greeting-timeout', '1s', '--command-timeout', '1s', '--deadline', '4s'];
/** A run ended within its deadline (plus the start-up of the binary and a slow shared machine). */
const endedInTime = (r: Watched): void => expect(r.ms).toBeLessThan(DEADLINE_MS + 8000);
/** Far below the gigabytes an unbounded reader reaches; about 50 MB is the binary's own size. */
const RSS_LIMIT_KB = 200 * 1024;

let server: HostileServer;
let caFile: string;
const home = tempDir('addr-hostile-');

beforeAll(async () => {
  const cert = selfSignedCert();
  caFile = writeTemp(home, 'ca.pem', cert.cert);
  server = new HostileServer(cert);
  await server.start();
  // Saved addresses for `addr send`, added while the server behaves.
  for (const [email, security, port] of [['starttls@example.com', 'starttls', server.plainPort], ['ssl@example.com', 'ssl', server.sslPort]] as const) {
    const r = await addr(['add', '--email', email, '--login', USER, '--host', '127.0.0.1', '--port', String(port), '--security', security, '--ca', caFile, '--password-env', 'P'], home);
    if (r.code !== 0) throw new Error(`addr add ${email} failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
});

afterAll(async () => {
  await server?.close();
  rmSync(home, { recursive: true, force: true });
});

const test = (security: 'starttls' | 'ssl', extra: string[] = []) =>
  addr(['test', '--json', '--email', USER, '--host', '127.0.0.1', '--port', String(security === 'ssl' ? server.sslPort : server.plainPort),
    '--security', security, '--ca', caFile, '--password-env', 'P', ...LIMITS, ...extra], home);
const send = (from: 'starttls@example.com' | 'ssl@example.com', extra: string[] = []) =>
  addr(['send', '--from', from, '--to', 'client@example.org', '--subject', 'report', '--body', 'numbers', ...LIMITS, ...extra], home);

describe('the run always ends, classified, within the deadline', () => {
  it('a server that drips each reply one byte at a time: the command timeout, counted from the command', async () => {
    server.mode = 'drip';
    const t = await test('starttls');
    endedInTime(t);
    expect(t.code).toBe(75);
    expect(json(t).test).toMatchObject({ failure: { stage: 'ehlo', timeout: 'command', errorCode: 'ETIMEDOUT' }, diagnosis: { category: 'connection_timeout' } });
    const s = await send('starttls@example.com', ['--json']);
    endedInTime(s);
    expect(s.code).toBe(75);
    expect(json(s)).toMatchObject({ sent: false, failure: { stage: 'ehlo', code: 'ETIMEDOUT' }, diagnosis: { category: 'connection_timeout' } });
    expect(json(s).failure.message).toMatch(/did not answer during EHLO.*within 1000 ms/);
  });

  it('endless "250-" continuation lines, one every 300 ms: the command timeout', async () => {
    server.mode = 'slow-continuation';
    const t = await test('starttls');
    endedInTime(t);
    expect(t.code).toBe(75);
    expect(json(t).test.failure).toMatchObject({ stage: 'ehlo', timeout: 'command' });
    const s = await send('starttls@example.com', ['--json']);
    endedInTime(s);
    expect(s.code).toBe(75);
    expect(json(s).failure).toMatchObject({ stage: 'ehlo', code: 'ETIMEDOUT' });
  });

  it('every reply held 700 ms (each within the command timeout): the deadline, temporary, naming the stage', async () => {
    server.mode = 'slow-replies';
    const t = await test('starttls', ['--deadline', '2s']);
    endedInTime(t);
    expect(t.code).toBe(75);
    const f = json(t).test.failure;
    expect(f.errorCode).toBe('EDEADLINE');
    expect(f.message).toMatch(new RegExp(`^The deadline of 2 s for the whole test was reached during ${stageLabelPattern}`));
    expect(json(t).test.diagnosis).toMatchObject({ category: 'connection_timeout', permanent: false });
    const s = await send('starttls@example.com', ['--json', '--deadline', '2s']);
    endedInTime(s);
    expect(s.code).toBe(75);
    expect(json(s).failure).toMatchObject({ code: 'EDEADLINE' });
    expect(json(s).failure.message).toMatch(/deadline of 2 s for the whole send was reached during/);
    expect(json(s).diagnosis.category).toBe('connection_timeout');
  });
});

const stageLabelPattern = '(?:DNS resolve|TCP connect|TLS|Greeting|EHLO|AUTH|MAIL FROM|RCPT TO|DATA|RSET/QUIT)';

describe('unbounded replies are cut at once, with bounded memory', () => {
  it.each([
    ['endless continuation lines after EHLO', 'flood-continuation', 'ehlo'],
    ['a flood without a line break before the greeting', 'flood-before-greeting', 'greeting'],
    ['endless "220-" lines instead of a greeting', 'flood-220', 'greeting'],
  ] as const)('%s: reply too long, not SMTP, never message_too_big', async (_name, mode, stage) => {
    server.mode = mode;
    for (const run of [() => test('starttls'), () => send('starttls@example.com', ['--json'])]) {
      const before = server.bytesWritten;
      const r = await run();
      endedInTime(r);
      expect(r.peakRssKb).toBeLessThan(RSS_LIMIT_KB);
      expect(server.bytesWritten - before).toBeLessThan(64 * 1024 * 1024);
      const out = json(r);
      const failure = out.test?.failure ?? out.failure;
      const diagnosis = out.test?.diagnosis ?? out.diagnosis;
      expect(failure.stage).toBe(stage);
      expect(failure.errorCode ?? failure.code).toBe('EREPLYTOOLONG');
      expect(failure.message).toMatch(/too long/);
      expect(diagnosis.category).toBe('connection_lost');
      expect(diagnosis.category).not.toBe('message_too_big');
      expect(r.code).toBe(69);
    }
  });
});

describe('STARTTLS response injection (CVE-2011-0411 class)', () => {
  it('addr test: plaintext after the 220 is an error, the injected 235 is never read', async () => {
    server.mode = 'starttls-inject';
    const t = await test('starttls');
    expect(t.code).toBe(76);
    const report = json(t).test;
    expect(report.failure).toMatchObject({ stage: 'tls', errorCode: 'ESTARTTLSDATA' });
    expect(report.failure.message).toMatch(/in clear after its 220 reply to STARTTLS, before the TLS handshake/);
    expect(report.diagnosis.category).toBe('tls_handshake_failed');
    expect(report.stages.map((s: any) => s.stage)).not.toContain('auth');
  });

  it('addr add saves nothing', async () => {
    server.mode = 'starttls-inject';
    const other = tempDir('addr-hostile-add-');
    try {
      const r = await addr(['add', '--email', USER, '--host', '127.0.0.1', '--port', String(server.plainPort), '--security', 'starttls', '--ca', caFile, '--password-env', 'P', ...LIMITS], other);
      expect(r.code).toBe(76);
      const list = await addr(['list', '--json'], other);
      expect(list.stdout.trim() === '' || JSON.parse(list.stdout).length === 0).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('addr send (nodemailer): the injection ends the send at TLS, nothing is delivered', async () => {
    server.mode = 'starttls-inject';
    const before = server.delivered;
    const s = await send('starttls@example.com', ['--json']);
    expect(s.code).toBe(76);
    expect(json(s)).toMatchObject({ sent: false, failure: { stage: 'tls', code: 'ESTARTTLSDATA' }, diagnosis: { category: 'tls_handshake_failed' } });
    expect(server.delivered).toBe(before);
  });
});

describe('what the server says reaches no output raw, and no secret reaches any output', () => {
  const noSecret = (text: string): void => {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
  };

  it('a 535 that quotes the AUTH line and the password: masked in the human view, --json and --debug', async () => {
    server.mode = 'echo-credentials';
    const human = await test('starttls', ['--debug']);
    const machine = await test('starttls');
    for (const r of [human, machine]) {
      expect(r.code).toBe(77);
      noSecret(r.stdout + r.stderr);
    }
    expect(human.stdout + human.stderr).toMatch(/535.*Authentication failed for: AUTH PLAIN \*+/);
    expect(json(machine).test.failure.reply).toMatch(/password \*{8}\)/);
  });

  it('addr send and addr log: the echoed secret is neither printed nor stored', async () => {
    server.mode = 'echo-credentials';
    const s = await send('starttls@example.com', ['--debug']);
    expect(s.code).toBe(77);
    noSecret(s.stdout + s.stderr);
    const log = await addr(['log', '--json'], home);
    noSecret(log.stdout);
    const human = await addr(['log'], home);
    noSecret(human.stdout);
  });

  it('escape sequences (title, clear screen, a green "All good, saved.") are shown escaped, never sent to the terminal', async () => {
    server.mode = 'escapes';
    const t = await addr(['test', '--email', USER, '--host', '127.0.0.1', '--port', String(server.plainPort), '--security', 'starttls', '--ca', caFile, '--password-env', 'P', ...LIMITS, '--debug'], home);
    const j = await test('starttls');
    expect(t.code).toBe(77);
    for (const r of [t, j]) expect(r.stdout + r.stderr).not.toContain(ESC);
    expect(t.stderr).toContain('\\x1b[2J');
    const s = await send('starttls@example.com');
    const sj = await send('starttls@example.com', ['--json']);
    for (const r of [s, sj]) expect(r.stdout + r.stderr).not.toContain(ESC);
    const log = await addr(['log'], home);
    const logJson = await addr(['log', '--json'], home);
    expect(log.stdout + logJson.stdout).not.toContain(ESC);
  });
});

describe('send failures at the stage they happened', () => {
  it('a close during DATA is reported at DATA, not at TCP connect', async () => {
    server.mode = 'close-in-data';
    const s = await send('starttls@example.com', ['--json']);
    expect(json(s).failure.stage).toBe('data');
    expect(json(s).diagnosis.category).toBe('connection_lost');
    expect(s.code).toBe(75);
  });

  it('a TLS handshake that stalls after TCP connected says so (test and send), never "no connection"', async () => {
    server.mode = 'tls-stall';
    const t = await test('ssl');
    const f = json(t).test.failure;
    expect(f.stage).toBe('tls');
    expect(f.message).toMatch(/TCP connected to 127\.0\.0\.1:\d+, but the TLS handshake did not finish within 2000 ms/);
    expect(f.message).not.toMatch(/No connection/);
    const s = await send('ssl@example.com', ['--json']);
    expect(json(s).failure.stage).toBe('tls');
    expect(json(s).failure.message).toMatch(/TCP connected .* TLS handshake did not finish/);
    expect(s.code).toBe(t.code);
  });

  it('the greeting timeout of send is the one set, even when the server ignores our close', async () => {
    server.mode = 'silent';
    const s = await send('starttls@example.com', ['--json', '--deadline', '20s']);
    expect(s.code).toBe(75);
    expect(json(s)).toMatchObject({ failure: { stage: 'greeting', code: 'ETIMEDOUT' }, diagnosis: { category: 'greeting_timeout' } });
    expect(json(s).failure.message).toMatch(/no greeting within 1000 ms/);
    // nodemailer's graceful close waited 5 s more for such a server before the process could exit
    expect(s.ms).toBeLessThan(5500);
  });
});

describe('a well-behaved server still passes', () => {
  it('test and send pass in good mode', async () => {
    server.mode = 'good';
    const t = await test('starttls');
    expect(t.code).toBe(0);
    const before = server.delivered;
    const s = await send('ssl@example.com');
    expect(s.code).toBe(0);
    expect(server.delivered).toBe(before + 1);
  });
});
