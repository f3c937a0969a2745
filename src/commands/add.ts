/**
 * `addr add`: gather the settings (flags, or the wizard on a terminal), run the live test,
 * and save only if it passed — one transaction, nothing written on failure.
 */
import type { App } from '../app.js';
import type { AddressDraft } from '../core/address.js';
import { validateEmail } from '../core/address.js';
import { DuplicateAddressError } from '../store/addresses.js';
import { addressJson } from '../ui/address-view.js';
import { failureBlock, reportJson, certificateLines } from '../ui/probe-view.js';
import { terminalPrompter, type Prompter } from '../ui/prompter.js';
import { collectDraft, type AddressFlags } from './address-input.js';
import { liveTest, type LiveTestResult } from './live-test.js';

export interface TestFlags {
  rcpt?: string;
  sendTo?: string;
}

export function promptFor(app: App): Prompter | null {
  return app.interactive && !app.json ? terminalPrompter((t) => app.out(t)) : null;
}

export async function addCommand(app: App, flags: AddressFlags & TestFlags): Promise<number> {
  const prompter = promptFor(app);
  if (flags.email !== undefined) refuseDuplicate(app, validateEmail(flags.email));
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;

  let draft = await collectDraft(app, flags, { prompter });
  for (;;) {
    refuseDuplicate(app, draft.email);
    const result = await liveTest(app, { draft, rcpt, sendTo, progress: !app.json });
    if (result.report.ok) return save(app, draft, result);
    reportFailure(app, result, 'Nothing was saved.');
    if (!prompter) return result.exitCode;
    const next = await prompter.select('What now?', [
      { name: 'Enter the password again', value: 'password' as const },
      { name: 'Change the settings', value: 'settings' as const },
      { name: 'Quit without saving', value: 'quit' as const },
    ], 'password');
    if (next === 'quit') return result.exitCode;
    if (next === 'password') {
      draft = { ...draft, password: await prompter.password('Password', { validate: (v) => (v === '' ? 'The password is empty.' : true) }) };
    } else {
      draft = await collectDraft(app, {}, { prompter, base: draft, askAll: true });
    }
  }
}

function refuseDuplicate(app: App, email: string): void {
  if (app.store().find(email)) throw new DuplicateAddressError(email);
}

function save(app: App, draft: AddressDraft, result: LiveTestResult): number {
  const saved = app.store({ create: true }).insert(draft, result.lastTest);
  if (app.json) {
    app.out(JSON.stringify({ saved: true, address: addressJson(saved), test: reportJson(result.report, {}, app.debug) }, null, 2));
  } else {
    if (result.report.certificate) app.err(certificateLines(result.report.certificate, app.now(), app.errStyle).join('\n'));
    if (result.report.sentMessageId) app.err(`  Test message sent to ${result.report.target.rcpt} (Message-ID ${result.report.sentMessageId}).`);
    app.out(app.style.ok(`✔ Saved ${saved.email}`) + ` (${saved.host}:${saved.port} ${saved.security}); the live test passed in ${result.report.totalMs} ms.`);
  }
  return 0;
}

/** The failed-test block (stderr), or the JSON report (stdout) with `saved: false`. */
export function reportFailure(app: App, result: LiveTestResult, tail: string): void {
  if (app.json) {
    app.out(JSON.stringify({ saved: false, exitCode: result.exitCode, test: reportJson(result.report, {}, app.debug) }, null, 2));
    return;
  }
  app.err(failureBlock(result.report, app.errStyle));
  app.err(`  ${tail}`);
}
