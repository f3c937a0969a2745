/** `addr available --project P --as LOGIN [--explain]`: what this person may pick in this project, and why. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { explainReason, judge, NO_RULES, validateName, type Person, type Verdict } from '../core/access.js';
import type { CliKit } from '../cli/kit.js';
import { employee, employeeOption } from '../cli/options.js';

export interface AvailableOptions {
  project?: string;
  /** The employee. */
  as?: string;
  explain?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = employeeOption(program.command('available')
    .description('the addresses an employee may pick in a project')
    .option('--project <name>', 'the project'), 'the employee')
    .option('--explain', 'say for every address why it is or is not available');
  cli.action(cmd, (raw: AvailableOptions & { user?: string }) => {
    const warnings: string[] = [];
    const o: AvailableOptions = { project: raw.project, as: employee(raw, 'available', warnings), explain: raw.explain };
    return { options: o, warnings, run: (app) => availableCommand(app, o) };
  });
}

export async function availableCommand(app: App, o: AvailableOptions): Promise<number> {
  const dir = app.directory();
  const project = o.project !== undefined ? dir.projectExists(validateName(o.project, 'project')) : null;
  const person: Person | null = o.as !== undefined ? dir.person(validateName(o.as, 'user')) : null;
  const rules = dir.allRules();
  const verdicts: Verdict[] = app.store().list().map((a) => judge({ email: a.email, rules: rules.get(a.email.toLowerCase()) ?? NO_RULES, lastTest: a.lastTest }, project, person));
  const def = project ? dir.projectDefault(project) : null;
  if (app.json) {
    const rows = verdicts.filter((v) => o.explain || v.available).map((v) => ({
      address: v.email,
      available: v.available,
      default: def !== null && def.toLowerCase() === v.email.toLowerCase(),
      reasons: v.reasons.map((r) => ({ ...r, text: explainReason(r, project, person?.login ?? null) })),
    }));
    app.out(JSON.stringify({ project, user: person?.login ?? null, addresses: rows }, null, 2));
    return 0;
  }
  const scope = `${person ? person.login : 'anyone'}${project ? ` in ${project}` : ''}`;
  const shown = o.explain ? verdicts : verdicts.filter((v) => v.available);
  if (shown.length === 0) {
    app.err(`No address is available to ${scope}.${o.explain ? '' : ' Run with --explain to see why.'}`);
    return 0;
  }
  for (const v of shown) {
    const mark = v.available ? app.style.ok('✔') : app.style.fail('✖');
    const isDefault = def !== null && def.toLowerCase() === v.email.toLowerCase() ? app.style.accent(' (default)') : '';
    const why = o.explain ? `  ${v.reasons.map((r) => explainReason(r, project, person?.login ?? null)).join('; ')}` : '';
    app.out(`${o.explain ? `${mark} ` : ''}${v.email}${isDefault}${why}`);
  }
  if (!o.explain) app.err(`${shown.length} address${shown.length === 1 ? '' : 'es'} available to ${scope}.`);
  return 0;
}
