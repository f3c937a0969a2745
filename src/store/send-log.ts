/**
 * The send log: one row per `addr send` attempt (sent, failed, or refused by the access rules), in the `send_log`
 * table of the same database.
 *
 * A send is written before the message goes out (result `pending`, with its Message-ID and recipients) and
 * completed after. So a lock that cannot be had before sending sends nothing (exit 75, safe to retry); a crash
 * while sending leaves a `pending` row that `addr log` shows as "unknown: interrupted, may have been sent"; and a
 * completion that cannot be written once the message is out (the lock outlasted its wait, the disk is full) goes
 * to a small journal beside the database (`addr.db.outcomes`, JSON lines, 0600) that the next open folds into
 * the table and that `addr log` reads meanwhile. A message that went out is never reported as failed, so cron
 * never sends it twice.
 *
 * Text from outside (the server's reply, the subject and Message-ID of a piped message) is stored safe: control
 * characters escaped, credentials masked.
 */
import { closeSync, constants, existsSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { JOURNAL_LIMIT } from '../core/limits.js';
import { escapeControls, safeLines } from '../core/untrusted.js';
import { PRIVATE_FILE_MODE, readFileCapped, unlinkQuietly } from './files.js';
import { writeTx } from './lock.js';
import type { DB } from './db.js';

export type SendResultKind = 'sent' | 'failed' | 'refused' | 'pending';

export interface SendAttempt {
  /** ISO 8601: when the attempt started. */
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
  /** null while pending. */
  exitCode: number | null;
}

/** Who wrote a pending row, and by when its outcome will have been written if that process lives. */
export interface PendingMark {
  until: string;
  pid: number;
  host: string;
}

export interface SendLogEntry extends SendAttempt {
  id: number;
  /** Set while the row is `pending`. */
  pending: PendingMark | null;
}

/** What a completed send adds to its pending row. */
export type SendOutcome = Pick<SendAttempt, 'messageId' | 'stage' | 'reply' | 'category' | 'permanent'> & {
  result: 'sent' | 'failed';
  exitCode: number;
};

/** Where the outcome of a send went: the table, the journal beside it, or nowhere (the row stays pending). */
export type Completion = { kept: 'logged' } | { kept: 'journaled'; journal: string; reason: string } | { kept: 'lost'; reason: string };

export interface SendLogFilter {
  address?: string;
  project?: string;
  user?: string;
  /** One result, or 'not-sent' for everything but sent (failed, refused, pending). */
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
  pending?: string | null;
}

function parsePending(text: string | null | undefined): PendingMark | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Partial<PendingMark>;
    return { until: String(p.until ?? ''), pid: Number(p.pid ?? 0), host: String(p.host ?? '') };
  } catch {
    return { until: '', pid: 0, host: '' };
  }
}

function toEntry(r: Row): SendLogEntry {
  let recipients: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.recipients);
    if (Array.isArray(parsed)) recipients = parsed.map(String);
  } catch {
    recipients = r.recipients ? r.recipients.split(',') : [];
  }
  const result = r.result as SendResultKind;
  return {
    id: r.id,
    at: r.at,
    address: r.address,
    project: r.project,
    user: r.user,
    recipients,
    subject: r.subject,
    messageId: r.message_id,
    result,
    stage: r.stage,
    reply: r.reply,
    category: r.category,
    permanent: r.permanent === null ? null : r.permanent === 1,
    exitCode: result === 'pending' ? null : r.exit_code,
    pending: result === 'pending' ? parsePending(r.pending) : null,
  };
}

/** Replies are kept whole but bounded: a server may answer with kilobytes. */
const MAX_REPLY = 2000;

/** Text from outside, as it is stored: bounded, control characters escaped, credentials masked. */
const storedReply = (reply: string | null): string | null => (reply === null ? null : safeLines(reply.slice(0, MAX_REPLY)));
const storedText = (text: string | null): string | null => (text === null ? null : escapeControls(text));

/** The journal of outcomes that could not be written to the table: `addr.db` → `addr.db.outcomes`. */
export const journalFileFor = (dbFile: string): string => `${dbFile}.outcomes`;
/** The journal while it is being folded (renamed under the write lock, so appends go to a new one). */
const foldingFileFor = (dbFile: string): string => `${journalFileFor(dbFile)}.folding`;

