/**
 * Discovery of the submission server for any address, the pure part: what each step's answers mean, and which
 * answer wins. The steps run in this order, the first that finds something wins:
 *
 *   pin        the company's own answer in the config file (`domains`)
 *   provider   the domain is a known provider's own (gmail.com, yandex.ru…)
 *   mx         the domain's MX hosts belong to a known provider (mx.yandex.net → Yandex 360)
 *   srv        RFC 6186 / RFC 8314 SRV records (_submissions._tcp, then _submission._tcp)
 *   autoconfig Mozilla autoconfig XML (autoconfig.DOMAIN, then DOMAIN/.well-known; HTTPS first)
 *   probe      smtp.DOMAIN, mail.DOMAIN and the MX host on 465/ssl and 587/starttls
 *
 * The network (DNS, HTTP, SMTP probes) is in src/discovery/; here are only values. Everything from the network is
 * untrusted: names are validated, texts made safe, and what DNS or HTTP said is marked unconfirmed until the live test.
 */
import { validateHost, validatePort, type Security } from './address.js';
import {
  PROVIDERS, endpointFor, findProvider, loginFor, providerForDomain, providerForHost, providerForMx,
  type Provider, type ProviderId, type SmtpEndpoint,
} from './providers.js';
import { safeText } from './untrusted.js';

export const DISCOVERY_STEPS = ['pin', 'provider', 'mx', 'srv', 'autoconfig', 'probe'] as const;
export type DiscoveryStep = (typeof DISCOVERY_STEPS)[number];

export interface FoundSettings {
  step: DiscoveryStep;
  /** A provider id, or "custom" for a server no provider entry knows. */
  provider: ProviderId;
  label: string;
  host: string;
  port: number;
  security: Security;
  /** The login by the provider's or the autoconfig's convention; null: it must be asked (--login). */
  username: string | null;
  /** One line: where these settings came from. */
  source: string;
  /** Where each value came from. */
  from: { host: string; port: string; security: string; username: string };
  /**
   * true when the server comes from addr's own provider table or the company's pin; false when a DNS or HTTP
   * answer named it (such answers can be forged: the live test and the user confirm them).
   */
  trusted: boolean;
  warnings: string[];
}

export interface StepOutcome {
  step: DiscoveryStep;
  status: 'found' | 'nothing' | 'failed' | 'skipped';
  /** What was asked and what came back, one line, safe to print. */
  detail: string;
  ms?: number;
}

export interface DiscoveryResult {
  email: string;
  /** The domain in Unicode (as stored) and in ASCII (as looked up). */
  domain: string;
  asciiDomain: string;
  found: FoundSettings | null;
  /** Other usable answers, best first (other steps, other ports). */
  alternatives: FoundSettings[];
  steps: StepOutcome[];
  warnings: string[];
  ms: number;
}

/** What a company may pin in its config file for a domain (`domains: { acme.ru: {...} }`). */
export interface DomainPin {
  /** A preset id or alias (looked up with findProvider). */
  preset?: string;
  host?: string;
  port?: number;
  security?: Security;
  username?: string;
}

const SECURITY_WORDS: Record<Security, string> = { ssl: 'implicit TLS', starttls: 'STARTTLS', none: 'no encryption' };

function settingsFrom(
  step: DiscoveryStep, email: string, endpoint: Pick<SmtpEndpoint, 'host' | 'port' | 'security'>, source: string,
  opts: { provider?: Provider | null; username?: string | null; usernameFrom?: string; trusted: boolean; warnings?: string[] },
): FoundSettings {
  // A server found by DNS or autoconfig may still be a provider's (an SRV record pointing at smtp.yandex.ru).
  const provider = opts.provider ?? providerForHost(endpoint.host)?.provider ?? PROVIDERS.custom;
  const conventional = loginFor(provider, email);
  const username = opts.username !== undefined ? opts.username : conventional;
  return {
    step,
    provider: provider.id,
    label: provider.label,
    host: endpoint.host,
    port: endpoint.port,
    security: endpoint.security,
    username,
    source,
    from: {
      host: source,
      port: source,
      security: source,
      username: opts.usernameFrom ?? (username === null ? `not known: ${provider.login.kind === 'account' ? provider.login.what : 'give --login'}` : provider.login.kind === 'fixed' ? `${provider.label}'s convention` : 'the e-mail address'),
    },
    trusted: opts.trusted,
    warnings: opts.warnings ?? [],
  };
}

