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
import { preflightAfterTest, reportStrictRefusal } from './check.js';
import type { DnsReport } from '../core/dnscheck.js';

export interface TestFlags {
  rcpt?: string;
  sendTo?: string;
  /** The DNS pre-flight after the live test must be clean, else nothing is saved. */
  strict?: boolean;
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
  app.store().checkKey(); // a key the save would refuse is refused before the live test
  for (;;) {
    refuseDuplicate(app, draft.email);
    const result = await liveTest(app, { draft, rcpt, sendTo, progress: !app.json });
    if (result.report.ok) {
      const dns = await preflightAfterTest(app, draft, flags.strict);
      if (dns.blocked) return reportStrictRefusal(app, result.report, dns);
      return save(app, draft, result, dns.report);
    }
    reportFailure(app, result, 'Nothing was saved.');
    if (!prompter) return result.exitCode;
    const changed = await retryChoice(prompter, draft, result, app);
    if (!changed) return result.exitCode;
    draft = changed;
  }
}

/** After a failed test in the wizard: what to change, with the likely fix offered first. */
async function retryChoice(p: Prompter, draft: AddressDraft, result: LiveTestResult, app: App): Promise<AddressDraft | null> {
  const category = result.report.diagnosis?.category;
  type Next = 'password' | 'settings' | 'ca' | 'insecure' | 'quit';
  const choices: { name: string; value: Next }[] = [];
  if (category === 'certificate_invalid') {
    choices.push({ name: 'Trust a CA or server certificate file (PEM)', value: 'ca' });
    choices.push({ name: 'Turn certificate verification off for this address (insecure)', value: 'insecure' });
  }
  choices.push({ name: 'Enter the password again', value: 'password' }, { name: 'Change the settings', value: 'settings' }, { name: 'Quit without saving', value: 'quit' });
  const auth = category === 'auth_failed' || category === 'app_password_required';
  const next = await p.select<Next>('What now?', choices, category === 'certificate_invalid' ? 'ca' : auth ? 'password' : 'settings');
  switch (next) {
    case 'quit':
      return null;
    case 'password':
      return { ...draft, password: await p.password('Password', { validate: (v) => (v === '' ? 'The password is empty.' : true) }) };
    case 'ca': {
      const file = await p.input('CA file (PEM)', { validate: (v) => (v.trim() === '' ? 'Give a file path.' : true) });
      return collectDraft(app, { ca: file.trim() }, { prompter: p, base: draft });
    }
    case 'insecure':
      return collectDraft(app, { insecure: true }, { prompter: p, base: draft });
    default:
      return collectDraft(app, {}, { prompter: p, base: draft, askAll: true });
  }
}

function refuseDuplicate(app: App, email: string): void {
  if (app.store().find(email)) throw new DuplicateAddressError(email);
}

function save(app: App, draft: AddressDraft, result: LiveTestResult, dns: DnsReport | null): number {
  const saved = app.store({ create: true }).insert(draft, result.lastTest);
  if (app.json) {
    app.out(JSON.stringify({ saved: true, address: addressJson(saved), test: reportJson(result.report, {}, app.debug), dns }, null, 2));
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
