/**
 * The store against the things that go wrong: keys that are missing, foreign, readable by others or folders;
 * rotation and a crash in the middle of it; the send log's pending rows, its journal and its migration; bounded
 * reads. Real SQLite files in temp folders; a second connection where another process would hold the lock.
 */
import { describe, it, expect, afterAll } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AddressStore } from '../src/store/addresses.js';
import { MIGRATIONS, openDatabase, SCHEMA_VERSION, type DB } from '../src/store/db.js';
import { readFileCapped, readFirstLineCapped, writePrivateFileAtomic } from '../src/store/files.js';
import { LockedError, writeTx } from '../src/store/lock.js';
import { journalFileFor, pendingState, SendLog } from '../src/store/send-log.js';
import { OAuthGrantStore } from '../src/store/oauth-grants.js';
import { fingerprintOf, parseKey, pendingFileFor, Vault } from '../src/store/vault.js';
import type { AddressDraft } from '../src/core/address.js';
import { ExitCode } from '../src/errors.js';
import { tempDir } from './helpers.js';

const draft = (email: string, password: string | null = `pw-of-${email}`): AddressDraft => ({
  email, displayName: null, preset: 'custom', host: 'smtp.acme.ru', port: 465, security: 'ssl',
  username: email, authMethod: password === null ? 'none' : 'password', password, tlsVerify: true, caFile: null,
});
const passed = { at: '2026-12-01T10:00:00.000Z', ok: true, summary: null };
const OTHER_KEY = Buffer.alloc(32, 7).toString('base64');

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function location(lockWaitMs = 2000) {
  const dir = tempDir('addr-safety-');
  dirs.push(dir);
  const file = path.join(dir, 'addr.db');
  const keyFile = path.join(dir, 'addr.key');
  const db = openDatabase(file, { create: true, lockWaitMs })!;
  const store = (envKey?: string) => new AddressStore(db, new Vault({ keyFile, envKey }));
  return { dir, file, keyFile, db, store };
}

const fingerprintIn = (db: DB): string | undefined => (db.prepare("SELECT value FROM meta WHERE key = 'key_fingerprint'").get() as { value: string } | undefined)?.value;

