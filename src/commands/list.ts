/** `addr list`: the saved addresses as a table, or JSON. Reads only; creates no database. */
import type { App } from '../app.js';
import { addressJson, addressTable } from '../ui/address-view.js';

export async function listCommand(app: App): Promise<number> {
  const list = app.store().list();
  if (app.json) {
    app.out(JSON.stringify(list.map(addressJson), null, 2));
    return 0;
  }
  if (list.length === 0) {
    app.err('No address is saved yet. Add one with `addr add` (try it against `addr sandbox` first).');
    return 0;
  }
  app.out(addressTable(list, app.style));
  const insecure = list.filter((a) => !a.tlsVerify).length;
  if (insecure) app.err(app.errStyle.warn(`warning: ${insecure} address${insecure === 1 ? '' : 'es'} with certificate verification OFF (INSECURE).`));
  return 0;
}
