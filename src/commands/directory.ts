/** `addr directory import FILE`: users with their groups from CSV or JSON, idempotent. */
import path from 'node:path';
import type { Command } from 'commander';
import type { App } from '../app.js';
import { parseDirectory } from '../core/directory-import.js';
import { DIRECTORY_IMPORT_LIMIT } from '../core/limits.js';
import type { CliKit } from '../cli/kit.js';
import { InputError, UsageError } from '../errors.js';
import { readFileCapped } from '../store/files.js';
import { readStream, tooLarge } from './print.js';

export interface DirectoryImportOptions { file: string; format?: string }

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('directory').description('bulk changes to employees and groups')
    .command('import <file>').description('add or update employees and their groups from CSV or JSON (- = stdin); idempotent')
    .option('--format <format>', 'csv or json (default: from the file name, else sniffed)')
    .addHelpText('after', `
CSV: a header row with login (required), name, email, groups. Fields are separated by "," or ";" (as the
header line shows; spreadsheets in many European locales write ";"); quote a field that holds one. Groups
are separated by "|", or by ";" in a ","-separated file and by "," in a ";"-separated one.
  login,name,email,groups
  anna,Anna Petrova,anna@acme.ru,support|sales
  login;name;email;groups
  anna;Petrova, Anna;anna@acme.ru;support,sales
JSON: [ { "login": "anna", "name": "Anna Petrova", "email": "anna@acme.ru", "groups": ["support", "sales"] } ]
Users in the file are added or brought in line (name, e-mail, groups); users not in the file are left alone.`);
  cli.action(cmd, (raw: { format?: string }, [file]: [string]) => {
    const o: DirectoryImportOptions = { file, format: raw.format };
    return { options: o, run: (app) => directoryImport(app, o.file, o) };
  });
}

async function readInput(app: App, file: string): Promise<string> {
  if (file === '-') {
    if (app.stdin.isTTY) throw new UsageError('`-` reads the file from standard input, but standard input is a terminal.', 'Pipe the file in: addr directory import - < users.csv');
    return (await readStream(app.stdin, DIRECTORY_IMPORT_LIMIT, 'Standard input')).toString('utf8');
  }
  let data: Buffer | null;
  try {
    data = readFileCapped(path.resolve(app.cwd, file), DIRECTORY_IMPORT_LIMIT.bytes);
  } catch (err) {
    throw new InputError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, 'Check the path.');
  }
  if (data === null) throw tooLarge(file, DIRECTORY_IMPORT_LIMIT);
  return data.toString('utf8');
}

export async function directoryImport(app: App, file: string, o: { format?: string }): Promise<number> {
  if (o.format !== undefined && o.format !== 'csv' && o.format !== 'json') throw new UsageError(`--format "${o.format}" is not csv or json.`);
  const text = await readInput(app, file);
  const format = (o.format as 'csv' | 'json' | undefined) ?? (/\.json$/i.test(file) ? 'json' : /\.csv$/i.test(file) ? 'csv' : /^\s*[[{]/.test(text) ? 'json' : 'csv');
  const entries = parseDirectory(text, format);
  const report = app.directory({ create: true }).importDirectory(entries, app.now().toISOString());
  if (app.json) {
    app.out(JSON.stringify(report, null, 2));
    return 0;
  }
  const list = (names: string[]) => (names.length ? `: ${names.join(', ')}` : '');
  app.out(`Added ${report.added.length} user${report.added.length === 1 ? '' : 's'}${list(report.added)}`);
  app.out(`Changed ${report.changed.length}${list(report.changed)}`);
  app.out(`Left as they were ${report.unchanged.length}${list(report.unchanged)}`);
  if (report.groupsAdded.length) app.out(`New groups ${report.groupsAdded.length}${list(report.groupsAdded)}`);
  return 0;
}
