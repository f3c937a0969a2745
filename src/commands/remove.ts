/** `addr remove ADDR`: asks on a terminal; scripts confirm with --yes. */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { UsageError } from '../errors.js';
import { promptFor } from './add.js';

export async function removeCommand(app: App, address: string, flags: { yes?: boolean }): Promise<number> {
  const store = app.store();
  const a = store.get(validateEmail(address, 'address'));
  if (!flags.yes) {
    const p = promptFor(app);
    if (!p) throw new UsageError(`Removing ${a.email} needs confirmation: give --yes (there is no terminal to ask on).`);
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
