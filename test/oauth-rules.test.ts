/**
 * The OAuth2 failure rows, folded into the one classifier (categories, rules in front, remedies), every row decides its own verbatim examples by its own id, the replies the classifier already
 * knew keep their rules, and the token adapter's mapping reads the same rows.
 */
import { describe, expect, test } from '@jest/globals';
import { classifyDetailed } from '../src/core/classify.js';
import { CATEGORIES, type SenderContext } from '../src/core/diagnosis.js';
import { REMEDIES } from '../src/core/remedies.js';
import { RULES } from '../src/core/rules.js';
import { diagnoseTokenError, parseTokenError, tokenErrorToAddrError } from '../src/core/oauth.js';
import { OAUTH_CATEGORIES, OAUTH_REMEDIES, OAUTH_RULES, type OAuthExample } from '../src/core/oauth-rules.js';

// The rows are folded in: categories in CATEGORIES, rows in front of RULES, remedies in REMEDIES.
test('the OAuth2 rows are part of the one classifier', () => {
  for (const c of OAUTH_CATEGORIES) expect(CATEGORIES).toContain(c);
  for (const r of OAUTH_RULES.filter((x) => !x.tokenStage)) expect(RULES.map((x) => x.id)).toContain(r.id);
  for (const c of OAUTH_CATEGORIES) expect(REMEDIES[c]).toBe(OAUTH_REMEDIES[c]);
});

const asSignal = (e: OAuthExample) => (typeof e === 'string' ? { text: e } : { text: e.text, stage: e.stage });
const contextOf = (e: OAuthExample): SenderContext => (typeof e === 'string' ? {} : (e.context ?? {})) as SenderContext;

