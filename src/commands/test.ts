/**
 * `addr test`: the live test on unsaved settings (flags or wizard; writes nothing), on one saved
 * address (records the result, never changes the settings), or on all of them with a bound on
 * concurrency.
 */
import type { App } from '../app.js';
import type { AddressDraft, SenderAddress } from '../core/address.js';
import { validateEmail } from '../core/address.js';
import { UsageError } from '../errors.js';
import { reportJson, certificateLines } from '../ui/probe-view.js';
import { table } from '../ui/style.js';
import { STAGE_LABELS } from '../core/probe.js';
import { anyAddressFlag, collectDraft, type AddressFlags } from './address-input.js';
import { liveTest, type LiveTestResult } from './live-test.js';
import { promptFor, reportFailure, type TestFlags } from './add.js';

export async function testCommand(app: App, address: string | undefined, flags: AddressFlags & TestFlags & { all?: boolean }): Promise<number> {
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;
  if (flags.all) {
    if (address || anyAddressFlag(flags)) throw new UsageError('--all tests the saved addresses as they are; give no address and no settings with it.');
    if (sendTo) throw new UsageError('--send-to cannot be combined with --all (it would send one message per address).');
    return testAll(app, rcpt);
  }
  if (address !== undefined) {
    if (anyAddressFlag(flags)) throw new UsageError(`Settings flags change nothing on a saved address; to test new settings for ${address} use \`addr edit ${address}\` (it saves only if the test passes).`);
    return testSaved(app, validateEmail(address, 'address'), rcpt, sendTo);
  }
  const prompter = promptFor(app);
  if (!prompter && !anyAddressFlag(flags)) {
    throw new UsageError('Nothing to test: give a saved address (addr test support@example.com), --all, or the settings as flags (--email, --preset/--host, --password-stdin …).');
  }
  const draft = await collectDraft(app, flags, { prompter });
  const result = await liveTest(app, { draft, rcpt, sendTo, progress: !app.json });
  return finish(app, draft.email, result, 'Nothing was saved (addr test never saves; use addr add).');
}

async function draftOf(app: App, saved: SenderAddress): Promise<AddressDraft> {
  return { ...saved, password: saved.hasPassword ? app.store().password(saved.email) : null };
}

async function testSaved(app: App, email: string, rcpt: string | null, sendTo: string | null): Promise<number> {
  const store = app.store();
  const saved = store.get(email);
  const draft = await draftOf(app, saved);
  const result = await liveTest(app, { draft, rcpt, sendTo, progress: !app.json });
  store.recordTest(saved.email, result.lastTest);
  return finish(app, saved.email, result, 'The result was recorded; the saved settings are unchanged.');
}

function finish(app: App, email: string, result: LiveTestResult, failTail: string): number {
  if (!result.report.ok) {
    reportFailure(app, result, failTail);
    return result.exitCode;
  }
  if (app.json) {
    app.out(JSON.stringify({ address: email, exitCode: 0, test: reportJson(result.report, {}, app.debug) }, null, 2));
  } else {
    if (result.report.certificate) app.err(certificateLines(result.report.certificate, app.now(), app.errStyle).join('\n'));
    if (result.report.sentMessageId) app.err(`  Test message sent to ${result.report.target.rcpt} (Message-ID ${result.report.sentMessageId}).`);
    app.out(app.style.ok(`✔ ${email} passed the live test`) + ` in ${result.report.totalMs} ms.`);
  }
  return 0;
}

async function testAll(app: App, rcpt: string | null): Promise<number> {
  const store = app.store();
  const list = store.list();
  if (list.length === 0) {
    if (app.json) app.out('[]');
    else app.err('No address is saved yet; add one with `addr add`.');
    return 0;
  }
  const limit = app.effective.settings.concurrency;
  const results: (LiveTestResult | null)[] = new Array(list.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      const saved = list[i]!;
      const result = await liveTest(app, { draft: await draftOf(app, saved), rcpt, progress: false });
      store.recordTest(saved.email, result.lastTest);
      results[i] = result;
      if (!app.json) {
        const f = result.report.failure;
        app.err(result.report.ok ? `  ${app.errStyle.ok('✔')} ${saved.email}` : `  ${app.errStyle.fail('✖')} ${saved.email}: ${f ? STAGE_LABELS[f.stage] : ''} ${result.report.diagnosis?.category ?? ''}`);
      }
    }
  };
  if (!app.json) app.err(`Testing ${list.length} address${list.length === 1 ? '' : 'es'}, ${Math.min(limit, list.length)} at a time…`);
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));

  const done = results as LiveTestResult[];
  const firstFailure = done.find((r) => !r.report.ok);
  if (app.json) {
    app.out(JSON.stringify(list.map((a, i) => ({ address: a.email, ok: done[i]!.report.ok, exitCode: done[i]!.exitCode, test: reportJson(done[i]!.report, {}, app.debug) })), null, 2));
  } else {
    const s = app.style;
    app.out(table(['ADDRESS', 'RESULT', 'STAGE', 'CATEGORY', 'TIME', 'SERVER SAID'], list.map((a, i) => {
      const r = done[i]!.report;
      const f = r.failure;
      return [a.email, r.ok ? s.ok('ok') : s.fail('FAILED'), f ? STAGE_LABELS[f.stage] : '', r.diagnosis?.category ?? '', `${r.totalMs} ms`, f?.reply?.split('\n').pop() ?? f?.message ?? ''];
    }), s));
    const failed = done.filter((r) => !r.report.ok).length;
    app.out(`${list.length - failed} passed, ${failed} failed.${failed ? ' See `addr test ADDRESS` for the cause and the remedy.' : ''}`);
  }
  return firstFailure ? firstFailure.exitCode : 0;
}
