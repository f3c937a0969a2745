/**
 * `addr sandbox`: a real SMTP server on 127.0.0.1 for trying addr without a mail account, and a real
 * peer for CI pipelines. Runs until Ctrl-C (or SIGTERM).
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../app.js';
import { validatePort } from '../core/address.js';
import { UsageError } from '../errors.js';
import { table } from '../ui/style.js';

export interface SandboxFlags {
  scenario?: string;
  plainPort?: string;
  starttlsPort?: string;
  sslPort?: string;
  user?: string;
  password?: string;
  dir?: string;
  quiet?: boolean;
}

export async function sandboxCommand(app: App, flags: SandboxFlags): Promise<number> {
  const { startSandbox, SCENARIOS } = await import('../smtp/sandbox.js');
  const scenario = flags.scenario ?? 'ok';
  if (!(SCENARIOS as readonly string[]).includes(scenario)) {
    throw new UsageError(`Scenario "${scenario}" is unknown.`, `Choose one of: ${SCENARIOS.join(', ')}.`);
  }
  const port = (v: string | undefined, def: number) => (v === undefined ? def : v === '0' ? 0 : validatePort(v));
  const dir = path.resolve(app.cwd, flags.dir ?? path.join(path.dirname(app.effective.settings.db), 'sandbox'));
  const s = app.errStyle;
  // The password stays the same across restarts (kept in the sandbox folder), so that an address saved
  // against one scenario can be tested against the next one with `addr test`.
  const passwordFile = path.join(dir, 'password');
  const keptPassword = flags.password === undefined && existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() || undefined : undefined;
  let sandbox;
  try {
    sandbox = await startSandbox({
      scenario: scenario as (typeof SCENARIOS)[number],
      plainPort: port(flags.plainPort, 2525),
      starttlsPort: port(flags.starttlsPort, 2587),
      sslPort: port(flags.sslPort, 2465),
      user: flags.user ?? 'support@example.com',
      password: flags.password ?? keptPassword,
      certDir: dir,
      onEvent: flags.quiet || app.json ? undefined : (e) => {
        const time = new Date().toISOString().slice(11, 19);
        app.err(`${s.dim(time)} ${e.listener.padEnd(8)} ${e.ok ? '' : s.fail('✖ ')}${e.text}${e.reply ? ` → ${e.reply}` : ''}`);
      },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(`A port the sandbox needs is in use: ${e.message}.`, 'Choose others with --plain-port, --starttls-port, --ssl-port (0 = any free port).');
    throw err;
  }
  writeFileSync(passwordFile, `${sandbox.password}\n`, { mode: 0o600 });
  chmodSync(passwordFile, 0o600);

  const info = {
    scenario: sandbox.scenario,
    host: sandbox.host,
    ports: sandbox.ports,
    user: sandbox.user,
    password: sandbox.password,
    passwordFile,
    caFile: sandbox.caFile,
  };
  if (app.json) {
    app.out(JSON.stringify(info));
  } else {
    const o = app.style;
    app.out(`${o.bold('addr sandbox')}: a local SMTP server for trying addr (scenario ${o.accent(sandbox.scenario)}). Ctrl-C stops it.`);
    app.out(table(['LISTENER', 'ADDRESS', 'USE WITH'], [
      ['plain', `${sandbox.host}:${sandbox.ports.plain}`, '--security none'],
      ['starttls', `${sandbox.host}:${sandbox.ports.starttls}`, '--security starttls'],
      ['ssl', `${sandbox.host}:${sandbox.ports.ssl}`, '--security ssl'],
    ], o));
    app.out(`Login:    ${sandbox.user}`);
    app.out(`Password: ${sandbox.password}   (also in ${passwordFile})`);
    app.out(`CA file:  ${sandbox.caFile}   (give it with --ca)`);
    app.out('');
    app.out('Try, in another terminal:');
    app.out(`  addr add --email ${sandbox.user} --name "Acme Support" --host ${sandbox.host} --port ${sandbox.ports.ssl} --security ssl \\`);
    app.out(`           --ca ${sandbox.caFile} --password-file ${passwordFile}`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  if (!app.json) app.err('Sandbox stopped.');
  return 0;
}
