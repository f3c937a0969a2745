/**
 * `addr send`: send a message through a saved address. Every input is validated before anything is sent;
 * with --project/--as the access rules decide first (a refusal sends nothing, exits 80 and is recorded);
 * a failure is classified by the shared classifier (the same diagnosis as `addr diagnose`) and exits with
 * a code that tells temporary from permanent. Every attempt is recorded in the send log: written before the
 * message goes out, completed after (see src/store/send-log.ts), so that no lock or crash makes cron send a
 * message twice.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { CliKit } from '../cli/kit.js';
import { checkAuthFlags, repeatable, timeoutOptions, timeoutSettings, tokenFlags, tokenFlagsGiven, tokenOptions, type TimeoutFlags, type TokenFlags } from '../cli/options.js';
import { AUTH_METHOD_WORDS, type AuthMethod, type Credentials } from '../core/auth.js';
import { explainReason, judge, NO_RULES, pickSender, validateName, type Candidate, type Person, type Verdict } from '../core/access.js';
import { validateEmail, type SenderAddress } from '../core/address.js';
import type { Diagnosis } from '../core/diagnosis.js';
import { exitCodeFor } from '../core/outcome.js';
import { STAGE_LABELS, type Stage } from '../core/probe.js';
import { ensureHeader, formatMailbox, parseMessage, rfc5322Date, setHeader, stripBcc } from '../core/rfc5322.js';
import { CA_FILE_LIMIT, MESSAGE_LIMIT } from '../core/limits.js';
import { safeLines, safeText } from '../core/untrusted.js';
import { AddrError, ExitCode, InputError, NotFoundError, UsageError, ValidationError } from '../errors.js';
import type { Attachment, OutgoingMessage, SendAccount, SendFailure, SendInfo } from '../smtp/send.js';
import { readFileCapped } from '../store/files.js';
import { SendLog, type Completion } from '../store/send-log.js';
import { diagnosisLines } from '../ui/probe-view.js';
import { readStream, tooLarge } from './print.js';

export interface SendFlags extends TokenFlags {
  /** --auth oauth2: only says how the saved address logs in (with a token flag, a token for this run). */
  auth?: AuthMethod;
  /** -t: a whole message on stdin, recipients from its headers. */
  messageStdin?: boolean;
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  replyTo?: string;
  subject?: string;
  body?: string;
  bodyFile?: string;
  htmlFile?: string;
  attach?: string[];
  project?: string;
  as?: string;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = timeoutOptions(program.command('send')
    .description('send a message through a saved address (access rules apply with --project/--as); every attempt is logged')
    .option('-t, --message-stdin', 'sendmail mode: read a whole RFC 5322 message from stdin; recipients from its To/Cc/Bcc')
    .option('--from <address>', 'the saved address to send as (default with --project: the project default or the only one available)')
    .option('--to <addresses>', 'recipient (repeatable, or comma-separated)', repeatable)
    .option('--cc <addresses>', 'copy recipient (repeatable, or comma-separated)', repeatable)
    .option('--bcc <addresses>', 'blind copy recipient (repeatable, or comma-separated)', repeatable)
    .option('--reply-to <address>', 'Reply-To header')
    .option('--subject <text>', 'the subject')
    .option('--body <text>', 'the text body (else --body-file, else standard input)')
    .option('--body-file <file>', 'read the text body from this file (- = stdin)')
    .option('--html-file <file>', 'an HTML alternative to the text body')
    .option('--attach <file>', 'attach this file (repeatable)', repeatable)
    .option('--project <name>', 'send in this project: only addresses offered in it')
    .option('--as <login>', 'send on behalf of this employee: the access rules of the address apply')
    .option('--auth <method>', 'oauth2: the address logs in with OAuth2 (implied by a token flag; any other value is refused)'), 'the whole send')
    .addHelpText('after', `
Examples:
  $ addr send --from support@acme.ru --to client@example.com --subject "Your order" --body-file order.txt --attach invoice.pdf
  $ echo "Backup done" | addr send --project ops --as cron --to admin@acme.ru --subject "backup"
  $ addr send -t --project ops < message.eml       # sendmail style: From/To/Cc/Bcc from the header
  $ addr send --from relay@contoso.com --token-env SMTP_TOKEN --to a@x.org --subject Hi --body Hi   # a token for this run
An oauth2 address sends with its stored sign-in (the access token refreshed before it expires); a token flag
overrides it for this run. A refused refresh token exits 77: sign in again with \`addr auth login ADDR\`.
Exit codes: 0 sent, 80 refused by the access rules (nothing sent), 75 temporary failure (retry later),
69/76/77 permanent failure (see the diagnosis), 64/65/66 bad input, 67 no such address, 79 no such user/project.`);
  tokenOptions(cmd);
  cli.action(cmd, (raw: SendFlags & TimeoutFlags) => {
    const { connectTimeout, greetingTimeout, commandTimeout, deadline, tokenEnv, tokenStdin, tokenCmd, ...rest } = raw;
    const o: SendFlags = { ...rest, ...tokenFlags({ tokenEnv, tokenStdin, tokenCmd }) };
    if (o.auth !== undefined && o.auth !== 'oauth2') throw new UsageError(`--auth ${o.auth} on send: the saved address decides how it logs in; only --auth oauth2 (with a token flag) is accepted here.`);
    if (checkAuthFlags(o) === 'oauth2') o.auth = 'oauth2'; // one token flag at most; a token flag implies oauth2
    return { options: o, settings: timeoutSettings({ connectTimeout, greetingTimeout, commandTimeout, deadline }), run: (app) => sendCommand(app, o) };
  });
}

