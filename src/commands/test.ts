/**
 * `addr test`: the live test on unsaved settings (flags or wizard; writes nothing), on one saved
 * address (records the result, never changes the settings), or on all of them with a bound on
 * concurrency. A run with one-off flags (--rcpt, --send-to, timeouts) is not the address's own test:
 * its result is not recorded.
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { AddressDraft, SenderAddress } from '../core/address.js';
import { validateEmail } from '../core/address.js';
import { STAGE_LABELS } from '../core/stages.js';
import type { CliKit } from '../cli/kit.js';
import {
  addressFlags, addressOptions, probeOptions, timeoutFlagsGiven, timeoutOptions, timeoutSettings, wholeNumber,
  type AddressFlags, type ProbeFlags, type TimeoutFlags,
} from '../cli/options.js';
import { ExitCode, UsageError } from '../errors.js';
import { reportFailure, reportPassDetails } from '../ui/live-test-report.js';
import { reportJson } from '../ui/probe-view.js';
import { promptFor } from '../ui/prompter.js';
import { table } from '../ui/style.js';
import { anyAddressFlag, collectDraft } from './address-input.js';
import type { LiveTestResult } from './live-test.js';
import { runLiveTest } from './run-live-test.js';

export interface TestOptions extends AddressFlags, ProbeFlags, TimeoutFlags {
  /** A saved address to test. */
  address?: string;
  all?: boolean;
  /** With --all: how many at once. */
  concurrency?: number;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = timeoutOptions(probeOptions(addressOptions(program.command('test [address]')
    .description('live-test a saved address (records the result) or unsaved settings given as flags (writes nothing)')
    .addHelpText('after', `
A saved address's result is recorded (a failure takes it out of service for send and available; a temporary
one only after outOfServiceAfter in a row, default 3). With --rcpt, --send-to or a timeout flag the run is a
one-off: nothing is recorded.

Examples:
  $ addr test support@acme.ru                  # a saved address
  $ addr test --all --json                     # every saved address
  $ addr test --email a@acme.ru --host smtp.acme.ru --port 465 --password-env P   # unsaved settings
  $ addr test support@acme.ru --send-to me@acme.ru   # also send a real test message`))), 'the whole live test of one address')
    .option('--all', 'test every saved address, several at a time')
    .option('--concurrency <n>', 'with --all: how many at once (default 4)', wholeNumber('--concurrency', 1, 64));
  cli.action(cmd, (raw: TestOptions & { user?: string }, [address]: [string | undefined]) => {
    const warnings: string[] = [];
    const o: TestOptions = {
      ...addressFlags(raw, 'test', warnings), address, all: raw.all, concurrency: raw.concurrency, rcpt: raw.rcpt, sendTo: raw.sendTo,
      connectTimeout: raw.connectTimeout, greetingTimeout: raw.greetingTimeout, commandTimeout: raw.commandTimeout, deadline: raw.deadline,
    };
    const settings = timeoutSettings(o);
    if (o.concurrency !== undefined) settings.concurrency = o.concurrency;
    return { options: o, settings, warnings, run: (app) => testCommand(app, o) };
  });
}

export async function testCommand(app: App, flags: TestOptions): Promise<number> {
  const { address } = flags;
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;
  const oneOff = [...(flags.rcpt !== undefined ? ['--rcpt'] : []), ...(flags.sendTo !== undefined ? ['--send-to'] : []), ...timeoutFlagsGiven(flags)];
  if (flags.all) {
    if (address || anyAddressFlag(flags)) throw new UsageError('--all tests the saved addresses as they are; give no address and no settings with it.');
    if (sendTo) throw new UsageError('--send-to cannot be combined with --all (it would send one message per address).');
    return testAll(app, rcpt, oneOff);
  }
  if (address !== undefined) {
    if (anyAddressFlag(flags)) throw new UsageError(`Settings flags change nothing on a saved address; to test new settings for ${address} use \`addr edit ${address}\` (it saves only if the test passes).`);
    return testSaved(app, validateEmail(address, 'address'), rcpt, sendTo, oneOff);
  }
  const prompter = promptFor(app);
  if (!prompter && !anyAddressFlag(flags)) {
    throw new UsageError('Nothing to test: give a saved address (addr test support@example.com), --all, or the settings as flags (--email, --preset/--host, --password-stdin …).');
  }
  const draft = await collectDraft(app, flags, { prompter });
  const result = await runLiveTest(app, { draft, rcpt, sendTo, progress: !app.json });
  return finish(app, draft.email, result, 'Nothing was saved (addr test never saves; use addr add).', null);
}

