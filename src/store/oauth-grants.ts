/**
 * OAuth2 sign-ins of sender addresses (table oauth_grants). Every secret is a Vault ciphertext whose associated data
 * names the column and the address ("oauth_grants.refresh_token_enc:support@acme.ru"), so a ciphertext cannot be
 * moved to another row or another column. Encrypted: the refresh token, the client secret, the certificate's private
 * key, and the cached access token (so that each run need not refresh; it never exists in clear outside memory).
 * In clear: what is not secret (provider, flow, tenant, client id, scope, account, the certificate, a token command).
 */
import type { OAuthFlow, OAuthProviderId } from '../core/oauth.js';
import { ExitCode, NotFoundError, StoreError } from '../errors.js';
import type { DB } from './db.js';
import type { Vault } from './vault.js';

/** The encrypted columns of oauth_grants, for key rotation: aad = `${ENCRYPTED_GRANT_AAD_PREFIX}${column}:${email lower}`. */
export const ENCRYPTED_GRANT_COLUMNS = ['refresh_token_enc', 'client_secret_enc', 'private_key_enc', 'access_token_enc'] as const;
type EncColumn = (typeof ENCRYPTED_GRANT_COLUMNS)[number];
export const ENCRYPTED_GRANT_AAD_PREFIX = 'oauth_grants.';

export function grantAad(column: EncColumn, email: string): string {
  return `${ENCRYPTED_GRANT_AAD_PREFIX}${column}:${email.toLowerCase()}`;
}

/** A stored sign-in as commands see it: never a secret, only whether one is there. */
export interface OAuthGrant {
  email: string;
  /** The saved address it belongs to; null while the address is not saved yet. */
  addressId: number | null;
  provider: OAuthProviderId | null;
  flow: OAuthFlow;
  tenant: string | null;
  clientId: string | null;
  /** The endpoint origin used at sign-in when it was not the provider's own (a refresh goes to the same server). */
  authority: string | null;
  scope: string | null;
  /** Who signed in, as the provider said (display only); null when it did not say. */
  account: string | null;
  /** client-credentials: how the app proves itself. */
  clientAuth: 'secret' | 'certificate' | null;
  /** PEM of the client certificate (public). */
  certificate: string | null;
  tokenCommand: string | null;
  hasRefreshToken: boolean;
  accessExpiresAt: string | null;
  refreshExpiresAt: string | null;
  signedInAt: string;
  refreshedAt: string | null;
  updatedAt: string;
}

export interface GrantSecrets {
  refreshToken: string | null;
  clientSecret: string | null;
  privateKey: string | null;
}

/** What a sign-in produced, to be saved. Secrets in clear here, encrypted on the way in. */
export interface NewGrant {
  email: string;
  provider: OAuthProviderId | null;
  flow: OAuthFlow;
  tenant: string | null;
  clientId: string | null;
  authority: string | null;
  scope: string | null;
  account: string | null;
  certificate: string | null;
  tokenCommand: string | null;
  refreshToken: string | null;
  clientSecret: string | null;
  privateKey: string | null;
  access: { token: string; expiresAt: Date | null } | null;
  refreshExpiresAt: Date | null;
}

interface Row {
  email: string;
  address_id: number | null;
  provider: string | null;
  flow: string;
  tenant: string | null;
  client_id: string | null;
  authority: string | null;
  scope: string | null;
  account: string | null;
  certificate: string | null;
  token_command: string | null;
  has_refresh: number;
  has_secret: number;
  has_key: number;
  access_expires_at: string | null;
  refresh_expires_at: string | null;
  signed_in_at: string;
  refreshed_at: string | null;
  updated_at: string;
}

const COLUMNS = `email, address_id, provider, flow, tenant, client_id, authority, scope, account, certificate, token_command,
  refresh_token_enc IS NOT NULL AS has_refresh, client_secret_enc IS NOT NULL AS has_secret, private_key_enc IS NOT NULL AS has_key,
  access_expires_at, refresh_expires_at, signed_in_at, refreshed_at, updated_at`;

function toGrant(r: Row): OAuthGrant {
  return {
    email: r.email,
    addressId: r.address_id,
    provider: r.provider as OAuthProviderId | null,
    flow: r.flow as OAuthFlow,
    tenant: r.tenant,
    clientId: r.client_id,
    authority: r.authority,
    scope: r.scope,
    account: r.account,
    clientAuth: r.flow === 'client-credentials' ? (r.has_key ? 'certificate' : r.has_secret ? 'secret' : null) : null,
    certificate: r.certificate,
    tokenCommand: r.token_command,
    hasRefreshToken: r.has_refresh === 1,
    accessExpiresAt: r.access_expires_at,
    refreshExpiresAt: r.refresh_expires_at,
    signedInAt: r.signed_in_at,
    refreshedAt: r.refreshed_at,
    updatedAt: r.updated_at,
  };
}

