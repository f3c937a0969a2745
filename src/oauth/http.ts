/**
 * The one way addr talks to OAuth servers: a form POST with a deadline over the whole exchange (headers and body), a
 * cap on the response size, https only (plain http to loopback, for tests), no redirects followed. What comes back
 * is untrusted: parsed here only as far as "JSON or not"; src/core/oauth.ts validates the shape.
 */
import { checkEndpointUrl, OAuthError } from '../core/oauth.js';
import { safeText } from '../core/untrusted.js';
import { ExitCode } from '../errors.js';

/** Token responses are a few kilobytes; a megabyte-long one is an error page or an attack. */
export const MAX_RESPONSE_BYTES = 64 * 1024;
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

export interface HttpReply {
  status: number;
  /** The parsed JSON body, or null when the body is not JSON. */
  json: unknown;
}

/** Reads a response body up to `max` bytes; more is an error (the rest is not read). */
async function readCapped(res: Response, max: number, where: string): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new OAuthError('oauth_bad_response', `${where} sent more than ${Math.round(max / 1024)} KiB; a token response is much smaller.`, ExitCode.UNAVAILABLE, 'Check that the OAuth authority points at the provider\'s sign-in server.');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function networkError(err: unknown, origin: string, timeoutMs: number): OAuthError {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new OAuthError('oauth_unreachable', `${origin} did not answer within ${Math.round(timeoutMs / 1000)}s.`, ExitCode.TEMPFAIL, 'Check the network (a proxy or firewall) and try again.', { cause: err });
  }
  const code = e?.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new OAuthError('oauth_unreachable', `The sign-in server ${origin} does not resolve (${code}).`, code === 'ENOTFOUND' ? ExitCode.NOHOST : ExitCode.TEMPFAIL, 'Check the OAuth authority (ADDR_OAUTH_AUTHORITY, oauth.<provider>.authority) and this machine\'s DNS.', { cause: err });
  }
  if (/CERT|SSL|TLS/i.test(code) || /certificate/i.test(e?.cause?.message ?? '')) {
    return new OAuthError('oauth_tls', `The TLS certificate of ${origin} did not verify (${safeText(code || e?.cause?.message || 'TLS error')}).`, ExitCode.PROTOCOL, 'A proxy may be intercepting TLS; give its CA with NODE_EXTRA_CA_CERTS.', { cause: err });
  }
  return new OAuthError('oauth_unreachable', `Cannot reach the sign-in server ${origin}${code ? ` (${code})` : ''}.`, ExitCode.TEMPFAIL, 'Check the network and try again.', { cause: err });
}

/** POSTs an application/x-www-form-urlencoded body and returns the status and the JSON body, if any. */
export async function postForm(url: string, form: Record<string, string>, opts: { timeoutMs?: number; maxBytes?: number } = {}): Promise<HttpReply> {
  const target = checkEndpointUrl(url, 'The OAuth endpoint');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  let res: Response;
  let text: string;
  try {
    res = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await readCapped(res, opts.maxBytes ?? MAX_RESPONSE_BYTES, target.origin);
  } catch (err) {
    if (err instanceof OAuthError) throw err;
    throw networkError(err, target.origin, timeoutMs);
  }
  if (res.status >= 300 && res.status < 400) {
    throw new OAuthError('oauth_bad_response', `${target.origin} answered with a redirect (${res.status}) instead of a token response.`, ExitCode.UNAVAILABLE, 'Check the OAuth authority: it must be the sign-in server itself.');
  }
  let json: unknown = null;
  if (/^\s*[{[]/.test(text)) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  return { status: res.status, json };
}
