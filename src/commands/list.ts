/** `addr list`: the saved addresses as a table, or JSON. Reads only; creates no database. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { judge, NO_RULES, validateName, type Person } from '../core/access.js';
import type { CliKit } from '../cli/kit.js';
import { employee, employeeOption } from '../cli/options.js';
import { addressJson, addressTable } from '../ui/address-view.js';
import { rulesJson } from '../ui/rules-view.js';

export interface ListOptions {
  project?: string;
  /** Only the addresses this employee may use. */
  as?: string;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = employeeOption(program.command('list')
    .description('list the saved addresses (with their access rules and projects)')
    .option('--project <name>', 'only the addresses offered in this project'), 'only the addresses this employee may use');
  cli.action(cmd, (raw: ListOptions & { user?: string }) => {
    const warnings: string[] = [];
    const o: ListOptions = { project: raw.project, as: employee(raw, 'list', warnings) };
    return { options: o, warnings, run: (app) => listCommand(app, o) };
  });
}

export async function listCommand(app: App, o: ListOptions = {}): Promise<number> {
  let list = app.store().list();
  const dir = app.directory();
  const rules = dir.allRules();
  const rulesOf = (email: string) => rules.get(email.toLowerCase()) ?? NO_RULES;
  if (o.project !== undefined || o.as !== undefined) {
    // Filters follow the rules only; `addr available` also leaves out addresses whose test failed.
    const project = o.project !== undefined ? dir.projectExists(validateName(o.project, 'project')) : null;
    const person: Person | null = o.as !== undefined ? dir.person(validateName(o.as, 'user')) : null;
    list = list.filter((a) => judge({ email: a.email, rules: rulesOf(a.email), lastTest: { ok: true } }, project, person).available);
  }
  if (app.json) {
    app.out(JSON.stringify(list.map((a) => ({ ...addressJson(a), ...rulesJson(rulesOf(a.email)) })), null, 2));
    return 0;
  }
  if (list.length === 0) {
    app.err(o.project || o.as ? 'No saved address matches.' : 'No address is saved yet. Add one with `addr add` (try it against `addr sandbox` first).');
    return 0;
  }
  app.out(addressTable(list, (email) => rulesOf(email), app.style));
  const insecure = list.filter((a) => !a.tlsVerify).length;
  if (insecure) app.err(app.errStyle.warn(`warning: ${insecure} address${insecure === 1 ? '' : 'es'} with certificate verification OFF (INSECURE).`));
  return 0;
}