const notSignedIn = (email: string) => new NotFoundError(`No OAuth2 sign-in is stored for ${email}.`, `Sign in with \`addr auth login ${email}\`.`);

export class OAuthGrantStore {
  constructor(private readonly db: DB | null, private readonly vault: Vault) {}

  list(): OAuthGrant[] {
    if (!this.db) return [];
    return (this.db.prepare(`SELECT ${COLUMNS} FROM oauth_grants ORDER BY email`).all() as Row[]).map(toGrant);
  }

  find(email: string): OAuthGrant | null {
    if (!this.db) return null;
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM oauth_grants WHERE email = ?`).get(email) as Row | undefined;
    return row ? toGrant(row) : null;
  }

  get(email: string): OAuthGrant {
    const g = this.find(email);
    if (!g) throw notSignedIn(email);
    return g;
  }

  /** The secrets of a sign-in, decrypted (for a refresh or a client-credentials request only). */
  secrets(email: string): GrantSecrets {
    const row = this.requireDb().prepare('SELECT email, refresh_token_enc, client_secret_enc, private_key_enc FROM oauth_grants WHERE email = ?').get(email) as
      { email: string; refresh_token_enc: string | null; client_secret_enc: string | null; private_key_enc: string | null } | undefined;
    if (!row) throw notSignedIn(email);
    return {
      refreshToken: this.open(row.refresh_token_enc, 'refresh_token_enc', row.email),
      clientSecret: this.open(row.client_secret_enc, 'client_secret_enc', row.email),
      privateKey: this.open(row.private_key_enc, 'private_key_enc', row.email),
    };
  }

  /** The access token kept from the last refresh (decrypted), with its expiry; null when none is kept. */
  cachedAccess(email: string): { token: string; expiresAt: Date | null; signedInAt: string } | null {
    if (!this.db) return null;
    const row = this.db.prepare('SELECT email, access_token_enc, access_expires_at, signed_in_at FROM oauth_grants WHERE email = ?').get(email) as
      { email: string; access_token_enc: string | null; access_expires_at: string | null; signed_in_at: string } | undefined;
    if (!row?.access_token_enc) return null;
    return { token: this.open(row.access_token_enc, 'access_token_enc', row.email)!, expiresAt: row.access_expires_at ? new Date(row.access_expires_at) : null, signedInAt: row.signed_in_at };
  }

  /**
   * Saves a sign-in, replacing any earlier one of the same address, in one transaction. `addressId` links it to a
   * saved address (undefined: looked up by e-mail; null: not saved yet).
   */
  save(g: NewGrant, at: Date, addressId?: number | null): OAuthGrant {
    const db = this.requireDb();
    const email = g.email;
    const now = at.toISOString();
    const seal = (v: string | null, column: EncColumn) => (v === null ? null : this.vault.encrypt(v, grantAad(column, email)));
    const params = {
      email,
      provider: g.provider,
      flow: g.flow,
      tenant: g.tenant,
      clientId: g.clientId,
      authority: g.authority,
      scope: g.scope,
      account: g.account,
      certificate: g.certificate,
      tokenCommand: g.tokenCommand,
      refresh: seal(g.refreshToken, 'refresh_token_enc'),
      secret: seal(g.clientSecret, 'client_secret_enc'),
      key: seal(g.privateKey, 'private_key_enc'),
      access: g.access ? seal(g.access.token, 'access_token_enc') : null,
      accessExpires: g.access?.expiresAt ? g.access.expiresAt.toISOString() : null,
      refreshExpires: g.refreshExpiresAt ? g.refreshExpiresAt.toISOString() : null,
      now,
    };
    db.transaction(() => {
      const link = addressId !== undefined ? addressId
        : ((db.prepare('SELECT id FROM addresses WHERE email = ?').get(email) as { id: number } | undefined)?.id ?? null);
      db.prepare(`INSERT INTO oauth_grants (email, address_id, provider, flow, tenant, client_id, authority, scope, account, certificate,
          token_command, refresh_token_enc, client_secret_enc, private_key_enc, access_token_enc, access_expires_at, refresh_expires_at,
          signed_in_at, refreshed_at, updated_at)
        VALUES (@email, @link, @provider, @flow, @tenant, @clientId, @authority, @scope, @account, @certificate,
          @tokenCommand, @refresh, @secret, @key, @access, @accessExpires, @refreshExpires, @now, NULL, @now)
        ON CONFLICT (email) DO UPDATE SET address_id = excluded.address_id, provider = excluded.provider, flow = excluded.flow,
          tenant = excluded.tenant, client_id = excluded.client_id, authority = excluded.authority, scope = excluded.scope,
          account = excluded.account, certificate = excluded.certificate, token_command = excluded.token_command,
          refresh_token_enc = excluded.refresh_token_enc, client_secret_enc = excluded.client_secret_enc,
          private_key_enc = excluded.private_key_enc, access_token_enc = excluded.access_token_enc,
          access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at,
          signed_in_at = excluded.signed_in_at, refreshed_at = NULL, updated_at = excluded.updated_at`).run({ ...params, link });
    }).immediate();
    return this.get(email);
  }

  /**
   * Records a refresh: the new access token (encrypted) and its expiry, a rotated refresh token when the server sent
   * one. Written only if the sign-in it refreshed is still the stored one (`signedInAt`): a refresh that raced a new
   * `addr auth login` must not overwrite it. Returns false when it was not written.
   */
  recordRefresh(email: string, signedInAt: string, r: { access: { token: string; expiresAt: Date | null }; refreshToken: string | null; scope: string | null; account: string | null; refreshExpiresAt: Date | null }, at: Date): boolean {
    const db = this.requireDb();
    const info = db.transaction(() => db.prepare(`UPDATE oauth_grants SET access_token_enc = @access, access_expires_at = @accessExpires,
        refresh_token_enc = COALESCE(@refresh, refresh_token_enc), scope = COALESCE(@scope, scope), account = COALESCE(@account, account),
        refresh_expires_at = COALESCE(@refreshExpires, refresh_expires_at), refreshed_at = @now, updated_at = @now
      WHERE email = @email AND signed_in_at = @signedInAt`).run({
      email,
      signedInAt,
      access: this.vault.encrypt(r.access.token, grantAad('access_token_enc', email)),
      accessExpires: r.access.expiresAt ? r.access.expiresAt.toISOString() : null,
      refresh: r.refreshToken === null ? null : this.vault.encrypt(r.refreshToken, grantAad('refresh_token_enc', email)),
      scope: r.scope,
      account: r.account,
      refreshExpires: r.refreshExpiresAt ? r.refreshExpiresAt.toISOString() : null,
      now: at.toISOString(),
    })).immediate();
    return info.changes === 1;
  }

  /** Forgets a sign-in and every secret of it. False when there was none. */
  remove(email: string): boolean {
    const db = this.requireDb();
    return db.transaction(() => db.prepare('DELETE FROM oauth_grants WHERE email = ?').run(email).changes === 1).immediate();
  }

  /** Links a sign-in made before its address was saved (call in the transaction that saves the address). */
  link(email: string, addressId: number): void {
    this.requireDb().prepare('UPDATE oauth_grants SET address_id = ? WHERE email = ?').run(addressId, email);
  }

  /** An address renamed by `addr edit`: moves its sign-in, re-encrypting each secret for the new name. */
  rename(oldEmail: string, newEmail: string): void {
    const db = this.requireDb();
    db.transaction(() => {
      const row = db.prepare(`SELECT email, ${ENCRYPTED_GRANT_COLUMNS.join(', ')} FROM oauth_grants WHERE email = ?`).get(oldEmail) as Record<string, string | null> | undefined;
      if (!row) return;
      const sets: Record<string, string | null> = {};
      for (const c of ENCRYPTED_GRANT_COLUMNS) {
        const plain = this.open(row[c] ?? null, c, row.email!);
        sets[c] = plain === null ? null : this.vault.encrypt(plain, grantAad(c, newEmail));
      }
      db.prepare(`UPDATE oauth_grants SET email = @newEmail, ${ENCRYPTED_GRANT_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE email = @oldEmail`)
        .run({ ...sets, newEmail, oldEmail });
    }).immediate();
  }

  private open(blob: string | null, column: EncColumn, email: string): string | null {
    return blob === null ? null : this.vault.decrypt(blob, grantAad(column, email));
  }

  private requireDb(): DB {
    if (!this.db) throw new StoreError('There is no database yet, so no OAuth2 sign-in is stored.', 'Sign in with `addr auth login ADDR`.', ExitCode.NOUSER);
    return this.db;
  }
}
