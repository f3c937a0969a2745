/**
 * Host names of the live test and of sending, resolved where discovery found them: when a DNS server is configured
 * (`--dns-server`, config `dnsServer`, env ADDR_DNS_SERVER), it is asked first, so that a server that discovery
 * found through it is also reached through it; the system's resolver (with /etc/hosts) answers what it does not
 * know. Without one, the system's `dns.lookup` as before. The shape is `dns.lookup`'s with `{ all: true }`.
 */
import type dns from 'node:dns';
import net from 'node:net';
import { createResolver } from './resolver.js';

type LookupAll = (host: string, opts: { all: true }, cb: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void) => void;

export function lookupVia(server: string | null, timeoutMs: number): typeof dns.lookup | undefined {
  if (!server) return undefined;
  const resolver = createResolver({ server, timeoutMs });
  const system = process.getBuiltinModule('node:dns').lookup as unknown as LookupAll;
  const lookup: LookupAll = (host, opts, cb) => {
    resolver.addresses(host).then(
      (found) => {
        if (found.length === 0) return system(host, opts, cb);
        cb(null, found.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 })));
      },
      () => system(host, opts, cb),
    );
  };
  return lookup as unknown as typeof dns.lookup;
}
