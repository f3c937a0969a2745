/**
 * The device-code sign-in (RFC 8628; Yandex's variant): ask for a code pair, show the page and the code, then poll
 * the token endpoint at the pace the server asks for until the person has signed in, declined, or the code expired.
 */
import {
  afterPollError, endpointsFor, OAUTH_PROVIDERS, OAuthError, parseDeviceCodeResponse, parseTokenError, parseTokenResponse, tokenErrorToAddrError,
  type OAuthClient, type TokenSet,
} from '../core/oauth.js';
import { ExitCode } from '../errors.js';
import { postForm } from './http.js';

export interface DeviceSignIn {
  client: OAuthClient;
  clientSecret: string | null;
  email: string;
  /** The longest wait for the person, whatever the code's own lifetime. */
  waitMs: number;
  timeoutMs?: number;
  /** A line for the person (stderr). */
  show(line: string): void;
  now(): Date;
  sleep?(ms: number): Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function deviceSignIn(p: DeviceSignIn): Promise<TokenSet> {
  const { provider, clientId, tenant, authority } = p.client;
  const info = OAUTH_PROVIDERS[provider];
  const grant = info.deviceGrant;
  const endpoints = endpointsFor(provider, { tenant, authority });
  if (!grant || !endpoints.deviceCode) throw new OAuthError('oauth_flow', `${info.label} has no device-code sign-in.`, ExitCode.USAGE);
  const call = { provider, stage: 'sign-in' as const, email: p.email, clientId, tenant, timeoutMs: p.timeoutMs };

  const reply = await postForm(endpoints.deviceCode, { client_id: clientId, scope: info.scope }, { timeoutMs: p.timeoutMs });
  if (reply.status !== 200) {
    const e = parseTokenError(reply.json, reply.status);
    if (e) throw tokenErrorToAddrError(e, call);
    throw new OAuthError('oauth_bad_response', `The ${info.label} device-code endpoint answered HTTP ${reply.status}.`, reply.status >= 500 ? ExitCode.TEMPFAIL : ExitCode.UNAVAILABLE, 'Check the tenant and the OAuth authority.');
  }
  const code = parseDeviceCodeResponse(reply.json, `The ${info.label} device-code endpoint`);
  const started = p.now().getTime();
  const limitMs = Math.min(code.expiresIn * 1000, p.waitMs);
  p.show(`To sign in ${p.email} at ${info.label}, open ${code.verificationUri} on any device and enter the code ${code.userCode}`);
  p.show(`Waiting for the sign-in (the code is valid for ${Math.round(code.expiresIn / 60) || 1} min; Ctrl-C stops)…`);

  const sleep = p.sleep ?? pause;
  let interval = code.intervalSeconds * 1000;
  let failures = 0;
  const form = { grant_type: grant.grantType, [grant.codeParam]: code.deviceCode, client_id: clientId, ...(p.clientSecret !== null ? { client_secret: p.clientSecret } : {}) };
  for (;;) {
    await sleep(interval);
    if (p.now().getTime() - started > limitMs) {
      throw new OAuthError('oauth_sign_in_incomplete', `The sign-in of ${p.email} was not finished within ${Math.round(limitMs / 1000)}s.`, ExitCode.TEMPFAIL, `Run \`addr auth login ${p.email}\` again and finish the sign-in in the browser in time.`);
    }
    let polled;
    try {
      polled = await postForm(endpoints.token, form, { timeoutMs: p.timeoutMs });
    } catch (err) {
      // A lost poll is not a lost sign-in: try again at the next interval, three times in a row at most.
      if (err instanceof OAuthError && err.category === 'oauth_unreachable' && ++failures < 3) continue;
      throw err;
    }
    failures = 0;
    if (polled.status === 200) return parseTokenResponse(polled.json, `The ${info.label} token endpoint`);
    const e = parseTokenError(polled.json, polled.status);
    if (!e) throw new OAuthError('oauth_bad_response', `The ${info.label} token endpoint answered HTTP ${polled.status} while waiting for the sign-in.`, polled.status >= 500 ? ExitCode.TEMPFAIL : ExitCode.UNAVAILABLE);
    const next = afterPollError(e.error, interval);
    if ('wait' in next) { interval = next.wait; continue; }
    throw tokenErrorToAddrError(e, call);
  }
}
