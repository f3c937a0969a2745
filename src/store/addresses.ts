/**
 * The sender-address repository. Every write runs in one transaction that waits for the lock (a lock that
 * outlasts the wait is exit 75 and nothing is saved); the password is encrypted inside it by the Vault, with the
 * address as associated data, so ciphertexts cannot be swapped between rows.
 */
import { inService, OUT_OF_SERVICE_AFTER } from '../core/access.js';
import type { AddressDraft, LastTest, SenderAddress, Security } from '../core/address.js';
import type { AuthMethod } from '../core/auth.js';
import { safeText } from '../core/untrusted.js';
import { AddrError, ExitCode, NotFoundError } from '../errors.js';
import type { DB } from './db.js';
import { writeTx } from './lock.js';
import { addressAad, type Vault } from './vault.js';

interface Row {
  id: number;
  email: string;
  display_name: string | null;
  preset: string;
  host: string;
  port: number;
  security: string;
  username: string;
  has_password: number;
  tls_verify: number;
  ca_file: string | null;
  created_at: string;
  updated_at: string;
  last_test_at: string | null;
  last_test_ok: number | null;
  last_test_summary: string | null;
  temp_failures: number;
  auth_method: string;
}

/** Every column but the ciphertext, which only password() reads. */
const COLUMNS = `id, email, display_name, preset, host, port, security, username, password_enc IS NOT NULL AS has_password,
  tls_verify, ca_file, created_at, updated_at, last_test_at, last_test_ok, last_test_summary, temp_failures, auth_method`;

type RawRow = [number, string, string | null, string, string, number, string, string, number, number, string | null, string, string, string | null, number | null, string | null, number, string];

/**
 * A row read in raw mode (an array in COLUMNS order): `addr list` reads thousands, and better-sqlite3 builds
 * arrays several times faster than objects with named keys.
 */
function rowOf(r: RawRow): Row {
  return {
    id: r[0], email: r[1], display_name: r[2], preset: r[3], host: r[4], port: r[5], security: r[6], username: r[7], has_password: r[8],
    tls_verify: r[9], ca_file: r[10], created_at: r[11], updated_at: r[12], last_test_at: r[13], last_test_ok: r[14], last_test_summary: r[15], temp_failures: r[16], auth_method: r[17],
  };
}

function toAddress(row: Row, outOfServiceAfter: number): SenderAddress {
  let lastTest: LastTest | null = null;
  if (row.last_test_at) {
    lastTest = { at: row.last_test_at, ok: row.last_test_ok === 1, summary: row.last_test_summary, temporaryFailures: row.temp_failures, inService: true };
    lastTest.inService = inService(lastTest, outOfServiceAfter);
  }
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    preset: row.preset,
    host: row.host,
    port: row.port,
    security: row.security as Security,
    username: row.username,
    tlsVerify: row.tls_verify === 1,
    caFile: row.ca_file,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastTest,
    authMethod: row.auth_method as AuthMethod,
    hasPassword: row.has_password === 1,
  };
}

export class DuplicateAddressError extends AddrError {
  constructor(email: string) {
    super('duplicate', `${email} is already saved.`, ExitCode.DATAERR, `Change it with \`addr edit ${email}\`, or remove it first.`);
  }
}

/** A test summary may quote the server: stored with control characters escaped and credentials masked. */
const storedSummary = (summary: string | null): string | null => (summary === null ? null : safeText(summary));

export interface StorePolicy {
  /** Temporary failures in a row after which an address is out of service (setting outOfServiceAfter). */
  outOfServiceAfter: number;
}

export class AddressStore {
  private readonly toAddress: (row: Row) => SenderAddress;
  constructor(private readonly db: DB | null, private readonly vault: Vault, policy: StorePolicy = { outOfServiceAfter: OUT_OF_SERVICE_AFTER }) {
    this.toAddress = (row) => toAddress(row, policy.outOfServiceAfter);
    vault.useDatabase(db);
  }

  list(): SenderAddress[] {
    if (!this.db) return [];
    return (this.db.prepare(`SELECT ${COLUMNS} FROM addresses ORDER BY email`).raw(true).all() as RawRow[]).map((r) => this.toAddress(rowOf(r)));
  }

