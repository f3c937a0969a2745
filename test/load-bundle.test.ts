/** bin/load-bundle.cjs: a code cache speeds the start up but never changes what runs. */
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, tempDir } from './helpers.js';

const loader = path.join(repoRoot, 'bin', 'load-bundle.cjs');

function runWith(cache: 'none' | 'good' | 'garbage'): string {
  const dir = tempDir();
  const file = path.join(dir, 'bundle.cjs');
  writeFileSync(file, "#!/usr/bin/env node\nmodule.exports = { answer: 42 };\n(async () => { const m = await __addrImportTest('node:path'); process.stdout.write('ok ' + typeof m.join + ' ' + __filename + '\\n'); })();\n");
  const script = `
    const { compile, loadWithCodeCache } = require(${JSON.stringify(loader)});
    const fs = require('node:fs');
    globalThis.__addrImportTest = (s) => globalThis[Symbol.for('addr.import')] ? globalThis[Symbol.for('addr.import')](s) : import(s);
    const file = ${JSON.stringify(file)};
    if (${JSON.stringify(cache)} === 'good') fs.writeFileSync(file + '.cache', compile(file).createCachedData());
    if (${JSON.stringify(cache)} === 'garbage') fs.writeFileSync(file + '.cache', Buffer.from('not a cache'));
    const exported = loadWithCodeCache(file);
    process.stdout.write('exports ' + exported.answer + '\\n');`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.replace(dir, '<dir>');
}

describe('load-bundle', () => {
  it.each(['none', 'good', 'garbage'] as const)('runs the file the same way with cache: %s', (cache) => {
    expect(runWith(cache)).toBe('exports 42\nok function <dir>/bundle.cjs\n');
  });
});
