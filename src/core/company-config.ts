/**
 * The config-file keys of discovery and the DNS pre-flight, validated: `dnsServer`, `domains` (the company's pinned
 * answers, domain → settings) and `discovery` (deadline and the ports it contacts). Pure; settings.ts calls it on
 * every start, so it does not load the provider table: a pin's preset is checked for its form here and looked up
 * when discovery uses the pin (commands/discovery-run.ts).
 */
import { validateEmailDomain, validateHost, validatePort, validateSecurity, validateUsername, type Security } from './address.js';
import type { DomainPin, ProbePort } from './discovery.js';

export interface DiscoverySettings {
  /** The whole discovery of one address. */
  deadlineMs: number;
  /** Ports probed, with their security. */
  probePorts: ProbePort[];
  /** Where autoconfig documents are fetched (443 and 80 but in lab and test setups). */
  httpsPort: number;
  httpPort: number;
}

export const DEFAULT_DISCOVERY: DiscoverySettings = {
  deadlineMs: 10_000,
  probePorts: [{ port: 465, security: 'ssl' }, { port: 587, security: 'starttls' }],
  httpsPort: 443,
  httpPort: 80,
};

/** "IP", "IP:PORT", "[IPv6]:PORT" (c-ares takes addresses only, no names); null when not one. */
export function normaliseDnsServer(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const port = (p: string | undefined) => p === undefined || (/^\d{1,5}$/.test(p) && Number(p) >= 1 && Number(p) <= 65535);
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d+))?$/.exec(v);
  if (v4) return v4[1]!.split('.').every((o) => Number(o) <= 255) && port(v4[2]) ? v : null;
  const bracket = /^\[([0-9a-fA-F:.]+)\](?::(\d+))?$/.exec(v);
  const v6 = bracket ? bracket[1]! : /^[0-9a-fA-F:.]+$/.test(v) && v.includes(':') ? v : null;
  if (!v6 || (bracket && !port(bracket[2]))) return null;
  try {
    new URL(`http://[${v6}]/`);
  } catch {
    return null;
  }
  return v;
}

type Bad = (key: string, what: string) => Error;

/** `domains: { "acme.ru": { preset?, host?, port?, security?, username? } }`, keyed by the Unicode domain. */
export function readDomainPins(raw: unknown, bad: Bad): Record<string, DomainPin> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('domains', 'must map each domain to its settings, e.g. { "acme.ru": { "preset": "yandex" } }');
  const out: Record<string, DomainPin> = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = `domains.${name}`;
    let domain: string;
    try {
      domain = validateEmailDomain(name, key).unicode;
    } catch {
      throw bad(key, 'is not an e-mail domain');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(key, 'must be an object with preset, host, port, security or username');
    const v = value as Record<string, unknown>;
    const pin: DomainPin = {};
    for (const k of Object.keys(v)) if (!['preset', 'host', 'port', 'security', 'username'].includes(k)) throw bad(`${key}.${k}`, 'is not a pin setting (preset, host, port, security, username)');
    const field = <T>(k: string, parse: (x: string) => T): T | undefined => {
      if (v[k] === undefined) return undefined;
      if (typeof v[k] !== 'string' && typeof v[k] !== 'number') throw bad(`${key}.${k}`, 'must be a string');
      try {
        return parse(String(v[k]));
      } catch (err) {
        throw bad(`${key}.${k}`, (err as Error).message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()));
      }
    };
    const preset = field('preset', (x) => {
      if (!/^[a-z0-9][a-z0-9.-]{0,40}$/i.test(x.trim())) throw new Error('is not a preset name');
      return x.trim().toLowerCase();
    });
    if (preset) pin.preset = preset;
    const host = field('host', (x) => validateHost(x, key));
    if (host) pin.host = host;
    const port = field('port', (x) => validatePort(x, key));
    if (port) pin.port = port;
    const security = field<Security>('security', (x) => validateSecurity(x, key));
    if (security) pin.security = security;
    const username = field('username', (x) => validateUsername(x, key));
    if (username) pin.username = username;
    if (!pin.preset && !pin.host) throw bad(key, 'needs a preset or a host');
    out[domain] = pin;
  }
  return out;
}

/** `discovery: { deadline, ports: [{ port, security }], httpsPort, httpPort }`. */
export function readDiscovery(raw: unknown, bad: Bad, parseDuration: (v: unknown) => number | null): DiscoverySettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('discovery', 'must be an object with deadline, ports, httpsPort, httpPort');
  const v = raw as Record<string, unknown>;
  const out: DiscoverySettings = { ...DEFAULT_DISCOVERY, probePorts: [...DEFAULT_DISCOVERY.probePorts] };
  for (const k of Object.keys(v)) if (!['deadline', 'ports', 'httpsPort', 'httpPort'].includes(k)) throw bad(`discovery.${k}`, 'is not a discovery setting (deadline, ports, httpsPort, httpPort)');
  if (v.deadline !== undefined) {
    const ms = parseDuration(v.deadline);
    if (ms === null) throw bad('discovery.deadline', 'must be a duration such as 10s');
    out.deadlineMs = ms;
  }
  if (v.ports !== undefined) {
    if (!Array.isArray(v.ports) || v.ports.length === 0 || v.ports.length > 8) throw bad('discovery.ports', 'must be a list of 1 to 8 { port, security } entries');
    out.probePorts = v.ports.map((p: unknown, i: number) => {
      const e = p as Record<string, unknown>;
      try {
        const security = validateSecurity(String(e?.security));
        if (security === 'none') throw new Error('security must be ssl or starttls');
        return { port: validatePort(String(e?.port)), security };
      } catch {
        throw bad(`discovery.ports[${i}]`, 'must be { port: 1-65535, security: ssl | starttls }');
      }
    });
  }
  for (const k of ['httpsPort', 'httpPort'] as const) {
    if (v[k] === undefined) continue;
    try {
      out[k] = validatePort(String(v[k]));
    } catch {
      throw bad(`discovery.${k}`, 'must be a port from 1 to 65535');
    }
  }
  return out;
}
