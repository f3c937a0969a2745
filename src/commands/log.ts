/**
 * `addr log`: the send attempts, newest first, with filters; a table or --json. Reads only.
 * Everything shown may have come from outside (a server's reply, a piped message's subject): shown with control
 * characters escaped and credentials masked, also for rows stored before addr stored them so.
 * An attempt whose outcome was never written (the sending process was killed) is shown as `unknown`.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { validateName } from '../core/access.js';
import { parseSince } from '../core/duration.js';
import { escapeControls, safeLines, safeText } from '../core/untrusted.js';
import type { CliKit } from '../cli/kit.js';
import { employee, employeeOption, wholeNumber } from '../cli/options.js';
import { pendingState, SendLog, type SendLogEntry, type SendLogFilter } from '../store/send-log.js';
import { table } from '../ui/style.js';
import { localTime } from '../ui/time.js';

export interface LogOptions {
  address?: string;
  project?: string;
  /** Only attempts on behalf of this employee. */
  as?: string;
  failed?: boolean;
  since?: string;
  /** At most this many; 0 = all (default 50). */
  limit?: number;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = employeeOption(program.command('log')
    .description('the send attempts, newest first (sent, failed, refused)')
    .option('--address <address>', 'only attempts from this address')
    .option('--project <name>', 'only attempts in this project'), 'only attempts on behalf of this employee')
    .option('--failed', 'only attempts that did not send (failed or refused)')
    .option('--since <when>', 'only attempts since an ISO date/time or a duration back from now (3600 = seconds, 30m, 24h, 7d)')
    .option('--limit <n>', 'at most this many (default 50; 0 = all)', wholeNumber('--limit', 0, Number.MAX_SAFE_INTEGER));
  cli.action(cmd, (raw: LogOptions & { user?: string }) => {
    const warnings: string[] = [];
    const o: LogOptions = { address: raw.address, project: raw.project, as: employee(raw, 'log', warnings), failed: raw.failed, since: raw.since, limit: raw.limit };
    return { options: o, warnings, run: (app) => logCommand(app, o) };
  });
}

/** What an attempt is shown as: its result, or for a pending one `pending` (being sent now) or `unknown`. */
export type ShownResult = 'sent' | 'failed' | 'refused' | 'pending' | 'unknown';

const UNKNOWN_REPLY = 'interrupted, may have been sent';

/** Whether a process of this machine is running (a pending attempt's sender). */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function shownResult(e: SendLogEntry, now: Date, host: string = hostname()): ShownResult {
  if (e.result !== 'pending') return e.result;
  return pendingState(e.pending, now, isRunning, host) === 'in-progress' ? 'pending' : 'unknown';
}

const text = (v: string | null): string | null => (v === null ? null : escapeControls(v));

export function entryJson(e: SendLogEntry, now: Date = new Date()): Record<string, unknown> {
  const result = shownResult(e, now);
  return {
    at: e.at,
    address: escapeControls(e.address),
    project: text(e.project),
    user: text(e.user),
    recipients: e.recipients.map((r) => escapeControls(r)),
    subject: text(e.subject),
    messageId: text(e.messageId),
    result,
    stage: text(e.stage),
    reply: result === 'unknown' ? UNKNOWN_REPLY : e.reply === null ? null : safeLines(e.reply),
    category: text(e.category),
    permanent: e.permanent,
    exitCode: e.exitCode,
  };
}

const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function logCommand(app: App, o: LogOptions): Promise<number> {
  const filter: SendLogFilter = {};
  if (o.address !== undefined) filter.address = validateEmail(o.address, 'address');
  if (o.project !== undefined) filter.project = validateName(o.project, 'project');
  if (o.as !== undefined) filter.user = validateName(o.as, 'user');
  if (o.failed) filter.result = 'not-sent';
  if (o.since !== undefined) filter.since = parseSince(o.since, app.now());
  filter.limit = o.limit ?? 50;

  const entries = new SendLog(app.database()).list(filter);
  const now = app.now();
  if (app.json) {
    app.out(JSON.stringify(entries.map((e) => entryJson(e, now)), null, 2));
    return 0;
  }
  if (entries.length === 0) {
    app.err('No send attempt matches.');
    return 0;
  }
  const s = app.style;
  const host = hostname();
  const one = (v: string | null): string => (v === null ? '' : safeText(v));
  app.out(table(['TIME', 'ADDRESS', 'PROJECT', 'USER', 'TO', 'RESULT', 'CATEGORY', 'MESSAGE-ID/REPLY'], entries.map((e) => {
    const result = shownResult(e, now, host);
    const detail = result === 'sent' ? one(e.messageId)
      : result === 'unknown' ? `${UNKNOWN_REPLY}${e.messageId ? ` (Message-ID ${one(e.messageId)})` : ''}`
        : result === 'pending' ? `being sent now${e.messageId ? ` (Message-ID ${one(e.messageId)})` : ''}`
          : one(e.reply);
    return [
      localTime(e.at),
      escapeControls(e.address),
      one(e.project),
      one(e.user),
      short(escapeControls(e.recipients.join(',')), 40),
      result === 'sent' ? s.ok('sent') : result === 'pending' || result === 'unknown' ? s.warn(result) : s.fail(result),
      one(e.category),
      short(detail, result === 'unknown' ? 120 : 80),
    ];
  }), s));
  return 0;
}
