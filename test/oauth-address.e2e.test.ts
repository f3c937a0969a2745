/**
 * End to end: OAuth2 addresses from the built binary. `addr add/edit/test/send --auth oauth2` against the OAuth2 server
 * of test/oauth-server.ts and a real smtp-server on 127.0.0.1 that offers AUTH XOAUTH2 (and, for the switch from a
 * password, PLAIN) and accepts only an access token that the OAuth2 server issued, for that mailbox, unexpired.
 * The test plays the person (approves the device code, follows the browser sign-in). Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { SMTPServer } from 'smtp-server';
import { jsonOf, runAddr, selfSignedCert, spawnAddr, tempDir, writeTemp, type RunResult } from './helpers.js';
import { startAuthServer, type TestAuthServer } from './oauth-server.js';

const MS_CLIENT = '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c';
const MS_APP = '5d0c7a22-1e3f-4a6b-8c9d-0e1f2a3b4c5d';
const GOOGLE_CLIENT = '1234567890-abc.apps.googleusercontent.com';
const GOOGLE_SECRET = 'GOCSPX-not-really-secret';
const TENANT = 'contoso.onmicrosoft.com';
const APP_SECRET = 'entra-secret-value~1';
const PASSWORD = 'basic-auth-password-1';

interface Smtp { port: number; auths: Array<{ method: string; user: string; ok: boolean }>; delivered: number; close(): Promise<void> }

let auth: TestAuthServer;
let smtp: Smtp;
let caFile: string;
let certHome: string;

/** XOAUTH2 with a token the OAuth2 server issued for that mailbox and not expired; PLAIN with PASSWORD. */
async function startSmtp(cert: { key: string; cert: string }): Promise<Smtp> {
  const auths: Smtp['auths'] = [];
  let delivered = 0;
  const server = new SMTPServer({
    secure: true, key: cert.key, cert: cert.cert, authMethods: ['XOAUTH2', 'PLAIN'], disableReverseLookup: true, logger: false,
    onAuth(a, _session, cb) {
      const ok = a.method === 'XOAUTH2' ? auth.validAccess(a.accessToken ?? '', a.username ?? '') : a.password === PASSWORD;
      auths.push({ method: a.method, user: a.username ?? '', ok });
      if (ok) return cb(null, { user: a.username });
      if (a.method === 'XOAUTH2') return cb(null, { data: { status: '401', schemes: 'bearer', scope: 'https://outlook.office.com/SMTP.Send' } } as never);
      return cb(Object.assign(new Error('5.7.8 Authentication unsuccessful'), { responseCode: 535 }));
    },
    onData(stream: Readable, _s, cb) { stream.resume(); stream.on('end', () => { delivered += 1; cb(); }); },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.server.address() as net.AddressInfo).port, auths, get delivered() { return delivered; },
    close: () => new Promise<void>((r) => server.close(() => r())),
  } as Smtp;
}

beforeAll(async () => {
  auth = await startAuthServer({
    tenants: [TENANT],
    clients: [
      { id: MS_CLIENT, provider: 'microsoft' },
      { id: MS_APP, provider: 'microsoft', secret: APP_SECRET, tenant: TENANT, publicClient: false },
      { id: GOOGLE_CLIENT, provider: 'google', secret: GOOGLE_SECRET },
    ],
  });
  const cert = selfSignedCert();
  smtp = await startSmtp(cert);
  certHome = tempDir('addr-oauthaddr-ca-');
  caFile = writeTemp(certHome, 'ca.pem', cert.cert);
});

afterAll(async () => {
  await smtp?.close();
  await auth?.close();
});

function home(): string {
  const h = tempDir('addr-oauthaddr-');
  writeTemp(h, '.addrrc.json', JSON.stringify({ oauth: { microsoft: { clientId: MS_CLIENT, tenant: TENANT }, google: { clientId: GOOGLE_CLIENT, clientSecret: GOOGLE_SECRET } } }));
  return h;
}

const env = () => ({ ADDR_OAUTH_AUTHORITY: auth.url });
const addr = (h: string, args: string[], extra: Record<string, string> = {}, input?: string) => runAddr(args, { home: h, env: { ...env(), ...extra }, input });
/** The server of every address here: the loopback smtp-server, its certificate trusted with --ca. */
const server = () => ['--host', '127.0.0.1', '--port', String(smtp.port), '--security', 'ssl', '--ca', caFile];
const dbFile = (h: string) => path.join(h, '.local', 'share', 'addr', 'addr.db');

