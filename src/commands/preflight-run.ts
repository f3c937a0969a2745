/**
 * The DNS pre-flight as add and edit run it after a passing live test (`addr check` runs the same report): the
 * findings on stderr, and with --strict a refusal to save. Shared by the two commands, so it is not one of them.
 */
import type { App } from '../app.js';
import type { AddressDraft } from '../core/address.js';
import type { DnsReport } from '../core/dnscheck.js';
import type { ProbeReport } from '../core/probe.js';
import { resolverFor } from './discovery-run.js';

export async function checkReport(app: App, target: { email: string; preset?: string | null; host?: string | null; dkimSelectors?: string[] }, strict: boolean): Promise<DnsReport> {
  const [{ gatherDnsFacts }, { evaluateDns }] = await Promise.all([import('../dns/preflight.js'), import('../core/dnscheck.js')]);
  const facts = await gatherDnsFacts(target, await resolverFor(app));
  return evaluateDns(facts, { strict });
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
export async function reportStrictRefusal(app: App, test: ProbeReport, dns: { report: DnsReport | null; exitCode: number }): Promise<number> {
  if (app.json) {
    const { reportJson } = await import('../ui/probe-view.js');
    app.out(JSON.stringify({ saved: false, exitCode: dns.exitCode, test: reportJson(test, {}, app.debug), dns: dns.report }, null, 2));
  }
  return dns.exitCode;
}
