/** The DNS pre-flight, the pure part: facts in, findings out, row by row. */
import { describe, it, expect } from '@jest/globals';
import { evaluateDns, exitCodeOf, mergeSpf, withMechanism, type DnsFacts, type DnsFinding } from '../src/core/dnscheck.js';

const base: DnsFacts = {
  email: 'a@acme.ru', domain: 'acme.ru', asciiDomain: 'acme.ru', provider: 'yandex', providerSource: 'preset yandex', host: 'smtp.yandex.ru',
  consumerDomain: false,
  spfRecords: ['v=spf1 include:_spf.yandex.net ~all'],
  spfWalk: { result: 'softfail', comment: '', lookups: 1, limit: 10, queried: ['acme.ru', '_spf.yandex.net'] },
  dkim: [{ selector: 'mail', records: ['v=DKIM1; k=rsa; p=MIGf'] }],
  dkimSelectorsGiven: false,
  dmarc: { record: 'v=DMARC1; p=reject', tags: { v: 'DMARC1', p: 'reject' }, orgRecord: false },
  mx: [{ exchange: 'mx.yandex.net', priority: 10 }],
  server: null,
};
const run = (patch: Partial<DnsFacts>) => evaluateDns({ ...base, ...patch });
const levels = (findings: DnsFinding[]) => findings.map((f) => `${f.check}:${f.level}`);

describe('SPF record editing', () => {
  it.each([
    ['v=spf1 ip4:1.2.3.4 -all', 'include:_spf.yandex.net', 'v=spf1 ip4:1.2.3.4 include:_spf.yandex.net -all'],
    ['v=spf1 redirect=_spf.mail.ru', 'ip4:1.2.3.4', 'v=spf1 ip4:1.2.3.4 redirect=_spf.mail.ru'],
    ['v=spf1 mx', 'a', 'v=spf1 mx a'],
  ])('adds to %p', (record, mech, expected) => expect(withMechanism(record, mech)).toBe(expected));

  it('merges records whatever order DNS gave them in', () => {
    expect(mergeSpf(['v=spf1 mx -all', 'v=spf1 include:x.test mx -all'])).toBe('v=spf1 include:x.test mx -all');
    expect(mergeSpf(['v=spf1 ip4:1.1.1.1 -all', 'v=spf1 a ~all'])).toBe(mergeSpf(['v=spf1 a ~all', 'v=spf1 ip4:1.1.1.1 -all']));
  });
});

describe('findings', () => {
  it('all in order', () => expect(levels(run({}).findings)).toEqual(['spf:ok', 'dkim:ok', 'dmarc:ok', 'mx:ok']));

  it('an SPF record that allows anyone is a warning with the fixed record', () => {
    const r = run({ spfRecords: ['v=spf1 include:_spf.yandex.net +all'] });
    expect(r.findings.find((f) => f.level === 'warning')).toMatchObject({ check: 'spf', publish: { value: '"v=spf1 include:_spf.yandex.net ~all"' } });
  });

  it('a revoked DKIM key is a warning; a selector the user named gets a generic record', () => {
    expect(run({ dkim: [{ selector: 'mail', records: ['v=DKIM1; p='] }] }).findings.find((f) => f.check === 'dkim')?.level).toBe('warning');
    const r = run({ dkim: [{ selector: 's2024', records: [] }], dkimSelectorsGiven: true });
    expect(r.findings.find((f) => f.check === 'dkim')?.publish).toEqual({ name: 's2024._domainkey.acme.ru', type: 'TXT', value: '"v=DKIM1; k=rsa; p=<your public key>"' });
  });

  it('a provider that names selectors per account: DKIM not checked, said so', () => {
    const r = run({ provider: 'ses', dkim: [] });
    expect(r.findings.find((f) => f.check === 'dkim')).toMatchObject({ level: 'info', message: expect.stringMatching(/--dkim-selector/) });
  });

  it('a null MX and a missing MX are warnings', () => {
    expect(run({ mx: [{ exchange: '', priority: 0 }] }).findings.find((f) => f.check === 'mx')?.message).toMatch(/null MX/);
    expect(run({ mx: [] }).findings.find((f) => f.check === 'mx')).toMatchObject({ level: 'warning', publish: { name: 'acme.ru', type: 'MX', value: '10 mx.yandex.net' } });
  });

  it('an MX elsewhere than the provider is only noted', () => {
    expect(run({ mx: [{ exchange: 'mx.acme.ru', priority: 10 }] }).findings.find((f) => f.check === 'mx')?.level).toBe('info');
  });

  it('a self-hosted server on a private address: its reverse DNS is checked where the mail leaves, not here', () => {
    const r = run({ provider: 'custom', host: 'mail.acme.ru', server: { name: 'mail.acme.ru', addresses: [{ ip: '10.0.0.5', spf: 'fail', ptr: [], forward: {} }] } });
    expect(r.findings.find((f) => f.check === 'ptr')).toMatchObject({ level: 'info' });
  });

  it('text from DNS is made safe before it is shown', () => {
    const r = run({ spfRecords: ['v=spf1 include:x.test \u001b[31m ~all', 'v=spf1 -all'] });
    expect(r.findings[0]!.found.join('')).not.toContain('\u001b');
  });
});

describe('exit codes', () => {
  const f = (level: DnsFinding['level']): DnsFinding => ({ check: 'spf', level, message: '', publish: null, rule: null, found: [] });
  it.each([
    [['ok', 'info'], false, 0], [['warning'], false, 1], [['warning'], true, 2], [['error', 'unreachable'], false, 2], [['warning', 'unreachable'], false, 75], [['unreachable'], true, 75],
  ] as const)('%p strict=%p → %p', (ls, strict, code) => expect(exitCodeOf(ls.map(f), strict)).toBe(code));
});
