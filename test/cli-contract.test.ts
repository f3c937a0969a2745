/**
 * The command-line contract. In process: argv → the typed options each handler receives (nothing runs),
 * for every command of the registry, and every command of the tree has a row. Through the built binary: every
 * usage error of every command exits 64 with one `addr: …` sentence (plus a hint) on stderr, or one JSON line
 * under --json wherever --json stands; --help and --version exit 0; domain errors keep their own codes.
 */
import { describe, it, expect } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { parseCommandLine, type Parsed } from '../src/cli/program.js';
import { COMMANDS } from '../src/cli/registry.js';
import type { CliKit } from '../src/cli/kit.js';
import { repoRoot, runAddr, tempDir, type RunResult } from './helpers.js';

const argv = (...words: string[]) => ['node', 'addr', ...words];
const parse = (...words: string[]): Promise<Parsed> => parseCommandLine(argv(...words), { writeOut: () => {} });

async function invocation(...words: string[]) {
  const p = await parse(...words);
  if (p.kind !== 'run') throw new Error(`${words.join(' ')}: printed help`);
  return p;
}

/** Every command path of the tree, with its arguments, as the modules define them. */
async function commandTree(): Promise<Command[]> {
  const root = new Command('addr');
  const kit: CliKit = { action: (cmd) => cmd };
  for (const entry of COMMANDS) (await entry.load()).register(root, kit);
  const walk = (c: Command): Command[] => [c, ...c.commands.flatMap(walk)];
  return walk(root).slice(1);
}
const pathOf = (c: Command): string[] => (c.parent && c.parent.parent ? [...pathOf(c.parent), c.name()] : [c.name()]);

type Row = [words: string[], command: string, options: Record<string, unknown>, extra?: { settings?: Record<string, unknown>; warnings?: RegExp[] }];

