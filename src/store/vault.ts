/**
 * Passwords at rest: AES-256-GCM with a key that never lives in the database.
 * The key comes from ADDR_KEY (32 bytes, base64 or hex) or from a key file created 0600
 * beside the database on first use. A copy of addr.db alone reveals no password.
 */
import { createRequire } from 'node:module';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ConfigError, ExitCode, StoreError } from '../errors.js';

const VERSION = 'v1';

/** node:crypto takes ~7 ms to load; commands that never touch a password (list, show) skip it. */
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

export class Vault {
  private key: Buffer | null = null;
  constructor(private readonly source: KeySource) {}

  /** Where the key comes from, for `addr config` and error messages. */
  describe(): string {
    return this.source.envKey ? 'ADDR_KEY (environment)' : this.source.keyFile;
  }

  encrypt(plain: string, aad: string): string {
    const key = this.loadKey(true);
    const { createCipheriv, randomBytes } = crypto();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `${VERSION}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
  }

  decrypt(blob: string, aad: string): string {
    const key = this.loadKey(false);
    const [version, data] = blob.split(':', 2);
    if (version !== VERSION || !data) throw new StoreError('A stored password has an unknown format.', 'The database may come from a newer addr; upgrade addr.', ExitCode.CONFIG);
    const raw = Buffer.from(data, 'base64');
    const iv = raw.subarray(0, 12);
    const tag = raw.subarray(12, 28);
    const body = raw.subarray(28);
    try {
      const decipher = crypto().createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch (err) {
      throw new ConfigError(
        `The stored password cannot be decrypted with the key from ${this.describe()}.`,
        'Use the key this database was created with (the addr.key file beside it, or the same ADDR_KEY).',
        { cause: err },
      );
    }
  }

  private loadKey(createIfMissing: boolean): Buffer {
    if (this.key) return this.key;
    if (this.source.envKey !== undefined) {
      this.key = parseKey(this.source.envKey, 'ADDR_KEY');
      return this.key;
    }
    const file = this.source.keyFile;
    if (existsSync(file)) {
      this.key = parseKey(readFileSync(file, 'utf8'), file);
      return this.key;
    }
    if (!createIfMissing) {
      throw new ConfigError(`The key file ${file} is missing, so saved passwords cannot be read.`, 'Restore the addr.key file that was created beside this database, or set ADDR_KEY to the same key.');
    }
    const key = crypto().randomBytes(32);
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (err) {
      throw new StoreError(`Cannot create the key file ${file}: ${(err as Error).message}.`, 'Check that the directory is writable, or set ADDR_KEY.', ExitCode.CANTCREAT, { cause: err });
    }
    try {
      writeSync(fd, `${key.toString('base64')}\n`);
    } finally {
      closeSync(fd);
    }
    this.key = key;
    return key;
  }
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
