/**
 * The DNS pre-flight, the pure part: from what DNS said about a sender's domain (gathered by src/dns/preflight.ts,
 * SPF evaluated by mailauth) to findings, each with the exact record to publish and the receiver rule it serves.
 *
 * Receiver rules named here (as published by the providers):
 *   Gmail and Yahoo, since February 2024: every sender SPF or DKIM, valid forward and reverse DNS of the sending IP;
 *   above 5,000 messages a day SPF and DKIM, DMARC at least p=none, From aligned with SPF or DKIM.
 *   Outlook.com, since May 2025: above 5,000 a day SPF, DKIM and DMARC aligned, else 550 5.7.515.
 */
import { ExitCode } from '../errors.js';
import type { MxAnswer } from './discovery.js';
import { PROVIDERS, dkimRecordFor, type Provider, type ProviderId } from './providers.js';
import { safeText } from './untrusted.js';

export const CHECKS = ['spf', 'dkim', 'dmarc', 'mx', 'ptr'] as const;
export type CheckName = (typeof CHECKS)[number];

/** ok < info < warning < error; unreachable: DNS could not be read, the check is not done. */
export type Level = 'ok' | 'info' | 'warning' | 'error' | 'unreachable';

export interface DnsRecord {
  name: string;
  type: 'TXT' | 'CNAME' | 'MX' | 'PTR';
  value: string;
  /** Where or how: "at the owner of the address block", "Admin console → …". */
  note?: string;
}

export interface DnsFinding {
  check: CheckName;
  level: Level;
  /** One sentence. */
  message: string;
  /** The exact record that fixes it (or the record as it should read). */
  publish: DnsRecord | null;
  /** The receiver rule this serves, when one applies. */
  rule: string | null;
  /** What DNS holds now (untrusted text, made safe). */
  found: string[];
}

export interface DnsFail { error: string }

export interface SpfEvaluation {
  /** mailauth's result: pass, fail, softfail, neutral, none, permerror, temperror. */
  result: string;
  comment: string;
  lookups: number;
  limit: number;
  /** Domains whose SPF record the evaluation read (the include/redirect tree). */
  queried: string[];
}

export interface HostFacts {
  name: string;
  addresses: Array<{
    ip: string;
    /** SPF verdict of the domain for this address (mailauth). */
    spf: string;
    /** PTR names of the address; forward: each name's addresses. */
    ptr: string[] | DnsFail;
    forward: Record<string, string[]>;
  }>;
}

export interface DnsFacts {
  email: string;
  /** Unicode and ASCII forms of the sender's domain. */
  domain: string;
  asciiDomain: string;
  /** The provider of the sending server; custom = self-hosted. */
  provider: ProviderId;
  /** How the provider was told: "preset yandex of the saved address", "MX mx.yandex.net". */
  providerSource: string;
  /** The SMTP server (self-hosted checks). */
  host: string | null;
  /** The domain is the provider's own (gmail.com): its DNS is theirs. */
  consumerDomain: boolean;
  /** TXT records of the domain that start with v=spf1. */
  spfRecords: string[] | DnsFail;
  /** mailauth's evaluation for an address that no record authorises (walks the whole record). */
  spfWalk: SpfEvaluation | DnsFail | null;
  dkim: Array<{ selector: string; records: string[] | DnsFail }>;
  /** Selectors asked about came from the user (--dkim-selector) rather than the provider entry. */
  dkimSelectorsGiven: boolean;
  dmarc: { record: string | null; tags: Record<string, string>; orgRecord: boolean } | DnsFail;
  mx: MxAnswer[] | DnsFail;
  /** Self-hosted only. */
  server: HostFacts | DnsFail | null;
}

export interface DnsReport {
  email: string;
  domain: string;
  asciiDomain: string;
  provider: { id: ProviderId; label: string; source: string };
  host: string | null;
  findings: DnsFinding[];
  /** The worst level found. */
  level: Level;
  exitCode: number;
}

