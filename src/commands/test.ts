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
import { basicAuthWarning } from '../core/providers.js';
import type { CliKit } from '../cli/kit.js';
import {
  addressFlags, addressOptions, checkAuthFlags, probeOptions, timeoutFlagsGiven, timeoutOptions, timeoutSettings, tokenFlags, tokenFlagsGiven,
  tokenOptions, wholeNumber, type AddressFlags, type ProbeFlags, type TimeoutFlags, type TokenFlags,
} from '../cli/options.js';
import { ExitCode, UsageError } from '../errors.js';
import { reportFailure, reportPassDetails } from '../ui/live-test-report.js';
import { reportJson } from '../ui/probe-view.js';
import { promptFor } from '../ui/prompter.js';
import { table } from '../ui/style.js';
import { anyAddressFlag, collectDraft } from './address-input.js';
import { AUTH_METHOD_WORDS, type Credentials } from '../core/auth.js';
import { oauthFor } from './oauth-address.js';
import type { LiveTestResult } from './live-test.js';
import { runLiveTest } from './run-live-test.js';

export interface TestOptions extends AddressFlags, ProbeFlags, TimeoutFlags, TokenFlags {
  /** A saved address to test. */
  address?: string;
  all?: boolean;
  /** With --all: how many at once. */
  concurrency?: number;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = tokenOptions(timeoutOptions(probeOptions(addressOptions(program.command('test [address]')
    .description('live-test a saved address (records the result) or unsaved settings given as flags (writes nothing)')
    .addHelpText('after', `
A saved address's result is recorded (a failure takes it out of service for send and available; a temporary
one only after outOfServiceAfter in a row, default 3). With --rcpt, --send-to or a timeout flag the run is a
one-off: nothing is recorded. So is a run with a token handed over (--token-env, --token-stdin, --token-cmd): a
saved oauth2 address is otherwise tested with its stored sign-in (refreshed if due) or its saved token command.
A saved Microsoft address still on password auth gets a warning: Basic AUTH is being switched off.

Examples:
  $ addr test support@acme.ru                  # a saved address
  $ addr test --all --json                     # every saved address
  $ addr test --email a@acme.ru --host smtp.acme.ru --port 465 --password-env P   # unsaved settings
  $ addr test support@acme.ru --send-to me@acme.ru   # also send a real test message
  $ addr test relay@contoso.com --token-env SMTP_TOKEN     # an oauth2 address with a token for this run`))), 'the whole live test of one address'))
    .option('--all', 'test every saved address, several at a time')
    .option('--concurrency <n>', 'with --all: how many at once (default 4)', wholeNumber('--concurrency', 1, 64));
  cli.action(cmd, (raw: TestOptions & { user?: string }, [address]: [string | undefined]) => {
    const warnings: string[] = [];
    const o: TestOptions = {
      ...addressFlags(raw, 'test', warnings), ...tokenFlags(raw), address, all: raw.all, concurrency: raw.concurrency, rcpt: raw.rcpt, sendTo: raw.sendTo,
      connectTimeout: raw.connectTimeout, greetingTimeout: raw.greetingTimeout, commandTimeout: raw.commandTimeout, deadline: raw.deadline,
    };
    const auth = checkAuthFlags(o);
    if (auth !== undefined) o.auth = auth;
    const settings = timeoutSettings(o);
    if (o.concurrency !== undefined) settings.concurrency = o.concurrency;
    return { options: o, settings, warnings, run: (app) => testCommand(app, o) };
  });
}

export async function testCommand(app: App, flags: TestOptions): Promise<number> {
  const { address } = flags;
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;
  const tokens = tokenFlagsGiven(flags);
  const oneOff = [...(flags.rcpt !== undefined ? ['--rcpt'] : []), ...(flags.sendTo !== undefined ? ['--send-to'] : []), ...timeoutFlagsGiven(flags), ...tokens];
  if (flags.all) {
    if (address || anyAddressFlag(flags) || tokens.length) throw new UsageError('--all tests the saved addresses as they are; give no address, no settings and no token with it.');
    if (sendTo) throw new UsageError('--send-to cannot be combined with --all (it would send one message per address).');
    return testAll(app, rcpt, oneOff);
  }
  if (address !== undefined) {
    // --auth oauth2 (with a token flag) only says how the saved address logs in; any other setting is edit's business.
    const { auth, ...settings } = flags;
    if (anyAddressFlag(settings) || (auth !== undefined && auth !== 'oauth2')) throw new UsageError(`Settings flags change nothing on a saved address; to test new settings for ${address} use \`addr edit ${address}\` (it saves only if the test passes).`);
    return testSaved(app, validateEmail(address, 'address'), rcpt, sendTo, oneOff, flags);
  }
  const prompter = promptFor(app);
  if (!prompter && !anyAddressFlag(flags)) {
    throw new UsageError('Nothing to test: give a saved address (addr test support@example.com), --all, or the settings as flags (--email, --preset/--host, --password-stdin …).');
  }
  const draft = await collectDraft(app, flags, { prompter });
  const credentials = draft.authMethod === 'oauth2' ? (await oauthFor(app, draft, flags, { signIn: false })).credentials : undefined;
  const result = await runLiveTest(app, { draft, credentials, rcpt, sendTo, progress: !app.json });
  return finish(app, draft.email, result, 'Nothing was saved (addr test never saves; use addr add).', null);
}

