#!/usr/bin/env node
/**
 * The entry point: parse the command line (cli/program.ts), run the chosen command with an App, report what
 * went wrong (cli/report.ts). This is the only module that sets the exit status. Each command's options and
 * handler live in its own module under commands/, loaded only when that command runs (cli/registry.ts).
 */
import { CancelledError } from './errors.js';
import { parseCommandLine, wantsJson } from './cli/program.js';
import { report, warn } from './cli/report.js';
import type { App } from './app.js';

const writeErr = (text: string): void => { process.stderr.write(text); };

async function main(argv: string[]): Promise<void> {
  const debug = argv.includes('--debug');
  let parsed;
  try {
    parsed = await parseCommandLine(argv, { writeOut: (text) => process.stdout.write(text) });
  } catch (err) {
    process.exitCode = report(err, { json: wantsJson(argv), debug }, writeErr);
    return;
  }
  if (parsed.kind === 'done') {
    process.exitCode = parsed.exitCode;
    return;
  }
  const { invocation, global } = parsed;
  for (const w of invocation.warnings) warn(w, { json: Boolean(global.json) }, writeErr);
  let app: App | undefined;
  let cancelled = false;
  try {
    const { createApp } = await import('./app.js');
    app = await createApp(global, invocation.settings);
    process.exitCode = await invocation.run(app);
  } catch (err) {
    cancelled = err instanceof CancelledError;
    process.exitCode = report(err, { json: app?.json ?? Boolean(global.json), debug }, writeErr);
  } finally {
    app?.close();
  }
  // Ctrl-C during a live test: the probe's sockets would keep the process alive until their deadline.
  if (cancelled) process.exit();
}

// `addr list | head`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void main(process.argv);
