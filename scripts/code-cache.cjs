// Build step: runs the bundle once, as `addr list` over a scratch database with one address in an empty
// home, and writes V8's code cache for it (the functions compiled during that run included) to
// dist/addr.cjs.cache. bin/addr.cjs uses it on Node 20 to start faster. Output of the run is discarded.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { compile, run } = require('../bin/load-bundle.cjs');

const root = path.join(__dirname, '..');
const file = path.join(root, 'dist', 'addr.cjs');

async function main() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'addr-cache-'));
  const db = path.join(home, 'scratch.db');
  const { openDatabase } = await import(path.join(root, 'dist', 'store', 'db.js'));
  const { AddressStore } = await import(path.join(root, 'dist', 'store', 'addresses.js'));
  const { Vault } = await import(path.join(root, 'dist', 'store', 'vault.js'));
  const handle = openDatabase(db, { create: true });
  new AddressStore(handle, new Vault({ keyFile: path.join(home, 'scratch.key') })).insert(
    { email: 'cache@example.com', displayName: 'Cache', preset: 'custom', host: 'smtp.example.com', port: 465, security: 'ssl', username: 'cache@example.com', authMethod: 'password', password: 'x', tlsVerify: true, caFile: null },
    { at: new Date(0).toISOString(), ok: true, summary: null },
  );
  handle.close();

  Object.assign(process.env, { HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, NO_COLOR: '1' });
  delete process.env.ADDR_DB;
  process.chdir(home);
  process.argv = [process.argv[0], file, 'list', '--db', db];
  const script = compile(file);
  const quiet = () => true;
  process.stdout.write = quiet;
  process.stderr.write = quiet;
  process.on('exit', () => {
    fs.writeFileSync(`${file}.cache`, script.createCachedData());
    fs.rmSync(home, { recursive: true, force: true });
  });
  run(script, file);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
