/**
 * The send log: one row per `addr send` attempt (sent, failed or refused by the access rules), in the
 * `send_log` table of the same database (created by migration v2).
 */
import type { DB } from './db.js';

export type SendResultKind = 'sent' | 'failed' | 'refused';

export interface SendAttempt {
  /** ISO 8601. */
  at: string;
  address: string;
  project: string | null;
  user: string | null;
  recipients: string[];
  subject: string | null;
  messageId: string | null;
  result: SendResultKind;
  /** SMTP stage of a failure (connect, tls, auth, mail, rcpt, data…), or 'access' for a refusal. */
  stage: string | null;
  /** The server's last reply (success or failure), or the refusal's reason. */
  reply: string | null;
  /** Diagnosis category of a failure, or the access reason code of a refusal. */
  category: string | null;
  permanent: boolean | null;
  exitCode: number;
}

export interface SendLogEntry extends SendAttempt {
  id: number;
}

export interface SendLogFilter {
  address?: string;
  project?: string;
  user?: string;
  /** One result, or 'not-sent' for failed and refused. */
  result?: SendResultKind | 'not-sent';
  /** ISO 8601: only attempts at or after it. */
  since?: string;
  limit?: number;
}

interface Row {
  id: number;
  at: string;
  address: string;
  project: string | null;
  user: string | null;
  recipients: string;
  subject: string | null;
  message_id: string | null;
  result: string;
  stage: string | null;
  reply: string | null;
  category: string | null;
  permanent: number | null;
  exit_code: number;
}

function toEntry(r: Row): SendLogEntry {
  let recipients: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.recipients);
    if (Array.isArray(parsed)) recipients = parsed.map(String);
  } catch {
    recipients = r.recipients ? r.recipients.split(',') : [];
  }
  return {
    id: r.id,
    at: r.at,
    address: r.address,
    project: r.project,
    user: r.user,
    recipients,
    subject: r.subject,
    messageId: r.message_id,
    result: r.result as SendResultKind,
    stage: r.stage,
    reply: r.reply,
    category: r.category,
    permanent: r.permanent === null ? null : r.permanent === 1,
    exitCode: r.exit_code,
  };
}

/** Replies are kept whole but bounded: a server may answer with kilobytes. */
const MAX_REPLY = 2000;

export class SendLog {
  constructor(private readonly db: DB | null) {}

  /** Records one attempt (in its own transaction); returns its id. */
  record(a: SendAttempt): number {
    if (!this.db) throw new Error('send log: no database');
    const db = this.db;
    return db.transaction(() => Number(db.prepare(`INSERT INTO send_log
        (at, address, project, user, recipients, subject, message_id, result, stage, reply, category, permanent, exit_code)
        VALUES (@at, @address, @project, @user, @recipients, @subject, @messageId, @result, @stage, @reply, @category, @permanent, @exitCode)`).run({
      at: a.at,
      address: a.address,
      project: a.project,
      user: a.user,
      recipients: JSON.stringify(a.recipients),
      subject: a.subject,
      messageId: a.messageId,
      result: a.result,
      stage: a.stage,
      reply: a.reply === null ? null : a.reply.slice(0, MAX_REPLY),
      category: a.category,
      permanent: a.permanent === null ? null : a.permanent ? 1 : 0,
      exitCode: a.exitCode,
    }).lastInsertRowid)).immediate();
  }

  /** Newest first. Address, project and user match case-insensitively. */
  list(f: SendLogFilter = {}): SendLogEntry[] {
    if (!this.db) return [];
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (f.address !== undefined) { where.push('address = @address COLLATE NOCASE'); params.address = f.address; }
    if (f.project !== undefined) { where.push('project = @project COLLATE NOCASE'); params.project = f.project; }
    if (f.user !== undefined) { where.push('user = @user COLLATE NOCASE'); params.user = f.user; }
    if (f.result === 'not-sent') where.push("result <> 'sent'");
    else if (f.result !== undefined) { where.push('result = @result'); params.result = f.result; }
    if (f.since !== undefined) { where.push('at >= @since'); params.since = f.since; }
    const limit = f.limit !== undefined && f.limit > 0 ? Math.floor(f.limit) : -1;
    const sql = `SELECT * FROM send_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ${limit}`;
    return (this.db.prepare(sql).all(params) as Row[]).map(toEntry);
  }
}
