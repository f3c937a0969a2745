/** `addr show ADDR`: every setting of one address except the password. */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { addressDetails, addressJson } from '../ui/address-view.js';
import { PRESETS, isPresetId } from '../core/presets.js';

export async function showCommand(app: App, address: string): Promise<number> {
  const a = app.store().get(validateEmail(address, 'address'));
  app.out(app.json ? JSON.stringify(addressJson(a), null, 2) : addressDetails(a, isPresetId(a.preset) ? PRESETS[a.preset].label : a.preset, app.style));
  return 0;
}