export const RULES = {
  spfOrDkim: 'Gmail and Yahoo (since February 2024) require SPF or DKIM from every sender.',
  bulk: 'Gmail, Yahoo and Outlook.com require SPF, DKIM and DMARC (at least p=none, aligned with the From domain) from senders of more than 5,000 messages a day; Outlook.com refuses with 550 5.7.515.',
  reverse: 'Gmail and Yahoo require valid forward and reverse DNS (a PTR that resolves back) for the sending IP address; Gmail refuses with 550 5.7.25.',
} as const;

const isFail = (x: unknown): x is DnsFail => typeof x === 'object' && x !== null && 'error' in x && !Array.isArray(x);
const txt = (value: string) => `"${value}"`;
const ALL_RE = /^[-~?+]?all$/i;

/** An SPF record with one more mechanism, before its `all` (or redirect=), the rest unchanged. */
export function withMechanism(record: string, mechanism: string): string {
  const terms = record.trim().split(/\s+/);
  const at = terms.findIndex((t, i) => i > 0 && (ALL_RE.test(t) || /^redirect=/i.test(t)));
  if (at < 0) terms.push(mechanism);
  else terms.splice(at, 0, mechanism);
  return terms.join(' ');
}

/**
 * Two or more SPF records made into one: every mechanism once (records taken in sorted order, as DNS gives them in
 * any), then their common `all`, or ~all when they disagree.
 */
export function mergeSpf(records: string[]): string {
  const terms: string[] = [];
  const alls = new Set<string>();
  for (const r of [...records].sort()) {
    for (const t of r.trim().split(/\s+/).slice(1)) {
      if (ALL_RE.test(t)) { alls.add(t.toLowerCase().replace(/^\+/, '')); continue; }
      if (!terms.some((x) => x.toLowerCase() === t.toLowerCase())) terms.push(t);
    }
  }
  return ['v=spf1', ...terms, alls.size === 1 ? [...alls][0]! : '~all'].join(' ');
}

function finding(check: CheckName, level: Level, message: string, extra: Partial<Omit<DnsFinding, 'check' | 'level' | 'message'>> = {}): DnsFinding {
  return { check, level, message, publish: extra.publish ?? null, rule: extra.rule ?? null, found: (extra.found ?? []).map((f) => safeText(f)) };
}

const isPrivate = (ip: string) => /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|::1$|f[cd][0-9a-f]{2}:|fe80:)/i.test(ip);

/** The SPF mechanism that authorises this provider or server. */
function spfMechanism(p: Provider, facts: DnsFacts): string | null {
  if (p.spf?.includes.length) return `include:${p.spf.includes[0]}`;
  if (p.kind === 'custom' && facts.server && !isFail(facts.server)) {
    const ip = facts.server.addresses.find((a) => !isPrivate(a.ip))?.ip;
    if (ip) return ip.includes(':') ? `ip6:${ip}` : `ip4:${ip}`;
    // A private or loopback server: the address receivers see is the one the mail leaves from.
    return 'ip4:<the public address your server sends from>';
  }
  return null;
}