// ---- 1. pin ------------------------------------------------------------------------------------------------------

export function fromPin(pin: DomainPin, email: string, domain: string): FoundSettings | null {
  const provider = pin.preset ? findProvider(pin.preset) : null;
  if (pin.preset && !provider) return null; // refused earlier by pinProblems
  const base = provider ? endpointFor(provider, email) : null;
  const host = pin.host ?? base?.host;
  if (!host) return null;
  const security = pin.security ?? (pin.port === 465 ? 'ssl' : undefined) ?? base?.security ?? 'starttls';
  const port = pin.port ?? (pin.security || !base ? (security === 'ssl' ? 465 : 587) : base.port);
  const source = `pinned in the config file (domains: ${domain})`;
  return settingsFrom('pin', email, { host, port, security }, source, {
    provider: provider ?? undefined,
    username: pin.username ?? undefined,
    usernameFrom: pin.username ? source : undefined,
    trusted: true,
  });
}

// ---- 2. the provider's own domain ---------------------------------------------------------------------------------

export function fromKnownDomain(email: string, domain: string): FoundSettings | null {
  const p = providerForDomain(domain);
  if (!p) return null;
  const e = endpointFor(p, email);
  if (!e) return null;
  return settingsFrom('provider', email, e, `${domain} is a ${p.label} address domain`, { provider: p, trusted: true });
}

// ---- 3. MX → provider ---------------------------------------------------------------------------------------------

export interface MxAnswer { exchange: string; priority: number }

/** MX hosts by preference, without the null MX (RFC 7505) and names that are not host names. */
export function orderMx(records: MxAnswer[]): MxAnswer[] {
  return records
    .filter((r) => r.exchange !== '' && r.exchange !== '.' && isHostName(r.exchange))
    .map((r) => ({ exchange: r.exchange.toLowerCase().replace(/\.$/, ''), priority: r.priority }))
    .sort((a, b) => a.priority - b.priority || a.exchange.localeCompare(b.exchange));
}

export function fromMx(records: MxAnswer[], email: string, domain: string): FoundSettings | null {
  for (const mx of orderMx(records)) {
    const m = providerForMx(mx.exchange);
    if (!m) continue;
    const region = m.region ? `, region ${m.region}` : '';
    return settingsFrom('mx', email, m.endpoint, `MX of ${domain}: ${mx.exchange} → ${m.provider.label}${region}`, { provider: m.provider, trusted: true });
  }
  return null;
}

// ---- 4. SRV (RFC 6186, RFC 8314) ----------------------------------------------------------------------------------

export interface SrvAnswer { name: string; port: number; priority: number; weight: number }

/**
 * RFC 2782 order: lower priority first; within a priority, a weighted random pick (weight 0 last), with `random`
 * injected (0 ≤ r < 1). A target of "." means the service is not offered (RFC 2782): no record then.
 */
export function orderSrv(records: SrvAnswer[], random: () => number = () => 0): SrvAnswer[] {
  const usable = records.filter((r) => r.name !== '' && r.name !== '.' && isHostName(r.name) && r.port >= 1 && r.port <= 65535);
  const priorities = [...new Set(usable.map((r) => r.priority))].sort((a, b) => a - b);
  const out: SrvAnswer[] = [];
  for (const prio of priorities) {
    const pool = usable.filter((r) => r.priority === prio).sort((a, b) => a.weight - b.weight);
    while (pool.length) {
      const total = pool.reduce((s, r) => s + r.weight, 0);
      let pick = 0;
      if (total > 0) {
        const target = random() * total;
        let sum = 0;
        pick = pool.findIndex((r) => (sum += r.weight) > target);
        if (pick < 0) pick = pool.length - 1;
      } else {
        pick = 0;
      }
      out.push(pool.splice(pick, 1)[0]!);
    }
  }
  return out;
}

