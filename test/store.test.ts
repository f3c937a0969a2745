import { describe, it, expect } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AddressStore, DuplicateAddressError } from '../src/store/addresses.js';
import { MIGRATIONS, openDatabase, SCHEMA_VERSION } from '../src/store/db.js';
import { Vault } from '../src/store/vault.js';
import type { AddressDraft } from '../src/core/address.js';
import { tempDir } from './helpers.js';

const draft: AddressDraft = {
  email: 'support@acme.ru', displayName: 'Acme', preset: 'yandex', host: 'smtp.yandex.ru', port: 465, security: 'ssl',
  username: 'support@acme.ru', authMethod: 'password', password: 'app-password-123', tlsVerify: true, caFile: null,
};
const passed = { at: '2026-11-30T10:00:00.000Z', ok: true, summary: null };

function open() {
  const dir = tempDir();
  const file = path.join(dir, 'sub', 'addr.db');
  const db = openDatabase(file, { create: true })!;
  const store = new AddressStore(db, new Vault({ keyFile: path.join(dir, 'sub', 'addr.key') }));
  return { dir, file, db, store };
}

describe('store', () => {
  it('creates the file 0600 in a 0700 folder, in WAL mode, at the current schema version', () => {
    const { file, db } = open();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('migrates to auth_method: an address without a stored password becomes none, one with a password stays password', () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    const before = MIGRATIONS.length - 1;
    for (let v = 0; v < before; v++) {
      const step = MIGRATIONS[v]!;
      if (typeof step === 'string') old.exec(step);
      else step(old);
    }
    old.pragma(`user_version = ${before}`);
    const row = "INSERT INTO addresses (email, preset, host, port, security, username, password_enc, created_at, updated_at) VALUES (?, 'custom', 'h.example', 465, 'ssl', ?, ?, 't', 't')";
    old.prepare(row).run('with@acme.ru', 'with@acme.ru', 'v1:x');
    old.prepare(row).run('without@acme.ru', 'without@acme.ru', null);
    old.close();
    const db = openDatabase(file, { create: false })!;
    const store = new AddressStore(db, new Vault({ keyFile: path.join(dir, 'addr.key') }));
    expect(store.list().map((a) => [a.email, a.authMethod])).toEqual([['with@acme.ru', 'password'], ['without@acme.ru', 'none']]);
    expect(() => db.prepare("UPDATE addresses SET auth_method = 'kerberos'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('does not create a database for reads', () => {
    expect(openDatabase(path.join(tempDir(), 'none.db'), { create: false })).toBeNull();
  });

  it('encrypts the password: the database alone does not reveal it; the key decrypts it', () => {
    const { file, db, store } = open();
    store.insert(draft, passed);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(file).includes(Buffer.from('app-password-123'))).toBe(false);
    const raw = new Database(file).prepare('SELECT password_enc FROM addresses').get() as { password_enc: string };
    expect(raw.password_enc).toMatch(/^v1:/);
    expect(store.password('support@acme.ru')).toBe('app-password-123');
    // A ciphertext moved to another row does not decrypt (the address is authenticated data).
    store.insert({ ...draft, email: 'sales@acme.ru', password: 'other' }, passed);
    db.prepare('UPDATE addresses SET password_enc = ? WHERE email = ?').run(raw.password_enc, 'sales@acme.ru');
    expect(() => store.password('sales@acme.ru')).toThrow(/cannot be decrypted/);
  });

  it('another key cannot decrypt', () => {
    const { dir, db, store } = open();
    store.insert(draft, passed);
    const other = new AddressStore(db, new Vault({ keyFile: path.join(dir, 'sub', 'addr.key'), envKey: Buffer.alloc(32, 1).toString('base64') }));
    expect(() => other.password('support@acme.ru')).toThrow(/cannot be decrypted/);
  });

  it('refuses duplicates case-insensitively and leaves the table unchanged', () => {
    const { store } = open();
    store.insert(draft, passed);
    expect(() => store.insert({ ...draft, email: 'SUPPORT@acme.ru' }, passed)).toThrow(DuplicateAddressError);
    expect(store.list()).toHaveLength(1);
  });

  it('records tests without touching the settings; updates only with the expected version', () => {
    const { store } = open();
    const saved = store.insert(draft, passed);
    store.recordTest(saved.email, { at: '2026-11-30T11:00:00.000Z', ok: false, summary: 'auth: auth_failed (535 5.7.8)' });
    const after = store.get(saved.email);
    expect(after.lastTest).toEqual({ at: '2026-11-30T11:00:00.000Z', ok: false, summary: 'auth: auth_failed (535 5.7.8)', temporaryFailures: 0, inService: false });
    expect(after.updatedAt).toBe(saved.updatedAt);
    expect(after.port).toBe(465);
    expect(() => store.update(saved.email, { ...draft, port: 587 }, passed, 'stale')).toThrow(/changed by someone else/);
    expect(store.get(saved.email).port).toBe(465);
    const updated = store.update(saved.email, { ...draft, port: 587, security: 'starttls' }, { ...passed, at: '2026-11-30T12:00:00.000Z' }, saved.updatedAt);
    expect(updated).toMatchObject({ port: 587, security: 'starttls', updatedAt: '2026-11-30T12:00:00.000Z' });
  });

  it('counts temporary failures in a row: in service until outOfServiceAfter, out at once after a permanent one', () => {
    const { db } = open();
    const store = new AddressStore(db, new Vault({ keyFile: path.join(tempDir(), 'addr.key') }), { outOfServiceAfter: 3 });
    const saved = store.insert(draft, passed);
    const at = (m: number) => `2026-11-30T11:0${m}:00.000Z`;
    const temp = (m: number) => store.recordTest(saved.email, { at: at(m), ok: false, summary: 'connect: connection_timeout' }, { temporary: true });
    const state = () => { const t = store.get(saved.email).lastTest!; return [t.temporaryFailures, t.inService]; };
    temp(1);
    expect(state()).toEqual([1, true]);
    temp(2);
    expect(state()).toEqual([2, true]);
    temp(3);
    expect(state()).toEqual([3, false]);
    store.recordTest(saved.email, { ...passed, at: at(4) });
    expect(state()).toEqual([0, true]);
    store.recordTest(saved.email, { at: at(5), ok: false, summary: 'auth: auth_failed' }, { temporary: false });
    expect(state()).toEqual([0, false]);
    temp(6); // a timeout right after a refused login does not bring the address back
    expect(state()).toEqual([0, false]);
    expect(new AddressStore(db, new Vault({ keyFile: path.join(tempDir(), 'addr.key') }), { outOfServiceAfter: 1 }).list()[0]!.lastTest!.inService).toBe(false);
  });

  it('refuses a malformed key', () => {
    expect(() => new Vault({ keyFile: '/nonexistent', envKey: 'short' }).encrypt('x', 'a')).toThrow(/32 bytes/);
  });
});
