/**
 * The shared vocabulary of failure diagnosis: categories, the signal a failure gives,
 * and the diagnosis the classifier returns. One classifier (src/core/classify.ts) serves
 * the live test, `addr diagnose` and sending.
 */
import type { Security } from './address.js';
import type { AuthMethod } from './auth.js';

export const CATEGORIES = [
  'auth_failed',
  'app_password_required',
  'smtp_auth_disabled',
  'auth_unavailable',
  'sender_not_owned',
  'spf_failed',
  'dmarc_failed',
  'dkim_failed',
  'spam_rejected',
  'relay_denied',
  'recipient_unknown',
  'mailbox_full',
  'message_too_big',
  'rate_limited',
  'quota_exceeded',
  'ptr_missing',
  'blacklisted',
  'tls_required',
  'tls_unavailable',
  'tls_handshake_failed',
  'wrong_security_mode',
  'certificate_invalid',
  'connection_refused',
  'connection_timeout',
  'connection_lost',
  'dns_not_found',
  'greeting_timeout',
  'server_temporary',
  'policy_rejected',
  // OAuth2 sign-in (src/core/oauth-rules.ts has their rows and remedies)
  'oauth_grant_invalid',
  'oauth_consent_missing',
  'oauth_tenant_wrong',
  'oauth_client_invalid',
  'oauth_policy_blocked',
  'oauth_token_rejected',
  'oauth_sign_in_incomplete',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who can fix it. */
export type FixSide = 'sender' | 'dns' | 'provider' | 'recipient' | 'network' | 'unknown';

/** Everything a failure says about itself, from a live test, a log line or a send. */
export interface FailureSignal {
  /** The server's reply or the error text. */
  text: string;
  /** SMTP reply code, if any. */
  code?: number;
  /** RFC 3463 enhanced code, if any (the classifier also extracts it from text). */
  enhanced?: string;
  /** The SMTP stage/command that failed: dns, connect, tls, greeting, ehlo, auth, mail, rcpt, data… */
  stage?: string;
  /** Node/OpenSSL/nodemailer error code: ECONNREFUSED, ETIMEDOUT, ERR_SSL_WRONG_VERSION_NUMBER, EAUTH… */
  errorCode?: string;
  /** Which timeout fired. */
  timeout?: 'connect' | 'greeting' | 'command';
  /** The envelope sender or From address, when the log names it (gives the sender's domain to the remedy). */
  sender?: string;
}

/** What we know about the sender whose attempt failed: makes the remedy concrete. */
export interface SenderContext {
  email?: string;
  username?: string | null;
  host?: string;
  port?: number;
  security?: Security;
  /** Preset id (a provider of src/core/providers.ts, or custom) if known. */
  preset?: string;
  /** How the address logs in, if known: rows about refused tokens read it. */
  auth?: AuthMethod;
}

export interface Diagnosis {
  category: Category;
  /** One sentence: why it failed. */
  cause: string;
  /** The concrete next step(s). */
  remedy: string;
  /** true = retrying the same thing will fail again; false = temporary. */
  permanent: boolean;
  /** Who can fix it. */
  fixSide: FixSide;
  /** Provider the advice is specific to (gmail, yandex, mailru, microsoft), if any. */
  provider?: string;
  /** Official pages to open. */
  links: string[];
}
