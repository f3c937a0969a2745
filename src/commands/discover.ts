/**
 * `addr discover EMAIL`: finds the submission server of any address and says where each value came from.
 * Exit 0 found, 1 nothing found, 75 DNS could not be read (see README "Exit codes").
 */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { ExitCode } from '../errors.js';
import { runDiscovery } from './discovery-run.js';

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
