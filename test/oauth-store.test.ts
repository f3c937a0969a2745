/** The store of OAuth2 sign-ins: a real SQLite file and key file in a temp folder. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { AddressStore } from '../src/store/addresses.js';
import { openDatabase } from '../src/store/db.js';
import { ENCRYPTED_GRANT_COLUMNS, grantAad, OAuthGrantStore, type NewGrant } from '../src/store/oauth-grants.js';
import { Vault } from '../src/store/vault.js';
import { tempDir } from './helpers.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function open() {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'addr.db');
  const db = openDatabase(file, { create: true })!;
  const vault = new Vault({ keyFile: path.join(dir, 'addr.key') });
  return { file, db, vault, grants: new OAuthGrantStore(db, vault), addresses: new AddressStore(db, vault) };
}

const at = new Date('2026-03-02T10:00:00Z');
const grant = (email: string, over: Partial<NewGrant> = {}): NewGrant => ({
  email, provider: 'microsoft', flow: 'device', tenant: 'contoso.onmicrosoft.com', clientId: 'client-1', authority: null,
  scope: 'https://outlook.office.com/SMTP.Send offline_access', account: email, certificate: null, tokenCommand: null,
  refreshToken: `refresh-of-${email}`, clientSecret: null, privateKey: null,
  access: { token: `access-of-${email}`, expiresAt: new Date(at.getTime() + 3_600_000) }, refreshExpiresAt: null, ...over,
});

describe('OAuthGrantStore', () => {
  it('keeps every secret encrypted and gives back only "is there one" outside secrets()/cachedAccess()', () => {
    const { file, db, grants } = open();
    const g = grants.save(grant('support@contoso.com', { clientSecret: 'app-secret-value', privateKey: '-----BEGIN PRIVATE KEY-----x' }), at);
    expect(g).toMatchObject({ email: 'support@contoso.com', addressId: null, hasRefreshToken: true, accessExpiresAt: '2026-03-02T11:00:00.000Z', signedInAt: at.toISOString() });
    expect(JSON.stringify(g)).not.toMatch(/refresh-of|access-of|app-secret/);
    expect(grants.secrets('SUPPORT@contoso.com')).toEqual({ refreshToken: 'refresh-of-support@contoso.com', clientSecret: 'app-secret-value', privateKey: '-----BEGIN PRIVATE KEY-----x' });
    expect(grants.cachedAccess('support@contoso.com')).toMatchObject({ token: 'access-of-support@contoso.com' });
    db.pragma('wal_checkpoint(TRUNCATE)');
    const raw = readFileSync(file);
    for (const secret of ['refresh-of-', 'access-of-', 'app-secret-value', 'PRIVATE KEY']) expect(raw.includes(secret)).toBe(false);
  });

  it('binds each ciphertext to its address and column: moved elsewhere it does not decrypt', () => {
    const { db, grants, vault } = open();
    grants.save(grant('a@contoso.com'), at);
    grants.save(grant('b@contoso.com'), at);
    const a = db.prepare('SELECT refresh_token_enc FROM oauth_grants WHERE email = ?').get('a@contoso.com') as { refresh_token_enc: string };
    db.prepare('UPDATE oauth_grants SET refresh_token_enc = ? WHERE email = ?').run(a.refresh_token_enc, 'b@contoso.com');
    expect(() => grants.secrets('b@contoso.com')).toThrow(/cannot be decrypted/);
    db.prepare('UPDATE oauth_grants SET access_token_enc = ? WHERE email = ?').run(a.refresh_token_enc, 'a@contoso.com');
    expect(() => grants.cachedAccess('a@contoso.com')).toThrow(/cannot be decrypted/);
    expect(vault.decrypt(a.refresh_token_enc, grantAad('refresh_token_enc', 'A@contoso.com'))).toBe('refresh-of-a@contoso.com');
    expect(ENCRYPTED_GRANT_COLUMNS).toEqual(['refresh_token_enc', 'client_secret_enc', 'private_key_enc', 'access_token_enc']);
  });

  it('links to a saved address and goes with it when the address is removed', () => {
    const { grants, addresses } = open();
    const saved = addresses.insert({ email: 'support@contoso.com', displayName: null, preset: 'custom', host: 'smtp.office365.com', port: 587, security: 'starttls', username: 'support@contoso.com', authMethod: 'oauth2', password: null, tlsVerify: true, caFile: null }, { at: at.toISOString(), ok: true, summary: null });
    expect(grants.save(grant('support@contoso.com'), at).addressId).toBe(saved.id);
    grants.save(grant('early@contoso.com'), at); // signed in before the address exists
    expect(grants.find('early@contoso.com')!.addressId).toBeNull();
    addresses.remove('support@contoso.com');
    expect(grants.find('support@contoso.com')).toBeNull();
    expect(grants.find('early@contoso.com')).not.toBeNull();
  });

  it('a new sign-in replaces the old one; a refresh of the old one that finishes later is not written over it', () => {
    const { grants } = open();
    const first = grants.save(grant('a@contoso.com'), at);
    const later = new Date(at.getTime() + 60_000);
    grants.save(grant('a@contoso.com', { refreshToken: 'second-refresh' }), later);
    const written = grants.recordRefresh('a@contoso.com', first.signedInAt, { access: { token: 'stale', expiresAt: null }, refreshToken: 'stale-refresh', scope: null, account: null, refreshExpiresAt: null }, later);
    expect(written).toBe(false);
    expect(grants.secrets('a@contoso.com').refreshToken).toBe('second-refresh');
  });

  it('records a refresh: new access token and expiry, a rotated refresh token, the time', () => {
    const { grants } = open();
    const g = grants.save(grant('a@contoso.com'), at);
    const t = new Date(at.getTime() + 3_000_000);
    expect(grants.recordRefresh('a@contoso.com', g.signedInAt, { access: { token: 'access-2', expiresAt: new Date(t.getTime() + 3_600_000) }, refreshToken: 'refresh-2', scope: null, account: null, refreshExpiresAt: null }, t)).toBe(true);
    expect(grants.secrets('a@contoso.com').refreshToken).toBe('refresh-2');
    expect(grants.cachedAccess('a@contoso.com')!.token).toBe('access-2');
    expect(grants.get('a@contoso.com')).toMatchObject({ refreshedAt: t.toISOString(), scope: 'https://outlook.office.com/SMTP.Send offline_access' });
    // No new refresh token sent: the old one stays.
    grants.recordRefresh('a@contoso.com', g.signedInAt, { access: { token: 'access-3', expiresAt: null }, refreshToken: null, scope: null, account: null, refreshExpiresAt: null }, t);
    expect(grants.secrets('a@contoso.com').refreshToken).toBe('refresh-2');
  });

  it('renames with the address, re-encrypting every secret for the new name', () => {
    const { grants } = open();
    grants.save(grant('old@contoso.com', { clientSecret: 's' }), at);
    grants.rename('old@contoso.com', 'new@contoso.com');
    expect(grants.find('old@contoso.com')).toBeNull();
    expect(grants.secrets('new@contoso.com')).toMatchObject({ refreshToken: 'refresh-of-old@contoso.com', clientSecret: 's' });
    expect(grants.cachedAccess('new@contoso.com')!.token).toBe('access-of-old@contoso.com');
  });

  it('refuses rows the table cannot hold: a token command without a command, a provider grant without a client', () => {
    const { grants } = open();
    expect(() => grants.save(grant('a@x.example', { flow: 'command', tokenCommand: null }), at)).toThrow(/CHECK/);
    expect(() => grants.save(grant('a@x.example', { clientId: null }), at)).toThrow(/CHECK/);
    expect(grants.list()).toEqual([]);
  });

  it('with no database: nothing is signed in, and a write says so', () => {
    const grants = new OAuthGrantStore(null, new Vault({ keyFile: '/nonexistent/addr.key' }));
    expect(grants.list()).toEqual([]);
    expect(grants.find('a@x.example')).toBeNull();
    expect(() => grants.get('a@x.example')).toThrow(/No OAuth2 sign-in is stored for a@x.example/);
    expect(grants.remove.bind(grants, 'a@x.example')).toThrow(/no database/);
  });
});
