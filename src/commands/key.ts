/**
 * `addr key rotate` and `addr key check`: the key that encrypts the stored secrets. Rotation re-encrypts every
 * secret in one transaction and is safe against a crash at any point (src/store/vault.ts says how).
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { CliKit } from '../cli/kit.js';

export function register(program: Command, cli: CliKit): void {
  const key = program.command('key').description('the key that encrypts the stored passwords and tokens');
  cli.action(key.command('rotate').description('re-encrypt every stored secret with a new key, in one transaction')
    .addHelpText('after', `
With the key file beside the database (addr.key) the new key replaces it; back it up again afterwards.
With ADDR_KEY, give the new key in ADDR_NEW_KEY (openssl rand -base64 32) and set ADDR_KEY to it afterwards.`),
  () => ({ options: {}, run: (app) => keyRotate(app) }));
  cli.action(key.command('check').description('check that the key in use opens every stored secret (writes nothing)'),
    () => ({ options: {}, run: (app) => keyCheck(app) }));
}

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
