/**
 * The add wizard's OAuth2 path in a real pseudo-terminal (node-pty): for a Microsoft 365 address it asks how the
 * address logs in, runs the device-code sign-in against test/oauth-server.ts (the test approves the code as the
 * person would), then the live test against an smtp-server that accepts AUTH XOAUTH2 only with a valid token, then
 * saves the address with its sign-in. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import type { Readable } from 'node:stream';
import * as pty from 'node-pty';
import { SMTPServer } from 'smtp-server';
import { binPath, childEnv, runAddr, selfSignedCert, tempDir, writeTemp } from './helpers.js';
import { startAuthServer, type TestAuthServer } from './oauth-server.js';

const ENTER = '\r';
const MS_CLIENT = '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c';
const TENANT = 'contoso.onmicrosoft.com';

let auth: TestAuthServer;
let smtp: SMTPServer;
let port: number;
let caFile: string;
const auths: Array<{ method: string; ok: boolean }> = [];

beforeAll(async () => {
  auth = await startAuthServer({ tenants: [TENANT], clients: [{ id: MS_CLIENT, provider: 'microsoft' }] });
  const cert = selfSignedCert();
  caFile = writeTemp(tempDir('addr-wizard-oauth-ca-'), 'ca.pem', cert.cert);
  smtp = new SMTPServer({
    secure: true, key: cert.key, cert: cert.cert, authMethods: ['XOAUTH2'], disableReverseLookup: true, logger: false,
    onAuth(a, _s, cb) {
      const ok = a.method === 'XOAUTH2' && auth.validAccess(a.accessToken ?? '', a.username ?? '');
      auths.push({ method: a.method, ok });
      return ok ? cb(null, { user: a.username }) : cb(null, { data: { status: '401', schemes: 'bearer' } } as never);
    },
    onData(stream: Readable, _s, cb) { stream.resume(); stream.on('end', () => cb()); },
  });
  smtp.on('error', () => {});
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  port = (smtp.server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  await auth?.close();
});

class Terminal {
  private out = '';
  private mark = 0;
  readonly exited: Promise<number>;
  private readonly term: pty.IPty;
  constructor(args: string[], home: string, env: Record<string, string>) {
    this.term = pty.spawn(process.execPath, [binPath, ...args], { name: 'xterm-256color', cols: 200, rows: 50, cwd: home, env: childEnv(home, env) as Record<string, string> });
    this.term.onData((d) => { this.out += d; });
    this.exited = new Promise((resolve) => this.term.onExit(({ exitCode }) => resolve(exitCode)));
  }
  get transcript(): string {
    return this.out;
  }
  /** Waits until `pattern` appears after the last match, returns the match, then types `keys`. */
  async answer(pattern: RegExp, ...keys: string[]): Promise<RegExpExecArray> {
    const start = Date.now();
    for (;;) {
      const m = pattern.exec(this.out.slice(this.mark));
      if (m) {
        this.mark += m.index + m[0].length;
        for (const k of keys) {
          this.term.write(k);
          await new Promise((r) => setTimeout(r, 30));
        }
        return m;
      }
      if (Date.now() - start > 10_000) throw new Error(`timed out waiting for ${pattern}; screen so far:\n${this.out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  kill(): void {
    try { this.term.kill(); } catch { /* already gone */ }
  }
}

function home(): string {
  const h = tempDir('addr-wizard-oauth-');
  writeTemp(h, '.addrrc.json', JSON.stringify({ oauth: { microsoft: { clientId: MS_CLIENT, tenant: TENANT } } }));
  return h;
}

const args = () => ['add', '--preset', 'microsoft', '--host', '127.0.0.1', '--port', String(port), '--security', 'ssl', '--ca', caFile];

describe('the add wizard: OAuth2 sign-in for Microsoft 365', () => {
  it('asks password or OAuth2 (OAuth2 recommended), runs the device code with its instructions shown, tests with XOAUTH2, saves', async () => {
    const h = home();
    const t = new Terminal(args(), h, { ADDR_OAUTH_AUTHORITY: auth.url });
    try {
      await t.answer(/E-mail address/, 'support@contoso.com', ENTER);
      await t.answer(/Display name/, ENTER);
      await t.answer(/How does it log in\?/);
      await t.answer(/Password \/ app password[\s\S]*❯ OAuth2 sign-in \(recommended for Microsoft 365 \/ Outlook\.com\)/, ENTER);
      const code = await t.answer(/open (\S+) on any device and enter the code ([A-Z0-9-]+)/);
      expect(code[1]).toBe(`${auth.url}/devicelogin`);
      auth.approve(code[2]!, 'support@contoso.com');
      await t.answer(/Saved support@contoso\.com/);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript).not.toMatch(/Password \(/); // no password was asked
    expect(t.transcript).toContain('AUTH');
    expect(auths.at(-1)).toEqual({ method: 'XOAUTH2', ok: true });
    const rows = JSON.parse((await runAddr(['list', '--json'], { home: h })).stdout);
    expect(rows).toMatchObject([{ email: 'support@contoso.com', authMethod: 'oauth2', hasPassword: false }]);
    const status = JSON.parse((await runAddr(['auth', 'status', 'support@contoso.com', '--json'], { home: h })).stdout);
    expect(status).toMatchObject({ saved: true, provider: 'microsoft', flow: 'device', refreshToken: 'stored' });
  });

  it('Password / app password: asked and masked; refused by a server that takes OAuth2 only, the wizard offers the sign-in instead and saves', async () => {
    const h = home();
    const t = new Terminal(args(), h, { ADDR_OAUTH_AUTHORITY: auth.url });
    try {
      await t.answer(/E-mail address/, 'old@contoso.com', ENTER);
      await t.answer(/Display name/, ENTER);
      await t.answer(/How does it log in\?[\s\S]*OAuth2 sign-in/, '\x1b[A', ENTER);
      await t.answer(/Password \(the app password\)/, 'basic-secret', ENTER);
      // The server offers XOAUTH2 only: the password cannot be used; nothing is saved, and the sign-in is offered first.
      await t.answer(/Nothing was saved\.[\s\S]*What now\?[\s\S]*❯ Sign in with OAuth2 instead \(Microsoft 365 \/ Outlook\.com\)/, ENTER);
      const code = await t.answer(/open (\S+) on any device and enter the code ([A-Z0-9-]+)/);
      auth.approve(code[2]!, 'old@contoso.com');
      await t.answer(/Saved old@contoso\.com/);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript).not.toContain('basic-secret');
    expect(t.transcript).toMatch(/AUTH\s+\d+ ms\s+The server offers only AUTH XOAUTH2/);
    expect(JSON.parse((await runAddr(['list', '--json'], { home: h })).stdout)).toMatchObject([{ email: 'old@contoso.com', authMethod: 'oauth2', hasPassword: false }]);
  });
});
