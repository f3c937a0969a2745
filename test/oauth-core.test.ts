/** The pure OAuth2 core: endpoints and overrides, config, what token servers send, expiry, polling, commands. */
import { describe, expect, test } from '@jest/globals';
import {
  accountFromJwt, accountMismatch, afterPollError, checkEndpointUrl, decodeXoauth2Challenge, endpointsFor, expiresAtFrom, inferProvider,
  needsRefresh, OAUTH_PROVIDERS, parseDeviceCodeResponse, parseOAuthConfig, parseTokenError, parseTokenResponse, REFRESH_MARGIN_MS,
  refreshTokenExpiry, resolveClient, scopeSuffices, splitCommandLine, validateFlow, xoauth2String,
} from '../src/core/oauth.js';
import { PROVIDERS } from '../src/core/providers.js';
import { resolveSettings } from '../src/core/settings.js';

const jwt = (claims: Record<string, unknown>) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const bad = (key: string, what: string) => new Error(`${key} ${what}`);

describe('endpoints', () => {
  test('the providers\' own endpoints, Microsoft\'s with the tenant', () => {
    expect(endpointsFor('microsoft', { tenant: 'contoso.onmicrosoft.com' })).toEqual({
      deviceCode: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/devicecode',
      token: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      authorize: undefined, revoke: undefined,
    });
    expect(endpointsFor('microsoft', {}).token).toBe('https://login.microsoftonline.com/common/oauth2/v2.0/token');
    expect(endpointsFor('google', {})).toMatchObject({ authorize: 'https://accounts.google.com/o/oauth2/v2/auth', token: 'https://oauth2.googleapis.com/token', revoke: 'https://oauth2.googleapis.com/revoke' });
    expect(endpointsFor('yandex', {})).toMatchObject({ deviceCode: 'https://oauth.yandex.ru/device/code', token: 'https://oauth.yandex.ru/token' });
  });
  test('an authority replaces the origin and keeps each path (national clouds, a test server)', () => {
    expect(endpointsFor('microsoft', { tenant: 't', authority: 'https://login.microsoftonline.us' }).token).toBe('https://login.microsoftonline.us/t/oauth2/v2.0/token');
    expect(endpointsFor('google', { authority: 'http://127.0.0.1:5000/base/' }).authorize).toBe('http://127.0.0.1:5000/base/o/oauth2/v2/auth');
  });
  test.each([
    ['https://login.example.com', true], ['http://127.0.0.1:8080', true], ['http://localhost:1', true], ['http://[::1]:9', true],
    ['http://login.example.com', false], ['http://127.0.0.1.evil.com', false], ['ftp://127.0.0.1', false], ['https://u:p@x.example', false], ['not a url', false],
  ])('%s allowed: %s', (url, ok) => {
    if (ok) expect(() => checkEndpointUrl(url, 'x')).not.toThrow();
    else expect(() => checkEndpointUrl(url, 'x')).toThrow();
  });
});

