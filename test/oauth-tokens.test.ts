/**
 * Token sources in process, against the real OAuth server on loopback and a real SQLite store, with the clock
 * handed in: refresh before expiry, reuse of the kept token, renew on refusal, rotation races, revocation; and the
 * one-run sources (environment, standard input, a command).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { OAuthError, resolveClient } from '../src/core/oauth.js';
import { signIn } from '../src/oauth/sign-in.js';
import { credentialsFor, readOneLine, tokenSourceFor, type OAuthDeps } from '../src/oauth/token-sources.js';
import { openDatabase } from '../src/store/db.js';
import { OAuthGrantStore } from '../src/store/oauth-grants.js';
import { Vault } from '../src/store/vault.js';
import { UsageError } from '../src/errors.js';
import { tempDir } from './helpers.js';
import { startAuthServer, type TestAuthServer } from './oauth-server.js';

const CLIENT = 'public-client-1';
const TENANT = 'contoso.onmicrosoft.com';
const EMAIL = 'support@contoso.com';
let server: TestAuthServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startAuthServer({ tenants: [TENANT], clients: [{ id: CLIENT, provider: 'microsoft' }] });
});
afterAll(async () => {
  await server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A store with EMAIL signed in through the device code at `clock.now` (the test approves the code as it is shown). */
async function signedIn(clock: { now: Date }): Promise<OAuthGrantStore> {
  const dir = tempDir();
  dirs.push(dir);
  const grants = new OAuthGrantStore(openDatabase(path.join(dir, 'addr.db'), { create: true }), new Vault({ keyFile: path.join(dir, 'addr.key') }));
  const client = resolveClient('microsoft', { config: { microsoft: { clientId: CLIENT, tenant: TENANT } }, envAuthority: server.url, flags: {} });
  const signed = await signIn({ email: EMAIL, client, flow: 'device', clientSecret: null, certificate: null, waitMs: 60_000, openBrowser: false }, {
    show: (line) => { const m = /enter the code (\S+)/.exec(line); if (m) server.approve(m[1]!, EMAIL); },
    now: () => clock.now, env: {}, platform: 'linux', sleep: async () => undefined,
  });
  grants.save(signed.grant, clock.now);
  return grants;
}

const refreshCount = () => server.requests.filter((q) => q.form.grant_type === 'refresh_token').length;
const deps = (grants: OAuthGrantStore, clock: { now: Date }, env: Record<string, string> = {}): OAuthDeps => ({ grants, now: () => clock.now, env });

describe('a stored sign-in as a token source', () => {
  it('uses the kept token while it has more than 5 minutes left, refreshes after, and saves what it got', async () => {
    const clock = { now: new Date() };
    const grants = await signedIn(clock);
    const kept = grants.cachedAccess(EMAIL)!;
    const n = refreshCount();
    const source = tokenSourceFor({ from: 'grant', email: EMAIL }, deps(grants, clock));
    expect((await source(false)).token).toBe(kept.token);
    expect(refreshCount()).toBe(n);

    clock.now = new Date(clock.now.getTime() + 54 * 60_000); // 6 minutes left: still good
    expect((await source(false)).token).toBe(kept.token);
    expect(refreshCount()).toBe(n);

    clock.now = new Date(clock.now.getTime() + 2 * 60_000); // 4 minutes left: renewed before it runs out
    const fresh = await source(false);
    expect(refreshCount()).toBe(n + 1);
    expect(fresh.token).not.toBe(kept.token);
    expect(fresh.expiresAt!.getTime()).toBe(clock.now.getTime() + 3_600_000);
    expect(grants.get(EMAIL).refreshedAt).toBe(clock.now.toISOString());

    // Another run (a new source) finds the refreshed token in the store: no request.
    expect((await tokenSourceFor({ from: 'grant', email: EMAIL }, deps(grants, clock))(false)).token).toBe(fresh.token);
    expect(refreshCount()).toBe(n + 1);
    // The server refused it: renew = true refreshes whatever is kept.
    expect((await source(true)).token).not.toBe(fresh.token);
    expect(refreshCount()).toBe(n + 2);
  });

  it('when another run rotated the refresh token at the same moment, retries once with the stored one', async () => {
    const clock = { now: new Date() };
    const grants = await signedIn(clock);
    server.strictRotation = true;
    try {
      const stale = grants.secrets(EMAIL);
      await tokenSourceFor({ from: 'grant', email: EMAIL }, deps(grants, clock))(true); // run A: RT1 → RT2, RT1 revoked
      let first = true;
      const racing = Object.create(grants) as OAuthGrantStore; // run B read RT1 just before A saved RT2
      racing.secrets = (email: string) => (first ? ((first = false), stale) : grants.secrets(email));
      const n = refreshCount();
      const token = await tokenSourceFor({ from: 'grant', email: EMAIL }, deps(racing, clock))(true);
      expect(token.token).toBeTruthy();
      expect(refreshCount()).toBe(n + 2); // the refused one with RT1, the good one with RT2
    } finally {
      server.strictRotation = false;
    }
  });

  it('a revoked sign-in fails with the remedy: sign in again (exit 77)', async () => {
    const clock = { now: new Date() };
    const grants = await signedIn(clock);
    server.revokeAll();
    const err = await tokenSourceFor({ from: 'grant', email: EMAIL }, deps(grants, clock))(true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OAuthError);
    expect((err as OAuthError).exitCode).toBe(77);
    expect((err as OAuthError).kind).toBe('oauth_grant_invalid');
    expect((err as OAuthError).hint).toContain(`addr auth login ${EMAIL}`);
  });
});