export function journalFilesExist(dbFile: string): boolean {
  return existsSync(journalFileFor(dbFile)) || existsSync(foldingFileFor(dbFile));
}

interface JournalLine extends SendOutcome {
  id: number;
}

function readJournal(file: string): JournalLine[] {
  let data: Buffer | null;
  try {
    data = readFileCapped(file, JOURNAL_LIMIT.bytes);
  } catch {
    return [];
  }
  if (data === null) return [];
  const out: JournalLine[] = [];
  for (const line of data.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const j = JSON.parse(line) as JournalLine;
      if (Number.isInteger(j.id) && (j.result === 'sent' || j.result === 'failed')) out.push(j);
    } catch {
      // a line torn by a crash while it was written: its row stays pending (shown as unknown)
    }
  }
  return out;
}

const COMPLETE_SQL = `UPDATE send_log SET result = @result, message_id = coalesce(@messageId, message_id), stage = @stage, reply = @reply,
  category = @category, permanent = @permanent, exit_code = @exitCode, pending = NULL WHERE id = @id AND result = 'pending'`;

function completeParams(id: number, o: SendOutcome): Record<string, unknown> {
  return {
    id,
    result: o.result,
    messageId: storedText(o.messageId),
    stage: o.stage,
    reply: storedReply(o.reply),
    category: o.category,
    permanent: o.permanent === null ? null : o.permanent ? 1 : 0,
    exitCode: o.exitCode,
  };
}

/**
 * Moves the outcomes kept in the journal into the table, if the write lock can be had at once (a command that
 * opens the database does not wait for this; the next one will do it). Best effort: it never fails the command. Applying an outcome twice changes
 * nothing (only a row still pending is completed), so a crash at any point of the fold loses nothing.
 */
export function foldJournal(db: DB, dbFile: string): void {
  const live = journalFileFor(dbFile);
  const folding = foldingFileFor(dbFile);
  const budget = db.pragma('busy_timeout', { simple: true }) as number;
  let folded = false;
  db.pragma('busy_timeout = 0');
  try {
    db.transaction(() => {
      if (!existsSync(folding)) renameSync(live, folding);
      const update = db.prepare(COMPLETE_SQL);
      for (const line of readJournal(folding)) update.run(completeParams(line.id, line));
    }).immediate();
    folded = true;
  } catch {
    // Locked, or the journal cannot be moved: it stays, `addr log` reads it meanwhile, a later run folds it.
    // Never a reason for the command that opened the database to fail.
  } finally {
    db.pragma(`busy_timeout = ${budget}`);
  }
  if (folded) unlinkQuietly(folding);
}

export class SendLog {
  constructor(private readonly db: DB | null) {}

  private get d(): DB {
    if (!this.db) throw new Error('send log: no database');
    return this.db;
  }

  /** Records one finished attempt (a refusal) in its own transaction; returns its id. */
  record(a: SendAttempt): number {
    return this.insert(a, null, 'the attempt was not logged');
  }

  /**
   * Writes the attempt as `pending` before anything is sent; returns its id. A lock that outlasts the wait
   * throws a LockedError that says nothing was sent.
   */
  begin(a: Omit<SendAttempt, 'result' | 'stage' | 'reply' | 'category' | 'permanent' | 'exitCode'>, until: Date): number {
    const mark: PendingMark = { until: until.toISOString(), pid: process.pid, host: hostname() };
    return this.insert({ ...a, result: 'pending', stage: null, reply: null, category: null, permanent: null, exitCode: null }, mark,
      'nothing was sent, so it is safe to run the same command again');
  }

  /**
   * Completes a pending attempt. When the table cannot be written (the lock outlasted the wait, an I/O error),
   * the outcome goes to the journal beside the database instead; when even that fails the row stays pending.
   * Never throws: the message has been sent or not, and that must not be turned into a different answer.
   */
  complete(id: number, outcome: SendOutcome): Completion {
    const db = this.d;
    try {
      writeTx(db, () => db.prepare(COMPLETE_SQL).run(completeParams(id, outcome)), 'the outcome was not logged');
      return { kept: 'logged' };
    } catch (err) {
      const reason = (err as Error).message;
      const journal = journalFileFor(db.name);
      try {
        appendPrivate(journal, `${JSON.stringify({ id, ...outcome, reply: storedReply(outcome.reply), messageId: storedText(outcome.messageId) })}\n`);
        return { kept: 'journaled', journal, reason };
      } catch (journalErr) {
        return { kept: 'lost', reason: `${reason}; ${(journalErr as Error).message}` };
      }
    }
  }

