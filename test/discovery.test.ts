/** Discovery, the pure part: what each step's answers mean and which answer wins. */
import { describe, it, expect } from '@jest/globals';
import {
  AUTOCONFIG_MAX_BYTES, pinProblems, fromAutoconfig, fromKnownDomain, fromMx, fromPin, fromProbes, fromSrv, mergeFindings, orderSrv, parseAutoconfig,
  probeCandidates, triedByReason, type ProbeOutcome,
} from '../src/core/discovery.js';

const ISPDB = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="acme.test">
    <domain>acme.test</domain>
    <incomingServer type="imap"><hostname>imap.acme.test</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>submit.acme.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>OAuth2</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>plain.acme.test</hostname><port>25</port><socketType>plain</socketType>
    </outgoingServer>
  </emailProvider>
  <oAuth2><issuer>auth.acme.test</issuer><scope>mail</scope><authURL>https://auth.acme.test/a</authURL><tokenURL>https://auth.acme.test/t</tokenURL></oAuth2>
</clientConfig>`;

describe('steps 1-2: pins and provider domains', () => {
  it('a pin wins with its own values, the preset filling the rest', () => {
    expect(fromPin({ host: 'mail.acme.ru', port: 587, security: 'starttls', username: 'relay@acme.ru' }, 'a@acme.ru', 'acme.ru'))
      .toMatchObject({ step: 'pin', provider: 'custom', host: 'mail.acme.ru', port: 587, security: 'starttls', username: 'relay@acme.ru', trusted: true });
    expect(fromPin({ preset: 'yandex' }, 'a@acme.ru', 'acme.ru')).toMatchObject({ provider: 'yandex', host: 'smtp.yandex.ru', port: 465, security: 'ssl', username: 'a@acme.ru' });
    expect(fromPin({ host: 'mail.acme.ru', port: 465 }, 'a@acme.ru', 'acme.ru')).toMatchObject({ security: 'ssl' });
    expect(fromPin({}, 'a@acme.ru', 'acme.ru')).toBeNull();
    expect(fromPin({ preset: 'yandex360' }, 'a@acme.ru', 'acme.ru')?.provider).toBe('yandex');
    expect(pinProblems({ 'acme.ru': { preset: 'yandex360' }, 'b.ru': { preset: 'nope' } })).toEqual(['domains.b.ru.preset "nope"']);
  });

  it('a provider\'s own domain needs no network', () => {
    expect(fromKnownDomain('a@hotmail.com', 'hotmail.com')).toMatchObject({ step: 'provider', provider: 'microsoft', host: 'smtp-mail.outlook.com', trusted: true });
    expect(fromKnownDomain('a@acme.ru', 'acme.ru')).toBeNull();
  });
});

describe('step 3: MX', () => {
  it('takes the most preferred MX that a provider owns and says so', () => {
    const f = fromMx([{ exchange: 'backup.acme.ru', priority: 20 }, { exchange: 'mx.yandex.net.', priority: 10 }], 'a@acme.ru', 'acme.ru');
    expect(f).toMatchObject({ step: 'mx', provider: 'yandex', host: 'smtp.yandex.ru', port: 465, security: 'ssl', username: 'a@acme.ru', trusted: true });
    expect(f?.source).toBe('MX of acme.ru: mx.yandex.net → Yandex Mail / Yandex 360');
    expect(fromMx([{ exchange: '', priority: 0 }], 'a@acme.ru', 'acme.ru')).toBeNull(); // null MX
    expect(fromMx([{ exchange: 'mail.acme.ru', priority: 10 }], 'a@acme.ru', 'acme.ru')).toBeNull();
  });

  it('reads the region of SES from its MX', () => {
    expect(fromMx([{ exchange: 'inbound-smtp.eu-west-1.amazonaws.com', priority: 10 }], 'a@acme.com', 'acme.com'))
      .toMatchObject({ provider: 'ses', host: 'email-smtp.eu-west-1.amazonaws.com', username: null });
  });
});

describe('step 4: SRV', () => {
  it('orders by priority, then weight (random injected), and drops "." targets', () => {
    const recs = [
      { name: 'b.acme.test', port: 465, priority: 10, weight: 0 },
      { name: 'a.acme.test', port: 465, priority: 10, weight: 100 },
      { name: 'first.acme.test', port: 465, priority: 5, weight: 0 },
      { name: '.', port: 0, priority: 0, weight: 0 },
    ];
    expect(orderSrv(recs, () => 0).map((r) => r.name)).toEqual(['first.acme.test', 'a.acme.test', 'b.acme.test']);
    expect(orderSrv([{ name: 'x.acme.test', port: 465, priority: 0, weight: 1 }, { name: 'y.acme.test', port: 465, priority: 0, weight: 3 }], () => 0.9).map((r) => r.name))
      .toEqual(['y.acme.test', 'x.acme.test']);
  });

  it('prefers _submissions (implicit TLS) to _submission (STARTTLS), and knows a provider\'s host behind a record', () => {
    const found = fromSrv([{ name: 'mail.acme.test', port: 465, priority: 0, weight: 0 }], [{ name: 'smtp.yandex.ru', port: 587, priority: 0, weight: 0 }], 'a@acme.test', 'acme.test');
    expect(found.map((f) => [f.host, f.port, f.security, f.provider])).toEqual([['mail.acme.test', 465, 'ssl', 'custom'], ['smtp.yandex.ru', 587, 'starttls', 'yandex']]);
    expect(found[0]).toMatchObject({ trusted: false, source: 'SRV _submissions._tcp.acme.test → mail.acme.test:465 (implicit TLS)' });
    expect(fromSrv([{ name: 'bad name', port: 465, priority: 0, weight: 0 }], [], 'a@acme.test', 'acme.test')).toEqual([]);
  });
});

describe('step 5: autoconfig', () => {
  it('reads the outgoing servers with placeholders filled, encrypted first, plain last and warned about', () => {
    const doc = parseAutoconfig(ISPDB);
    expect(doc.problems).toEqual([]);
    expect(doc.oauth2).toEqual({ issuer: 'auth.acme.test', scope: 'mail', authURL: 'https://auth.acme.test/a', tokenURL: 'https://auth.acme.test/t' });
    const found = fromAutoconfig(doc, 'support@acme.test', 'acme.test', 'https://autoconfig.acme.test/mail/config-v1.1.xml', false);
    expect(found.map((f) => [f.host, f.port, f.security, f.username])).toEqual([
      ['smtp.acme.test', 465, 'ssl', 'support'], ['submit.acme.test', 587, 'starttls', 'support@acme.test'], ['plain.acme.test', 25, 'none', 'support@acme.test'],
    ]);
    expect(found[1]!.warnings.join(' ')).toMatch(/OAuth2 only/);
    expect(found[2]!.warnings.join(' ')).toMatch(/without encryption/);
    expect(found[0]!.from.username).toMatch(/%EMAILLOCALPART%/);
  });

  it('warns when the document came over plain HTTP', () => {
    const f = fromAutoconfig(parseAutoconfig(ISPDB), 'a@acme.test', 'acme.test', 'http://autoconfig.acme.test/mail/config-v1.1.xml', true);
    expect(f[0]!.warnings.join(' ')).toMatch(/plain HTTP/);
  });

  it('treats the document as untrusted: no DTDs, no oversized documents, no odd values', () => {
    expect(parseAutoconfig(`<!DOCTYPE x [<!ENTITY a "b">]>${ISPDB}`).servers).toEqual([]);
    expect(parseAutoconfig(`<clientConfig>${' '.repeat(AUTOCONFIG_MAX_BYTES)}</clientConfig>`).problems[0]).toMatch(/larger/);
    expect(parseAutoconfig('<html>not it</html>').problems).toEqual(['not a clientConfig document']);
    const hostile = `<clientConfig><outgoingServer type="smtp"><hostname>evil.test; rm -rf /</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
      <outgoingServer type="smtp"><hostname>ok.test</hostname><port>99999</port><socketType>SSL</socketType></outgoingServer>
      <outgoingServer type="smtp"><hostname>a&amp;b.test</hostname><port>465</port><socketType>SSL</socketType><username>\u0007x</username></outgoingServer></clientConfig>`;
    const doc = parseAutoconfig(hostile);
    expect(doc.problems.join(' ')).toMatch(/99999/);
    expect(fromAutoconfig(doc, 'a@acme.test', 'acme.test', 'https://x', false)).toEqual([]);
    // An unclosed element ends the scan instead of running away.
    expect(parseAutoconfig(`<clientConfig>${'<outgoingServer type="smtp">'.repeat(5000)}`).servers).toEqual([]);
  });
});

describe('step 6: probing', () => {
  const ok = (host: string, port: number, security: 'ssl' | 'starttls', extra: Partial<ProbeOutcome> = {}): ProbeOutcome =>
    ({ host, port, security, ok: true, auth: ['PLAIN', 'LOGIN'], tlsTrusted: true, detail: 'certificate trusted, AUTH mechanisms: PLAIN, LOGIN', ms: 5, ...extra });

  it('tries smtp., mail. and the MX host on every probe port', () => {
    expect(probeCandidates('acme.test', [{ exchange: 'mx.acme.test', priority: 10 }]).map((c) => `${c.host}:${c.port}/${c.security}`)).toEqual([
      'smtp.acme.test:465/ssl', 'smtp.acme.test:587/starttls', 'mail.acme.test:465/ssl', 'mail.acme.test:587/starttls', 'mx.acme.test:465/ssl', 'mx.acme.test:587/starttls',
    ]);
  });

  it('ranks a trusted certificate and offered AUTH first, then the candidate order', () => {
    const candidates = probeCandidates('acme.test', []);
    const found = fromProbes([
      ok('mail.acme.test', 465, 'ssl'),
      ok('smtp.acme.test', 587, 'starttls', { tlsTrusted: false, detail: 'DEPTH_ZERO_SELF_SIGNED_CERT, AUTH mechanisms: PLAIN' }),
      ok('smtp.acme.test', 465, 'ssl', { auth: [] }),
      { ...ok('mail.acme.test', 587, 'starttls'), ok: false, detail: 'connection refused' },
    ], 'a@acme.test', candidates);
    expect(found.map((f) => `${f.host}:${f.port}`)).toEqual(['mail.acme.test:465', 'smtp.acme.test:465', 'smtp.acme.test:587']);
    expect(found[1]!.warnings.join(' ')).toMatch(/no AUTH/);
    expect(found[2]!.warnings.join(' ')).toMatch(/not trusted/);
  });
});

describe('the result', () => {
  it('is the first step\'s first answer, the others alternatives without duplicates', () => {
    const srv = fromSrv([{ name: 'smtp.acme.test', port: 465, priority: 0, weight: 0 }], [], 'a@acme.test', 'acme.test');
    const ac = fromAutoconfig(parseAutoconfig(ISPDB), 'a@acme.test', 'acme.test', 'https://x', false);
    const { found, alternatives } = mergeFindings({ autoconfig: ac, srv });
    expect(found).toMatchObject({ step: 'srv', host: 'smtp.acme.test', port: 465 });
    expect(alternatives.map((a) => a.host)).toEqual(['submit.acme.test', 'plain.acme.test']);
    expect(mergeFindings({})).toEqual({ found: null, alternatives: [] });
  });
});

describe('triedByReason', () => {
  it('says each reason once, in the order first met, with what gave it', () => {
    expect(triedByReason([['a:465', 'no such host'], ['a:587', 'no such host'], ['b:587', 'connection refused'], ['b:465', 'no such host']]))
      .toBe('a:465, a:587, b:465: no such host; b:587: connection refused');
    expect(triedByReason([])).toBe('');
  });
});