describe('tokens handed over for one run', () => {
  const none = { grants: new OAuthGrantStore(null, new Vault({ keyFile: '/nonexistent' })), now: () => new Date() };

  it('--token-env: the variable\'s token ("Bearer " dropped); renew gives the same; unset is a usage error', async () => {
    const source = tokenSourceFor({ from: 'env', variable: 'T' }, { ...none, env: { T: 'Bearer abc.def-1' } });
    expect(await source(false)).toEqual({ token: 'abc.def-1', expiresAt: null });
    expect((await source(true)).token).toBe('abc.def-1');
    await expect(tokenSourceFor({ from: 'env', variable: 'T' }, { ...none, env: {} })(false)).rejects.toThrow(UsageError);
    await expect(tokenSourceFor({ from: 'env', variable: 'T' }, { ...none, env: { T: 'two words' } })(false)).rejects.toThrow(/did not give an access token/);
  });

  it('--token-stdin: one line, the rest left for the next reader (the message body); a huge line is refused', async () => {
    const stdin = new PassThrough();
    stdin.end('tok-1\nSubject: hi\n\nbody\n');
    const source = tokenSourceFor({ from: 'stdin' }, { ...none, env: {}, stdin });
    expect((await source(false)).token).toBe('tok-1');
    expect((await source(true)).token).toBe('tok-1');
    let rest = '';
    for await (const c of stdin) rest += String(c);
    expect(rest).toBe('Subject: hi\n\nbody\n');
    const big = new PassThrough();
    big.end('x'.repeat(40_000));
    await expect(readOneLine(big)).rejects.toThrow(/longer than/);
  });

  const node = JSON.stringify(process.execPath);
  it('--token-cmd: run without a shell, its first line; asked again on renew', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const counter = path.join(dir, 'n');
    const script = `const f=require('fs');const n=(f.existsSync(process.argv[1])?+f.readFileSync(process.argv[1],'utf8'):0)+1;f.writeFileSync(process.argv[1],String(n));console.log('tok-'+n)`;
    const source = tokenSourceFor({ from: 'command', command: `${node} -e "${script}" '${counter}'` }, { ...none, env: process.env as Record<string, string> });
    expect((await source(false)).token).toBe('tok-1');
    expect((await source(false)).token).toBe('tok-1');
    expect((await source(true)).token).toBe('tok-2');
  });

  it('--token-cmd failures are clear: exit status with its stderr (masked), not found, a deadline, an output cap', async () => {
    const env = process.env as Record<string, string>;
    const run = (command: string, extra: Partial<OAuthDeps> = {}): Promise<OAuthError> =>
      tokenSourceFor({ from: 'command', command }, { ...none, env, ...extra })(false).then(() => { throw new Error('no error'); }, (e: unknown) => e as OAuthError);
    const failed = await run(`${node} -e "console.error('vault locked, password=hunter2'); process.exit(3)"`);
    expect(failed.message).toContain('failed (exit 3): vault locked, password=***');
    expect(failed.message).not.toContain('hunter2');
    expect(failed.exitCode).toBe(77);
    expect((await run('no-such-token-program-xyz')).exitCode).toBe(78);
    const slow = await run(`${node} -e "setTimeout(() => {}, 60000)"`, { commandTimeoutMs: 300 });
    expect(slow.message).toContain('did not finish within');
    expect(slow.exitCode).toBe(75);
    expect((await run(`${node} -e "process.stdout.write('x'.repeat(200000))"`)).message).toContain('more than 64 KiB');
    expect((await run(`${node} -e "console.log('')"`)).message).toContain('empty access token');
  });
});

describe('credentialsFor', () => {
  const clock = { now: new Date() };
  const empty = new OAuthGrantStore(null, new Vault({ keyFile: '/nonexistent' }));

  it('password, none, and OAuth2 from a one-run token before the stored sign-in', async () => {
    const d = deps(empty, clock, { T: 'abc' });
    expect(credentialsFor({ email: 'a@x.example', username: 'a@x.example', authMethod: 'none' }, d)).toEqual({ method: 'none' });
    expect(credentialsFor({ email: 'a@x.example', username: 'login', authMethod: 'password' }, d, { password: 'p' })).toEqual({ method: 'password', username: 'login', password: 'p' });
    const c = credentialsFor({ email: 'a@x.example', username: 'a@x.example', authMethod: 'oauth2' }, d, { token: { tokenEnv: 'T' } });
    expect(c.method).toBe('oauth2');
    if (c.method === 'oauth2') expect((await c.token(false)).token).toBe('abc');
  });

  it('OAuth2 without a sign-in or a token is exit 77 naming `addr auth login`; two token flags are a usage error', () => {
    const d = deps(empty, clock);
    expect(() => credentialsFor({ email: 'a@x.example', username: 'a@x.example', authMethod: 'oauth2' }, d)).toThrow(/no sign-in is stored/);
    expect(() => credentialsFor({ email: 'a@x.example', username: 'a@x.example', authMethod: 'oauth2' }, d, { token: { tokenEnv: 'T', tokenStdin: true } })).toThrow(/one way only/);
  });

  it('a stored sign-in becomes a refreshing token source for the login', async () => {
    const grants = await signedIn(clock);
    const c = credentialsFor({ email: EMAIL, username: EMAIL, authMethod: 'oauth2' }, deps(grants, clock));
    expect(c).toMatchObject({ method: 'oauth2', username: EMAIL });
    if (c.method === 'oauth2') expect((await c.token(false)).token).toBe(grants.cachedAccess(EMAIL)!.token);
  });
});
