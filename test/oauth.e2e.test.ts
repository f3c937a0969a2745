/**
 * End to end: `addr auth login|status|logout` from the built binary against a real OAuth2 server on loopback
 * (oauth2-mock-server behind test/oauth-server.ts). The test plays the person: it approves the device code on the
 * verification page, or follows the printed sign-in URL with fetch. Run `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { jsonOf, runAddr, spawnAddr, tempDir, writeTemp, type RunResult } from './helpers.js';
import { startAuthServer, type TestAuthServer } from './oauth-server.js';

const MS_CLIENT = '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c';
const MS_APP = '5d0c7a22-1e3f-4a6b-8c9d-0e1f2a3b4c5d';
const MS_CERT_APP = '7e1d2c3b-4a5f-4e6d-9c8b-7a6f5e4d3c2b';
const GOOGLE_CLIENT = '1234567890-abc.apps.googleusercontent.com';
const GOOGLE_SECRET = 'GOCSPX-not-really-secret';
const YANDEX_CLIENT = 'c0ffee0123456789abcdef0123456789';
const YANDEX_SECRET = 'yandex-app-password-1';
const TENANT = 'contoso.onmicrosoft.com';
const APP_SECRET = 'entra-secret-value~1';

let server: TestAuthServer;
const dirs: string[] = [];
let certDir: string;
let certPem: string;
let keyPem: string;

beforeAll(async () => {
  certDir = tempDir('addr-oauth-cert-');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=addr-test-app',
    '-keyout', path.join(certDir, 'key.pem'), '-out', path.join(certDir, 'cert.pem')], { stdio: 'ignore' });
  certPem = readFileSync(path.join(certDir, 'cert.pem'), 'utf8');
  keyPem = readFileSync(path.join(certDir, 'key.pem'), 'utf8');
  server = await startAuthServer({
    tenants: [TENANT],
    clients: [
      { id: MS_CLIENT, provider: 'microsoft' },
      { id: MS_APP, provider: 'microsoft', secret: APP_SECRET, tenant: TENANT, publicClient: false },
      { id: MS_CERT_APP, provider: 'microsoft', certificatePem: certPem, tenant: TENANT, publicClient: false },
      { id: GOOGLE_CLIENT, provider: 'google', secret: GOOGLE_SECRET },
      { id: YANDEX_CLIENT, provider: 'yandex', secret: YANDEX_SECRET },
    ],
  });
});

afterAll(async () => {
  await server?.close();
  for (const d of [...dirs, certDir]) if (d) rmSync(d, { recursive: true, force: true });
});

/** A home with a config file naming the test clients; the authority comes from ADDR_OAUTH_AUTHORITY. */
function home(): string {
  const h = tempDir('addr-oauth-');
  dirs.push(h);
  writeTemp(h, '.addrrc.json', JSON.stringify({
    oauth: {
      microsoft: { clientId: MS_CLIENT, tenant: TENANT },
      google: { clientId: GOOGLE_CLIENT, clientSecret: GOOGLE_SECRET },
      yandex: { clientId: YANDEX_CLIENT, clientSecret: YANDEX_SECRET },
    },
  }));
  return h;
}

const env = () => ({ ADDR_OAUTH_AUTHORITY: server.url });
const addr = (h: string, args: string[], extra: Record<string, string> = {}) => runAddr(args, { home: h, env: { ...env(), ...extra } });

/** Starts addr and lets the test wait for what it prints on stderr while it runs (the person's instructions). */
function startAddr(h: string, args: string[], extra: Record<string, string> = {}) {
  return spawnAddr(h, args, { ...env(), ...extra });
}

