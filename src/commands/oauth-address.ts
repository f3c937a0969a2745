/**
 * OAuth2 for add, edit, test and send: where the access token of an address comes from for one run, and which
 * sign-in is saved with it. add and edit save the address and its sign-in in ONE transaction after the live test
 * passed (`saveWith`); a failed sign-in or test writes nothing.
 *
 *   --token-env / --token-stdin   a token for this run only; nothing about it is saved
 *   --token-cmd "…"               the command is saved (as a 'command' sign-in), never its token
 *   none of them                  the address's stored sign-in; add/edit without one (or with sign-in flags) sign in
 */
import type { App } from '../app.js';
import type { AddressDraft } from '../core/address.js';
import type { AccessToken, Credentials, TokenSource } from '../core/auth.js';
import { inferProvider, OAuthError, validateProvider } from '../core/oauth.js';
import { ExitCode } from '../errors.js';
import type { SignInFlags, TokenFlags } from '../cli/options.js';
import { signInFlagsGiven } from '../cli/options.js';
import { commandGrant, oneRunTokenSpec, tokenSourceFor } from '../oauth/token-sources.js';
import type { NewGrant, OAuthGrantStore } from '../store/oauth-grants.js';
import { performSignIn, prepareSignIn, signedInSentence } from './auth-login.js';
import { grantStore, oauthDeps } from './oauth-context.js';

export interface OAuthUse {
  credentials: Credentials;
  /** What to do with the stored sign-in when the address is saved. */
  save: { kind: 'grant'; grant: NewGrant } | { kind: 'keep' } | { kind: 'none' };
  /** One line for the person once the address is saved (human mode). */
  note: string | null;
  /** Warnings from the sign-in (another account signed in). */
  warnings: string[];
}

/** A token already in hand (a fresh sign-in): returned as it is; renew asks nothing new of anyone. */
const fixed = (t: AccessToken): TokenSource => async () => t;

/**
 * The credentials of an oauth2 draft for the live test of add or edit, and what will be saved with it. `signIn`:
 * whether this command may sign in (add, edit; test never does).
 */
export async function oauthFor(app: App, draft: AddressDraft, f: TokenFlags & SignInFlags, opts: { signIn: boolean; renamedFrom?: string }): Promise<OAuthUse> {
  const grants = grantStore(app);
  const deps = oauthDeps(app, grants);
  const once = oneRunTokenSpec(f);
  if (once && once.from !== 'command') {
    return {
      credentials: { method: 'oauth2', username: draft.username, token: tokenSourceFor(once, deps) },
      save: { kind: 'keep' },
      note: `${draft.email} has no stored OAuth2 sign-in: the token was for this run only. Sign in with \`addr auth login ${draft.email}\`, or give --token-env/--token-stdin/--token-cmd to each \`addr send\` and \`addr test\`.`,
      warnings: [],
    };
  }
  if (once && once.from === 'command') {
    const provider = f.provider !== undefined ? validateProvider(f.provider) : inferProvider({ email: draft.email, preset: draft.preset, host: draft.host });
    const grant = commandGrant(draft.email, once.command, provider);
    return {
      credentials: { method: 'oauth2', username: draft.username, token: tokenSourceFor(once, deps) },
      save: { kind: 'grant', grant },
      note: `Saved the token command for ${draft.email}; addr runs it for a token each time one is needed (never storing the token).`,
      warnings: [],
    };
  }
  const stored = grants.find(opts.renamedFrom ?? draft.email);
  if (stored && signInFlagsGiven(f).length === 0) {
    return {
      credentials: { method: 'oauth2', username: draft.username, token: tokenSourceFor({ from: 'grant', email: stored.email }, deps) },
      save: { kind: 'keep' },
      note: null,
      warnings: [],
    };
  }
  if (!opts.signIn) {
    throw new OAuthError('oauth_not_signed_in', `${draft.email} uses OAuth2 but no sign-in is stored for it.`, ExitCode.NOPERM,
      `Sign in with \`addr auth login ${draft.email}\`, or hand a token over with --token-env, --token-stdin or --token-cmd.`);
  }
  const plan = prepareSignIn(app, draft.email, f, { preset: draft.preset, host: draft.host, username: draft.username });
  const signed = await performSignIn(app, plan);
  const access = signed.grant.access!;
  return {
    credentials: { method: 'oauth2', username: draft.username, token: fixed({ token: access.token, expiresAt: access.expiresAt }) },
    save: { kind: 'grant', grant: signed.grant },
    note: signedInSentence(plan),
    warnings: signed.warnings,
  };
}

/**
 * Runs inside the transaction that saves the address: the sign-in saved (or linked, or moved with a renamed
 * address), or removed when the address no longer uses OAuth2.
 */
export function saveWith(grants: OAuthGrantStore, at: Date, use: OAuthUse | null, address: { id: number; email: string; authMethod: string }, previousEmail?: string): void {
  const before = previousEmail ?? address.email;
  if (address.authMethod !== 'oauth2') {
    if (grants.find(before)) grants.remove(before);
    return;
  }
  if (use?.save.kind === 'grant') {
    if (before.toLowerCase() !== address.email.toLowerCase() && grants.find(before)) grants.remove(before);
    grants.save(use.save.grant, at, address.id);
    return;
  }
  if (before.toLowerCase() !== address.email.toLowerCase() && grants.find(before)) grants.rename(before, address.email);
  if (grants.find(address.email)) grants.link(address.email, address.id);
}
