/**
 * `addr sandbox`: a real SMTP server on 127.0.0.1 for trying addr without a mail account, and a real
 * peer for CI pipelines. It keeps its password, certificate and key in its folder (beside the database) so
 * that addresses saved against it keep passing after a restart; it writes nothing if it cannot start. It runs
 * until SIGINT (Ctrl-C), SIGTERM or SIGHUP, or until the process that started it (npx, a script) is gone.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { App } from '../app.js';
import { validatePort } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { merged } from '../cli/options.js';
import { AddrError, ExitCode, UsageError } from '../errors.js';
import { isScenario, SCENARIO_TABLE, SCENARIOS } from '../smtp/scenarios.js';
import { table } from '../ui/style.js';

export interface SandboxOptions {
  scenario: string;
  plainPort: string;
  starttlsPort: string;
  sslPort: string;
  /** The login it accepts (--login; --user is its deprecated alias). */
  login: string;
  password?: string;
  dir?: string;
  quiet?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('sandbox')
    .description('run a local SMTP server (plain, STARTTLS, implicit TLS) to try addr without a mail account')
    .option('--scenario <name>', `what it answers: ${SCENARIOS.join(', ')}`, 'ok')
    .option('--plain-port <n>', 'port of the plain listener (0 = any free)', '2525')
    .option('--starttls-port <n>', 'port of the STARTTLS listener', '2587')
    .option('--ssl-port <n>', 'port of the implicit-TLS listener', '2465')
    .option('--login <login>', 'the login it accepts (default support@example.com)')
    .addOption(new Option('--user <login>', 'deprecated: the login it accepts, now --login').hideHelp())
    .option('--password <password>', 'the password it accepts (default: the one kept in its folder, else a new random one)')
    .option('--dir <dir>', 'where it keeps the certificate, key and password (default: "sandbox" beside the database)')
    .option('--quiet', 'do not log each connection')
    .addHelpText('after', `
Scenarios:
${SCENARIO_TABLE.map((s) => `  ${s.name.padEnd(17)} ${s.does}`).join('\n')}

It stops on Ctrl-C, SIGTERM or SIGHUP (kill PID; --json prints the pid), and when the process that started it
ends (npx, a script), so that nothing keeps its ports. Exit 69 when a port it needs is taken.`);
  cli.action(cmd, (raw: Omit<SandboxOptions, 'login'> & { login?: string; user?: string }) => {
    const warnings: string[] = [];
    const login = merged(raw.login, raw.user, { now: '--login', old: '--user', where: 'sandbox', meaning: 'the login it accepts' }, warnings) ?? 'support@example.com';
    const o: SandboxOptions = { scenario: raw.scenario, plainPort: raw.plainPort, starttlsPort: raw.starttlsPort, sslPort: raw.sslPort, login, password: raw.password, dir: raw.dir, quiet: raw.quiet };
    return { options: o, warnings, run: (app) => sandboxCommand(app, o) };
  });
}

export async function sandboxCommand(app: App, flags: SandboxOptions): Promise<number> {
  const scenario = flags.scenario;
  if (!isScenario(scenario)) throw new UsageError(`Scenario "${scenario}" is unknown.`, `Choose one of: ${SCENARIOS.join(', ')}.`);
  const port = (v: string) => (v === '0' ? 0 : validatePort(v));
  const ports = { plain: port(flags.plainPort), starttls: port(flags.starttlsPort), ssl: port(flags.sslPort) };
  // Checked before anything starts: an explicit --db into a missing folder is an error, not a new tree.
  const dir = flags.dir !== undefined ? path.resolve(app.cwd, flags.dir) : path.join(app.dataDir({ create: false }), 'sandbox');
  const { startSandbox } = await import('../smtp/sandbox.js');
  const s = app.errStyle;
  // The password stays the same across restarts (kept in the sandbox folder), as do the certificate and key,
  // so that an address saved against one scenario can be tested against the next one with `addr test`.
  const passwordFile = path.join(dir, 'password');
  const keptPassword = flags.password === undefined && existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() || undefined : undefined;
  let sandbox;
  try {
    sandbox = await startSandbox({
      scenario,
      plainPort: ports.plain,
      starttlsPort: ports.starttls,
      sslPort: ports.ssl,
      user: flags.login,
      password: flags.password ?? keptPassword,
      certDir: dir,
      onEvent: flags.quiet || app.json ? undefined : (e) => {
        const time = new Date().toISOString().slice(11, 19);
        app.err(`${s.dim(time)} ${e.listener.padEnd(8)} ${e.ok ? '' : s.fail('✖ ')}${e.text}${e.reply ? ` → ${e.reply}` : ''}`);
      },
    });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE' || e.code === 'EACCES') {
      throw new AddrError('port_unavailable', `The sandbox cannot listen: ${e.message}.`, ExitCode.UNAVAILABLE,
        'Another program (or another sandbox) holds the port: choose others with --plain-port, --starttls-port, --ssl-port (0 = any free port). Nothing was written.', { cause: err });
    }
    throw err;
  }
  try {
    writeFileSync(passwordFile, `${sandbox.password}\n`, { mode: 0o600 });
    chmodSync(passwordFile, 0o600);
  } catch (err) {
    await sandbox.close();
    throw err;
  }

  // Listening for the stop before saying "ready": whoever reads the line may stop it at once.
  const stopped = app.waitForStop();
  const info = {
    scenario: sandbox.scenario,
    host: sandbox.host,
    ports: sandbox.ports,
    user: sandbox.user,
    password: sandbox.password,
    dir,
    passwordFile,
    caFile: sandbox.caFile,
    certKept: sandbox.certKept,
    pid: process.pid,
  };
  if (app.json) {
    app.out(JSON.stringify(info));
  } else {
    const o = app.style;
    app.out(`${o.bold('addr sandbox')}: a local SMTP server for trying addr (scenario ${o.accent(sandbox.scenario)}, pid ${process.pid}). Ctrl-C stops it.`);
    app.out(table(['LISTENER', 'ADDRESS', 'USE WITH'], [
      ['plain', `${sandbox.host}:${sandbox.ports.plain}`, '--security none'],
      ['starttls', `${sandbox.host}:${sandbox.ports.starttls}`, '--security starttls'],
      ['ssl', `${sandbox.host}:${sandbox.ports.ssl}`, '--security ssl'],
    ], o));
    app.out(`Login:    ${sandbox.user}`);
    app.out(`Password: ${sandbox.password}   (also in ${passwordFile})`);
    app.out(`CA file:  ${sandbox.caFile}   (give it with --ca${sandbox.certKept ? '; the same as last time' : ''})`);
    app.out('');
    app.out('Try, in another terminal:');
    app.out(`  addr add --email ${sandbox.user} --name "Acme Support" --host ${sandbox.host} --port ${sandbox.ports.ssl} --security ssl \\`);
    app.out(`           --ca ${sandbox.caFile} --password-file ${passwordFile}`);
  }
  const why = await stopped;
  await sandbox.close();
  if (!app.json) app.err(why === 'parent' ? 'Sandbox stopped: the process that started it is gone.' : `Sandbox stopped (${why}).`);
  return 0;
}