function startAddr(h: string, args: string[], extra: Record<string, string> = {}) {
  return spawnAddr(h, args, { ...env(), ...extra });
}

function rows(h: string, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(dbFile(h), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** Every byte of the database and its WAL (as a hash), to prove a failed command wrote nothing. */
function snapshot(h: string): string {
  return ['', '-wal'].map((x) => (existsSync(dbFile(h) + x) ? createHash('sha256').update(readFileSync(dbFile(h) + x)).digest('hex') : '-')).join('|');
}

function dump(h: string): string {
  const tables = rows(h, "SELECT name FROM sqlite_master WHERE type = 'table'").map((t) => String(t.name));
  return tables.map((t) => `${t}: ${JSON.stringify(rows(h, `SELECT * FROM ${t}`))}`).join('\n');
}

/** A saved address to start from (so that the database exists), added with a token command. */
async function seeded(h: string): Promise<void> {
  const token = await auth.issueAccess('seed@contoso.com');
  const r = await addr(h, ['add', '--email', 'seed@contoso.com', ...server(), '--token-cmd', `${process.execPath} -e "console.log('${token}')"`]);
  expect(r.code).toBe(0);
}

/** addr add --auth oauth2 with the Microsoft device code: the test approves as `account`. */
async function deviceAdd(h: string, email: string, account: string, extra: string[] = []): Promise<RunResult> {
  const run = startAddr(h, ['add', '--email', email, ...server(), '--auth', 'oauth2', '--provider', 'microsoft', ...extra]);
  const m = await run.waitFor(/open (\S+) on any device and enter the code ([A-Z0-9-]+)/);
  auth.approve(m[2]!, account);
  return run.done;
}

describe('addr add --auth oauth2', () => {
  it('Microsoft device code end to end: sign-in, live test with AUTH XOAUTH2, address and sign-in saved together; list shows oauth2', async () => {
    const h = home();
    const before = smtp.auths.length;
    const r = await deviceAdd(h, 'support@contoso.com', 'support@contoso.com', ['--json']);
    expect(r.code).toBe(0);
    const out = jsonOf(r);
    expect(out).toMatchObject({ saved: true, address: { email: 'support@contoso.com', authMethod: 'oauth2', hasPassword: false } });
    expect(smtp.auths.slice(before)).toEqual([{ method: 'XOAUTH2', user: 'support@contoso.com', ok: true }]);
    const [grant] = rows(h, 'SELECT g.flow, g.provider, g.address_id, a.id, a.auth_method, a.password_enc FROM oauth_grants g JOIN addresses a ON a.id = g.address_id');
    expect(grant).toMatchObject({ flow: 'device', provider: 'microsoft', auth_method: 'oauth2', password_enc: null });
    expect(readFileSync(dbFile(h)).includes('eyJ')).toBe(false); // no token in clear

    const list = await addr(h, ['list']);
    expect(list.stdout).toMatch(/ADDRESS\s+NAME\s+SERVER\s+SECURITY\s+AUTH\s+WHO/);
    expect(list.stdout).toMatch(/support@contoso\.com\s+127\.0\.0\.1:\d+\s+ssl \(own CA\)\s+oauth2\s/);
    expect(jsonOf(await addr(h, ['list', '--json']))[0]).toMatchObject({ authMethod: 'oauth2' });
    const show = await addr(h, ['show', 'support@contoso.com']);
    expect(show.stdout).toMatch(/Auth\s+oauth2 \(microsoft, device, as support@contoso\.com; sign-in valid until \d{4}-\d\d-\d\d [\d:]+ \S+, access token until /);
    expect(jsonOf(await addr(h, ['show', 'support@contoso.com', '--json'])).signIn).toMatchObject({ provider: 'microsoft', flow: 'device', account: 'support@contoso.com' });

    // The saved address tests with its stored sign-in (no flag), and the result is recorded.
    const t = await addr(h, ['test', 'support@contoso.com', '--json']);
    expect(t.code).toBe(0);
    expect(jsonOf(t)).toMatchObject({ exitCode: 0, recorded: true });
  });

  it('a sign-in whose token the SMTP server refuses (another account signed in): the test fails, nothing is saved, the database is byte-for-byte unchanged', async () => {
    const h = home();
    await seeded(h);
    const before = snapshot(h);
    const r = await deviceAdd(h, 'sales@contoso.com', 'anna@contoso.com');
    expect(r.code).toBe(77);
    expect(r.stderr).toContain('warning: signed in as anna@contoso.com, not sales@contoso.com');
    expect(r.stderr).toContain('Nothing was saved.');
    expect(snapshot(h)).toBe(before);
    expect(rows(h, 'SELECT email FROM addresses').map((x) => x.email)).toEqual(['seed@contoso.com']);
    expect(rows(h, 'SELECT email FROM oauth_grants').map((x) => x.email)).toEqual(['seed@contoso.com']);
  });

  it('a wrong tenant: the sign-in fails (AADSTS90002, exit 78) before any test, nothing saved, database byte-for-byte unchanged', async () => {
    const h = home();
    await seeded(h);
    const before = snapshot(h);
    const n = smtp.auths.length;
    const r = await addr(h, ['add', '--email', 'support@contoso.com', ...server(), '--provider', 'microsoft', '--tenant', 'contoso.onmicrosoft.co']);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('AADSTS90002');
    expect(smtp.auths.length).toBe(n);
    expect(snapshot(h)).toBe(before);
  });

  it('Microsoft client credentials (app-only): the client secret is stored encrypted with the address', async () => {
    const h = home();
    const r = await addr(h, ['add', '--email', 'noreply@contoso.com', ...server(), '--auth', 'oauth2', '--provider', 'microsoft', '--client-id', MS_APP, '--client-secret-env', 'APP_SECRET', '--json'], { APP_SECRET });
    expect(r.code).toBe(0);
    expect(jsonOf(r).address.authMethod).toBe('oauth2');
    const [g] = rows(h, 'SELECT flow, client_secret_enc, address_id FROM oauth_grants');
    expect(g!.flow).toBe('client-credentials');
    expect(String(g!.client_secret_enc)).toMatch(/^v1:/);
    expect(g!.address_id).not.toBeNull();
    expect(readFileSync(dbFile(h)).includes(APP_SECRET)).toBe(false);
  });

  it('Google: the loopback redirect with PKCE, then the live test; saved with the sign-in', async () => {
    const h = home();
    const run = startAddr(h, ['add', '--email', 'sales@gmail.com', ...server(), '--provider', 'google', '--json']);
    const m = await run.waitFor(/^ {2}(http:\/\/127\.0\.0\.1:\d+\/o\/oauth2\/v2\/auth\?\S+)$/m);
    const consent = await fetch(m[1]!, { redirect: 'manual' });
    expect((await fetch(consent.headers.get('location')!)).status).toBe(200);
    const r = await run.done;
    expect(r.code).toBe(0);
    expect(jsonOf(r).address).toMatchObject({ email: 'sales@gmail.com', authMethod: 'oauth2' });
    expect(rows(h, 'SELECT flow, provider FROM oauth_grants')).toEqual([{ flow: 'loopback', provider: 'google' }]);
  });

  it('--token-cmd saves the command, never its token; the live test ran it', async () => {
    const h = home();
    const token = await auth.issueAccess('relay@contoso.com');
    const cmd = `${process.execPath} -e "console.log('${token}')"`;
    const r = await addr(h, ['add', '--email', 'relay@contoso.com', ...server(), '--token-cmd', cmd]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ Saved relay@contoso.com');
    expect(r.stdout).toContain('OAuth2');
    expect(rows(h, 'SELECT flow, token_command, access_token_enc FROM oauth_grants')).toEqual([{ flow: 'command', token_command: cmd, access_token_enc: null }]);
    const db = readFileSync(dbFile(h)).toString('latin1') + (existsSync(`${dbFile(h)}-wal`) ? readFileSync(`${dbFile(h)}-wal`).toString('latin1') : '');
    expect(db.split(token).length - 1).toBe(db.split(cmd).length - 1); // the token appears only inside the saved command
  });

  it('--token-env: a token for this run; the address is saved as oauth2 with a note that it has no stored sign-in', async () => {
    const h = home();
    const r = await addr(h, ['add', '--email', 'once@contoso.com', ...server(), '--token-env', 'T'], { T: await auth.issueAccess('once@contoso.com') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('once@contoso.com has no stored OAuth2 sign-in: the token was for this run only. Sign in with `addr auth login once@contoso.com`');
    expect(rows(h, 'SELECT auth_method FROM addresses')).toEqual([{ auth_method: 'oauth2' }]);
    expect(rows(h, 'SELECT count(*) AS n FROM oauth_grants')).toEqual([{ n: 0 }]);
    // Without a token or a sign-in, testing it says what to do.
    const t = await addr(h, ['test', 'once@contoso.com']);
    expect(t.code).toBe(77);
    expect(t.stderr).toContain('addr auth login once@contoso.com');
  });
});

describe('addr test and send with OAuth2', () => {
  it('test --token-env: a valid token passes (a one-off, not recorded); an unknown token is refused (77)', async () => {
    const h = home();
    await seeded(h);
    const ok = await addr(h, ['test', 'seed@contoso.com', '--auth', 'oauth2', '--token-env', 'T', '--json'], { T: await auth.issueAccess('seed@contoso.com') });
    expect(ok.code).toBe(0);
    expect(jsonOf(ok)).toMatchObject({ recorded: false });
    const bad = await addr(h, ['test', 'seed@contoso.com', '--token-env', 'T'], { T: 'not-a-token-the-server-issued' });
    expect(bad.code).toBe(77);
    expect(bad.stderr).toContain('refused the OAuth2 access token of seed@contoso.com');
    expect(bad.stderr).not.toContain('not-a-token-the-server-issued');
    // Unsaved settings with a token from standard input.
    const unsaved = await addr(h, ['test', '--email', 'seed@contoso.com', ...server(), '--token-stdin'], {}, `${await auth.issueAccess('seed@contoso.com')}\n`);
    expect(unsaved.code).toBe(0);
  });

  it('send: the stored sign-in sends two messages while the token expires in between (renewed through the refresh token)', async () => {
    const h = home();
    expect((await deviceAdd(h, 'support@contoso.com', 'support@contoso.com')).code).toBe(0);
    const send = () => addr(h, ['send', '--from', 'support@contoso.com', '--to', 'client@example.org', '--subject', 'Hi', '--body', 'Hello']);
    const refreshes = () => auth.requests.filter((q) => q.form.grant_type === 'refresh_token').length;
    const delivered = smtp.delivered;
    const r0 = refreshes();
    expect((await send()).code).toBe(0);
    expect(refreshes()).toBe(r0); // the access token kept from the sign-in was still valid
    auth.expireAccessTokens(); // it expires at the server before the next message
    const second = await send();
    expect(second.code).toBe(0);
    expect(refreshes()).toBe(r0 + 1);
    expect(smtp.delivered).toBe(delivered + 2);
    expect(rows(h, "SELECT result FROM send_log ORDER BY id").map((x) => x.result)).toEqual(['sent', 'sent']);
  });

  it('send with a revoked refresh token: exit 77, "sign in again with `addr auth login ADDR`", nothing sent, the failure in the send log (masked)', async () => {
    const h = home();
    auth.expiresIn = 60; // due for a refresh at once
    try {
      expect((await deviceAdd(h, 'support@contoso.com', 'support@contoso.com')).code).toBe(0);
    } finally {
      auth.expiresIn = 3600;
    }
    auth.revokeAll();
    const delivered = smtp.delivered;
    const r = await addr(h, ['send', '--from', 'support@contoso.com', '--to', 'client@example.org', '--subject', 'Hi', '--body', 'Hello']);
    expect(r.code).toBe(77);
    expect(r.stderr).toContain('AADSTS50173');
    expect(r.stderr).toContain('Sign in again with `addr auth login support@contoso.com`');
    expect(smtp.delivered).toBe(delivered);
    const [row] = rows(h, 'SELECT result, stage, category, exit_code, reply FROM send_log');
    expect(row).toMatchObject({ result: 'failed', stage: 'auth', category: 'oauth_grant_invalid', exit_code: 77 });
    expect(String(row!.reply)).toContain('AADSTS50173');
    expect(String(row!.reply)).not.toMatch(/eyJ|Trace ID/);
    // The live test of the address says the same.
    const t = await addr(h, ['test', 'support@contoso.com']);
    expect(t.code).toBe(77);
    expect(t.stderr).toContain('addr auth login support@contoso.com');
    expect(t.stderr).toMatch(/AUTH.*AADSTS50173/);
    // and records it: the address is no longer shown as passing
    expect(rows(h, 'SELECT last_test_ok, last_test_summary FROM addresses')).toEqual([{ last_test_ok: 0, last_test_summary: 'auth: oauth_grant_invalid' }]);
    // test --all: the same diagnosis and code for this address, the others go on
    const all = await addr(h, ['test', '--all', '--json']);
    expect(all.code).toBe(77);
    expect(jsonOf(all).map((x: any) => [x.address, x.exitCode, x.test.diagnosis?.category])).toEqual([['support@contoso.com', 77, 'oauth_grant_invalid']]);
  });

  it('send --token-env overrides the stored sign-in for one run; a password address refuses a token flag (64)', async () => {
    const h = home();
    await seeded(h);
    const r = await addr(h, ['send', '--from', 'seed@contoso.com', '--token-env', 'T', '--to', 'a@example.org', '--subject', 'x', '--body', 'y'], { T: 'bogus-token' });
    expect(r.code).toBe(77); // the bogus token was used, not the saved command's valid one
    expect(r.stderr).toContain('refused the OAuth2 access token');
    const ok = await addr(h, ['send', '--from', 'seed@contoso.com', '--to', 'a@example.org', '--subject', 'x', '--body', 'y']);
    expect(ok.code).toBe(0);
    expect((await addr(h, ['add', '--email', 'pw@acme.example', ...server(), '--password-env', 'P'], { P: PASSWORD })).code).toBe(0);
    const refused = await addr(h, ['send', '--from', 'pw@acme.example', '--token-env', 'T', '--to', 'a@example.org', '--subject', 'x', '--body', 'y'], { T: 'x' });
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain('is for an OAuth2 address');
  });
});

describe('addr edit: password ⇄ oauth2', () => {
  it('switches a password address to OAuth2 (the password removed only with the passing test) and back (the sign-in forgotten)', async () => {
    const h = home();
    expect((await addr(h, ['add', '--email', 'ops@contoso.com', ...server(), '--password-env', 'P'], { P: PASSWORD })).code).toBe(0);
    expect(rows(h, 'SELECT auth_method, password_enc IS NOT NULL AS pw FROM addresses')).toEqual([{ auth_method: 'password', pw: 1 }]);

    // A token the server refuses: nothing changes, the password stays.
    const before = snapshot(h);
    const beforeDump = dump(h);
    const failed = await addr(h, ['edit', 'ops@contoso.com', '--auth', 'oauth2', '--token-cmd', `${process.execPath} -e "console.log('bad-token')"`]);
    expect(failed.code).toBe(77);
    expect(dump(h)).toBe(beforeDump);
    expect(snapshot(h)).toBe(before);

    const token = await auth.issueAccess('ops@contoso.com');
    const on = await addr(h, ['edit', 'ops@contoso.com', '--auth', 'oauth2', '--token-cmd', `${process.execPath} -e "console.log('${token}')"`]);
    expect(on.code).toBe(0);
    expect(on.stdout).toContain('now OAuth2 instead of a password (the password was removed)');
    expect(rows(h, 'SELECT auth_method, password_enc FROM addresses')).toEqual([{ auth_method: 'oauth2', password_enc: null }]);
    expect(rows(h, 'SELECT flow FROM oauth_grants')).toEqual([{ flow: 'command' }]);

    const back = await addr(h, ['edit', 'ops@contoso.com', '--auth', 'password', '--password-env', 'P'], { P: PASSWORD });
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('now a password instead of OAuth2 (the sign-in was forgotten)');
    expect(rows(h, 'SELECT auth_method, password_enc IS NOT NULL AS pw FROM addresses')).toEqual([{ auth_method: 'password', pw: 1 }]);
    expect(rows(h, 'SELECT count(*) AS n FROM oauth_grants')).toEqual([{ n: 0 }]);
  });
});

describe('addr test: Basic AUTH warning for Microsoft addresses on a password', () => {
  it('warns (stderr, and `warnings` in JSON) for a Microsoft address on a password; the exit code is unaffected; oauth2 and others get none', async () => {
    const h = home();
    expect((await addr(h, ['add', '--email', 'old@contoso.com', '--preset', 'microsoft', ...server(), '--password-env', 'P'], { P: PASSWORD })).code).toBe(0);
    expect((await addr(h, ['add', '--email', 'other@acme.example', ...server(), '--password-env', 'P'], { P: PASSWORD })).code).toBe(0);
    await seeded(h);
    const r = await addr(h, ['test', '--all']);
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual(['warning: old@contoso.com logs in to 127.0.0.1 with a password: Basic AUTH is switched off by default for existing Exchange Online tenants (new tenants never get it; removal follows in 2027) at the end of December 2026 (MC786329). Move it to OAuth2 with `addr edit old@contoso.com --auth oauth2`.']);
    const json = jsonOf(await addr(h, ['test', '--all', '--json']));
    expect(json.map((x: any) => [x.address, x.warnings?.length ?? 0])).toEqual([['old@contoso.com', 1], ['other@acme.example', 0], ['seed@contoso.com', 0]]);
    const one = await addr(h, ['test', 'old@contoso.com', '--json']);
    expect(one.code).toBe(0);
    expect(jsonOf(one).warnings[0]).toContain('MC786329');
  });
});
