/**
 * `addr check EMAIL|--all`: the DNS pre-flight of sender addresses (SPF, DKIM, DMARC, MX, and PTR for self-hosted
 * servers), each problem with the record to publish. Also run by add and edit after a passing live test
 * (`preflightAfterTest`): warnings there never block saving unless --strict.
 *
 * Exit: 0 nothing to fix, 1 warnings, 2 errors (with --strict warnings too), 75 DNS could not be read (see README).
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { CliKit } from '../cli/kit.js';
import { dnsServerOption, dnsSettings, repeatable, wholeNumber, type DnsFlags } from '../cli/options.js';
import { validateEmail, type AddressDraft } from '../core/address.js';
import type { DnsReport } from '../core/dnscheck.js';
import { UsageError } from '../errors.js';
import { checkReport } from './preflight-run.js';

export interface CheckFlags extends DnsFlags {
  all?: boolean;
  strict?: boolean;
  host?: string;
  preset?: string;
  dkimSelector?: string[];
  /** With --all: how many at once. */
  concurrency?: number;
}

export interface CheckOptions extends CheckFlags { address?: string }

export function register(program: Command, cli: CliKit): void {
  const cmd = dnsServerOption(program.command('check [email]')
    .description('DNS pre-flight of a sender address: SPF, DKIM, DMARC, MX (and PTR for self-hosted servers), each problem with the record to publish')
    .option('--all', 'check every saved address')
    .option('--strict', 'warnings count as errors (exit 2)')
    .option('--host <host>', 'the SMTP server, for an address that is not saved')
    .option('--preset <id>', 'the provider, for an address that is not saved (default: its server, else its MX)')
    .option('--dkim-selector <name>', 'check the DKIM key of this selector (repeatable; default: the provider\'s)', repeatable))
    .option('--concurrency <n>', 'with --all: how many at once (default 4)', wholeNumber('--concurrency', 1, 64))
    .addHelpText('after', `
Exit: 0 nothing to fix, 1 warnings, 2 errors (--strict: warnings too), 75 DNS could not be read.

Examples:
  $ addr check support@acme.ru
  $ addr check --all --json
  $ addr check noreply@acme.com --host mail.acme.com --dkim-selector s2024`);
  cli.action(cmd, (raw: CheckFlags, [address]: [string | undefined]) => {
    const o: CheckOptions = { address, all: raw.all, strict: raw.strict, host: raw.host, preset: raw.preset, dkimSelector: raw.dkimSelector, concurrency: raw.concurrency, dnsServer: raw.dnsServer };
    const settings = dnsSettings(o);
    if (o.concurrency !== undefined) settings.concurrency = o.concurrency;
    return { options: o, settings, run: (app) => checkCommand(app, o.address, o) };
  });
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
