/**
 * Effective settings and where each value came from: defaults < config file < environment < flags.
 * Pure: the caller hands in what the config file, the environment and the flags said.
 */
import { ConfigError, UsageError } from '../errors.js';
import { parseTimeoutFlag, timeoutMs, TIMEOUT_SYNTAX } from './duration.js';
import { DEFAULT_TIMEOUTS, type ProbeTimeouts } from './probe.js';
import { parseOAuthConfig, type OAuthConfig } from './oauth.js';
import { DEFAULT_DISCOVERY, normaliseDnsServer, readDiscovery, readDomainPins, type DiscoverySettings } from './company-config.js';
import type { DomainPin } from './discovery.js';

export { formatDuration } from './duration.js';

export type ColorMode = 'auto' | 'always' | 'never';
export type OutputMode = 'human' | 'json';

export interface Settings {
  db: string;
  timeouts: ProbeTimeouts;
  color: ColorMode;
  output: OutputMode;
  /** How many addresses `addr test --all` tests at once. */
  concurrency: number;
  /** The name sent in EHLO; null = this machine's host name. */
  ehloName: string | null;
  /** OAuth2 clients per provider (client id, tenant, installed-app secret, authority); see src/core/oauth.ts. */
  oauth: OAuthConfig;
  /** How long a write waits for another process's database lock before giving up (exit 75). */
  lockWaitMs: number;
  /** The DNS server of discovery and the pre-flight ("IP:PORT"); null = the system's. */
  dnsServer: string | null;
  /** The company's pinned discovery answers, by e-mail domain (Unicode). */
  domains: Record<string, DomainPin>;
  discovery: DiscoverySettings;
  /**
   * Temporary failures (exit 75) of recorded live tests in a row after which an address is out of service
   * for send and available; a permanent failure takes it out at once.
   */
  outOfServiceAfter: number;
}

export type SettingKey = 'db' | 'timeouts.connect' | 'timeouts.greeting' | 'timeouts.command' | 'timeouts.deadline' | 'color' | 'output' | 'concurrency' | 'ehloName' | 'lockWait' | 'dnsServer' | 'domains' | 'discovery' | 'outOfServiceAfter';

export interface Effective {
  settings: Settings;
  /** For each key: "default", "config file /x/.addrrc", "env ADDR_DB", "flag --db". */
  sources: Record<SettingKey, string>;
  configFile: string | null;
}

/** What a config file may contain, already parsed (YAML/JSON/JS) but not yet validated. */
export type RawConfig = Record<string, unknown>;

export interface Layers {
  defaultDb: string;
  file?: { path: string; config: RawConfig; resolvePath: (p: string) => string };
  env: { ADDR_DB?: string; NO_COLOR?: string; ADDR_DNS_SERVER?: string };
  flags: SettingsFlags;
}

/** What flags override; durations and numbers already parsed at the command line's edge. */
export interface SettingsFlags {
  db?: string;
  json?: boolean;
  color?: boolean; // --color / --no-color
  connectTimeoutMs?: number;
  greetingTimeoutMs?: number;
  commandTimeoutMs?: number;
  deadlineMs?: number;
  concurrency?: number;
  /** --dns-server IP[:PORT], checked here. */
  dnsServer?: string;
}

const KNOWN_KEYS = new Set(['db', 'timeouts', 'color', 'output', 'concurrency', 'ehloName', 'oauth', 'lockWait', 'dnsServer', 'domains', 'discovery', 'outOfServiceAfter']);

