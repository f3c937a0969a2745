/**
 * How an address logs in to its SMTP server: a password, an OAuth2 access token (AUTH XOAUTH2), or not at all.
 * The SMTP adapters (live test and sending) take `Credentials`; where a token comes from (a sign-in kept in the
 * store, an environment variable, a command) is the OAuth adapter's business, behind `TokenSource`. Pure types.
 */

export const AUTH_METHODS = ['password', 'oauth2', 'none'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** How each method reads in a sentence ("logs in with …", "now … instead of …"). */
export const AUTH_METHOD_WORDS: Record<AuthMethod, string> = { password: 'a password', oauth2: 'OAuth2', none: 'no AUTH' };

export interface AccessToken {
  /** The bearer token itself: a secret, never printed, logged or stored in clear. */
  token: string;
  /** When it stops being valid, if known. */
  expiresAt: Date | null;
}

/**
 * Supplies an access token. `renew` = true asks for a new one (the server refused the last one, or it is about to
 * expire); a source that cannot renew (a token handed over for one run) returns the same token or throws.
 */
export type TokenSource = (renew: boolean) => Promise<AccessToken>;

export type Credentials =
  | { method: 'password'; username: string; password: string }
  | { method: 'oauth2'; username: string; token: TokenSource }
  | { method: 'none' };
