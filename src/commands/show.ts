/** `addr show ADDR`: every setting of one address except the password. */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { addressDetails, addressJson } from '../ui/address-view.js';
import { rulesJson } from '../ui/rules-view.js';
import { PRESETS, isPresetId } from '../core/presets.js';

export async function showCommand(app: App, address: string): Promise<number> {
  const a = app.store().get(validateEmail(address, 'address'));
  const rules = app.directory().rules(a.email);
  const def = app.directory().listProjects().filter((p) => p.defaultAddress?.toLowerCase() === a.email.toLowerCase()).map((p) => p.name);
  if (app.json) {
    app.out(JSON.stringify({ ...addressJson(a), ...rulesJson(rules), defaultOf: def }, null, 2));
    return 0;
  }
  app.out(addressDetails(a, isPresetId(a.preset) ? PRESETS[a.preset].label : a.preset, rules, def, app.style));
  return 0;
}
