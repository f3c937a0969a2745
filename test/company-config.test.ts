/** The config keys of discovery and the pre-flight: dnsServer, domains (pins), discovery; and their precedence. */
import { describe, it, expect } from '@jest/globals';
import { resolveSettings, type Layers } from '../src/core/settings.js';
import { normaliseDnsServer } from '../src/core/company-config.js';
import { ConfigError, UsageError } from '../src/errors.js';

const layers = (config: Record<string, unknown>, env: Layers['env'] = {}, flags: Layers['flags'] = {}): Layers =>
  ({ defaultDb: '/d/addr.db', file: { path: '/etc/.addrrc', config, resolvePath: (p) => p }, env, flags });

describe('company config keys', () => {
  it('reads the DNS server, the pinned domains and the discovery ports, and says where each came from', () => {
    const e = resolveSettings(layers({
      dnsServer: '127.0.0.1:5353',
      domains: { 'ACME.ru': { preset: 'Yandex360' }, 'xn--e1afmkfd.xn--p1ai': { host: 'smtp.пример.рф', port: 587, security: 'starttls', username: 'relay@пример.рф' } },
      discovery: { deadline: '4s', ports: [{ port: 2465, security: 'ssl' }], httpsPort: 8443 },
    }));
    expect(e.settings.dnsServer).toBe('127.0.0.1:5353');
    expect(e.settings.domains).toEqual({
      'acme.ru': { preset: 'yandex360' }, // an alias: looked up when discovery uses the pin
      'пример.рф': { host: 'smtp.xn--e1afmkfd.xn--p1ai', port: 587, security: 'starttls', username: 'relay@пример.рф' },
    });
    expect(e.settings.discovery).toEqual({ deadlineMs: 4000, probePorts: [{ port: 2465, security: 'ssl' }], httpsPort: 8443, httpPort: 80 });
    expect(e.sources).toMatchObject({ dnsServer: 'config file /etc/.addrrc', domains: 'config file /etc/.addrrc', discovery: 'config file /etc/.addrrc' });
  });

  it('lets ADDR_DNS_SERVER and then --dns-server override the file', () => {
    expect(resolveSettings(layers({ dnsServer: '10.0.0.1' }, { ADDR_DNS_SERVER: '[::1]:53' })).sources.dnsServer).toBe('env ADDR_DNS_SERVER');
    const f = resolveSettings(layers({ dnsServer: '10.0.0.1' }, { ADDR_DNS_SERVER: '[::1]:53' }, { dnsServer: '127.0.0.1:5300' }));
    expect([f.settings.dnsServer, f.sources.dnsServer]).toEqual(['127.0.0.1:5300', 'flag --dns-server']);
    expect(resolveSettings({ defaultDb: '/d', env: {}, flags: {} }).settings.dnsServer).toBeNull();
  });

  it.each([
    [{ dnsServer: 'dns.google' }, /dnsServer/],
    [{ domains: { 'not a domain': { host: 'x.ru' } } }, /domains\.not a domain.*not an e-mail domain/],
    [{ domains: { 'acme.ru': { preset: 'no such!' } } }, /domains\.acme\.ru\.preset/],
    [{ domains: { 'acme.ru': { port: 587 } } }, /needs a preset or a host/],
    [{ domains: { 'acme.ru': { host: 'x.ru', colour: 1 } } }, /domains\.acme\.ru\.colour/],
    [{ discovery: { ports: [{ port: 25, security: 'none' }] } }, /discovery\.ports\[0\]/],
    [{ discovery: { deadline: 'soon' } }, /discovery\.deadline/],
  ])('refuses %p', (config, message) => {
    expect(() => resolveSettings(layers(config))).toThrow(ConfigError);
    expect(() => resolveSettings(layers(config))).toThrow(message);
  });

  it('refuses a bad --dns-server as a usage error', () => {
    expect(() => resolveSettings(layers({}, {}, { dnsServer: 'resolver.local' }))).toThrow(UsageError);
  });

  it.each([['127.0.0.1', true], ['127.0.0.1:53', true], ['[2001:db8::1]:5353', true], ['::1', true], ['256.1.1.1', false], ['1.2.3.4:0', false], ['[::1]:99999', false], ['x', false]])(
    'DNS server %p valid: %p', (v, ok) => expect(normaliseDnsServer(v) !== null).toBe(ok));
});
