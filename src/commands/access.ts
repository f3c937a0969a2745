/** `addr access ADDR`: who may send from an address. No entries = every employee. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateName } from '../core/access.js';
import { validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { repeatable } from '../cli/options.js';
import { accessSummary, rulesJson } from '../ui/rules-view.js';

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('access <address>')
    .description('limit an address to chosen employees and groups (no entries = everyone); without options, show its rules')
    .option('--allow-user <login>', 'allow this employee (repeatable)', repeatable)
    .option('--allow-group <name>', 'allow the members of this group (repeatable)', repeatable)
    .option('--deny-user <login>', 'deny this employee, even through a group (repeatable)', repeatable)
    .option('--clear', 'remove every entry first (alone: everyone may use it again)');
  cli.action(cmd, (raw: AccessFlags, [address]: [string]) => ({ options: { address, ...raw }, run: (app) => accessCommand(app, address, raw) }));
}

export interface AccessFlags {
  allowUser?: string[];
  allowGroup?: string[];
  denyUser?: string[];
  clear?: boolean;
}

export async function accessCommand(app: App, address: string, o: AccessFlags): Promise<number> {
  const email = validateEmail(address, 'address');
  const allowUsers = (o.allowUser ?? []).map((u) => validateName(u, 'user'));
  const allowGroups = (o.allowGroup ?? []).map((g) => validateName(g, 'group'));
  const denyUsers = (o.denyUser ?? []).map((u) => validateName(u, 'user'));
  const changing = Boolean(o.clear) || allowUsers.length + allowGroups.length + denyUsers.length > 0;
  const dir = app.directory();
  app.store().get(email); // a clear "no such address" before anything else
  const before = dir.rules(email);
  const rules = changing ? dir.setAccess(email, { clear: Boolean(o.clear), allowUsers, allowGroups, denyUsers }) : before;
  if (app.json) {
    app.out(JSON.stringify({ address: email, ...rulesJson(rules) }, null, 2));
    return 0;
  }
  app.out(`${email} may be used by ${accessSummary(rules)}.`);
  const widened = changing && accessSummary(before) !== 'everyone' && accessSummary(rules) === 'everyone';
  if (widened) app.err(app.errStyle.warn('It has no access entries left: every employee may use it now.'));
  return 0;
}
