/**
 * Where the SMTP side gets its access token: a stored sign-in (refreshed before it expires, rotation saved), an
 * environment variable, one line of standard input, or a command. One factory, `tokenSourceFor`, and
 * `credentialsFor`, which turns a saved address into the `Credentials` the live test and `addr send` take.
 *
 * Access tokens live in memory; the one from a stored sign-in is also kept encrypted in the database (with its
 * expiry) so that the next run need not refresh. Nothing here prints or logs a token.
 */
import { spawn } from 'node:child_process';
import type { AccessToken, AuthMethod, Credentials, TokenSource } from '../core/auth.js';
import {
  expiresAtFrom, MAX_TOKEN_CHARS, needsRefresh, OAuthError, refreshTokenExpiry, splitCommandLine, type OAuthProviderId,
} from '../core/oauth.js';
import { safeText } from '../core/untrusted.js';
import { ExitCode, UsageError } from '../errors.js';
import type { NewGrant, OAuthGrantStore } from '../store/oauth-grants.js';
import { refreshAccess } from './token-endpoint.js';

export interface OAuthDeps {
  /** The stored sign-ins (the database may not exist yet: then only one-run tokens work). */
  grants: OAuthGrantStore;
  now(): Date;
  env: Record<string, string | undefined>;
  /** Standard input, for --token-stdin. */
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  /** Deadline of each HTTP request to a token endpoint (default 30s). */
  httpTimeoutMs?: number;
  /** Deadline of a token command (default 30s). */
  commandTimeoutMs?: number;
}

export type TokenSpec =
  | { from: 'grant'; email: string }
  | { from: 'env'; variable: string }
  | { from: 'stdin' }
  | { from: 'command'; command: string };

/** The flags that hand a token over for one run: --token-env VAR, --token-stdin, --token-cmd "…". */
export interface OneRunTokenFlags {
  tokenEnv?: string;
  tokenStdin?: boolean;
  tokenCmd?: string;
}

const TOKEN = /^[\x21-\x7e]+$/;
export const TOKEN_COMMAND_MAX_OUTPUT = 64 * 1024;
export const TOKEN_STDIN_MAX = 16 * 1024;

/** A token handed over from outside: one printable word, an optional "Bearer " in front dropped. */
function cleanToken(raw: string, where: string): string {
  const t = raw.trim().replace(/^Bearer\s+/i, '');
  if (t === '') throw new UsageError(`${where} gave an empty access token.`);
  if (t.length > MAX_TOKEN_CHARS || !TOKEN.test(t)) throw new UsageError(`${where} did not give an access token (one word of printable characters, at most ${MAX_TOKEN_CHARS}).`);
  return t;
}

/**
 * Reads one line (up to `max` bytes) and leaves the rest of the stream unread for whoever reads next: paused-mode
 * reads and an unshift, because leaving a `for await` loop would destroy the stream.
 */
export function readOneLine(stream: NodeJS.ReadableStream, max = TOKEN_STDIN_MAX): Promise<string> {
  const input = stream as NodeJS.ReadableStream & { unshift(chunk: Buffer): void };
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (err: Error | null) => {
      input.off('readable', onReadable);
      input.off('end', onEnd);
      input.off('error', onError);
      if (err) reject(err);
      else resolve(Buffer.concat(chunks).toString('utf8').replace(/\r$/, ''));
    };
    const onReadable = () => {
      let chunk: string | Buffer | null;
      while ((chunk = input.read()) !== null) {
        const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        const nl = buf.indexOf(0x0a);
        const part = nl >= 0 ? buf.subarray(0, nl) : buf;
        size += part.length;
        if (size > max) return finish(new UsageError(`The first line of standard input is longer than ${max} bytes; --token-stdin reads one access token.`));
        chunks.push(part);
        if (nl >= 0) {
          if (nl + 1 < buf.length) input.unshift(buf.subarray(nl + 1));
          return finish(null);
        }
      }
    };
    const onEnd = () => finish(null);
    const onError = (err: Error) => finish(err);
    input.on('readable', onReadable);
    input.on('end', onEnd);
    input.on('error', onError);
  });
}

/**
 * Runs a token command without a shell (see splitCommandLine), with a deadline and an output cap, and returns the
 * first line it prints. Its stderr is shown (masked, escaped) when it fails.
 */
