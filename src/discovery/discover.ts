/**
 * Discovery, the I/O: runs the steps of core/discovery.ts in their order against the network and returns a
 * DiscoveryResult. Known answers (pin, provider domain) need no network; then MX and SRV (one DNS round); then, when
 * those named nothing, autoconfig and probing side by side, autoconfig winning when both answer. The whole run ends
 * by the overall deadline, answered or not.
 */
import {
  AUTOCONFIG_MAX_BYTES, DEFAULT_PROBE_PORTS, fromAutoconfig, fromKnownDomain, fromMx, fromPin, fromProbes, fromSrv,
  mergeFindings, orderMx, parseAutoconfig, probeCandidates, triedByReason,
  type DiscoveryResult, type DiscoveryStep, type DomainPin, type FoundSettings, type MxAnswer, type ProbePort, type StepOutcome,
} from '../core/discovery.js';
import { domainForms } from '../core/address.js';
import { DnsError, type DnsResolver, type SrvRecord } from '../dns/resolver.js';
import { safeText } from '../core/untrusted.js';
import { fetchText } from './fetch.js';
import { probeOne } from './prober.js';

/** How long other probes may still answer after the first good one (default of `DiscoverOptions.probeGraceMs`). */
const PROBE_GRACE_MS = 500;

export interface DiscoveryPorts {
  /** Submission ports probed, with their security (default 465/ssl, 587/starttls). */
  probe: ProbePort[];
  /** Where autoconfig is fetched (443 and 80 but in test setups). */
  https: number;
  http: number;
}

export const DEFAULT_DISCOVERY_PORTS: DiscoveryPorts = { probe: DEFAULT_PROBE_PORTS, https: 443, http: 80 };
export const DEFAULT_DISCOVERY_DEADLINE_MS = 10_000;

export interface DiscoverOptions {
  resolver: DnsResolver;
  /** Company pins by domain (Unicode, lower case). */
  pins?: Record<string, DomainPin>;
  ports?: DiscoveryPorts;
  /** The whole discovery. */
  deadlineMs?: number;
  ehloName?: string;
  /** PEM CA for HTTPS and probes instead of the system store (in-process tests only). */
  ca?: string;
  /** How long the other probes may still answer once one has answered well (default 500 ms). */
  probeGraceMs?: number;
  /** Progress, one line per step as it ends (stderr in the CLI). */
  onStep?: (s: StepOutcome) => void;
  now?: () => number;
  random?: () => number;
}