describe('config and client resolution', () => {
  test('the oauth section is validated; a Microsoft client secret is refused in the file', () => {
    expect(parseOAuthConfig({ microsoft: { clientId: 'abc', tenant: 'contoso.onmicrosoft.com' }, google: { clientId: 'g', clientSecret: 'GOCSPX-x' } }, bad))
      .toEqual({ microsoft: { clientId: 'abc', tenant: 'contoso.onmicrosoft.com' }, google: { clientId: 'g', clientSecret: 'GOCSPX-x' } });
    expect(() => parseOAuthConfig({ microsoft: { clientSecret: 's' } }, bad)).toThrow(/never in the config file/);
    expect(() => parseOAuthConfig({ aol: {} }, bad)).toThrow(/not a provider/);
    expect(() => parseOAuthConfig({ google: { authority: 'http://evil.example' } }, bad)).toThrow(/https/);
    expect(() => parseOAuthConfig({ microsoft: { tenant: 'a b' } }, bad)).toThrow(/tenant/);
    expect(() => parseOAuthConfig([], bad)).toThrow();
  });
  test('the config file\'s oauth key reaches the settings', () => {
    const e = resolveSettings({ defaultDb: '/x.db', env: {}, flags: {}, file: { path: '/c', config: { oauth: { yandex: { clientId: 'y' } } }, resolvePath: (p) => p } });
    expect(e.settings.oauth).toEqual({ yandex: { clientId: 'y' } });
  });
  test('precedence: flag > earlier sign-in > config > default; each value says where it came from', () => {
    const config = { microsoft: { clientId: 'from-config', tenant: 'config.onmicrosoft.com' } };
    expect(resolveClient('microsoft', { config, flags: {} })).toMatchObject({ clientId: 'from-config', tenant: 'config.onmicrosoft.com', authority: null, sources: { clientId: 'config oauth.microsoft.clientId' } });
    expect(resolveClient('microsoft', { config, flags: {}, previous: { clientId: 'earlier', tenant: null, authority: null } })).toMatchObject({ clientId: 'earlier', tenant: 'config.onmicrosoft.com' });
    expect(resolveClient('microsoft', { config, flags: { clientId: 'flag', tenant: 'flag.example' }, previous: { clientId: 'earlier', tenant: 't', authority: null } })).toMatchObject({ clientId: 'flag', tenant: 'flag.example' });
    expect(resolveClient('microsoft', { config: { microsoft: { clientId: 'c' } }, flags: {} }).tenant).toBe('common');
    expect(resolveClient('google', { config: { google: { clientId: 'g' } }, flags: {}, envAuthority: 'http://127.0.0.1:9/' })).toMatchObject({ authority: 'http://127.0.0.1:9', sources: { authority: 'env ADDR_OAUTH_AUTHORITY' } });
    expect(() => resolveClient('google', { config: {}, flags: {} })).toThrow(/No OAuth client id/);
    expect(() => resolveClient('google', { config: { google: { clientId: 'g' } }, flags: { tenant: 't' } })).toThrow(/Microsoft only/);
    expect(() => resolveClient('google', { config: { google: { clientId: 'g' } }, flags: {}, envAuthority: 'http://auth.example' })).toThrow(/not https/);
  });
  test('flows per provider, and the provider of an address', () => {
    expect(validateFlow('device', 'microsoft')).toBe('device');
    expect(() => validateFlow('device', 'google')).toThrow(/not available/);
    expect(() => validateFlow('loopback', 'yandex')).toThrow();
    expect(inferProvider({ email: 'a@gmail.com' })).toBe('google');
    expect(inferProvider({ email: 'a@ya.ru' })).toBe('yandex');
    expect(inferProvider({ email: 'a@contoso.com', host: 'smtp.office365.com' })).toBe('microsoft');
    expect(inferProvider({ email: 'a@shop.ru', preset: 'yandex' })).toBe('yandex');
    expect(inferProvider({ email: 'a@corp.example' })).toBeNull();
    // Any preset or alias of a provider that signs in with OAuth2 (from the provider table).
    expect(inferProvider({ email: 'a@shop.com', preset: 'google-workspace' })).toBe('google');
    expect(inferProvider({ email: 'a@shop.com', preset: 'office365' })).toBe('microsoft');
    expect(inferProvider({ email: 'a@shop.com', preset: 'mailru' })).toBeNull();
    expect(inferProvider({ email: 'a@hotmail.co.uk' })).toBe('microsoft');
  });
  test('the OAuth providers are derived from the provider table (one source of endpoints, scopes and flows)', () => {
    const ms = PROVIDERS.microsoft.oauth2!;
    expect(OAUTH_PROVIDERS.microsoft).toMatchObject({
      flows: ms.addr!.flows, scope: ms.scopes.join(' '), appScope: ms.clientCredentialsScope,
      endpoints: { deviceCode: ms.deviceAuthorizationUrl, token: ms.tokenUrl }, domains: PROVIDERS.microsoft.domains,
    });
    expect(OAUTH_PROVIDERS.google.endpoints).toEqual({ authorize: PROVIDERS.gmail.oauth2!.authorizationUrl, token: PROVIDERS.gmail.oauth2!.tokenUrl, revoke: PROVIDERS.gmail.oauth2!.revocationUrl });
    expect(OAUTH_PROVIDERS.yandex.scope).toBe(PROVIDERS.yandex.oauth2!.scopes.join(' '));
    expect(OAUTH_PROVIDERS.yandex.endpoints.deviceCode).toBe(PROVIDERS.yandex.oauth2!.deviceAuthorizationUrl);
    // Only the providers addr signs in with carry its sign-in facts.
    expect(Object.values(PROVIDERS).filter((p) => p.oauth2?.addr).map((p) => p.id).sort()).toEqual(['gmail', 'google-workspace', 'microsoft', 'yandex']);
  });
});

