/**
 * What the OAuth2 commands (and, later, add/edit/test/send with --auth oauth2) need from the app: the store of
 * sign-ins on the same database and vault, and the dependencies of the token sources.
 */
import type { App } from '../app.js';
import type { OAuthDeps } from '../oauth/token-sources.js';
import { OAuthGrantStore } from '../store/oauth-grants.js';

/** The sign-ins; `create` makes the database on first use (only commands that write). */
export function grantStore(app: App, opts: { create?: boolean } = {}): OAuthGrantStore {
  return new OAuthGrantStore(app.database({ create: Boolean(opts.create) }), app.vault());
}

export function oauthDeps(app: App, grants: OAuthGrantStore): OAuthDeps {
  return {
    grants,
    now: () => app.now(),
    env: app.env,
    get stdin() { return app.stdin; },
    cwd: app.cwd,
  };
}
