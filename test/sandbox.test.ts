import { describe, it, expect, afterEach } from '@jest/globals';
import { existsSync, statSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import tls from 'node:tls';
import { startSandbox, type Sandbox, type SandboxEvent, type SandboxOptions } from '../src/smtp/sandbox.js';
import { tempDir } from './helpers.js';

/** A minimal line-based SMTP client for checking the sandbox on the wire. */
class RawClient {
  private buf = '';
  private waiters: Array<() => void> = [];
  closed = false;
  constructor(public socket: net.Socket) {
    this.listen(socket);
  }
  static connect(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }
  static connectTls(port: number, ca: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = tls.connect({ host: '127.0.0.1', port, ca }, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }
  private listen(s: net.Socket): void {
    s.setEncoding('utf8');
    s.on('data', (d: string) => { this.buf += d; this.waiters.splice(0).forEach((w) => w()); });
    s.on('close', () => { this.closed = true; this.waiters.splice(0).forEach((w) => w()); });
    s.on('error', () => {});
  }
  /** Next complete reply (multi-line joined with \n). */
  async reply(ms = 2000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = /^((?:\d{3}-[^\n]*\n)*\d{3}(?: [^\n]*)?)\r?\n/.exec(this.buf.replace(/\r\n/g, '\n'));
      if (m) {
        const text = m[1]!;
        // drop the consumed part from the original buffer
        const lines = text.split('\n').length;
        for (let i = 0; i < lines; i++) this.buf = this.buf.slice(this.buf.indexOf('\n') + 1);
        return text;
      }
      if (this.closed) throw new Error(`closed; buffer: ${this.buf}`);
      if (Date.now() > deadline) throw new Error(`no reply within ${ms} ms; buffer: ${this.buf}`);
      await new Promise<void>((r) => { this.waiters.push(r); setTimeout(r, 50); });
    }
  }
  async cmd(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }
  async startTls(ca: string): Promise<void> {
    const plain = this.socket;
    plain.removeAllListeners('data');
    const s = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const t = tls.connect({ socket: plain, servername: 'localhost', ca }, () => resolve(t));
      t.once('error', reject);
    });
    this.socket = s;
    this.buf = '';
    this.listen(s);
  }
  close(): void { this.socket.destroy(); }
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('sandbox', () => {
  let sb: Sandbox | null = null;
  const clients: RawClient[] = [];
  const start = async (o: SandboxOptions = {}): Promise<Sandbox> => { sb = await startSandbox(o); return sb; };
  const connect = async (port: number): Promise<RawClient> => { const c = await RawClient.connect(port); clients.push(c); return c; };

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await sb?.close();
    sb = null;
  });

  it('listens on three free ports and writes a self-signed localhost certificate', async () => {
    const dir = tempDir('addr-sb-');
    try {
      const s = await start({ certDir: dir, user: 'alice@example.com' });
      expect(new Set([s.ports.plain, s.ports.starttls, s.ports.ssl]).size).toBe(3);
      expect(s.host).toBe('127.0.0.1');
      expect(s.password.length).toBeGreaterThanOrEqual(12);
      expect(s.caFile).toBe(`${dir}/cert.pem`);
      expect(statSync(s.caFile).mode & 0o777).toBe(0o644);
      expect(statSync(s.keyFile).mode & 0o777).toBe(0o600);
      expect(readFileSync(s.caFile, 'utf8')).toBe(s.certPem);
      const x = new (await import('node:crypto')).X509Certificate(s.certPem);
      expect(x.subject).toMatch(/CN=localhost/);
      expect(x.subjectAltName).toMatch(/DNS:localhost/);
      expect(x.subjectAltName).toMatch(/IP Address:127\.0\.0\.1/);
      expect(new Date(x.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('plain listener: no STARTTLS, AUTH allowed in clear, message captured', async () => {
    const events: SandboxEvent[] = [];
    const s = await start({ user: 'alice@example.com', password: 'pw-1', onEvent: (e) => events.push(e) });
    const c = await connect(s.ports.plain);
    expect(await c.reply()).toMatch(/^220 localhost ESMTP/);
    const ehlo = await c.cmd('EHLO client.test');
    expect(ehlo).not.toMatch(/STARTTLS/);
    expect(ehlo).toMatch(/AUTH PLAIN LOGIN/);
    expect(await c.cmd(`AUTH PLAIN ${b64('\0alice@example.com\0pw-1')}`)).toMatch(/^235/);
    expect(await c.cmd('MAIL FROM:<alice@example.com>')).toMatch(/^250/);
    expect(await c.cmd('RCPT TO:<bob@example.org>')).toMatch(/^250/);
    expect(await c.cmd('DATA')).toMatch(/^354/);
    expect(await c.cmd('Subject: hi\r\n\r\nhello\r\n.')).toMatch(/^250/);
    expect(s.messages).toHaveLength(1);
    expect(s.messages[0]).toMatchObject({ from: 'alice@example.com', to: ['bob@example.org'], authUser: 'alice@example.com', secure: false, listener: 'plain' });
    expect(s.messages[0]!.raw.toString()).toMatch(/hello/);
    expect(events.filter((e) => e.type === 'auth')).toEqual([expect.objectContaining({ ok: true, method: 'PLAIN', value: 'alice@example.com' })]);
  });

  it('starttls listener: STARTTLS offered, AUTH refused before it (538), accepted after it', async () => {
    const s = await start({ user: 'alice@example.com', password: 'pw-2' });
    const c = await connect(s.ports.starttls);
    await c.reply();
    expect(await c.cmd('EHLO client.test')).toMatch(/STARTTLS/);
    expect(await c.cmd(`AUTH PLAIN ${b64('\0alice@example.com\0pw-2')}`)).toMatch(/^538 /);
    expect(await c.cmd('STARTTLS')).toMatch(/^220/);
    await c.startTls(s.certPem);
    expect(await c.cmd('EHLO client.test')).toMatch(/AUTH PLAIN LOGIN/);
    expect(await c.cmd('AUTH LOGIN')).toMatch(/^334/);
    expect(await c.cmd(b64('alice@example.com'))).toMatch(/^334/);
    expect(await c.cmd(b64('pw-2'))).toMatch(/^235/);
  });

  it('ssl listener speaks implicit TLS with the generated certificate', async () => {
    const s = await start();
    const c = await RawClient.connectTls(s.ports.ssl, s.certPem);
    clients.push(c);
    expect(await c.reply()).toMatch(/^220 /);
    expect(await c.cmd('EHLO client.test')).toMatch(/AUTH PLAIN LOGIN/);
  });

  it.each([
    ['auth-fail', 'auth', '535 5.7.8 Error: authentication failed: Invalid user or password'],
    ['sender-not-owned', 'mail', '553 5.7.1 Sender address rejected: not owned by auth user.'],
    ['spam', 'rcpt', '550 5.7.1 This message was classified as spam and may not be delivered'],
    ['spf', 'rcpt', "550 5.7.1 SPF check failed: the sender domain's SPF record does not authorise this server"],
  ] as const)('%s answers exactly on the wire at %s', async (scenario, at, expected) => {
    const s = await start({ scenario, user: 'alice@example.com', password: 'pw' });
    const c = await connect(s.ports.plain);
    await c.reply();
    await c.cmd('EHLO client.test');
    const auth = await c.cmd(`AUTH PLAIN ${b64('\0alice@example.com\0pw')}`);
    if (at === 'auth') { expect(auth).toBe(expected); return; }
    expect(auth).toMatch(/^235 /);
    const mail = await c.cmd('MAIL FROM:<alice@example.com>');
    if (at === 'mail') { expect(mail).toBe(expected); return; }
    expect(mail).toMatch(/^250 /);
    expect(await c.cmd('RCPT TO:<bob@example.org>')).toBe(expected);
  });

  it('ok scenario refuses a wrong password with the same 535 reply', async () => {
    const s = await start({ user: 'alice@example.com', password: 'right' });
    const c = await connect(s.ports.plain);
    await c.reply();
    await c.cmd('EHLO client.test');
    expect(await c.cmd(`AUTH PLAIN ${b64('\0alice@example.com\0wrong')}`)).toBe('535 5.7.8 Error: authentication failed: Invalid user or password');
  });

  it('no-auth offers no AUTH; no-starttls offers no STARTTLS on the starttls port', async () => {
    let s = await start({ scenario: 'no-auth' });
    let c = await connect(s.ports.plain);
    await c.reply();
    expect(await c.cmd('EHLO client.test')).not.toMatch(/AUTH/);
    c.close();
    await s.close();
    s = await start({ scenario: 'no-starttls' });
    c = await connect(s.ports.starttls);
    await c.reply();
    expect(await c.cmd('EHLO client.test')).not.toMatch(/STARTTLS/);
  });

  it('greeting-timeout accepts the connection, never greets, and close() ends it quickly', async () => {
    const events: SandboxEvent[] = [];
    const s = await start({ scenario: 'greeting-timeout', onEvent: (e) => events.push(e) });
    const c = await connect(s.ports.plain);
    await expect(c.reply(400)).rejects.toThrow(/no reply/);
    expect(events.some((e) => e.type === 'connect')).toBe(true);
    const t0 = Date.now();
    await s.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 50));
    expect(c.closed).toBe(true);
  });

  it('close() is idempotent and frees the ports', async () => {
    const s = await start();
    const port = s.ports.plain;
    await s.close();
    await s.close();
    await expect(RawClient.connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('keeps its certificate and key in certDir: the next start uses them, a broken pair is replaced', async () => {
    const dir = path.join(tempDir('addr-sb-'), 'kept');
    const first = await start({ certDir: dir });
    expect(first.certKept).toBe(false);
    await first.close();
    const second = await start({ certDir: dir });
    expect(second.certKept).toBe(true);
    expect(second.certPem).toBe(first.certPem);
    expect(readFileSync(second.caFile, 'utf8')).toBe(first.certPem);
    await second.close();
    writeFileSync(path.join(dir, 'key.pem'), 'not a key');
    const third = await start({ certDir: dir });
    expect(third.certKept).toBe(false);
    expect(third.certPem).not.toBe(first.certPem);
    expect(statSync(third.keyFile).mode & 0o777).toBe(0o600);
  });

  it('writes nothing when a port is taken', async () => {
    const dir = path.join(tempDir('addr-sb-'), 'never');
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    try {
      await expect(startSandbox({ certDir: dir, sslPort: (holder.address() as net.AddressInfo).port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(existsSync(dir)).toBe(false);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('without certDir, its temporary folder (with the key) goes with close()', async () => {
    const s = await start();
    expect(existsSync(s.keyFile)).toBe(true);
    await s.close();
    expect(existsSync(path.dirname(s.keyFile))).toBe(false);
  });

  it('rejects an unknown scenario', async () => {
    await expect(startSandbox({ scenario: 'nope' as never })).rejects.toThrow(/Unknown sandbox scenario/);
  });
});
