/**
 * `addr auth logout ADDR`: forgets the stored sign-in (refresh token, secrets, the kept access token) and says what
 * the provider still remembers and where to revoke it; with --revoke, asks Google to revoke the token first.
 */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { endpointsFor, OAUTH_PROVIDERS } from '../core/oauth.js';
import { postForm } from '../oauth/http.js';
import { AddrError } from '../errors.js';
import { grantStore } from './oauth-context.js';

export async function authLogoutCommand(app: App, address: string, f: { revoke?: boolean }): Promise<number> {
  const email = validateEmail(address, 'address');
  const grants = grantStore(app);
  const g = grants.get(email);
  const info = g.provider ? OAUTH_PROVIDERS[g.provider] : null;

  let revoked: boolean | null = null;
  let revokeError: string | null = null;
  if (f.revoke) {
    const url = g.provider ? endpointsFor(g.provider, { tenant: g.tenant, authority: g.authority }).revoke : undefined;
    const token = g.hasRefreshToken ? grants.secrets(email).refreshToken : null;
    if (!url || !token) {
      revokeError = `${info?.label ?? 'This sign-in'} has no revocation endpoint addr can call${info ? `: revoke at ${info.revokeUrl}` : ''}.`;
    } else {
      try {
        const reply = await postForm(url, { token });
        revoked = reply.status === 200;
        if (!revoked) revokeError = `${info!.label} answered HTTP ${reply.status} to the revocation.`;
      } catch (err) {
        if (!(err instanceof AddrError)) throw err;
        revoked = false;
        revokeError = err.message;
      }
    }
  }
  grants.remove(email);
  const saved = Boolean(app.store().find(email));
  const provider = g.flow === 'command' ? 'Nothing was stored but the token command.'
    : g.flow === 'client-credentials' ? 'The app registration and its secret or certificate stay at Microsoft Entra; remove the secret there if nothing else uses it.'
    : revoked ? `${info!.label} revoked the refresh token.` : info?.afterLogout ?? '';
  if (app.json) {
    app.out(JSON.stringify({ loggedOut: email, revoked, revokeError, provider: g.provider, providerRemembers: provider, revokeAt: info?.revokeUrl ?? null, addressSaved: saved }));
  } else {
    app.out(`Forgot the OAuth2 sign-in of ${email}: its tokens and secrets are deleted from this database.`);
    if (provider) app.out(provider);
    if (saved) app.out(`${email} cannot send with OAuth2 until it signs in again: \`addr auth login ${email}\`.`);
  }
  if (revokeError) app.err(app.errStyle.warn(`warning: ${revokeError}`));
  return 0;
}
