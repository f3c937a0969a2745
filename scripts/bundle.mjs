// Bundles the compiled CLI (dist/cli.js and the modules it imports) into one CommonJS file,
// dist/addr.cjs. Measured on Node 20 (bench/startup.mjs): a CommonJS bundle starts faster than
// the ESM module graph (no per-module ESM resolution) and faster than an ESM bundle.
// Heavy or ESM-only packages stay outside and are loaded only by the commands that need them.
import { writeFileSync, chmodSync } from 'node:fs';
import { build } from 'esbuild';
import { writeTriggers } from './asm-triggers.mjs';

// The Postfix triggers of the WebAssembly walk come from the parser's list: regenerate, and compile again if
// they changed (the build's asc step compiled the copy kept in git).
if (await writeTriggers()) {
  const { default: asc } = await import('assemblyscript/asc');
  const { error, stderr } = await asc.main(['asm/scan.ts', '-O3', '--enable', 'simd', '--runtime', 'stub', '-o', 'dist/scan.wasm']);
  if (error) throw new Error(`asc: ${error.message}\n${stderr.toString()}`);
  console.log('bundle: asm/triggers.ts regenerated from POSTFIX_TRIGGERS and dist/scan.wasm compiled again');
}

const out = 'dist/addr.cjs';

// The rules' literal prefilters (src/core/prefilter-table.ts), worked out here from the compiled rules with the module's
// own functions and written into the bundle in its place: the binary neither parses the patterns nor carries the parser.
// Each entry keeps its pattern's length, which the table checks before it answers (a mismatch answers "no filter":
// the whole expression is tried).
const rulePrefilters = {
  name: 'rule-prefilters',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]core[\\/]prefilter-table\.js$/ }, async () => {
      const { RULES } = await import('../dist/core/rules.js');
      const { prefilters } = await import('../dist/core/prefilter-table.js');
      const exprs = RULES.map((r) => r.text);
      const table = prefilters(exprs).map((parts, i) => (parts ? [exprs[i].source.length, parts] : null));
      return {
        loader: 'js',
        // A JSON string parsed on first use: a string costs the start of every command next to nothing, an array literal
        // of some 4,000 strings would be compiled at each start.
        contents: [
          `const JSON_TABLE = ${JSON.stringify(JSON.stringify(table))};`,
          'let table;',
          'export function prefilters(exprs) {',
          '  table ??= JSON.parse(JSON_TABLE);',
          '  return exprs.map((re, i) => (re && table[i] && table[i][0] === re.source.length ? table[i][1] : null));',
          '}',
        ].join('\n'),
      };
    });
  },
};

// commander requires node:child_process at load time, for executable subcommands addr does not have;
// child_process drags in net, dgram and more (~2 ms of every start). Give commander a lazy stand-in.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'addr-lazy' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'addr-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
const result = await build({
  entryPoints: ['dist/cli.js'],
  outfile: out,
  write: false,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // better-sqlite3: native addon. cosmiconfig: loaded only when a config file may exist. mailauth: only by the DNS
  // pre-flight (it brings joi, tldts and more). The rest load
  // lazily (prompts, sending, sandbox) or are ESM-only (chalk).
  external: ['better-sqlite3', 'cosmiconfig', 'nodemailer', '@inquirer/prompts', 'smtp-server', 'selfsigned', 'chalk', 'mailauth'],
  define: { 'import.meta.url': '__addrModuleUrl' },
  // bin/load-bundle.cjs compiles this file with V8's code cache through vm.Script, where a bare import()
  // has no module loader behind it: the loader hands one in (globalThis[Symbol.for('addr.import')]);
  // loaded by a plain require, the file's own import() is used.
  banner: {
    js: [
      "const __addrModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      "const __addrImport = globalThis[Symbol.for('addr.import')] ?? ((specifier) => import(specifier));",
    ].join('\n'),
  },
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [lazyChildProcess, rulePrefilters],
});

// The second thread of the line walk of `addr diagnose` (src/diagnose/walk-worker.ts): a file of its own, small.
await build({
  entryPoints: ['dist/diagnose/walk-worker.js'],
  outfile: 'dist/walk-worker.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
});

let text = result.outputFiles[0].text;
const dynamic = /\bimport\((["'])([^"'.\/][^"']*)\1\)/g;
const specifiers = [...text.matchAll(dynamic)].map((m) => m[2]);
text = text.replace(dynamic, '__addrImport($1$2$1)');
// The banner's own fallback is the one import() left.
if ((text.match(/\bimport\(/g) ?? []).length !== 1) throw new Error('bundle: an import() was not routed through __addrImport');
writeFileSync(out, text);
chmodSync(out, 0o755);
if (process.env.ADDR_BUNDLE_VERBOSE) console.log(`bundle: dynamic imports ${[...new Set(specifiers)].join(', ')}`);
