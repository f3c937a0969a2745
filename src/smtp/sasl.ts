/**
 * The SASL mechanisms the live test can log in with, as a table (as in smtp-server's lib/sasl.js): what each needs
 * (a password or an OAuth2 access token) and its exchange. Each exchange is exactly one attempt; the transcript
 * gets MASK instead of every secret. Which mechanism is used: the first of PREFERENCE that the server offers and
 * the credentials can feed.
 */
import type { AccessToken, Credentials, TokenSource } from '../core/auth.js';
import type { Reply } from './wire.js';

/** What stands in the transcript instead of a secret. */
export const MASK = '********';

export type MechanismName = 'PLAIN' | 'LOGIN' | 'CRAM-MD5' | 'XOAUTH2';

/** One command of the exchange: the line sent, what the transcript shows, and the reply. */
export type Exchange = (line: string, shown: string) => Promise<Reply>;

export interface SaslResult {
  /** The final reply: 235 when the login was accepted. */
  reply: Reply;
  /** What the server said about a refused token (XOAUTH2's base64 JSON in a 334), decoded; untrusted text. */
  challengeError?: string;
}

interface Mechanism {
  /** The kind of secret it sends. */
  secret: 'password' | 'token';
  run(exchange: Exchange, user: string, secret: string): Promise<SaslResult>;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const MECHANISMS: Record<MechanismName, Mechanism> = {
  PLAIN: {
    secret: 'password',
    run: async (exchange, user, password) => ({ reply: await exchange(`AUTH PLAIN ${b64(`\0${user}\0${password}`)}`, `AUTH PLAIN ${MASK}`) }),
  },
  LOGIN: {
    secret: 'password',
    run: async (exchange, user, password) => {
      let reply = await exchange('AUTH LOGIN', 'AUTH LOGIN');
      if (reply.code === 334) reply = await exchange(b64(user), MASK);
      if (reply.code === 334) reply = await exchange(b64(password), MASK);
      return { reply };
    },
  },
  'CRAM-MD5': {
    secret: 'password',
    run: async (exchange, user, password) => {
      let reply = await exchange('AUTH CRAM-MD5', 'AUTH CRAM-MD5');
      if (reply.code === 334) {
        const challenge = Buffer.from(reply.lines[0]!.slice(4).trim(), 'base64').toString('utf8');
        const digest = process.getBuiltinModule('node:crypto').createHmac('md5', password).update(challenge).digest('hex');
        reply = await exchange(b64(`${user} ${digest}`), MASK);
      }
      return { reply };
    },
  },
  XOAUTH2: {
    secret: 'token',
    // Google's and Microsoft's XOAUTH2: a refused token gets "334 <base64 JSON>", answered with an empty line, after
    // which the server sends the final 535 (or 454). One attempt: the token is not renewed and retried here.
    run: async (exchange, user, token) => {
      const reply = await exchange(`AUTH XOAUTH2 ${b64(`user=${user}\x01auth=Bearer ${token}\x01\x01`)}`, `AUTH XOAUTH2 ${MASK}`);
      if (reply.code !== 334) return { reply };
      const challengeError = decodeChallenge(reply.lines[0]!.slice(4));
      return { reply: await exchange('', ''), challengeError };
    },
  },
};

/** Password mechanisms in order of preference; XOAUTH2 is the only token mechanism. */
export const PREFERENCE: readonly MechanismName[] = ['PLAIN', 'LOGIN', 'CRAM-MD5', 'XOAUTH2'];

/** The mechanism to use, or null when the server offers none the credentials can feed. */
export function chooseMechanism(offered: readonly string[], credentials: Credentials): MechanismName | null {
  const secret = credentials.method === 'oauth2' ? 'token' : 'password';
  return PREFERENCE.find((m) => MECHANISMS[m].secret === secret && offered.includes(m)) ?? null;
}

/** The base64 text of a 334 challenge, decoded; still untrusted (make it safe before showing it). */
export function decodeChallenge(text: string): string {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+=*$/.test(trimmed)) return trimmed.slice(0, 500);
  return Buffer.from(trimmed, 'base64').toString('utf8').slice(0, 500);
}

/** How long before it expires a token is renewed instead of used. */
export const RENEW_MARGIN_MS = 30_000;

/**
 * An access token that is not about to expire: the source's current one, or a renewed one when the current one
 * expires within RENEW_MARGIN_MS of `now` (a source that cannot renew returns the same token, and the server will
 * refuse it).
 */
export async function freshToken(source: TokenSource, now: () => number = Date.now): Promise<AccessToken> {
  const current = await source(false);
  if (current.expiresAt && current.expiresAt.getTime() - now() < RENEW_MARGIN_MS) return source(true);
  return current;
}

/**
 * The secrets of one run, in every form the exchanges send them (as is, base64, inside PLAIN's and XOAUTH2's
 * base64 arguments): a server that quotes them back ("535 … AUTH PLAIN AHN1cHBvcnQ…") gets MASK in their place
 * before anything is shown, stored or logged, on top of the pattern masking of safeText.
 */
export class Redactor {
  private readonly forms: string[] = [];

  addPassword(user: string, password: string): void {
    this.add(password, b64(password), b64(`\0${user}\0${password}`));
  }

  addToken(user: string, token: string): void {
    this.add(token, b64(`user=${user}\x01auth=Bearer ${token}\x01\x01`));
  }

  apply(text: string): string {
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(MASK);
    return out;
  }

  private add(...forms: string[]): void {
    // Too short a secret would mask ordinary words; such a password is masked by its base64 forms only.
    for (const f of forms) if (f.length >= 4 && !this.forms.includes(f)) this.forms.push(f);
    this.forms.sort((a, b) => b.length - a.length);
  }
}