/**
 * Both services: _submissions (implicit TLS, RFC 8314, preferred) before _submission (STARTTLS, RFC 6186).
 * Returns every usable record as settings, best first.
 */
export function fromSrv(submissions: SrvAnswer[], submission: SrvAnswer[], email: string, domain: string, random?: () => number): FoundSettings[] {
  const out: FoundSettings[] = [];
  for (const [records, service, security] of [[submissions, '_submissions', 'ssl'], [submission, '_submission', 'starttls']] as const) {
    for (const r of orderSrv(records, random)) {
      const host = r.name.toLowerCase().replace(/\.$/, '');
      out.push(settingsFrom('srv', email, { host, port: r.port, security }, `SRV ${service}._tcp.${domain} → ${host}:${r.port} (${SECURITY_WORDS[security]})`, { trusted: false }));
    }
  }
  return out;
}

// ---- 5. autoconfig XML ---------------------------------------------------------------------------------------------

export interface AutoconfigServer {
  hostname: string;
  port: number;
  security: Security;
  /** The username template as given, e.g. %EMAILADDRESS%. */
  username: string | null;
  authentication: string[];
}

export interface AutoconfigOAuth2 { issuer: string | null; scope: string | null; authURL: string | null; tokenURL: string | null }

export interface ParsedAutoconfig {
  servers: AutoconfigServer[];
  oauth2: AutoconfigOAuth2 | null;
  /** What was wrong with the document, safe to print. */
  problems: string[];
}

/** The largest autoconfig document read; larger ones are refused (the adapter stops reading there). */
export const AUTOCONFIG_MAX_BYTES = 128 * 1024;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(raw: string): string {
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (m, e: string) => {
      if (e.startsWith('#x')) return safeChar(parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return safeChar(parseInt(e.slice(1), 10));
      return XML_ENTITIES[e] ?? m;
    })
    .trim();
}

function safeChar(code: number): string {
  return code > 0x1f && code <= 0x10ffff && code !== 0x7f ? String.fromCodePoint(code) : '';
}

/** The text of the first <tag>…</tag> inside `block`, or null. Linear: indexOf only. */
function child(block: string, tag: string): string | null {
  const open = block.indexOf(`<${tag}>`);
  if (open < 0) return null;
  const start = open + tag.length + 2;
  const end = block.indexOf(`</${tag}>`, start);
  if (end < 0 || end - start > 1024) return null;
  return xmlText(block.slice(start, end));
}

function children(block: string, tag: string, max = 10): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < max) {
    const open = block.indexOf(`<${tag}>`, from);
    if (open < 0) break;
    const start = open + tag.length + 2;
    const end = block.indexOf(`</${tag}>`, start);
    if (end < 0 || end - start > 1024) break;
    out.push(xmlText(block.slice(start, end)));
    from = end;
  }
  return out;
}

/** The blocks <tag attrs>…</tag>, with their attribute text; linear scan, at most `max`. */
function blocks(xml: string, tag: string, max = 20): Array<{ attrs: string; body: string }> {
  const out: Array<{ attrs: string; body: string }> = [];
  let from = 0;
  while (out.length < max) {
    const open = xml.indexOf(`<${tag}`, from);
    if (open < 0) break;
    const gt = xml.indexOf('>', open);
    if (gt < 0 || gt - open > 300) break;
    const attrs = xml.slice(open + tag.length + 1, gt);
    if (attrs !== '' && !/^\s/.test(attrs) && attrs !== '/') { from = gt; continue; } // <outgoingServerX>
    const close = xml.indexOf(`</${tag}>`, gt);
    if (close < 0) break;
    out.push({ attrs, body: xml.slice(gt + 1, close) });
    from = close;
  }
  return out;
}

/**
 * Reads the outgoing SMTP servers of a Mozilla autoconfig document (clientConfig 1.1), treating it as untrusted:
 * no DTD or entity declarations, only the predefined entities, host names and ports validated, at most 20 servers.
 */