/** Refused by the access rules (or no address available): nothing was sent. */
export class AccessError extends AddrError {
  constructor(message: string, hint?: string) {
    super('access', message, ExitCode.ACCESS, hint);
  }
}


/** Repeatable and comma-separated: --to a@x --to b@y,c@z. Deduplicated case-insensitively. */
export function recipientList(values: string[] | undefined, field: string): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    for (const part of v.split(',')) {
      if (part.trim() === '') continue;
      const email = validateEmail(part, field);
      if (!out.some((x) => x.toLowerCase() === email.toLowerCase())) out.push(email);
    }
  }
  return out;
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.toLowerCase()) ? false : (seen.add(a.toLowerCase()), true)));
}

/** A file the message is made of: a regular file, read up to the message limit. */
function readInputFile(file: string, what: string): Buffer {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`The ${what} ${file} is not a file.`);
    if (st.size > MESSAGE_LIMIT.bytes) throw tooLarge(`The ${what} ${file}`, MESSAGE_LIMIT);
    const data = readFileCapped(file, MESSAGE_LIMIT.bytes);
    if (data === null) throw tooLarge(`The ${what} ${file}`, MESSAGE_LIMIT);
    return data;
  } catch (err) {
    if (err instanceof AddrError) throw err;
    throw new InputError(`Cannot read the ${what} ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, 'Check the path and its permissions.', { cause: err });
  }
}

/** The saved CA file is still a regular file within its limit (the SMTP adapter reads it). */
function checkCaFile(file: string): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) throw new InputError(`Cannot read the CA file ${file}: ENOENT.`, `Restore it, or save another with \`addr edit ADDRESS --ca FILE\`.`);
  if (!st.isFile()) throw new InputError(`The CA file ${file} is not a file.`);
  if (st.size > CA_FILE_LIMIT.bytes) throw tooLarge(`The CA file ${file}`, CA_FILE_LIMIT);
}

function newMessageId(from: string): string {
  const domain = from.slice(from.lastIndexOf('@') + 1) || 'localhost';
  return `<${randomBytes(12).toString('hex')}.${Date.now().toString(36)}.addr@${domain}>`;
}

/** What the input says before the sender is known. */
type Draft =
  | { kind: 'compose'; to: string[]; cc: string[]; bcc: string[]; replyTo: string | null; subject: string; text: string; html: string | null; attachments: Attachment[] }
  | { kind: 'raw'; raw: Buffer; headerFrom: string | null; to: string[]; cc: string[]; bcc: string[]; subject: string | null; messageId: string | null };

