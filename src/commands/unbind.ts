/** `addr unbind`: stop binding an address to projects; with no bindings left it is offered everywhere. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { repeatable } from '../cli/options.js';
import { UsageError } from '../errors.js';
import { projectsSummary, rulesJson } from '../ui/rules-view.js';

export interface UnbindOptions {
  address: string;
  project?: string[];
  all?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('unbind <address>')
    .description('stop binding an address to projects; with no bindings left it is offered everywhere')
    .option('--project <name>', 'project (repeatable)', repeatable)
    .option('--all', 'every project');
  cli.action(cmd, (raw: { project?: string[]; all?: boolean }, [address]: [string]) => {
    const o: UnbindOptions = { address, project: raw.project, all: raw.all };
    return { options: o, run: (app) => unbindCommand(app, o) };
  });
}

export async function unbindCommand(app: App, o: UnbindOptions): Promise<number> {
  const email = validateEmail(o.address, 'address');
  if (!o.all && !(o.project ?? []).length) throw new UsageError('Say which projects to unbind: --project P (repeatable) or --all.');
  if (o.all && (o.project ?? []).length) throw new UsageError('Give --project or --all, not both.');
  const projects = (o.project ?? []).map((p) => validateName(p, 'project'));
  const dir = app.directory();
  app.store().get(email);
  const before = dir.rules(email);
  const rules = dir.unbind(email, o.all ? 'all' : projects);
  const nowGlobal = before.projects.length > 0 && rules.projects.length === 0;
  if (app.json) {
    app.out(JSON.stringify({ address: email, ...rulesJson(rules), nowGlobal }, null, 2));
    return 0;
  }
  app.out(`${email} is offered in: ${projectsSummary(rules)}.`);
  if (nowGlobal) app.err(app.errStyle.warn(`${email} has no project bindings left: it is now offered in ALL projects.`));
  return 0;
}
