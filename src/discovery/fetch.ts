/**
 * Fetches one autoconfig document: GET over HTTPS (certificate verified against the system CAs, plus
 * NODE_EXTRA_CA_CERTS as Node reads it) or plain HTTP, host names resolved by addr's own resolver, a deadline on the
 * whole exchange, a cap on the body, no redirects followed. What comes back is untrusted text for
 * core/discovery.ts's parser.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';
import type { DnsResolver } from '../dns/resolver.js';

export type FetchResult =
  | { ok: true; url: string; text: string }
  | { ok: false; url: string; reason: string; /** the name does not exist or has no address: not worth a warning */ absent: boolean };

export interface FetchOptions {
  resolver: DnsResolver;
  timeoutMs: number;
  maxBytes: number;
  /** PEM CA to trust instead of the system's (in-process tests of the adapter; the CLI uses the system store). */
  ca?: string;
  /** Gives up at once when aborted (discovery no longer needs the answer). */
  signal?: AbortSignal;
}

/** A `lookup` for node:net that asks addr's resolver instead of getaddrinfo. */
export function lookupVia(resolver: DnsResolver): LookupFunction {
  return ((hostname: string, options: { all?: boolean; family?: number } | number, callback: (...args: unknown[]) => void) => {
    const opts = typeof options === 'number' ? { family: options } : options ?? {};
    const literal = net.isIP(hostname);
    const done = (addrs: string[]) => {
      if (addrs.length === 0) {
        callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }));
      } else if (opts.all) {
        callback(null, addrs.map((a) => ({ address: a, family: net.isIP(a) })));
      } else {
        callback(null, addrs[0], net.isIP(addrs[0]!));
      }
    };
    if (literal) return done([hostname]);
    resolver.addresses(hostname).then(done, (err: Error) => callback(Object.assign(err, { code: (err as NodeJS.ErrnoException).code ?? 'EDNS' })));
  }) as LookupFunction;
}

export function fetchText(url: string, opts: FetchOptions): Promise<FetchResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: FetchResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(r);
    };
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.get(url, {
      lookup: lookupVia(opts.resolver),
      headers: { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1', 'user-agent': 'addr (autoconfig)' },
      ...(opts.ca ? { ca: opts.ca } : {}),
      agent: false,
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        finish({ ok: false, url, reason: `redirected (${status}); addr does not follow redirects for autoconfig`, absent: false });
        return;
      }
      if (status !== 200) {
        finish({ ok: false, url, reason: `HTTP ${status}`, absent: status === 404 || status === 410 });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > opts.maxBytes) {
        finish({ ok: false, url, reason: `the document is larger than ${opts.maxBytes} bytes`, absent: false });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxBytes) {
          finish({ ok: false, url, reason: `the document is larger than ${opts.maxBytes} bytes`, absent: false });
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => finish({ ok: true, url, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => finish({ ok: false, url, reason: err.message, absent: false }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      const absent = err.code === 'ENOTFOUND' || err.code === 'ECONNREFUSED';
      finish({ ok: false, url, reason: describe(err), absent });
    });
    const timer = setTimeout(() => finish({ ok: false, url, reason: `no answer within ${opts.timeoutMs} ms`, absent: false }), opts.timeoutMs);
    opts.signal?.addEventListener('abort', () => finish({ ok: false, url, reason: 'not needed any more', absent: true }), { once: true });
  });
}

function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOTFOUND': return 'the host name does not exist';
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': return 'the connection was reset';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `the certificate is not trusted (${err.code})`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID': return 'the certificate is not issued for this host name';
    case 'CERT_HAS_EXPIRED': return 'the certificate has expired';
    default: return err.code ? `${err.code}` : err.message;
  }
}
