/**
 * `addr key rotate` and `addr key check`: the key that encrypts the stored secrets. Rotation re-encrypts every
 * secret in one transaction and is safe against a crash at any point (src/store/vault.ts says how).
 */
import type { App } from '../app.js';

/** No database, or one without a secret and without a key: there is nothing to check or rotate. */
function nothingEncrypted(app: App): boolean {
  if (app.database() && (app.vault().hasKey() || app.vault().secretCount() > 0)) return false;
  app.err('Nothing is encrypted yet: the key is made with the first saved password.');
  if (app.json) app.out(JSON.stringify({ secrets: 0, fingerprint: null }));
  return true;
}

export async function keyRotate(app: App): Promise<number> {
  if (nothingEncrypted(app)) return 0;
  const r = app.vault().rotate(app.env.ADDR_NEW_KEY || undefined);
  if (app.json) {
    app.out(JSON.stringify({ rotated: true, secrets: r.secrets, fingerprint: r.fingerprint, previousFingerprint: r.previousFingerprint, keyFile: r.keyFile }, null, 2));
    return 0;
  }
  app.out(`${app.style.ok('✔')} Re-encrypted ${r.secrets} secret${r.secrets === 1 ? '' : 's'} with a new key (fingerprint ${r.fingerprint}, was ${r.previousFingerprint}).`);
  app.err(r.keyFile
    ? `  The new key is in ${r.keyFile}: back it up now. Copies of the old key no longer open this database.`
    : '  Set ADDR_KEY to the value of ADDR_NEW_KEY now, wherever it is set: the old key no longer opens this database.');
  return 0;
}

export async function keyCheck(app: App): Promise<number> {
  if (nothingEncrypted(app)) return 0;
  const vault = app.vault();
  const r = vault.check();
  if (app.json) {
    app.out(JSON.stringify({ ok: true, source: vault.describe(), secrets: r.secrets, fingerprint: r.fingerprint, recorded: r.recorded !== null }, null, 2));
    return 0;
  }
  app.out(`${app.style.ok('✔')} The key from ${vault.describe()} (fingerprint ${r.fingerprint}) opens all ${r.secrets} stored secret${r.secrets === 1 ? '' : 's'}.`);
  return 0;
}
