/**
 * `addr check EMAIL|--all`: the DNS pre-flight of sender addresses (SPF, DKIM, DMARC, MX, and PTR for self-hosted
 * servers), each problem with the record to publish. Also run by add and edit after a passing live test
 * (`preflightAfterTest`): warnings there never block saving unless --strict.
 *
 * Exit: 0 nothing to fix, 1 warnings, 2 errors (with --strict warnings too), 75 DNS could not be read (see README).
 */
import type { App } from '../app.js';
import { validateEmail, type AddressDraft } from '../core/address.js';
import type { DnsReport } from '../core/dnscheck.js';
import { UsageError } from '../errors.js';
import { resolverFor } from './discovery-run.js';

export interface CheckFlags {
  all?: boolean;
  strict?: boolean;
  host?: string;
  preset?: string;
  dkimSelector?: string[];
}

export async function checkReport(app: App, target: { email: string; preset?: string | null; host?: string | null; dkimSelectors?: string[] }, strict: boolean): Promise<DnsReport> {
  const [{ gatherDnsFacts }, { evaluateDns }] = await Promise.all([import('../dns/preflight.js'), import('../core/dnscheck.js')]);
  const facts = await gatherDnsFacts(target, await resolverFor(app));
  return evaluateDns(facts, { strict });
}

const WORST = [2, 75, 1, 0];

export async function checkCommand(app: App, address: string | undefined, flags: CheckFlags): Promise<number> {
  const strict = Boolean(flags.strict);
  const selectors = (flags.dkimSelector ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const s of selectors) if (!/^[A-Za-z0-9_-]{1,63}(\.[A-Za-z0-9_-]{1,63})*$/.test(s)) throw new UsageError(`--dkim-selector "${s}" is not a DKIM selector.`, 'A selector is a DNS label such as google, selector1 or mail.');
  let targets: Array<{ email: string; preset?: string | null; host?: string | null; dkimSelectors?: string[] }>;
  if (flags.all) {
    if (address) throw new UsageError('Give an address or --all, not both.');
    targets = app.store().list().map((a) => ({ email: a.email, preset: a.preset, host: a.host, dkimSelectors: selectors }));
  } else {
    if (!address) throw new UsageError('Which address? Give one (addr check support@acme.ru) or --all for every saved address.');
    const email = validateEmail(address, 'address');
    const saved = app.store().find(email);
    const { validateHost } = await import('../core/address.js');
    const { getPreset } = await import('../core/presets.js');
    targets = [{
      email,
      preset: flags.preset !== undefined ? getPreset(flags.preset).id : saved?.preset ?? null,
      host: flags.host !== undefined ? validateHost(flags.host) : saved?.host ?? null,
      dkimSelectors: selectors,
    }];
  }
  const reports: DnsReport[] = [];
  const limit = app.effective.settings.concurrency;
  for (let i = 0; i < targets.length; i += limit) reports.push(...await Promise.all(targets.slice(i, i + limit).map((t) => checkReport(app, t, strict))));
  const exitCode = WORST.find((c) => reports.some((r) => r.exitCode === c)) ?? 0;
  if (app.json) {
    app.out(JSON.stringify(flags.all ? reports : reports[0], null, 2));
  } else {
    const { reportText } = await import('../ui/check-view.js');
    app.out(reports.length ? reports.map((r) => reportText(r, app.style)).join('\n\n') : 'No saved addresses to check.');
  }
  return exitCode;
}

/**
 * The pre-flight at the success point of add and edit: findings on stderr (in --json, returned for the output).
 * `blocked` when --strict and something is not clean (errors, warnings, or DNS that could not be read): the caller
 * then saves nothing and exits with `exitCode`.
 */
export async function preflightAfterTest(app: App, draft: AddressDraft, strict: boolean | undefined): Promise<{ report: DnsReport | null; blocked: boolean; exitCode: number }> {
  let report: DnsReport;
  try {
    report = await checkReport(app, { email: draft.email, preset: draft.preset, host: draft.host }, Boolean(strict));
  } catch (err) {
    // The pre-flight advises; a failure of its own never costs the user a tested address (unless --strict).
    app.err(`warning: the DNS pre-flight could not run (${(err as Error).message}); run \`addr check ${draft.email}\` later.`);
    return { report: null, blocked: Boolean(strict), exitCode: 75 };
  }
  if (!app.json) {
    const { preflightText } = await import('../ui/check-view.js');
    app.err(preflightText(report, app.errStyle));
  }
  const blocked = Boolean(strict) && report.exitCode !== 0;
  if (blocked && !app.json) app.err(`  --strict: nothing was saved; fix the DNS records above, or add without --strict (exit ${report.exitCode}).`);
  return { report, blocked, exitCode: report.exitCode };
}

/** add/edit --strict refused to save: the JSON document (human mode has said it on stderr already). */
export async function reportStrictRefusal(app: App, test: import('../core/probe.js').ProbeReport, dns: { report: DnsReport | null; exitCode: number }): Promise<number> {
  if (app.json) {
    const { reportJson } = await import('../ui/probe-view.js');
    app.out(JSON.stringify({ saved: false, exitCode: dns.exitCode, test: reportJson(test, {}, app.debug), dns: dns.report }, null, 2));
  }
  return dns.exitCode;
}
