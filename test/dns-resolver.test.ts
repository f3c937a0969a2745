/** The resolver adapter against a real dnsmasq on loopback. */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { createResolver, parseDnsServer, DnsError } from '../src/dns/resolver.js';
import { startDns, type DnsServer } from './dnsmasq.js';

let dns: DnsServer;
beforeAll(async () => {
  dns = await startDns({
    mx: [['acme.test', 'mx2.acme.test', 20], ['acme.test', 'mx1.acme.test', 10]],
    srv: [['_submissions._tcp.acme.test', 'mail.acme.test', 465, 0, 1]],
    txt: [['acme.test', 'v=spf1 include:_spf.example.test ~all'], ['acme.test', 'google-site-verification=abc']],
    host: [['mail.acme.test', '127.0.0.2']],
    ptr: [['127.0.0.9', 'other.acme.test']],
    address: [['nine.acme.test', '127.0.0.9']],
  });
});
afterAll(async () => { await dns?.close(); });

describe('the DNS resolver', () => {
  it('reads MX, TXT, SRV, A and PTR from the given server', async () => {
    const r = createResolver({ server: dns.server, timeoutMs: 3000 });
    expect(r.server).toBe(dns.server);
    expect((await r.mx('acme.test')).sort((a, b) => a.priority - b.priority)).toEqual([{ exchange: 'mx1.acme.test', priority: 10 }, { exchange: 'mx2.acme.test', priority: 20 }]);
    expect((await r.txt('acme.test')).sort()).toEqual(['google-site-verification=abc', 'v=spf1 include:_spf.example.test ~all']);
    expect(await r.srv('_submissions._tcp.acme.test')).toEqual([{ name: 'mail.acme.test', port: 465, priority: 0, weight: 1 }]);
    expect(await r.addresses('mail.acme.test')).toEqual(['127.0.0.2']);
    expect(await r.ptr('127.0.0.2')).toEqual(['mail.acme.test']);
    expect(await r.ptr('127.0.0.9')).toEqual(['other.acme.test']);
  });

  it('answers "nothing" with an empty list, for a missing name and a missing type', async () => {
    const r = createResolver({ server: dns.server, timeoutMs: 3000 });
    expect(await r.mx('nothing.test')).toEqual([]);
    expect(await r.txt('mail.acme.test')).toEqual([]);
    expect(await r.srv('_submission._tcp.acme.test')).toEqual([]);
    expect(await r.mx('gmail.com')).toEqual([]); // never asked of the outside world
  });

  it('tells "could not look" apart: a server that does not answer is a DnsError marked unreachable', async () => {
    const r = createResolver({ server: '127.0.0.1:1', timeoutMs: 1500 });
    const err = await r.mx('acme.test').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DnsError);
    expect(err).toMatchObject({ unreachable: true });
  });

  it('takes IP, IP:PORT and [IPv6]:PORT and nothing else', () => {
    expect(parseDnsServer('127.0.0.1:5353')).toBe('127.0.0.1:5353');
    expect(parseDnsServer('10.0.0.1')).toBe('10.0.0.1');
    expect(parseDnsServer('[::1]:53')).toBe('[::1]:53');
    expect(parseDnsServer('::1')).toBe('::1');
    for (const bad of ['dns.google', '127.0.0.1:0', '127.0.0.1:70000', '1.2.3', '']) expect(parseDnsServer(bad)).toBeNull();
  });
});
