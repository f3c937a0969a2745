/**
 * `addr diagnose [files…|-] [--text "…"] [--inbound] [--json]`: every distinct failure in mail logs, bounces or
 * pasted replies, grouped by cause, with its remedy. By default our outbound failures; --inbound shows the rest
 * (our server refusing others, failed logins against it). Exit code like grep: 0 none, 1 failures found;
 * errors are thrown as AddrError (unreadable input → InputError, exit 66).
 * diagnoseCli is the command as the CLI runs it: the saved addresses are the sender context.
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { CliKit } from '../cli/kit.js';
import type { SenderContext } from '../core/diagnosis.js';
import { FindingsCollector, type Finding, type Summary } from '../core/findings.js';
import { LogScanner, type LogRecord } from '../core/logparse/index.js';
import type { Direction } from '../core/logparse/common.js';
import { isSuccessText } from '../core/logparse/generic.js';
import { warmUp } from '../core/classify.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import { readInput, wasmTemplateKey } from '../diagnose/read.js';

/** The command line's options of `addr diagnose`. */
export interface DiagnoseCliOptions {
  files: string[];
  text?: string;
  sent?: boolean;
  since?: string;
  /** Our server refusing others and failed logins against it instead of our outbound failures. */
  inbound?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('diagnose [files...]')
    .description('read logs of failed sends (Postfix, Exim, sendmail, msmtp, nodemailer, SMTP transcripts, bounces; .gz too) and give each failure its cause and remedy')
    .option('--text <reply>', 'diagnose one server reply or error message')
    .option('--sent', 'analyse the failed attempts of `addr send` (the send log)')
    .option('--since <when>', 'with --sent: only attempts since an ISO date or a duration back from now (3600 = seconds, 30m, 24h, 7d)')
    .option('--inbound', 'show our server refusing others and failed logins against it, instead of our outbound failures')
    .addHelpText('after', `
Files may be plain or gzip-compressed, or named pipes; - reads standard input. Failures are grouped by cause
(category, rule, provider) and are our outbound ones unless --inbound is given; deferrals delivered later count
as recovered. Exit status like grep: 0 no failure found, 1 failures found, 2 and above an error.

Examples:
  $ addr diagnose /var/log/mail.log /var/log/mail.log.2.gz
  $ journalctl -u postfix --since today | addr diagnose -
  $ addr diagnose --text "553 5.7.1 Sender address rejected: not owned by auth user."
  $ addr diagnose bounce.eml --json
  $ addr diagnose --sent --since 7d              # what went wrong with addr send this week
  $ addr diagnose --inbound /var/log/mail.log    # who our server refused, and failed logins against it`);
  cli.action(cmd, (raw: Omit<DiagnoseCliOptions, 'files'>, [files]: [string[]]) => {
    const o: DiagnoseCliOptions = { files, text: raw.text, sent: raw.sent, since: raw.since, inbound: raw.inbound };
    return { options: o, run: (app) => diagnoseCli(app, o.files, o) };
  });
}

export interface DiagnoseOptions {
  text?: string;
  json?: boolean;
  color?: boolean;
  /** Records that come from elsewhere than files (the send log), already parsed. */
  records?: LogRecord[];
  /** Show inbound rejects and failed logins against our own server instead of our outbound failures. */
  inbound?: boolean;
  /** Called with each input's read path (WebAssembly walk or stream) and why: shown under --debug. */
  onPath?: (input: string, path: 'wasm' | 'stream', why: string) => void;
}
export interface DiagnoseIo { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream }

export interface DiagnoseReport { findings: Finding[]; summary: Summary }

/**
 * Reads the inputs and builds the report (no output). A file that cannot be read throws its InputError, unless
 * onUnreadable is given: then it gets the error and the other inputs are read (what the file gave before the
 * error, e.g. a gzip cut short, stays in the report).
 */