  private insert(a: SendAttempt, mark: PendingMark | null, consequence: string): number {
    const db = this.d;
    return writeTx(db, () => Number(db.prepare(`INSERT INTO send_log
        (at, address, project, user, recipients, subject, message_id, result, stage, reply, category, permanent, exit_code, pending)
        VALUES (@at, @address, @project, @user, @recipients, @subject, @messageId, @result, @stage, @reply, @category, @permanent, @exitCode, @pending)`).run({
      at: a.at,
      address: a.address,
      project: a.project,
      user: a.user,
      recipients: JSON.stringify(a.recipients.map((r) => escapeControls(r))),
      subject: storedText(a.subject),
      messageId: storedText(a.messageId),
      result: a.result,
      stage: a.stage,
      reply: storedReply(a.reply),
      category: a.category,
      permanent: a.permanent === null ? null : a.permanent ? 1 : 0,
      // The column predates pending rows and is NOT NULL; a pending row's code is read back as null.
      exitCode: a.exitCode ?? 75,
      pending: mark === null ? null : JSON.stringify(mark),
    }).lastInsertRowid), consequence);
  }

  /**
   * Newest first. Address, project and user match case-insensitively. Outcomes still in the journal (not yet
   * folded into the table) are shown as they are there.
   */
  list(f: SendLogFilter = {}): SendLogEntry[] {
    if (!this.db) return [];
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (f.address !== undefined) { where.push('address = @address COLLATE NOCASE'); params.address = f.address; }
    if (f.project !== undefined) { where.push('project = @project COLLATE NOCASE'); params.project = f.project; }
    if (f.user !== undefined) { where.push('user = @user COLLATE NOCASE'); params.user = f.user; }
    const wanted = (r: string) => (f.result === undefined ? true : f.result === 'not-sent' ? r !== 'sent' : r === f.result);
    // Journaled outcomes change pending rows: those are read whatever the result filter, and filtered below.
    if (f.result === 'not-sent') where.push("result <> 'sent'");
    else if (f.result !== undefined) { where.push("(result = @result OR result = 'pending')"); params.result = f.result; }
    if (f.since !== undefined) { where.push('at >= @since'); params.since = f.since; }
    const sql = `SELECT * FROM send_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC`;
    const limit = f.limit !== undefined && f.limit > 0 ? Math.floor(f.limit) : Infinity;
    const journaled = this.journaled();
    const out: SendLogEntry[] = [];
    for (const row of this.db.prepare(sql).iterate(params) as IterableIterator<Row>) {
      let e = toEntry(row);
      const done = e.result === 'pending' ? journaled.get(e.id) : undefined;
      if (done) e = { ...e, ...done, messageId: done.messageId ?? e.messageId, pending: null };
      if (!wanted(e.result)) continue;
      out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  private journaled(): Map<number, JournalLine> {
    const map = new Map<number, JournalLine>();
    const file = this.db!.name;
    for (const j of [foldingFileFor(file), journalFileFor(file)]) {
      if (!statSync(j, { throwIfNoEntry: false })) continue;
      for (const line of readJournal(j)) map.set(line.id, line);
    }
    return map;
  }
}

/** How a pending attempt stands: still being sent by a live process, or interrupted (it may have been sent). */
export function pendingState(mark: PendingMark | null, now: Date, isRunning: (pid: number) => boolean, thisHost: string): 'in-progress' | 'interrupted' {
  if (!mark || !mark.until || !(Date.parse(mark.until) > now.getTime())) return 'interrupted';
  if (mark.host === thisHost && !isRunning(mark.pid)) return 'interrupted';
  return 'in-progress';
}

/** Appends one line to a private file (made 0600), flushed to disk before this returns. */
function appendPrivate(file: string, line: string): void {
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
    const data = Buffer.from(line, 'utf8');
    for (let off = 0; off < data.length;) off += writeSync(fd, data, off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
