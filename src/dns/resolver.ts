/**
 * The one DNS resolver of discovery and the DNS pre-flight: node:dns's c-ares Resolver, pointed at the system's
 * servers or at one given server (`--dns-server HOST:PORT`, config `dnsServer`, env ADDR_DNS_SERVER), with a deadline
 * on every query and a cap on what an answer may hold. Everything an answer says is untrusted: callers validate names
 * and pass text through safeText before showing it.
 *
 * "Nothing there" (NXDOMAIN, no records of the type) is an empty answer; a server that does not answer, refuses or
 * fails is a DnsError with `unreachable` set, so that callers can tell "no SPF record" from "could not look".
 */
import { Resolver } from 'node:dns/promises';
import net from 'node:net';

export interface MxRecord { exchange: string; priority: number }
export interface SrvRecord { name: string; port: number; priority: number; weight: number }

/** Answers beyond these are dropped: no legitimate zone needs more for what addr asks. */
export const MAX_RECORDS = 50;
export const MAX_TXT_CHARS = 4096;

const EMPTY = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME', 'NOTFOUND', 'NODATA']);

export class DnsError extends Error {
  constructor(
    readonly code: string,
    readonly query: string,
    readonly unreachable: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'DnsError';
  }
}

/** mailauth's resolver: node's `resolve(name, rrtype)` shape, node's error codes. */
export type RawResolve = (name: string, rrtype: string) => Promise<unknown[]>;

export interface DnsResolver {
  /** "127.0.0.1:5353", or null for the system's servers. */
  readonly server: string | null;
  mx(name: string): Promise<MxRecord[]>;
  /** Each TXT record with its strings joined. */
  txt(name: string): Promise<string[]>;
  srv(name: string): Promise<SrvRecord[]>;
  a(name: string): Promise<string[]>;
  aaaa(name: string): Promise<string[]>;
  /** A and AAAA together (an empty list when the name has neither). */
  addresses(name: string): Promise<string[]>;
  ptr(ip: string): Promise<string[]>;
  /** The raw query for libraries (mailauth): node's error codes, the same deadline and caps. */
  raw: RawResolve;
}

export interface ResolverOptions {
  /** "IP", "IP:PORT" or "[IPv6]:PORT"; null/undefined: the system's resolvers (/etc/resolv.conf). */
  server?: string | null;
  /** Each query, retries included. */
  timeoutMs?: number;
}

/** "127.0.0.1:5353" → a form c-ares takes, or null when it is not an IP address with an optional port. */
export function parseDnsServer(value: string): string | null {
  const v = value.trim();
  const bracket = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(v);
  if (bracket) {
    if (net.isIPv6(bracket[1]!) && validPort(bracket[2])) return bracket[2] ? `[${bracket[1]}]:${bracket[2]}` : bracket[1]!;
    return null;
  }
  if (net.isIPv6(v)) return v;
  const m = /^([0-9.]+)(?::(\d{1,5}))?$/.exec(v);
  if (m && net.isIPv4(m[1]!) && validPort(m[2])) return v;
  return null;
}

function validPort(p: string | undefined): boolean {
  return p === undefined || (Number(p) >= 1 && Number(p) <= 65535);
}

export function createResolver(opts: ResolverOptions = {}): DnsResolver {
  const timeoutMs = opts.timeoutMs ?? 5000;
  // c-ares: the timeout is per try (doubling), so two tries of a third each stay within the deadline.
  const resolver = new Resolver({ timeout: Math.max(100, Math.floor(timeoutMs / 3)), tries: 2 });
  const server = opts.server ? parseDnsServer(opts.server) : null;
  if (opts.server && !server) throw new Error(`not a DNS server address: ${opts.server}`);
  if (server) resolver.setServers([server]);
  const where = server ?? 'the system resolver';

  /** Races the query against the deadline; node's error codes kept (mailauth reads them). */
  const query = <T>(name: string, type: string, run: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const err = Object.assign(new Error(`DNS ${type} ${name}: no answer from ${where} within ${timeoutMs} ms`), { code: 'ETIMEOUT' });
        reject(err);
      }, timeoutMs);
      run().then(
        (v) => { clearTimeout(timer); resolve(v); },
        (e) => { clearTimeout(timer); reject(e); },
      );
    });

  const raw: RawResolve = async (name, rrtype) => {
    const answer = (await query(name, rrtype, () => resolver.resolve(name, rrtype) as Promise<unknown[]>)) ?? [];
    return Array.isArray(answer) ? answer.slice(0, MAX_RECORDS) : [];
  };

  /** Empty for "nothing there", DnsError for "could not look". */
  const list = async <T>(name: string, type: string, run: () => Promise<T[]>): Promise<T[]> => {
    try {
      return (await query(name, type, run)).slice(0, MAX_RECORDS);
    } catch (err) {
      const code = String((err as NodeJS.ErrnoException).code ?? 'EDNS');
      if (EMPTY.has(code)) return [];
      if (code === 'EBADNAME' || code === 'EBADQUERY') throw new DnsError(code, `${type} ${name}`, false, `DNS ${type} ${name}: not a name that can be looked up`);
      throw new DnsError(code, `${type} ${name}`, true, `DNS ${type} ${name}: ${describe(code)} (${where})`);
    }
  };

  const api: DnsResolver = {
    server,
    mx: (name) => list(name, 'MX', () => resolver.resolveMx(name)),
    txt: async (name) => (await list(name, 'TXT', () => resolver.resolveTxt(name))).map((chunks) => chunks.join('').slice(0, MAX_TXT_CHARS)),
    srv: (name) => list(name, 'SRV', () => resolver.resolveSrv(name)),
    a: (name) => list(name, 'A', () => resolver.resolve4(name)),
    aaaa: (name) => list(name, 'AAAA', () => resolver.resolve6(name)),
    addresses: async (name) => {
      const [v4, v6] = await Promise.allSettled([api.a(name), api.aaaa(name)]);
      if (v4.status === 'rejected' && v6.status === 'rejected') throw v4.reason;
      if (v4.status === 'rejected' && v6.status === 'fulfilled' && v6.value.length === 0) throw v4.reason;
      return [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
    },
    ptr: (ip) => list(`${ip}`, 'PTR', () => resolver.reverse(ip)),
    raw,
  };
  return api;
}

function describe(code: string): string {
  switch (code) {
    case 'ETIMEOUT': return 'no answer in time';
    case 'ECONNREFUSED': return 'the DNS server refused the connection';
    case 'EREFUSED': return 'the DNS server refused the query';
    case 'ESERVFAIL': return 'the DNS server failed (SERVFAIL)';
    default: return `lookup failed (${code})`;
  }
}
