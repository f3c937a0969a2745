/**
 * `addr auth login ADDR`: signs an address in with OAuth2 (first time or again) and stores the sign-in encrypted.
 * Everything is checked before the provider is contacted; nothing is written unless the sign-in succeeded.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import {
  inferProvider, OAUTH_PROVIDER_IDS, OAUTH_PROVIDERS, resolveClient, validateFlow, validateProvider, type OAuthClient, type OAuthFlow, type OAuthProviderId,
} from '../core/oauth.js';
import { parseDuration } from '../core/settings.js';
import { escapeControls } from '../core/untrusted.js';
import { InputError, UsageError } from '../errors.js';
import { loadClientCertificate, type ClientCertificate } from '../oauth/client-assertion.js';
import { signIn, type SignedIn } from '../oauth/sign-in.js';
import type { SignInFlags } from '../cli/options.js';
import { commandGrant, runTokenCommand } from '../oauth/token-sources.js';
import type { OAuthGrant } from '../store/oauth-grants.js';
import { grantLines, grantView } from '../ui/oauth-view.js';
import { grantStore } from './oauth-context.js';

export interface AuthLoginFlags extends SignInFlags {
  email?: string;
  tokenCmd?: string;
}

const MAX_FILE = 64 * 1024;

function readSmallFile(app: App, file: string, flag: string): string {
  const full = path.resolve(app.cwd, file);
  let text: string;
  try {
    if (statSync(full).size > MAX_FILE) throw new InputError(`${full} (from ${flag}) is larger than ${MAX_FILE / 1024} KiB.`, `Give the file the flag asks for.`);
    text = readFileSync(full, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`Cannot read ${full} (from ${flag}): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, `Check the path given to ${flag}.`, { cause: err });
  }
  return text;
}

/** The client secret from --client-secret-env / --client-secret-file; undefined when neither is given. */
function secretFromFlags(app: App, f: SignInFlags): string | undefined {
  if (f.clientSecretEnv !== undefined && f.clientSecretFile !== undefined) throw new UsageError('Give the client secret one way only, not --client-secret-env and --client-secret-file.');
  if (f.clientSecretEnv !== undefined) {
    const v = app.env[f.clientSecretEnv];
    if (v === undefined || v === '') throw new UsageError(`The environment variable ${f.clientSecretEnv} (from --client-secret-env) is not set or empty.`);
    return v.trim();
  }
  if (f.clientSecretFile !== undefined) {
    const full = path.resolve(app.cwd, f.clientSecretFile);
    const v = readSmallFile(app, f.clientSecretFile, '--client-secret-file').split(/\r?\n/)[0]!.trim();
    if (v === '') throw new UsageError(`The client secret file ${full} is empty.`);
    if ((statSync(full).mode & 0o077) !== 0) app.err(`warning: ${full} can be read by other users; chmod 600 it.`);
    return v;
  }
  return undefined;
}

export async function authLoginCommand(app: App, address: string | undefined, f: AuthLoginFlags): Promise<number> {
  // ---- everything from flags, config and what is stored, checked before the provider is contacted ----
  if (address !== undefined && f.email !== undefined && address.toLowerCase() !== f.email.toLowerCase()) {
    throw new UsageError(`Two addresses were given: ${address} and --email ${f.email}.`, 'Give the address once.');
  }
  const given = address ?? f.email;
  if (given === undefined) throw new UsageError('Which address should sign in?', 'Give it: `addr auth login support@acme.ru` (a saved address, or a new one with --provider).');
  const email = validateEmail(given, 'address');
  const saved = app.store().find(email);

  if (f.tokenCmd !== undefined) {
    if (f.flow !== undefined && f.flow !== 'command') throw new UsageError('--token-cmd saves a token command; it does not go with --flow.');
    const provider = f.provider !== undefined ? validateProvider(f.provider) : grantStore(app).find(email)?.provider ?? inferProvider({ email, preset: saved?.preset, host: saved?.host });
    const grant = commandGrant(email, f.tokenCmd, provider);
    await runTokenCommand(f.tokenCmd, { env: app.env, cwd: app.cwd }); // it must work now, not at the first send
    const stored = grantStore(app, { create: true }).save(grant, app.now(), saved?.id ?? null);
    return report(app, stored, Boolean(saved), `Saved the token command for ${email}; addr runs it for a token each time one is needed (never storing the token).`, []);
  }
  const plan = prepareSignIn(app, email, f, saved ? { preset: saved.preset, host: saved.host, username: saved.username } : {});
  const signed = await performSignIn(app, plan);
  const stored = grantStore(app, { create: true }).save(signed.grant, app.now(), saved?.id ?? null);
  return report(app, stored, Boolean(saved), signedInSentence(plan), signed.warnings);
}

/** A sign-in checked and ready: provider, flow, client and the app's secret or certificate. Nothing contacted yet. */
export interface SignInPlan {
  email: string;
  username?: string;
  provider: OAuthProviderId;
  flow: Exclude<OAuthFlow, 'command'>;
  client: OAuthClient;
  clientSecret: string | null;
  certificate: ClientCertificate | null;
  waitMs?: number;
  openBrowser: boolean;
}

/**
 * Everything a sign-in needs, from the flags, the config file and an earlier sign-in of the address, checked before
 * the provider is contacted. Shared by `addr auth login` and `addr add/edit --auth oauth2`.
 */