const COMPOSE_ONLY = ['to', 'cc', 'bcc', 'replyTo', 'subject', 'body', 'bodyFile', 'htmlFile', 'attach'] as const;
const FLAG_NAMES: Record<(typeof COMPOSE_ONLY)[number], string> = {
  to: '--to', cc: '--cc', bcc: '--bcc', replyTo: '--reply-to', subject: '--subject', body: '--body', bodyFile: '--body-file', htmlFile: '--html-file', attach: '--attach',
};

async function readDraft(app: App, f: SendFlags): Promise<Draft> {
  if (f.messageStdin) {
    const extra = COMPOSE_ONLY.filter((k) => f[k] !== undefined);
    if (extra.length) throw new UsageError(`-t reads the whole message from standard input; ${extra.map((k) => FLAG_NAMES[k]).join(', ')} cannot be given with it.`, 'Put the recipients and the subject in the message header instead.');
    if (app.stdin.isTTY) throw new UsageError('-t reads a whole message from standard input, but standard input is a terminal.', 'Pipe the message in: addr send -t < message.eml');
    const raw = await readStream(app.stdin, MESSAGE_LIMIT, 'The message on standard input');
    if (raw.length === 0 || raw.toString('latin1').trim() === '') throw new ValidationError('message', 'The message on standard input is empty.');
    const parsed = parseMessage(raw, { requireFrom: f.from === undefined });
    const check = (list: string[], header: string) => list.map((a) => validateEmail(a, `${header} header`));
    return {
      kind: 'raw',
      raw,
      headerFrom: parsed.from[0]?.address ?? null,
      to: check(parsed.to, 'To'),
      cc: check(parsed.cc, 'Cc'),
      bcc: check(parsed.bcc, 'Bcc'),
      subject: parsed.subject,
      messageId: parsed.messageId,
    };
  }

  const to = recipientList(f.to, 'to');
  const cc = recipientList(f.cc, 'cc');
  const bcc = recipientList(f.bcc, 'bcc');
  if (to.length + cc.length + bcc.length === 0) throw new UsageError('No recipient: give --to (or --cc/--bcc).', 'Example: addr send --from support@acme.ru --to client@example.com --subject Hello --body "Hi"');
  const replyTo = f.replyTo !== undefined ? validateEmail(f.replyTo, 'reply-to') : null;
  if (f.subject === undefined) throw new UsageError('No subject: give --subject (it may be empty: --subject "").');
  if (/[\r\n]/.test(f.subject)) throw new ValidationError('subject', 'The subject may not contain line breaks.');
  if (f.body !== undefined && f.bodyFile !== undefined) throw new UsageError('Give the body once: --body or --body-file, not both.');
  const html = f.htmlFile !== undefined ? readInputFile(f.htmlFile, 'HTML file').toString('utf8') : null;
  let size = html === null ? 0 : Buffer.byteLength(html);
  const attachments: Attachment[] = (f.attach ?? []).map((file) => {
    size += readInputFile(file, 'attachment').length;
    return { filename: path.basename(file), path: path.resolve(app.cwd, file) };
  });
  let text: string;
  if (f.body !== undefined) text = f.body;
  else if (f.bodyFile !== undefined && f.bodyFile !== '-') text = readInputFile(f.bodyFile, 'body file').toString('utf8');
  else if (app.stdin.isTTY) {
    if (f.bodyFile === '-' || html === null) throw new UsageError('No message body: give --body, --body-file, or pipe the text on standard input.', 'Example: echo "Hi" | addr send --from support@acme.ru --to client@example.com --subject Hello');
    text = '';
  } else text = (await readStream(app.stdin, MESSAGE_LIMIT, 'The body on standard input')).toString('utf8');
  size += Buffer.byteLength(text);
  if (size > MESSAGE_LIMIT.bytes) throw tooLarge('The body, HTML and attachments together', MESSAGE_LIMIT);
  return { kind: 'compose', to, cc, bcc, replyTo, subject: f.subject, text, html, attachments };
}

interface Sender {
  saved: SenderAddress;
  /** How it was chosen (for the human output). */
  why: string | null;
}