export async function discover(email: string, opts: DiscoverOptions): Promise<DiscoveryResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const deadlineAt = started + (opts.deadlineMs ?? DEFAULT_DISCOVERY_DEADLINE_MS);
  const ports = opts.ports ?? DEFAULT_DISCOVERY_PORTS;
  const at = email.lastIndexOf('@');
  const forms = domainForms(email.slice(at + 1));
  if (!forms) throw new Error(`not an e-mail domain: ${email}`);
  const { unicode: domain, ascii } = forms;
  const steps: StepOutcome[] = [];
  const warnings: string[] = [];
  const byStep: Partial<Record<DiscoveryStep, FoundSettings[]>> = {};
  const step = (s: StepOutcome) => { steps.push(s); opts.onStep?.(s); };
  const skipRest = (after: DiscoveryStep) => {
    const order: DiscoveryStep[] = ['pin', 'provider', 'mx', 'srv', 'autoconfig', 'probe'];
    for (const s of order.slice(order.indexOf(after) + 1)) if (!steps.some((x) => x.step === s)) step({ step: s, status: 'skipped', detail: `not needed: found by ${after}` });
  };
  const result = (): DiscoveryResult => {
    const { found, alternatives } = mergeFindings(byStep);
    if (found && !found.trusted) warnings.push(`${found.host} was named by ${found.step === 'probe' ? 'probing' : found.step === 'srv' ? 'DNS (SRV)' : 'autoconfig'}, which addr cannot authenticate: the live test must pass, and you should recognise the server, before a password is trusted to it.`);
    return { email, domain, asciiDomain: ascii, found, alternatives, steps, warnings, ms: now() - started };
  };

  // 1. pin
  const pin = opts.pins?.[domain] ?? opts.pins?.[ascii];
  const pinned = pin ? fromPin(pin, email, domain) : null;
  if (pinned) {
    byStep.pin = [pinned];
    step({ step: 'pin', status: 'found', detail: pinned.source });
    skipRest('pin');
    return result();
  }
  step({ step: 'pin', status: 'nothing', detail: `no pin for ${domain} in the config file` });

  // 2. the provider's own domain
  const known = fromKnownDomain(email, domain);
  if (known) {
    byStep.provider = [known];
    step({ step: 'provider', status: 'found', detail: known.source });
    skipRest('provider');
    return result();
  }
  step({ step: 'provider', status: 'nothing', detail: `${domain} is no provider's own address domain` });

  // 3 + 4. MX and SRV in one round.
  const t0 = now();
  const [mxR, subsR, subR] = await Promise.allSettled([
    opts.resolver.mx(ascii),
    opts.resolver.srv(`_submissions._tcp.${ascii}`),
    opts.resolver.srv(`_submission._tcp.${ascii}`),
  ]);
  const dnsMs = now() - t0;
  const failed = (r: PromiseSettledResult<unknown>) => r.status === 'rejected';
  const why = (r: PromiseSettledResult<unknown>) => (r.status === 'rejected' ? safeText((r.reason as Error).message) : '');
  const mx: MxAnswer[] = mxR.status === 'fulfilled' ? mxR.value : [];
  if (failed(mxR)) {
    step({ step: 'mx', status: 'failed', detail: why(mxR), ms: dnsMs });
  } else {
    const viaMx = fromMx(mx, email, domain);
    const names = orderMx(mx).map((m) => m.exchange).slice(0, 5).join(', ');
    if (viaMx) {
      byStep.mx = [viaMx];
      step({ step: 'mx', status: 'found', detail: viaMx.source, ms: dnsMs });
    } else {
      step({ step: 'mx', status: 'nothing', detail: mx.length ? `MX of ${domain}: ${names} (no known provider)` : `${domain} has no MX records`, ms: dnsMs });
    }
  }
  const subs: SrvRecord[] = subsR.status === 'fulfilled' ? subsR.value : [];
  const sub: SrvRecord[] = subR.status === 'fulfilled' ? subR.value : [];
  const viaSrv = fromSrv(subs, sub, email, domain, opts.random);
  if (failed(subsR) && failed(subR)) step({ step: 'srv', status: 'failed', detail: why(subsR), ms: dnsMs });
  else if (viaSrv.length) step({ step: 'srv', status: byStep.mx ? 'skipped' : 'found', detail: byStep.mx ? `also found: ${viaSrv[0]!.source}` : viaSrv[0]!.source, ms: dnsMs });
  else step({ step: 'srv', status: 'nothing', detail: `no _submissions._tcp or _submission._tcp SRV records for ${domain}`, ms: dnsMs });
  if (viaSrv.length) byStep.srv = viaSrv;
  const dnsDown = [mxR, subsR, subR].every((r) => r.status === 'rejected' && (r.reason as DnsError).unreachable);
  if (dnsDown) {
    warnings.push(`DNS could not be read (${why(mxR)}): nothing more can be found; check the network or --dns-server.`);
    step({ step: 'autoconfig', status: 'skipped', detail: 'DNS could not be read' });
    step({ step: 'probe', status: 'skipped', detail: 'DNS could not be read' });
    return result();
  }
  if (byStep.mx || byStep.srv) {
    skipRest(byStep.mx ? 'mx' : 'srv');
    return result();
  }

  // 5 + 6. autoconfig and probing side by side; autoconfig wins when both answer.
  const abort = new AbortController();
  const probeAbort = new AbortController();
  const autoconfig = (async () => {
    const t = now();
    const urls = [
      `https://autoconfig.${ascii}${ports.https === 443 ? '' : `:${ports.https}`}/mail/config-v1.1.xml`,
      `https://${ascii}${ports.https === 443 ? '' : `:${ports.https}`}/.well-known/autoconfig/mail/config-v1.1.xml`,
      `http://autoconfig.${ascii}${ports.http === 80 ? '' : `:${ports.http}`}/mail/config-v1.1.xml`,
      `http://${ascii}${ports.http === 80 ? '' : `:${ports.http}`}/.well-known/autoconfig/mail/config-v1.1.xml`,
    ];
    const tried: Array<[string, string]> = [];
    for (const url of urls) {
      const plain = url.startsWith('http:');
      const left = deadlineAt - now();
      if (left <= 0) break;
      const r = await fetchText(url, { resolver: opts.resolver, timeoutMs: Math.min(left, 4000), maxBytes: AUTOCONFIG_MAX_BYTES, ca: opts.ca, signal: abort.signal });
      if (!r.ok) {
        tried.push([url, safeText(r.reason)]);
        if (!plain && !r.absent) warnings.push(`autoconfig ${url}: ${safeText(r.reason)}`);
        continue;
      }
      const doc = parseAutoconfig(r.text);
      const found = fromAutoconfig(doc, email, ascii, url, plain);
      if (found.length === 0) {
        tried.push([url, doc.problems.map(safeText).join('; ') || 'no usable SMTP server']);
        continue;
      }
      if (plain) warnings.push(`autoconfig was read over plain HTTP (${url}) after HTTPS gave nothing: anyone on the way could have changed it.`);
      return { found, outcome: { step: 'autoconfig' as const, status: 'found' as const, detail: `${url}: ${found[0]!.host}:${found[0]!.port} ${found[0]!.security}`, ms: now() - t } };
    }
    return { found: [] as FoundSettings[], outcome: { step: 'autoconfig' as const, status: 'nothing' as const, detail: tried.length ? triedByReason(tried) : 'the deadline passed', ms: now() - t } };
  })();
  const candidates = probeCandidates(ascii, mx, ports.probe);
  const probing = (async () => {
    const t = now();
    // Once a server answered as a submission server should (trusted TLS, AUTH offered), the others get a short grace
    // to answer too (a better-ranked one may), then are ended: a filtered port elsewhere need not cost the deadline.
    let grace: NodeJS.Timeout | undefined;
    const outcomes = await Promise.all(candidates.map((c) => probeOne(c, { resolver: opts.resolver, stepMs: 5000, deadlineAt, ehloName: opts.ehloName, ca: opts.ca, signal: probeAbort.signal, now })
      .then((o) => {
        if (o.ok && o.tlsTrusted && o.auth.length > 0) grace ??= setTimeout(() => probeAbort.abort(), opts.probeGraceMs ?? PROBE_GRACE_MS);
        return o;
      })));
    clearTimeout(grace);
    const found = fromProbes(outcomes, email, candidates);
    const summary = triedByReason(outcomes.map((o) => [`${o.host}:${o.port}`, o.ok ? 'answered' : safeText(o.detail)] as const));
    return { found, outcome: { step: 'probe' as const, status: found.length ? 'found' as const : 'nothing' as const, detail: found.length ? `${found[0]!.source}` : summary, ms: now() - t } };
  })();
  const ac = await autoconfig;
  if (ac.found.length) probeAbort.abort();
  const pr = await probing;
  abort.abort();
  step(ac.outcome);
  step(ac.found.length ? { step: 'probe', status: 'skipped', detail: 'not needed: found by autoconfig', ms: pr.outcome.ms } : pr.outcome);
  if (ac.found.length) byStep.autoconfig = ac.found;
  if (pr.found.length) byStep.probe = pr.found;
  return result();
}
