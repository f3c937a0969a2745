/**
 * From argv to an Invocation: the root command and its global options, the command modules of the
 * registry (only the one being run, unless help is asked for or the command is unknown), and commander's own
 * errors mapped into addr's usage contract in this one place: every one of them becomes a UsageError (exit 64,
 * one sentence), and nothing of commander's is printed on stderr. --help and --version print on stdout and
 * end with 0.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { UsageError } from '../errors.js';
import type { CliKit, Invocation, Plan } from './kit.js';
import { GLOBAL_VALUE_OPTIONS, globalOptions, type GlobalFlags } from './options.js';
import { COMMANDS, type CommandEntry } from './registry.js';

export type Parsed =
  | { kind: 'run'; invocation: Invocation; global: GlobalFlags }
  /** Help or the version was printed. */
  | { kind: 'done'; exitCode: 0 };

export interface ParseIo {
  /** Where help and the version go (stdout). */
  writeOut(text: string): void;
}

/** package.json sits one level above dist/cli/… or the bundle dist/addr.cjs, two above src/cli/. */
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

/** `--json` anywhere before `--`: errors found while parsing are reported as JSON then, too. */
export function wantsJson(argv: readonly string[]): boolean {
  for (const a of argv.slice(2)) {
    if (a === '--') return false;
    if (a === '--json') return true;
  }
  return false;
}

/** The first word of the command line that is not an option (nor the value of a global option). */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i]!;
    if (GLOBAL_VALUE_OPTIONS.includes(a)) i++;
    else if (a === '--') return argv[i + 1];
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

function helpWanted(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  return args.includes('--help') || args.includes('-h');
}

/** The entries to define: the one named on the command line, or all of them. */
export function chosenCommands(argv: readonly string[]): readonly CommandEntry[] {
  const word = commandWord(argv);
  if (word === undefined && !helpWanted(argv) && (argv.includes('--version') || argv.includes('-V'))) return [];
  const entry = word === undefined || helpWanted(argv) ? undefined : COMMANDS.find((c) => c.names.includes(word));
  return entry ? [entry] : COMMANDS;
}

const EXIT_CODES = `
Exit codes: 0 ok, 1 diagnose found failures, 64 usage, 65 invalid value, 66 unreadable input,
67 no such address, 68 host not found, 69 refused by the server (sandbox: port taken), 70 bug,
73 cannot create (or --db folder missing), 74 I/O error, 75 temporary failure, 76 TLS/security problem,
77 authentication refused, 78 config/key problem, 79 no such user/group/project, 80 refused by the access
rules, 130 cancelled. See the README for details.`;

