/** `addr group add|list|remove|add-member|remove-member`. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateDisplayName } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { printChange, printList } from './print.js';

export function register(program: Command, cli: CliKit): void {
  const group = program.command('group').description('groups of employees');
  cli.action(group.command('add <name>').description('add a group').option('--description <text>', 'what the group is'),
    (raw: { description?: string }, [name]: [string]) => ({ options: { name, description: raw.description }, run: (app) => groupAdd(app, name, raw) }));
  cli.action(group.command('list').description('list groups and their members'), () => ({ options: {}, run: (app) => groupList(app) }));
  cli.action(group.command('remove <name>').alias('rm').description('remove a group (and every access entry naming it)'),
    (_raw: object, [name]: [string]) => ({ options: { name }, run: (app) => groupRemove(app, name) }));
  cli.action(group.command('add-member <group> <logins...>').description('put employees into a group (a user may be in many groups)'),
    (_raw: object, [name, logins]: [string, string[]]) => ({ options: { group: name, logins }, run: (app) => groupMembers(app, name, logins, 'add') }));
  cli.action(group.command('remove-member <group> <logins...>').description('take employees out of a group'),
    (_raw: object, [name, logins]: [string, string[]]) => ({ options: { group: name, logins }, run: (app) => groupMembers(app, name, logins, 'remove') }));
}

export async function groupAdd(app: App, name: string, o: { description?: string }): Promise<number> {
  const group = validateName(name, 'group');
  const description = validateDisplayName(o.description ?? null, 'description');
  app.directory({ create: true }).addGroup(group, description, app.now().toISOString());
  return printChange(app, { added: { name: group, description } }, `Added group ${group}.`);
}

export async function groupList(app: App): Promise<number> {
  return printList(app, app.directory().listGroups(), {
    empty: 'No groups yet. Add one with `addr group add NAME`.',
    header: ['GROUP', 'DESCRIPTION', 'MEMBERS'],
    row: (g) => [g.name, g.description ?? '', g.members.join(', ')],
  });
}

export async function groupRemove(app: App, name: string): Promise<number> {
  const affected = app.directory().removeGroup(validateName(name, 'group'));
  if (app.json) {
    app.out(JSON.stringify({ removed: name, rulesChanged: affected }));
    return 0;
  }
  app.out(`Removed group ${name}.`);
  if (affected.length) {
    app.err(`Access entries naming ${name} were removed from: ${affected.join(', ')}. An address left with no entries may now be used by every employee; check with \`addr access ADDRESS\`.`);
  }
  return 0;
}

export async function groupMembers(app: App, name: string, logins: string[], op: 'add' | 'remove'): Promise<number> {
  const group = validateName(name, 'group');
  const users = logins.map((l) => validateName(l, 'user'));
  const { changed, unchanged } = app.directory().changeMembers(group, users, op);
  if (app.json) {
    app.out(JSON.stringify({ group, [op === 'add' ? 'added' : 'removed']: changed, unchanged }));
    return 0;
  }
  if (changed.length) app.out(`${op === 'add' ? 'Added' : 'Removed'} ${changed.join(', ')} ${op === 'add' ? 'to' : 'from'} ${group}.`);
  if (unchanged.length) app.err(`${unchanged.join(', ')} ${op === 'add' ? 'already in' : 'not in'} ${group}; nothing to do for ${unchanged.length === 1 ? 'it' : 'them'}.`);
  return 0;
}
