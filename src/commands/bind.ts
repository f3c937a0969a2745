/** `addr bind`: offer an address only in these projects (no bindings = all projects). */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { repeatable } from '../cli/options.js';
import { projectsSummary, rulesJson } from '../ui/rules-view.js';

export interface BindOptions {
  address: string;
  project: string[];
  default?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('bind <address>')
    .description('offer an address only in these projects (no projects = offered everywhere)')
    .requiredOption('--project <name>', 'project (repeatable)', repeatable)
    .option('--default', 'also make it the default address of these projects');
  cli.action(cmd, (raw: { project: string[]; default?: boolean }, [address]: [string]) => {
    const o: BindOptions = { address, project: raw.project, default: raw.default };
    return { options: o, run: (app) => bindCommand(app, o) };
  });
}

export async function bindCommand(app: App, o: BindOptions): Promise<number> {
  const email = validateEmail(o.address, 'address');
  const projects = o.project.map((p) => validateName(p, 'project'));
  const dir = app.directory();
  app.store().get(email);
  const rules = dir.bind(email, projects);
  if (o.default) for (const p of projects) dir.setDefault(p, email);
  if (app.json) {
    app.out(JSON.stringify({ address: email, ...rulesJson(rules), defaultOf: o.default ? projects : [] }, null, 2));
    return 0;
  }
  app.out(`${email} is offered in: ${projectsSummary(rules)}.${o.default ? ` It is the default address of ${projects.join(', ')}.` : ''}`);
  return 0;
}
