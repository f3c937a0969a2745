/** `addr show ADDR`: every setting of one address except the password. */
import type { App } from '../app.js';
import { validateEmail } from '../core/address.js';
import { addressDetails, addressJson } from '../ui/address-view.js';

export async function showCommand(app: App, address: string): Promise<number> {
  const a = app.store().get(validateEmail(address, 'address'));
  app.out(app.json ? JSON.stringify(addressJson(a), null, 2) : addressDetails(a, app.style));
  return 0;
}
