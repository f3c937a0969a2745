/**
 * `addr edit ADDR`: change settings with flags (or the wizard on a terminal, current values as
 * defaults). The change is saved only after the new settings pass the live test; a failed edit
 * leaves the old settings exactly as they were.
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateEmail, type AddressDraft } from '../core/address.js';
import { AUTH_METHOD_WORDS } from '../core/auth.js';
import type { CliKit } from '../cli/kit.js';
import {
  addressFlags, addressOptions, checkAuthFlags, dnsSettings, preflightOptions, probeOptions, signInFlags, signInFlagsGiven, signInOptions,
  timeoutOptions, timeoutSettings, tokenFlags, tokenFlagsGiven, tokenOptions,
  type AddressFlags, type PreflightFlags, type ProbeFlags, type SignInFlags, type TimeoutFlags, type TokenFlags,
} from '../cli/options.js';
import { UsageError } from '../errors.js';
import { addressJson } from '../ui/address-view.js';
import { reportFailure, reportPassDetails } from '../ui/live-test-report.js';
import { reportJson } from '../ui/probe-view.js';
import { promptFor } from '../ui/prompter.js';
import { anyAddressFlag, collectDraft } from './address-input.js';
import { runLiveTest } from './run-live-test.js';
import { oauthFor, saveWith } from './oauth-address.js';
import { grantStore } from './oauth-context.js';
import { preflightAfterTest, reportStrictRefusal } from './preflight-run.js';

export interface EditOptions extends AddressFlags, ProbeFlags, TimeoutFlags, PreflightFlags, TokenFlags, SignInFlags {
  address: string;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = signInOptions(tokenOptions(preflightOptions(timeoutOptions(probeOptions(addressOptions(program.command('edit <address>')
    .description('change an address; the change is saved only if the live test passes')
    .addHelpText('after', `
--auth oauth2 switches an address to OAuth2 (signing it in, or with a token flag); the stored password is removed
only when the live test passed, in the same transaction. --auth password (with a password flag) switches back and
forgets the sign-in the same way.

Examples:
  $ addr edit support@acme.ru                  # the wizard, current values as defaults (on a terminal)
  $ addr edit support@acme.ru --port 587 --security starttls
  $ printf '%s' "$NEW_APP_PASSWORD" | addr edit support@acme.ru --password-stdin
  $ addr edit support@contoso.com --auth oauth2  # off Basic AUTH: sign in, test, then drop the password`))), 'the whole live test'))));
  cli.action(cmd, (raw: EditOptions & { user?: string }, [address]: [string]) => {
    const warnings: string[] = [];
    const o: EditOptions = {
      ...addressFlags(raw, 'edit', warnings), ...tokenFlags(raw), ...signInFlags(raw), address, rcpt: raw.rcpt, sendTo: raw.sendTo,
      connectTimeout: raw.connectTimeout, greetingTimeout: raw.greetingTimeout, commandTimeout: raw.commandTimeout, deadline: raw.deadline,
      strict: raw.strict, dnsServer: raw.dnsServer,
    };
    const auth = checkAuthFlags(o);
    if (auth !== undefined) o.auth = auth;
    return { options: o, settings: { ...timeoutSettings(o), ...dnsSettings(o) }, warnings, run: (app) => editCommand(app, o) };
  });
}

export async function editCommand(app: App, flags: EditOptions): Promise<number> {
  const store = app.store();
  const saved = store.get(validateEmail(flags.address, 'address'));
  const base: AddressDraft = { ...saved, password: saved.authMethod === 'password' && saved.hasPassword ? store.password(saved.email) : null };
  store.checkKey(); // a key the save would refuse is refused before the live test
  const prompter = promptFor(app);
  const changing = anyAddressFlag(flags) || tokenFlagsGiven(flags).length > 0 || signInFlagsGiven(flags).length > 0;
  if (!changing && !prompter) {
    throw new UsageError(`Nothing to change: give the new settings as flags (e.g. --port 587 --security starttls, --password-stdin), or run \`addr edit ${saved.email}\` on a terminal.`);
  }
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;
  const draft = await collectDraft(app, flags, { base, prompter, askAll: !changing });
  const oauth = draft.authMethod === 'oauth2' ? await oauthFor(app, draft, flags, { signIn: true, renamedFrom: saved.email }) : null;
  for (const w of oauth?.warnings ?? []) app.err(app.errStyle.warn(`warning: ${w}`));
  const result = await runLiveTest(app, { draft, credentials: oauth?.credentials, rcpt, sendTo, progress: !app.json });
  if (!result.report.ok) {
    reportFailure(app, result, `Nothing was changed: ${saved.email} keeps its previous settings.`);
    return result.exitCode;
  }
  const dns = await preflightAfterTest(app, draft, flags.strict);
  if (dns.blocked) return reportStrictRefusal(app, result.report, dns);
  const grants = grantStore(app, { create: true });
  const at = app.now();
  // Settings, password and sign-in change together: a switch to OAuth2 drops the password, a switch away the sign-in.
  const updated = store.update(saved.email, draft, result.lastTest, saved.updatedAt, (id) => saveWith(grants, at, oauth, { id, email: draft.email, authMethod: draft.authMethod }, saved.email));
  const switched = saved.authMethod !== updated.authMethod ? `; now ${AUTH_METHOD_WORDS[updated.authMethod]} instead of ${AUTH_METHOD_WORDS[saved.authMethod]}${saved.authMethod === 'oauth2' ? ' (the sign-in was forgotten)' : saved.authMethod === 'password' ? ' (the password was removed)' : ''}` : '';
  const note = oauth?.note ?? null;
  if (app.json) {
    app.out(JSON.stringify({ saved: true, address: addressJson(updated), ...(note ? { note } : {}), test: reportJson(result.report, {}, app.debug), dns: dns.report }, null, 2));
  } else {
    reportPassDetails(app, result.report);
    app.out(app.style.ok(`✔ Updated ${updated.email}`) + ` (${updated.host}:${updated.port} ${updated.security}${switched}); the live test passed.`);
    if (note) app.err(note);
  }
  return 0;
}
