import { describe, it, expect } from '@jest/globals';
import { validateDisplayName, validateEmail, validateHost, validatePort, validateSecurity } from '../src/core/address.js';
import { PRESETS, detectPreset, getPreset, presetForHost } from '../src/core/presets.js';
import wellKnown from 'nodemailer/lib/well-known';
import { resolveSettings } from '../src/core/settings.js';
import { enhancedCode } from '../src/core/probe.js';
import { exitCodeFor } from '../src/core/outcome.js';
import { ValidationError } from '../src/errors.js';

describe('validateEmail', () => {
  it.each([
    ['support@acme.ru', 'support@acme.ru'],
    ['  Support@ACME.ru ', 'Support@acme.ru'],
    ['first.last+tag@mail.example.co.uk', 'first.last+tag@mail.example.co.uk'],
  ])('accepts %p', (input, expected) => expect(validateEmail(input)).toBe(expected));

  it.each(['', 'plain', '@acme.ru', 'a@', 'a@@acme.ru', 'a b@acme.ru', 'a@acme', 'a@-acme.ru', 'a..b@acme.ru', 'a@acme.ru\r\nBcc: x@y.z', `${'x'.repeat(65)}@acme.ru`, 'a<b>@acme.ru'])(
    'rejects %p', (input) => expect(() => validateEmail(input)).toThrow(ValidationError));
});