export function runTokenCommand(command: string, opts: { env: Record<string, string | undefined>; cwd?: string; timeoutMs?: number }): Promise<string> {
  const argv = splitCommandLine(command);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const name = safeText(argv[0]!);
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env as NodeJS.ProcessEnv, cwd: opts.cwd, shell: false });
    const out: Buffer[] = [];
    let outSize = 0;
    let err = '';
    let failure: OAuthError | null = null;
    const stop = (e: OAuthError) => { failure ??= e; child.kill('SIGKILL'); };
    const timer = setTimeout(() => stop(new OAuthError('oauth_token_command', `The token command ${name} did not finish within ${Math.round(timeoutMs / 1000)}s.`, ExitCode.TEMPFAIL, 'Run it by hand to see what it waits for (a passphrase prompt cannot be answered here).')), timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      outSize += d.length;
      if (outSize > TOKEN_COMMAND_MAX_OUTPUT) stop(new OAuthError('oauth_token_command', `The token command ${name} printed more than ${TOKEN_COMMAND_MAX_OUTPUT / 1024} KiB; it must print the access token only.`, ExitCode.NOPERM));
      else out.push(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { if (err.length < 4096) err += d; });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new OAuthError('oauth_token_command', `The token command ${name} cannot be started: ${e.code ?? e.message}.`, e.code === 'ENOENT' ? ExitCode.CONFIG : ExitCode.NOPERM, 'Give the full path of the program, or check that it is installed and executable.', { cause: e }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      const said = safeText(err.trim().split('\n').pop() ?? '').slice(0, 300);
      if (code !== 0) return reject(new OAuthError('oauth_token_command', `The token command ${name} failed (${code === null ? `signal ${signal}` : `exit ${code}`})${said ? `: ${said}` : ''}.`, ExitCode.NOPERM, 'Run it by hand; it must print an access token and exit 0.'));
      const first = Buffer.concat(out).toString('utf8').split('\n').find((l) => l.trim() !== '') ?? '';
      try {
        resolve(cleanToken(first, `The token command ${name}`));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** A source that never renews: a token handed over for one run is returned as it is (the server's refusal decides). */
function fixedSource(get: () => Promise<string>): TokenSource {
  let token: Promise<string> | null = null;
  return async () => ({ token: await (token ??= get()), expiresAt: null });
}

/** A command's token is asked for again when the server refused the last one (renew = true). */
function commandSource(command: string, deps: OAuthDeps): TokenSource {
  let memo: AccessToken | null = null;
  return async (renew) => {
    if (memo && !renew) return memo;
    memo = { token: await runTokenCommand(command, { env: deps.env, cwd: deps.cwd, timeoutMs: deps.commandTimeoutMs }), expiresAt: null };
    return memo;
  };
}

/**
 * A stored sign-in: the access token in memory while it has more than the margin left, else the one kept in the
 * database, else a refresh (and the refreshed token, a rotated refresh token and the new expiry are saved).
 * renew = true skips both and refreshes.
 */
function grantSource(email: string, deps: OAuthDeps): TokenSource {
  let memo: AccessToken | null = null;
  let lastCommand: TokenSource | null = null;
  return async (renew) => {
    if (!renew && memo && !needsRefresh(memo.expiresAt, deps.now())) return memo;
    const grant = deps.grants.get(email);
    if (grant.flow === 'command') {
      lastCommand ??= commandSource(grant.tokenCommand!, deps);
      return lastCommand(renew);
    }
    if (!renew) {
      const kept = deps.grants.cachedAccess(email);
      if (kept && kept.signedInAt === grant.signedInAt && !needsRefresh(kept.expiresAt, deps.now())) return (memo = { token: kept.token, expiresAt: kept.expiresAt });
    }
    let secrets = deps.grants.secrets(email);
    let set;
    try {
      set = await refreshAccess(grant, secrets, deps.now(), deps.httpTimeoutMs);
    } catch (err) {
      // Another run may have refreshed (and rotated the refresh token) at the same moment: retry once with the stored one.
      const again = err instanceof OAuthError && err.category === 'oauth_grant_invalid' ? deps.grants.secrets(email) : null;
      if (!again || again.refreshToken === secrets.refreshToken) throw err;
      secrets = again;
      set = await refreshAccess(grant, secrets, deps.now(), deps.httpTimeoutMs);
    }
    const at = deps.now();
    const access = { token: set.accessToken, expiresAt: expiresAtFrom(at, set.expiresIn) };
    const person = grant.flow !== 'client-credentials';
    deps.grants.recordRefresh(email, grant.signedInAt, {
      access,
      refreshToken: person && set.refreshToken && set.refreshToken !== secrets.refreshToken ? set.refreshToken : null,
      scope: set.scope,
      account: set.account,
      refreshExpiresAt: person && grant.provider ? refreshTokenExpiry(grant.provider as OAuthProviderId, at, set.expiresIn) : null,
    }, at);
    return (memo = access);
  };
}

export function tokenSourceFor(spec: TokenSpec, deps: OAuthDeps): TokenSource {
  switch (spec.from) {
    case 'grant':
      return grantSource(spec.email, deps);
    case 'env':
      return fixedSource(async () => {
        const v = deps.env[spec.variable];
        if (v === undefined || v === '') throw new UsageError(`The environment variable ${spec.variable} (from --token-env) is not set or empty.`);
        return cleanToken(v, `The environment variable ${spec.variable}`);
      });
    case 'stdin':
      return fixedSource(async () => {
        if (!deps.stdin) throw new UsageError('--token-stdin was given but there is no standard input.');
        return cleanToken(await readOneLine(deps.stdin), 'Standard input (--token-stdin)');
      });
    case 'command':
      splitCommandLine(spec.command); // refuse a command that cannot run before anything connects
      return commandSource(spec.command, deps);
  }
}

/** The one-run token the flags ask for, or null; more than one is a usage error. */
export function oneRunTokenSpec(flags: OneRunTokenFlags): TokenSpec | null {
  const given = [flags.tokenEnv !== undefined && '--token-env', flags.tokenStdin && '--token-stdin', flags.tokenCmd !== undefined && '--token-cmd'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`Give the access token one way only, not ${given.join(' and ')}.`);
  if (flags.tokenEnv !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(flags.tokenEnv)) throw new UsageError(`--token-env "${safeText(flags.tokenEnv)}" is not an environment variable name.`);
    return { from: 'env', variable: flags.tokenEnv };
  }
  if (flags.tokenStdin) return { from: 'stdin' };
  if (flags.tokenCmd !== undefined) return { from: 'command', command: flags.tokenCmd };
  return null;
}

/**
 * The credentials of an address for the live test and `addr send`. For oauth2: a one-run token from the flags if
 * given, else the address's stored sign-in (refreshing, or its saved token command). Throws when an oauth2 address
 * has neither (exit 77, with the sign-in command as the remedy).
 */
export function credentialsFor(
  address: { email: string; username: string; authMethod: AuthMethod },
  deps: OAuthDeps,
  opts: { password?: string | null; token?: OneRunTokenFlags } = {},
): Credentials {
  if (address.authMethod === 'none') return { method: 'none' };
  if (address.authMethod === 'password') {
    if (opts.password === undefined || opts.password === null) throw new UsageError(`No password for ${address.email}.`);
    return { method: 'password', username: address.username, password: opts.password };
  }
  const once = opts.token ? oneRunTokenSpec(opts.token) : null;
  if (once) return { method: 'oauth2', username: address.username, token: tokenSourceFor(once, deps) };
  if (!deps.grants.find(address.email)) {
    throw new OAuthError('oauth_not_signed_in', `${address.email} uses OAuth2 but no sign-in is stored for it.`, ExitCode.NOPERM,
      `Sign in with \`addr auth login ${address.email}\`, or hand a token over with --token-env, --token-stdin or --token-cmd.`);
  }
  return { method: 'oauth2', username: address.username, token: tokenSourceFor({ from: 'grant', email: address.email }, deps) };
}

/** The grant that keeps a token command for an address (the command, never its token). */
export function commandGrant(email: string, command: string, provider: OAuthProviderId | null): NewGrant {
  splitCommandLine(command);
  return {
    email, provider, flow: 'command', tenant: null, clientId: null, authority: null, scope: null, account: null, certificate: null,
    tokenCommand: command, refreshToken: null, clientSecret: null, privateKey: null, access: null, refreshExpiresAt: null,
  };
}