describe('keys', () => {
  it('records the key fingerprint (an HMAC, not the key) with the first secret', () => {
    const { db, keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    const key = parseKey(readFileSync(keyFile, 'utf8'), keyFile);
    const fp = fingerprintIn(db)!;
    expect(fp).toBe(fingerprintOf(key));
    expect(fp).not.toContain(key.toString('hex'));
    expect(fp).not.toContain(key.toString('base64'));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });

  it('refuses to save with a different key while secrets sealed with another exist (78), and changes nothing', () => {
    const { db, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    const before = db.prepare('SELECT * FROM addresses').all();
    let err: unknown;
    try { store(OTHER_KEY).insert(draft('b@acme.ru'), passed); } catch (e) { err = e; }
    expect((err as { exitCode?: number }).exitCode).toBe(ExitCode.CONFIG);
    expect((err as Error).message).toMatch(/ADDR_KEY .*not the key of this database/);
    expect(db.prepare('SELECT * FROM addresses').all()).toEqual(before);
    // Reading with it says the same, rather than handing out garbage.
    expect(() => store(OTHER_KEY).password('a@acme.ru')).toThrow(/cannot be decrypted/);
  });

  it('never makes a new key while the database holds secrets and its key file is missing', () => {
    const { keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    renameSync(keyFile, `${keyFile}.bak`);
    expect(() => store().insert(draft('b@acme.ru'), passed)).toThrow(/missing.*will not make a new key/);
    expect(existsSync(keyFile)).toBe(false);
    expect(() => store().password('a@acme.ru')).toThrow(/missing/);
    renameSync(`${keyFile}.bak`, keyFile);
    expect(store().password('a@acme.ru')).toBe('pw-of-a@acme.ru');
  });

  it('takes a new key when no secret is left (the addresses were removed and added again)', () => {
    const { db, keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    const first = fingerprintIn(db);
    store().remove('a@acme.ru');
    rmSync(keyFile);
    store().insert(draft('b@acme.ru'), passed);
    expect(fingerprintIn(db)).not.toBe(first);
    expect(store().password('b@acme.ru')).toBe('pw-of-b@acme.ru');
  });

  it('a database from before fingerprints: the key that opens its secrets is recorded, another is refused', () => {
    const { db, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    db.prepare("DELETE FROM meta WHERE key = 'key_fingerprint'").run();
    expect(() => store(OTHER_KEY).insert(draft('b@acme.ru'), passed)).toThrow(/does not open the secrets already saved/);
    expect(fingerprintIn(db)).toBeUndefined();
    store().insert(draft('c@acme.ru'), passed);
    expect(fingerprintIn(db)).toBeDefined();
  });

  it('refuses a key file that others may read (with the chmod to run), a folder, and junk, each as exit 78', () => {
    const { keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    chmodSync(keyFile, 0o644);
    let err: unknown;
    try { store().password('a@acme.ru'); } catch (e) { err = e; }
    expect((err as { exitCode?: number }).exitCode).toBe(ExitCode.CONFIG);
    expect((err as Error).message).toMatch(/accessible by other users \(mode 0644\)/);
    expect((err as { hint?: string }).hint).toBe(`Run: chmod 600 ${keyFile}`);
    chmodSync(keyFile, 0o600);

    const other = location();
    mkdirSync(other.keyFile);
    let folderErr: unknown;
    try { other.store().insert(draft('a@acme.ru'), passed); } catch (e) { folderErr = e; }
    expect((folderErr as Error).message).toBe(`The key file ${other.keyFile} is a folder.`);
    expect((folderErr as { exitCode?: number }).exitCode).toBe(ExitCode.CONFIG);
    expect(other.store().list()).toEqual([]);
    const junk = location();
    writeFileSync(junk.keyFile, 'x'.repeat(5000), { mode: 0o600 });
    expect(() => junk.store().insert(draft('a@acme.ru'), passed)).toThrow(/larger than 1 KiB/);
  });

  it('writes a key file atomically and lets the first of two writers win', () => {
    const dir = tempDir('addr-keyfile-');
    dirs.push(dir);
    const file = path.join(dir, 'k');
    expect(writePrivateFileAtomic(file, 'first\n', { replace: false })).toBe(true);
    expect(writePrivateFileAtomic(file, 'second\n', { replace: false })).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    expect(writePrivateFileAtomic(file, 'third\n', { replace: true })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('third\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // No temp file is left behind.
    expect(readdirSync(dir)).toEqual(['k']);
  });
});

describe('addr key rotate (the store part)', () => {
  it('re-encrypts every secret in one transaction; the new key opens them, the old one no longer does', () => {
    const { db, keyFile, store } = location();
    for (const e of ['a@acme.ru', 'b@acme.ru', 'c@acme.ru']) store().insert(draft(e), passed);
    store().insert(draft('open@acme.ru', null), passed);
    const oldKey = readFileSync(keyFile, 'utf8');
    const before = db.prepare('SELECT email, password_enc FROM addresses ORDER BY email').all() as { email: string; password_enc: string | null }[];
    const vault = new Vault({ keyFile });
    vault.useDatabase(db);
    const r = vault.rotate();
    expect(r.secrets).toBe(3);
    expect(r.fingerprint).not.toBe(r.previousFingerprint);
    expect(readFileSync(keyFile, 'utf8')).not.toBe(oldKey);
    expect(existsSync(pendingFileFor(keyFile))).toBe(false);
    const after = db.prepare('SELECT email, password_enc FROM addresses ORDER BY email').all() as { email: string; password_enc: string | null }[];
    for (let i = 0; i < after.length; i++) {
      if (before[i]!.password_enc === null) expect(after[i]!.password_enc).toBeNull();
      else expect(after[i]!.password_enc).not.toBe(before[i]!.password_enc);
    }
    for (const e of ['a@acme.ru', 'b@acme.ru', 'c@acme.ru']) expect(store().password(e)).toBe(`pw-of-${e}`);
    expect(() => store(oldKey.trim()).password('a@acme.ru')).toThrow(/not the key of this database/);
    expect(vault.check()).toMatchObject({ secrets: 3, fingerprint: r.fingerprint });
  });

  it('re-encrypts the OAuth2 sign-ins too (refresh token, client secret, private key, cached access token)', () => {
    const { db, keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    const grants = () => new OAuthGrantStore(db, new Vault({ keyFile }));
    grants().save({
      email: 'ms@acme.com', provider: 'microsoft', flow: 'client-credentials', tenant: 'acme.onmicrosoft.com', clientId: 'cid',
      authority: null, scope: 'https://outlook.office365.com/.default', account: null, certificate: null, tokenCommand: null,
      refreshToken: 'rt-secret', clientSecret: 'cs-secret', privateKey: null, access: { token: 'at-secret', expiresAt: new Date('2030-01-01T00:00:00Z') },
      refreshExpiresAt: null,
    }, new Date('2026-12-01T10:00:00Z'));
    const before = db.prepare('SELECT refresh_token_enc, client_secret_enc, access_token_enc FROM oauth_grants').get() as Record<string, string>;
    const vault = new Vault({ keyFile });
    vault.useDatabase(db);
    expect(vault.rotate().secrets).toBe(4);
    const after = db.prepare('SELECT refresh_token_enc, client_secret_enc, access_token_enc FROM oauth_grants').get() as Record<string, string>;
    for (const c of Object.keys(before)) expect(after[c]).not.toBe(before[c]);
    expect(grants().secrets('ms@acme.com')).toMatchObject({ refreshToken: 'rt-secret', clientSecret: 'cs-secret' });
    expect(grants().cachedAccess('ms@acme.com')?.token).toBe('at-secret');
  });

  it('after a crash between the commit and the rename, the next run finishes the rotation', () => {
    const { db, keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    const oldKey = readFileSync(keyFile, 'utf8');
    const vault = new Vault({ keyFile });
    vault.useDatabase(db);
    vault.rotate();
    const newKey = readFileSync(keyFile, 'utf8');
    // The state a kill right after the commit leaves: the database sealed with the new key, addr.key still the
    // old one, the new one beside it.
    writeFileSync(pendingFileFor(keyFile), newKey, { mode: 0o600 });
    writeFileSync(keyFile, oldKey, { mode: 0o600 });
    expect(store().password('a@acme.ru')).toBe('pw-of-a@acme.ru');
    expect(readFileSync(keyFile, 'utf8')).toBe(newKey);
    expect(existsSync(pendingFileFor(keyFile))).toBe(false);
  });

  it('after a crash before the commit, the old key still opens everything and the stray new key is ignored', () => {
    const { keyFile, store } = location();
    store().insert(draft('a@acme.ru'), passed);
    writeFileSync(pendingFileFor(keyFile), `${OTHER_KEY}\n`, { mode: 0o600 });
    expect(store().password('a@acme.ru')).toBe('pw-of-a@acme.ru');
    store().insert(draft('b@acme.ru'), passed);
    expect(store().password('b@acme.ru')).toBe('pw-of-b@acme.ru');
  });

  it('with ADDR_KEY: needs ADDR_NEW_KEY, seals with it, and a row that does not open stops the rotation with nothing changed', () => {
    const { db, store } = location();
    const envKey = Buffer.alloc(32, 1).toString('base64');
    store(envKey).insert(draft('a@acme.ru'), passed);
    const vault = new Vault({ keyFile: '/nonexistent/addr.key', envKey });
    vault.useDatabase(db);
    expect(() => vault.rotate()).toThrow(/ADDR_NEW_KEY/);
    const next = Buffer.alloc(32, 2).toString('base64');
    // A ciphertext moved to another row (it does not open there): the rotation must not half-happen.
    store(envKey).insert(draft('b@acme.ru'), passed);
    const good = db.prepare('SELECT * FROM addresses ORDER BY id').all();
    db.prepare("UPDATE addresses SET password_enc = (SELECT password_enc FROM addresses WHERE email = 'a@acme.ru') WHERE email = 'b@acme.ru'").run();
    const broken = db.prepare('SELECT * FROM addresses ORDER BY id').all();
    expect(() => vault.rotate(next)).toThrow(/row 2 cannot be decrypted.*Nothing was changed/);
    expect(db.prepare('SELECT * FROM addresses ORDER BY id').all()).toEqual(broken);
    db.prepare('DELETE FROM addresses').run();
    for (const row of good as Record<string, unknown>[]) {
      db.prepare(`INSERT INTO addresses (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`).run(...Object.values(row) as never[]);
    }
    expect(vault.rotate(next).secrets).toBe(2);
    expect(store(next).password('b@acme.ru')).toBe('pw-of-b@acme.ru');
    expect(() => store(envKey).password('b@acme.ru')).toThrow(/ADDR_KEY/);
  });
});

describe('the lock', () => {
  it('a write that cannot get the lock within lockWait is a LockedError (75) that says what did not happen', () => {
    const { file, db, store } = location(300);
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      let err: unknown;
      try { store().insert(draft('a@acme.ru'), passed); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(LockedError);
      expect((err as LockedError).exitCode).toBe(75);
      expect((err as Error).message).toMatch(/stayed locked by another process .*nothing was saved/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(() => writeTx(db, () => 1, 'nothing was changed')).toThrow(/nothing was changed/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    store().insert(draft('a@acme.ru'), passed);
    expect(store().list()).toHaveLength(1);
  });

  it('a write the file refuses (read-only, full disk) is exit 74 that says what did not happen, not a bug', () => {
    const { file } = location();
    const ro = new Database(file, { readonly: true });
    try {
      let err: unknown;
      try { writeTx(ro, () => ro.prepare("INSERT INTO users (login, created_at) VALUES ('x', 'y')").run(), 'nothing was saved'); } catch (e) { err = e; }
      expect((err as { exitCode?: number }).exitCode).toBe(ExitCode.IOERR);
      expect((err as Error).message).toMatch(/^Cannot write the database .*readonly.*; nothing was saved\.$/);
    } finally {
      ro.close();
    }
  });
});

describe('send log', () => {
  const attempt = { at: '2026-12-01T10:00:00.000Z', address: 'a@acme.ru', project: null, user: null, recipients: ['x@example.com'], subject: 'Hi', messageId: '<m1@acme.ru>' };
  const sent = { messageId: '<m1@acme.ru>', result: 'sent' as const, stage: null, reply: '250 2.0.0 Ok: queued', category: null, permanent: null, exitCode: 0 };

  it('writes a pending row before sending and completes it after', () => {
    const { db } = location();
    const log = new SendLog(db);
    const id = log.begin(attempt, new Date('2026-12-01T10:05:00Z'));
    const [pending] = log.list();
    expect(pending).toMatchObject({ id, result: 'pending', messageId: '<m1@acme.ru>', recipients: ['x@example.com'], exitCode: null });
    expect(pending!.pending).toMatchObject({ until: '2026-12-01T10:05:00.000Z', pid: process.pid });
    expect(log.complete(id, sent)).toEqual({ kept: 'logged' });
    expect(log.list()[0]).toMatchObject({ result: 'sent', reply: '250 2.0.0 Ok: queued', exitCode: 0, pending: null });
    expect(log.list({ result: 'not-sent' })).toEqual([]);
  });

  it('an outcome the table cannot take goes to the journal, is shown from there, and is folded in at the next open', () => {
    const { file, db } = location(200);
    const log = new SendLog(db);
    const id = log.begin(attempt, new Date('2026-12-01T10:05:00Z'));
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    let kept;
    try {
      kept = log.complete(id, sent);
      expect(kept).toMatchObject({ kept: 'journaled', journal: journalFileFor(file) });
      expect(statSync(journalFileFor(file)).mode & 0o777).toBe(0o600);
      expect(log.list()[0]).toMatchObject({ id, result: 'sent', reply: '250 2.0.0 Ok: queued' });
      expect(log.list({ result: 'not-sent' })).toEqual([]);
      // An open while the lock is still held does not wait for it, and keeps the journal.
      const again = openDatabase(file, { create: false, lockWaitMs: 200 })!;
      again.close();
      expect(existsSync(journalFileFor(file))).toBe(true);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const next = openDatabase(file, { create: false })!;
    expect(existsSync(journalFileFor(file))).toBe(false);
    expect(next.prepare('SELECT result, pending, exit_code FROM send_log WHERE id = ?').get(id)).toEqual({ result: 'sent', pending: null, exit_code: 0 });
    next.close();
  });

  it('stores text from outside safe: control characters escaped, an echoed AUTH line masked', () => {
    const { db } = location();
    const log = new SendLog(db);
    const id = log.begin({ ...attempt, subject: 'Hi \u001b]0;owned\u0007 there' }, new Date());
    log.complete(id, { ...sent, result: 'failed', exitCode: 77, reply: '535 5.7.8 \u001b[2J rejected: AUTH PLAIN AGFsaWNlAHNlY3JldA==' });
    const row = db.prepare('SELECT subject, reply FROM send_log WHERE id = ?').get(id) as { subject: string; reply: string };
    expect(row.subject).toBe('Hi \\x1b]0;owned\\x07 there');
    expect(row.reply).not.toContain('\u001b');
    expect(row.reply).not.toContain('AGFsaWNlAHNlY3JldA');
  });

  it('tells a pending attempt still being sent from an interrupted one', () => {
    const now = new Date('2026-12-01T10:01:00Z');
    const mark = { until: '2026-12-01T10:05:00Z', pid: 4242, host: 'here' };
    expect(pendingState(mark, now, () => true, 'here')).toBe('in-progress');
    expect(pendingState(mark, now, () => false, 'here')).toBe('interrupted');
    expect(pendingState(mark, now, () => false, 'elsewhere')).toBe('in-progress');
    expect(pendingState(mark, new Date('2026-12-01T10:06:00Z'), () => true, 'here')).toBe('interrupted');
    expect(pendingState(null, now, () => true, 'here')).toBe('interrupted');
  });
});

describe('migration v3 (pending rows)', () => {
  it('rebuilds send_log from its current definition: rows and columns added by others are kept, pending is allowed', () => {
    const dir = tempDir('addr-migrate-');
    dirs.push(dir);
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    for (let v = 0; v < 2; v++) old.exec(MIGRATIONS[v] as string);
    old.exec('ALTER TABLE send_log ADD COLUMN other_branch TEXT');
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO send_log (at, address, recipients, result, exit_code, other_branch) VALUES ('2026-01-01T00:00:00Z', 'a@acme.ru', '["x@example.com"]', 'sent', 0, 'kept')`).run();
    old.close();
    const db = openDatabase(file, { create: false })!;
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT address, result, other_branch, pending FROM send_log').all()).toEqual([{ address: 'a@acme.ru', result: 'sent', other_branch: 'kept', pending: null }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'send_log'").all()).toEqual([{ name: 'send_log_at' }]);
    new SendLog(db).begin({ at: '2026-12-01T10:00:00Z', address: 'a@acme.ru', project: null, user: null, recipients: [], subject: null, messageId: null }, new Date());
    expect(() => db.prepare("INSERT INTO send_log (at, address, recipients, result, exit_code) VALUES ('x', 'a', '[]', 'bogus', 0)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('a second opener of a new file finds the schema made by the first and does not run it again', () => {
    const dir = tempDir('addr-migrate-');
    dirs.push(dir);
    const file = path.join(dir, 'new.db');
    const a = openDatabase(file, { create: true })!;
    const b = openDatabase(file, { create: true })!;
    expect(b.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    a.close();
    b.close();
  });
});

describe('bounded reads', () => {
  it('stop at the limit on an endless device', () => {
    expect(readFileCapped('/dev/zero', 64 * 1024)).toBeNull();
    expect(readFirstLineCapped('/dev/zero', 4096)).toBeNull();
  });

  it('read a whole small file, and only the first line of a password file', () => {
    const dir = tempDir('addr-read-');
    dirs.push(dir);
    const f = path.join(dir, 'p');
    writeFileSync(f, 'secret\r\nsecond line\n');
    expect(readFirstLineCapped(f, 4096)).toBe('secret');
    expect(readFileCapped(f, 4096)!.toString()).toBe('secret\r\nsecond line\n');
    writeFileSync(f, 'no line end');
    expect(readFirstLineCapped(f, 4096)).toBe('no line end');
    writeFileSync(f, `${'x'.repeat(4096)}\n`);
    expect(readFirstLineCapped(f, 4096)).toBe('x'.repeat(4096));
    writeFileSync(f, `${'x'.repeat(4097)}\n`);
    expect(readFirstLineCapped(f, 4096)).toBeNull();
  });
});
