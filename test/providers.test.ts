/** The provider table: one entry per provider, checked row by row and against nodemailer's well-known services. */
import { describe, it, expect } from '@jest/globals';
import { createRequire } from 'node:module';
import {
  PROVIDERS, PROVIDER_IDS, adminStepsFor, dkimRecordFor, endpointFor, findProvider, loginFor, providerForDomain, providerForHost, providerForMx,
  regionalEndpoint, type SmtpEndpoint,
} from '../src/core/providers.js';
import { PRESETS, PRESET_IDS, detectPreset, getPreset, presetForHost } from '../src/core/presets.js';
import { validateHost, validatePort } from '../src/core/address.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers.js';

interface WellKnown { host?: string; port?: number; secure?: boolean; domains?: string[]; aliases?: string[] }
const services = createRequire(import.meta.url)('nodemailer/lib/well-known/services.json') as Record<string, WellKnown>;
const securityOf = (s: WellKnown) => (s.secure === true || (s.secure === undefined && s.port === 465) ? 'ssl' : 'starttls');

describe('the provider table', () => {
  it('has one well-formed entry per id', () => {
    expect(Object.keys(PROVIDERS)).toEqual([...PROVIDER_IDS]);
    for (const [id, p] of Object.entries(PROVIDERS)) {
      expect(p.id).toBe(id);
      for (const e of p.smtp) {
        expect(validateHost(e.host)).toBe(e.host);
        expect(validatePort(e.port)).toBe(e.port);
      }
      if (p.kind !== 'custom') {
        expect(p.smtp.filter((e) => e.use === 'default')).toHaveLength(1);
        expect(p.notes.length).toBeGreaterThan(0);
        expect(p.links.length).toBeGreaterThan(0);
        for (const l of p.links) expect(l.url).toMatch(/^https:\/\//);
      }
      for (const l of p.links) expect(l.url).toMatch(/^https:\/\//);
    }
  });

  it('gives every name, alias and address domain to one provider only', () => {
    const names = new Map<string, string>();
    const domains = new Map<string, string>();
    for (const p of Object.values(PROVIDERS)) {
      for (const n of [p.id, ...p.aliases]) {
        expect(names.get(n) ?? p.id).toBe(p.id);
        names.set(n, p.id);
      }
      for (const d of p.domains) {
        expect(domains.get(d) ?? p.id).toBe(p.id);
        domains.set(d, p.id);
      }
    }
  });

  it('agrees with nodemailer\'s well-known services wherever both know the provider', () => {
    const hosts = (smtp: SmtpEndpoint[]) => smtp.map((e) => `${e.host}:${e.port}:${e.security}`);
    for (const p of Object.values(PROVIDERS)) {
      for (const key of p.nodemailer) {
        const s = services[key];
        if (!s?.host) throw new Error(`nodemailer knows no service ${key}`);
        expect(hosts(p.smtp)).toContain(`${s.host}:${s.port}:${securityOf(s)}`);
        for (const d of s.domains ?? []) expect(p.domains).toContain(d);
      }
    }
    // The reverse: a nodemailer service on one of our hosts is named by that provider.
    const ours = new Set(Object.values(PROVIDERS).flatMap((p) => p.smtp.map((e) => e.host)));
    const named = new Set(Object.values(PROVIDERS).flatMap((p) => p.nodemailer));
    const unnamed = Object.entries(services).filter(([key, s]) => s.host && ours.has(s.host) && !named.has(key)).map(([key]) => key);
    expect(unnamed).toEqual([]);
  });

  it('builds every Amazon SES region nodemailer lists from the regional template', () => {
    const ses = Object.entries(services).filter(([k]) => /^SES-/.test(k));
    expect(ses.length).toBeGreaterThan(10);
    for (const [, s] of ses) {
      const region = /^email-smtp\.(.+)\.amazonaws\.com$/.exec(s.host!)![1]!;
      expect(regionalEndpoint(PROVIDERS.ses, region)).toMatchObject({ host: s.host, port: s.port, security: securityOf(s) });
    }
    expect(regionalEndpoint(PROVIDERS.ses, 'not a region')).toBeNull();
  });

  it.each([
    ['mx.yandex.net', 'yandex', 'smtp.yandex.ru'],
    ['mx.yandex.ru', 'yandex', 'smtp.yandex.ru'],
    ['emx.mail.ru', 'vk-workspace', 'smtp.mail.ru'],
    ['mxs.mail.ru', 'mailru', 'smtp.mail.ru'],
    ['aspmx.l.google.com', 'google-workspace', 'smtp.gmail.com'],
    ['alt3.aspmx.l.google.com.', 'google-workspace', 'smtp.gmail.com'],
    ['smtp.google.com', 'google-workspace', 'smtp.gmail.com'],
    ['gmail-smtp-in.l.google.com', 'gmail', 'smtp.gmail.com'],
    ['acme-com.mail.protection.outlook.com', 'microsoft', 'smtp.office365.com'],
    ['acme-com.r-v1.mx.microsoft', 'microsoft', 'smtp.office365.com'],
    ['eur.olc.protection.outlook.com', 'microsoft', 'smtp-mail.outlook.com'],
    ['mx.zoho.eu', 'zoho', 'smtppro.zoho.eu'],
    ['mx2.zoho.com', 'zoho', 'smtppro.zoho.com'],
    ['mx.zoho.com.au', 'zoho', 'smtppro.zoho.com.au'],
    ['mx01.mail.icloud.com', 'icloud', 'smtp.mail.me.com'],
    ['mxa.mailgun.org', 'mailgun', 'smtp.mailgun.org'],
    ['mxb.eu.mailgun.org', 'mailgun', 'smtp.eu.mailgun.org'],
    ['inbound-smtp.eu-west-1.amazonaws.com', 'ses', 'email-smtp.eu-west-1.amazonaws.com'],
    ['feedback-smtp.us-gov-west-1.amazonses.com', 'ses', 'email-smtp.us-gov-west-1.amazonaws.com'],
    ['mx.sendgrid.net', 'sendgrid', 'smtp.sendgrid.net'],
    ['inbound.postmarkapp.com', 'postmark', 'smtp.postmarkapp.com'],
    ['mta5.am0.yahoodns.net', 'yahoo', 'smtp.mail.yahoo.com'],
    ['mx.rambler.ru', 'rambler', 'smtp.rambler.ru'],
  ])('MX %s → %s (%s)', (mx, id, host) => {
    const m = providerForMx(mx);
    expect(m?.provider.id).toBe(id);
    expect(m?.endpoint.host).toBe(host);
  });

  it.each(['mail.acme.ru', 'mx.yandex.net.evil.example', 'evilmx.yandex.net', 'mail.protection.outlook.com', 'google.com', 'mx.zoho.example'])(
    'MX %s is nobody\'s', (mx) => expect(providerForMx(mx)).toBeNull());

  it('tells the server of a host, the first provider listed winning on shared hosts', () => {
    expect(providerForHost('SMTP.GMAIL.COM')?.provider.id).toBe('gmail');
    expect(providerForHost('smtp-relay.gmail.com')?.provider.id).toBe('google-workspace');
    expect(providerForHost('smtp.mail.ru')?.provider.id).toBe('mailru');
    expect(providerForHost('email-smtp.ap-south-1.amazonaws.com')).toMatchObject({ provider: { id: 'ses' }, region: 'ap-south-1' });
    expect(providerForHost('smtp.acme.ru')).toBeNull();
  });

  it('picks the consumer server for the provider\'s own domains', () => {
    expect(endpointFor(PROVIDERS.microsoft, 'a@outlook.com')?.host).toBe('smtp-mail.outlook.com');
    expect(endpointFor(PROVIDERS.microsoft, 'a@acme.com')?.host).toBe('smtp.office365.com');
    expect(endpointFor(PROVIDERS.zoho, 'a@zoho.com')?.host).toBe('smtp.zoho.com');
    expect(endpointFor(PROVIDERS.zoho, 'a@acme.com')?.host).toBe('smtppro.zoho.com');
  });

  it('knows each provider\'s login convention', () => {
    expect(loginFor(PROVIDERS.sendgrid, 'noreply@acme.com')).toBe('apikey');
    expect(loginFor(PROVIDERS.yandex, 'support@acme.ru')).toBe('support@acme.ru');
    for (const id of ['ses', 'mailgun', 'postmark', 'brevo'] as const) {
      expect(loginFor(PROVIDERS[id], 'a@acme.com')).toBeNull();
      expect(PROVIDERS[id].login).toMatchObject({ kind: 'account', what: expect.any(String) });
    }
  });

  it('gives the Microsoft 365 admin-center path and PowerShell for SMTP AUTH, mailbox and tenant', () => {
    const steps = adminStepsFor(PROVIDERS.microsoft, 'support@acme.com');
    const text = JSON.stringify(steps);
    expect(text).toContain('Set-CASMailbox -Identity support@acme.com -SmtpClientAuthenticationDisabled $false');
    expect(text).toContain('Set-TransportConfig -SmtpClientAuthenticationDisabled $false');
    expect(steps[0]!.path).toEqual(expect.arrayContaining(['Microsoft 365 admin center', 'Manage email apps']));
    expect(JSON.stringify(adminStepsFor(PROVIDERS['google-workspace'], 'a@acme.com'))).toMatch(/Allowed senders/);
  });

  it('describes OAuth2 where the provider offers XOAUTH2', () => {
    expect(PROVIDERS.microsoft.oauth2).toMatchObject({ flows: ['authorization_code', 'device_code', 'client_credentials'], scopes: ['https://outlook.office.com/SMTP.Send', 'offline_access'] });
    expect(PROVIDERS.gmail.oauth2).toMatchObject({ flows: ['authorization_code'], pkce: true, scopes: ['https://mail.google.com/'] });
    expect(PROVIDERS.yandex.oauth2?.scopes).toEqual(['mail:smtp']);
    for (const id of ['sendgrid', 'ses', 'custom'] as const) expect(PROVIDERS[id].oauth2).toBeNull();
  });

  it('fills in the DKIM record to publish', () => {
    expect(dkimRecordFor(PROVIDERS.microsoft, 'selector1', 'acme.com')).toEqual({ name: 'selector1._domainkey.acme.com', type: 'CNAME', value: 'selector1-acme-com._domainkey.<tenant>.onmicrosoft.com' });
    expect(dkimRecordFor(PROVIDERS.yandex, 'mail', 'acme.ru')).toMatchObject({ name: 'mail._domainkey.acme.ru', type: 'TXT' });
    expect(dkimRecordFor(PROVIDERS.custom, 'x', 'acme.ru')).toBeNull();
  });
});

describe('presets, the view of the providers', () => {
  it('has a preset per provider with its default server', () => {
    expect(PRESET_IDS).toEqual(PROVIDER_IDS);
    expect(PRESETS.microsoft).toMatchObject({ host: 'smtp.office365.com', port: 587, security: 'starttls' });
    expect(PRESETS.custom).toMatchObject({ host: null, port: null, security: null });
  });

  it.each([
    ['office365', 'microsoft'], ['Outlook', 'microsoft'], ['hotmail', 'microsoft'], ['sendinblue', 'brevo'], ['aws', 'ses'],
    ['yandex360', 'yandex'], ['vk', 'vk-workspace'], ['workspace', 'google-workspace'], ['Mail.ru', 'mailru'],
  ])('--preset %s is %s', (name, id) => expect(getPreset(name).id).toBe(id));

  it.each([
    ['a@outlook.com', 'microsoft'], ['a@hotmail.co.uk', 'microsoft'], ['a@icloud.com', 'icloud'], ['a@yahoo.com', 'yahoo'],
    ['a@rambler.ru', 'rambler'], ['a@zohomail.com', 'zoho'], ['a@acme.com', null],
  ])('detects %p as %p', (email, id) => expect(detectPreset(email)).toBe(id));

  it.each([
    ['smtp.office365.com', 'microsoft'], ['smtp-mail.outlook.com', 'microsoft'], ['smtp.gmail.com', 'gmail'],
    ['smtp.yandex.com', 'yandex'], ['smtp.sendgrid.net', 'sendgrid'], ['email-smtp.eu-central-1.amazonaws.com', 'ses'], ['smtp.acme.ru', null],
  ])('the preset of host %s is %p', (host, id) => expect(presetForHost(host)).toBe(id));

  it('keeps the provider entry on the preset for the provider\'s other facts', () => {
    expect(PRESETS.sendgrid.provider.login).toEqual({ kind: 'fixed', user: 'apikey' });
    expect(providerForDomain('GMAIL.com')?.id).toBe('gmail');
    expect(findProvider('nope')).toBeNull();
  });
});

describe('--help names every preset', () => {
  it('the --preset option lists each id of the table (the text is static so that start-up need not load the table)', () => {
    const options = readFileSync(path.join(repoRoot, 'src', 'cli', 'options.ts'), 'utf8');
    const help = /'--preset <id>', '([^']*)'/.exec(options)?.[1] ?? '';
    for (const id of PROVIDER_IDS) expect(help.split(/[\s,(]+/)).toContain(id);
  });
});
