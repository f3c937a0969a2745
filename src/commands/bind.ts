/** `addr bind` / `addr unbind`: the projects an address is offered in. No bindings = all projects. */
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateEmail } from '../core/address.js';
import { UsageError } from '../errors.js';
import { projectsSummary, rulesJson } from '../ui/rules-view.js';

export async function bindCommand(app: App, address: string, o: { project?: string[]; default?: boolean }): Promise<number> {
  const email = validateEmail(address, 'address');
  const projects = (o.project ?? []).map((p) => validateName(p, 'project'));
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

export async function unbindCommand(app: App, address: string, o: { project?: string[]; all?: boolean }): Promise<number> {
  const email = validateEmail(address, 'address');
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
