/**
 * `addr discover EMAIL`: finds the submission server of any address and says where each value came from.
 * Exit 0 found, 1 nothing found, 75 DNS could not be read (see README "Exit codes").
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { CliKit } from '../cli/kit.js';
import { dnsServerOption, dnsSettings, type DnsFlags } from '../cli/options.js';
import { validateEmail } from '../core/address.js';
import { ExitCode } from '../errors.js';
import { runDiscovery } from './discovery-run.js';

export interface DiscoverOptions extends DnsFlags { email: string }

export function register(program: Command, cli: CliKit): void {
  const cmd = dnsServerOption(program.command('discover <email>')
    .description('find the submission server of any address (provider domain, MX, SRV, autoconfig, probing) and say where each value came from'))
    .addHelpText('after', `
Order: a pin in the config file (domains), the provider's own domain, MX records of known providers,
SRV _submissions._tcp / _submission._tcp (RFC 6186, 8314), autoconfig (HTTPS, then plain HTTP with a
warning), then probing smtp.DOMAIN, mail.DOMAIN and the MX host on 465/ssl and 587/starttls.
Exit: 0 found, 1 nothing found, 75 DNS could not be read.

Examples:
  $ addr discover support@acme.ru
  $ addr discover noreply@пример.рф --json`);
  cli.action(cmd, (raw: DnsFlags, [email]: [string]) => {
    const o: DiscoverOptions = { email, dnsServer: raw.dnsServer };
    return { options: o, settings: dnsSettings(o), run: (app) => discoverCommand(app, o.email) };
  });
}

export async function discoverCommand(app: App, address: string): Promise<number> {
  const email = validateEmail(address, 'email');
  const result = await runDiscovery(app, email, { progress: !app.json });
  const dnsDown = result.steps.some((s) => s.step === 'mx' && s.status === 'failed');
  const exitCode = result.found ? ExitCode.OK : dnsDown ? ExitCode.TEMPFAIL : ExitCode.FOUND;
  if (app.json) {
    const { addCommandFor } = await import('../ui/discovery-view.js');
    app.out(JSON.stringify({ ...result, exitCode, addCommand: result.found ? addCommandFor(email, result.found) : null }, null, 2));
  } else {
    const { discoveryText } = await import('../ui/discovery-view.js');
    app.out(discoveryText(result, app.style));
  }
  return exitCode;
}