describe('what token servers send is untrusted', () => {
  test('a good response; expires_in as a number or a numeric string; the account from the ID token', () => {
    const t = parseTokenResponse({ access_token: 'abc.def', token_type: 'Bearer', expires_in: '3599', refresh_token: 'r1', scope: 'https://outlook.office.com/SMTP.Send offline_access', id_token: jwt({ preferred_username: 'a@contoso.com' }) }, 'T');
    expect(t).toEqual({ accessToken: 'abc.def', expiresIn: 3599, refreshToken: 'r1', scope: 'https://outlook.office.com/SMTP.Send offline_access', account: 'a@contoso.com' });
  });
  test.each([
    [{}, /access_token/],
    [{ access_token: 'has space' }, /access_token/],
    [{ access_token: 'x\u001b[2J' }, /access_token/],
    [{ access_token: 'x'.repeat(20_000) }, /access_token/],
    [{ access_token: 'x', token_type: 'mac' }, /not Bearer/],
    [{ access_token: 'x', refresh_token: 42 }, /refresh_token/],
    ['<html>', /not a JSON object/],
  ])('refused: %j', (body, why) => {
    expect(() => parseTokenResponse(body, 'The server')).toThrow(why);
  });
  test('nonsense lifetimes are unknown, not trusted', () => {
    expect(parseTokenResponse({ access_token: 'x', expires_in: 124234123534 }, 'T').expiresIn).toBeNull();
    expect(parseTokenResponse({ access_token: 'x', expires_in: -5 }, 'T').expiresIn).toBeNull();
    expect(parseTokenResponse({ access_token: 'x' }, 'T').expiresIn).toBeNull();
  });
  test('accounts only from well-formed claims', () => {
    expect(accountFromJwt(jwt({ upn: 'b@contoso.com' }))).toBe('b@contoso.com');
    expect(accountFromJwt(jwt({ email: 'x\u001b@evil' }))).toBeNull();
    expect(accountFromJwt('ya29.opaque-google-token')).toBeNull();
    expect(accountFromJwt('a.!!!.c')).toBeNull();
  });
  test('device code responses: Microsoft\'s and Yandex\'s shapes; the page must be https', () => {
    expect(parseDeviceCodeResponse({ device_code: 'd', user_code: 'ABC-123', verification_uri: 'https://microsoft.com/devicelogin', expires_in: 900, interval: 5 }, 'T'))
      .toEqual({ deviceCode: 'd', userCode: 'ABC-123', verificationUri: 'https://microsoft.com/devicelogin', expiresIn: 900, intervalSeconds: 5 });
    expect(parseDeviceCodeResponse({ device_code: 'd', user_code: 'h5nbcr6c', verification_url: 'https://oauth.yandex.ru/device', expires_in: 300 }, 'T').intervalSeconds).toBe(5);
    expect(() => parseDeviceCodeResponse({ device_code: 'd', user_code: 'x', verification_uri: 'http://phish.example/device', expires_in: 900 }, 'T')).toThrow(/https/);
    expect(() => parseDeviceCodeResponse({ device_code: 'd', user_code: 'x y', verification_uri: 'https://a.example', expires_in: 900 }, 'T')).toThrow(/user_code/);
    expect(() => parseDeviceCodeResponse({ device_code: 'd', user_code: 'x', verification_uri: 'https://a.example', expires_in: 99_999 }, 'T')).toThrow(/expires_in/);
  });
  test('error responses: the first line of the description, AADSTS codes collected', () => {
    expect(parseTokenError({ error: 'invalid_grant', error_description: 'AADSTS50173: revoked.\r\nTrace ID: x', error_codes: [50173, 'x'] }, 400))
      .toEqual({ error: 'invalid_grant', description: 'AADSTS50173: revoked.', codes: [50173], status: 400 });
    expect(parseTokenError({ error: 'bad\nerror' }, 400)!.error).toBe('unknown_error');
    expect(parseTokenError({ access_token: 'x' }, 200)).toBeNull();
  });
  test('the granted scope must hold the mail scope', () => {
    expect(scopeSuffices('google', 'openid https://mail.google.com/', 'loopback')).toBe(true);
    expect(scopeSuffices('google', 'https://www.googleapis.com/auth/gmail.readonly', 'loopback')).toBe(false);
    expect(scopeSuffices('microsoft', 'https://outlook.office.com/SMTP.Send', 'device')).toBe(true);
    expect(scopeSuffices('microsoft', 'https://outlook.office.com/IMAP.AccessAsUser.All', 'device')).toBe(false);
    expect(scopeSuffices('yandex', null, 'device')).toBe(true);
  });
});

