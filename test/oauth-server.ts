/**
 * A real OAuth2 authorization server on loopback for the tests: oauth2-mock-server 8 issues the tokens (signed JWTs,
 * PKCE checked at the code exchange), and this front server adds what it lacks and what the providers do:
 * Microsoft's tenant paths, the device-code endpoints (Microsoft's and Yandex's), client registration with secrets
 * and certificates (client assertions verified), refresh tokens that can be revoked and are rotated, Microsoft-style
 * AADSTS errors, Google's authorize and revoke paths, and an `expiresIn` to hand out short-lived tokens.
 * The test plays the person: it approves a device code through the verification page, or follows the sign-in URL.
 */
import { createHash, randomBytes, randomUUID, verify, X509Certificate } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Server, type MutableToken, type TokenRequestIncomingMessage } from 'oauth2-mock-server';

export type Provider = 'microsoft' | 'google' | 'yandex';

export interface TestClient {
  id: string;
  provider: Provider;
  /** Google/Yandex app secret, or a Microsoft confidential client's secret. */
  secret?: string;
  /** Microsoft app-only: the registered certificate (PEM). */
  certificatePem?: string;
  /** Microsoft: the tenant the app is registered in. */
  tenant?: string;
  /** Microsoft: "Allow public client flows" (device code). Default true. */
  publicClient?: boolean;
}

interface DeviceCode { clientId: string; provider: Provider; scope: string; tenant: string | null; state: 'pending' | 'approved' | 'denied'; account: string | null; expires: number }
interface Refresh { clientId: string; account: string; scope: string; revoked: boolean }

export interface RequestRecord { method: string; path: string; form: Record<string, string>; query: Record<string, string> }

export interface TestAuthServer {
  /** The authority to give addr: ADDR_OAUTH_AUTHORITY. */
  url: string;
  /** Tenants that exist (Microsoft); common and organizations are accepted for a person's sign-in. */
  tenants: Set<string>;
  clients: Map<string, TestClient>;
  /** expires_in of the next access tokens (seconds). */
  expiresIn: number;
  /** The old refresh token stops working when a refresh hands out a new one. */
  strictRotation: boolean;
  requests: RequestRecord[];
  /** Plays the person on the verification page. */
  approve(userCode: string, account: string): void;
  deny(userCode: string): void;
  /** Revokes every refresh token issued so far (a password reset, "sign out everywhere"). */
  revokeAll(): void;
  liveRefreshTokens(): number;
  /**
   * What a resource server (the test's SMTP server) asks: is this an access token this server issued, unexpired (by
   * the expires_in it handed out), for this user? App-only tokens (client credentials) are valid for any mailbox.
   */
  validAccess(token: string, user: string): boolean;
  /** Every access token issued so far stops being valid now (expired between two messages). */
  expireAccessTokens(): void;
  /** An access token for `account` made directly (what another token tool would hand addr), valid for ttl seconds. */
  issueAccess(account: string, ttlSeconds?: number): Promise<string>;
  close(): Promise<void>;
}

const MS_GENERIC = new Set(['common', 'organizations', 'consumers']);

