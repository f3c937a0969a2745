/**
 * `addr add`: gather the settings (flags, or the wizard on a terminal), run the live test,
 * and save only if it passed — one transaction, nothing written on failure.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { AddressDraft } from '../core/address.js';
import { AUTH_METHOD_WORDS } from '../core/auth.js';
import { validateEmail } from '../core/address.js';
import { inferProvider, OAUTH_PROVIDERS } from '../core/oauth.js';
import type { CliKit } from '../cli/kit.js';
import {
  addressFlags, addressOptions, checkAuthFlags, dnsSettings, preflightOptions, probeOptions, signInFlags, signInOptions, timeoutOptions,
  timeoutSettings, tokenFlags, tokenOptions, type AddressFlags, type PreflightFlags, type ProbeFlags, type SignInFlags, type TimeoutFlags, type TokenFlags,
} from '../cli/options.js';
import { DuplicateAddressError } from '../store/addresses.js';
import { addressJson } from '../ui/address-view.js';
import { reportFailure, reportPassDetails } from '../ui/live-test-report.js';
import { reportJson } from '../ui/probe-view.js';
import { promptFor, type Prompter } from '../ui/prompter.js';
import { caFileProblem, collectDraft, expandHome, requiredGiven } from './address-input.js';
import type { LiveTestResult } from './live-test.js';
import { runLiveTest } from './run-live-test.js';
import { oauthFor, saveWith, type OAuthUse } from './oauth-address.js';
import { grantStore } from './oauth-context.js';
import { preflightAfterTest, reportStrictRefusal } from './preflight-run.js';
import type { DnsReport } from '../core/dnscheck.js';

export type AddOptions = AddressFlags & ProbeFlags & TimeoutFlags & PreflightFlags & TokenFlags & SignInFlags;

export function register(program: Command, cli: CliKit): void {
  const cmd = signInOptions(tokenOptions(preflightOptions(timeoutOptions(probeOptions(addressOptions(program.command('add')
    .description('add a sender address: wizard on a terminal, flags in scripts; saved only if the live test passes')
    .addHelpText('after', `
With --email, a password source (or --no-auth, or --auth oauth2) and a server (--preset, --host, or a known
domain) it asks nothing, even on a terminal; --no-input forbids questions altogether.

OAuth2 (--auth oauth2): without a token flag addr signs the address in (device code for Microsoft and Yandex, a
browser for Google; --flow client-credentials for Microsoft app-only), runs the live test with AUTH XOAUTH2 and
saves the address and its sign-in together. --token-cmd saves the command (never a token); --token-env and
--token-stdin are for this run only. A token or sign-in flag implies --auth oauth2.

Examples:
  $ addr add                                   # the wizard (on a terminal)
  $ pass show mail/support | addr add --email support@acme.ru --preset yandex --password-stdin
  $ addr add --email noreply@acme.ru --host smtp.acme.ru --port 587 --security starttls \\
             --ca /etc/ssl/acme-ca.pem --password-env SMTP_PASSWORD
  $ addr add --email support@contoso.com --preset microsoft --auth oauth2     # device-code sign-in, then the test
  $ addr add --email relay@acme.com --host smtp.acme.com --token-cmd "vault-token smtp"`))), 'the whole live test'))));
  cli.action(cmd, (raw: AddOptions & { user?: string }) => {
    const warnings: string[] = [];
    const o: AddOptions = {
      ...addressFlags(raw, 'add', warnings), ...tokenFlags(raw), ...signInFlags(raw), rcpt: raw.rcpt, sendTo: raw.sendTo,
      connectTimeout: raw.connectTimeout, greetingTimeout: raw.greetingTimeout, commandTimeout: raw.commandTimeout, deadline: raw.deadline, strict: raw.strict, dnsServer: raw.dnsServer,
    };
    const auth = checkAuthFlags(o);
    if (auth !== undefined) o.auth = auth;
    return { options: o, settings: { ...timeoutSettings(o), ...dnsSettings(o) }, warnings, run: (app) => addCommand(app, o) };
  });
}

export async function addCommand(app: App, flags: AddOptions): Promise<number> {
  const prompter = promptFor(app);
  // The recovery menu after a failed test belongs to the wizard; flags that give everything never ask.
  const wizard = prompter !== null && !requiredGiven(flags);
  if (flags.email !== undefined) refuseDuplicate(app, validateEmail(flags.email));
  const rcpt = flags.rcpt !== undefined ? validateEmail(flags.rcpt, 'rcpt') : null;
  const sendTo = flags.sendTo !== undefined ? validateEmail(flags.sendTo, 'send-to') : null;

  let draft = await collectDraft(app, flags, { prompter });
  app.store().checkKey(); // a key the save would refuse is refused before the live test
  for (;;) {
    refuseDuplicate(app, draft.email);
    const oauth = draft.authMethod === 'oauth2' ? await oauthFor(app, draft, flags, { signIn: true }) : null;
    for (const w of oauth?.warnings ?? []) app.err(app.errStyle.warn(`warning: ${w}`));
    const result = await runLiveTest(app, { draft, credentials: oauth?.credentials, rcpt, sendTo, progress: !app.json });
    if (result.report.ok) {
      const dns = await preflightAfterTest(app, draft, flags.strict);
      if (dns.blocked) return reportStrictRefusal(app, result.report, dns);
      return save(app, draft, result, dns.report, oauth);
    }
    reportFailure(app, result, 'Nothing was saved.');
    if (!wizard || !prompter) return result.exitCode;
    const changed = await retryChoice(prompter, draft, result, app);
    if (!changed) return result.exitCode;
    draft = changed;
  }
}

/** After a failed test in the wizard: what to change, with the likely fix offered first. */
async function retryChoice(p: Prompter, draft: AddressDraft, result: LiveTestResult, app: App): Promise<AddressDraft | null> {
  const category = result.report.diagnosis?.category;
  type Next = 'password' | 'oauth2' | 'settings' | 'ca' | 'insecure' | 'quit';
  const choices: { name: string; value: Next }[] = [];
  // A refused or impossible password login at a provider that signs in with OAuth2: offer the sign-in first.
  const oauthProvider = draft.authMethod === 'password' ? inferProvider({ email: draft.email, preset: draft.preset, host: draft.host }) : null;
  const offerOAuth = oauthProvider !== null && ['auth_failed', 'auth_unavailable', 'app_password_required', 'smtp_auth_disabled'].includes(category ?? '');
  if (offerOAuth) choices.push({ name: `Sign in with OAuth2 instead (${OAUTH_PROVIDERS[oauthProvider].label})`, value: 'oauth2' });
  if (category === 'certificate_invalid') {
    choices.push({ name: draft.caFile ? `Trust another CA or server certificate file (${draft.caFile} does not match)` : 'Trust a CA or server certificate file (PEM)', value: 'ca' });
    choices.push({ name: 'Turn certificate verification off for this address (insecure)', value: 'insecure' });
  }
  choices.push({ name: 'Enter the password again', value: 'password' }, { name: 'Change the settings', value: 'settings' }, { name: 'Quit without saving', value: 'quit' });
  const auth = category === 'auth_failed' || category === 'app_password_required';
  const next = await p.select<Next>('What now?', choices, category === 'certificate_invalid' ? 'ca' : offerOAuth ? 'oauth2' : auth ? 'password' : 'settings');
  switch (next) {
    case 'quit':
      return null;
    case 'oauth2':
      return { ...draft, authMethod: 'oauth2', password: null };
    case 'password':
      return { ...draft, password: await p.password('Password', { validate: (v) => (v === '' ? 'The password is empty.' : true) }) };
    case 'ca': {
      // Asked again until the file is usable; what was typed stays in the line to correct.
      const resolve = (v: string) => path.resolve(app.cwd, expandHome(v, app.env.HOME));
      const file = await p.input('CA file (PEM)', {
        validate: (v) => (v.trim() === '' ? 'Give a file path.' : caFileProblem(resolve(v)) ?? true),
      });
      return collectDraft(app, { ca: resolve(file) }, { prompter: p, base: draft });
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

function save(app: App, draft: AddressDraft, result: LiveTestResult, dns: DnsReport | null, oauth: OAuthUse | null): number {
  const store = app.store({ create: true });
  const grants = grantStore(app, { create: true });
  const at = app.now();
  // The address and its sign-in in one transaction: both are saved, or neither.
  const saved = store.insert(draft, result.lastTest, (id) => saveWith(grants, at, oauth, { id, email: draft.email, authMethod: draft.authMethod }));
  const note = oauth?.note ?? null;
  if (app.json) {
    app.out(JSON.stringify({ saved: true, address: addressJson(saved), ...(note ? { note } : {}), test: reportJson(result.report, {}, app.debug), dns }, null, 2));
  } else {
    reportPassDetails(app, result.report);
    app.out(app.style.ok(`✔ Saved ${saved.email}`) + ` (${saved.host}:${saved.port} ${saved.security}, logs in with ${AUTH_METHOD_WORDS[saved.authMethod]}); the live test passed in ${result.report.totalMs} ms.`);
    if (note) app.err(note);
  }
  return 0;
}