/** The refusal sentence: "anna may not send from sales@acme.ru in project shop: bound to other-project, not to shop". */
function refusalText(v: Verdict, project: string | null, person: Person | null): string {
  const reasons = v.reasons.map((r) => explainReason(r, project, person?.login ?? null)).join('; ');
  const where = project ? ` in project ${project}` : '';
  return person ? `${person.login} may not send from ${v.email}${where}: ${reasons}` : `${v.email} may not be used${where}: ${reasons}`;
}

export async function sendCommand(app: App, f: SendFlags): Promise<number> {
  // 1. Everything the user typed or piped, checked before the database is touched.
  const fromFlag = f.from !== undefined ? validateEmail(f.from, 'from') : null;
  const projectName = f.project !== undefined ? validateName(f.project, 'project') : null;
  const login = f.as !== undefined ? validateName(f.as, 'user') : null;
  if (f.tokenStdin && (f.messageStdin || (f.body === undefined && (f.bodyFile === undefined || f.bodyFile === '-') && f.htmlFile === undefined))) {
    throw new UsageError('--token-stdin reads the token from standard input, which already carries the message.', 'Give the body with --body or --body-file, or the token with --token-env or --token-cmd.');
  }
  // The token is read before the body: the first line of stdin is the token, the rest is left unread.
  const draft = await readDraft(app, f);

  // 2. Who sends, and from which address.
  const store = app.store();
  const dir = app.directory();
  const project = projectName !== null ? dir.projectExists(projectName) : null;
  const person: Person | null = login !== null ? dir.person(login) : null;
  const allRules = dir.allRules();
  const candidateOf = (a: SenderAddress): Candidate => ({ email: a.email, rules: allRules.get(a.email.toLowerCase()) ?? NO_RULES, lastTest: a.lastTest });

  let sender: Sender;
  const wanted = fromFlag ?? (draft.kind === 'raw' ? draft.headerFrom : null);
  if (wanted !== null) {
    const saved = store.find(wanted);
    if (!saved) {
      const fromHeader = fromFlag === null;
      throw new NotFoundError(`${fromHeader ? `The From header address ${wanted}` : wanted} is not a saved address.`, fromHeader ? 'Name the saved address to send as with --from (the From header is then set to it).' : 'See the saved ones with `addr list`.');
    }
    sender = { saved, why: null };
  } else {
    if (project === null) throw new UsageError('No sender: give --from, or --project to use the project\'s default address.', 'See the addresses you may use with `addr available --project P --as LOGIN`.');
    const all = store.list();
    const verdicts = all.map((a) => judge(candidateOf(a), project, person));
    const pick = pickSender(verdicts, dir.projectDefault(project));
    if (pick.email === null) {
      const who = person ? ` for ${person.login}` : '';
      const explain = `addr available --project ${project}${person ? ` --as ${person.login}` : ''} --explain`;
      if (verdicts.some((v) => v.available)) throw new UsageError(`Which address? Project ${project} has no default${who} and ${pick.why}.`, `Choose one with --from, or set a default: addr project default ${project} ADDRESS`);
      throw new AccessError(`No address is available${who} in project ${project}.`, `See why: ${explain}`);
    }
    sender = { saved: all.find((a) => a.email.toLowerCase() === pick.email!.toLowerCase())!, why: pick.why };
  }

  const saved = sender.saved;
  const recipients = dedupe([...draft.to, ...draft.cc, ...draft.bcc]);
  const log = new SendLog(app.database());
  const base = {
    address: saved.email,
    project,
    user: person?.login ?? null,
    recipients,
    subject: draft.subject,
  };

  // 3. The access rules (and a passing live test) decide; a refusal sends nothing but is recorded.
  const verdict = judge(candidateOf(saved), project, person);
  if (!verdict.available) {
    const message = refusalText(verdict, project, person);
    try {
      log.record({ ...base, at: app.now().toISOString(), messageId: null, result: 'refused', stage: 'access', reply: message, category: verdict.reasons[0]!.code, permanent: true, exitCode: ExitCode.ACCESS });
    } catch (err) {
      // The refusal is the answer; a log that cannot be written must not turn it into another one.
      if (!(err instanceof AddrError)) throw err;
      app.err(`warning: ${err.message}`);
    }
    const tested = verdict.reasons.every((r) => r.code === 'not_tested' || r.code === 'last_test_failed');
    const hint = tested
      ? `Run \`addr test ${saved.email}\`; the address is offered again once it passes.`
      : `See the addresses ${person ? `${person.login} may use` : 'offered'}: addr available${project ? ` --project ${project}` : ''}${person ? ` --as ${person.login}` : ''} --explain`;
    throw new AccessError(message, hint);
  }

  // 4. The message.
  const messageId = draft.kind === 'raw' && draft.messageId ? draft.messageId : newMessageId(saved.email);
  const now = app.now();
  let msg: OutgoingMessage;
  if (draft.kind === 'compose') {
    msg = { ...draft, messageId, date: now };
  } else {
    let raw = draft.raw;
    if (fromFlag !== null && (draft.headerFrom === null || draft.headerFrom.toLowerCase() !== saved.email.toLowerCase())) {
      raw = setHeader(raw, 'From', formatMailbox(saved.displayName, saved.email));
    }
    raw = ensureHeader(raw, 'Message-ID', messageId);
    raw = ensureHeader(raw, 'Date', rfc5322Date(now));
    msg = { kind: 'raw', raw: stripBcc(raw), envelope: { from: saved.email, to: recipients }, messageId };
  }

  const tokens = tokenFlagsGiven(f);
  if ((tokens.length || f.auth === 'oauth2') && saved.authMethod !== 'oauth2') {
    throw new UsageError(`${saved.email} logs in with ${AUTH_METHOD_WORDS[saved.authMethod]}; ${tokens[0] ?? '--auth oauth2'} is for an OAuth2 address.`, `Switch it with \`addr edit ${saved.email} --auth oauth2\`.`);
  }
  let credentials: Credentials;
  if (saved.authMethod === 'oauth2') {
    const [{ credentialsFor }, { grantStore, oauthDeps }] = await Promise.all([import('../oauth/token-sources.js'), import('./oauth-context.js')]);
    credentials = credentialsFor(saved, oauthDeps(app, grantStore(app)), { token: f });
  } else {
    const password = saved.authMethod === 'password' && saved.hasPassword ? store.password(saved.email) : null;
    credentials = password !== null ? { method: 'password', username: saved.username, password } : { method: 'none' };
  }
  const account: SendAccount = {
    email: saved.email,
    displayName: saved.displayName,
    host: saved.host,
    port: saved.port,
    security: saved.security,
    credentials,
    tlsVerify: saved.tlsVerify,
    caFile: saved.caFile,
  };
  if (account.caFile) checkCaFile(account.caFile);

  // 5. The attempt goes into the log before anything is sent: a lock that outlasts the wait stops here, with
  // nothing sent (exit 75, safe to retry); a crash from here on leaves a pending row that `addr log` shows.
  const [{ sendMessage }, { lookupVia }] = await Promise.all([import('../smtp/send.js'), import('../dns/lookup.js')]);
  const { timeouts, lockWaitMs } = app.effective.settings;
  const settleBy = new Date(now.getTime() + timeouts.deadlineMs + 2 * lockWaitMs + 60_000);
  const attemptId = log.begin({ ...base, at: now.toISOString(), messageId }, settleBy);

  // 6. Send, complete the record, report. An OAuth2 token is got first (refreshed if due): a refused refresh token
  // is the sign-in's failure, recorded as such, with its own remedy (sign in again) and exit code.
  if (credentials.method === 'oauth2') {
    try {
      await credentials.token(false);
    } catch (err) {
      if (!(err instanceof AddrError)) throw err;
      const kept = log.complete(attemptId, { messageId, result: 'failed', stage: 'auth', reply: safeText(err.message), category: err.kind, permanent: err.exitCode !== ExitCode.TEMPFAIL, exitCode: err.exitCode });
      warnUnlogged(app, kept, false);
      throw err;
    }
  }
  if (!app.json && sender.why) app.err(`Sending as ${saved.email} (${sender.why}).`);
  const outcome = await sendMessage(account, msg, {
    timeouts,
    ehloName: app.effective.settings.ehloName,
    lookup: lookupVia(app.effective.settings.dnsServer, timeouts.connectMs),
    onLog: app.debug ? (line) => app.err(app.errStyle.dim(`    ${line}`)) : undefined,
  });

  if (outcome.ok) {
    const info = outcome.info;
    const reply = info.rejected.length ? `${info.response} (rejected: ${info.rejected.join(', ')})` : info.response;
    const kept = log.complete(attemptId, { messageId: info.messageId, result: 'sent', stage: null, reply, category: null, permanent: null, exitCode: 0 });
    reportSent(app, saved, info);
    warnUnlogged(app, kept, true);
    // Sent is sent: whatever happened to the log, a failure code here would make cron send it again.
    return 0;
  }

  const { classify } = await import('../core/classify.js');
  const failure = outcome.failure;
  const diagnosis = classify(failure.signal, { email: saved.email, username: account.credentials.method === 'none' ? null : account.credentials.username, host: saved.host, port: saved.port, security: saved.security, preset: saved.preset });
  const exitCode = exitCodeFor(diagnosis);
  const kept = log.complete(attemptId, { messageId, result: 'failed', stage: failure.stage, reply: failure.response ?? failure.message, category: diagnosis.category, permanent: diagnosis.permanent, exitCode });
  reportFailed(app, saved, failure, diagnosis, exitCode);
  warnUnlogged(app, kept, false);
  return exitCode;
}