describe('OAuth2 rows in the classifier', () => {
  const cases = OAUTH_RULES.filter((r) => !r.tokenStage).flatMap((r) => r.examples.map((e) => [r.id, typeof e === 'string' ? e : e.text, e] as const));
  test.each(cases)('%s decides its example: %s', (id, _text, example) => {
    const c = classifyDetailed(asSignal(example), contextOf(example));
    expect(c.rule).toBe(id);
    const row = OAUTH_RULES.find((r) => r.id === id)!;
    expect(c.diagnosis.category).toBe(row.category);
    expect(c.diagnosis.remedy.length).toBeGreaterThan(20);
  });

  test('every row has examples, a unique id and a known category with a remedy', () => {
    const ids = OAUTH_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of OAUTH_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(CATEGORIES).toContain(r.category);
      expect((REMEDIES as Record<string, unknown>)[r.category]).toBeDefined();
      if (r.tokenEndpoint) expect(r.code ?? r.enhanced ?? r.when).toBeUndefined(); // token rows read text only
    }
    for (const c of OAUTH_CATEGORIES) expect(OAUTH_REMEDIES[c]).toBeDefined();
  });

  test('near misses keep the rules they had: password logins are not token failures', () => {
    const ms = classifyDetailed({ text: '535 5.7.3 Authentication unsuccessful [SN6PR16CA0051.namprd16.prod.outlook.com]', stage: 'auth' }, { host: 'smtp.office365.com' });
    expect(ms.rule).toBe('ms.auth-unsuccessful');
    const gmail = classifyDetailed({ text: '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials - gsmtp' }, { preset: 'gmail' });
    expect(gmail.diagnosis.category).toBe('auth_failed');
    expect(gmail.diagnosis.remedy).toContain('app password');
    const disabled = classifyDetailed({ text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' });
    expect(disabled.rule).toBe('ms.smtp-auth-disabled');
    const plain334 = classifyDetailed({ text: '334 UGFzc3dvcmQ6', stage: 'auth' });
    expect(plain334.diagnosis.category).not.toBe('oauth_token_rejected');
  });

  test('with OAuth2, 5.7.139 says the switch covers XOAUTH2 too, and names the cmdlet', () => {
    const d = classifyDetailed({ text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.' }, { auth: 'oauth2', username: 'a@contoso.com' } as SenderContext).diagnosis;
    expect(d.category).toBe('smtp_auth_disabled');
    expect(d.remedy).toContain('Set-CASMailbox');
    expect(d.remedy).toContain('OAuth2 does not need a password');
  });

  test('550 5.7.30 (Basic auth retired) sends the user to OAuth2 sign-in', () => {
    const d = classifyDetailed({ text: '550 5.7.30 Basic authentication is not supported for Client Submission.' }).diagnosis;
    expect(d.category).toBe('smtp_auth_disabled');
    expect(d.remedy).toContain('addr auth login');
  });

  test('the token-rejected remedy names the address', () => {
    const d = classifyDetailed({ text: '535 5.7.3 Authentication unsuccessful', stage: 'auth' }, { auth: 'oauth2', email: 'support@contoso.com', host: 'smtp.office365.com' } as SenderContext).diagnosis;
    expect(d.category).toBe('oauth_token_rejected');
    expect(d.remedy).toContain('support@contoso.com');
    expect(d.remedy).toContain('New-ServicePrincipal');
  });
});

describe('token-endpoint errors through the same rows', () => {
  const tokenCases = OAUTH_RULES.filter((r) => r.tokenEndpoint).flatMap((r) => r.examples.map((e) =>
    [r.id, typeof e === 'string' ? e : e.text, (typeof e === 'string' ? undefined : e.stage) ?? 'refresh'] as const));
  test.each(tokenCases)('%s: %s', (id, text, stage) => {
    const colon = text.indexOf(': ');
    const body = colon > 0 && !/^AADSTS/.test(text) ? { error: text.slice(0, colon), error_description: text.slice(colon + 2) } : /^AADSTS/.test(text) ? { error: 'invalid_request', error_description: text } : { error: text };
    const e = parseTokenError(body, 400)!;
    const provider = /AADSTS/.test(text) ? 'microsoft' : id.includes('google') ? 'google' : 'yandex';
    expect(diagnoseTokenError(e, { provider, stage: stage as 'sign-in' | 'refresh', email: 'a@x.example' }).rule).toBe(id);
  });

  test('invalid_grant on a refresh says to sign in again with the address, exit 77', () => {
    const e = parseTokenError({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }, 400)!;
    const err = tokenErrorToAddrError(e, { provider: 'google', stage: 'refresh', email: 'sales@gmail.com' });
    expect(err.exitCode).toBe(77);
    expect(err.kind).toBe('oauth_grant_invalid');
    expect(err.hint).toContain('addr auth login sales@gmail.com');
    expect(err.hint).toContain('In production');
  });

  test('invalid_grant while waiting for a device code is an unfinished sign-in, not a dead refresh token', () => {
    const e = parseTokenError({ error: 'invalid_grant', error_description: 'Invalid or expired code' }, 400)!;
    expect(diagnoseTokenError(e, { provider: 'yandex', stage: 'sign-in', email: 'a@yandex.ru' }).category).toBe('oauth_sign_in_incomplete');
    expect(diagnoseTokenError(e, { provider: 'yandex', stage: 'refresh', email: 'a@yandex.ru' }).category).toBe('oauth_grant_invalid');
  });

  test('unknown errors: 5xx and temporarily_unavailable are temporary (75), others 77', () => {
    expect(diagnoseTokenError({ error: 'temporarily_unavailable', description: '', codes: [], status: 503 }, { provider: 'google', stage: 'refresh', email: 'a@gmail.com' }).exitCode).toBe(75);
    expect(diagnoseTokenError({ error: 'weird_thing', description: '', codes: [], status: 400 }, { provider: 'google', stage: 'refresh', email: 'a@gmail.com' }).exitCode).toBe(77);
  });

  test('the server\'s words are escaped and trace lines dropped; AADSTS codes come from error_codes too', () => {
    const e = parseTokenError({ error: 'invalid_client', error_description: 'AADSTS7000222: The provided client secret keys for app \'x\' are expired.\u001b[31m\r\nTrace ID: 1\r\nCorrelation ID: 2', error_codes: [7000222] }, 401)!;
    expect(e.codes).toEqual([7000222]);
    const err = tokenErrorToAddrError(e, { provider: 'microsoft', stage: 'client-credentials', email: 'a@contoso.com' });
    expect(err.message).toContain('\\x1b[31m');
    expect(err.message).not.toContain('\u001b');
    expect(err.message).not.toContain('Trace ID');
    expect(err.exitCode).toBe(78);
    expect(err.hint).toContain('Certificates & secrets');
    const coded = parseTokenError({ error: 'invalid_grant', error_description: 'The refresh token has expired.', error_codes: [700082] }, 400)!;
    expect(diagnoseTokenError(coded, { provider: 'microsoft', stage: 'refresh', email: 'a@contoso.com' }).rule).toBe('oauth.ms-refresh-expired');
  });
});
