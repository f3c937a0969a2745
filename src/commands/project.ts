/** `addr project add|list|remove|default`. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateDisplayName, validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { UsageError } from '../errors.js';
import { printChange, printList } from './print.js';

export function register(program: Command, cli: CliKit): void {
  const project = program.command('project').description('projects that addresses can be bound to');
  cli.action(project.command('add <name>').description('add a project').option('--description <text>', 'what the project is'),
    (raw: { description?: string }, [name]: [string]) => ({ options: { name, description: raw.description }, run: (app) => projectAdd(app, name, raw) }));
  cli.action(project.command('list').description('list projects, their bound addresses and defaults'), () => ({ options: {}, run: (app) => projectList(app) }));
  cli.action(project.command('remove <name>').alias('rm').description('remove a project (its bindings go with it)'),
    (_raw: object, [name]: [string]) => ({ options: { name }, run: (app) => projectRemove(app, name) }));
  cli.action(project.command('default <name> [address]').description('set the address `addr send --project` uses when --from is omitted')
    .option('--clear', 'remove the default'),
  (raw: { clear?: boolean }, [name, address]: [string, string | undefined]) => ({ options: { name, address, clear: raw.clear }, run: (app) => projectDefault(app, name, address, raw) }));
}

export async function projectAdd(app: App, name: string, o: { description?: string }): Promise<number> {
  const project = validateName(name, 'project');
  const description = validateDisplayName(o.description ?? null, 'description');
  app.directory({ create: true }).addProject(project, description, app.now().toISOString());
  return printChange(app, { added: { name: project, description } }, `Added project ${project}. Addresses not bound to any project are offered in it too.`);
}

export async function projectList(app: App): Promise<number> {
  return printList(app, app.directory().listProjects(), {
    empty: 'No projects yet. Add one with `addr project add NAME`.',
    header: ['PROJECT', 'DESCRIPTION', 'BOUND ADDRESSES', 'DEFAULT'],
    row: (p) => [p.name, p.description ?? '', p.addresses.join(', ') || app.style.dim('(none: unbound addresses only)'), p.defaultAddress ?? ''],
  });
}

export async function projectRemove(app: App, name: string): Promise<number> {
  const widened = app.directory().removeProject(validateName(name, 'project'));
  if (app.json) {
    app.out(JSON.stringify({ removed: name, nowGlobal: widened }));
    return 0;
  }
  app.out(`Removed project ${name}.`);
  for (const email of widened) {
    app.err(app.errStyle.warn(`${email} was bound only to ${name}: it is now offered in ALL projects. Bind it again with \`addr bind ${email} --project P\` if that is not wanted.`));
  }
  return 0;
}

export async function projectDefault(app: App, name: string, address: string | undefined, o: { clear?: boolean }): Promise<number> {
  const project = validateName(name, 'project');
  if (o.clear && address) throw new UsageError('Give an address or --clear, not both.');
  const dir = app.directory();
  if (!o.clear && !address) {
    const current = dir.projectExists(project) && dir.projectDefault(project);
    if (app.json) app.out(JSON.stringify({ project, defaultAddress: current || null }));
    else app.out(current ? `${project}: default ${current}` : `${project} has no default address.`);
    return 0;
  }
  const email = address ? validateEmail(address, 'address') : null;
  dir.setDefault(project, email);
  if (app.json) app.out(JSON.stringify({ project, defaultAddress: email }));
  else app.out(email ? `${email} is now the default address of ${project}.` : `${project} has no default address now.`);
  return 0;
}