/** When the outcome could not be written to the log: where it is instead (stderr; also under --json). */
function warnUnlogged(app: App, kept: Completion, sent: boolean): void {
  if (kept.kept === 'logged') return;
  const what = sent ? 'The message was sent' : 'The attempt failed';
  if (kept.kept === 'journaled') {
    app.err(app.errStyle.warn(`warning: ${what}, but its outcome could not be written to the send log (${kept.reason}); it is kept in ${kept.journal} and goes into the log at the next run of addr.`));
  } else {
    app.err(app.errStyle.warn(`warning: ${what}, but its outcome could not be recorded anywhere (${kept.reason}); \`addr log\` shows the attempt as unknown.${sent ? ' Do not send it again.' : ''}`));
  }
}

function reportSent(app: App, saved: SenderAddress, info: SendInfo): void {
  if (app.json) {
    app.out(JSON.stringify({ sent: true, messageId: info.messageId, from: saved.email, envelope: info.envelope, accepted: info.accepted, rejected: info.rejected, response: safeLines(info.response) }, null, 2));
    return;
  }
  if (info.rejected.length) app.err(app.errStyle.warn(`warning: the server refused ${info.rejected.join(', ')}; the others got the message.`));
  app.out(`${app.style.ok('✔')} Sent from ${saved.email} to ${info.accepted.join(', ')} (Message-ID ${info.messageId}).`);
}

