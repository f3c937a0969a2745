/** `addr log`: the send attempts, newest first, with filters; a table or --json. Reads only. */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { validateName } from '../core/access.js';
import { UsageError } from '../errors.js';
import { SendLog, type SendLogEntry, type SendLogFilter } from '../store/send-log.js';
import { table } from '../ui/style.js';

export interface LogFlags {
  address?: string;
  project?: string;
  user?: string;
  failed?: boolean;
  since?: string;
  limit?: string;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** --since: an ISO date/time (2025-03-01, 2025-03-01T10:00Z) or a duration back from now (90m, 24h, 7d, 2w). */
export function parseSince(value: string, now: Date): string {
  const v = value.trim();
  const d = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(v);
  if (d) return new Date(now.getTime() - Number(d[1]) * UNITS[d[2]!.toLowerCase()]!).toISOString();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(v)) {
    const t = Date.parse(v.replace(' ', 'T'));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  throw new UsageError(`--since "${value}" is neither a date nor a duration.`, 'Use an ISO date such as 2025-03-01 (or 2025-03-01T10:00Z), or a duration back from now: 30m, 24h, 7d, 2w.');
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

export async function logCommand(app: App, o: LogFlags): Promise<number> {
  const filter: SendLogFilter = {};
  if (o.address !== undefined) filter.address = validateEmail(o.address, 'address');
  if (o.project !== undefined) filter.project = validateName(o.project, 'project');
  if (o.user !== undefined) filter.user = validateName(o.user, 'user');
  if (o.failed) filter.result = 'not-sent';
  if (o.since !== undefined) filter.since = parseSince(o.since, app.now());
  const limit = o.limit === undefined ? 50 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit "${o.limit}" is not a whole number (0 = no limit).`);
  filter.limit = limit;

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
    e.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
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