const CONTRACT: Row[] = [
  [['add', '--email', 'a@acme.ru', '--login', 'me', '--password-env', 'P', '--connect-timeout', '5', '--deadline', '1.5m'], 'add',
    { email: 'a@acme.ru', login: 'me', passwordEnv: 'P', connectTimeout: 5000, deadline: 90_000 }, { settings: { connectTimeoutMs: 5000, deadlineMs: 90_000 } }],
  [['add', '--email', 'a@acme.ru', '--user', 'me'], 'add', { email: 'a@acme.ru', login: 'me' }, { warnings: [/--user on add is deprecated.*--login/] }],
  [['add', '--no-auth', '--security', 'starttls', '--port', '587', '--rcpt', 'x@acme.ru', '--send-to', 'y@acme.ru'], 'add',
    { auth: 'none', security: 'starttls', port: '587', rcpt: 'x@acme.ru', sendTo: 'y@acme.ru' }],
  [['test', 'a@acme.ru', '--greeting-timeout', '800ms', '--command-timeout', '2m'], 'test',
    { address: 'a@acme.ru', greetingTimeout: 800, commandTimeout: 120_000 }, { settings: { greetingTimeoutMs: 800, commandTimeoutMs: 120_000 } }],
  [['test', '--all', '--concurrency', '8'], 'test', { all: true, concurrency: 8 }, { settings: { concurrency: 8 } }],
  [['test', '--email', 'a@acme.ru', '--host', 'smtp.acme.ru', '--user', 'me'], 'test', { email: 'a@acme.ru', host: 'smtp.acme.ru', login: 'me' }, { warnings: [/--user on test/] }],
  [['list'], 'list', {}],
  [['list', '--project', 'shop', '--as', 'anna'], 'list', { project: 'shop', as: 'anna' }],
  [['list', '--user', 'anna'], 'list', { as: 'anna' }, { warnings: [/--user on list is deprecated.*--as \(the employee\)/] }],
  [['show', 'a@acme.ru'], 'show', { address: 'a@acme.ru' }],
  [['edit', 'a@acme.ru', '--port', '587', '--login', 'me', '--deadline', '30'], 'edit', { address: 'a@acme.ru', port: '587', login: 'me', deadline: 30_000 }, { settings: { deadlineMs: 30_000 } }],
  [['remove', 'a@acme.ru'], 'remove', { address: 'a@acme.ru' }],
  [['rm', 'a@acme.ru', '-y'], 'remove', { address: 'a@acme.ru', yes: true }],
  [['diagnose', 'a.log', 'b.log.gz', '--sent', '--since', '7d'], 'diagnose', { files: ['a.log', 'b.log.gz'], sent: true, since: '7d' }],
  [['diagnose', '--text', '550 no'], 'diagnose', { files: [], text: '550 no' }],
  [['sandbox'], 'sandbox', { scenario: 'ok', plainPort: '2525', starttlsPort: '2587', sslPort: '2465', login: 'support@example.com' }],
  [['sandbox', '--scenario', 'spam', '--plain-port', '0', '--login', 'x@acme.ru', '--dir', 'sb', '--quiet'], 'sandbox',
    { scenario: 'spam', plainPort: '0', starttlsPort: '2587', sslPort: '2465', login: 'x@acme.ru', dir: 'sb', quiet: true }],
  [['sandbox', '--user', 'x@acme.ru'], 'sandbox', { scenario: 'ok', plainPort: '2525', starttlsPort: '2587', sslPort: '2465', login: 'x@acme.ru' }, { warnings: [/--user on sandbox/] }],
  [['user', 'add', 'anna', '--name', 'Anna', '--email', 'anna@acme.ru'], 'user add', { login: 'anna', name: 'Anna', email: 'anna@acme.ru' }],
  [['user', 'list'], 'user list', {}],
  [['user', 'rm', 'anna'], 'user remove', { login: 'anna' }],
  [['group', 'add', 'sales', '--description', 'Sales'], 'group add', { name: 'sales', description: 'Sales' }],
  [['group', 'list'], 'group list', {}],
  [['group', 'remove', 'sales'], 'group remove', { name: 'sales' }],
  [['group', 'add-member', 'sales', 'anna', 'bob'], 'group add-member', { group: 'sales', logins: ['anna', 'bob'] }],
  [['group', 'remove-member', 'sales', 'bob'], 'group remove-member', { group: 'sales', logins: ['bob'] }],
  [['directory', 'import', 'users.csv', '--format', 'csv'], 'directory import', { file: 'users.csv', format: 'csv' }],
  [['project', 'add', 'shop', '--description', 'Web shop'], 'project add', { name: 'shop', description: 'Web shop' }],
  [['project', 'list'], 'project list', {}],
  [['project', 'rm', 'shop'], 'project remove', { name: 'shop' }],
  [['project', 'default', 'shop', 'a@acme.ru'], 'project default', { name: 'shop', address: 'a@acme.ru' }],
  [['project', 'default', 'shop', '--clear'], 'project default', { name: 'shop', clear: true }],
  [['access', 'a@acme.ru', '--allow-user', 'anna', '--allow-user', 'bob', '--allow-group', 'sales', '--deny-user', 'carl', '--clear'], 'access',
    { address: 'a@acme.ru', allowUser: ['anna', 'bob'], allowGroup: ['sales'], denyUser: ['carl'], clear: true }],
  [['bind', 'a@acme.ru', '--project', 'shop', '--project', 'blog', '--default'], 'bind', { address: 'a@acme.ru', project: ['shop', 'blog'], default: true }],
  [['unbind', 'a@acme.ru', '--all'], 'unbind', { address: 'a@acme.ru', all: true }],
  [['available', '--project', 'shop', '--as', 'anna', '--explain'], 'available', { project: 'shop', as: 'anna', explain: true }],
  [['available', '--user', 'anna'], 'available', { as: 'anna' }, { warnings: [/--user on available/] }],
  [['send', '-t', '--project', 'ops', '--as', 'cron', '--greeting-timeout', '3'], 'send', { messageStdin: true, project: 'ops', as: 'cron' }, { settings: { greetingTimeoutMs: 3000 } }],
  [['send', '--from', 'a@acme.ru', '--to', 'b@x.org', '--to', 'c@x.org', '--subject', '', '--body', 'hi', '--attach', 'f.pdf'], 'send',
    { from: 'a@acme.ru', to: ['b@x.org', 'c@x.org'], subject: '', body: 'hi', attach: ['f.pdf'] }],
  [['log', '--address', 'a@acme.ru', '--as', 'anna', '--failed', '--since', '24h', '--limit', '0'], 'log', { address: 'a@acme.ru', as: 'anna', failed: true, since: '24h', limit: 0 }],
  [['log', '--user', 'anna'], 'log', { as: 'anna' }, { warnings: [/--user on log/] }],
  [['add', '--email', 'a@acme.ru', '--strict', '--dns-server', '127.0.0.1:5353'], 'add', { email: 'a@acme.ru', strict: true, dnsServer: '127.0.0.1:5353' }, { settings: { dnsServer: '127.0.0.1:5353' } }],
  [['edit', 'a@acme.ru', '--strict'], 'edit', { address: 'a@acme.ru', strict: true }],
  [['diagnose', '--inbound', 'mail.log'], 'diagnose', { files: ['mail.log'], inbound: true }],
  [['discover', 'a@acme.ru', '--dns-server', '10.0.0.53'], 'discover', { email: 'a@acme.ru', dnsServer: '10.0.0.53' }, { settings: { dnsServer: '10.0.0.53' } }],
  [['check', 'a@acme.ru', '--strict', '--host', 'mail.acme.ru', '--preset', 'yandex', '--dkim-selector', 's1', '--dkim-selector', 's2'], 'check',
    { address: 'a@acme.ru', strict: true, host: 'mail.acme.ru', preset: 'yandex', dkimSelector: ['s1', 's2'] }],
  [['check', '--all', '--concurrency', '2'], 'check', { all: true, concurrency: 2 }, { settings: { concurrency: 2 } }],
  [['auth', 'login', 'a@acme.com', '--provider', 'microsoft', '--tenant', 'acme.onmicrosoft.com', '--client-id', 'cid', '--no-browser', '--wait', '2m'], 'auth login',
    { address: 'a@acme.com', provider: 'microsoft', tenant: 'acme.onmicrosoft.com', clientId: 'cid', browser: false, wait: '2m' }],
  [['auth', 'login', '--email', 'a@acme.com', '--flow', 'client-credentials', '--client-secret-env', 'S'], 'auth login', { email: 'a@acme.com', flow: 'client-credentials', clientSecretEnv: 'S' }],
  [['auth', 'status', '--check'], 'auth status', { check: true }],
  [['auth', 'logout', 'a@acme.com', '--revoke'], 'auth logout', { address: 'a@acme.com', revoke: true }],
  // OAuth2 (issue 12): a token or sign-in flag implies --auth oauth2; the sign-in flags are auth login's.
  [['add', '--email', 'a@contoso.com', '--preset', 'microsoft', '--auth', 'oauth2', '--tenant', 'c.onmicrosoft.com', '--no-browser', '--wait', '2m'], 'add',
    { email: 'a@contoso.com', preset: 'microsoft', auth: 'oauth2', tenant: 'c.onmicrosoft.com', browser: false, wait: '2m' }],
  [['add', '--email', 'a@acme.ru', '--host', 'smtp.acme.ru', '--token-cmd', 'gettoken smtp'], 'add', { email: 'a@acme.ru', host: 'smtp.acme.ru', tokenCmd: 'gettoken smtp', auth: 'oauth2' }],
  [['add', '--email', 'a@contoso.com', '--provider', 'microsoft', '--flow', 'client-credentials', '--client-id', 'cid', '--client-cert-file', 'c.pem', '--client-key-file', 'k.pem'], 'add',
    { email: 'a@contoso.com', provider: 'microsoft', flow: 'client-credentials', clientId: 'cid', clientCertFile: 'c.pem', clientKeyFile: 'k.pem', auth: 'oauth2' }],
  [['add', '--email', 'a@gmail.com', '--auth', 'OAuth2', '--client-secret-env', 'S', '--client-secret-file', 's.txt'], 'add', { email: 'a@gmail.com', auth: 'oauth2', clientSecretEnv: 'S', clientSecretFile: 's.txt' }],
  [['add', '--email', 'a@acme.ru', '--auth', 'password', '--password-stdin'], 'add', { email: 'a@acme.ru', auth: 'password', passwordStdin: true }],
  [['edit', 'a@acme.ru', '--auth', 'password', '--password-env', 'P'], 'edit', { address: 'a@acme.ru', auth: 'password', passwordEnv: 'P' }],
  [['edit', 'a@acme.ru', '--token-env', 'T'], 'edit', { address: 'a@acme.ru', tokenEnv: 'T', auth: 'oauth2' }],
  [['test', 'a@acme.ru', '--auth', 'oauth2', '--token-stdin'], 'test', { address: 'a@acme.ru', auth: 'oauth2', tokenStdin: true }],
  [['send', '--from', 'a@acme.ru', '--to', 'b@x.org', '--token-env', 'T'], 'send', { from: 'a@acme.ru', to: ['b@x.org'], tokenEnv: 'T', auth: 'oauth2' }],
  [['send', '--from', 'a@acme.ru', '--auth', 'oauth2', '--token-cmd', 'gettoken'], 'send', { from: 'a@acme.ru', auth: 'oauth2', tokenCmd: 'gettoken' }],
  [['key', 'rotate'], 'key rotate', {}],
  [['key', 'check'], 'key check', {}],
  [['config'], 'config', {}],
];

