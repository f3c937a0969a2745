/**
 * Gathers the settings of an address for add, edit and test: every value comes from a flag, from the
 * saved address being edited, from the preset, or, on a terminal only, from a question. Without a
 * terminal a missing value is a usage error that names its flag.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  defaultPort, emailDomain, validateDisplayName, validateEmail, validateHost, validatePort, validateSecurity, validateUsername,
  type AddressDraft, type Security,
} from '../core/address.js';
import { CA_FILE_LIMIT, PASSWORD_LIMIT } from '../core/limits.js';
import { PRESETS, PRESET_IDS, detectPreset, getPreset, type PresetId } from '../core/presets.js';
import { loginFor, type Provider } from '../core/providers.js';
import type { AuthMethod } from '../core/auth.js';
import { inferProvider, OAUTH_PROVIDERS } from '../core/oauth.js';
import { discoverSettings } from './discovery-run.js';
import { AddrError, InputError, UsageError, ValidationError } from '../errors.js';
import type { App } from '../app.js';
import type { AddressFlags } from '../cli/options.js';
import { readFileCapped, readFirstLineCapped } from '../store/files.js';
import { whyNoPrompt, type Prompter } from '../ui/prompter.js';
import { readFirstLine, tooLarge } from './print.js';

export type { AddressFlags } from '../cli/options.js';

const CONNECTION_FLAGS: (keyof AddressFlags)[] = ['preset', 'email', 'name', 'host', 'port', 'security', 'login', 'password', 'passwordStdin', 'passwordEnv', 'passwordFile', 'ca', 'insecure'];

export function anyAddressFlag(flags: AddressFlags): boolean {
  return CONNECTION_FLAGS.some((k) => flags[k] !== undefined) || flags.auth !== undefined;
}

/**
 * Do the flags give everything a new address needs: the e-mail, the password (or --no-auth) and the server
 * (a preset, --host, or a domain whose provider is known)? Then nothing is asked, even on a terminal.
 */
export function requiredGiven(flags: AddressFlags): boolean {
  const password = flags.passwordStdin || flags.passwordEnv !== undefined || flags.passwordFile !== undefined || flags.password !== undefined || flags.auth === 'none' || flags.auth === 'oauth2';
  if (flags.email === undefined || !password) return false;
  if (flags.preset !== undefined || flags.host !== undefined) return true;
  try {
    return detectPreset(validateEmail(flags.email)) !== null;
  } catch {
    return true; // the invalid e-mail is reported by collectDraft, before any question
  }
}

/** Turns a validator that throws into one inquirer understands. */
function asPromptValidator(fn: (v: string) => unknown): (v: string) => string | true {
  return (v) => {
    try {
      fn(v);
      return true;
    } catch (err) {
      return err instanceof AddrError ? err.message : String(err);
    }
  };
}