export function prepareSignIn(app: App, email: string, f: SignInFlags, known: { preset?: string; host?: string; username?: string }): SignInPlan {
  const reading = grantStore(app);
  const previous = reading.find(email);
  const provider: OAuthProviderId | null = f.provider !== undefined ? validateProvider(f.provider)
    : previous?.provider ?? inferProvider({ email, preset: known.preset, host: known.host });
  const wait = f.wait !== undefined ? parseDuration(f.wait, '--wait') : undefined;
  if (!provider) {
    throw new UsageError(`addr cannot tell which provider ${email} signs in with.`, `Give --provider ${OAUTH_PROVIDER_IDS.join('|')}.`);
  }
  const info = OAUTH_PROVIDERS[provider];
  const samePrevious = previous && previous.provider === provider && previous.flow !== 'command' ? previous : null;
  const wantsAppOnly = f.clientCertFile !== undefined || f.clientKeyFile !== undefined || (provider === 'microsoft' && (f.clientSecretEnv !== undefined || f.clientSecretFile !== undefined));
  const flow: OAuthFlow = f.flow !== undefined ? validateFlow(f.flow, provider)
    : wantsAppOnly ? 'client-credentials' : samePrevious?.flow ?? info.flows[0]!;
  if (flow === 'command') throw new UsageError('--flow command needs --token-cmd "…".');
  if (f.clientKeyFile !== undefined && f.clientCertFile === undefined) throw new UsageError('--client-key-file goes with --client-cert-file.');
  if (flow !== 'client-credentials' && (f.clientCertFile !== undefined)) throw new UsageError('A client certificate is for app-only sign-in (--flow client-credentials).');
  if (provider === 'microsoft' && flow === 'device' && (f.clientSecretEnv !== undefined || f.clientSecretFile !== undefined)) {
    throw new UsageError('The Microsoft device-code sign-in is a public client and takes no client secret.', 'A secret is for app-only sign-in: add --flow client-credentials.');
  }
  const client = resolveClient(provider, {
    config: app.effective.settings.oauth,
    envAuthority: app.env.ADDR_OAUTH_AUTHORITY || undefined,
    flags: { clientId: f.clientId, tenant: f.tenant },
    previous: samePrevious ? { clientId: samePrevious.clientId, tenant: samePrevious.tenant, authority: samePrevious.authority } : undefined,
  });

  let certificate: ClientCertificate | null = null;
  if (f.clientCertFile !== undefined) {
    const certText = readSmallFile(app, f.clientCertFile, '--client-cert-file');
    certificate = loadClientCertificate(certText, f.clientKeyFile !== undefined ? readSmallFile(app, f.clientKeyFile, '--client-key-file') : certText);
  }
  let clientSecret: string | null = secretFromFlags(app, f) ?? (provider !== 'microsoft' ? app.effective.settings.oauth[provider]?.clientSecret : undefined) ?? null;
  // Signing in again with the same client: the secret or certificate stored with the earlier sign-in.
  if (clientSecret === null && certificate === null && samePrevious && samePrevious.clientId === client.clientId && samePrevious.flow === flow) {
    const secrets = reading.secrets(email);
    clientSecret = secrets.clientSecret;
    if (samePrevious.certificate && secrets.privateKey) certificate = loadClientCertificate(samePrevious.certificate, secrets.privateKey);
  }

  if (provider === 'yandex' && clientSecret === null) {
    throw new UsageError('Yandex wants the app\'s client secret with every token request.', 'Put it in oauth.yandex.clientSecret in the config file, or give --client-secret-env / --client-secret-file.');
  }
  return { email, username: known.username, provider, flow, client, clientSecret, certificate, waitMs: wait, openBrowser: f.browser !== false };
}

/** Runs the sign-in: the person's instructions on stderr. Returns the grant to save; writes nothing. */
export function performSignIn(app: App, plan: SignInPlan): Promise<SignedIn> {
  return signIn({
    email: plan.email, username: plan.username, client: plan.client, flow: plan.flow, clientSecret: plan.clientSecret, certificate: plan.certificate,
    waitMs: plan.waitMs ?? (plan.flow === 'device' ? 15 * 60_000 : 5 * 60_000),
    openBrowser: plan.openBrowser,
  }, { show: (line) => app.err(line), now: () => app.now(), env: app.env, platform: process.platform });
}

export function signedInSentence(plan: SignInPlan): string {
  const how = plan.flow === 'client-credentials' ? `app-only, with a ${plan.certificate ? 'certificate' : 'client secret'} stored encrypted` : 'the refresh token is stored encrypted';
  return `Signed in ${plan.email} at ${OAUTH_PROVIDERS[plan.provider].label} (${how}).`;
}

function report(app: App, stored: OAuthGrant, saved: boolean, sentence: string, warnings: string[]): number {
  for (const w of warnings) app.err(app.errStyle.warn(`warning: ${w}`));
  const view = grantView(stored, saved);
  if (app.json) {
    app.out(JSON.stringify({ signedIn: true, ...view, warnings }, null, 2));
    return 0;
  }
  app.out(sentence);
  app.out(grantLines(view, app.now(), app.style));
  if (!saved) app.err(`${escapeControls(stored.email)} is not saved as an address yet; \`addr add --email ${stored.email} --auth oauth2\` will use this sign-in.`);
  return 0;
}