export function parseAutoconfig(xml: string): ParsedAutoconfig {
  const problems: string[] = [];
  if (xml.length > AUTOCONFIG_MAX_BYTES) return { servers: [], oauth2: null, problems: [`the document is larger than ${AUTOCONFIG_MAX_BYTES} bytes`] };
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return { servers: [], oauth2: null, problems: ['the document declares a DTD or entities, which addr does not read'] };
  if (!xml.includes('<clientConfig')) return { servers: [], oauth2: null, problems: ['not a clientConfig document'] };
  const servers: AutoconfigServer[] = [];
  for (const b of blocks(xml, 'outgoingServer')) {
    const type = /\btype\s*=\s*["']([^"']{0,20})["']/.exec(b.attrs)?.[1];
    if (type !== 'smtp') continue;
    const hostname = child(b.body, 'hostname');
    const portText = child(b.body, 'port');
    const socket = (child(b.body, 'socketType') ?? '').toUpperCase();
    const security: Security | null = socket === 'SSL' || socket === 'TLS' ? 'ssl' : socket === 'STARTTLS' ? 'starttls' : socket === 'PLAIN' ? 'none' : null;
    if (!hostname || !portText || !security) { problems.push('an outgoingServer lacks hostname, port or socketType'); continue; }
    try {
      servers.push({
        hostname: hostname, // validated once the placeholders are filled in
        port: validatePort(portText),
        security,
        username: child(b.body, 'username'),
        authentication: children(b.body, 'authentication'),
      });
    } catch {
      problems.push(`an outgoingServer has the port "${safeText(portText.slice(0, 20))}"`);
    }
  }
  const o = blocks(xml, 'oAuth2', 1)[0];
  const oauth2 = o ? { issuer: child(o.body, 'issuer'), scope: child(o.body, 'scope'), authURL: child(o.body, 'authURL'), tokenURL: child(o.body, 'tokenURL') } : null;
  if (servers.length === 0 && problems.length === 0) problems.push('it names no SMTP server');
  return { servers, oauth2, problems };
}

/** %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% filled in (the placeholders of the autoconfig format). */
export function fillPlaceholders(template: string, email: string): string {
  const at = email.lastIndexOf('@');
  return template
    .replaceAll('%EMAILADDRESS%', email)
    .replaceAll('%EMAILLOCALPART%', email.slice(0, at))
    .replaceAll('%EMAILDOMAIN%', email.slice(at + 1));
}

export function fromAutoconfig(doc: ParsedAutoconfig, email: string, asciiDomain: string, url: string, plainHttp: boolean): FoundSettings[] {
  const out: FoundSettings[] = [];
  const warnings = plainHttp ? [`read over plain HTTP (${url}): anyone on the way could have changed it; check the server before trusting it`] : [];
  const asciiEmail = `${email.slice(0, email.lastIndexOf('@'))}@${asciiDomain}`;
  for (const s of doc.servers) {
    let host: string;
    try {
      host = validateHost(fillPlaceholders(s.hostname, asciiEmail));
    } catch {
      continue;
    }
    const w = [...warnings];
    if (s.security === 'none') w.push('the document offers this server without encryption: the password would travel in clear text');
    if (s.authentication.length > 0 && s.authentication.every((a) => /^OAuth2$/i.test(a))) w.push('the server takes OAuth2 only');
    const username = s.username ? fillPlaceholders(s.username, email) : null;
    const userOk = username !== null && username.length <= 256 && !/[\u0000-\u001f\u007f]/.test(username) && !/%[A-Z]+%/.test(username);
    out.push(settingsFrom('autoconfig', email, { host, port: s.port, security: s.security }, `autoconfig ${url}`, {
      username: s.username === null ? undefined : userOk ? username : null,
      usernameFrom: userOk ? `autoconfig ${url} (${safeText(s.username ?? '')})` : undefined,
      trusted: false,
      warnings: w,
    }));
  }
  // Encrypted servers first, in the document's order.
  return [...out.filter((f) => f.security !== 'none'), ...out.filter((f) => f.security === 'none')];
}

// ---- 6. probing ----------------------------------------------------------------------------------------------------

export interface ProbePort { port: number; security: Security }

export const DEFAULT_PROBE_PORTS: ProbePort[] = [{ port: 465, security: 'ssl' }, { port: 587, security: 'starttls' }];

