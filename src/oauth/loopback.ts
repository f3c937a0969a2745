/**
 * The installed-app sign-in with a loopback redirect (RFC 8252) and PKCE (RFC 7636, S256): addr listens on
 * http://127.0.0.1:<random port>/, opens the provider's page in a browser (or prints it), waits for the redirect that
 * carries the code, checks the state, and exchanges the code for tokens with the verifier.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  endpointsFor, OAUTH_PROVIDERS, OAuthError, tokenErrorToAddrError, type OAuthClient, type TokenSet,
} from '../core/oauth.js';
import { ExitCode } from '../errors.js';
import { requestToken } from './token-endpoint.js';

export interface LoopbackSignIn {
  client: OAuthClient;
  clientSecret: string | null;
  email: string;
  /** How long to wait for the browser to come back. */
  waitMs: number;
  timeoutMs?: number;
  /** Try to open a browser (only where there is a display); the URL is printed in any case. */
  openBrowser: boolean;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  show(line: string): void;
}

interface Redirect { code: string }

const page = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>\n`;

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Opens `url` in the desktop's browser where there is one: xdg-open with a DISPLAY or WAYLAND_DISPLAY, `open` on
 * macOS, `start` on Windows. Never waits for it and never fails: returns whether a browser was started.
 */
export function openBrowser(url: string, env: Record<string, string | undefined>, platform: NodeJS.Platform): boolean {
  let command: string;
  let args: string[];
  if (platform === 'darwin') { command = 'open'; args = [url]; }
  else if (platform === 'win32') { command = 'cmd.exe'; args = ['/d', '/c', `start "" "${url}"`]; }
  else if (env.DISPLAY || env.WAYLAND_DISPLAY) { command = 'xdg-open'; args = [url]; }
  else return false;
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: platform === 'win32' });
    child.on('error', () => undefined); // no xdg-open, no browser: the printed URL is enough
    child.unref();
    return true;
  } catch {
    return false;
  }
}

export async function loopbackSignIn(p: LoopbackSignIn): Promise<TokenSet> {
  const { provider, clientId, tenant, authority } = p.client;
  const info = OAUTH_PROVIDERS[provider];
  const endpoints = endpointsFor(provider, { tenant, authority });
  if (!endpoints.authorize) throw new OAuthError('oauth_flow', `${info.label} has no browser sign-in.`, ExitCode.USAGE);
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');

  let settle!: { resolve: (r: Redirect) => void; reject: (e: Error) => void };
  const arrived = new Promise<Redirect>((resolve, reject) => { settle = { resolve, reject }; });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const answer = (status: number, html: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
      res.end(html);
    };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/') return answer(404, page('Not found', 'This is addr waiting for a sign-in.'));
    const q = url.searchParams;
    // A redirect without our state is not ours (another tab, a forged link): refuse it and keep waiting.
    if (!sameText(q.get('state') ?? '', state)) return answer(400, page('Sign-in not accepted', 'The request does not belong to the sign-in addr started. Close this tab.'));
    const error = q.get('error');
    if (error !== null) {
      answer(200, page('Sign-in not completed', 'The provider did not grant access. Return to the terminal for details.'));
      const description = (q.get('error_description') ?? '').slice(0, 1000);
      settle.reject(tokenErrorToAddrError({ error: /^[\x20-\x7e]{1,100}$/.test(error) ? error : 'unknown_error', description, codes: [], status: 400 },
        { provider, stage: 'sign-in', email: p.email, clientId, tenant }));
      return;
    }
    const code = q.get('code');
    if (!code || code.length > 4096) return answer(400, page('Sign-in not accepted', 'The redirect carries no code.'));
    answer(200, page('Signed in', 'addr has the sign-in. You can close this tab and return to the terminal.'));
    settle.resolve({ code });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const timer = setTimeout(() => settle.reject(new OAuthError('oauth_sign_in_incomplete', `No sign-in came back from the browser within ${Math.round(p.waitMs / 1000)}s.`, ExitCode.TEMPFAIL,
    `Run \`addr auth login ${p.email}\` again and finish the sign-in in the browser; the page must be opened on this machine (the redirect goes to 127.0.0.1).`)), p.waitMs);

  try {
    const auth = new URL(endpoints.authorize);
    const params: Record<string, string> = {
      client_id: clientId, redirect_uri: redirectUri, response_type: 'code', scope: info.scope,
      code_challenge: challenge, code_challenge_method: 'S256', state,
      // A refresh token every time, for this very mailbox.
      access_type: 'offline', prompt: 'consent', login_hint: p.email,
    };
    for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
    p.show(`To sign in ${p.email} at ${info.label}, open this page in a browser on this machine:`);
    p.show(`  ${auth.href}`);
    if (p.openBrowser && openBrowser(auth.href, p.env, p.platform)) p.show('(a browser window was opened)');
    p.show(`Waiting for the browser to come back (up to ${Math.round(p.waitMs / 60_000) || 1} min; Ctrl-C stops)…`);
    const { code } = await arrived;
    const form: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier };
    if (p.clientSecret !== null) form.client_secret = p.clientSecret;
    return await requestToken(endpoints.token, form, { provider, stage: 'sign-in', email: p.email, clientId, tenant, timeoutMs: p.timeoutMs });
  } finally {
    clearTimeout(timer);
    server.closeAllConnections();
    server.close();
  }
}
