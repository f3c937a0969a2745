/**
 * Token requests: one function that posts to a token endpoint and turns the answer into a validated TokenSet or a
 * diagnosed OAuthError; the refresh of a stored sign-in; the app-only (client credentials) request.
 */
import {
  endpointsFor, OAUTH_PROVIDERS, OAuthError, parseTokenError, parseTokenResponse, tokenErrorToAddrError,
  type OAuthProviderId, type TokenSet, type TokenStage,
} from '../core/oauth.js';
import { ExitCode } from '../errors.js';
import type { GrantSecrets, OAuthGrant } from '../store/oauth-grants.js';
import { loadClientCertificate, makeClientAssertion } from './client-assertion.js';
import { postForm } from './http.js';

export interface TokenCall {
  provider: OAuthProviderId;
  stage: TokenStage;
  email: string;
  clientId: string;
  tenant: string | null;
  timeoutMs?: number;
}


/** POSTs `form` to `url`; a 200 with a valid token response is the TokenSet, anything else a diagnosed OAuthError. */
export async function requestToken(url: string, form: Record<string, string>, call: TokenCall): Promise<TokenSet> {
  const reply = await postForm(url, form, { timeoutMs: call.timeoutMs });
  const where = `The ${OAUTH_PROVIDERS[call.provider].label} token endpoint`;
  if (reply.status === 200) return parseTokenResponse(reply.json, where);
  const e = parseTokenError(reply.json, reply.status);
  if (e) throw tokenErrorToAddrError(e, { provider: call.provider, stage: call.stage, email: call.email, clientId: call.clientId, tenant: call.tenant });
  throw new OAuthError('oauth_bad_response', `${where} answered HTTP ${reply.status} without an OAuth error.`, reply.status >= 500 ? ExitCode.TEMPFAIL : ExitCode.UNAVAILABLE,
    reply.status >= 500 ? 'The server failed; try again later.' : 'Check the OAuth authority and the tenant.');
}

/** App-only token: client credentials with a secret or a certificate (Microsoft Entra). */
export async function clientCredentialsToken(p: {
  provider: OAuthProviderId; email: string; clientId: string; tenant: string | null; authority: string | null;
  clientSecret: string | null; certificate: { certificatePem: string; privateKeyPem: string } | null; now: Date; timeoutMs?: number;
}): Promise<TokenSet> {
  const info = OAUTH_PROVIDERS[p.provider];
  const token = endpointsFor(p.provider, { tenant: p.tenant, authority: p.authority }).token;
  const form: Record<string, string> = { grant_type: 'client_credentials', client_id: p.clientId, scope: info.appScope ?? info.scope };
  if (p.certificate) {
    const cert = loadClientCertificate(p.certificate.certificatePem, p.certificate.privateKeyPem);
    form.client_assertion_type = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
    form.client_assertion = makeClientAssertion(cert, p.clientId, token, p.now);
  } else if (p.clientSecret !== null) {
    form.client_secret = p.clientSecret;
  } else {
    throw new OAuthError('oauth_client_invalid', `The app-only sign-in of ${p.email} has neither a client secret nor a certificate.`, ExitCode.CONFIG, `Sign in again with \`addr auth login ${p.email} --flow client-credentials --client-secret-env VAR\` or --client-cert-file.`);
  }
  return requestToken(token, form, { provider: p.provider, stage: 'client-credentials', email: p.email, clientId: p.clientId, tenant: p.tenant, timeoutMs: p.timeoutMs });
}

/** A new access token for a stored sign-in: the refresh-token grant, or client credentials for app-only sign-ins. */
export async function refreshAccess(g: OAuthGrant, secrets: GrantSecrets, now: Date, timeoutMs?: number): Promise<TokenSet> {
  if (!g.provider || !g.clientId) throw new OAuthError('oauth_grant_invalid', `The sign-in of ${g.email} cannot be refreshed (it is a token command).`, ExitCode.SOFTWARE);
  if (g.flow === 'client-credentials') {
    return clientCredentialsToken({
      provider: g.provider, email: g.email, clientId: g.clientId, tenant: g.tenant, authority: g.authority, clientSecret: secrets.clientSecret,
      certificate: g.certificate && secrets.privateKey ? { certificatePem: g.certificate, privateKeyPem: secrets.privateKey } : null, now, timeoutMs,
    });
  }
  if (!secrets.refreshToken) {
    throw new OAuthError('oauth_grant_invalid', `No refresh token is stored for ${g.email}, so its sign-in cannot be renewed.`, ExitCode.NOPERM, `Sign in again with \`addr auth login ${g.email}\`.`);
  }
  const info = OAUTH_PROVIDERS[g.provider];
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: secrets.refreshToken, client_id: g.clientId };
  if (secrets.clientSecret !== null) form.client_secret = secrets.clientSecret;
  if (info.refreshSendsScope) form.scope = info.scope;
  const url = endpointsFor(g.provider, { tenant: g.tenant, authority: g.authority }).token;
  return requestToken(url, form, { provider: g.provider, stage: 'refresh', email: g.email, clientId: g.clientId, tenant: g.tenant, timeoutMs });
}