export interface ProbeCandidate { host: string; port: number; security: Security }

/** smtp.DOMAIN, mail.DOMAIN and the most preferred MX host, each on every probe port. */
export function probeCandidates(asciiDomain: string, mx: MxAnswer[], ports: ProbePort[] = DEFAULT_PROBE_PORTS): ProbeCandidate[] {
  const hosts = [`smtp.${asciiDomain}`, `mail.${asciiDomain}`];
  const first = orderMx(mx)[0];
  if (first && !hosts.includes(first.exchange)) hosts.push(first.exchange);
  return hosts.flatMap((host) => ports.map((p) => ({ host, port: p.port, security: p.security })));
}

export interface ProbeOutcome extends ProbeCandidate {
  /** The server greeted (220) and answered EHLO; with starttls, the upgrade worked too. */
  ok: boolean;
  /** AUTH mechanisms offered (after TLS). */
  auth: string[];
  /** The certificate verified against the trust store. */
  tlsTrusted: boolean | null;
  /** Why not ok, or what the server said, one line, safe to print. */
  detail: string;
  ms: number;
}

/** The usable probe answers, best first: a trusted certificate, AUTH offered, then candidate order (smtp., mail., MX; ssl before starttls). */
export function fromProbes(outcomes: ProbeOutcome[], email: string, candidates: ProbeCandidate[]): FoundSettings[] {
  const index = (o: ProbeCandidate) => candidates.findIndex((c) => c.host === o.host && c.port === o.port && c.security === o.security);
  const usable = outcomes.filter((o) => o.ok).sort((a, b) =>
    Number(b.tlsTrusted === true) - Number(a.tlsTrusted === true) || Number(b.auth.length > 0) - Number(a.auth.length > 0) || index(a) - index(b));
  return usable.map((o) => {
    const warnings: string[] = [];
    if (o.tlsTrusted === false) warnings.push(`the certificate of ${o.host} is not trusted (${o.detail}); give --ca for a private CA`);
    if (o.auth.length === 0) warnings.push(`${o.host}:${o.port} offers no AUTH: it may be an MX (inbound) server rather than a submission server`);
    return settingsFrom('probe', email, o, `probed ${o.host}:${o.port} (${SECURITY_WORDS[o.security]}): ${o.detail}`, { trusted: false, warnings });
  });
}

// ---- the result -----------------------------------------------------------------------------------------------------

/**
 * The winner is the first step's first answer; the rest are alternatives. Duplicates (same host, port, security)
 * are kept once, at their best place.
 */
export function mergeFindings(byStep: Partial<Record<DiscoveryStep, FoundSettings[]>>): { found: FoundSettings | null; alternatives: FoundSettings[] } {
  const all: FoundSettings[] = [];
  const seen = new Set<string>();
  for (const step of DISCOVERY_STEPS) {
    for (const f of byStep[step] ?? []) {
      const key = `${f.host}:${f.port}:${f.security}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(f);
    }
  }
  return { found: all[0] ?? null, alternatives: all.slice(1) };
}

/** The pins whose preset is no provider's id or alias: "domains.acme.ru.preset "x"" for each. */
export function pinProblems(pins: Record<string, DomainPin>): string[] {
  return Object.entries(pins).filter(([, p]) => p.preset && !findProvider(p.preset)).map(([d, p]) => `domains.${d}.preset "${p.preset}"`);
}

function isHostName(name: string): boolean {
  try {
    validateHost(name.replace(/\.$/, ''));
    return true;
  } catch {
    return false;
  }
}

/**
 * What was tried and why each gave nothing, as one line with each reason said once, in the order first met:
 * "smtp.x.test:465, smtp.x.test:587: no such host; mail.x.test:587: connection refused".
 */
export function triedByReason(tried: ReadonlyArray<readonly [what: string, why: string]>): string {
  const groups = new Map<string, string[]>();
  for (const [what, why] of tried) {
    const g = groups.get(why);
    if (g) g.push(what);
    else groups.set(why, [what]);
  }
  return [...groups].map(([why, whats]) => `${whats.join(', ')}: ${why}`).join('; ');
}