function readBody(req: IncomingMessage, max = 64 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => { size += c.length; if (size > max) { reject(new Error('body too large')); req.destroy(); } else chunks.push(c); });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Microsoft's error body: the AADSTS code in the description and in error_codes, trace lines after it. */
function aadsts(res: ServerResponse, status: number, error: string, code: number, text: string): void {
  json(res, status, {
    error,
    error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${randomUUID()}\r\nTimestamp: ${new Date().toISOString()}`,
    error_codes: [code], timestamp: new Date().toISOString(), trace_id: randomUUID(), correlation_id: randomUUID(),
  });
}

/** Checks an RFC 7523 client assertion against the registered certificate; returns why it fails, or null. */
function assertionProblem(assertion: string, client: TestClient, audience: string): string | null {
  if (!client.certificatePem) return 'no certificate registered';
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'not a JWT';
  const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as Record<string, string>;
  const payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString()) as Record<string, unknown>;
  const cert = new X509Certificate(client.certificatePem);
  if (header.alg !== 'RS256') return `alg ${header.alg}`;
  if (header.x5t !== createHash('sha1').update(cert.raw).digest('base64url')) return 'x5t does not name the certificate';
  if (header['x5t#S256'] !== createHash('sha256').update(cert.raw).digest('base64url')) return 'x5t#S256 does not name the certificate';
  if (!verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), cert.publicKey, Buffer.from(parts[2]!, 'base64url'))) return 'bad signature';
  if (payload.aud !== audience) return `aud ${String(payload.aud)}`;
  if (payload.iss !== client.id || payload.sub !== client.id) return 'iss/sub';
  const now = Date.now() / 1000;
  if (typeof payload.exp !== 'number' || payload.exp < now || typeof payload.nbf !== 'number' || payload.nbf > now + 60) return 'time';
  return null;
}

export async function startAuthServer(opts: { tenants?: string[]; clients?: TestClient[] } = {}): Promise<TestAuthServer> {
  const mock = new OAuth2Server();
  await mock.issuer.keys.generate('RS256');
  await mock.start(0, '127.0.0.1');
  const mockUrl = `http://127.0.0.1:${mock.address().port}`;
  // Tokens name the account that signed in, as Microsoft's and Google's do (preferred_username).
  mock.service.on('beforeTokenSigning', (token: MutableToken, req: TokenRequestIncomingMessage) => {
    const account = (req.body as unknown as Record<string, string>).x_account;
    if (account) token.payload.preferred_username = account;
    token.payload.jti = randomUUID(); // two tokens issued in the same second differ, as real ones do
  });

  const devices = new Map<string, DeviceCode>(); // by device_code
  const userCodes = new Map<string, string>(); // user_code → device_code
  const refreshes = new Map<string, Refresh>();
  const codes = new Map<string, { clientId: string; redirectUri: string; scope: string; account: string }>();
  const accessTokens = new Map<string, { account: string; expiresAt: number }>();
  const remember = (body: Record<string, unknown>, account: string) => {
    if (typeof body.access_token === 'string') accessTokens.set(body.access_token, { account, expiresAt: Date.now() + state.expiresIn * 1000 });
  };
  const state = {
    url: '',
    tenants: new Set(opts.tenants ?? []),
    clients: new Map((opts.clients ?? []).map((c) => [c.id, c])),
    expiresIn: 3600,
    strictRotation: false,
    requests: [] as RequestRecord[],
  };

  /** Tokens from the mock (a password grant gives access, id and refresh tokens; client credentials an access token). */
  async function issue(res: ServerResponse, client: TestClient, grant: 'password' | 'client_credentials', scope: string, account: string, extra: Record<string, string> = {}): Promise<void> {
    const r = await fetch(`${mockUrl}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: grant, scope, client_id: client.id, username: account, x_account: account, ...extra }).toString(),
    });
    const body = await r.json() as Record<string, unknown>;
    body.expires_in = state.expiresIn;
    if (r.status === 200) remember(body, account);
    if (client.provider === 'yandex') body.token_type = 'bearer';
    if (typeof body.refresh_token === 'string') refreshes.set(body.refresh_token, { clientId: client.id, account, scope, revoked: false });
    if (grant === 'client_credentials') delete body.refresh_token;
    json(res, r.status, body);
  }

  /** Client authentication of a token request; answers the error itself and returns false when it fails. */
  function clientOk(res: ServerResponse, client: TestClient | undefined, form: Record<string, string>, audience: string, confidential: boolean): client is TestClient {
    if (!client) {
      if (form.__provider === 'microsoft') aadsts(res, 400, 'unauthorized_client', 700016, `Application with identifier '${form.client_id}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`);
      else json(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
      return false;
    }
    if (form.client_assertion) {
      const problem = assertionProblem(form.client_assertion, client, audience);
      if (problem) { aadsts(res, 401, 'invalid_client', 700027, `Client assertion failed signature validation. (${problem})`); return false; }
      return true;
    }
    if (client.provider === 'microsoft' && confidential) {
      if (!form.client_secret) { aadsts(res, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."); return false; }
      if (form.client_secret !== client.secret) { aadsts(res, 401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.id}'.`); return false; }
      return true;
    }
    if (client.provider !== 'microsoft' && client.secret !== undefined && form.client_secret !== client.secret) {
      json(res, 401, client.provider === 'google' ? { error: 'invalid_client', error_description: 'Unauthorized' } : { error: 'invalid_client', error_description: 'Wrong client secret' });
      return false;
    }
    return true;
  }

  function tenantOk(res: ServerResponse, tenant: string, personal: boolean): boolean {
    if (state.tenants.has(tenant) || (personal && MS_GENERIC.has(tenant))) return true;
    aadsts(res, 400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`);
    return false;
  }

  function newDevice(res: ServerResponse, provider: Provider, form: Record<string, string>, tenant: string | null): void {
    const client = state.clients.get(form.client_id ?? '');
    if (!client || client.provider !== provider) {
      if (provider === 'microsoft') return aadsts(res, 400, 'unauthorized_client', 700016, `Application with identifier '${form.client_id}' was not found in the directory '${tenant}'.`);
      return json(res, 400, { error: 'invalid_client', error_description: 'Client not found' });
    }
    const deviceCode = randomBytes(24).toString('hex');
    const userCode = randomBytes(4).toString('hex').toUpperCase();
    devices.set(deviceCode, { clientId: client.id, provider, scope: form.scope ?? '', tenant, state: 'pending', account: null, expires: Date.now() + 900_000 });
    userCodes.set(userCode, deviceCode);
    if (provider === 'microsoft') {
      json(res, 200, { device_code: deviceCode, user_code: userCode, verification_uri: `${state.url}/devicelogin`, expires_in: 900, interval: 1,
        message: `To sign in, use a web browser to open the page ${state.url}/devicelogin and enter the code ${userCode} to authenticate.` });
    } else {
      json(res, 200, { device_code: deviceCode, user_code: userCode, verification_url: `${state.url}/device`, interval: 1, expires_in: 600 });
    }
  }

  async function token(res: ServerResponse, provider: Provider, form: Record<string, string>, tenant: string | null, audience: string): Promise<void> {
    const client = state.clients.get(form.client_id ?? '');
    if (client && client.provider !== provider) return json(res, 400, { error: 'invalid_client' });
    const g = form.grant_type;
    if (g === 'urn:ietf:params:oauth:grant-type:device_code' || g === 'device_code') {
      const d = devices.get(form.device_code ?? form.code ?? '');
      if (!clientOk(res, client, form, audience, provider !== 'microsoft')) return;
      if (provider === 'microsoft' && client.publicClient === false) return aadsts(res, 401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
      if (!d || d.clientId !== client.id) return json(res, 400, { error: provider === 'microsoft' ? 'bad_verification_code' : 'invalid_grant' });
      if (d.expires < Date.now()) return provider === 'microsoft' ? aadsts(res, 400, 'expired_token', 70020, "The provided value for the input parameter 'device_code' is not valid. This device code has expired.") : json(res, 400, { error: 'invalid_grant', error_description: 'Invalid or expired code' });
      if (d.state === 'pending') return json(res, 400, { error: 'authorization_pending', error_description: provider === 'microsoft' ? 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.' : 'User has not yet authorized your application' });
      if (d.state === 'denied') return json(res, 400, { error: provider === 'microsoft' ? 'authorization_declined' : 'access_denied' });
      devices.delete(form.device_code ?? form.code ?? '');
      return issue(res, client, 'password', d.scope || 'mail:smtp', d.account!);
    }
    if (g === 'authorization_code') {
      if (!clientOk(res, client, form, audience, true)) return;
      const c = codes.get(form.code ?? '');
      if (!c || c.clientId !== client.id) return json(res, 400, { error: 'invalid_grant', error_description: 'Malformed auth code.' });
      if (c.redirectUri !== form.redirect_uri) return json(res, 400, { error: 'redirect_uri_mismatch', error_description: 'Bad Request' });
      codes.delete(form.code!);
      // The mock checks the PKCE verifier against the challenge it kept at /authorize.
      const r = await fetch(`${mockUrl}/token`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', code: form.code!, code_verifier: form.code_verifier ?? '', client_id: client.id, scope: c.scope, x_account: c.account }).toString(),
      });
      const body = await r.json() as Record<string, unknown>;
      if (r.status !== 200) return json(res, r.status, body);
      body.expires_in = state.expiresIn;
      remember(body, c.account);
      if (typeof body.refresh_token === 'string') refreshes.set(body.refresh_token, { clientId: client.id, account: c.account, scope: c.scope, revoked: false });
      return json(res, 200, body);
    }
    if (g === 'refresh_token') {
      if (!clientOk(res, client, form, audience, false)) return;
      const r = refreshes.get(form.refresh_token ?? '');
      if (!r || r.revoked || r.clientId !== client.id) {
        if (provider === 'microsoft') return aadsts(res, 400, 'invalid_grant', 50173, "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.");
        return json(res, 400, { error: 'invalid_grant', error_description: provider === 'google' ? 'Token has been expired or revoked.' : 'Invalid or expired token' });
      }
      if (state.strictRotation) r.revoked = true;
      return issue(res, client, 'password', r.scope, r.account);
    }
    if (g === 'client_credentials' && provider === 'microsoft') {
      if (!tenant || !tenantOk(res, tenant, false)) return;
      if (!clientOk(res, client, form, audience, true)) return;
      if (client.tenant && client.tenant !== tenant) return aadsts(res, 400, 'unauthorized_client', 700016, `Application with identifier '${client.id}' was not found in the directory '${tenant}'.`);
      return issue(res, client, 'client_credentials', form.scope ?? '', `app:${client.id}`);
    }
    json(res, 400, { error: 'unsupported_grant_type' });
  }

  async function authorize(res: ServerResponse, q: URLSearchParams): Promise<void> {
    const client = state.clients.get(q.get('client_id') ?? '');
    const redirect = q.get('redirect_uri') ?? '';
    if (!client || client.provider !== 'google') return json(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' });
    if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(redirect)) return json(res, 400, { error: 'invalid_request', error_description: 'redirect_uri must be a loopback address' });
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) return json(res, 400, { error: 'invalid_request', error_description: 'PKCE S256 required' });
    const r = await fetch(`${mockUrl}/authorize?${q.toString()}`, { redirect: 'manual' });
    const location = new URL(r.headers.get('location')!);
    const code = location.searchParams.get('code')!;
    codes.set(code, { clientId: client.id, redirectUri: redirect, scope: q.get('scope') ?? '', account: q.get('login_hint') ?? 'someone@example.com' });
    res.writeHead(302, { location: location.href });
    res.end();
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', state.url);
      const body = req.method === 'POST' ? await readBody(req) : '';
      const form = Object.fromEntries(new URLSearchParams(body));
      state.requests.push({ method: req.method ?? '', path: url.pathname, form, query: Object.fromEntries(url.searchParams) });
      const ms = /^\/([^/]+)\/oauth2\/v2\.0\/(devicecode|token)$/.exec(url.pathname);
      if (req.method === 'POST' && ms) {
        const tenant = decodeURIComponent(ms[1]!);
        if (!tenantOk(res, tenant, true)) return;
        if (ms[2] === 'devicecode') return newDevice(res, 'microsoft', form, tenant);
        return token(res, 'microsoft', { ...form, __provider: 'microsoft' }, tenant, `${state.url}${url.pathname}`);
      }
      if (req.method === 'POST' && url.pathname === '/device/code') return newDevice(res, 'yandex', form, null);
      if (req.method === 'POST' && url.pathname === '/token') {
        const provider = state.clients.get(form.client_id ?? '')?.provider === 'yandex' ? 'yandex' : 'google';
        return token(res, provider, form, null, `${state.url}/token`);
      }
      if (req.method === 'GET' && url.pathname === '/o/oauth2/v2/auth') return authorize(res, url.searchParams);
      if (req.method === 'POST' && url.pathname === '/revoke') {
        const r = refreshes.get(form.token ?? '');
        if (r) r.revoked = true;
        return json(res, r ? 200 : 400, r ? {} : { error: 'invalid_token' });
      }
      if (url.pathname === '/devicelogin' || url.pathname === '/device') {
        const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
        const d = devices.get(userCodes.get((params.get('user_code') ?? '').toUpperCase()) ?? '');
        if (!d) return json(res, 404, { error: 'unknown code' });
        if (params.get('action') === 'deny') d.state = 'denied';
        else { d.state = 'approved'; d.account = params.get('account') ?? 'someone@example.com'; }
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('You may close this window.');
      }
      json(res, 404, { error: 'not_found' });
    })().catch((err: Error) => { if (!res.headersSent) json(res, 500, { error: 'server_error', error_description: err.message }); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const findDevice = (userCode: string) => {
    const d = devices.get(userCodes.get(userCode) ?? '');
    if (!d) throw new Error(`no device code ${userCode}`);
    return d;
  };
  return Object.assign(state, {
    approve(userCode: string, account: string) { const d = findDevice(userCode); d.state = 'approved'; d.account = account; },
    deny(userCode: string) { findDevice(userCode).state = 'denied'; },
    revokeAll() { for (const r of refreshes.values()) r.revoked = true; },
    liveRefreshTokens() { return [...refreshes.values()].filter((r) => !r.revoked).length; },
    validAccess(token: string, user: string) {
      const t = accessTokens.get(token);
      return Boolean(t && t.expiresAt > Date.now() && (t.account.startsWith('app:') || t.account.toLowerCase() === user.toLowerCase()));
    },
    expireAccessTokens() { for (const t of accessTokens.values()) t.expiresAt = 0; },
    async issueAccess(account: string, ttlSeconds = 3600) {
      const r = await fetch(`${mockUrl}/token`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'smtp', client_id: 'token-tool', x_account: account }).toString(),
      });
      const body = await r.json() as { access_token: string };
      accessTokens.set(body.access_token, { account, expiresAt: Date.now() + ttlSeconds * 1000 });
      return body.access_token;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.stop();
    },
  });
}
