/**
 * `addr auth status [ADDR]`: who is signed in and until when, never a secret. With --check, a valid access token
 * is obtained now (refreshed if it is due), which proves the stored sign-in still works.
 */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { AddrError, ExitCode } from '../errors.js';
import { tokenSourceFor } from '../oauth/token-sources.js';
import type { OAuthGrant, OAuthGrantStore } from '../store/oauth-grants.js';
import { grantLines, grantsTable, grantView, type GrantCheck, type GrantView } from '../ui/oauth-view.js';
import { grantStore, oauthDeps } from './oauth-context.js';

export async function authStatusCommand(app: App, address: string | undefined, f: { check?: boolean }): Promise<number> {
  const email = address === undefined ? undefined : validateEmail(address, 'address');
  const grants = grantStore(app); // creates nothing: with no database there is no sign-in to show
  const list: OAuthGrant[] = email ? [grants.get(email)] : grants.list();
  const savedEmails = new Set(app.store().list().map((a) => a.email.toLowerCase()));
  const views: GrantView[] = [];
  let exit = 0;
  for (const g of list) {
    let check: GrantCheck | undefined;
    if (f.check) {
      check = await checkGrant(app, grants, g);
      if (!check.ok && exit === 0) exit = check.error?.exitCode ?? ExitCode.SOFTWARE;
    }
    views.push(grantView(grants.get(g.email), savedEmails.has(g.email.toLowerCase()), check));
  }
  // One address that fails its check is an error like any other (message and remedy on stderr, its exit code).
  if (email && views[0]?.check && !views[0].check.ok) {
    const e = views[0].check.error!;
    throw new AddrError(e.kind, e.message, e.exitCode, e.hint ?? undefined);
  }
  if (app.json) {
    app.out(JSON.stringify(email ? views[0] : views, null, 2));
    return exit;
  }
  if (views.length === 0) {
    app.err('No address is signed in with OAuth2. Sign one in with `addr auth login ADDR`.');
    return 0;
  }
  const now = app.now();
  app.out(email ? grantLines(views[0]!, now, app.style) : grantsTable(views, now, app.style));
  if (!email && views.some((v) => !v.saved)) app.err(app.errStyle.dim('* signed in, but not saved as an address yet'));
  for (const v of views) if (v.check && !v.check.ok) app.err(`${v.email}: ${v.check.error!.message}${v.check.error!.hint ? `\n  ${v.check.error!.hint}` : ''}`);
  return exit;
}

async function checkGrant(app: App, grants: OAuthGrantStore, g: OAuthGrant): Promise<GrantCheck> {
  try {
    const token = await tokenSourceFor({ from: 'grant', email: g.email }, oauthDeps(app, grants))(false);
    return { ok: true, accessExpiresAt: token.expiresAt ? token.expiresAt.toISOString() : null };
  } catch (err) {
    if (!(err instanceof AddrError)) throw err;
    return { ok: false, accessExpiresAt: null, error: { kind: err.kind, message: err.message, hint: err.hint ?? null, exitCode: err.exitCode } };
  }
}