function checkSpf(facts: DnsFacts, p: Provider): { findings: DnsFinding[]; authorised: boolean } {
  const d = facts.asciiDomain;
  if (isFail(facts.spfRecords)) return { findings: [finding('spf', 'unreachable', `The SPF record of ${facts.domain} could not be read: ${facts.spfRecords.error}.`)], authorised: false };
  const records = facts.spfRecords;
  const mech = spfMechanism(p, facts);
  const who = p.kind === 'custom' ? (facts.host ?? 'your server') : p.label;
  const relay = p.kind === 'relay';
  if (records.length === 0) {
    return {
      findings: [finding('spf', relay ? 'info' : 'error', relay
        ? `${facts.domain} has no SPF record; ${p.label} sends with its own Return-Path domain, which carries SPF, so this matters only with a custom Return-Path (MAIL FROM) domain.`
        : `${facts.domain} has no SPF record: receivers cannot tell that ${who} may send for it.`, {
        publish: mech ? { name: d, type: 'TXT', value: txt(`v=spf1 ${mech} ~all`) } : null,
        rule: relay ? null : RULES.spfOrDkim,
      })],
      authorised: false,
    };
  }
  if (records.length > 1) {
    return {
      findings: [finding('spf', 'error', `${facts.domain} has ${records.length} SPF records; receivers treat more than one as a permanent error (RFC 7208 §3.2), so SPF fails for every message.`, {
        publish: { name: d, type: 'TXT', value: txt(mergeSpf(records)), note: 'publish this one record and delete the others' },
        rule: RULES.spfOrDkim,
        found: records,
      })],
      authorised: false,
    };
  }
  const record = records[0]!;
  const out: DnsFinding[] = [];
  const walk = facts.spfWalk;
  if (walk && isFail(walk)) {
    out.push(finding('spf', 'unreachable', `The SPF record of ${facts.domain} could not be evaluated: ${walk.error}.`, { found: [record] }));
    return { findings: out, authorised: false };
  }
  if (walk && walk.result === 'permerror') {
    const tooMany = /too many dns/i.test(walk.comment);
    const minimal = mech ? `v=spf1 ${mech} ~all` : null;
    out.push(finding('spf', 'error', tooMany
      ? `The SPF record of ${facts.domain} needs more than ${walk.limit} DNS lookups (include, a, mx, ptr, exists, redirect count; RFC 7208 §4.6.4): receivers stop with a permanent error, and SPF fails.`
      : `The SPF record of ${facts.domain} is broken: ${safeText(walk.comment.replace(/^[^:]*: /, ''))}.`, {
      publish: minimal ? { name: d, type: 'TXT', value: txt(minimal), note: tooMany ? 'remove the includes of services you no longer use, or replace them by their ip4/ip6 ranges' : undefined } : null,
      rule: RULES.spfOrDkim,
      found: [record],
    }));
    return { findings: out, authorised: false };
  }
  const lookups = walk ? ` (${walk.lookups} of ${walk.limit} DNS lookups)` : '';
  // Is the provider or the server authorised?
  let authorised = true;
  if (p.spf?.includes.length) {
    const queried = (walk?.queried ?? []).map((q) => q.toLowerCase().replace(/\.$/, ''));
    authorised = p.spf.includes.some((inc) => queried.includes(inc.toLowerCase()));
    if (!authorised) {
      out.push(finding('spf', p.spf.required ? 'error' : 'info', p.spf.required
        ? `The SPF record of ${facts.domain} does not authorise ${p.label} (include:${p.spf.includes[0]}): its servers' mail fails SPF.`
        : `The SPF record of ${facts.domain} does not include ${p.label} (include:${p.spf.includes[0]}); needed only with a custom Return-Path (MAIL FROM) domain.`, {
        publish: { name: d, type: 'TXT', value: txt(withMechanism(record, `include:${p.spf.includes[0]}`)) },
        rule: p.spf.required ? RULES.spfOrDkim : null,
        found: [record],
      }));
    }
  } else if (p.kind === 'custom' && facts.server && !isFail(facts.server)) {
    const bad = facts.server.addresses.filter((a) => a.spf !== 'pass' && !isPrivate(a.ip));
    authorised = bad.length === 0;
    for (const a of bad) {
      out.push(finding('spf', 'error', `The SPF record of ${facts.domain} does not authorise ${facts.server.name} (${a.ip}): SPF says "${a.spf}" for mail from it (if the server sends from another address, authorise that one).`, {
        publish: { name: d, type: 'TXT', value: txt(withMechanism(record, a.ip.includes(':') ? `ip6:${a.ip}` : `ip4:${a.ip}`)) },
        rule: RULES.spfOrDkim,
        found: [record],
      }));
    }
  }
  if (/(^|\s)\+?all(\s|$)/i.test(record) || /(^|\s)\?all(\s|$)/i.test(record)) {
    out.push(finding('spf', 'warning', `The SPF record of ${facts.domain} ends in "${/\?all/i.test(record) ? '?all' : '+all'}", which authorises any server: it protects nothing.`, {
      publish: { name: d, type: 'TXT', value: txt(record.replace(/(^|\s)[+?]?all(\s|$)/i, '$1~all$2')) },
      found: [record],
    }));
  }
  if (authorised && !out.some((f) => f.level === 'error')) {
    out.unshift(finding('spf', 'ok', `SPF: one record${p.kind === 'custom' ? '' : `, authorises ${p.label}`}${lookups}.`, { found: [record] }));
  }
  return { findings: out, authorised };
}

