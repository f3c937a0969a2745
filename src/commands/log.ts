/** `addr log`: the send attempts, newest first, with filters; a table or --json. Reads only. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { validateName } from '../core/access.js';
import { parseSince } from '../core/duration.js';
import type { CliKit } from '../cli/kit.js';
import { employee, employeeOption, wholeNumber } from '../cli/options.js';
import { SendLog, type SendLogEntry, type SendLogFilter } from '../store/send-log.js';
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

export function entryJson(e: SendLogEntry): Record<string, unknown> {
  return {
    at: e.at,
    address: e.address,
    project: e.project,
    user: e.user,
    recipients: e.recipients,
    subject: e.subject,
    messageId: e.messageId,
    result: e.result,
    stage: e.stage,
    reply: e.reply,
    category: e.category,
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
  if (app.json) {
    app.out(JSON.stringify(entries.map(entryJson), null, 2));
    return 0;
  }
  if (entries.length === 0) {
    app.err('No send attempt matches.');
    return 0;
  }
  const s = app.style;
  app.out(table(['TIME', 'ADDRESS', 'PROJECT', 'USER', 'TO', 'RESULT', 'CATEGORY', 'MESSAGE-ID/REPLY'], entries.map((e) => [
    localTime(e.at),
    e.address,
    e.project ?? '',
    e.user ?? '',
    short(e.recipients.join(','), 40),
    e.result === 'sent' ? s.ok('sent') : s.fail(e.result),
    e.category ?? '',
    short(e.result === 'sent' ? e.messageId ?? '' : e.reply ?? '', 80),
  ]), s));
  return 0;
}
