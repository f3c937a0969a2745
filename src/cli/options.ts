/**
 * The option groups that several commands share, each defined once with its typed values: the global
 * options, the settings of an address (add, edit, test), the probe (add, edit, test), the timeouts (add, edit,
 * test, send) and the employee (--as). Values that have one syntax everywhere are parsed here, at the edge:
 * durations (core/duration.ts) and whole numbers; a bad one is a usage error naming the flag.
 */
import { Option, type Command } from 'commander';
import { AUTH_METHODS, type AuthMethod } from '../core/auth.js';
import { parseTimeoutFlag } from '../core/duration.js';
import type { SettingsFlags } from '../core/settings.js';
import { UsageError } from '../errors.js';

// ---- global -------------------------------------------------------------------------------------------

/** The options of `addr` itself, valid before or after the command. */
export interface GlobalFlags {
  db?: string;
  config?: string;
  json?: boolean;
  /** true with --color, false with --no-color. */
  color?: boolean;
  debug?: boolean;
  /** false with --no-input: never ask, a missing value is a usage error. */
  input?: boolean;
  /** Create the folder of --db (or ADDR_DB, or the config's db) when it does not exist. */
  create?: boolean;
}

/** Global options that take a value: the command line's first word after them is not the command. */
export const GLOBAL_VALUE_OPTIONS = ['--db', '--config'];

export function globalOptions(program: Command): Command {
  return program
    .option('--db <path>', 'database file (default: $XDG_DATA_HOME/addr/addr.db; env ADDR_DB)')
    .option('--create', 'create the folder of --db / ADDR_DB / the config\'s db if it does not exist')
    .option('--config <file>', 'use this config file instead of searching for one')
    .option('--json', 'machine-readable output on stdout (errors as one JSON line on stderr)')
    .option('--no-input', 'never ask: a value that would need a question is a usage error (exit 64)')
    .option('--color', 'force colour')
    .option('--no-color', 'plain text (also NO_COLOR=1)')
    .option('--debug', 'show the SMTP transcript (secrets masked) and stack traces');
}

// ---- values parsed at the edge ------------------------------------------------------------------------

