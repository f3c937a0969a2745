/**
 * Discovery against real servers on loopback: dnsmasq for MX and SRV, HTTPS/HTTP autoconfig, SMTP servers to probe.
 * Nothing leaves the machine: dnsmasq answers NXDOMAIN for every name it was not given.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { discover, type DiscoverOptions } from '../src/discovery/discover.js';
import { createResolver } from '../src/dns/resolver.js';
import { PROVIDERS } from '../src/core/providers.js';
import { sampleMx, startWorld, type World } from './discovery-world.js';

let world: World;
let opts: DiscoverOptions;
beforeAll(async () => {
  world = await startWorld();
  opts = { resolver: createResolver({ server: world.dns.server, timeoutMs: 3000 }), ports: world.ports, ca: world.ca.cert, deadlineMs: 8000 };
});
afterAll(async () => { await world?.close(); });

const withMx = (Object.keys(PROVIDERS) as Array<keyof typeof PROVIDERS>).filter((id) => sampleMx(id));

describe('discovery on loopback', () => {
  it.each(withMx)('finds %s by the MX of a company domain', async (id) => {
    const r = await discover(`support@${id}.test`, opts);
    expect(r.found).toMatchObject({ step: 'mx', provider: id, trusted: true });
    expect(r.steps.map((s) => [s.step, s.status])).toEqual([['pin', 'nothing'], ['provider', 'nothing'], ['mx', 'found'], ['srv', 'nothing'], ['autoconfig', 'skipped'], ['probe', 'skipped']]);
  });

  it('needs no network for a provider\'s own domain or a pin', async () => {
    const dead = { ...opts, resolver: createResolver({ server: '127.0.0.1:1', timeoutMs: 500 }) };
    expect((await discover('me@yandex.ru', dead)).found).toMatchObject({ step: 'provider', provider: 'yandex', host: 'smtp.yandex.ru' });
    const pinned = await discover('a@nothing.test', { ...dead, pins: { 'nothing.test': { host: 'relay.nothing.test', port: 2525, security: 'starttls' } } });
    expect(pinned.found).toMatchObject({ step: 'pin', host: 'relay.nothing.test', port: 2525, security: 'starttls', trusted: true });
  });

  it('reads RFC 6186/8314 SRV records, _submissions first', async () => {
    const r = await discover('a@srv.test', opts);
    expect(r.found).toMatchObject({ step: 'srv', host: 'mail.srv.test', port: 465, security: 'ssl', trusted: false });
    expect(r.alternatives[0]).toMatchObject({ step: 'srv', host: 'mail.srv.test', port: 587, security: 'starttls' });
    expect(r.warnings.join(' ')).toMatch(/cannot authenticate/);
    expect((await discover('a@srv2.test', opts)).found).toMatchObject({ provider: 'yandex', host: 'smtp.yandex.ru', port: 587, security: 'starttls' });
  });

  it('fetches autoconfig over HTTPS from autoconfig.DOMAIN, then DOMAIN/.well-known', async () => {
    const a = await discover('a@ac.test', opts);
    expect(a.found).toMatchObject({ step: 'autoconfig', host: 'smtp.ac.test', port: 465, security: 'ssl', username: 'a@ac.test' });
    expect(a.steps.find((s) => s.step === 'probe')?.status).toBe('skipped');
    const w = await discover('a@wk.test', opts);
    expect(w.found).toMatchObject({ step: 'autoconfig', host: 'submit.wk.test', port: 587, security: 'starttls' });
    expect(w.found?.source).toMatch(/\/\.well-known\/autoconfig\/mail\/config-v1\.1\.xml$/);
  });

  it('falls back to plain HTTP only with a warning, and never trusts an unverified HTTPS server', async () => {
    const p = await discover('a@plainac.test', opts);
    expect(p.found).toMatchObject({ step: 'autoconfig', host: 'smtp.plainac.test' });
    expect(p.found!.warnings.join(' ')).toMatch(/plain HTTP/);
    expect(p.warnings.join(' ')).toMatch(/plain HTTP/);
    // Without the test CA the HTTPS server's certificate is not trusted: said so, and not read.
    const untrusted = await discover('a@ac.test', { ...opts, ca: undefined });
    expect(untrusted.found?.step).not.toBe('autoconfig');
    expect(untrusted.warnings.join(' ')).toMatch(/autoconfig https:\/\/autoconfig\.ac\.test:\d+\/mail\/config-v1\.1\.xml: the certificate is not trusted/);
  });

  it('probes smtp. and mail. on the submission ports in parallel and ranks what answered', async () => {
    // The grace the other probes get after the first good answer is long here: on a busy machine the second loopback server may
    // answer later than the product's 500 ms, and ranking is what this checks.
    const r = await discover('a@probe.test', { ...opts, probeGraceMs: 6000 });
    expect(r.found).toMatchObject({ step: 'probe', host: 'smtp.probe.test', port: world.ports.probe[0]!.port, security: 'ssl', trusted: false });
    expect(r.found!.source).toMatch(/certificate trusted, AUTH mechanisms: PLAIN, LOGIN/);
    expect(r.alternatives).toEqual(expect.arrayContaining([expect.objectContaining({ host: 'mail.probe.test', port: world.ports.probe[1]!.port, security: 'starttls' })]));
  });

  it('says "nothing" step by step for a domain with nothing, within the deadline', async () => {
    const r = await discover('a@nothing.test', opts);
    expect(r.found).toBeNull();
    expect(r.steps.map((s) => s.status)).toEqual(['nothing', 'nothing', 'nothing', 'nothing', 'nothing', 'nothing']);
    expect(r.steps.find((s) => s.step === 'probe')?.detail).toMatch(/smtp\.nothing\.test:\d+, smtp\.nothing\.test:\d+(?:, [^;:]+:\d+)*: no such host/);
  });

  it('ends probes of a server that never greets at the overall deadline', async () => {
    const r = await discover('a@hang.test', { ...opts, deadlineMs: 1500 });
    expect(r.found).toBeNull();
    expect(r.steps.find((s) => s.step === 'probe')?.detail).toMatch(/smtp\.hang\.test:\d+(?:, smtp\.hang\.test:\d+)*: (the discovery deadline passed|no greeting)/);
  });

  it('looks an international domain up in punycode and reports it in Unicode', async () => {
    const r = await discover('support@пример.test', opts);
    expect(r).toMatchObject({ domain: 'пример.test', asciiDomain: 'xn--e1afmkfd.test' });
    expect(r.found).toMatchObject({ step: 'mx', provider: 'yandex', username: 'support@пример.test' });
  });

  it('reports DNS that cannot be read, without guessing', async () => {
    const r = await discover('a@acme.test', { ...opts, resolver: createResolver({ server: '127.0.0.1:1', timeoutMs: 500 }) });
    expect(r.found).toBeNull();
    expect(r.steps.find((s) => s.step === 'mx')?.status).toBe('failed');
    expect(r.warnings.join(' ')).toMatch(/DNS could not be read/);
  });
});