function checkDkim(facts: DnsFacts, p: Provider): { findings: DnsFinding[]; signed: boolean | null } {
  const d = facts.asciiDomain;
  if (facts.dkim.length === 0) {
    const where = p.dkim?.where ? ` (${p.dkim.where})` : '';
    return {
      findings: [finding('dkim', 'info', p.kind === 'custom'
        ? `DKIM not checked: the selector of ${facts.domain}'s key is not known to addr; give --dkim-selector NAME to check it.`
        : `DKIM not checked: ${p.label} names the selector per account${where}; give --dkim-selector NAME to check it.`)],
      signed: null,
    };
  }
  const out: DnsFinding[] = [];
  let unreachable = false;
  const keyed: string[] = [];
  for (const s of facts.dkim) {
    if (isFail(s.records)) { unreachable = true; out.push(finding('dkim', 'unreachable', `The DKIM key ${s.selector}._domainkey.${facts.domain} could not be read: ${s.records.error}.`)); continue; }
    const key = s.records.find((r) => /(^|;)\s*p=/i.test(r));
    if (key && /(^|;)\s*p=\s*(;|$)/i.test(key)) out.push(finding('dkim', 'warning', `The DKIM key ${s.selector}._domainkey.${facts.domain} is revoked (empty p=).`, { found: s.records }));
    else if (key) keyed.push(s.selector);
  }
  if (keyed.length) {
    out.unshift(finding('dkim', 'ok', `DKIM: a key is published at ${keyed.map((s) => `${s}._domainkey.${facts.domain}`).join(', ')}.`));
    return { findings: out, signed: true };
  }
  if (unreachable) return { findings: out, signed: null };
  const selector = facts.dkim[0]!.selector;
  const record = facts.dkimSelectorsGiven ? null : dkimRecordFor(p, selector, d);
  out.push(finding('dkim', 'warning', `No DKIM key at ${facts.dkim.map((s) => `${s.selector}._domainkey.${facts.domain}`).join(' or ')}: mail from ${facts.domain} is not signed${p.kind === 'custom' ? '' : ` by ${p.label}`}, or the key is not published.`, {
    publish: record ? { ...record, value: record.type === 'TXT' ? txt(record.value) : record.value, note: p.dkim?.where } : { name: `${selector}._domainkey.${d}`, type: 'TXT', value: txt('v=DKIM1; k=rsa; p=<your public key>') },
    rule: RULES.bulk,
  }));
  return { findings: out, signed: false };
}