/** The command's words as typed: "addr", "addr user", "addr user add". */
function pathOf(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

/** A commander error with the command that raised it. */
class CommandLineError extends Error {
  constructor(readonly error: CommanderError, readonly command: Command) {
    super(error.message);
  }
}

const sentence = (s: string): string => {
  const t = s.trim().replace(/[.:]$/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

/** One sentence in addr's words for each kind of commander error, with the help to look at as the hint. */
export function usageErrorFrom(err: CommanderError, cmd: Command): UsageError {
  const where = pathOf(cmd);
  const [first = '', ...rest] = err.message.replace(/^error: /, '').split('\n');
  const suggestion = rest.map((l) => l.replace(/^\((.*)\)$/, '$1').trim()).filter(Boolean).join(' ');
  const help = `See \`${where} --help\`.`;
  const hint = suggestion ? `${suggestion} ${help}` : help;
  let m: RegExpExecArray | null;
  switch (err.code) {
    case 'commander.help': {
      // A command with subcommands but none given (`addr`, `addr user`), or `addr help` with an unknown one.
      const subs = cmd.commands.filter((c) => c.name() !== 'help').map((c) => c.name());
      const asked = cmd.args[0] === 'help' ? cmd.args[1] : undefined;
      if (asked !== undefined) return new UsageError(`"${asked}" is not a command of ${where}.`, help);
      if (cmd.parent === null) return new UsageError('addr needs a command.', `See \`addr --help\` for the commands (${subs.slice(0, 6).join(', ')}…).`);
      return new UsageError(`${where} needs a command: ${subs.join(', ')}.`, help);
    }
    case 'commander.unknownCommand':
      m = /unknown command '(.*)'/.exec(first);
      return new UsageError(`${m ? `"${m[1]}"` : 'That'} is not a command of ${where}.`, hint);
    case 'commander.unknownOption':
      m = /unknown option '(.*)'/.exec(first);
      return new UsageError(`${m ? m[1] : 'An option'} is not an option of ${where}.`, hint);
    case 'commander.missingArgument':
      m = /missing required argument '(.*)'/.exec(first);
      return new UsageError(`${where} needs ${m ? m[1]!.toUpperCase() : 'an argument'}.`, `Usage: ${where} ${cmd.usage()}. ${help}`);
    case 'commander.optionMissingArgument':
      m = /option '(.*)' argument missing/.exec(first);
      return new UsageError(`${m ? m[1] : 'An option'} needs a value.`, hint);
    case 'commander.missingMandatoryOptionValue':
      m = /required option '(.*)' not specified/.exec(first);
      return new UsageError(`${where} needs ${m ? m[1] : 'an option'}.`, hint);
    case 'commander.excessArguments': {
      const expected = cmd.registeredArguments.length;
      const extra = cmd.args.slice(expected);
      return new UsageError(`${where} takes ${expected === 0 ? 'no arguments' : `${expected} argument${expected === 1 ? '' : 's'}`}; "${extra.join(' ')}" is too many.`, `Usage: ${where} ${cmd.usage()}. ${help}`);
    }
    default:
      return new UsageError(sentence(first), hint);
  }
}

/**
 * Parses argv (process.argv form: node, script, words…). Returns what to run, or that help/the version was
 * printed; throws a UsageError for any mistake on the command line.
 */
export async function parseCommandLine(argv: readonly string[], io: ParseIo): Promise<Parsed> {
  const program = globalOptions(new Command('addr'))
    .description('Manage, live-test and diagnose the company\'s sender e-mail addresses.')
    .configureHelp({ sortSubcommands: false })
    .addHelpText('after', EXIT_CODES);
  // package.json is read only when the version can be asked for or shown (--version, -V, help).
  if (['--version', '-V', '--help', '-h', 'help'].some((a) => argv.includes(a))) program.version(readVersion(), '-V, --version');

  let invocation: Invocation | undefined;
  const kit: CliKit = {
    action(cmd, plan) {
      return cmd.action((...received: unknown[]) => {
        // commander passes the positional arguments, then the options, then the command.
        const self = received[received.length - 1] as Command;
        const p = plan(self.opts() as never, received.slice(0, -2) as never) as Plan<unknown>;
        invocation = { command: pathOf(self).replace(/^addr /, ''), options: p.options, settings: p.settings ?? {}, warnings: p.warnings ?? [], run: p.run };
      });
    },
  };

  const chosen = chosenCommands(argv);
  const modules = await Promise.all(chosen.map((c) => c.load()));
  for (const m of modules) m.register(program, kit);

  // One place for commander's output and errors, on every command of the tree.
  for (const cmd of allCommands(program)) {
    cmd.exitOverride((err) => { throw new CommandLineError(err, cmd); });
    cmd.configureOutput({ writeOut: (s) => io.writeOut(s), writeErr: () => {}, outputError: () => {} });
  }

  try {
    await program.parseAsync(argv as string[]);
  } catch (err) {
    if (!(err instanceof CommandLineError)) throw err;
    if (err.error.exitCode === 0) return { kind: 'done', exitCode: 0 };
    throw usageErrorFrom(err.error, err.command);
  }
  if (!invocation) throw new UsageError('addr needs a command.', 'See `addr --help`.');
  return { kind: 'run', invocation, global: program.opts<GlobalFlags>() };
}