async function draftOf(app: App, saved: SenderAddress): Promise<AddressDraft> {
  return { ...saved, password: saved.hasPassword ? app.store().password(saved.email) : null };
}

/** Records the result of a saved address's own test; a one-off run (see oneOff) records nothing. */
function record(app: App, email: string, result: LiveTestResult, oneOff: string[]): boolean {
  if (oneOff.length) return false;
  app.store().recordTest(email, result.lastTest, { temporary: result.exitCode === ExitCode.TEMPFAIL });
  return true;
}

const notRecorded = (oneOff: string[]): string => `The result was not recorded: ${oneOff.join(', ')} made this run a one-off.`;

async function testSaved(app: App, email: string, rcpt: string | null, sendTo: string | null, oneOff: string[]): Promise<number> {
  const saved = app.store().get(email);
  const draft = await draftOf(app, saved);
  const result = await runLiveTest(app, { draft, rcpt, sendTo, progress: !app.json });
  const recorded = record(app, saved.email, result, oneOff);
  const tail = recorded ? 'The result was recorded; the saved settings are unchanged.' : `${notRecorded(oneOff)} The saved settings are unchanged.`;
  return finish(app, saved.email, result, tail, recorded);
}

function finish(app: App, email: string, result: LiveTestResult, failTail: string, recorded: boolean | null): number {
  if (!result.report.ok) {
    reportFailure(app, result, failTail, recorded === null ? {} : { recorded });
    return result.exitCode;
  }
  if (app.json) {
    app.out(JSON.stringify({ address: email, exitCode: 0, ...(recorded === null ? {} : { recorded }), test: reportJson(result.report, {}, app.debug) }, null, 2));
  } else {
    reportPassDetails(app, result.report);
    app.out(app.style.ok(`✔ ${email} passed the live test`) + ` in ${result.report.totalMs} ms.${recorded === false ? ' (Not recorded: a one-off run.)' : ''}`);
  }
  return 0;
}

async function testAll(app: App, rcpt: string | null, oneOff: string[]): Promise<number> {
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
      const result = await runLiveTest(app, { draft: await draftOf(app, saved), rcpt, progress: false });
      record(app, saved.email, result, oneOff);
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
    app.out(JSON.stringify(list.map((a, i) => ({ address: a.email, ok: done[i]!.report.ok, exitCode: done[i]!.exitCode, recorded: oneOff.length === 0, test: reportJson(done[i]!.report, {}, app.debug) })), null, 2));
  } else {
    const s = app.style;
    app.out(table(['ADDRESS', 'RESULT', 'STAGE', 'CATEGORY', 'TIME', 'SERVER SAID'], list.map((a, i) => {
      const r = done[i]!.report;
      const f = r.failure;
      return [a.email, r.ok ? s.ok('ok') : s.fail('FAILED'), f ? STAGE_LABELS[f.stage] : '', r.diagnosis?.category ?? '', `${r.totalMs} ms`, f?.reply?.split('\n').pop() ?? f?.message ?? ''];
    }), s));
    const failed = done.filter((r) => !r.report.ok).length;
    app.out(`${list.length - failed} passed, ${failed} failed.${failed ? ' See `addr test ADDRESS` for the cause and the remedy.' : ''}`);
    if (oneOff.length) app.err(notRecorded(oneOff));
  }
  return firstFailure ? firstFailure.exitCode : 0;
}
