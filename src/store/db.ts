/**
 * The SQLite file: creation with safe permissions, WAL, foreign keys, versioned migrations.
 */
import type Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ExitCode, StoreError } from '../errors.js';

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

/** Each entry moves the schema from version i to i+1. Never edit a released entry; append. */
const MIGRATIONS: string[] = [
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
  // v3 (issue 9): temporary live-test failures in a row, so that one timeout does not take an address out of service.
  'ALTER TABLE addresses ADD COLUMN temp_failures INTEGER NOT NULL DEFAULT 0 CHECK (temp_failures >= 0);',
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Opens (and on first use creates) the database. With `create: false` a missing file is not
 * created, so read-only commands on a fresh machine leave nothing behind.
 */
export function openDatabase(file: string, opts: { create: boolean }): DB | null {
  const exists = existsSync(file);
  if (!exists && !opts.create) return null;
  if (!exists) createFile(file);
  let db: DB;
  try {
    // Loaded here, not at import: commands that never open the store (diagnose, --help) skip its ~4 ms.
    const require = createRequire(import.meta.url);
    const BetterSqlite3 = require('better-sqlite3') as typeof Database;
    db = new BetterSqlite3(file, { fileMustExist: true, nativeBinding: nativeBinding(require) });
  } catch (err) {
    throw new StoreError(`Cannot open the database ${file}: ${(err as Error).message}.`, 'Check the path (--db, ADDR_DB or the config file) and its permissions.', ExitCode.IOERR, { cause: err });
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    migrate(db, file);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`The database ${file} cannot be used: ${(err as Error).message}.`, 'Is it an addr database? Point --db at the right file.', ExitCode.IOERR, { cause: err });
  }
  return db;
}

function createFile(file: string): void {
  const dir = path.dirname(file);
  try {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700); // mkdir's mode is filtered by the umask
    }
    closeSync(openSync(file, 'wx', 0o600));
    chmodSync(file, 0o600);
  } catch (err) {
    throw new StoreError(`Cannot create the database ${file}: ${(err as Error).message}.`, 'Choose a writable location with --db or ADDR_DB.', ExitCode.CANTCREAT, { cause: err });
  }
}

function migrate(db: DB, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`The database ${file} has schema version ${current}, newer than this addr understands (${SCHEMA_VERSION}).`, 'Upgrade addr.', ExitCode.CONFIG);
  }
  if (current === SCHEMA_VERSION) return;
  const run = db.transaction(() => {
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
  run.immediate();
}