/** An argParser for a whole number in [min, max]. */
export function wholeNumber(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} "${value}" is not a whole number from ${min} to ${max}.`);
    return n;
  };
}

/** For a repeatable option: --to a --to b → ['a', 'b']. */
export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * A deprecated alias: the old flag still works for one release, with a warning; given together with its
 * replacement it must say the same.
 */
export function merged(now: string | undefined, old: string | undefined, names: { now: string; old: string; where: string; meaning: string }, warnings: string[]): string | undefined {
  if (old === undefined) return now;
  if (now !== undefined && now !== old) throw new UsageError(`${names.old} and ${names.now} disagree on ${names.where}: give ${names.now} only (${names.meaning}).`);
  warnings.push(`${names.old} on ${names.where} is deprecated and will be removed in the next release: use ${names.now} (${names.meaning}).`);
  return old;
}

// ---- the settings of an address (add, edit, test) -----------------------------------------------------

/** The settings of an address as flags; undefined = not given (the wizard may ask for it). */
export interface AddressFlags {
  preset?: string;
  email?: string;
  name?: string;
  host?: string;
  port?: string;
  security?: string;
  /** The SMTP login (--login; --user is its deprecated alias). */
  login?: string;
  password?: string;
  passwordStdin?: boolean;
  passwordEnv?: string;
  passwordFile?: string;
  /** --auth password|oauth2|none; --no-auth is --auth none; a token or sign-in flag implies oauth2 (see authFlags). */
  auth?: AuthMethod;
  ca?: string;
  insecure?: boolean;
}

export function addressOptions(cmd: Command): Command {
  return cmd
    .option('--preset <id>', 'provider preset: gmail, google-workspace, microsoft, yandex, mailru, vk-workspace, zoho, icloud, yahoo, rambler, sendgrid, mailgun, ses, postmark, brevo, custom (default: from the e-mail domain, else discovery)')
    .option('--email <address>', 'the sender address')
    .option('--name <text>', 'display name shown to recipients')
    .option('--host <host>', 'SMTP server (custom preset, or to override a preset)')
    .option('--port <n>', 'SMTP port, 1-65535')
    .option('--security <mode>', 'ssl (implicit TLS, usually 465), starttls (upgrade required, usually 587) or none')
    .option('--login <login>', 'SMTP login (default: the e-mail address)')
    .addOption(new Option('--user <login>', 'deprecated: the SMTP login, now --login').hideHelp())
    .option('--password-stdin', 'read the password from standard input')
    .option('--password-env <var>', 'read the password from this environment variable')
    .option('--password-file <file>', 'read the password from this file (first line)')
    .addOption(new Option('--password <password>', 'the password on the command line (visible in ps; avoid)'))
    .option('--auth <method>', 'how it logs in: password (default), oauth2 (XOAUTH2 sign-in or token) or none', authMethod)
    .option('--no-auth', 'the server takes mail without a login: --auth none')
    .option('--ca <file>', 'PEM file of the CA (or server certificate) to trust for this address')
    .option('--insecure', 'do not verify the server certificate for this address (list marks it)');
}

const ADDRESS_KEYS = ['preset', 'email', 'name', 'host', 'port', 'security', 'login', 'password', 'passwordStdin', 'passwordEnv', 'passwordFile', 'ca', 'insecure'] as const;

/** The address flags as commander parsed them (and only those), with the deprecated --user folded into --login. */
export function addressFlags(raw: Omit<AddressFlags, 'auth'> & { user?: string; auth?: AuthMethod | boolean }, where: string, warnings: string[]): AddressFlags {
  const { user, auth } = raw;
  const login = merged(raw.login, user, { now: '--login', old: '--user', where, meaning: 'the SMTP login' }, warnings);
  const out: AddressFlags = {};
  for (const k of ADDRESS_KEYS) if (raw[k] !== undefined) (out as Record<string, unknown>)[k] = raw[k];
  if (login !== undefined) out.login = login;
  // --no-auth sets false; --auth METHOD its value; given neither, it stays undefined (the method of the preset/saved address).
  if (auth === false) out.auth = 'none';
  else if (typeof auth === 'string') out.auth = auth;
  return out;
}

function authMethod(value: string): AuthMethod {
  const v = value.trim().toLowerCase();
  if ((AUTH_METHODS as readonly string[]).includes(v)) return v as AuthMethod;
  throw new UsageError(`--auth "${value}" is not a way to log in: give password, oauth2 or none.`);
}

// ---- OAuth2: a token for one run (add, edit, test, send) and the sign-in (add, edit, auth login) -------------

/** An access token handed over for this run (a saved address keeps a --token-cmd, never a token). */
export interface TokenFlags {
  tokenEnv?: string;
  tokenStdin?: boolean;
  tokenCmd?: string;
}

export function tokenOptions(cmd: Command): Command {
  return cmd
    .option('--token-env <var>', 'OAuth2: the access token from this environment variable (this run only; implies --auth oauth2)')
    .option('--token-stdin', 'OAuth2: the access token from the first line of standard input (this run only)')
    .option('--token-cmd <command>', 'OAuth2: a command that prints an access token (run without a shell); add/edit save the command');
}

export function tokenFlags(raw: TokenFlags): TokenFlags {
  const out: TokenFlags = {};
  if (raw.tokenEnv !== undefined) out.tokenEnv = raw.tokenEnv;
  if (raw.tokenStdin) out.tokenStdin = true;
  if (raw.tokenCmd !== undefined) out.tokenCmd = raw.tokenCmd;
  return out;
}

/** How an address signs in with OAuth2 (addr auth login; addr add/edit --auth oauth2 without a token flag). */
export interface SignInFlags {
  provider?: string;
  flow?: string;
  tenant?: string;
  clientId?: string;
  clientSecretEnv?: string;
  clientSecretFile?: string;
  clientCertFile?: string;
  clientKeyFile?: string;
  /** false with --no-browser. */
  browser?: boolean;
  wait?: string;
}

export function signInOptions(cmd: Command): Command {
  return cmd
    .option('--provider <id>', 'OAuth2: microsoft, google or yandex (default: from the preset, the server or the domain)')
    .option('--flow <flow>', 'OAuth2: device (Microsoft, Yandex), loopback (Google), client-credentials (Microsoft app-only)')
    .option('--tenant <tenant>', 'Microsoft: tenant id or domain (default: oauth.microsoft.tenant, else common)')
    .option('--client-id <id>', 'the OAuth client (app registration) id (default: oauth.<provider>.clientId)')
    .option('--client-secret-env <var>', 'the client secret from this environment variable (app-only; Google/Yandex app secret)')
    .option('--client-secret-file <file>', 'the client secret from this file (first line)')
    .option('--client-cert-file <file>', 'app-only: the certificate registered on the app (PEM; may hold the key too)')
    .option('--client-key-file <file>', 'app-only: the certificate\'s private key (PEM, unencrypted)')
    .option('--no-browser', 'do not open a browser; only print the sign-in page')
    .option('--wait <duration>', 'how long to wait for the person to sign in (default 15m device code, 5m browser)');
}

const SIGN_IN_FLAGS: [keyof SignInFlags, string][] = [
  ['provider', '--provider'], ['flow', '--flow'], ['tenant', '--tenant'], ['clientId', '--client-id'], ['clientSecretEnv', '--client-secret-env'],
  ['clientSecretFile', '--client-secret-file'], ['clientCertFile', '--client-cert-file'], ['clientKeyFile', '--client-key-file'], ['wait', '--wait'],
];

export function signInFlags(raw: SignInFlags): SignInFlags {
  const out: SignInFlags = {};
  for (const [k] of SIGN_IN_FLAGS) if (raw[k] !== undefined) (out as Record<string, unknown>)[k] = raw[k];
  if (raw.browser === false) out.browser = false; // commander's default of the --no-browser pair is true
  return out;
}

/** The sign-in flags given, by name. */
export function signInFlagsGiven(f: SignInFlags): string[] {
  return [...SIGN_IN_FLAGS.filter(([k]) => f[k] !== undefined).map(([, flag]) => flag), ...(f.browser === false ? ['--no-browser'] : [])];
}

export function tokenFlagsGiven(f: TokenFlags): string[] {
  return [f.tokenEnv !== undefined && '--token-env', f.tokenStdin && '--token-stdin', f.tokenCmd !== undefined && '--token-cmd'].filter((x): x is string => Boolean(x));
}

/**
 * The rules of --auth, decided from the command line alone: a token flag or a sign-in flag implies --auth oauth2
 * (and with --auth password or none is a usage error); a password flag with --auth oauth2 or none is one too; one
 * token flag at most; a sign-in flag (other than --provider) does not go with a token handed over.
 */
export function checkAuthFlags(f: AddressFlags & TokenFlags & SignInFlags): AddressFlags['auth'] {
  const tokens = tokenFlagsGiven(f);
  const signIn = signInFlagsGiven(f);
  const passwords = [f.passwordStdin && '--password-stdin', f.passwordEnv !== undefined && '--password-env', f.passwordFile !== undefined && '--password-file', f.password !== undefined && '--password'].filter(Boolean);
  const oauth = [...tokens, ...signIn];
  if (tokens.length > 1) throw new UsageError(`Give the access token one way only, not ${tokens.join(' and ')}.`);
  let auth = f.auth;
  if (oauth.length && auth === undefined) auth = 'oauth2';
  if (oauth.length && auth !== 'oauth2') throw new UsageError(`${oauth[0]} is for OAuth2: it does not go with --auth ${auth === 'none' ? 'none (--no-auth)' : auth}.`, 'Give --auth oauth2, or leave the OAuth2 flags out.');
  if (passwords.length && auth === 'oauth2') throw new UsageError(`${passwords[0]} gives a password, but --auth oauth2${f.auth === undefined ? ` (implied by ${oauth[0]})` : ''} logs in with an access token.`, 'Give one or the other: a password, or --auth oauth2 with a sign-in or a token flag.');
  if (passwords.length && auth === 'none') throw new UsageError(`--auth none (--no-auth) cannot be combined with a password (${passwords[0]}).`);
  const signInOnly = signIn.filter((x) => x !== '--provider');
  if (tokens.length && signInOnly.length) throw new UsageError(`${signInOnly[0]} is for signing in; ${tokens[0]} hands a token over instead: give one or the other.`);
  return auth;
}

// ---- the probe (add, edit, test) ----------------------------------------------------------------------

export interface ProbeFlags {
  /** RCPT TO of the probe. */
  rcpt?: string;
  /** Send a real test message to this address. */
  sendTo?: string;
}

export function probeOptions(cmd: Command): Command {
  return cmd
    .option('--rcpt <address>', 'recipient for the RCPT TO probe (default: the address itself)')
    .option('--send-to <address>', 'send a real test message to this address');
}

// ---- timeouts (add, edit, test, send) -----------------------------------------------------------------

/** Timeouts in milliseconds, parsed from "5" (seconds), "800ms", "10s", "2m". */
export interface TimeoutFlags {
  connectTimeout?: number;
  greetingTimeout?: number;
  commandTimeout?: number;
  deadline?: number;
}

export function timeoutOptions(cmd: Command, whole: string): Command {
  return cmd
    .option('--connect-timeout <duration>', 'TCP connect + TLS handshake; seconds, or with ms/s/m (default 10s)', (v) => parseTimeoutFlag(v, '--connect-timeout'))
    .option('--greeting-timeout <duration>', 'wait for the server greeting (default 10s)', (v) => parseTimeoutFlag(v, '--greeting-timeout'))
    .option('--command-timeout <duration>', 'wait for each reply (default 15s)', (v) => parseTimeoutFlag(v, '--command-timeout'))
    .option('--deadline <duration>', `${whole}, whatever the server does (default 60s)`, (v) => parseTimeoutFlag(v, '--deadline'));
}

export function timeoutSettings(f: TimeoutFlags): SettingsFlags {
  const s: SettingsFlags = {};
  if (f.connectTimeout !== undefined) s.connectTimeoutMs = f.connectTimeout;
  if (f.greetingTimeout !== undefined) s.greetingTimeoutMs = f.greetingTimeout;
  if (f.commandTimeout !== undefined) s.commandTimeoutMs = f.commandTimeout;
  if (f.deadline !== undefined) s.deadlineMs = f.deadline;
  return s;
}

/** The timeout flags given, by name (a live test run with them is a one-off). */
export function timeoutFlagsGiven(f: TimeoutFlags): string[] {
  const names: [keyof TimeoutFlags, string][] = [['connectTimeout', '--connect-timeout'], ['greetingTimeout', '--greeting-timeout'], ['commandTimeout', '--command-timeout'], ['deadline', '--deadline']];
  return names.filter(([k]) => f[k] !== undefined).map(([, flag]) => flag);
}

// ---- DNS: discovery and the pre-flight (add, edit, check, discover) ---------------------------------

export interface DnsFlags {
  /** --dns-server IP[:PORT]: the resolver of discovery and the pre-flight (checked in core/settings.ts). */
  dnsServer?: string;
}

export function dnsServerOption(cmd: Command): Command {
  return cmd.option('--dns-server <ip:port>', 'ask this DNS server for discovery and the DNS pre-flight (default: the system\'s; config dnsServer, env ADDR_DNS_SERVER)');
}

export interface PreflightFlags extends DnsFlags {
  /** The DNS pre-flight after the live test must be clean, else nothing is saved. */
  strict?: boolean;
}

export function preflightOptions(cmd: Command): Command {
  return dnsServerOption(cmd.option('--strict', 'save only if the DNS pre-flight (SPF, DKIM, DMARC, MX, PTR) finds nothing to fix'));
}

export function dnsSettings(f: DnsFlags): SettingsFlags {
  return f.dnsServer !== undefined ? { dnsServer: f.dnsServer } : {};
}

// ---- the employee (list, available, log; send has --as only) ------------------------------------------

export function employeeOption(cmd: Command, description: string): Command {
  return cmd
    .option('--as <login>', description)
    .addOption(new Option('--user <login>', 'deprecated: the employee, now --as').hideHelp());
}

export function employee(raw: { as?: string; user?: string }, where: string, warnings: string[]): string | undefined {
  return merged(raw.as, raw.user, { now: '--as', old: '--user', where, meaning: 'the employee' }, warnings);
}
