/** `addr list`: the saved addresses as a table, or JSON. Reads only; creates no database. */
import type { App } from '../app.js';
import { judge, NO_RULES, validateName, type Person } from '../core/access.js';
import { addressJson, addressTable } from '../ui/address-view.js';
import { rulesJson } from '../ui/rules-view.js';

export async function listCommand(app: App, o: { project?: string; user?: string } = {}): Promise<number> {
  let list = app.store().list();
  const dir = app.directory();
  const rules = dir.allRules();
  const rulesOf = (email: string) => rules.get(email.toLowerCase()) ?? NO_RULES;
  if (o.project !== undefined || o.user !== undefined) {
    // Filters follow the rules only; `addr available` also leaves out addresses whose test failed.
    const project = o.project !== undefined ? dir.projectExists(validateName(o.project, 'project')) : null;
    const person: Person | null = o.user !== undefined ? dir.person(validateName(o.user, 'user')) : null;
    list = list.filter((a) => judge({ email: a.email, rules: rulesOf(a.email), lastTest: { ok: true } }, project, person).available);
  }
  if (app.json) {
    app.out(JSON.stringify(list.map((a) => ({ ...addressJson(a), ...rulesJson(rulesOf(a.email)) })), null, 2));
    return 0;
  }
  if (list.length === 0) {
    app.err(o.project || o.user ? 'No saved address matches.' : 'No address is saved yet. Add one with `addr add` (try it against `addr sandbox` first).');
    return 0;
  }
  app.out(addressTable(list, (email) => rulesOf(email), app.style));
  const insecure = list.filter((a) => !a.tlsVerify).length;
  if (insecure) app.err(app.errStyle.warn(`warning: ${insecure} address${insecure === 1 ? '' : 'es'} with certificate verification OFF (INSECURE).`));
  return 0;
}