function checkDmarc(facts: DnsFacts, p: Provider, spfAligned: boolean, dkimSigned: boolean | null): DnsFinding[] {
  const d = facts.asciiDomain;
  if (isFail(facts.dmarc)) return [finding('dmarc', 'unreachable', `The DMARC record of ${facts.domain} could not be read: ${facts.dmarc.error}.`)];
  const dm = facts.dmarc;
  if (!dm.record) {
    return [finding('dmarc', 'warning', `${facts.domain} has no DMARC record: receivers have no policy for mail that fails, and bulk senders are refused.`, {
      publish: { name: `_dmarc.${d}`, type: 'TXT', value: txt(`v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}`), note: 'start with p=none and the reports; tighten to quarantine or reject once they are clean' },
      rule: RULES.bulk,
    })];
  }
  const out: DnsFinding[] = [];
  const policy = (dm.tags.p ?? '').toLowerCase();
  const where = dm.orgRecord ? ` (the organisational domain's record)` : '';
  const align = `SPF alignment ${dm.tags.aspf === 's' ? 'strict' : 'relaxed'}, DKIM alignment ${dm.tags.adkim === 's' ? 'strict' : 'relaxed'}`;
  if (!['none', 'quarantine', 'reject'].includes(policy)) {
    out.push(finding('dmarc', 'error', `The DMARC record of ${facts.domain}${where} has no valid policy (p=${safeText(policy) || 'missing'}): receivers ignore it.`, {
      publish: { name: `_dmarc.${d}`, type: 'TXT', value: txt(`v=DMARC1; p=none; rua=mailto:dmarc-reports@${d}`) },
      rule: RULES.bulk,
      found: [dm.record],
    }));
    return out;
  }
  // Which authenticated domain can align with the From domain (the sender's)?
  const spfCanAlign = spfAligned && p.kind !== 'relay';
  const dkimAligns = dkimSigned === true;
  if (!spfCanAlign && dkimSigned === false) {
    const why = p.kind === 'relay'
      ? `${p.label} sends with its own Return-Path, so SPF cannot align with ${facts.domain}, and no DKIM key of ${facts.domain} was found: set up domain authentication at ${p.label}`
      : `SPF does not authorise ${p.kind === 'custom' ? 'the server' : p.label} and no DKIM key was found`;
    out.push(finding('dmarc', policy === 'none' ? 'warning' : 'error', `Mail from ${facts.domain} will fail DMARC (p=${policy}${where}): ${why}.`, { rule: RULES.bulk, found: [dm.record] }));
  } else {
    out.push(finding('dmarc', policy === 'none' ? 'info' : 'ok', `DMARC: p=${policy}${where}, ${align}; ${spfCanAlign ? 'SPF' : ''}${spfCanAlign && dkimAligns ? ' and ' : ''}${dkimAligns ? 'DKIM' : ''}${spfCanAlign || dkimAligns ? ' can align with the From domain' : 'alignment depends on the DKIM key'}${policy === 'none' ? ' (monitoring only)' : ''}.`, { found: [dm.record] }));
  }
  return out;
}

function checkMx(facts: DnsFacts, p: Provider): DnsFinding[] {
  if (isFail(facts.mx)) return [finding('mx', 'unreachable', `The MX records of ${facts.domain} could not be read: ${facts.mx.error}.`)];
  const d = facts.asciiDomain;
  const mx = facts.mx;
  const target = p.kind === 'mailbox' && p.mx[0] && !p.mx[0].startsWith('*') ? p.mx[0] : p.kind === 'mailbox' && p.mx[0] ? null : `mail.${d}`;
  if (mx.length === 0) {
    return [finding('mx', 'warning', `${facts.domain} has no MX record: replies and bounces cannot reach it, and receivers that check the sender's domain refuse the mail.`, {
      publish: target ? { name: d, type: 'MX', value: `10 ${target}` } : null,
    })];
  }
  if (mx.every((m) => m.exchange === '' || m.exchange === '.')) {
    return [finding('mx', 'warning', `${facts.domain} declares that it receives no mail (null MX, RFC 7505): replies and bounces are lost, and some receivers refuse such senders.`, { found: ['0 .'] })];
  }
  const names = mx.map((m) => `${m.priority} ${m.exchange}`);
  if (p.kind === 'mailbox' && !facts.consumerDomain) {
    const ours = mx.some((m) => p.mx.some((pat) => (pat.startsWith('*.') ? m.exchange.toLowerCase().endsWith(pat.slice(1)) : m.exchange.toLowerCase().replace(/\.$/, '') === pat)));
    if (!ours) return [finding('mx', 'info', `The MX of ${facts.domain} (${mx[0]!.exchange}) is not ${p.label}'s: fine if its mail is received elsewhere; replies to this address go there.`, { found: names })];
  }
  return [finding('mx', 'ok', `MX: ${mx.slice(0, 3).map((m) => m.exchange).join(', ')}.`, { found: names })];
}

