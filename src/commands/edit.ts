/**
 * `addr edit ADDR`: change settings with flags (or the wizard on a terminal, current values as
 * defaults). The change is saved only after the new settings pass the live test; a failed edit
 * leaves the old settings exactly as they were.
 */
import type { App } from '../app.js';
import { validateEmail, type AddressDraft } from '../core/address.js';
import { addressJson } from '../ui/address-view.js';
import { reportJson, certificateLines } from '../ui/probe-view.js';
import { anyAddressFlag, collectDraft, type AddressFlags } from './address-input.js';
import { liveTest } from './live-test.js';
import { promptFor, reportFailure, type TestFlags } from './add.js';
import { UsageError } from '../errors.js';
import { preflightAfterTest, reportStrictRefusal } from './check.js';

export async function editCommand(app: App, address: string, flags: AddressFlags & TestFlags): Promise<number> {
  const store = app.store();
  const saved = store.get(validateEmail(address, 'address'));
  const base: AddressDraft = { ...saved, password: saved.hasPassword ? store.password(saved.email) : null };
  store.checkKey(); // a key the save would refuse is refused before the live test
  const prompter = promptFor(app);
  const changing = anyAddressFlag(flags);
  if (!changing && !prompter) {
    throw new UsageError(`Nothing to change: give the new settings as flags (e.g. --port 587 --security starttls, --password-stdin), or run \`addr edit ${saved.email}\` on a terminal.`);
  }
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;
  const draft = await collectDraft(app, flags, { base, prompter, askAll: !changing });
  const result = await liveTest(app, { draft, rcpt, sendTo, progress: !app.json });
  if (!result.report.ok) {
    reportFailure(app, result, `Nothing was changed: ${saved.email} keeps its previous settings.`);
    return result.exitCode;
  }
  const dns = await preflightAfterTest(app, draft, flags.strict);
  if (dns.blocked) return reportStrictRefusal(app, result.report, dns);
  const updated = store.update(saved.email, draft, result.lastTest, saved.updatedAt);
  if (app.json) {
    app.out(JSON.stringify({ saved: true, address: addressJson(updated), test: reportJson(result.report, {}, app.debug), dns: dns.report }, null, 2));
  } else {
    if (result.report.certificate) app.err(certificateLines(result.report.certificate, app.now(), app.errStyle).join('\n'));
    app.out(app.style.ok(`✔ Updated ${updated.email}`) + ` (${updated.host}:${updated.port} ${updated.security}); the live test passed.`);
  }
  return 0;
}