export async function diagnoseInputs(files: string[], opts: DiagnoseOptions, io: Pick<DiagnoseIo, 'stdin'> = {},
  contextFor?: (email: string) => SenderContext | undefined, onUnreadable?: (err: InputError) => void): Promise<DiagnoseReport> {
  const directions: ReadonlySet<Direction> = new Set<Direction>(opts.inbound ? ['inbound', 'login'] : ['outbound']);
  // With files to read, the WebAssembly module is loaded anyway: its template key is the faster one (the same keys).
  const collector = new FindingsCollector(contextFor, { directions, templateKey: files.length ? wasmTemplateKey() : undefined });
  let lines = 0;
  let truncatedLines = 0;
  let inputs = 0;
  if (opts.text !== undefined) {
    inputs += 1;
    // A text pasted from a Windows program or a CRLF file has "\r\n" line ends: read as the files' lines are.
    const text = opts.text.trim().replace(/\r\n?/g, '\n');
    lines += text ? text.split('\n').length : 0;
    // A pasted reply is a failure unless it is a success (2xx) or an intermediate reply (3xx); a pasted log line
    // is read as one (its direction, sender and recipient).
    if (text && !isSuccessText(text)) {
      const parsed: LogRecord[] = [];
      const scanner = new LogScanner((r) => parsed.push(r));
      for (const line of text.split('\n')) scanner.push(line);
      scanner.end();
      const records = parsed.filter((r) => r.status !== 'delivered');
      if (records.length) for (const r of records) collector.add(r);
      else collector.add({ source: 'text', line: text.split('\n')[0]!, signal: { text }, status: 'error' });
    }
  }
  if (opts.records) {
    inputs += 1;
    lines += opts.records.length;
    for (const r of opts.records) collector.add(r);
  }
  for (const file of files) {
    const scanner = new LogScanner((r) => collector.add(r));
    let stats;
    try {
      // While a second thread starts walking a large file, the classifier's regexes are compiled.
      stats = await readInput(file, scanner, LogScanner.senderEntryOf, io.stdin, warmUp);
    } catch (err) {
      if (!(err instanceof InputError) || !onUnreadable) throw err;
      scanner.end();
      onUnreadable(err);
      continue;
    }
    scanner.end();
    opts.onPath?.(file, stats.path, stats.why);
    inputs += 1;
    lines += stats.lines;
    truncatedLines += stats.truncated;
  }
  return { findings: collector.findings(), summary: collector.summary({ lines, truncatedLines, inputs }) };
}

type Paint = (s: string) => string;
interface Palette { bold: Paint; red: Paint; yellow: Paint; dim: Paint; cyan: Paint }
const plain: Palette = { bold: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s, cyan: (s) => s };

async function palette(color: boolean | undefined): Promise<Palette> {
  if (!color) return plain;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: (s) => c.bold(s), red: (s) => c.red(s), yellow: (s) => c.yellow(s), dim: (s) => c.dim(s), cyan: (s) => c.cyan(s) };
}

