/**
 * Effective settings and where each value came from: defaults < config file < environment < flags.
 * Pure: the caller hands in what the config file, the environment and the flags said.
 */
import { ConfigError, UsageError } from '../errors.js';
import { DEFAULT_TIMEOUTS, type ProbeTimeouts } from './probe.js';
import { parseOAuthConfig, type OAuthConfig } from './oauth.js';
import { DEFAULT_DISCOVERY, normaliseDnsServer, readDiscovery, readDomainPins, type DiscoverySettings } from './company-config.js';
import type { DomainPin } from './discovery.js';

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
}

export type SettingKey = 'db' | 'timeouts.connect' | 'timeouts.greeting' | 'timeouts.command' | 'timeouts.deadline' | 'color' | 'output' | 'concurrency' | 'ehloName' | 'lockWait' | 'dnsServer' | 'domains' | 'discovery';

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
  flags: {
    db?: string;
    json?: boolean;
    color?: boolean; // --color / --no-color
    connectTimeout?: string;
    greetingTimeout?: string;
    commandTimeout?: string;
    deadline?: string;
    concurrency?: string;
    dnsServer?: string;
  };
}

const KNOWN_KEYS = new Set(['db', 'timeouts', 'color', 'output', 'concurrency', 'ehloName', 'oauth', 'lockWait', 'dnsServer', 'domains', 'discovery']);

export function resolveSettings(layers: Layers): Effective {
  const s: Settings = {
    db: layers.defaultDb, timeouts: { ...DEFAULT_TIMEOUTS }, color: 'auto', output: 'human', concurrency: 4, ehloName: null,
    oauth: {}, lockWaitMs: 30_000, dnsServer: null, domains: {}, discovery: DEFAULT_DISCOVERY,
  };
  const src: Record<SettingKey, string> = {
    db: 'default', 'timeouts.connect': 'default', 'timeouts.greeting': 'default', 'timeouts.command': 'default', 'timeouts.deadline': 'default',
    color: 'default', output: 'default', concurrency: 'default', ehloName: 'default', lockWait: 'default', dnsServer: 'default', domains: 'default', discovery: 'default',
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
        const ms = parseDurationOrNull(v);
        if (ms === null) throw bad(`timeouts.${k}`, 'must be a duration such as 10s, 500ms or a number of milliseconds');
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
  if (f.connectTimeout !== undefined) { s.timeouts.connectMs = parseDuration(f.connectTimeout, '--connect-timeout'); src['timeouts.connect'] = 'flag --connect-timeout'; }
  if (f.greetingTimeout !== undefined) { s.timeouts.greetingMs = parseDuration(f.greetingTimeout, '--greeting-timeout'); src['timeouts.greeting'] = 'flag --greeting-timeout'; }
  if (f.commandTimeout !== undefined) { s.timeouts.commandMs = parseDuration(f.commandTimeout, '--command-timeout'); src['timeouts.command'] = 'flag --command-timeout'; }
  if (f.deadline !== undefined) { s.timeouts.deadlineMs = parseDuration(f.deadline, '--deadline'); src['timeouts.deadline'] = 'flag --deadline'; }
  if (f.concurrency !== undefined) {
    const n = Number(f.concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--concurrency "${f.concurrency}" is not a whole number from 1 to 64.`);
    s.concurrency = n; src.concurrency = 'flag --concurrency';
  }
  if (f.dnsServer !== undefined) {
    s.dnsServer = normaliseDnsServer(f.dnsServer);
    if (s.dnsServer === null) throw new UsageError(`--dns-server "${f.dnsServer}" is not an IP address with an optional port.`, 'Write it as 127.0.0.1:5353 or [::1]:53.');
    src.dnsServer = 'flag --dns-server';
  }
  return { settings: s, sources: src, configFile: layers.file?.path ?? null };
}

/** "10s", "500ms", "2m", "1.5s" or a bare number of milliseconds. */
export function parseDurationOrNull(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 && value <= 3_600_000 ? Math.round(value) : null;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 1);
  return n > 0 && n <= 3_600_000 ? Math.round(n) : null;
}

export function parseDuration(value: string, flag: string): number {
  const ms = parseDurationOrNull(value);
  if (ms === null) throw new UsageError(`${flag} "${value}" is not a duration.`, 'Write it as 10s, 500ms or 2m.');
  return ms;
}

export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
