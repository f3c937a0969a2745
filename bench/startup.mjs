#!/usr/bin/env node
// Start-up speed: `addr --version` and `addr list` (1,000 saved addresses, output piped) against bare
// `node -e 0`, measured in one run, interleaved so that machine noise hits all three alike.
// Usage: npm run build && node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 40);
const home = mkdtempSync(path.join(tmpdir(), 'addr-bench-'));
const db = path.join(home, 'addr.db');

// 1,000 addresses written straight through the store (the live test is not what is measured here).
const { openDatabase } = await import(path.join(root, 'dist/store/db.js'));
const { AddressStore } = await import(path.join(root, 'dist/store/addresses.js'));
const { Vault } = await import(path.join(root, 'dist/store/vault.js'));
const handle = openDatabase(db, { create: true });
const store = new AddressStore(handle, new Vault({ keyFile: path.join(home, 'addr.key') }));
const at = new Date().toISOString();
for (let i = 0; i < 1000; i++) {
  store.insert({ email: `sender${i}@example${i % 50}.com`, displayName: `Sender ${i}`, preset: 'custom', host: `smtp.example${i % 50}.com`, port: 465, security: 'ssl', username: `sender${i}@example${i % 50}.com`, password: `pw-${i}`, authMethod: 'password', tlsVerify: true, caFile: null }, { at, ok: true, summary: null });
}
handle.close();

const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, ADDR_DB: db, NO_COLOR: '1' };
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'addr --version', args: [path.join(root, 'bin/addr.cjs'), '--version'] },
  { name: 'addr list (1,000 addresses)', args: [path.join(root, 'bin/addr.cjs'), 'list'] },
];
const times = cases.map(() => []);
for (let r = 0; r < runs + 3; r++) {
  cases.forEach((c, i) => {
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, c.args, { env, cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.status !== 0) throw new Error(`${c.name} failed: ${res.stderr}`);
    if (i === 2 && res.stdout.toString().split('\n').length < 1001) throw new Error('addr list did not list 1,000 addresses');
    if (r >= 3) times[i].push(ms); // the first 3 rounds warm the file cache
  });
}
rmSync(home, { recursive: true, force: true });

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const base = median(times[0]);
console.log(`Node ${process.version}, ${runs} runs each, median wall time:\n`);
console.log('| command | median | × node -e 0 |');
console.log('|---|---|---|');
cases.forEach((c, i) => console.log(`| \`${c.name}\` | ${median(times[i]).toFixed(1)} ms | ${(median(times[i]) / base).toFixed(2)}× |`));
const ratio = median(times[2]) / base;
console.log(`\nTarget: addr list ≤ 1.5× node -e 0 → ${ratio <= 1.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×).`);