/** 1234567 → "1,234,567" (not toLocaleString: its first call loads ICU data, ~17 ms of a run). */
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const plural = (n: number, word: string): string => `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;

const DIRECTION_LABEL: Record<Direction, string> = { outbound: '', inbound: 'inbound, our server refusing others', login: 'failed logins against our server' };

export function renderHuman(report: DiagnoseReport, p: Palette = plain): string {
  const out: string[] = [];
  for (const f of report.findings) {
    const kind = f.count === 0 ? p.dim('recovered') : f.permanent ? p.red('permanent') : p.yellow('temporary');
    const label = [kind, `fix: ${f.fixSide}`, f.provider, DIRECTION_LABEL[f.direction]].filter(Boolean).join(', ');
    const queue = [f.recovered ? `${thousands(f.recovered)} delivered later` : '', f.expired ? `${thousands(f.expired)} expired in the queue` : ''].filter(Boolean).join(', ');
    out.push(`${p.bold(f.category)}  ${plural(f.count, 'failure')}${queue ? ` (${queue})` : ''}  (${label})`);
    if (f.firstSeen) out.push(`  seen:      ${f.firstSeen}${f.lastSeen && f.lastSeen !== f.firstSeen ? ` … ${f.lastSeen}` : ''}`);
    if (f.senders.length) out.push(`  senders:   ${f.senders.slice(0, 5).join(', ')}${f.senders.length > 5 ? ` (+${f.senders.length - 5})` : ''}`);
    if (f.recipientDomains.length) out.push(`  to:        ${f.recipientDomains.slice(0, 5).map((d) => `${d.domain} (${d.count})`).join(', ')}`);
    if (f.codes.length) out.push(`  codes:     ${f.codes.join(', ')}`);
    out.push(`  example:   ${p.dim(f.example)}`);
    out.push(`  cause:     ${f.cause}`);
    out.push(`  remedy:    ${f.remedy}`);
    for (const link of f.links.slice(0, 3)) out.push(`  see:       ${p.cyan(link)}`);
    out.push('');
  }
  const s = report.summary;
  const failing = report.findings.filter((f) => f.count > 0);
  const categories = new Set(failing.map((f) => f.category)).size;
  const causes = failing.length > categories ? ` from ${thousands(failing.length)} causes` : '';
  out.push(s.failures === 0
    ? `No failures found in ${plural(s.lines, 'line')}${s.recovered ? ` (${plural(s.recovered, 'deferral')} delivered later)` : ''}.`
    : `${plural(s.failures, 'failure')} in ${plural(categories, 'category')}${causes} (${thousands(s.permanent)} permanent, ${thousands(s.temporary)} temporary) in ${plural(s.lines, 'line')}${s.recovered ? `; ${plural(s.recovered, 'deferral')} delivered later` : ''}${s.truncatedLines ? `; ${plural(s.truncatedLines, 'overlong line')} cut` : ''}.`
      .replace('categorys', 'categories'));
  const hidden = [s.notShown.inbound ? `${plural(s.notShown.inbound, 'inbound reject')}` : '', s.notShown.login ? `${plural(s.notShown.login, 'failed login')} against our server` : '']
    .filter(Boolean).join(' and ');
  if (hidden) out.push(`Not shown: ${hidden} (--inbound shows them).`);
  if (s.notShown.outbound) out.push(`Not shown: ${plural(s.notShown.outbound, 'outbound failure')} (run without --inbound).`);
  return `${out.join('\n')}\n`;
}

export async function diagnoseCommand(files: string[], opts: DiagnoseOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; stdin?: NodeJS.ReadableStream },
  contextFor?: (email: string) => SenderContext | undefined): Promise<number> {
  if (files.length === 0 && opts.text === undefined && opts.records === undefined) {
    throw new UsageError('Nothing to diagnose: give a log file, - for standard input, --text "<reply>", or --sent.', 'Example: addr diagnose /var/log/mail.log');
  }
  // Like grep: an unreadable file among others is reported on stderr, the rest is still diagnosed, and the
  // exit code says that something could not be read. With nothing readable at all, the error alone.
  const unreadable: InputError[] = [];
  const report = await diagnoseInputs(files, opts, io, contextFor, (err) => unreadable.push(err));
  const writeError = (err: InputError): void => {
    io.stderr.write(opts.json
      ? `${JSON.stringify({ error: { kind: err.kind, message: err.message, hint: err.hint ?? null, exitCode: err.exitCode } })}\n`
      : `addr: ${err.message}\n${err.hint ? `  ${err.hint}\n` : ''}`);
  };
  if (unreadable.length > 0 && report.summary.inputs === 0) {
    unreadable.slice(0, -1).forEach(writeError);
    throw unreadable[unreadable.length - 1]!;
  }
  if (opts.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(renderHuman(report, await palette(opts.color)));
  unreadable.forEach(writeError);
  if (unreadable.length > 0) return unreadable[0]!.exitCode;
  return report.summary.failures > 0 ? ExitCode.FOUND : ExitCode.OK;
}

/**
 * `addr diagnose` as the CLI runs it: the saved addresses give the classifier the sender's settings
 * (a 553 names the configured login, a timeout the host/port/security in use). The store is opened only when
 * a failure names a sender, so a log without failures (or without senders) never touches the database.
 */
export async function diagnoseCli(app: App, files: string[], o: { text?: string; sent?: boolean; since?: string; inbound?: boolean }): Promise<number> {
  let saved: Map<string, SenderContext> | undefined;
  const contextFor = (email: string): SenderContext | undefined => {
    if (!saved) {
      saved = new Map();
      for (const a of app.store().list()) {
        saved.set(a.email.toLowerCase(), { email: a.email, username: a.username, host: a.host, port: a.port, security: a.security, preset: a.preset });
      }
    }
    return saved.size ? saved.get(email.toLowerCase()) : undefined;
  };
  if (o.since !== undefined && !o.sent) throw new UsageError('--since applies to --sent (the send log) only.');
  const records = o.sent ? await sentRecords(app, o.since) : undefined;
  const onPath = app.debug ? (input: string, path: 'wasm' | 'stream', why: string): void => {
    app.stderr.write(`addr: debug: ${input === '-' ? 'standard input' : input}: ${path === 'wasm' ? 'read by the WebAssembly line walk' : 'read by the stream path (the fallback)'}: ${why}\n`);
  } : undefined;
  return diagnoseCommand(files, { text: o.text, json: app.json, color: app.style.enabled, records, inbound: o.inbound, onPath }, { stdout: app.stdout, stderr: app.stderr, stdin: files.includes('-') ? app.stdin : undefined }, contextFor);
}

/** The failed attempts of `addr send` (refusals by the access rules are not SMTP failures) as records. */
async function sentRecords(app: App, since: string | undefined): Promise<LogRecord[]> {
  const [{ SendLog }, { parseSince }] = await Promise.all([import('../store/send-log.js'), import('../core/duration.js')]);
  const entries = new SendLog(app.database()).list({ result: 'failed', since: since === undefined ? undefined : parseSince(since, app.now()), limit: 0 });
  return entries.reverse().map((e) => ({
    source: 'sent' as const,
    line: `${e.at} addr send from=<${e.address}> to=<${e.recipients.join(',')}> stage=${e.stage ?? '?'}: ${e.reply ?? ''}`,
    signal: { text: e.reply ?? '', stage: e.stage ?? undefined },
    time: e.at,
    sender: e.address,
    recipient: e.recipients[0],
    status: e.permanent ? 'failed' as const : 'deferred' as const,
  }));
}
