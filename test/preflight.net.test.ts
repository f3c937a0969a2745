/**
 * The DNS pre-flight against dnsmasq on loopback: each problem found, with the record to publish, and the receiver
 * rule named. SPF is evaluated by mailauth through the same resolver.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { gatherDnsFacts, type PreflightInput } from '../src/dns/preflight.js';
import { evaluateDns, type DnsReport } from '../src/core/dnscheck.js';
import { createResolver } from '../src/dns/resolver.js';
import { startDns, type DnsServer, type Zone } from './dnsmasq.js';

const KEY = 'v=DKIM1; k=rsa; t=s; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1TaNgLlSyQMNWVLNLvyY/neDgaL2oqQE8T5illKqCgDtFHc8eHVAU+nlcaGmrKmDMw9dbgiGk1ocgZ56NR4ycfUHwQhvQPMUZw0cveel/8EAGoi/UyPmqfcPibytH81NFtTMAxUeM4Op8A6iHkvAMj5qLf4YRNsTkKAV';
const SPF_YANDEX = 'v=spf1 include:_spf.yandex.net ~all';
const DMARC = 'v=DMARC1; p=reject; adkim=r; aspf=r';

function domain(name: string, parts: { mx?: string; spf?: string[]; dkim?: [string, string]; dmarc?: string }): Zone {
  return {
    mx: parts.mx ? [[name, parts.mx, 10]] : [],
    txt: [
      ...(parts.spf ?? []).map((t) => [name, t] as [string, string]),
      ...(parts.dkim ? [[`${parts.dkim[0]}._domainkey.${name}`, parts.dkim[1]] as [string, string]] : []),
      ...(parts.dmarc ? [[`_dmarc.${name}`, parts.dmarc] as [string, string]] : []),
    ],
  };
}

function merge(...zones: Zone[]): Zone {
  const out: Required<Zone> = { mx: [], srv: [], txt: [], address: [], ptr: [], host: [] };
  for (const z of zones) for (const k of Object.keys(out) as Array<keyof Zone>) (out[k] as unknown[]).push(...((z[k] ?? []) as unknown[]));
  return out;
}

const many = Array.from({ length: 11 }, (_, i) => `i${i}.many.test`);

let dns: DnsServer;
beforeAll(async () => {
  dns = await startDns(merge(
    { txt: [['_spf.yandex.net', 'v=spf1 ip4:77.88.0.0/18 ~all'], ['_spf.google.com', 'v=spf1 ip4:172.217.0.0/19 ~all'], ['sendgrid.net', 'v=spf1 ip4:167.89.0.0/17 ~all']] },
    domain('good.test', { mx: 'mx.yandex.net', spf: [SPF_YANDEX], dkim: ['mail', KEY], dmarc: DMARC }),
    domain('nospf.test', { mx: 'mx.yandex.net', dkim: ['mail', KEY], dmarc: DMARC }),
    domain('bare.test', { mx: 'mx.yandex.net' }),
    domain('wrongspf.test', { mx: 'mx.yandex.net', spf: ['v=spf1 include:_spf.google.com ~all'], dkim: ['mail', KEY], dmarc: DMARC }),
    domain('twospf.test', { mx: 'mx.yandex.net', spf: [SPF_YANDEX, 'v=spf1 ip4:198.51.100.1 -all'], dkim: ['mail', KEY], dmarc: DMARC }),
    domain('many.test', { mx: 'mx.yandex.net', spf: [`v=spf1 ${many.map((m) => `include:${m}`).join(' ')} include:_spf.yandex.net ~all`], dkim: ['mail', KEY], dmarc: DMARC }),
    { txt: many.map((m) => [m, 'v=spf1 ip4:198.51.100.200 ~all'] as [string, string]) },
    domain('nodmarc.test', { mx: 'mx.yandex.net', spf: [SPF_YANDEX], dkim: ['mail', KEY] }),
    domain('nodkim.test', { mx: 'mx.yandex.net', spf: [SPF_YANDEX], dmarc: DMARC }),
    domain('xn--e1afmkfd.test', { mx: 'mx.yandex.net', dkim: ['mail', KEY], dmarc: DMARC }),
    domain('relay.test', { mx: 'mail.relay.test', dmarc: DMARC }),
    // Self-hosted: mail.self.test is 198.51.100.7, whose PTR names a host that does not point back.
    domain('self.test', { mx: 'mail.self.test', spf: ['v=spf1 ip4:198.51.100.7 -all'], dmarc: 'v=DMARC1; p=quarantine' }),
    { address: [['mail.self.test', '198.51.100.7'], ['other.example.test', '198.51.100.99']], ptr: [['198.51.100.7', 'other.example.test']] },
    domain('selfok.test', { mx: 'mx.selfok.test', spf: ['v=spf1 a:mx.selfok.test -all'], dmarc: 'v=DMARC1; p=none' }),
    { host: [['mx.selfok.test', '198.51.100.8']] },
    domain('noptr.test', { mx: 'mx.noptr.test', spf: ['v=spf1 ip4:198.51.100.9 -all'], dmarc: DMARC }),
    { address: [['mx.noptr.test', '198.51.100.9']] },
  ));
});
afterAll(async () => { await dns?.close(); });

async function check(input: PreflightInput): Promise<DnsReport> {
  return evaluateDns(await gatherDnsFacts(input, createResolver({ server: dns.server, timeoutMs: 3000 })));
}
const of = (r: DnsReport, check: string) => r.findings.filter((f) => f.check === check);

describe('the DNS pre-flight', () => {
  it('finds nothing to fix for a well-configured Yandex 360 domain, the provider told by MX', async () => {
    const r = await check({ email: 'support@good.test' });
    expect(r.provider).toMatchObject({ id: 'yandex', source: 'MX of good.test: mx.yandex.net → Yandex Mail / Yandex 360' });
    expect(r.findings.map((f) => [f.check, f.level])).toEqual([['spf', 'ok'], ['dkim', 'ok'], ['dmarc', 'ok'], ['mx', 'ok']]);
    expect(of(r, 'spf')[0]!.message).toMatch(/authorises Yandex.*\(1 of 10 DNS lookups\)/);
    expect(r.exitCode).toBe(0);
  });

  it('SPF missing: an error with the record to publish and the Gmail/Yahoo rule', async () => {
    const r = await check({ email: 'support@nospf.test' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', publish: { name: 'nospf.test', type: 'TXT', value: '"v=spf1 include:_spf.yandex.net ~all"' } });
    expect(of(r, 'spf')[0]!.rule).toMatch(/Gmail and Yahoo/);
    expect(r.exitCode).toBe(2);
  });

  it('SPF and DKIM both missing: the DKIM warning becomes an error (SPF or DKIM for every sender)', async () => {
    const r = await check({ email: 'a@bare.test' });
    expect(of(r, 'dkim')[0]).toMatchObject({ level: 'error', publish: { name: 'mail._domainkey.bare.test', type: 'TXT' } });
    expect(of(r, 'dmarc')[0]).toMatchObject({ level: 'warning', publish: { name: '_dmarc.bare.test', value: '"v=DMARC1; p=none; rua=mailto:dmarc-reports@bare.test"' } });
  });

  it('SPF wrong: it does not authorise the provider; the fix keeps the record and adds the include', async () => {
    const r = await check({ email: 'a@wrongspf.test', preset: 'yandex', host: 'smtp.yandex.ru' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', publish: { value: '"v=spf1 include:_spf.google.com include:_spf.yandex.net ~all"' } });
    expect(of(r, 'spf')[0]!.found).toEqual(['v=spf1 include:_spf.google.com ~all']);
  });

  it('SPF with two records: an error, and the one merged record to publish instead', async () => {
    const r = await check({ email: 'a@twospf.test' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', publish: { value: '"v=spf1 include:_spf.yandex.net ip4:198.51.100.1 ~all"' } });
    expect(of(r, 'spf')[0]!.message).toMatch(/2 SPF records/);
  });

  it('SPF with too many DNS lookups: an error naming the limit', async () => {
    const r = await check({ email: 'a@many.test' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', publish: { value: '"v=spf1 include:_spf.yandex.net ~all"' } });
    expect(of(r, 'spf')[0]!.message).toMatch(/more than 10 DNS lookups/);
  });

  it('DMARC missing and DKIM missing are warnings with their records', async () => {
    const a = await check({ email: 'a@nodmarc.test' });
    expect(of(a, 'dmarc')[0]).toMatchObject({ level: 'warning', publish: { name: '_dmarc.nodmarc.test', type: 'TXT' } });
    expect(of(a, 'dmarc')[0]!.rule).toMatch(/5,000/);
    expect(a.exitCode).toBe(1);
    const k = await check({ email: 'a@nodkim.test' });
    expect(of(k, 'dkim')[0]).toMatchObject({ level: 'warning', publish: { name: 'mail._domainkey.nodkim.test', type: 'TXT' } });
    expect(of(k, 'dkim')[0]!.publish!.note).toMatch(/Yandex 360/);
    expect(evaluateDns(await gatherDnsFacts({ email: 'a@nodkim.test' }, createResolver({ server: dns.server })), { strict: true }).exitCode).toBe(2);
  });

  it('self-hosted: SPF authorises the server, and a PTR that does not point back is an error', async () => {
    const r = await check({ email: 'a@self.test', host: 'mail.self.test' });
    expect(r.provider.id).toBe('custom');
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'ok' });
    expect(of(r, 'ptr')[0]).toMatchObject({ level: 'error', publish: { name: '7.100.51.198.in-addr.arpa', type: 'PTR', value: 'mail.self.test' }, found: ['other.example.test'] });
    expect(of(r, 'ptr')[0]!.rule).toMatch(/reverse DNS/);
    const ok = await check({ email: 'a@selfok.test', host: 'mx.selfok.test' });
    expect(of(ok, 'ptr')[0]).toMatchObject({ level: 'ok', message: 'Reverse DNS: 198.51.100.8 → mx.selfok.test → 198.51.100.8.' });
    expect(of(ok, 'dmarc')[0]).toMatchObject({ level: 'info' });
    const none = await check({ email: 'a@noptr.test', host: 'mx.noptr.test' });
    expect(of(none, 'ptr')[0]).toMatchObject({ level: 'error', message: expect.stringMatching(/no reverse DNS/) });
  });

  it('self-hosted: SPF that does not cover the server names its address', async () => {
    const r = await check({ email: 'a@selfok.test', host: 'mail.self.test' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', publish: { value: '"v=spf1 a:mx.selfok.test ip4:198.51.100.7 -all"' } });
  });

  it('a relay: SPF on the From domain is only advice, but DMARC fails without its DKIM', async () => {
    const r = await check({ email: 'a@relay.test', preset: 'sendgrid', host: 'smtp.sendgrid.net' });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'info' });
    expect(of(r, 'dkim')[0]).toMatchObject({ level: 'warning', publish: { name: 's1._domainkey.relay.test', type: 'CNAME' } });
    expect(of(r, 'dmarc')[0]).toMatchObject({ level: 'error', message: expect.stringMatching(/will fail DMARC.*SendGrid/) });
  });

  it('an international domain: looked up in punycode, reported in Unicode, records in punycode', async () => {
    const r = await check({ email: 'support@пример.test' });
    expect(r).toMatchObject({ domain: 'пример.test', asciiDomain: 'xn--e1afmkfd.test', provider: { id: 'yandex' } });
    expect(of(r, 'spf')[0]).toMatchObject({ level: 'error', message: 'пример.test has no SPF record: receivers cannot tell that Yandex Mail / Yandex 360 may send for it.', publish: { name: 'xn--e1afmkfd.test' } });
  });

  it('a provider\'s own domain: nothing to publish', async () => {
    const r = await check({ email: 'me@gmail.com' });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toMatch(/Gmail's own domain/);
    expect(r.exitCode).toBe(0);
  });

  it('DNS that cannot be read: exit 75, not a clean bill', async () => {
    const r = evaluateDns(await gatherDnsFacts({ email: 'a@good.test', preset: 'yandex' }, createResolver({ server: '127.0.0.1:1', timeoutMs: 500 })));
    expect(r.findings.every((f) => f.level === 'unreachable' || f.level === 'info')).toBe(true);
    expect(r.exitCode).toBe(75);
  });
});
