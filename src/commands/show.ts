/** `addr show ADDR`: every setting of one address except the password. */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { PRESETS, isPresetId } from '../core/presets.js';
import type { CliKit } from '../cli/kit.js';
import { addressDetails, addressJson, type SignInSummary } from '../ui/address-view.js';
import { grantStore } from './oauth-context.js';
import { rulesJson } from '../ui/rules-view.js';

export interface ShowOptions {
  address: string;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('show <address>').description('show the settings of one address (never the password)');
  cli.action(cmd, (_raw: object, [address]: [string]) => {
    const o: ShowOptions = { address };
    return { options: o, run: (app) => showCommand(app, o) };
  });
}

export async function showCommand(app: App, o: ShowOptions): Promise<number> {
  const a = app.store().get(validateEmail(o.address, 'address'));
  const rules = app.directory().rules(a.email);
  const def = app.directory().listProjects().filter((p) => p.defaultAddress?.toLowerCase() === a.email.toLowerCase()).map((p) => p.name);
  const g = a.authMethod === 'oauth2' ? grantStore(app).find(a.email) : null;
  const signIn: SignInSummary | null = g
    ? { provider: g.provider, flow: g.flow, account: g.account, accessExpiresAt: g.accessExpiresAt, refreshUsableUntil: g.refreshExpiresAt, tokenCommand: g.tokenCommand }
    : null;
  if (app.json) {
    app.out(JSON.stringify({ ...addressJson(a), ...(a.authMethod === 'oauth2' ? { signIn } : {}), ...rulesJson(rules), defaultOf: def }, null, 2));
    return 0;
  }
  app.out(addressDetails(a, isPresetId(a.preset) ? PRESETS[a.preset].label : a.preset, rules, def, app.style, signIn));
  return 0;
}