export function resolveSettings(layers: Layers): Effective {
  const s: Settings = {
    db: layers.defaultDb, timeouts: { ...DEFAULT_TIMEOUTS }, color: 'auto', output: 'human', concurrency: 4, ehloName: null,
    oauth: {}, lockWaitMs: 30_000, dnsServer: null, domains: {}, discovery: DEFAULT_DISCOVERY, outOfServiceAfter: 3,
  };
  const src: Record<SettingKey, string> = {
    db: 'default', 'timeouts.connect': 'default', 'timeouts.greeting': 'default', 'timeouts.command': 'default', 'timeouts.deadline': 'default',
    color: 'default', output: 'default', concurrency: 'default', ehloName: 'default', lockWait: 'default', dnsServer: 'default', domains: 'default', discovery: 'default',
    outOfServiceAfter: 'default',
  };

  if (layers.file) {
    const { config: c, path: file, resolvePath } = layers.file;
    const from = `config file ${file}`;
    const bad = (key: string, what: string) => new ConfigError(`In ${file}: "${key}" ${what}.`, 'Fix the config file, or see `addr config` for the keys it may hold.');
    if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new ConfigError(`${file} does not hold an object of settings.`, 'Write it as { "db": "...", "timeouts": { ... } }.');
    for (const key of Object.keys(c)) if (!KNOWN_KEYS.has(key)) throw bad(key, `is not a setting (known: ${[...KNOWN_KEYS].join(', ')})`);
    if (c.db !== undefined) {
      if (typeof c.db !== 'string' || c.db === '') throw bad('db', 'must be a path');
      s.db = resolvePath(c.db); src.db = from;
    }
    if (c.timeouts !== undefined) {
      if (typeof c.timeouts !== 'object' || c.timeouts === null) throw bad('timeouts', 'must be an object with connect, greeting, command, deadline');
      for (const [k, v] of Object.entries(c.timeouts as Record<string, unknown>)) {
        if (k !== 'connect' && k !== 'greeting' && k !== 'command' && k !== 'deadline') throw bad(`timeouts.${k}`, 'is not a timeout (connect, greeting, command, deadline)');
        // Since 0.2 a bare number means seconds, as on the command line (it used to mean milliseconds).
        const ms = timeoutMs(v);
        if (ms === null) throw bad(`timeouts.${k}`, `must be ${TIMEOUT_SYNTAX}`);
        s.timeouts[`${k}Ms`] = ms; src[`timeouts.${k}`] = from;
      }
    }
    if (c.color !== undefined) {
      if (c.color === true) s.color = 'always';
      else if (c.color === false) s.color = 'never';
      else if (c.color === 'auto' || c.color === 'always' || c.color === 'never') s.color = c.color;
      else throw bad('color', 'must be auto, always or never');
      src.color = from;
    }
    if (c.output !== undefined) {
      if (c.output !== 'human' && c.output !== 'json') throw bad('output', 'must be human or json');
      s.output = c.output; src.output = from;
    }
    if (c.concurrency !== undefined) {
      if (typeof c.concurrency !== 'number' || !Number.isInteger(c.concurrency) || c.concurrency < 1 || c.concurrency > 64) throw bad('concurrency', 'must be a whole number from 1 to 64');
      s.concurrency = c.concurrency; src.concurrency = from;
    }
    if (c.ehloName !== undefined) {
      if (typeof c.ehloName !== 'string' || !/^[A-Za-z0-9.-]+$/.test(c.ehloName)) throw bad('ehloName', 'must be a host name');
      s.ehloName = c.ehloName; src.ehloName = from;
    }
    if (c.oauth !== undefined) s.oauth = parseOAuthConfig(c.oauth, bad);
    if (c.lockWait !== undefined) {
      const ms = parseDurationOrNull(c.lockWait);
      if (ms === null) throw bad('lockWait', 'must be a duration such as 30s or 2m');
      s.lockWaitMs = ms; src.lockWait = from;
    }
    if (c.dnsServer !== undefined) {
      s.dnsServer = normaliseDnsServer(c.dnsServer);
      if (s.dnsServer === null) throw bad('dnsServer', 'must be an IP address with an optional port, e.g. 127.0.0.1:5353 or [::1]:53');
      src.dnsServer = from;
    }
    if (c.domains !== undefined) { s.domains = readDomainPins(c.domains, bad); src.domains = from; }
    if (c.discovery !== undefined) { s.discovery = readDiscovery(c.discovery, bad, parseDurationOrNull); src.discovery = from; }
    if (c.outOfServiceAfter !== undefined) {
      const n = c.outOfServiceAfter;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) throw bad('outOfServiceAfter', 'must be a whole number from 1 to 100');
      s.outOfServiceAfter = n; src.outOfServiceAfter = from;
    }
  }

  if (layers.env.ADDR_DB) { s.db = layers.env.ADDR_DB; src.db = 'env ADDR_DB'; }
  if (layers.env.NO_COLOR !== undefined && layers.env.NO_COLOR !== '') { s.color = 'never'; src.color = 'env NO_COLOR'; }
  if (layers.env.ADDR_DNS_SERVER) {
    s.dnsServer = normaliseDnsServer(layers.env.ADDR_DNS_SERVER);
    if (s.dnsServer === null) throw new ConfigError(`ADDR_DNS_SERVER "${layers.env.ADDR_DNS_SERVER}" is not an IP address with an optional port.`, 'Write it as 127.0.0.1:5353 or [::1]:53.');
    src.dnsServer = 'env ADDR_DNS_SERVER';
  }

  const f = layers.flags;
  if (f.db) { s.db = f.db; src.db = 'flag --db'; }
  if (f.json) { s.output = 'json'; src.output = 'flag --json'; }
  if (f.color === true) { s.color = 'always'; src.color = 'flag --color'; }
  if (f.color === false) { s.color = 'never'; src.color = 'flag --no-color'; }
  if (f.connectTimeoutMs !== undefined) { s.timeouts.connectMs = f.connectTimeoutMs; src['timeouts.connect'] = 'flag --connect-timeout'; }
  if (f.greetingTimeoutMs !== undefined) { s.timeouts.greetingMs = f.greetingTimeoutMs; src['timeouts.greeting'] = 'flag --greeting-timeout'; }
  if (f.commandTimeoutMs !== undefined) { s.timeouts.commandMs = f.commandTimeoutMs; src['timeouts.command'] = 'flag --command-timeout'; }
  if (f.deadlineMs !== undefined) { s.timeouts.deadlineMs = f.deadlineMs; src['timeouts.deadline'] = 'flag --deadline'; }
  if (f.concurrency !== undefined) { s.concurrency = f.concurrency; src.concurrency = 'flag --concurrency'; }
  if (f.dnsServer !== undefined) {
    s.dnsServer = normaliseDnsServer(f.dnsServer);
    if (s.dnsServer === null) throw new UsageError(`--dns-server "${f.dnsServer}" is not an IP address with an optional port.`, 'Write it as 127.0.0.1:5353 or [::1]:53.');
    src.dnsServer = 'flag --dns-server';
  }
  return { settings: s, sources: src, configFile: layers.file?.path ?? null };
}

/** Kept for callers of the old names: the one duration parser is core/duration.ts. */
export const parseDurationOrNull = timeoutMs;
export const parseDuration = parseTimeoutFlag;
