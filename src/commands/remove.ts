/** `addr remove ADDR`: asks on a terminal; scripts confirm with --yes. Answering No changes nothing (exit 0). */
import type { Command } from 'commander';
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import type { CliKit } from '../cli/kit.js';
import { UsageError } from '../errors.js';
import { promptFor, whyNoPrompt } from '../ui/prompter.js';

export interface RemoveOptions {
  address: string;
  yes?: boolean;
}

export function register(program: Command, cli: CliKit): void {
  const cmd = program.command('remove <address>')
    .alias('rm')
    .description('remove an address and its stored password')
    .option('-y, --yes', 'do not ask for confirmation');
  cli.action(cmd, (raw: { yes?: boolean }, [address]: [string]) => {
    const o: RemoveOptions = { address, yes: raw.yes };
    return { options: o, run: (app) => removeCommand(app, o) };
  });
}

export async function removeCommand(app: App, o: RemoveOptions): Promise<number> {
  const store = app.store();
  const a = store.get(validateEmail(o.address, 'address'));
  if (!o.yes) {
    const p = promptFor(app);
    if (!p) throw new UsageError(`Removing ${a.email} needs confirmation: give --yes (${whyNoPrompt(app)}).`);
    if (!(await p.confirm(`Remove ${a.email} (${a.host}:${a.port}) and its stored password?`, false))) {
      app.err('Nothing was removed.');
      return 0;
    }
  }
  store.remove(a.email);
  if (app.json) app.out(JSON.stringify({ removed: a.email }));
  else app.out(`Removed ${a.email}.`);
  return 0;
}