function checkPtr(facts: DnsFacts): DnsFinding[] {
  const s = facts.server;
  if (!s) return [];
  if (isFail(s)) return [finding('ptr', 'unreachable', `The addresses of ${facts.host} could not be read: ${s.error}.`)];
  if (s.addresses.length === 0) return [finding('ptr', 'warning', `${s.name} has no address in DNS, so its reverse DNS cannot be checked.`)];
  const out: DnsFinding[] = [];
  for (const a of s.addresses) {
    const arpa = reverseName(a.ip);
    if (isPrivate(a.ip)) {
      out.push(finding('ptr', 'info', `${s.name} is at ${a.ip}, a private address: receivers see the public address the mail leaves from; check its reverse DNS there.`));
      continue;
    }
    if (isFail(a.ptr)) { out.push(finding('ptr', 'unreachable', `The reverse DNS of ${a.ip} could not be read: ${a.ptr.error}.`)); continue; }
    if (a.ptr.length === 0) {
      out.push(finding('ptr', 'error', `${a.ip} (${s.name}) has no reverse DNS (PTR) record.`, {
        publish: { name: arpa, type: 'PTR', value: s.name, note: 'reverse zones belong to the owner of the address block: ask the hosting or network provider' },
        rule: RULES.reverse,
      }));
      continue;
    }
    const confirmed = a.ptr.filter((n) => (a.forward[n] ?? []).includes(a.ip));
    if (confirmed.length === 0) {
      out.push(finding('ptr', 'error', `The reverse DNS of ${a.ip} names ${a.ptr.join(', ')}, which does not resolve back to ${a.ip} (forward-confirmed reverse DNS fails).`, {
        publish: { name: arpa, type: 'PTR', value: s.name, note: `or give ${a.ptr[0]} an A record for ${a.ip}; reverse zones belong to the owner of the address block` },
        rule: RULES.reverse,
        found: a.ptr,
      }));
      continue;
    }
    out.push(finding('ptr', 'ok', `Reverse DNS: ${a.ip} → ${confirmed[0]} → ${a.ip}.`, { found: a.ptr }));
  }
  return out;
}

function reverseName(ip: string): string {
  if (!ip.includes(':')) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t].map((g) => g.padStart(4, '0'));
  return `${groups.join('').split('').reverse().join('.')}.ip6.arpa`;
}

const RANK: Record<Level, number> = { ok: 0, info: 1, warning: 2, unreachable: 3, error: 4 };

/**
 * Exit status of a check: 0 nothing to fix (ok/info), 1 warnings, 2 errors, 75 DNS could not be read for part of it
 * (and no error was found). With strict, warnings count as errors.
 */
export function exitCodeOf(findings: DnsFinding[], strict = false): number {
  const levels = new Set(findings.map((f) => f.level));
  if (levels.has('error') || (strict && levels.has('warning'))) return DNS_EXIT.ERRORS;
  if (levels.has('unreachable')) return ExitCode.TEMPFAIL;
  if (levels.has('warning')) return DNS_EXIT.WARNINGS;
  return ExitCode.OK;
}

/** The exit codes of `addr check` (and of add/edit --strict when the pre-flight finds problems). */
export const DNS_EXIT = { WARNINGS: 1, ERRORS: 2 } as const;

export function evaluateDns(facts: DnsFacts, opts: { strict?: boolean } = {}): DnsReport {
  const p = PROVIDERS[facts.provider];
  const base = { email: facts.email, domain: facts.domain, asciiDomain: facts.asciiDomain, provider: { id: p.id, label: p.label, source: facts.providerSource }, host: facts.host };
  let findings: DnsFinding[];
  if (facts.consumerDomain) {
    findings = [finding('spf', 'ok', `${facts.domain} is ${p.label}'s own domain: ${p.label} publishes its SPF, DKIM and DMARC records; nothing to publish.`)];
  } else {
    const spf = checkSpf(facts, p);
    const dkim = checkDkim(facts, p);
    findings = [...spf.findings, ...dkim.findings, ...checkDmarc(facts, p, spf.authorised, dkim.signed), ...checkMx(facts, p), ...(p.kind === 'custom' ? checkPtr(facts) : [])];
    // Gmail/Yahoo's rule for every sender: SPF or DKIM. Neither → the DKIM warning becomes an error too.
    if (!spf.authorised && dkim.signed === false && p.kind !== 'relay') {
      findings = findings.map((f) => (f.check === 'dkim' && f.level === 'warning' ? { ...f, level: 'error', rule: RULES.spfOrDkim } : f));
    }
  }
  const level = findings.reduce<Level>((w, f) => (RANK[f.level] > RANK[w] ? f.level : w), 'ok');
  return { ...base, findings, level, exitCode: exitCodeOf(findings, opts.strict) };
}
