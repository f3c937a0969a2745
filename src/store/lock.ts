/**
 * Waiting for the database lock. Several addr processes may write at once (cron sends, an admin's adds, a
 * directory import); SQLite lets one write at a time. Every write is one BEGIN IMMEDIATE transaction that waits
 * for the lock: SQLite's busy handler (busy_timeout) first, then, for the kinds of "busy" it does not wait on
 * (a WAL snapshot gone stale, recovery after a crash), retries with backoff, all within one budget (the
 * `lockWait` setting, default 30 s). A lock that outlasts it is a temporary failure (exit 75) that says what did
 * not happen; never an internal error.
 */
import type Database from 'better-sqlite3';
import { AddrError, ExitCode, StoreError } from '../errors.js';

type DB = Database.Database;

/** The default of the `lockWait` setting. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;

export class LockedError extends AddrError {
  constructor(file: string, waitedMs: number, consequence: string, options?: { cause?: unknown }) {
    super(
      'locked',
      `The database ${file} stayed locked by another process for ${(waitedMs / 1000).toFixed(1)} s; ${consequence}.`,
      ExitCode.TEMPFAIL,
      'Run the same command again later. The wait is the lockWait setting (default 30s); `fuser` or `lsof` on the file shows who holds it.',
      options,
    );
  }
}

/** SQLITE_BUSY and its extended codes (…_SNAPSHOT, …_RECOVERY, …_TIMEOUT), and SQLITE_LOCKED. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

/** What the file system or the file did to a write: a full disk, an I/O error, a read-only or damaged file. */
function isIoFailure(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return !(err instanceof AddrError) && typeof code === 'string' && /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM|NOLFS)/.test(code);
}

/** A synchronous pause: better-sqlite3 is synchronous, and so is every write of addr's. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, Math.round(ms)));
}

/**
 * Runs `attempt` until it gets past the lock, within the connection's lock budget (its busy_timeout, set from
 * `lockWait` when it was opened). `consequence` completes the sentence of a final failure: "nothing was saved".
 */
export function withLockWait<T>(db: DB, attempt: () => T, consequence: string): T {
  const budget = db.pragma('busy_timeout', { simple: true }) as number;
  const start = Date.now();
  let backoff = 20;
  let changed = false;
  try {
    for (;;) {
      try {
        return attempt();
      } catch (err) {
        if (isIoFailure(err)) {
          throw new StoreError(`Cannot write the database ${db.name}: ${(err as Error).message}; ${consequence}.`, 'Check the free space and the permissions of the file and its folder.', ExitCode.IOERR, { cause: err });
        }
        if (!isBusy(err)) throw err;
        const waited = Date.now() - start;
        if (waited >= budget) throw new LockedError(db.name, waited, consequence, { cause: err });
        pause(Math.min(budget - waited, backoff * (0.5 + Math.random())));
        backoff = Math.min(backoff * 2, 1000);
        // The busy handler of the next attempt gets only what is left of the budget.
        db.pragma(`busy_timeout = ${Math.max(1, budget - (Date.now() - start))}`);
        changed = true;
      }
    }
  } finally {
    if (changed) db.pragma(`busy_timeout = ${budget}`);
  }
}

/** One write transaction (BEGIN IMMEDIATE) that waits for the lock; `fn` is run again if the lock was lost. */
export function writeTx<T>(db: DB, fn: () => T, consequence = 'nothing was saved'): T {
  if (db.inTransaction) return db.transaction(fn)(); // a savepoint inside the caller's transaction
  return withLockWait(db, () => db.transaction(fn).immediate(), consequence);
}
