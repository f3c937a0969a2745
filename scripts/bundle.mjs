// Bundles the compiled CLI (dist/cli.js and the modules it imports) into one CommonJS file,
// dist/addr.cjs. Measured on Node 20 (bench/startup.mjs): a CommonJS bundle starts faster than
// the ESM module graph (no per-module ESM resolution) and faster than an ESM bundle.
// Heavy or ESM-only packages stay outside and are loaded only by the commands that need them.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli.js'],
  outfile: 'dist/addr.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // better-sqlite3: native addon. typescript: cosmiconfig's .ts-config loader (addr does not search
  // for .ts configs). The rest load lazily (prompts, sending, sandbox) or are ESM-only (chalk).
  external: ['better-sqlite3', 'typescript', 'cosmiconfig', 'nodemailer', '@inquirer/prompts', 'smtp-server', 'selfsigned', 'chalk'],
  define: { 'import.meta.url': '__addrModuleUrl' },
  banner: { js: "const __addrModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});
