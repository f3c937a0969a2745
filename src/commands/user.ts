/** `addr user add|list|remove`: the employees that access rules can name. */
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateDisplayName, validateEmail } from '../core/address.js';
import { table } from '../ui/style.js';

export async function userAdd(app: App, login: string, o: { name?: string; email?: string }): Promise<number> {
  const name = validateName(login, 'user');
  const full = validateDisplayName(o.name ?? null, 'name');
  const email = o.email !== undefined ? validateEmail(o.email) : null;
  app.directory({ create: true }).addUser(name, full, email, app.now().toISOString());
  if (app.json) app.out(JSON.stringify({ added: { login: name, name: full, email } }));
  else app.out(`Added user ${name}.`);
  return 0;
}

export async function userList(app: App): Promise<number> {
  const users = app.directory().listUsers();
  if (app.json) {
    app.out(JSON.stringify(users, null, 2));
    return 0;
  }
  if (users.length === 0) {
    app.err('No users yet. Add them with `addr user add LOGIN` or `addr directory import FILE`.');
    return 0;
  }
  app.out(table(['LOGIN', 'NAME', 'E-MAIL', 'GROUPS'], users.map((u) => [u.login, u.name ?? '', u.email ?? '', u.groups.join(', ')]), app.style));
  return 0;
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