describe('other fields', () => {
  it('ports are 1..65535', () => {
    expect(validatePort('465')).toBe(465);
    expect(validatePort(1)).toBe(1);
    for (const bad of ['0', '65536', '-1', '58a', '', '4.5']) expect(() => validatePort(bad)).toThrow(ValidationError);
  });
  it('security modes and their aliases', () => {
    expect(validateSecurity('SSL')).toBe('ssl');
    expect(() => validateSecurity('tls')).toThrow(/ambiguous/);
    expect(validateSecurity('starttls')).toBe('starttls');
    expect(validateSecurity('none')).toBe('none');
    expect(() => validateSecurity('ssl3')).toThrow(ValidationError);
  });
  it('display names cannot carry header injection', () => {
    expect(validateDisplayName('Acme Support')).toBe('Acme Support');
    expect(validateDisplayName('  ')).toBeNull();
    for (const bad of ['A\r\nBcc: x@y.z', 'A\nB', 'A\u2028B', 'A\u0000B']) expect(() => validateDisplayName(bad)).toThrow(/line break|control/);
  });
  it('host names', () => {
    expect(validateHost('SMTP.Example.com')).toBe('smtp.example.com');
    expect(validateHost('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['smtp://x.com', 'x.com:587', 'a b.com', '-x.com']) expect(() => validateHost(bad)).toThrow(ValidationError);
  });
});

describe('presets', () => {
  it.each([
    ['a@gmail.com', 'gmail'], ['a@googlemail.com', 'gmail'],
    ['a@yandex.ru', 'yandex'], ['a@ya.ru', 'yandex'], ['a@yandex.com', 'yandex'], ['a@narod.ru', 'yandex'],
    ['a@mail.ru', 'mailru'], ['a@inbox.ru', 'mailru'], ['a@list.ru', 'mailru'], ['a@bk.ru', 'mailru'], ['a@internet.ru', 'mailru'],
    ['a@acme.ru', null], ['a@gmail.co', null], ['a@mail.ru.example.com', null],
  ])('detects %p as %p', (email, preset) => expect(detectPreset(email)).toBe(preset));

  it('has the servers of nodemailer\'s well-known table', () => {
    for (const [id, key] of [['gmail', 'Gmail'], ['yandex', 'Yandex'], ['mailru', 'Mail.ru']] as const) {
      const known = wellKnown(key);
      if (!known) throw new Error(`nodemailer knows no service ${key}`);
      const security = known.secure === true || (known.secure === undefined && known.port === 465) ? 'ssl' : 'starttls';
      expect(PRESETS[id]).toMatchObject({ host: known.host, port: known.port, security });
    }
    expect(PRESETS.gmail).toMatchObject({ host: 'smtp.gmail.com', port: 465, security: 'ssl' });
  });

  it('each provider preset carries its app-password note and an official page', () => {
    expect(PRESETS.gmail.notes.join(' ')).toMatch(/2-Step Verification.*app password/);
    expect(PRESETS.gmail.links.map((l) => l.url)).toContain('https://myaccount.google.com/apppasswords');
    expect(PRESETS.yandex.notes.join(' ')).toMatch(/app password/);
    expect(PRESETS.yandex.links.map((l) => l.url)).toContain('https://id.yandex.ru/security/app-passwords');
    expect(PRESETS.mailru.notes.join(' ')).toMatch(/external application/);
    expect(PRESETS.mailru.links.map((l) => l.url)).toContain('https://account.mail.ru/user/2-step-auth/passwords/');
  });

  it('looks presets up by id or alias, and by host', () => {
    expect(getPreset('Mail.ru').id).toBe('mailru');
    expect(() => getPreset('aol')).toThrow(/unknown/);
    expect(presetForHost('smtp.yandex.com')).toBe('yandex');
    expect(presetForHost('smtp.example.com')).toBeNull();
  });
});

describe('settings precedence: defaults < config file < environment < flags', () => {
  const file = { path: '/p/.addrrc', config: { db: 'x.db', timeouts: { connect: '3s', greeting: 2.5 }, color: 'never' }, resolvePath: (p: string) => `/p/${p}` };
  it('layers in order, recording each source', () => {
    const e = resolveSettings({ defaultDb: '/d/addr.db', file, env: {}, flags: {} });
    expect(e.settings.db).toBe('/p/x.db');
    expect(e.sources.db).toBe('config file /p/.addrrc');
    expect(e.settings.timeouts).toEqual({ connectMs: 3000, greetingMs: 2500, commandMs: 15000, deadlineMs: 60000 });
    expect(e.sources['timeouts.command']).toBe('default');
    const env = resolveSettings({ defaultDb: '/d/addr.db', file, env: { ADDR_DB: '/e.db' }, flags: {} });
    expect(env.settings.db).toBe('/e.db');
    const flags = resolveSettings({ defaultDb: '/d/addr.db', file, env: { ADDR_DB: '/e.db' }, flags: { db: '/f.db', connectTimeoutMs: 500, json: true } });
    expect(flags.settings).toMatchObject({ db: '/f.db', output: 'json' });
    expect(flags.settings.timeouts.connectMs).toBe(500);
    expect(flags.sources['timeouts.connect']).toBe('flag --connect-timeout');
  });
  it('refuses unknown keys and bad values in the file', () => {
    expect(() => resolveSettings({ defaultDb: '/d', file: { ...file, config: { dbpath: 'x' } }, env: {}, flags: {} })).toThrow(/"dbpath" is not a setting/);
    expect(() => resolveSettings({ defaultDb: '/d', file: { ...file, config: { timeouts: { connect: 'soon' } } }, env: {}, flags: {} })).toThrow(/timeouts.connect/);
  });
  it('reads a bare number in the config file as seconds, as on the command line', () => {
    const e = resolveSettings({ defaultDb: '/d', file: { ...file, config: { timeouts: { connect: 5, command: '1.5' } } }, env: {}, flags: {} });
    expect(e.settings.timeouts.connectMs).toBe(5000);
    expect(e.settings.timeouts.commandMs).toBe(1500);
    // What used to be milliseconds is now refused when it exceeds an hour, not read as 83 minutes.
    expect(() => resolveSettings({ defaultDb: '/d', file: { ...file, config: { timeouts: { connect: 5000 } } }, env: {}, flags: {} })).toThrow(/timeouts.connect/);
  });
  it('takes outOfServiceAfter from the config file', () => {
    expect(resolveSettings({ defaultDb: '/d', env: {}, flags: {} }).settings.outOfServiceAfter).toBe(3);
    expect(resolveSettings({ defaultDb: '/d', file: { ...file, config: { outOfServiceAfter: 5 } }, env: {}, flags: {} }).settings.outOfServiceAfter).toBe(5);
    expect(() => resolveSettings({ defaultDb: '/d', file: { ...file, config: { outOfServiceAfter: 0 } }, env: {}, flags: {} })).toThrow(/outOfServiceAfter/);
  });
});

describe('outcome', () => {
  it('extracts enhanced status codes', () => {
    expect(enhancedCode('535 5.7.8 Error: authentication failed')).toBe('5.7.8');
    expect(enhancedCode('550-5.7.26 This mail is unauthenticated\n550 5.7.26 more')).toBe('5.7.26');
    expect(enhancedCode('550 spam message rejected')).toBeUndefined();
  });
  it('maps diagnoses to documented exit codes', () => {
    const d = (category: any, permanent = true) => ({ category, permanent, cause: '', remedy: '', fixSide: 'sender' as const, links: [] });
    expect(exitCodeFor(d('auth_failed'))).toBe(77);
    expect(exitCodeFor(d('dns_not_found'))).toBe(68);
    expect(exitCodeFor(d('wrong_security_mode'))).toBe(76);
    expect(exitCodeFor(d('greeting_timeout', false))).toBe(75);
    expect(exitCodeFor(d('sender_not_owned'))).toBe(69);
  });
});