/** The rules of --auth (cli/options.ts checkAuthFlags), each a usage error before anything runs. */
const OAUTH_USAGE: string[][] = [
  ['add', '--auth', 'oauth2', '--password-env', 'P'], // a password with OAuth2
  ['add', '--token-env', 'T', '--password-stdin'], // a password with an implied OAuth2
  ['add', '--auth', 'password', '--token-env', 'T'], // a token with a password address
  ['add', '--no-auth', '--provider', 'google'], // a sign-in flag without AUTH
  ['add', '--auth', 'none', '--password-env', 'P'],
  ['add', '--token-env', 'T', '--token-stdin'], // two tokens
  ['add', '--token-env', 'T', '--client-id', 'cid'], // a token and a sign-in
  ['add', '--auth', 'kerberos'],
  ['edit', 'a@acme.ru', '--auth', 'password', '--token-cmd', 'x'],
  ['test', 'a@acme.ru', '--auth', 'none', '--token-stdin'],
  ['send', '--auth', 'password', '--from', 'a@acme.ru'],
  ['send', '--token-env', 'A', '--token-cmd', 'b'],
];

describe('argv → typed options (in process, nothing runs)', () => {
  it.each(CONTRACT)('%j', async (words, command, options, extra = {}) => {
    const { invocation: inv } = await invocation(...words);
    expect(inv.command).toBe(command);
    // Exactly these options (keys not listed are undefined): what the handler receives, typed.
    const defined = Object.fromEntries(Object.entries(inv.options as Record<string, unknown>).filter(([, v]) => v !== undefined));
    expect(defined).toEqual(options);
    expect(inv.settings).toEqual(extra.settings ?? {});
    expect(inv.warnings).toHaveLength(extra.warnings?.length ?? 0);
    (extra.warnings ?? []).forEach((w, i) => expect(inv.warnings[i]).toMatch(w));
  });

  it('has a row for every command of the tree, and the registry names what each module defines', async () => {
    const tree = await commandTree();
    const runnable = tree.filter((c) => c.commands.length === 0).map((c) => pathOf(c).join(' '));
    const covered = new Set(CONTRACT.map(([, command]) => command));
    expect(runnable.filter((c) => !covered.has(c))).toEqual([]);
    const top = tree.filter((c) => c.parent?.parent === null);
    expect(top.map((c) => [c.name(), ...c.aliases()])).toEqual(COMMANDS.map((e) => [...e.names]));
  });

  it('no command module imports another command module (shared pieces live in ui/ or non-command modules)', () => {
    const dir = path.join(repoRoot, 'src', 'commands');
    const commandFiles = new Set(COMMANDS.map((e) => /import\('\.\.\/commands\/([a-z-]+)\.js'\)/.exec(e.load.toString())![1]!));
    expect(commandFiles.size).toBe(COMMANDS.length);
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/(?:from |import\()'\.\/([a-z-]+)\.js'/g)) if (commandFiles.has(m[1]!)) offenders.push(`${file} → ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('global options stand before or after the command', async () => {
    const a = await invocation('--json', '--db', 'x.db', '--no-input', '--create', 'list');
    expect(a.global).toMatchObject({ json: true, db: 'x.db', input: false, create: true });
    const b = await invocation('list', '--json', '--db', 'x.db', '--no-color');
    expect(b.global).toMatchObject({ json: true, db: 'x.db', color: false });
    expect(b.invocation.command).toBe('list');
  });

  it('turns every commander error into a UsageError (exit 64), and a bad duration too', async () => {
    for (const words of [['list', '--josn'], ['rm'], ['user', 'ad', 'bob'], ['user'], [], ['list', 'extra'], ['bind', 'a@acme.ru'], ['--db'],
      ['test', '--connect-timeout', '5x'], ['test', '--deadline', '2h'], ['test', '--concurrency', '0'], ['log', '--limit', '-1'], ['list', '--as', 'a', '--user', 'b'],
      ...OAUTH_USAGE]) {
      await expect(parse(...words)).rejects.toMatchObject({ kind: 'usage', exitCode: 64 });
    }
    await expect(parse('--help')).resolves.toEqual({ kind: 'done', exitCode: 0 });
    await expect(parse('--version')).resolves.toEqual({ kind: 'done', exitCode: 0 });
    await expect(parse('user', '--help')).resolves.toEqual({ kind: 'done', exitCode: 0 });
  });
});

// ---- the built binary ----------------------------------------------------------------------------------

const home = tempDir('addr-contract-');

async function addr(...words: string[]): Promise<RunResult> {
  return runAddr(words, { home, timeoutMs: 20_000 });
}

/** A usage error: 64, nothing on stdout, `addr: <one sentence>` (+ one hint line), or one JSON line. */
function expectUsage(r: RunResult, words: string[], json: boolean): void {
  const where = `addr ${words.join(' ')}`;
  expect({ where, code: r.code, stdout: r.stdout }).toEqual({ where, code: 64, stdout: '' });
  const lines = r.stderr.trimEnd().split('\n');
  if (json) {
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ error: { kind: 'usage', exitCode: 64 } });
  } else {
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^addr: [^\n]+\.$/);
    if (lines[1] !== undefined) expect(lines[1]).toMatch(/^ {2}\S/);
  }
}

/** Runs `jobs` a few at a time (the machine is shared). */
async function pool<T>(jobs: (() => Promise<T>)[], width = 3): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  }));
  return out;
}

describe('usage errors of every command (built binary)', () => {
  it('an unknown flag: 64 and one sentence, or one JSON line when --json comes before or after', async () => {
    const tree = await commandTree();
    const cases: { words: string[]; json: boolean }[] = [];
    for (const c of tree) {
      const words = [...pathOf(c), '--no-such-flag'];
      cases.push({ words, json: false }, { words: [...words, '--json'], json: true }, { words: ['--json', ...words], json: true });
    }
    const results = await pool(cases.map((c) => () => addr(...c.words)));
    cases.forEach((c, i) => expectUsage(results[i]!, c.words, c.json));
    expect(results[0]!.stderr).toMatch(/--no-such-flag is not an option of addr/);
  });

  it('a missing argument, too many arguments, and a group without its command: 64', async () => {
    const tree = await commandTree();
    const cases: { words: string[]; json: boolean }[] = [];
    for (const c of tree) {
      const words = pathOf(c);
      const args = c.registeredArguments;
      if (c.commands.length > 0) cases.push({ words, json: false }); // `addr user`: needs a command
      else if (args.some((a) => a.required)) cases.push({ words: [...words, '--json'], json: true }); // `addr rm`: needs ADDRESS
      if (c.commands.length === 0 && !args.some((a) => a.variadic)) {
        cases.push({ words: [...words, ...args.map((a) => `${a.name()}@acme.ru`), 'one-too-many', 'two-too-many'], json: false });
      }
    }
    cases.push({ words: [], json: false }, { words: ['no-such-command'], json: false }, { words: ['user', 'ad', 'bob', '--json'], json: true }, { words: ['help', 'no-such-command'], json: false });
    const results = await pool(cases.map((c) => () => addr(...c.words)));
    cases.forEach((c, i) => expectUsage(results[i]!, c.words, c.json));
  });

  it('the --auth rules from the built binary: 64 and one sentence, or one JSON line', async () => {
    const results = await pool(OAUTH_USAGE.map((w) => () => addr(...w, '--json')));
    OAUTH_USAGE.forEach((w, i) => expectUsage(results[i]!, [...w, '--json'], true));
    const plain = await addr('add', '--auth', 'oauth2', '--password-env', 'P');
    expectUsage(plain, ['add', '--auth', 'oauth2', '--password-env', 'P'], false);
    expect(plain.stderr).toContain('--password-env gives a password, but --auth oauth2 logs in with an access token');
  });

  it('--help and --version exit 0 and print on stdout only', async () => {
    for (const words of [['--help'], ['--version'], ['help'], ['user', '--help'], ['help', 'add'], ['add', '--help']]) {
      const r = await addr(...words);
      expect({ words, code: r.code, stderr: r.stderr }).toEqual({ words, code: 0, stderr: '' });
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  it('domain errors keep their own codes: 67 no such address, 79 no such user/group/project, 65 invalid value', async () => {
    const cases: [string[], number, RegExp][] = [
      [['show', 'nobody@acme.ru'], 67, /No saved address nobody@acme\.ru/],
      [['user', 'rm', 'nobody'], 79, /No user nobody/],
      [['group', 'rm', 'nogroup'], 79, /No group nogroup/],
      [['project', 'rm', 'noproject'], 79, /No project noproject/],
      [['list', '--as', 'nobody'], 79, /No user nobody/],
      [['available', '--project', 'noproject'], 79, /No project noproject/],
      [['add', '--email', 'a@acme.ru', '--host', '127.0.0.1', '--security', 'tls', '--password-env', 'P'], 65, /ssl.*465.*starttls.*587/],
    ];
    for (const [words, code, text] of cases) {
      const r = await addr(...words);
      expect({ words, code: r.code }).toEqual({ words, code });
      expect(r.stderr).toMatch(text);
    }
  });

  it('--db into a folder that does not exist: 73 naming the path, nothing created; --create makes it', async () => {
    const typo = path.join(home, 'no-such-folder', 'deeper', 'addr.db');
    for (const words of [['list'], ['user', 'add', 'anna'], ['config', '--json']]) {
      if (words[0] === 'config') continue; // config only shows the path
      const r = await addr('--db', typo, ...words);
      expect({ words, code: r.code }).toEqual({ words, code: 73 });
      expect(r.stderr).toContain(path.dirname(typo));
      expect(r.stderr).toMatch(/--create/);
    }
    expect(existsSync(path.join(home, 'no-such-folder'))).toBe(false);
    const env = await runAddr(['user', 'add', 'anna'], { home, env: { ADDR_DB: typo } });
    expect(env.code).toBe(73);
    expect(existsSync(path.join(home, 'no-such-folder'))).toBe(false);

    const made = await addr('--db', typo, '--create', 'user', 'add', 'anna');
    expect(made.code).toBe(0);
    expect(existsSync(typo)).toBe(true);
    // The default place is made on first use, as before (no --create needed).
    const fresh = tempDir('addr-contract-fresh-');
    expect((await runAddr(['user', 'add', 'anna'], { home: fresh })).code).toBe(0);
    expect(existsSync(path.join(fresh, '.local', 'share', 'addr', 'addr.db'))).toBe(true);
    mkdirSync(path.join(home, 'exists'));
    expect((await addr('--db', path.join(home, 'exists', 'team.db'), 'user', 'add', 'bob')).code).toBe(0);
  });
});