async function draftOf(app: App, saved: SenderAddress): Promise<AddressDraft> {
  return { ...saved, password: saved.authMethod === 'password' && saved.hasPassword ? app.store().password(saved.email) : null };
}

/**
 * The credentials of a saved address: its password, its stored sign-in or token command, or the token flags of this
 * run. `lazy`: a sign-in that is missing fails this address's test (recorded; test --all goes on) instead of the command.
 */
async function credentialsOfSaved(app: App, saved: SenderAddress, draft: AddressDraft, tokens: TokenFlags, lazy: boolean): Promise<Credentials | undefined> {
  const given = tokenFlagsGiven(tokens);
  if (saved.authMethod !== 'oauth2') {
    if (given.length) throw new UsageError(`${saved.email} logs in with ${AUTH_METHOD_WORDS[saved.authMethod]}; ${given[0]} is for an OAuth2 address.`, `Switch it with \`addr edit ${saved.email} --auth oauth2\`.`);
    return undefined;
  }
  try {
    return (await oauthFor(app, draft, tokens, { signIn: false })).credentials;
  } catch (err) {
    // A sign-in that cannot give a token fails the test at AUTH with the sign-in's own remedy and exit code (the live
    // test reads them from the error), and is recorded; a bad flag stays a usage error.
    if (!lazy || err instanceof UsageError) throw err;
    return { method: 'oauth2', username: saved.username, token: async () => { throw err; } };
  }
}

/** Records the result of a saved address's own test; a one-off run (see oneOff) records nothing. */
function record(app: App, email: string, result: LiveTestResult, oneOff: string[]): boolean {
  if (oneOff.length) return false;
  app.store().recordTest(email, result.lastTest, { temporary: result.exitCode === ExitCode.TEMPFAIL });
  return true;
}

const notRecorded = (oneOff: string[]): string => `The result was not recorded: ${oneOff.join(', ')} made this run a one-off.`;

/** Addresses still on a password where the provider is switching it off: a warning on stderr (exit code unchanged). */
function warnBasicAuth(app: App, list: SenderAddress[]): string[] {
  const warnings = list.map((a) => basicAuthWarning(a)).filter((w): w is string => w !== null);
  if (!app.json) for (const w of warnings) app.err(app.errStyle.warn(`warning: ${w}`));
  return warnings;
}

async function testSaved(app: App, email: string, rcpt: string | null, sendTo: string | null, oneOff: string[], tokens: TokenFlags): Promise<number> {
  const saved = app.store().get(email);
  const draft = await draftOf(app, saved);
  const credentials = await credentialsOfSaved(app, saved, draft, tokens, true);
  const warnings = warnBasicAuth(app, [saved]);
  const result = await runLiveTest(app, { draft, credentials, rcpt, sendTo, progress: !app.json });
  const recorded = record(app, saved.email, result, oneOff);
  const tail = recorded ? 'The result was recorded; the saved settings are unchanged.' : `${notRecorded(oneOff)} The saved settings are unchanged.`;
  return finish(app, saved.email, result, tail, recorded, warnings);
}

function finish(app: App, email: string, result: LiveTestResult, failTail: string, recorded: boolean | null, warnings: string[] = []): number {
  const extra = { ...(recorded === null ? {} : { recorded }), ...(warnings.length ? { warnings } : {}) };
  if (!result.report.ok) {
    reportFailure(app, result, failTail, extra);
    return result.exitCode;
  }
  if (app.json) {
    app.out(JSON.stringify({ address: email, exitCode: 0, ...extra, test: reportJson(result.report, {}, app.debug) }, null, 2));
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
      const draft = await draftOf(app, saved);
      const result = await runLiveTest(app, { draft, credentials: await credentialsOfSaved(app, saved, draft, {}, true), rcpt, progress: false });
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
  const basic = list.map((a) => basicAuthWarning(a));
  const firstFailure = done.find((r) => !r.report.ok);
  if (app.json) {
    app.out(JSON.stringify(list.map((a, i) => ({ address: a.email, ok: done[i]!.report.ok, exitCode: done[i]!.exitCode, recorded: oneOff.length === 0, ...(basic[i] ? { warnings: [basic[i]] } : {}), test: reportJson(done[i]!.report, {}, app.debug) })), null, 2));
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
    for (const w of basic) if (w) app.err(app.errStyle.warn(`warning: ${w}`));
  }
  return firstFailure ? firstFailure.exitCode : 0;
}
