/**
 * One sign-in, whatever the flow: runs it, checks what it produced (the mail scope, a refresh token), and returns the
 * grant to save. Nothing is written here: `addr auth login` saves it, and `addr add --auth oauth2` can save it in the
 * same transaction as the address once the live test has passed.
 */
import {
  accountMismatch, expiresAtFrom, isGenericTenant, OAUTH_PROVIDERS, OAuthError, refreshTokenExpiry, refreshTokenMissingError,
  scopeMissingError, scopeSuffices, type OAuthClient, type OAuthFlow, type TokenSet,
} from '../core/oauth.js';
import { ExitCode, UsageError } from '../errors.js';
import type { NewGrant } from '../store/oauth-grants.js';
import type { ClientCertificate } from './client-assertion.js';
import { deviceSignIn } from './device.js';
import { loopbackSignIn } from './loopback.js';
import { clientCredentialsToken } from './token-endpoint.js';

export interface SignInRequest {
  email: string;
  /** The SMTP login, if it differs from the address (for the account check). */
  username?: string;
  client: OAuthClient;
  flow: Exclude<OAuthFlow, 'command'>;
  /** Google/Yandex installed-app secret, or a Microsoft app's client secret (client credentials). */
  clientSecret: string | null;
  certificate: ClientCertificate | null;
  /** The longest wait for the person (device code, browser). */
  waitMs: number;
  openBrowser: boolean;
  timeoutMs?: number;
}

export interface SignInSurroundings {
  /** A line for the person, on stderr. */
  show(line: string): void;
  now(): Date;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  sleep?(ms: number): Promise<void>;
}

export interface SignedIn {
  grant: NewGrant;
  accessExpiresAt: Date | null;
  /** Things the person should know (another account signed in). */
  warnings: string[];
}

export async function signIn(req: SignInRequest, s: SignInSurroundings): Promise<SignedIn> {
  const { client, email } = req;
  const info = OAUTH_PROVIDERS[client.provider];
  if (!info.flows.includes(req.flow)) throw new UsageError(`${info.label} has no ${req.flow} sign-in in addr.`, `Use --flow ${info.flows.join(' or ')}.`);
  let set: TokenSet;
  if (req.flow === 'device') {
    set = await deviceSignIn({ client, clientSecret: req.clientSecret, email, waitMs: req.waitMs, timeoutMs: req.timeoutMs, show: s.show, now: s.now, sleep: s.sleep });
  } else if (req.flow === 'loopback') {
    set = await loopbackSignIn({ client, clientSecret: req.clientSecret, email, waitMs: req.waitMs, timeoutMs: req.timeoutMs, openBrowser: req.openBrowser, env: s.env, platform: s.platform, show: s.show });
  } else {
    if (!client.tenant || isGenericTenant(client.tenant)) {
      throw new UsageError(`App-only sign-in needs the tenant's id or domain, not "${client.tenant ?? ''}".`, 'Give --tenant contoso.onmicrosoft.com (or the tenant id), or oauth.microsoft.tenant in the config file.');
    }
    if (!req.clientSecret && !req.certificate) {
      throw new UsageError('App-only sign-in needs the app\'s client secret or certificate.', 'Give --client-secret-env VAR, --client-secret-file FILE, or --client-cert-file FILE (with --client-key-file).');
    }
    set = await clientCredentialsToken({
      provider: client.provider, email, clientId: client.clientId, tenant: client.tenant, authority: client.authority,
      clientSecret: req.certificate ? null : req.clientSecret, certificate: req.certificate, now: s.now(), timeoutMs: req.timeoutMs,
    });
  }
  if (set.scope !== null && !scopeSuffices(client.provider, set.scope, req.flow)) throw scopeMissingError(client.provider, email, set.scope);
  if (req.flow !== 'client-credentials' && !set.refreshToken) throw refreshTokenMissingError(client.provider, email);
  if (set.accessToken.length === 0) throw new OAuthError('oauth_bad_response', 'The sign-in returned an empty token.', ExitCode.UNAVAILABLE);

  const at = s.now();
  const accessExpiresAt = expiresAtFrom(at, set.expiresIn);
  const mismatch = req.flow === 'client-credentials' ? null : accountMismatch(email, set.account, req.username);
  return {
    grant: {
      email,
      provider: client.provider,
      flow: req.flow,
      tenant: client.tenant,
      clientId: client.clientId,
      authority: client.authority,
      scope: set.scope ?? (req.flow === 'client-credentials' ? info.appScope ?? info.scope : info.scope),
      account: set.account,
      certificate: req.certificate?.certificatePem ?? null,
      tokenCommand: null,
      refreshToken: req.flow === 'client-credentials' ? null : set.refreshToken,
      clientSecret: req.certificate ? null : req.clientSecret,
      privateKey: req.certificate?.privateKeyPem ?? null,
      access: { token: set.accessToken, expiresAt: accessExpiresAt },
      refreshExpiresAt: req.flow === 'client-credentials' ? null : refreshTokenExpiry(client.provider, at, set.expiresIn),
    },
    accessExpiresAt,
    warnings: mismatch ? [mismatch] : [],
  };
}
