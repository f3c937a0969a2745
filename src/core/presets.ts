/**
 * Provider presets as data. The server settings are those of nodemailer's table of well-known services
 * (nodemailer/lib/well-known; a test keeps the two in step, so that table need not be loaded at start-up);
 * what it lacks (the full list of each provider's address domains, the app-password notes and the
 * official pages) is added here.
 */
import type { Security } from './address.js';
import { ValidationError } from '../errors.js';

export const PRESET_IDS = ['gmail', 'yandex', 'mailru', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ProviderLink {
  label: string;
  url: string;
}

export interface Preset {
  id: PresetId;
  /** The name users know. */
  label: string;
  /** null for custom: the user gives them. */
  host: string | null;
  port: number | null;
  security: Security | null;
  /** Address domains that certainly belong to this provider (auto-selection). */
  domains: string[];
  /** What the provider demands before an SMTP login works, shown in the wizard and on failures. */
  notes: string[];
  /** Official pages, most useful first. */
  links: ProviderLink[];
}

/** Keep in step with nodemailer's well-known services "Gmail", "Yandex", "Mail.ru" (test/core.test.ts checks). */
const gmail = { host: 'smtp.gmail.com', port: 465, security: 'ssl' as Security };
const yandex = { host: 'smtp.yandex.ru', port: 465, security: 'ssl' as Security };
const mailru = { host: 'smtp.mail.ru', port: 465, security: 'ssl' as Security };

export const PRESETS: Record<PresetId, Preset> = {
  gmail: {
    id: 'gmail',
    label: 'Gmail',
    ...gmail,
    domains: ['gmail.com', 'googlemail.com'],
    notes: [
      'Gmail refuses the normal Google password over SMTP: turn on 2-Step Verification for the account, then create an app password and use its 16 letters as the password here.',
      'Log in with the account\'s own address; an alias added in Gmail settings is not a login.',
    ],
    links: [
      { label: 'Create an app password', url: 'https://myaccount.google.com/apppasswords' },
      { label: 'Sign in with app passwords (Google help)', url: 'https://support.google.com/accounts/answer/185833' },
    ],
  },
  yandex: {
    id: 'yandex',
    label: 'Yandex Mail',
    ...yandex,
    domains: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'yandex.net', 'ya.ru', 'narod.ru'],
    notes: [
      'Yandex needs access for mail clients switched on (Mail → Settings → Email clients) and an app password of type "Mail" ("пароль приложения"); the account password is refused.',
      'Send from the mailbox you log in with: Yandex answers 553 5.7.1 to any other From address.',
    ],
    links: [
      { label: 'Create an app password', url: 'https://id.yandex.ru/security/app-passwords' },
      { label: 'Enable access for mail clients', url: 'https://mail.yandex.ru/#setup/client' },
      { label: 'Setting up mail clients (Yandex help)', url: 'https://yandex.ru/support/mail/mail-clients/others.html' },
    ],
  },
  mailru: {
    id: 'mailru',
    label: 'Mail.ru',
    ...mailru,
    domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'],
    notes: [
      'Mail.ru accepts only a password for an external application ("пароль для внешнего приложения") over SMTP; create one with access to sending mail and use it here.',
      'Mail-client access must be allowed for the mailbox.',
    ],
    links: [
      { label: 'Create a password for an external application', url: 'https://account.mail.ru/user/2-step-auth/passwords/' },
      { label: 'Passwords for external applications (Mail.ru help)', url: 'https://help.mail.ru/mail/security/protection/external' },
    ],
  },
  custom: {
    id: 'custom',
    label: 'Custom server',
    host: null,
    port: null,
    security: null,
    domains: [],
    notes: ['Ask the mail administrator for the submission host, port and security (usually 465 with ssl or 587 with starttls) and the login.'],
    links: [],
  },
};

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

export function getPreset(id: string): Preset {
  const key = id.trim().toLowerCase();
  const alias: Record<string, PresetId> = { 'mail.ru': 'mailru', google: 'gmail', googlemail: 'gmail', ya: 'yandex' };
  const found = isPresetId(key) ? key : alias[key];
  if (!found) {
    throw new ValidationError('preset', `Preset "${id}" is unknown.`, `Choose one of: ${PRESET_IDS.join(', ')}.`);
  }
  return PRESETS[found];
}

/**
 * The preset that certainly serves an e-mail address, from its domain alone; null when not certain
 * (a custom domain may be hosted anywhere, so it is never guessed).
 */
export function detectPreset(email: string): PresetId | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  for (const preset of Object.values(PRESETS)) {
    if (preset.domains.includes(domain)) return preset.id;
  }
  return null;
}

/** The preset whose server is this host (e.g. a custom-domain address on smtp.yandex.ru). */
export function presetForHost(host: string | undefined | null): PresetId | null {
  if (!host) return null;
  const h = host.toLowerCase();
  for (const preset of Object.values(PRESETS)) {
    if (preset.host && (preset.host === h)) return preset.id;
  }
  if (/(^|\.)yandex\.(ru|com|net)$/.test(h)) return 'yandex';
  if (/(^|\.)mail\.ru$/.test(h)) return 'mailru';
  if (/(^|\.)(gmail|google|googlemail)\.com$/.test(h)) return 'gmail';
  return null;
}