  find(email: string): SenderAddress | null {
    if (!this.db) return null;
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM addresses WHERE email = ?`).get(email) as Row | undefined;
    return row ? this.toAddress(row) : null;
  }

  get(email: string): SenderAddress {
    const found = this.find(email);
    if (!found) throw new NotFoundError(`No saved address ${email}.`, 'See the saved ones with `addr list`.');
    return found;
  }

  /** Refuses now a key that the save would refuse (see Vault.assertUsable). */
  checkKey(): void {
    this.vault.assertUsable();
  }

  /** Decrypts the stored password; null when the address has none. */
  password(email: string): string | null {
    const db = this.requireDb();
    const row = db.prepare('SELECT email, password_enc FROM addresses WHERE email = ?').get(email) as { email: string; password_enc: string | null } | undefined;
    if (!row) throw new NotFoundError(`No saved address ${email}.`, 'See the saved ones with `addr list`.');
    return row.password_enc === null ? null : this.vault.decrypt(row.password_enc, addressAad(row.email));
  }

  /**
   * Saves a new address that has passed its live test, in one transaction. `also` runs inside it with the new
   * row's id (the OAuth2 sign-in is saved with the address, or neither is).
   */
  insert(draft: AddressDraft, test: LastTest, also?: (id: number) => void): SenderAddress {
    const db = this.requireDb();
    const id = writeTx(db, () => {
      if (db.prepare('SELECT 1 FROM addresses WHERE email = ?').get(draft.email)) throw new DuplicateAddressError(draft.email);
      const enc = draft.password === null || draft.authMethod !== 'password' ? null : this.vault.encrypt(draft.password, addressAad(draft.email));
      const info = db.prepare(`INSERT INTO addresses
        (email, display_name, preset, host, port, security, username, password_enc, tls_verify, ca_file,
         created_at, updated_at, last_test_at, last_test_ok, last_test_summary, temp_failures, auth_method)
        VALUES (@email, @displayName, @preset, @host, @port, @security, @username, @enc, @tlsVerify, @caFile,
         @now, @now, @testAt, @testOk, @testSummary, 0, @authMethod)`).run({
        ...draftParams(draft), enc, now: test.at, testAt: test.at, testOk: test.ok ? 1 : 0, testSummary: storedSummary(test.summary),
      });
      const id = Number(info.lastInsertRowid);
      also?.(id);
      return id;
    }, `nothing was saved (the live test had passed: run the same command again to save ${draft.email})`);
    return this.toAddress(db.prepare(`SELECT ${COLUMNS} FROM addresses WHERE id = ?`).get(id) as Row);
  }

  /**
   * Replaces the settings of `email` with `draft` (which may rename it). Only called after the new
   * settings passed the live test. `expectedUpdatedAt` guards against a concurrent change. `also` runs in the same
   * transaction (the OAuth2 sign-in saved, moved or removed with the change of auth method).
   */
  update(email: string, draft: AddressDraft, test: LastTest, expectedUpdatedAt: string, also?: (id: number) => void): SenderAddress {
    const db = this.requireDb();
    const id = writeTx(db, () => {
      const current = db.prepare(`SELECT ${COLUMNS} FROM addresses WHERE email = ?`).get(email) as Row | undefined;
      if (!current) throw new NotFoundError(`No saved address ${email}.`, 'See the saved ones with `addr list`.');
      if (current.updated_at !== expectedUpdatedAt) {
        throw new AddrError('conflict', `${email} was changed by someone else while it was being tested.`, ExitCode.TEMPFAIL, 'Run the edit again.');
      }
      if (draft.email.toLowerCase() !== email.toLowerCase() && db.prepare('SELECT 1 FROM addresses WHERE email = ?').get(draft.email)) {
        throw new DuplicateAddressError(draft.email);
      }
      const enc = draft.password === null || draft.authMethod !== 'password' ? null : this.vault.encrypt(draft.password, addressAad(draft.email));
      db.prepare(`UPDATE addresses SET email = @email, display_name = @displayName, preset = @preset, host = @host,
          port = @port, security = @security, username = @username, password_enc = @enc, tls_verify = @tlsVerify,
          ca_file = @caFile, updated_at = @now, last_test_at = @now, last_test_ok = @testOk, last_test_summary = @testSummary,
          temp_failures = 0, auth_method = @authMethod
        WHERE id = @id`).run({ ...draftParams(draft), enc, now: test.at, testOk: test.ok ? 1 : 0, testSummary: storedSummary(test.summary), id: current.id });
      also?.(current.id);
      return current.id;
    }, `nothing was changed: ${email} keeps its previous settings (the live test had passed: run the same command again)`);
    return this.toAddress(db.prepare(`SELECT ${COLUMNS} FROM addresses WHERE id = ?`).get(id) as Row);
  }

  /**
   * Records a live test of a saved address; never touches its settings. `temporary`: the failure was temporary
   * (exit 75); it extends the run of temporary failures if the test before passed or failed temporarily too.
   */
  recordTest(email: string, test: LastTest, opts: { temporary: boolean } = { temporary: false }): void {
    const db = this.requireDb();
    writeTx(db, () => {
      db.prepare(`UPDATE addresses SET last_test_at = @at, last_test_ok = @ok, last_test_summary = @summary,
          temp_failures = CASE WHEN @ok = 1 OR @temporary = 0 THEN 0
                               WHEN last_test_ok = 1 THEN 1
                               WHEN temp_failures > 0 THEN temp_failures + 1
                               ELSE 0 END
        WHERE email = @email`)
        .run({ at: test.at, ok: test.ok ? 1 : 0, summary: storedSummary(test.summary), temporary: opts.temporary ? 1 : 0, email });
    }, 'the result of the test was not recorded');
  }

  remove(email: string): void {
    const db = this.requireDb();
    writeTx(db, () => {
      const info = db.prepare('DELETE FROM addresses WHERE email = ?').run(email);
      if (info.changes === 0) throw new NotFoundError(`No saved address ${email}.`, 'See the saved ones with `addr list`.');
    }, `nothing was removed`);
  }

  private requireDb(): DB {
    if (!this.db) throw new NotFoundError('No address is saved yet.', 'Add one with `addr add`.');
    return this.db;
  }
}

function draftParams(d: AddressDraft): Record<string, unknown> {
  return {
    email: d.email,
    displayName: d.displayName,
    preset: d.preset,
    host: d.host,
    port: d.port,
    security: d.security,
    username: d.username,
    tlsVerify: d.tlsVerify ? 1 : 0,
    caFile: d.caFile,
    authMethod: d.authMethod,
  };
}