const stageLabel = (stage: string | null): string => {
  if (!stage) return 'an unknown stage';
  if (stage === 'data') return 'DATA';
  return (STAGE_LABELS as Record<string, string>)[stage as Stage] ?? stage;
};

function reportFailed(app: App, saved: SenderAddress, failure: SendFailure, diagnosis: Diagnosis, exitCode: number): void {
  if (app.json) {
    app.out(JSON.stringify({
      sent: false,
      exitCode,
      failure: { stage: failure.stage, message: safeText(failure.message), response: failure.response && safeLines(failure.response), responseCode: failure.responseCode, code: failure.code, originalCode: failure.originalCode },
      diagnosis,
    }, null, 2));
    return;
  }
  const s = app.errStyle;
  // What the server said is shown as text, never obeyed by the terminal, and without credentials it echoed.
  const lines = [s.fail(`✖ Sending from ${saved.email} failed at ${stageLabel(failure.stage)}: ${safeText(failure.message)}`)];
  if (failure.response) {
    lines.push('  Server said:');
    for (const l of safeLines(failure.response).split('\n')) lines.push(`    ${l}`);
  }
  lines.push(...diagnosisLines(diagnosis, s));
  lines.push(`  ${diagnosis.permanent ? 'Retrying the same message will fail again.' : 'This is temporary: try again later.'} The attempt is in \`addr log\`.`);
  app.err(lines.join('\n'));
}