/** The raw row, to check what is stored at rest. */
function grantRow(h: string, email: string): Record<string, unknown> {
  const db = new Database(path.join(h, '.local', 'share', 'addr', 'addr.db'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM oauth_grants WHERE email = ?').get(email) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

/** Signs support@contoso.com in with the device code, the test approving it as the person would. */
async function deviceLogin(h: string, email = 'support@contoso.com', account = email): Promise<RunResult> {
  const run = startAddr(h, ['auth', 'login', email, '--provider', 'microsoft']);
  const m = await run.waitFor(/open (\S+) on any device and enter the code ([A-Z0-9-]+)/);
  const page = await fetch(m[1]!, { method: 'POST', body: new URLSearchParams({ user_code: m[2]!, account }) });
  expect(page.status).toBe(200);
  return run.done;
}

describe('addr auth login: Microsoft device code', () => {
  it('signs in end to end: shows the page and the code, polls until the person approves, stores the refresh token encrypted', async () => {
    const h = home();
    const r = await deviceLogin(h);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Signed in support@contoso.com at Microsoft 365');
    expect(r.stderr).toMatch(new RegExp(`open ${server.url}/devicelogin on any device and enter the code`));
    // It asked for the device code with the SMTP scope and polled with the RFC 8628 grant.
    const ask = server.requests.find((q) => q.path === `/${TENANT}/oauth2/v2.0/devicecode` && q.form.client_id === MS_CLIENT)!;
    expect(ask.form.scope).toBe('https://outlook.office.com/SMTP.Send offline_access');
    expect(server.requests.some((q) => q.form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code' && q.form.device_code)).toBe(true);

    const row = grantRow(h, 'support@contoso.com');
    expect(row.provider).toBe('microsoft');
    expect(row.flow).toBe('device');
    expect(row.tenant).toBe(TENANT);
    expect(String(row.refresh_token_enc)).toMatch(/^v1:/);
    expect(String(row.access_token_enc)).toMatch(/^v1:/);
    // Nothing in clear: neither token appears anywhere in the database file.
    const file = readFileSync(path.join(h, '.local', 'share', 'addr', 'addr.db'));
    expect(file.includes('eyJ')).toBe(false);

    const status = jsonOf(await addr(h, ['auth', 'status', 'support@contoso.com', '--json']));
    expect(status).toMatchObject({ email: 'support@contoso.com', saved: false, provider: 'microsoft', flow: 'device', tenant: TENANT, clientId: MS_CLIENT, account: 'support@contoso.com', refreshToken: 'stored' });
    expect(Date.parse(status.accessExpiresAt)).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(JSON.stringify(status)).not.toMatch(/eyJ|refresh_token_enc/);
  });

  it('warns when another account signed in than the address', async () => {
    const h = home();
    const r = await deviceLogin(h, 'sales@contoso.com', 'anna@contoso.com');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: signed in as anna@contoso.com, not sales@contoso.com');
  });

  it('a declined sign-in is exit 77 with the remedy, and nothing is stored', async () => {
    const h = home();
    const run = startAddr(h, ['auth', 'login', 'support@contoso.com', '--provider', 'microsoft', '--json']);
    const m = await run.waitFor(/enter the code ([A-Z0-9-]+)/);
    server.deny(m[1]!);
    const r = await run.done;
    expect(r.code).toBe(77);
    const err = JSON.parse(r.stderr.trim().split('\n').pop()!).error;
    expect(err.kind).toBe('oauth_sign_in_incomplete');
    expect(err.hint).toContain('addr auth login support@contoso.com');
    expect((await addr(h, ['auth', 'status', '--json'])).stdout.trim()).toBe('[]');
  });

  it('a wrong tenant is diagnosed (AADSTS90002), exit 78, nothing stored', async () => {
    const h = home();
    const r = await addr(h, ['auth', 'login', 'support@contoso.com', '--provider', 'microsoft', '--tenant', 'contoso.onmicrosoft.co']);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('does not exist');
    expect(r.stderr).toContain('AADSTS90002');
    expect(r.stderr).toContain('--tenant');
    expect(r.stderr).not.toMatch(/Trace ID|Correlation ID/);
    const s = await addr(h, ['auth', 'status', '--json']);
    expect(s.stdout.trim()).toBe('[]');
  });

  it('an app without public client flows is named as such (AADSTS7000218)', async () => {
    const h = home();
    const run = startAddr(h, ['auth', 'login', 'support@contoso.com', '--provider', 'microsoft', '--client-id', MS_APP]);
    const m = await run.waitFor(/enter the code ([A-Z0-9-]+)/);
    server.approve(m[1]!, 'support@contoso.com');
    const r = await run.done;
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('Allow public client flows');
  });
});

describe('refresh: before expiry, rotation, revocation', () => {
  it('renews an access token that is within 5 minutes of expiry, saves the rotated refresh token, then reuses the new access token', async () => {
    const h = home();
    server.expiresIn = 120; // less than the 5-minute margin: due at once
    try {
      expect((await deviceLogin(h)).code).toBe(0);
    } finally {
      server.expiresIn = 3600;
    }
    const before = grantRow(h, 'support@contoso.com');
    const refreshesBefore = server.requests.filter((q) => q.form.grant_type === 'refresh_token').length;
    const r = await addr(h, ['auth', 'status', 'support@contoso.com', '--check', '--json']);
    expect(r.code).toBe(0);
    const s = jsonOf(r);
    expect(s.check.ok).toBe(true);
    expect(Date.parse(s.check.accessExpiresAt)).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(s.lastRefresh).not.toBeNull();
    const refreshes = server.requests.filter((q) => q.form.grant_type === 'refresh_token');
    expect(refreshes.length).toBe(refreshesBefore + 1);
    expect(refreshes.at(-1)!.form.scope).toBe('https://outlook.office.com/SMTP.Send offline_access');
    const after = grantRow(h, 'support@contoso.com');
    expect(after.refresh_token_enc).not.toBe(before.refresh_token_enc); // the server rotated it; the new one is kept
    // Valid for an hour now: the next check uses the kept token and does not refresh.
    expect((await addr(h, ['auth', 'status', 'support@contoso.com', '--check'])).code).toBe(0);
    expect(server.requests.filter((q) => q.form.grant_type === 'refresh_token').length).toBe(refreshesBefore + 1);
  });

  it('with strict rotation the old refresh token is dead and the saved new one works', async () => {
    const h = home();
    server.expiresIn = 60;
    server.strictRotation = true;
    try {
      expect((await deviceLogin(h)).code).toBe(0);
      expect((await addr(h, ['auth', 'status', 'support@contoso.com', '--check'])).code).toBe(0);
      expect((await addr(h, ['auth', 'status', 'support@contoso.com', '--check'])).code).toBe(0);
    } finally {
      server.expiresIn = 3600;
      server.strictRotation = false;
    }
  });

  it('a revoked refresh token is invalid_grant: exit 77 and "sign in again with addr auth login ADDR"', async () => {
    const h = home();
    server.expiresIn = 60;
    try {
      expect((await deviceLogin(h)).code).toBe(0);
    } finally {
      server.expiresIn = 3600;
    }
    server.revokeAll();
    const r = await addr(h, ['auth', 'status', 'support@contoso.com', '--check']);
    expect(r.code).toBe(77);
    expect(r.stderr).toContain('AADSTS50173');
    expect(r.stderr).toContain('Sign in again with `addr auth login support@contoso.com`');
    const all = await addr(h, ['auth', 'status', '--check', '--json']);
    expect(all.code).toBe(77);
    expect(jsonOf(all)[0].check).toMatchObject({ ok: false, error: { kind: 'oauth_grant_invalid', exitCode: 77 } });
  });
});

describe('addr auth login: Google loopback redirect with PKCE', () => {
  it('prints the sign-in URL (no display), receives the redirect on 127.0.0.1, checks state, exchanges the code with the verifier', async () => {
    const h = home();
    const run = startAddr(h, ['auth', 'login', 'sales@gmail.com']);
    const m = await run.waitFor(/^ {2}(http:\/\/127\.0\.0\.1:\d+\/o\/oauth2\/v2\/auth\?\S+)$/m);
    const auth = new URL(m[1]!);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('scope')).toBe('https://mail.google.com/');
    expect(auth.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(auth.searchParams.get('login_hint')).toBe('sales@gmail.com');
    // A forged redirect without the right state is refused, and addr keeps waiting.
    const forged = await fetch(`${auth.searchParams.get('redirect_uri')}?code=stolen&state=wrong`);
    expect(forged.status).toBe(400);
    // The person signs in: the provider redirects the browser to addr's loopback listener.
    const consent = await fetch(auth, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const back = await fetch(consent.headers.get('location')!);
    expect(back.status).toBe(200);
    expect(await back.text()).toContain('You can close this tab');
    const r = await run.done;
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('a browser window was opened');
    const exchange = server.requests.find((q) => q.form.grant_type === 'authorization_code' && q.form.client_id === GOOGLE_CLIENT)!;
    expect(exchange.form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(exchange.form.client_secret).toBe(GOOGLE_SECRET);
    const s = jsonOf(await addr(h, ['auth', 'status', 'sales@gmail.com', '--json']));
    expect(s).toMatchObject({ provider: 'google', flow: 'loopback', account: 'sales@gmail.com', scope: 'https://mail.google.com/', refreshToken: 'stored', refreshUsableUntil: null });

    // Logout with --revoke: Google revokes, the sign-in is forgotten, and a check now fails.
    const out = await addr(h, ['auth', 'logout', 'sales@gmail.com', '--revoke', '--json']);
    expect(out.code).toBe(0);
    expect(jsonOf(out)).toMatchObject({ loggedOut: 'sales@gmail.com', revoked: true, revokeAt: 'https://myaccount.google.com/permissions' });
    expect((await addr(h, ['auth', 'status', 'sales@gmail.com'])).code).toBe(67);
  });

  it('gives up after --wait when the browser never comes back', async () => {
    const h = home();
    const r = await addr(h, ['auth', 'login', 'sales@gmail.com', '--wait', '1s']);
    expect(r.code).toBe(75);
    expect(r.stderr).toContain('No sign-in came back from the browser within 1s');
  });
});

describe('addr auth login: Yandex device code', () => {
  it('uses Yandex\'s own device grant (grant_type=device_code, code=…) with the app secret and the mail:smtp scope', async () => {
    const h = home();
    const run = startAddr(h, ['auth', 'login', 'info@yandex.ru']);
    const m = await run.waitFor(/open (\S+) on any device and enter the code ([A-Z0-9-]+)/);
    expect(m[1]).toBe(`${server.url}/device`);
    await fetch(`${m[1]}?user_code=${m[2]}&account=info@yandex.ru`);
    const r = await run.done;
    expect(r.code).toBe(0);
    const poll = server.requests.find((q) => q.form.grant_type === 'device_code')!;
    expect(poll.form).toMatchObject({ client_id: YANDEX_CLIENT, client_secret: YANDEX_SECRET });
    expect(poll.form.code).toBeTruthy();
    expect(server.requests.find((q) => q.path === '/device/code')!.form.scope).toBe('mail:smtp');
    const s = jsonOf(await addr(h, ['auth', 'status', 'info@yandex.ru', '--json']));
    expect(s).toMatchObject({ provider: 'yandex', flow: 'device', scope: 'mail:smtp' });
    expect(s.refreshUsableUntil).not.toBeNull();
  });
});

describe('addr auth login: Microsoft app-only (client credentials)', () => {
  it('with a client secret from the environment; the secret is stored encrypted and reused by --check', async () => {
    const h = home();
    const r = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-id', MS_APP, '--client-secret-env', 'APP_SECRET', '--json'], { APP_SECRET });
    expect(r.code).toBe(0);
    expect(jsonOf(r)).toMatchObject({ signedIn: true, flow: 'client-credentials', clientAuth: 'secret', refreshToken: 'none', scope: 'https://outlook.office365.com/.default' });
    const cc = server.requests.filter((q) => q.form.grant_type === 'client_credentials' && q.form.client_id === MS_APP);
    expect(cc.at(-1)!.form).toMatchObject({ client_secret: APP_SECRET, scope: 'https://outlook.office365.com/.default' });
    expect(readFileSync(path.join(h, '.local', 'share', 'addr', 'addr.db')).includes(APP_SECRET)).toBe(false);
    // A later run gets a new token with the stored secret (the kept one is valid, so --check needs none; force one by expiry).
    server.expiresIn = 60;
    try {
      expect((await addr(h, ['auth', 'login', 'noreply@contoso.com'])).code).toBe(0); // again, secret from the store
      expect((await addr(h, ['auth', 'status', 'noreply@contoso.com', '--check'])).code).toBe(0);
    } finally {
      server.expiresIn = 3600;
    }
    expect(server.requests.filter((q) => q.form.grant_type === 'client_credentials' && q.form.client_id === MS_APP).length).toBe(cc.length + 2);
  });

  it('a wrong client secret is AADSTS7000215 with the "Value, not ID" remedy, exit 78', async () => {
    const h = home();
    const r = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-id', MS_APP, '--client-secret-env', 'S'], { S: 'the-secret-id-not-value' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('secret\'s Value');
  });

  it('with a certificate: a signed client assertion (RS256, x5t, x5t#S256) that the server verifies', async () => {
    const h = home();
    const cert = writeTemp(h, 'app-cert.pem', certPem);
    const key = writeTemp(h, 'app-key.pem', keyPem);
    const r = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-id', MS_CERT_APP, '--client-cert-file', cert, '--client-key-file', key, '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf(r)).toMatchObject({ flow: 'client-credentials', clientAuth: 'certificate' });
    const q = server.requests.filter((x) => x.form.client_id === MS_CERT_APP).at(-1)!;
    expect(q.form.client_assertion_type).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(q.form.client_secret).toBeUndefined();
    const header = JSON.parse(Buffer.from(q.form.client_assertion!.split('.')[0]!, 'base64url').toString());
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(header.x5t).toBeTruthy();
    expect(header['x5t#S256']).toBeTruthy();
    const row = grantRow(h, 'noreply@contoso.com');
    expect(String(row.private_key_enc)).toMatch(/^v1:/);
    expect(readFileSync(path.join(h, '.local', 'share', 'addr', 'addr.db')).includes('PRIVATE KEY')).toBe(false);
  });

  it('a certificate the app does not know is refused by the server (AADSTS700027) with the upload remedy', async () => {
    const h = home();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=other',
      '-keyout', path.join(h, 'other.pem'), '-out', path.join(h, 'other-cert.pem')], { stdio: 'ignore' });
    const both = writeTemp(h, 'both.pem', readFileSync(path.join(h, 'other-cert.pem'), 'utf8') + readFileSync(path.join(h, 'other.pem'), 'utf8'));
    const r = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-id', MS_CERT_APP, '--client-cert-file', both]);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('Upload the certificate');
    const mismatched = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-id', MS_CERT_APP, '--client-cert-file', writeTemp(h, 'c.pem', certPem), '--client-key-file', path.join(h, 'other.pem')]);
    expect(mismatched.code).toBe(65);
    expect(mismatched.stderr).toContain('does not belong to the certificate');
  });

  it('needs a tenant of its own, not common', async () => {
    const h = home();
    writeTemp(h, '.addrrc.json', JSON.stringify({ oauth: { microsoft: { clientId: MS_APP } } }));
    const r = await addr(h, ['auth', 'login', 'noreply@contoso.com', '--provider', 'microsoft', '--client-secret-env', 'S'], { S: APP_SECRET });
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('tenant');
  });
});

describe('addr auth: token commands, bad input, logout', () => {
  it('--token-cmd saves the command (never its token) after running it once', async () => {
    const h = home();
    const r = await addr(h, ['auth', 'login', 'relay@acme.example', '--token-cmd', `${process.execPath} -e "console.log('tok-123.abc')"`, '--json']);
    expect(r.code).toBe(0);
    expect(jsonOf(r)).toMatchObject({ flow: 'command', tokenCommand: `${process.execPath} -e "console.log('tok-123.abc')"` });
    expect(readFileSync(path.join(h, '.local', 'share', 'addr', 'addr.db')).includes('tok-123.abc\n')).toBe(false);
    const bad = await addr(h, ['auth', 'login', 'relay@acme.example', '--token-cmd', 'gettoken | head -1']);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('shell operator');
  });

  it('refuses what it cannot use before contacting anyone', async () => {
    const h = home();
    const n = server.requests.length;
    expect((await addr(h, ['auth', 'login', 'x@corp.example'])).code).toBe(64); // provider unknown
    expect((await addr(h, ['auth', 'login', 'x@gmail.com', '--flow', 'device'])).code).toBe(64);
    expect((await addr(h, ['auth', 'login', 'x@gmail.com', '--tenant', 'contoso'])).code).toBe(64);
    expect((await addr(h, ['auth', 'login', 'not-an-address'])).code).toBe(65);
    const insecure = await addr(h, ['auth', 'login', 'x@gmail.com'], { ADDR_OAUTH_AUTHORITY: 'http://auth.example.com' });
    expect(insecure.code).toBe(78);
    expect(insecure.stderr).toContain('not https');
    writeTemp(h, '.addrrc.json', JSON.stringify({ oauth: { yandex: { clientId: YANDEX_CLIENT } } }));
    const noSecret = await addr(h, ['auth', 'login', 'x@yandex.ru']);
    expect(noSecret.code).toBe(64);
    expect(noSecret.stderr).toContain('oauth.yandex.clientSecret');
    expect(server.requests.length).toBe(n);
    // Nothing was created either.
    expect((await addr(h, ['auth', 'status'])).stderr).toContain('No address is signed in');
  });

  it('logout forgets the tokens and says what the provider still remembers', async () => {
    const h = home();
    expect((await deviceLogin(h)).code).toBe(0);
    const table = await addr(h, ['auth', 'status']);
    expect(table.stdout).toMatch(/ADDRESS\s+PROVIDER\s+SIGN-IN\s+ACCOUNT\s+ACCESS TOKEN UNTIL/);
    expect(table.stdout).toMatch(/support@contoso\.com\*\s+microsoft\s+device\s+support@contoso\.com\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC \(in \d+ min\)/);
    const one = await addr(h, ['auth', 'status', 'support@contoso.com']);
    expect(one.stdout).toContain('refresh token');
    expect(one.stdout).toContain('stored encrypted; usable until revoked, or 90 days without use');
    const r = await addr(h, ['auth', 'logout', 'support@contoso.com']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Forgot the OAuth2 sign-in of support@contoso.com');
    expect(r.stdout).toContain('https://myaccount.microsoft.com/');
    expect(grantRow(h, 'support@contoso.com')).toBeUndefined();
    expect((await addr(h, ['auth', 'logout', 'support@contoso.com'])).code).toBe(67);
  });
});
