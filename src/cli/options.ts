/**
 * The option groups that several commands share, each defined once with its typed values: the global
 * options, the settings of an address (add, edit, test), the probe (add, edit, test), the timeouts (add, edit,
 * test, send) and the employee (--as). Values that have one syntax everywhere are parsed here, at the edge:
 * durations (core/duration.ts) and whole numbers; a bad one is a usage error naming the flag.
 */
import { Option, type Command } from 'commander';
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
  /** false with --no-auth: the server takes mail without a login. */
  auth?: boolean;
  ca?: string;
  insecure?: boolean;
}

export function addressOptions(cmd: Command): Command {
  return cmd
    .option('--preset <id>', 'provider preset: gmail, yandex, mailru, custom (default: from the e-mail domain)')
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
    .option('--no-auth', 'the server takes mail without a login (no password)')
    .option('--ca <file>', 'PEM file of the CA (or server certificate) to trust for this address')
    .option('--insecure', 'do not verify the server certificate for this address (list marks it)');
}

/** The address flags as commander parsed them, with the deprecated --user folded into --login. */
export function addressFlags(raw: AddressFlags & { user?: string }, where: string, warnings: string[]): AddressFlags {
  const { user, ...flags } = raw;
  const login = merged(flags.login, user, { now: '--login', old: '--user', where, meaning: 'the SMTP login' }, warnings);
  const out: AddressFlags = { ...flags };
  if (login !== undefined) out.login = login;
  // commander sets auth: true by default (the --no-auth pair); only an explicit --no-auth matters.
  if (out.auth !== false) delete out.auth;
  return out;
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
