/**
 * Secrets at rest (passwords now; OAuth refresh tokens and client secrets go the same way): AES-256-GCM with a
 * key that never lives in the database. The key comes from ADDR_KEY (32 bytes, base64 or hex) or from a key file
 * beside the database, made 0600 on first use. A copy of addr.db alone reveals no secret.
 *
 * The database remembers which key its secrets belong to: the key's fingerprint (an HMAC of a constant under the
 * key, never the key) in `meta`. A different key, or a new one made because the key file went missing, is refused
 * while secrets sealed with another exist (exit 78), so no database ever holds rows that no single key opens.
 *
 * Every encrypted column is one entry of SECRET_COLUMNS (table, column, associated data): the checks and
 * `addr key rotate` walk that list, so a new kind of secret is one entry there plus `encrypt`/`decrypt` calls.
 */
import { createRequire } from 'node:module';
import { renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { KEY_FILE_LIMIT } from '../core/limits.js';
import { AddrError, ConfigError, ExitCode, StoreError, UsageError } from '../errors.js';
import type { DB } from './db.js';
import { ENCRYPTED_GRANT_COLUMNS, grantAad } from './oauth-grants.js';
import { fsyncDir, readFileCapped, unlinkQuietly, writePrivateFileAtomic } from './files.js';
import { writeTx } from './lock.js';

const VERSION = 'v1';
const FINGERPRINT_KEY = 'key_fingerprint';

/** node:crypto takes ~7 ms to load; commands that never touch a secret (list, show) skip it. */
let cryptoModule: typeof import('node:crypto') | null = null;
function crypto(): typeof import('node:crypto') {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}

export interface KeySource {
  /** Value of ADDR_KEY, if set. */
  envKey?: string;
  /** Path of the key file beside the database. */
  keyFile: string;
}

/** One encrypted column. */
export interface SecretColumn {
  table: string;
  /** Holds "v1:base64(iv | tag | ciphertext)", or NULL when the row has no secret. */
  column: string;
  /** The columns `aad` reads. */
  select: readonly string[];
  /** The associated data the value is sealed with: binds a ciphertext to its row, so it cannot be moved. */
  aad(row: Record<string, unknown>): string;
}

/** The associated data of an address's password. */
export const addressAad = (email: string): string => email.toLowerCase();

/** Every secret addr stores. Add an entry for a new one (e.g. an OAuth refresh token column). */
export const SECRET_COLUMNS: readonly SecretColumn[] = [
  { table: 'addresses', column: 'password_enc', select: ['email'], aad: (r) => addressAad(String(r.email)) },
  // OAuth2 sign-ins: refresh token, client secret, private key, cached access token (src/store/oauth-grants.ts).
  ...ENCRYPTED_GRANT_COLUMNS.map((column): SecretColumn => ({ table: 'oauth_grants', column, select: ['email'], aad: (r) => grantAad(column, String(r.email)) })),
];

export interface Rotation {
  /** How many secrets were sealed again. */
  secrets: number;
  fingerprint: string;
  previousFingerprint: string;
  /** The key file that now holds the new key; null when the key comes from ADDR_KEY. */
  keyFile: string | null;
}

export interface KeyCheck {
  secrets: number;
  fingerprint: string;
  /** The fingerprint the database records (null: none recorded yet). */
  recorded: string | null;
}

/** What is shown of a fingerprint: enough to compare two, nothing about the key. */
export const shortFingerprint = (fp: string): string => fp.slice(0, 16);

export function fingerprintOf(key: Buffer): string {
  return crypto().createHmac('sha256', key).update('addr key fingerprint v1').digest('hex');
}

function seal(key: Buffer, plain: string, aad: string): string {
  const { createCipheriv, randomBytes } = crypto();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** Throws a plain Error when the key or the associated data is not the one it was sealed with. */
function unseal(key: Buffer, blob: string, aad: string): string {
  const [version, data] = blob.split(':', 2);
  if (version !== VERSION || !data) throw new StoreError('A stored secret has an unknown format.', 'The database may come from a newer addr; upgrade addr.', ExitCode.CONFIG);
  const raw = Buffer.from(data, 'base64');
  const decipher = crypto().createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export class Vault {
  private key: Buffer | null = null;
  private keyFp: string | null = null;
  private db: DB | null = null;

  constructor(private readonly source: KeySource, private readonly secrets: readonly SecretColumn[] = SECRET_COLUMNS) {}

  /** The database whose secrets this vault seals and opens (its fingerprint is checked and recorded there). */
  useDatabase(db: DB | null): void {
    if (db) this.db = db;
  }

  /** Where the key comes from, for `addr config` and error messages. */
  describe(): string {
    return this.source.envKey !== undefined ? 'ADDR_KEY (environment)' : this.source.keyFile;
  }

  /**
   * Seals a secret. Call it inside the write transaction that stores the result: the key is checked against the
   * database's fingerprint there (and recorded on first use), and the key file is made if there is none and the
   * database holds no secret.
   */
  encrypt(plain: string, aad: string): string {
    return seal(this.resolve(true), plain, aad);
  }

  decrypt(blob: string, aad: string): string {
    const key = this.resolve(false);
    try {
      return unseal(key, blob, aad);
    } catch (err) {
      if (err instanceof AddrError) throw err;
      throw new ConfigError(
        `The stored secret cannot be decrypted with the key from ${this.describe()}.`,
        'Use the key this database was created with (the addr.key file beside it, or the same ADDR_KEY).',
        { cause: err },
      );
    }
  }

  /**
   * Throws now what `encrypt` would throw inside the write (a key file that is missing while secrets exist, not
   * the database's key, readable by others, a folder), without making or recording anything: `add` and `edit`
   * call it before their live test, so that a save that cannot happen is not tested first.
   */
  assertUsable(): void {
    const db = this.db;
    const stored = db ? storedFingerprint(db) : null;
    if (this.source.envKey === undefined && !readKeyFile(this.source.keyFile)) {
      if (stored !== null && this.adoptPending(stored)) return;
      if (db && countSecrets(db, this.secrets) > 0) this.load(true, stored); // throws the missing-key error
      return;
    }
    const key = this.source.envKey !== undefined ? parseKey(this.source.envKey, 'ADDR_KEY') : readKeyFile(this.source.keyFile)!;
    const fp = fingerprintOf(key);
    if (db && stored !== null && fp !== stored && !this.reload(stored) && countSecrets(db, this.secrets) > 0) throw this.wrongKey(stored, fp);
  }

  /** Whether there is a key to use: ADDR_KEY, the key file, or a rotation's new key waiting beside it. */
  hasKey(): boolean {
    if (this.source.envKey !== undefined) return true;
    return statSync(this.source.keyFile, { throwIfNoEntry: false }) !== undefined || statSync(pendingFileFor(this.source.keyFile), { throwIfNoEntry: false }) !== undefined;
  }

  /** How many secrets the database holds. */
  secretCount(): number {
    return countSecrets(this.requireDb(), this.secrets);
  }

  /** Opens every stored secret with the key in use (nothing is written). */
  check(): KeyCheck {
    const db = this.requireDb();
    const key = this.resolve(false);
    let secrets = 0;
    for (const s of this.present(db)) {
      for (const row of this.rowsOf(db, s)) {
        this.openRow(key, s, row, 'The key in use does not open it');
        secrets++;
      }
    }
    return { secrets, fingerprint: shortFingerprint(fingerprintOf(key)), recorded: storedFingerprint(db) };
  }

  /**
   * Seals every secret again with a new key, in one transaction. With a key file: the new key is first written
   * beside it (addr.key.new, atomically), the transaction re-encrypts and records the new fingerprint, and the
   * new file is renamed over the old one. A crash before the commit leaves the old key opening every row; after
   * it, the next run finds the database recording the fingerprint of addr.key.new and finishes the rename. With
   * ADDR_KEY the new key comes from `newKeyText` (ADDR_NEW_KEY), and the caller switches ADDR_KEY to it.
   */
  rotate(newKeyText?: string): Rotation {
    const db = this.requireDb();
    const usingEnv = this.source.envKey !== undefined;
    if (usingEnv && newKeyText === undefined) {
      throw new UsageError('The key comes from ADDR_KEY, so addr cannot write the new one anywhere: give it in ADDR_NEW_KEY.', 'Make one with `openssl rand -base64 32`, store it where ADDR_KEY comes from, then run: ADDR_NEW_KEY=… addr key rotate');
    }
    const old = this.resolve(false);
    const next = newKeyText !== undefined ? parseKey(newKeyText, 'ADDR_NEW_KEY') : crypto().randomBytes(32);
    if (next.equals(old)) throw new UsageError('ADDR_NEW_KEY is the key in use already.', 'Make a new one with `openssl rand -base64 32`.');
    const keyFile = this.source.keyFile;
    const pending = usingEnv ? null : pendingFileFor(keyFile);
    if (pending) {
      try {
        writePrivateFileAtomic(pending, `${next.toString('base64')}\n`, { replace: true });
      } catch (err) {
        throw new StoreError(`Cannot write the new key to ${pending}: ${(err as Error).message}.`, 'Check that the folder is writable; nothing was changed.', ExitCode.CANTCREAT, { cause: err });
      }
    }
    let count = 0;
    try {
      writeTx(db, () => {
        count = 0;
        const stored = storedFingerprint(db);
        if (stored !== null && stored !== fingerprintOf(old)) throw this.wrongKey(stored, fingerprintOf(old));
        for (const s of this.present(db)) {
          const update = db.prepare(`UPDATE "${s.table}" SET "${s.column}" = ? WHERE rowid = ?`);
          for (const row of this.rowsOf(db, s)) {
            const plain = this.openRow(old, s, row, 'Nothing was changed');
            update.run(seal(next, plain, s.aad(row)), row.__rowid);
            count++;
          }
        }
        setFingerprint(db, fingerprintOf(next));
      }, 'nothing was changed: the current key still opens every secret');
    } catch (err) {
      if (pending) unlinkQuietly(pending);
      throw err;
    }
    if (pending) {
      renameSync(pending, keyFile);
      fsyncDir(path.dirname(keyFile));
    }
    this.key = next;
    this.keyFp = fingerprintOf(next);
    return { secrets: count, fingerprint: shortFingerprint(this.keyFp), previousFingerprint: shortFingerprint(fingerprintOf(old)), keyFile: usingEnv ? null : keyFile };
  }

  /**
   * The key, checked against the database. `write`: about to seal (inside the write transaction); the key file
   * may be made, and the fingerprint is recorded if the database has none or holds no secret yet.
   */
  private resolve(write: boolean): Buffer {
    const db = this.db;
    const stored = db ? storedFingerprint(db) : null;
    if (this.key && (stored === null ? !write || db === null : stored === this.keyFp)) return this.key;
    let key = this.key ?? this.load(write, stored);
    let fp = fingerprintOf(key);
    if (db && stored !== null && fp !== stored) {
      // The key may have changed since it was read (a rotation), or a rotation stopped between its commit and
      // the rename of addr.key.new.
      const current = this.reload(stored);
      if (current) {
        key = current;
        fp = stored;
      } else if (!write || countSecrets(db, this.secrets) > 0) {
        throw this.wrongKey(stored, fp);
      }
    }
    if (write && db && stored !== fp) {
      // First use of a fingerprint: prove that this key opens what is already there (a database from before
      // fingerprints), or take over a database that holds no secret.
      if (stored === null) this.proveAgainstStored(db, key);
      setFingerprint(db, fp);
    }
    this.key = key;
    this.keyFp = fp;
    return key;
  }

  private load(write: boolean, stored: string | null): Buffer {
    if (this.source.envKey !== undefined) return parseKey(this.source.envKey, 'ADDR_KEY');
    const file = this.source.keyFile;
    const found = readKeyFile(file);
    if (found) return found;
    const adopted = stored !== null ? this.adoptPending(stored) : null;
    if (adopted) return adopted;
    const secrets = this.db ? countSecrets(this.db, this.secrets) : 0;
    if (!write || secrets > 0) {
      throw new ConfigError(
        `The key file ${file} is missing, so ${secrets === 1 ? 'the secret' : `the ${secrets > 0 ? `${secrets} ` : ''}secrets`} saved in the database cannot be read${write ? ', and addr will not make a new key that cannot open them' : ''}.`,
        'Restore the key file from the backup made with the database, or set ADDR_KEY to that key. If it is lost for good, so are the saved passwords: remove those addresses (`addr remove ADDR --yes`) and add them again.',
      );
    }
    return createKeyFile(file);
  }

  /** The key as the source has it now, if its fingerprint is `stored` (or addr.key.new's is: then it is adopted). */
  private reload(stored: string): Buffer | null {
    if (this.source.envKey !== undefined) return null;
    const now = readKeyFile(this.source.keyFile);
    if (now && fingerprintOf(now) === stored) return now;
    return this.adoptPending(stored);
  }

  /** Finishes a rotation that committed but did not rename addr.key.new over addr.key. */
  private adoptPending(stored: string): Buffer | null {
    const file = this.source.keyFile;
    const pending = pendingFileFor(file);
    const key = readKeyFile(pending);
    if (!key || fingerprintOf(key) !== stored) return null;
    try {
      renameSync(pending, file);
      fsyncDir(path.dirname(file));
    } catch (err) {
      // another process finished it first: its result is the same key
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return key;
  }

  private proveAgainstStored(db: DB, key: Buffer): void {
    for (const s of this.present(db)) {
      const row = this.rowsOf(db, s, 1)[0];
      if (!row) continue;
      try {
        unseal(key, String(row.__blob), s.aad(row));
        return;
      } catch {
        throw new ConfigError(
          `The key from ${this.describe()} does not open the secrets already saved in the database, so addr will not save more with it.`,
          'Use the key the database was made with (restore its addr.key, or set ADDR_KEY to it).',
        );
      }
    }
  }

  private openRow(key: Buffer, s: SecretColumn, row: Record<string, unknown>, consequence: string): string {
    try {
      return unseal(key, String(row.__blob), s.aad(row));
    } catch (err) {
      if (err instanceof AddrError) throw err;
      throw new ConfigError(`The secret in ${s.table}.${s.column} of row ${String(row.__rowid)} cannot be decrypted with the key from ${this.describe()}. ${consequence}.`,
        'Every secret must open with one key: restore the key the database was made with.', { cause: err });
    }
  }

  private wrongKey(stored: string, fp: string): ConfigError {
    const from = this.source.envKey !== undefined ? 'ADDR_KEY' : `the key file ${this.source.keyFile}`;
    return new ConfigError(
      `The key in ${from} (fingerprint ${shortFingerprint(fp)}) is not the key of this database (${shortFingerprint(stored)}), so its secrets cannot be decrypted and none are saved with it.`,
      this.source.envKey !== undefined
        ? 'Set ADDR_KEY to the key the database was made with (after `addr key rotate` with ADDR_NEW_KEY: that new key).'
        : 'Restore the key file that belongs to this database (from the backup made with it), or set ADDR_KEY to that key.',
    );
  }

  /** The entries of SECRET_COLUMNS whose table exists in this database. */
  private present(db: DB): SecretColumn[] {
    return this.secrets.filter((s) => tableExists(db, s.table));
  }

  private rowsOf(db: DB, s: SecretColumn, limit?: number): Record<string, unknown>[] {
    const cols = s.select.map((c) => `"${c}"`).join(', ');
    return db.prepare(`SELECT rowid AS __rowid, "${s.column}" AS __blob${cols ? `, ${cols}` : ''} FROM "${s.table}" WHERE "${s.column}" IS NOT NULL ORDER BY rowid${limit ? ` LIMIT ${limit}` : ''}`).all() as Record<string, unknown>[];
  }

  private requireDb(): DB {
    if (!this.db) throw new UsageError('There is no database yet, so nothing is encrypted.', 'The key is made with the first saved address.');
    return this.db;
  }
}

/** addr.key → addr.key.new: the next key while a rotation runs. */
export const pendingFileFor = (keyFile: string): string => `${keyFile}.new`;

function tableExists(db: DB, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function countSecrets(db: DB, secrets: readonly SecretColumn[]): number {
  let n = 0;
  for (const s of secrets) {
    if (tableExists(db, s.table)) n += (db.prepare(`SELECT count(*) AS n FROM "${s.table}" WHERE "${s.column}" IS NOT NULL`).get() as { n: number }).n;
  }
  return n;
}

function storedFingerprint(db: DB): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(FINGERPRINT_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

function setFingerprint(db: DB, fp: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(FINGERPRINT_KEY, fp);
}

/**
 * The key in a key file, or null when there is none. Refused, as OpenSSH refuses a private key: a key file that
 * others may read, a folder, anything that is not a small regular file.
 */
function readKeyFile(file: string): Buffer | null {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return null;
  if (st.isDirectory()) throw new ConfigError(`The key file ${file} is a folder.`, `Move it out of the way so that addr can keep its key there, or set ADDR_KEY.`);
  if (!st.isFile()) throw new ConfigError(`The key file ${file} is not a regular file.`, 'Point --db elsewhere, or set ADDR_KEY.');
  if ((st.mode & 0o077) !== 0) {
    throw new ConfigError(`The key file ${file} is accessible by other users (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')}); addr does not use a key that others may read.`, `Run: chmod 600 ${file}`);
  }
  let data: Buffer | null;
  try {
    data = readFileCapped(file, KEY_FILE_LIMIT.bytes);
  } catch (err) {
    throw new ConfigError(`Cannot read the key file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, 'Check its owner and permissions (chmod 600).', { cause: err });
  }
  if (data === null) throw new ConfigError(`The key file ${file} is larger than ${KEY_FILE_LIMIT.label}: it holds no addr key.`, 'Restore the key file, or set ADDR_KEY.');
  return parseKey(data.toString('utf8'), file);
}

/** A new key, written atomically; when another process made one first, theirs is read back and used. */
function createKeyFile(file: string): Buffer {
  const key = crypto().randomBytes(32);
  let made: boolean;
  try {
    made = writePrivateFileAtomic(file, `${key.toString('base64')}\n`, { replace: false });
  } catch (err) {
    throw new StoreError(`Cannot create the key file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, 'Check that the folder is writable, or set ADDR_KEY.', ExitCode.CANTCREAT, { cause: err });
  }
  if (made) return key;
  const theirs = readKeyFile(file);
  if (!theirs) throw new StoreError(`The key file ${file} disappeared while it was being made.`, 'Run the command again.', ExitCode.CANTCREAT);
  return theirs;
}

/** 32 bytes as base64 (44 chars) or hex (64 chars). */
export function parseKey(text: string, where: string): Buffer {
  const value = text.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/]{43}=?$/.test(value)) key = Buffer.from(value, 'base64');
  if (!key || key.length !== 32) {
    throw new ConfigError(`The encryption key in ${where} is not 32 bytes in base64 or hex.`, 'Make one with `openssl rand -base64 32`.');
  }
  return key;
}
