/**
 * The DNS pre-flight, the I/O: gathers what DNS says about a sender's domain and server (through the shared
 * resolver; SPF evaluated by mailauth, DMARC found by mailauth's lookup with its organisational-domain fallback) into
 * DnsFacts for core/dnscheck.ts. Every lookup has the resolver's deadline; the whole gathering has its own.
 */
import net from 'node:net';
import type { DnsFacts, DnsFail, HostFacts, SpfEvaluation } from '../core/dnscheck.js';
import { domainForms } from '../core/address.js';
import { fromMx } from '../core/discovery.js';
import { PROVIDERS, findProvider, providerForDomain, providerForHost, type ProviderId } from '../core/providers.js';
import { safeText } from '../core/untrusted.js';
import type { DnsResolver, RawResolve } from './resolver.js';

export interface PreflightInput {
  email: string;
  /** The saved address's preset (or --preset). */
  preset?: string | null;
  /** Its SMTP server (or --host). */
  host?: string | null;
  /** Selectors to check instead of the provider's (--dkim-selector). */
  dkimSelectors?: string[];
}

/** An address no SPF record should authorise (TEST-NET-1, RFC 5737): evaluating for it walks the whole record. */
export const SPF_WALK_IP = '192.0.2.1';

const fail = (err: unknown): DnsFail => ({ error: safeText((err as Error)?.message ?? String(err)) });

async function settle<T>(p: Promise<T>): Promise<T | DnsFail> {
  try {
    return await p;
  } catch (err) {
    return fail(err);
  }
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

async function spfOf(raw: RawResolve, asciiDomain: string, ip: string): Promise<{ result: string; comment: string; lookups: number; limit: number; queried: string[] }> {
  const { spf } = await import('mailauth/lib/spf/index.js');
  const queried: string[] = [];
  const recording = async (name: string, rrtype: string) => {
    if (rrtype === 'TXT') queried.push(name);
    return raw(name, rrtype) as Promise<string[][]>;
  };
  const r = await spf({ sender: `postmaster@${asciiDomain}`, ip, helo: asciiDomain, mta: 'addr', resolver: recording });
  return { result: r.status.result, comment: String(r.status.comment ?? ''), lookups: r.lookups?.count ?? 0, limit: r.lookups?.limit ?? 10, queried };
}

export async function gatherDnsFacts(input: PreflightInput, resolver: DnsResolver, opts: { deadlineMs?: number } = {}): Promise<DnsFacts> {
  const deadlineMs = opts.deadlineMs ?? 20_000;
  const at = input.email.lastIndexOf('@');
  const forms = domainForms(input.email.slice(at + 1));
  if (!forms) throw new Error(`not an e-mail domain: ${input.email}`);
  const { unicode: domain, ascii } = forms;
  const consumer = providerForDomain(domain);

  // The MX is needed anyway; it also tells the provider when nothing else does.
  const mx = await settle(resolver.mx(ascii));

  let provider: ProviderId;
  let providerSource: string;
  const preset = input.preset ? findProvider(input.preset) : null;
  const byHost = input.host ? providerForHost(input.host) : null;
  if (preset && preset.id !== 'custom') { provider = preset.id; providerSource = `preset ${preset.id}`; }
  else if (byHost) { provider = byHost.provider.id; providerSource = `server ${input.host}`; }
  else if (input.host) { provider = 'custom'; providerSource = `server ${input.host} (self-hosted)`; }
  else if (consumer) { provider = consumer.id; providerSource = `${domain} is ${consumer.label}'s domain`; }
  else {
    const viaMx = Array.isArray(mx) ? fromMx(mx, input.email, domain) : null;
    if (viaMx) { provider = viaMx.provider; providerSource = viaMx.source; }
    else { provider = 'custom'; providerSource = 'no known provider (give --host or --preset)'; }
  }
  const p = PROVIDERS[provider];
  const host = provider === 'custom' ? input.host ?? null : input.host ?? null;

  const txt = settle(resolver.txt(ascii));
  const selectors = input.dkimSelectors?.length ? input.dkimSelectors : consumer ? [] : p.dkim?.selectors ?? [];
  const dkim = Promise.all(selectors.map(async (selector) => ({ selector, records: await settle(resolver.txt(`${selector}._domainkey.${ascii}`)) })));
  const dmarc = settle((async () => {
    const { default: getDmarcRecord } = await import('mailauth/lib/dmarc/get-dmarc-record.js');
    const r = await getDmarcRecord(ascii, resolver.raw);
    if (!r) return { record: null, tags: {}, orgRecord: false };
    const tags: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) if (k !== 'rr' && k !== 'isOrgRecord' && k !== 'false') tags[k] = String(v);
    return { record: r.rr, tags, orgRecord: r.isOrgRecord };
  })());

  const spfRecords = txt.then((t) => (Array.isArray(t) ? t.filter((r) => /^v=spf1(\s|$)/i.test(r.trim())) : t));
  const spfWalk = spfRecords.then((records) =>
    Array.isArray(records) && records.length === 1 && !consumer
      ? settle(withDeadline(spfOf(resolver.raw, ascii, SPF_WALK_IP), deadlineMs, 'the SPF evaluation')) as Promise<SpfEvaluation | DnsFail>
      : null);

  const server: Promise<HostFacts | DnsFail | null> = provider === 'custom' && host
    ? settle(withDeadline((async (): Promise<HostFacts> => {
      const ips = net.isIP(host) ? [host] : (await resolver.addresses(host)).slice(0, 4);
      const addresses = await Promise.all(ips.map(async (ip) => {
        const ptr = await settle(resolver.ptr(ip));
        const forward: Record<string, string[]> = {};
        if (Array.isArray(ptr)) {
          for (const name of ptr.slice(0, 4)) forward[name] = await resolver.addresses(name).catch(() => []);
        }
        const spfFor = await settle(spfOf(resolver.raw, ascii, ip));
        return { ip, ptr: Array.isArray(ptr) ? ptr : ptr, forward, spf: 'error' in spfFor ? 'temperror' : spfFor.result };
      }));
      return { name: host, addresses };
    })(), deadlineMs, 'the server checks'))
    : Promise.resolve(null);

  const [records, walk, dkimFacts, dmarcFacts, serverFacts] = await Promise.all([spfRecords, spfWalk, dkim, dmarc, server]);
  return {
    email: input.email,
    domain,
    asciiDomain: ascii,
    provider,
    providerSource,
    host,
    consumerDomain: Boolean(consumer) && consumer!.id === provider,
    spfRecords: records,
    spfWalk: walk,
    dkim: dkimFacts,
    dkimSelectorsGiven: Boolean(input.dkimSelectors?.length),
    dmarc: dmarcFacts,
    mx,
    server: serverFacts,
  };
}
