/** `addr user add|list|remove`: the employees that access rules can name. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateDisplayName, validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { printChange, printList } from './print.js';

export interface UserAddOptions { login: string; name?: string; email?: string }

export function register(program: Command, cli: CliKit): void {
  const user = program.command('user').description('employees who may be allowed to send');
  cli.action(user.command('add <login>').description('add an employee')
    .option('--name <text>', 'full name').option('--email <address>', 'their own e-mail address'),
  (raw: { name?: string; email?: string }, [login]: [string]) => {
    const o: UserAddOptions = { login, name: raw.name, email: raw.email };
    return { options: o, run: (app) => userAdd(app, o.login, o) };
  });
  cli.action(user.command('list').description('list employees and their groups'), () => ({ options: {}, run: (app) => userList(app) }));
  cli.action(user.command('remove <login>').alias('rm').description('remove an employee (and every access entry naming them)'),
    (_raw: object, [login]: [string]) => ({ options: { login }, run: (app) => userRemove(app, login) }));
}

export async function userAdd(app: App, login: string, o: { name?: string; email?: string }): Promise<number> {
  const name = validateName(login, 'user');
  const full = validateDisplayName(o.name ?? null, 'name');
  const email = o.email !== undefined ? validateEmail(o.email) : null;
  app.directory({ create: true }).addUser(name, full, email, app.now().toISOString());
  return printChange(app, { added: { login: name, name: full, email } }, `Added user ${name}.`);
}

export async function userList(app: App): Promise<number> {
  return printList(app, app.directory().listUsers(), {
    empty: 'No users yet. Add them with `addr user add LOGIN` or `addr directory import FILE`.',
    header: ['LOGIN', 'NAME', 'E-MAIL', 'GROUPS'],
    row: (u) => [u.login, u.name ?? '', u.email ?? '', u.groups.join(', ')],
  });
}

export async function userRemove(app: App, login: string): Promise<number> {
  const affected = app.directory().removeUser(validateName(login, 'user'));
  if (app.json) {
    app.out(JSON.stringify({ removed: login, rulesChanged: affected }));
    return 0;
  }
  app.out(`Removed user ${login}.`);
  if (affected.length) app.err(`Access entries naming ${login} were removed from: ${affected.join(', ')}. Check them with \`addr access ADDRESS\`.`);
  return 0;
}
