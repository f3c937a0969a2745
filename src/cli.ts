#!/usr/bin/env node
/**
 * The command line: commander wiring only. Each command's handler lives in its own file under
 * commands/ and is imported when that command runs, so `addr list` never loads nodemailer or the
 * prompts. This is the only module that sets the exit status.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { AddrError, ExitCode } from './errors.js';
import { escapeControls } from './core/untrusted.js';
import type { App, GlobalOptions } from './app.js';
import type { Layers } from './core/settings.js';

/** package.json sits one level above dist/cli.js and two above the bundled dist/bundle/cli.js. */
function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'addr' && pkg.version) return pkg.version;
    } catch {
      // not here; try the next level
    }
  }
  return '0.0.0';
}

type Handler = (app: App) => Promise<number>;

function run(cmd: Command, flags: Layers['flags'], handler: Handler): Promise<void> {
  const global = cmd.optsWithGlobals() as GlobalOptions;
  return (async () => {
    let app: App | undefined;
    try {
      const { createApp } = await import('./app.js');
      app = await createApp(global, flags);
      process.exitCode = await handler(app);
    } catch (err) {
      process.exitCode = report(err, global);
    } finally {
      app?.close();
    }
  })();
}

function report(err: unknown, global: GlobalOptions): number {
  if (err instanceof AddrError) {
    if (global.json) {
      process.stderr.write(`${JSON.stringify({ error: { kind: err.kind, message: escapeControls(err.message), hint: err.hint ? escapeControls(err.hint) : null, exitCode: err.exitCode } })}\n`);
    } else {
      // Messages may quote what the user typed or a server sent: control characters are shown, never obeyed.
      process.stderr.write(`addr: ${escapeControls(err.message)}\n`);
      if (err.hint) process.stderr.write(`  ${escapeControls(err.hint)}\n`);
    }
    if (global.debug && err.cause) process.stderr.write(`${(err.cause as Error).stack ?? String(err.cause)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`addr: internal error: ${escapeControls(String(e?.message ?? err))}\n  This is a bug in addr; please report it with the output of the same command run with --debug.\n`);
  if (global.debug) process.stderr.write(`${e?.stack ?? ''}\n`);
  return ExitCode.SOFTWARE;
}

const addressOptions = (cmd: Command): Command =>
  cmd
    .option('--preset <id>', 'provider preset: gmail, google-workspace, microsoft, yandex, mailru, vk-workspace, zoho, icloud, yahoo, rambler, sendgrid, mailgun, ses, postmark, brevo, custom (default: from the e-mail domain, else discovery)')
    .option('--email <address>', 'the sender address')
    .option('--name <text>', 'display name shown to recipients')
    .option('--host <host>', 'SMTP server (custom preset, or to override a preset)')
    .option('--port <n>', 'SMTP port, 1-65535')
    .option('--security <mode>', 'ssl (implicit TLS), starttls (upgrade required) or none')
    .option('--user <login>', 'SMTP login (default: the e-mail address)')
    .option('--password-stdin', 'read the password from standard input')
    .option('--password-env <var>', 'read the password from this environment variable')
    .option('--password-file <file>', 'read the password from this file (first line)')
    .addOption(new Option('--password <password>', 'the password on the command line (visible in ps; avoid)'))
    .option('--no-auth', 'the server takes mail without a login (no password)')
    .option('--ca <file>', 'PEM file of the CA (or server certificate) to trust for this address')
    .option('--insecure', 'do not verify the server certificate for this address (list marks it)');

const testOptions = (cmd: Command): Command =>
  cmd
    .option('--rcpt <address>', 'recipient for the RCPT TO probe (default: the address itself)')
    .option('--send-to <address>', 'send a real test message to this address')
    .option('--connect-timeout <duration>', 'TCP connect + TLS handshake timeout, e.g. 10s')
    .option('--greeting-timeout <duration>', 'wait for the server greeting, e.g. 10s')
    .option('--command-timeout <duration>', 'wait for each reply, e.g. 15s')
    .option('--deadline <duration>', 'the whole live test of one address, whatever the server does (default 60s)');

// The DNS pre-flight after a passing live test (add, edit) and the resolver it and discovery use.
const preflightOptions = (cmd: Command): Command =>
  cmd
    .option('--strict', 'save only if the DNS pre-flight (SPF, DKIM, DMARC, MX, PTR) finds nothing to fix')
    .option('--dns-server <ip:port>', 'DNS server for discovery and the pre-flight (default: the system\'s; env ADDR_DNS_SERVER)');

// commander hands options over untyped; each handler's signature says what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Opts = Record<string, any>;
const timeoutFlags = (o: Opts): Layers['flags'] => ({ connectTimeout: o.connectTimeout, greetingTimeout: o.greetingTimeout, commandTimeout: o.commandTimeout, deadline: o.deadline, concurrency: o.concurrency, dnsServer: o.dnsServer });

/** The first word of the command line that is not an option (nor the value of --db/--config). */
function commandWord(argv: string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--db' || a === '--config') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

export function buildProgram(argv: string[] = []): Command {
  const program = new Command('addr')
    .description('Manage, live-test and diagnose the company\'s sender e-mail addresses.')
    .version(readVersion(), '-V, --version')
    .option('--db <path>', 'database file (default: $XDG_DATA_HOME/addr/addr.db; env ADDR_DB)')
    .option('--config <file>', 'use this config file instead of searching for one')
    .option('--json', 'machine-readable output on stdout')
    .option('--color', 'force colour')
    .option('--no-color', 'plain text (also NO_COLOR=1)')
    .option('--debug', 'show the SMTP transcript (secrets masked) and stack traces')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .addHelpText('after', `
Exit codes: 0 ok, 1 diagnose found failures (check: warnings; discover: nothing found), 2 check found
errors, 64 usage, 65 invalid value, 66 unreadable input,
67 no such address, 68 host not found, 69 refused by the server, 70 bug, 73 cannot create,
74 I/O error, 75 temporary failure, 76 TLS/security problem, 77 authentication refused,
78 config/key problem, 80 refused by the access rules, 130 cancelled. See the README for details.`);

  // Only the command being run is defined: building every command's options costs start-up time.
  // Help, `addr help …` and unknown commands get the whole tree.
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  const defs: Array<[string[], () => void]> = [];
  const def = (names: string | string[], define: () => void) => { defs.push([[names].flat(), define]); };

  def('add', () => {
    preflightOptions(testOptions(addressOptions(program.command('add')
      .description('add a sender address: wizard on a terminal, flags in scripts; saved only if the live test passes')
      .addHelpText('after', `
Examples:
  $ addr add                                   # the wizard (on a terminal)
  $ pass show mail/support | addr add --email support@acme.ru --preset yandex --password-stdin
  $ addr add --email noreply@acme.ru --host smtp.acme.ru --port 587 --security starttls \\
             --ca /etc/ssl/acme-ca.pem --password-env SMTP_PASSWORD
  $ addr add --email noreply@acme.com --password-stdin   # no --host: the server is discovered`))))
      .action((o: Opts, cmd: Command) => run(cmd, timeoutFlags(o), async (app) => (await import('./commands/add.js')).addCommand(app, o)));
  });

  def('test', () => {
    testOptions(addressOptions(program.command('test [address]')
      .description('live-test a saved address (records the result) or unsaved settings given as flags (writes nothing)')
      .addHelpText('after', `
Examples:
  $ addr test support@acme.ru                  # a saved address
  $ addr test --all --json                     # every saved address
  $ addr test --email a@acme.ru --host smtp.acme.ru --port 465 --password-env P   # unsaved settings
  $ addr test support@acme.ru --send-to me@acme.ru   # also send a real test message`)))
      .option('--all', 'test every saved address, several at a time')
      .option('--concurrency <n>', 'with --all: how many at once (default 4)')
      .action((address: string | undefined, o: Opts, cmd: Command) => run(cmd, timeoutFlags(o), async (app) => (await import('./commands/test.js')).testCommand(app, address, o)));
  });

  def('list', () => {
    program.command('list')
      .description('list the saved addresses (with their access rules and projects)')
      .option('--project <name>', 'only the addresses offered in this project')
      .option('--user <login>', 'only the addresses this employee may use')
      .action((o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/list.js')).listCommand(app, o)));
  });

  def('show', () => {
    program.command('show <address>')
      .description('show the settings of one address (never the password)')
      .action((address: string, _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/show.js')).showCommand(app, address)));
  });

  def('edit', () => {
    preflightOptions(testOptions(addressOptions(program.command('edit <address>')
      .description('change an address; the change is saved only if the live test passes')
      .addHelpText('after', `
Examples:
  $ addr edit support@acme.ru                  # the wizard, current values as defaults (on a terminal)
  $ addr edit support@acme.ru --port 587 --security starttls
  $ printf '%s' "$NEW_APP_PASSWORD" | addr edit support@acme.ru --password-stdin`))))
      .action((address: string, o: Opts, cmd: Command) => run(cmd, timeoutFlags(o), async (app) => (await import('./commands/edit.js')).editCommand(app, address, o)));
  });

  def(['remove', 'rm'], () => {
    program.command('remove <address>')
      .alias('rm')
      .description('remove an address and its stored password')
      .option('-y, --yes', 'do not ask for confirmation')
      .action((address: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/remove.js')).removeCommand(app, address, o)));
  });

  def('diagnose', () => {
    program.command('diagnose [files...]')
      .description('read logs of failed sends (Postfix, Exim, sendmail, msmtp, nodemailer, SMTP transcripts, bounces; .gz too) and give each failure its cause and remedy')
      .option('--text <reply>', 'diagnose one server reply or error message')
      .option('--sent', 'analyse the failed attempts of `addr send` (the send log)')
      .option('--since <when>', 'with --sent: only attempts since an ISO date or a duration (24h, 7d)')
      .option('--inbound', 'show our server refusing others and failed logins against it, instead of our outbound failures')
      .addHelpText('after', `
Files may be plain or gzip-compressed, or named pipes; - reads standard input. Failures are grouped by cause
(category, rule, provider) and are our outbound ones unless --inbound is given; deferrals delivered later count
as recovered. Exit status like grep: 0 no failure found, 1 failures found, 2 and above an error.

Examples:
  $ addr diagnose /var/log/mail.log /var/log/mail.log.2.gz
  $ journalctl -u postfix --since today | addr diagnose -
  $ addr diagnose --text "553 5.7.1 Sender address rejected: not owned by auth user."
  $ addr diagnose bounce.eml --json
  $ addr diagnose --sent --since 7d              # what went wrong with addr send this week
  $ addr diagnose --inbound /var/log/mail.log    # who our server refused, and failed logins against it`)
      .action((files: string[], o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/diagnose.js')).diagnoseCli(app, files, o)));
  });

  def('sandbox', () => {
    program.command('sandbox')
      .description('run a local SMTP server (plain, STARTTLS, implicit TLS) to try addr without a mail account')
      .option('--scenario <name>', 'ok, auth-fail, spam, spf, sender-not-owned, greeting-timeout, no-auth, no-starttls', 'ok')
      .option('--plain-port <n>', 'port of the plain listener (0 = any free)', '2525')
      .option('--starttls-port <n>', 'port of the STARTTLS listener', '2587')
      .option('--ssl-port <n>', 'port of the implicit-TLS listener', '2465')
      .option('--user <login>', 'the login it accepts', 'support@example.com')
      .option('--password <password>', 'the password it accepts (default: the one kept in the sandbox folder, else a new random one)')
      .option('--dir <dir>', 'where the certificate, key and password file go (default: beside the database)')
      .option('--quiet', 'do not log each connection')
      .action((o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/sandbox.js')).sandboxCommand(app, o)));
  });

  // ---- who may send from which address -----------------------------------------------------------------

  def('user', () => {
    const user = program.command('user').description('employees who may be allowed to send');
    user.command('add <login>').description('add an employee')
      .option('--name <text>', 'full name').option('--email <address>', 'their own e-mail address')
      .action((login: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/user.js')).userAdd(app, login, o)));
    user.command('list').description('list employees and their groups')
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/user.js')).userList(app)));
    user.command('remove <login>').alias('rm').description('remove an employee (and every access entry naming them)')
      .action((login: string, _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/user.js')).userRemove(app, login)));
  });

  def('group', () => {
    const group = program.command('group').description('groups of employees');
    group.command('add <name>').description('add a group').option('--description <text>', 'what the group is')
      .action((name: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/group.js')).groupAdd(app, name, o)));
    group.command('list').description('list groups and their members')
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/group.js')).groupList(app)));
    group.command('remove <name>').alias('rm').description('remove a group (and every access entry naming it)')
      .action((name: string, _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/group.js')).groupRemove(app, name)));
    group.command('add-member <group> <logins...>').description('put employees into a group (a user may be in many groups)')
      .action((name: string, logins: string[], _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/group.js')).groupMembers(app, name, logins, 'add')));
    group.command('remove-member <group> <logins...>').description('take employees out of a group')
      .action((name: string, logins: string[], _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/group.js')).groupMembers(app, name, logins, 'remove')));
  });

  def('directory', () => {
    program.command('directory').description('bulk changes to employees and groups')
      .command('import <file>').description('add or update employees and their groups from CSV or JSON (- = stdin); idempotent')
      .option('--format <format>', 'csv or json (default: from the file name, else sniffed)')
      .addHelpText('after', `
CSV: a header row with login (required), name, email, groups; groups separated by ";" or "|".
  login,name,email,groups
  anna,Anna Petrova,anna@acme.ru,support;sales
JSON: [ { "login": "anna", "name": "Anna Petrova", "email": "anna@acme.ru", "groups": ["support", "sales"] } ]
Users in the file are added or brought in line (name, e-mail, groups); users not in the file are left alone.`)
      .action((file: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/directory.js')).directoryImport(app, file, o)));
  });

  def('project', () => {
    const project = program.command('project').description('projects that addresses can be bound to');
    project.command('add <name>').description('add a project').option('--description <text>', 'what the project is')
      .action((name: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/project.js')).projectAdd(app, name, o)));
    project.command('list').description('list projects, their bound addresses and defaults')
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/project.js')).projectList(app)));
    project.command('remove <name>').alias('rm').description('remove a project (its bindings go with it)')
      .action((name: string, _o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/project.js')).projectRemove(app, name)));
    project.command('default <name> [address]').description('set the address `addr send --project` uses when --from is omitted')
      .option('--clear', 'remove the default')
      .action((name: string, address: string | undefined, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/project.js')).projectDefault(app, name, address, o)));
  });

  def('access', () => {
    program.command('access <address>')
      .description('limit an address to chosen employees and groups (no entries = everyone); without options, show its rules')
      .option('--allow-user <login>', 'allow this employee (repeatable)', collect)
      .option('--allow-group <name>', 'allow the members of this group (repeatable)', collect)
      .option('--deny-user <login>', 'deny this employee, even through a group (repeatable)', collect)
      .option('--clear', 'remove every entry first (alone: everyone may use it again)')
      .action((address: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/access.js')).accessCommand(app, address, o)));
  });

  def('bind', () => {
    program.command('bind <address>')
      .description('offer an address only in these projects (no projects = offered everywhere)')
      .requiredOption('--project <name>', 'project (repeatable)', collect)
      .option('--default', 'also make it the default address of these projects')
      .action((address: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/bind.js')).bindCommand(app, address, o)));
  });
  def('unbind', () => {
    program.command('unbind <address>')
      .description('stop binding an address to projects; with no bindings left it is offered everywhere')
      .option('--project <name>', 'project (repeatable)', collect)
      .option('--all', 'every project')
      .action((address: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/bind.js')).unbindCommand(app, address, o)));
  });

  def('available', () => {
    program.command('available')
      .description('the addresses an employee may pick in a project')
      .option('--project <name>', 'the project')
      .option('--user <login>', 'the employee')
      .option('--explain', 'say for every address why it is or is not available')
      .action((o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/available.js')).availableCommand(app, o)));
  });

  // ---- sending (send, log) ----------------------------------------------------------------------------
  def('send', () => {
    program.command('send')
      .description('send a message through a saved address (access rules apply with --project/--as); every attempt is logged')
      .option('-t, --message-stdin', 'sendmail mode: read a whole RFC 5322 message from stdin; recipients from its To/Cc/Bcc')
      .option('--from <address>', 'the saved address to send as (default with --project: the project default or the only one available)')
      .option('--to <addresses>', 'recipient (repeatable, or comma-separated)', collect)
      .option('--cc <addresses>', 'copy recipient (repeatable, or comma-separated)', collect)
      .option('--bcc <addresses>', 'blind copy recipient (repeatable, or comma-separated)', collect)
      .option('--reply-to <address>', 'Reply-To header')
      .option('--subject <text>', 'the subject')
      .option('--body <text>', 'the text body (else --body-file, else standard input)')
      .option('--body-file <file>', 'read the text body from this file (- = stdin)')
      .option('--html-file <file>', 'an HTML alternative to the text body')
      .option('--attach <file>', 'attach this file (repeatable)', collect)
      .option('--project <name>', 'send in this project: only addresses offered in it')
      .option('--as <login>', 'send on behalf of this employee: the access rules of the address apply')
      .option('--connect-timeout <duration>', 'TCP connect + TLS handshake timeout, e.g. 10s')
      .option('--greeting-timeout <duration>', 'wait for the server greeting, e.g. 10s')
      .option('--command-timeout <duration>', 'wait for each reply, e.g. 15s')
      .option('--deadline <duration>', 'the whole send, whatever the server does (default 60s)')
      .addHelpText('after', `
Examples:
  $ addr send --from support@acme.ru --to client@example.com --subject "Your order" --body-file order.txt --attach invoice.pdf
  $ echo "Backup done" | addr send --project ops --as cron --to admin@acme.ru --subject "backup"
  $ addr send -t --project ops < message.eml       # sendmail style: From/To/Cc/Bcc from the header
Exit codes: 0 sent, 80 refused by the access rules (nothing sent), 75 temporary failure (retry later),
69/76/77 permanent failure (see the diagnosis), 64/65/66 bad input, 67 no such address.`)
      .action((o: Opts, cmd: Command) => run(cmd, timeoutFlags(o), async (app) => (await import('./commands/send.js')).sendCommand(app, o)));
  });

  def('log', () => {
    program.command('log')
      .description('the send attempts, newest first (sent, failed, refused)')
      .option('--address <address>', 'only attempts from this address')
      .option('--project <name>', 'only attempts in this project')
      .option('--user <login>', 'only attempts on behalf of this employee')
      .option('--failed', 'only attempts that did not send (failed or refused)')
      .option('--since <when>', 'only attempts since an ISO date/time or a duration back from now (24h, 7d)')
      .option('--limit <n>', 'at most this many (default 50; 0 = all)')
      .action((o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/log.js')).logCommand(app, o)));
  });

  // ---- OAuth2 sign-in (auth login, status, logout) ------------------------------------------------------------
  def('auth', () => {
    const auth = program.command('auth').description('OAuth2 sign-in of addresses (Microsoft 365, Google, Yandex): sign in, show, forget');
    auth.command('login [address]')
      .description('sign an address in with OAuth2 (first time or again); the refresh token is stored encrypted')
      .option('--email <address>', 'the address to sign in, when it is not given as the argument')
      .option('--provider <id>', 'microsoft, google or yandex (default: from the saved address or its domain)')
      .option('--flow <flow>', 'device (Microsoft, Yandex), loopback (Google), client-credentials (Microsoft app-only)')
      .option('--tenant <tenant>', 'Microsoft: tenant id or domain (default: oauth.microsoft.tenant, else common)')
      .option('--client-id <id>', 'the OAuth client (app registration) id (default: oauth.<provider>.clientId)')
      .option('--client-secret-env <var>', 'the client secret from this environment variable (app-only; Google/Yandex app secret)')
      .option('--client-secret-file <file>', 'the client secret from this file (first line)')
      .option('--client-cert-file <file>', 'app-only: the certificate registered on the app (PEM; may hold the key too)')
      .option('--client-key-file <file>', 'app-only: the certificate\'s private key (PEM, unencrypted)')
      .option('--token-cmd <command>', 'instead of signing in: save a command that prints an access token (run without a shell)')
      .option('--no-browser', 'do not open a browser; only print the sign-in page')
      .option('--wait <duration>', 'how long to wait for the person to sign in (default 15m device code, 5m browser)')
      .addHelpText('after', `
Examples:
  $ addr auth login support@acme.com --provider microsoft --client-id 0b5f8e44-… --tenant acme.onmicrosoft.com
  $ addr auth login sales@acme.ru --provider google          # a browser sign-in; client from the config file
  $ addr auth login noreply@acme.com --flow client-credentials --tenant acme.onmicrosoft.com \\
        --client-id 0b5f8e44-… --client-cert-file app.pem
Test servers: ADDR_OAUTH_AUTHORITY=http://127.0.0.1:PORT replaces the providers' sign-in servers (https only, http on loopback).`)
      .action((address: string | undefined, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/auth-login.js')).authLoginCommand(app, address, o)));
    auth.command('status [address]')
      .description('who is signed in and until when (never a secret)')
      .option('--check', 'get a valid access token now (refreshed if due) to prove the sign-in works')
      .action((address: string | undefined, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/auth-status.js')).authStatusCommand(app, address, o)));
    auth.command('logout <address>')
      .description('forget the stored sign-in of an address (its tokens and secrets)')
      .option('--revoke', 'also ask the provider to revoke the refresh token (Google)')
      .action((address: string, o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/auth-logout.js')).authLogoutCommand(app, address, o)));
  });

  def('key', () => {
    const key = program.command('key').description('the key that encrypts the stored passwords');
    key.command('rotate').description('re-encrypt every stored secret with a new key, in one transaction')
      .addHelpText('after', `
With the key file beside the database (addr.key) the new key replaces it; back it up again afterwards.
With ADDR_KEY, give the new key in ADDR_NEW_KEY (openssl rand -base64 32) and set ADDR_KEY to it afterwards.`)
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/key.js')).keyRotate(app)));
    key.command('check').description('check that the key in use opens every stored secret (writes nothing)')
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/key.js')).keyCheck(app)));
  });

  // ---- company domains: discovery and the DNS pre-flight -------------------------------------------------------
  def('discover', () => {
    program.command('discover <email>')
      .description('find the submission server of any address (provider domain, MX, SRV, autoconfig, probing) and say where each value came from')
      .option('--dns-server <ip:port>', 'ask this DNS server (default: the system\'s; config dnsServer, env ADDR_DNS_SERVER)')
      .addHelpText('after', `
Order: a pin in the config file (domains), the provider's own domain, MX records of known providers,
SRV _submissions._tcp / _submission._tcp (RFC 6186, 8314), autoconfig (HTTPS, then plain HTTP with a
warning), then probing smtp.DOMAIN, mail.DOMAIN and the MX host on 465/ssl and 587/starttls.
Exit: 0 found, 1 nothing found, 75 DNS could not be read.

Examples:
  $ addr discover support@acme.ru
  $ addr discover noreply@пример.рф --json`)
      .action((email: string, o: Opts, cmd: Command) => run(cmd, { dnsServer: o.dnsServer }, async (app) => (await import('./commands/discover.js')).discoverCommand(app, email)));
  });

  def('check', () => {
    program.command('check [email]')
      .description('DNS pre-flight of a sender address: SPF, DKIM, DMARC, MX (and PTR for self-hosted servers), each problem with the record to publish')
      .option('--all', 'check every saved address')
      .option('--strict', 'warnings count as errors (exit 2)')
      .option('--host <host>', 'the SMTP server, for an address that is not saved')
      .option('--preset <id>', 'the provider, for an address that is not saved (default: its server, else its MX)')
      .option('--dkim-selector <name>', 'check the DKIM key of this selector (repeatable; default: the provider\'s)', collect)
      .option('--dns-server <ip:port>', 'ask this DNS server (default: the system\'s; config dnsServer, env ADDR_DNS_SERVER)')
      .option('--concurrency <n>', 'with --all: how many at once (default 4)')
      .addHelpText('after', `
Exit: 0 nothing to fix, 1 warnings, 2 errors (--strict: warnings too), 75 DNS could not be read.

Examples:
  $ addr check support@acme.ru
  $ addr check --all --json
  $ addr check noreply@acme.com --host mail.acme.com --dkim-selector s2024`)
      .action((email: string | undefined, o: Opts, cmd: Command) => run(cmd, { dnsServer: o.dnsServer, concurrency: o.concurrency }, async (app) => (await import('./commands/check.js')).checkCommand(app, email, o)));
  });

  def('config', () => {
    program.command('config')
      .description('show the effective settings and where each value came from')
      .action((_o: Opts, cmd: Command) => run(cmd, {}, async (app) => (await import('./commands/config.js')).configCommand(app)));
  });


  const first = commandWord(argv);
  const chosen = first !== undefined && !argv.includes('--help') && !argv.includes('-h') ? defs.find(([names]) => names.includes(first)) : undefined;
  for (const [, define] of chosen ? [chosen] : defs) define();

  program.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : ExitCode.USAGE;
      return;
    }
    process.exitCode = report(err, { debug: argv.includes('--debug') });
  }
}

// `addr list | head`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void main(process.argv);