describe('time (the clock is handed in)', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  test('a token is renewed 5 minutes before it expires, and when its lifetime is unknown', () => {
    expect(REFRESH_MARGIN_MS).toBe(300_000);
    expect(needsRefresh(new Date(now.getTime() + 301_000), now)).toBe(false);
    expect(needsRefresh(new Date(now.getTime() + 300_000), now)).toBe(true);
    expect(needsRefresh(new Date(now.getTime() - 1), now)).toBe(true);
    expect(needsRefresh(null, now)).toBe(true);
    expect(expiresAtFrom(now, 3600)!.toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(expiresAtFrom(now, null)).toBeNull();
  });
  test('refresh tokens: Microsoft\'s 90-day inactivity window, Yandex\'s lifetime, Google until revoked', () => {
    expect(refreshTokenExpiry('microsoft', now, 3600)!.toISOString()).toBe('2026-05-31T10:00:00.000Z');
    expect(refreshTokenExpiry('yandex', now, 31_536_000)!.toISOString()).toBe('2027-03-02T10:00:00.000Z');
    expect(refreshTokenExpiry('google', now, 3600)).toBeNull();
  });
  test('polling: pending waits the interval, slow_down adds 5 seconds, anything else stops', () => {
    expect(afterPollError('authorization_pending', 5000)).toEqual({ wait: 5000 });
    expect(afterPollError('slow_down', 5000)).toEqual({ wait: 10_000 });
    expect(afterPollError('expired_token', 5000)).toEqual({ stop: true });
    expect(afterPollError('access_denied', 5000)).toEqual({ stop: true });
  });
});

describe('XOAUTH2', () => {
  test('the initial response, and the JSON error in a 334 reply', () => {
    expect(Buffer.from(xoauth2String('a@x.example', 'T0K'), 'base64').toString()).toBe('user=a@x.example\x01auth=Bearer T0K\x01\x01');
    expect(decodeXoauth2Challenge('334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ=='))
      .toEqual({ status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' });
    expect(decodeXoauth2Challenge('334 UGFzc3dvcmQ6')).toBeNull();
    expect(decodeXoauth2Challenge(`334 ${Buffer.from(JSON.stringify({ status: '4\u001b[31m01' })).toString('base64')}`)!.status).toBe('4\\x1b[31m01');
  });
  test('another account than the address is a warning, the same one (any case) is not', () => {
    expect(accountMismatch('a@x.example', 'A@X.example')).toBeNull();
    expect(accountMismatch('a@x.example', null)).toBeNull();
    expect(accountMismatch('a@x.example', 'login@x.example', 'login@x.example')).toBeNull();
    expect(accountMismatch('a@x.example', 'b@x.example')).toContain('signed in as b@x.example');
  });
});

describe('token commands are split without a shell', () => {
  test.each([
    ['pass show mail/token', ['pass', 'show', 'mail/token']],
    ["oauth2l fetch --scope 'https://mail.google.com/'", ['oauth2l', 'fetch', '--scope', 'https://mail.google.com/']],
    ['az account get-access-token --query accessToken -o tsv', ['az', 'account', 'get-access-token', '--query', 'accessToken', '-o', 'tsv']],
    ['"/opt/My Tools/get token" --for "a \\"b\\""', ['/opt/My Tools/get token', '--for', 'a "b"']],
    ['a\\ b c', ['a b', 'c']],
    ["sh -c 'pass show x | head -1'", ['sh', '-c', 'pass show x | head -1']],
    ["''", ['']],
  ])('%s', (line, argv) => {
    expect(splitCommandLine(line)).toEqual(argv);
  });
  test.each(['get | head', 'a; rm -rf /', 'echo $TOKEN', 'echo `id`', 'a > f', '"unclosed', "'unclosed", '   ', 'x\\', 'a\nb', '"$HOME"'])('refused: %j', (line) => {
    expect(() => splitCommandLine(line)).toThrow(/cannot be run/);
  });
});

test('every provider lists where to revoke and how long a refresh token lasts', () => {
  for (const p of Object.values(OAUTH_PROVIDERS)) {
    expect(p.revokeUrl).toMatch(/^https:\/\//);
    expect(p.afterLogout.length).toBeGreaterThan(30);
    expect(p.flows.length).toBeGreaterThan(0);
  }
});