/** Password from --password-stdin / --password-env / --password-file / --password; undefined if none. */
export async function passwordFromFlags(flags: AddressFlags, app: App): Promise<string | undefined> {
  const given = [flags.passwordStdin && '--password-stdin', flags.passwordEnv !== undefined && '--password-env', flags.passwordFile !== undefined && '--password-file', flags.password !== undefined && '--password'].filter(Boolean);
  if (given.length > 1) throw new UsageError(`Give the password one way only, not ${given.join(' and ')}.`);
  if (given.length && flags.auth === 'none') throw new UsageError('--no-auth cannot be combined with a password.');
  if (given.length && flags.auth === 'oauth2') throw new UsageError(`${given[0]} gives a password, but --auth oauth2 logs in with an access token.`);
  let value: string | undefined;
  if (flags.passwordStdin) {
    if (app.stdin.isTTY) app.err('Reading the password from standard input (end with Ctrl-D)…');
    const line = await readFirstLine(app.stdin, PASSWORD_LIMIT);
    if (line === null) throw passwordTooLong('standard input');
    value = line;
    if (value === '') throw new UsageError('--password-stdin was given but standard input was empty.', 'Pipe the password in, e.g. `pass show mail/support | addr add … --password-stdin`.');
  } else if (flags.passwordEnv !== undefined) {
    const v = app.env[flags.passwordEnv];
    if (v === undefined || v === '') throw new UsageError(`The environment variable ${flags.passwordEnv} (from --password-env) is not set or empty.`);
    value = v;
  } else if (flags.passwordFile !== undefined) {
    const file = path.resolve(app.cwd, flags.passwordFile);
    let line: string | null;
    try {
      line = readFirstLineCapped(file, PASSWORD_LIMIT.bytes);
    } catch (err) {
      throw new InputError(`Cannot read the password file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, 'Check the path given to --password-file.', { cause: err });
    }
    if (line === null) throw passwordTooLong(file);
    value = line;
    if ((statSync(file).mode & 0o077) !== 0) app.err(`warning: ${file} can be read by other users; chmod 600 it.`);
    if (value === '') throw new UsageError(`The password file ${file} is empty.`);
  } else if (flags.password !== undefined) {
    app.err('warning: --password puts the password on the command line, where `ps` and the shell history show it; prefer --password-stdin, --password-env or --password-file.');
    value = flags.password;
  }
  return value;
}

/** A password is one line of at most 4 KiB: the first line of stdin or of the file. */
function passwordTooLong(where: string): ValidationError {
  return new ValidationError('password', `The password in ${where} is longer than ${PASSWORD_LIMIT.label} (no line end within its first ${PASSWORD_LIMIT.label}); a password is one line.`, 'Give the password alone, on the first line.');
}

/** A path as typed: `~` and `~/…` are the home folder (the wizard gets no shell expansion). */
export function expandHome(file: string, home: string | undefined): string {
  const f = file.trim();
  return home && (f === '~' || f.startsWith('~/')) ? path.join(home, f.slice(1)) : f;
}

/** What is wrong with a CA file: null when it is a readable file with a PEM certificate. */
export function caFileProblem(abs: string): string | null {
  let text: string;
  try {
    if (statSync(abs).isDirectory()) return `${abs} is a folder, not a PEM file.`;
    const data = readFileCapped(abs, CA_FILE_LIMIT.bytes);
    if (data === null) return `${abs} is larger than ${CA_FILE_LIMIT.label}, more than a CA file holds.`;
    text = data.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${abs} does not exist.`;
    if (code === 'EACCES' || code === 'EPERM') return `${abs} is not readable (${code}).`;
    return `${abs} cannot be read: ${code ?? (err as Error).message}.`;
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) return `${abs} holds no PEM certificate (no -----BEGIN CERTIFICATE----- line).`;
  return null;
}

function validateCaFile(file: string, app: App): string {
  const abs = path.resolve(app.cwd, expandHome(file, app.env.HOME));
  try {
    // An endless or huge file (/dev/zero) is an input over its limit (65), not an unreadable one.
    if (!statSync(abs).isDirectory() && readFileCapped(abs, CA_FILE_LIMIT.bytes) === null) throw tooLarge(`The CA file ${abs}`, CA_FILE_LIMIT);
  } catch (err) {
    if (err instanceof AddrError) throw err;
  }
  const problem = caFileProblem(abs);
  if (problem === null) return abs;
  if (problem.includes('PEM certificate')) throw new ValidationError('ca', problem, 'Give a PEM file (-----BEGIN CERTIFICATE-----), e.g. the one `addr sandbox` prints.');
  throw new InputError(`Cannot use the CA file: ${problem}`, 'Check the path given to --ca.');
}

/** The mandatory-flag error for a value that would need a prompt. */
function missing(app: App, flag: string, what: string, hint?: string): UsageError {
  return new UsageError(`${what} is missing: give ${flag} (${whyNoPrompt(app)}).`, hint);
}

export interface CollectOptions {
  /** The saved address when editing (its password decrypted). */
  base?: AddressDraft;
  prompter: Prompter | null;
  /** The wizard asks every field, with the current values as defaults (edit without flags). */
  askAll?: boolean;
}

export async function collectDraft(app: App, flags: AddressFlags, opts: CollectOptions): Promise<AddressDraft> {
  const { base, askAll = false } = opts;
  // Flags that give everything needed (or that change a saved address) mean: ask nothing, even on a terminal.
  const p = (base ? !askAll : requiredGiven(flags)) ? null : opts.prompter;
  const ask = (given: unknown) => p !== null && given === undefined;

  // Validate what the flags say first: bad input is refused before any question.
  const flagEmail = flags.email !== undefined ? validateEmail(flags.email) : undefined;
  const flagPreset = flags.preset !== undefined ? getPreset(flags.preset).id : undefined;
  const flagHost = flags.host !== undefined ? validateHost(flags.host) : undefined;
  const flagPort = flags.port !== undefined ? validatePort(flags.port) : undefined;
  const flagSecurity = flags.security !== undefined ? validateSecurity(flags.security) : undefined;
  const flagLogin = flags.login !== undefined ? validateUsername(flags.login) : undefined;
  const flagName = flags.name !== undefined ? validateDisplayName(flags.name) : undefined;
  if (flags.ca !== undefined && flags.insecure) throw new UsageError('--ca and --insecure contradict each other: --ca verifies against a file, --insecure verifies nothing.');
  const flagCa = flags.ca !== undefined ? validateCaFile(flags.ca, app) : undefined;
  const flagPassword = await passwordFromFlags(flags, app);

  // 1. Preset.
  let preset: PresetId | undefined = flagPreset;
  const detected = flagEmail ? detectPreset(flagEmail) : null;
  if (!preset && base && !askAll) preset = base.preset as PresetId;
  if (!preset && detected) preset = detected;
  if (!preset && flagHost) preset = 'custom';
  // Nothing names the server: discovery proposes one (the wizard asks the e-mail first, for it).
  const asked = !preset && !base && !flagEmail && p ? validateEmail(await p.input('E-mail address', { validate: asPromptValidator((v) => validateEmail(v)) })) : undefined;
  const found = !preset && !base && (flagEmail ?? asked) ? await discoverSettings(app, (flagEmail ?? asked)!, p) : null;
  if (found) preset = found.preset;
  if (found && p) showNotes(p, found.preset);
  if (!preset && p) {
    preset = await p.select('Mail provider', PRESET_IDS.map((id) => ({ name: PRESETS[id].label, value: id, description: PRESETS[id].host ? `${PRESETS[id].host}, port ${PRESETS[id].port} ${PRESETS[id].security}` : 'Enter the server yourself' })), (base?.preset as PresetId | undefined) ?? 'gmail');
    showNotes(p, preset);
  }
  if (!preset) {
    throw new UsageError(
      flagEmail ? `Cannot tell which provider serves ${emailDomain(flagEmail)}: give --preset (${PRESET_IDS.join(', ')}) or --host for a custom server.` : missing(app, '--email', 'The e-mail address').message,
      flagEmail ? undefined : 'Example: addr add --email support@example.com --preset gmail --password-stdin',
    );
  }

  // 2. E-mail.
  let email = flagEmail ?? asked ?? (askAll ? undefined : base?.email);
  if (email === undefined && p) {
    email = validateEmail(await p.input('E-mail address', { default: base?.email, validate: asPromptValidator((v) => validateEmail(v)) }));
  }
  if (email === undefined) throw missing(app, '--email', 'The e-mail address');
  const auto = detectPreset(email);
  if (p && !flagPreset && auto && auto !== preset) {
    if (await p.confirm(`${emailDomain(email)} is served by ${PRESETS[auto].label}. Use the ${PRESETS[auto].label} preset?`, true)) {
      preset = auto;
      showNotes(p, preset);
    }
  }
  const chosen = PRESETS[preset];

  // 3. Display name.
  let displayName: string | null | undefined = flagName !== undefined ? flagName : askAll ? undefined : base ? base.displayName : undefined;
  if (displayName === undefined && p) {
    displayName = validateDisplayName(await p.input('Display name (shown to recipients, optional)', { default: base?.displayName ?? undefined, validate: asPromptValidator((v) => validateDisplayName(v)) }));
  }
  if (displayName === undefined) displayName = null;

  // 4. How it logs in, and the password. A password flag means --auth password; editing keeps the saved method.
  let authMethod: AuthMethod | undefined = flags.auth ?? (flagPassword !== undefined ? 'password' : askAll ? undefined : base?.authMethod);
  const oauthProvider = inferProvider({ email, preset, host: flagHost ?? found?.host ?? chosen.host ?? undefined });
  if (authMethod === undefined && p && oauthProvider) {
    authMethod = await p.select('How does it log in?', [
      { name: 'Password / app password', value: 'password' as AuthMethod },
      { name: `OAuth2 sign-in (recommended for ${OAUTH_PROVIDERS[oauthProvider].label})`, value: 'oauth2' as AuthMethod, description: OAUTH_PROVIDERS[oauthProvider].flows[0] === 'loopback' ? 'a browser sign-in' : 'open a page on any device and type a code' },
    ], base?.authMethod ?? 'oauth2');
  }
  authMethod ??= 'password';
  let password: string | null | undefined = authMethod !== 'password' ? null : flagPassword;
  if (password === undefined && base && !askAll && base.authMethod === 'password') password = base.password;
  if (password === undefined && p) {
    const keep = base?.password ? ' (leave empty to keep the current one)' : '';
    const typed = await p.password(`Password${preset === 'custom' ? '' : ' (the app password)'}${keep}`, {
      validate: (v) => (v === '' && !base?.password ? 'The password is empty.' : true),
    });
    password = typed === '' ? base?.password ?? null : typed;
  }
  if (password === undefined) {
    throw new UsageError(`The password is missing: give --password-stdin, --password-env VAR or --password-file FILE (${whyNoPrompt(app)}).`, 'For a server that takes mail without a login, give --no-auth.');
  }

  // 5. Server: from the preset, or asked / given for a custom server.
  // Editing without a change of provider: the saved server is the starting point (and the wizard's defaults).
  const sameServerAsBase = base !== undefined && preset === base.preset;
  let host = flagHost ?? (sameServerAsBase ? base.host : found?.host ?? chosen.host ?? undefined);
  let security: Security | undefined = flagSecurity ?? (sameServerAsBase ? base.security : found?.security ?? chosen.security ?? undefined);
  let port = flagPort ?? (sameServerAsBase ? base.port : found?.port ?? chosen.port ?? undefined);
  if (preset === 'custom' || askAll) {
    if (host === undefined || (askAll && flagHost === undefined && p)) {
      if (p) host = validateHost(await p.input('SMTP server', { default: host ?? `smtp.${emailDomain(email)}`, validate: asPromptValidator((v) => validateHost(v)) }));
      else throw missing(app, '--host', 'The SMTP server');
    }
    if (security === undefined && port !== undefined && !p) security = port === 465 ? 'ssl' : 'starttls';
    if ((security === undefined || askAll) && flagSecurity === undefined && p) {
      security = await p.select('Security', [
        { name: 'SSL/TLS (implicit TLS, usually port 465)', value: 'ssl' as Security },
        { name: 'STARTTLS (plain connect, then upgrade; usually port 587)', value: 'starttls' as Security },
        { name: 'None (no encryption: the password travels in clear text)', value: 'none' as Security },
      ], security ?? (port === 465 ? 'ssl' : 'starttls'));
    }
    security ??= 'starttls';
    if ((port === undefined || askAll) && flagPort === undefined && p) {
      // Keep the current port only while the security mode stays the same; otherwise offer its usual port.
      const suggested = port !== undefined && (!base || base.security === security) ? port : defaultPort(security);
      port = validatePort(await p.input('Port', { default: String(suggested), validate: asPromptValidator((v) => validatePort(v)) }));
    }
    port ??= defaultPort(security);
  }
  if (host === undefined || port === undefined || security === undefined) throw missing(app, '--host', 'The SMTP server');

  // 6. Login.
  let username = flagLogin ?? (base && !askAll && base.email === email ? base.username : undefined);
  const conventional = found ? found.username : loginFor(chosen.provider, email); // null: the provider issues the login
  if (username === undefined && p && (preset === 'custom' || askAll || conventional === null) && authMethod !== 'none') {
    username = validateUsername(await p.input(conventional === null ? `Login (${loginHint(chosen.provider)})` : 'Login', { default: base?.username ?? conventional ?? undefined, validate: asPromptValidator((v) => validateUsername(v)) }));
  }
  if (username === undefined && conventional === null && authMethod !== 'none') throw missing(app, '--login', `The login (${loginHint(chosen.provider)})`);
  username ??= conventional ?? email;

  // 7. TLS verification.
  let tlsVerify = flags.insecure ? false : flagCa !== undefined ? true : base ? base.tlsVerify : true;
  let caFile = flagCa ?? (flags.insecure ? null : base?.caFile ?? null);
  if (flags.insecure) app.err('warning: --insecure turns off certificate verification for this address: anyone between you and the server can read the password. `addr list` marks it.');
  if (security === 'none' && authMethod !== 'none' && !flags.security && preset !== 'custom') {
    throw new ValidationError('security', 'Security none would send the password in clear text.', 'Choose ssl or starttls.');
  }
  if (security === 'none') { tlsVerify = true; caFile = null; }

  return { email, displayName, preset, host, port, security, username, authMethod, password, tlsVerify, caFile };
}

function showNotes(p: Prompter, preset: PresetId): void {
  const info = PRESETS[preset];
  if (info.notes.length === 0) return;
  const lines = info.notes.map((n) => `  • ${n}`);
  for (const l of info.links) lines.push(`    ${l.label}: ${l.url}`);
  p.say(lines.join('\n'));
}

function loginHint(p: Provider): string {
  return p.login.kind === 'account' ? p.login.what : 'the SMTP login';
}
