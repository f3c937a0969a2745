/**
 * The SQLite file: creation with safe permissions (also by many processes at once), WAL, foreign keys, versioned
 * migrations, and the wait for the lock (src/store/lock.ts).
 */
import type Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AddrError, ExitCode, StoreError } from '../errors.js';
import { createPrivateFile, makePrivateDir, tightenDir, tightenFile } from './files.js';
import { DEFAULT_LOCK_WAIT_MS, withLockWait } from './lock.js';
import { foldJournal, journalFilesExist } from './send-log.js';

export type DB = Database.Database;

/**
 * The addon's path, given to better-sqlite3 directly: its default lookup (the `bindings` package)
 * probes a dozen paths and parses a stack trace, which costs ~20 ms of every start.
 */
function nativeBinding(require: NodeJS.Require): string | undefined {
  try {
    const candidate = require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
    return existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined; // let better-sqlite3 find it its own way
  }
}

/**
 * Each entry moves the schema from version i to i+1: SQL, or a function for a change that must read the schema
 * as it is (so that it does not depend on what other entries did before it). Never edit a released entry; append.
 */
export const MIGRATIONS: ReadonlyArray<string | ((db: DB) => void)> = [
  `CREATE TABLE meta (
     key   TEXT PRIMARY KEY,
     value TEXT NOT NULL
   ) STRICT;
   CREATE TABLE addresses (
     id                INTEGER PRIMARY KEY,
     email             TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name      TEXT,
     preset            TEXT NOT NULL,
     host              TEXT NOT NULL,
     port              INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
     security          TEXT NOT NULL CHECK (security IN ('ssl', 'starttls', 'none')),
     username          TEXT NOT NULL,
     password_enc      TEXT,
     tls_verify        INTEGER NOT NULL DEFAULT 1 CHECK (tls_verify IN (0, 1)),
     ca_file           TEXT,
     created_at        TEXT NOT NULL,
     updated_at        TEXT NOT NULL,
     last_test_at      TEXT,
     last_test_ok      INTEGER CHECK (last_test_ok IN (0, 1)),
     last_test_summary TEXT
   ) STRICT;`,
  // v2: the directory (users, groups, projects), access rules and project bindings, and the send log.
  `CREATE TABLE users (
     id         INTEGER PRIMARY KEY,
     login      TEXT NOT NULL UNIQUE COLLATE NOCASE,
     name       TEXT,
     email      TEXT,
     created_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE groups (
     id          INTEGER PRIMARY KEY,
     name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
     description TEXT,
     created_at  TEXT NOT NULL
   ) STRICT;
   CREATE TABLE group_members (
     group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
     user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     PRIMARY KEY (group_id, user_id)
   ) STRICT;
   CREATE TABLE projects (
     id                 INTEGER PRIMARY KEY,
     name               TEXT NOT NULL UNIQUE COLLATE NOCASE,
     description        TEXT,
     default_address_id INTEGER REFERENCES addresses(id) ON DELETE SET NULL,
     created_at         TEXT NOT NULL
   ) STRICT;
   CREATE TABLE access_users (
     address_id INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
     user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     effect     TEXT NOT NULL CHECK (effect IN ('allow', 'deny')),
     PRIMARY KEY (address_id, user_id)
   ) STRICT;
   CREATE TABLE access_groups (
     address_id INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
     group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
     PRIMARY KEY (address_id, group_id)
   ) STRICT;
   CREATE TABLE address_projects (
     address_id INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
     project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
     PRIMARY KEY (address_id, project_id)
   ) STRICT;
   CREATE TABLE send_log (
     id          INTEGER PRIMARY KEY,
     at          TEXT NOT NULL,
     address     TEXT NOT NULL,
     project     TEXT,
     user        TEXT,
     recipients  TEXT NOT NULL,
     subject     TEXT,
     message_id  TEXT,
     result      TEXT NOT NULL CHECK (result IN ('sent', 'failed', 'refused')),
     stage       TEXT,
     reply       TEXT,
     category    TEXT,
     permanent   INTEGER,
     exit_code   INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX send_log_at ON send_log(at);`,
  // OAuth2 sign-ins (src/store/oauth-grants.ts): one per address, kept by e-mail so that a sign-in can come before
  // the address is saved; the *_enc columns are Vault ciphertexts (aad "oauth_grants.<column>:<email>").
  `CREATE TABLE oauth_grants (
     id                INTEGER PRIMARY KEY,
     email             TEXT NOT NULL UNIQUE COLLATE NOCASE,
     address_id        INTEGER REFERENCES addresses(id) ON DELETE CASCADE,
     provider          TEXT CHECK (provider IN ('microsoft', 'google', 'yandex')),
     flow              TEXT NOT NULL CHECK (flow IN ('device', 'loopback', 'client-credentials', 'command')),
     tenant            TEXT,
     client_id         TEXT,
     authority         TEXT,
     scope             TEXT,
     account           TEXT,
     refresh_token_enc TEXT,
     client_secret_enc TEXT,
     private_key_enc   TEXT,
     certificate       TEXT,
     token_command     TEXT,
     access_token_enc  TEXT,
     access_expires_at TEXT,
     refresh_expires_at TEXT,
     signed_in_at      TEXT NOT NULL,
     refreshed_at      TEXT,
     updated_at        TEXT NOT NULL,
     CHECK (flow = 'command' OR (provider IS NOT NULL AND client_id IS NOT NULL)),
     CHECK (flow <> 'command' OR token_command IS NOT NULL)
   ) STRICT;
   CREATE INDEX oauth_grants_address ON oauth_grants(address_id);`,
  // v3: `addr send` writes the attempt before the message goes out (result 'pending', with `pending` = when it
  // will be settled, and by which process) and completes it after. SQLite cannot alter a CHECK: the table is
  // rebuilt from its own current definition with 'pending' added, so columns other entries added are kept.
  (db) => {
    const def = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'send_log'").get() as { sql: string };
    const check = /CHECK\s*\(\s*result\s+IN\s*\(([^)]*)\)\s*\)/i;
    if (!check.test(def.sql)) throw new Error('send_log has no CHECK on result to extend');
    const rebuilt = def.sql
      .replace(/^CREATE TABLE\s+("?)send_log\1/i, 'CREATE TABLE send_log_v3')
      .replace(check, (_m, list: string) => (/'pending'/.test(list) ? _m : `CHECK (result IN (${list.trim()}, 'pending'))`));
    const indexes = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'send_log' AND sql IS NOT NULL").all() as { sql: string }[]).map((r) => r.sql);
    db.exec(rebuilt);
    db.exec('INSERT INTO send_log_v3 SELECT * FROM send_log; DROP TABLE send_log; ALTER TABLE send_log_v3 RENAME TO send_log;');
    for (const sql of indexes) db.exec(sql);
    db.exec('ALTER TABLE send_log ADD COLUMN pending TEXT');
  },
  // v3 (issue 9): temporary live-test failures in a row, so that one timeout does not take an address out of service.
  'ALTER TABLE addresses ADD COLUMN temp_failures INTEGER NOT NULL DEFAULT 0 CHECK (temp_failures >= 0);',
  // v4 (issue 12): how an address logs in. Until now an address without a stored password took mail without AUTH.
  `ALTER TABLE addresses ADD COLUMN auth_method TEXT NOT NULL DEFAULT 'password' CHECK (auth_method IN ('password', 'oauth2', 'none'));
   UPDATE addresses SET auth_method = 'none' WHERE password_enc IS NULL;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** Make the file (and its folder) when missing; without it a missing file is not created and null returned. */
  create: boolean;
  /** How long a write waits for another process's lock (the `lockWait` setting). */
  lockWaitMs?: number;
  /**
   * The folder is addr's own (the default location, `$XDG_DATA_HOME/addr`): found open to others (say, made
   * 0777 under umask 000 by an older addr), it is made 0700. A folder given with --db is left as it is.
   */
  ownFolder?: boolean;
}

/**
 * Opens (and on first use creates) the database. With `create: false` a missing file is not created, so
 * read-only commands on a fresh machine leave nothing behind. Safe when many processes open a new location at
 * once: the file is created with O_EXCL (the others use the winner's), and migrations run in an immediate
 * transaction that reads the version again.
 */
export function openDatabase(file: string, opts: OpenOptions): DB | null {
  const exists = existsSync(file);
  if (!exists && !opts.create) return null;
  if (!exists) createFile(file);
  else tightenFile(file); // e.g. an empty addr.db left 0644 by a hand or an old version
  if (opts.ownFolder) tightenDir(path.dirname(file));
  let db: DB;
  try {
    // Loaded here, not at import: commands that never open the store (diagnose, --help) skip its ~4 ms.
    const require = createRequire(import.meta.url);
    const BetterSqlite3 = require('better-sqlite3') as typeof Database;
    db = new BetterSqlite3(file, { fileMustExist: true, nativeBinding: nativeBinding(require), timeout: opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS });
  } catch (err) {
    throw new StoreError(`Cannot open the database ${file}: ${(err as Error).message}.`, 'Check the path (--db, ADDR_DB or the config file) and its permissions.', ExitCode.IOERR, { cause: err });
  }
  try {
    withLockWait(db, () => {
      db.pragma('foreign_keys = ON');
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      migrate(db, file);
    }, 'nothing was done');
    // SQLite gives -wal and -shm the database's mode when it makes them; ones left from before are tightened.
    tightenFile(`${file}-wal`);
    tightenFile(`${file}-shm`);
    if (journalFilesExist(file)) foldJournal(db, file);
  } catch (err) {
    db.close();
    if (err instanceof AddrError) throw err;
    throw new StoreError(`The database ${file} cannot be used: ${(err as Error).message}.`, 'Is it an addr database? Point --db at the right file.', ExitCode.IOERR, { cause: err });
  }
  return db;
}

function createFile(file: string): void {
  try {
    makePrivateDir(path.dirname(file));
    createPrivateFile(file); // false: another process made it a moment ago; it is theirs and ours
  } catch (err) {
    throw new StoreError(`Cannot create the database ${file}: ${(err as Error).message}.`, 'Choose a writable location with --db or ADDR_DB.', ExitCode.CANTCREAT, { cause: err });
  }
  const st = statSync(file, { throwIfNoEntry: false });
  if (st && !st.isFile()) throw new StoreError(`The database path ${file} is not a file.`, 'Point --db or ADDR_DB at a file.', ExitCode.CANTCREAT);
}

function migrate(db: DB, file: string): void {
  const version = (): number => {
    const v = db.pragma('user_version', { simple: true }) as number;
    if (v > SCHEMA_VERSION) {
      throw new StoreError(`The database ${file} has schema version ${v}, newer than this addr understands (${SCHEMA_VERSION}).`, 'Upgrade addr.', ExitCode.CONFIG);
    }
    return v;
  };
  if (version() === SCHEMA_VERSION) return;
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated while this one waited.
    for (let v = version(); v < SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v]!;
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
