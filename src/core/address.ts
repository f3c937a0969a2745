/**
 * The sender address: the domain model and the validation of every field.
 * Pure: no I/O, no process, no clock.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import { ValidationError } from '../errors.js';
import type { AuthMethod } from './auth.js';

export const SECURITY_MODES = ['ssl', 'starttls', 'none'] as const;
/** ssl = implicit TLS from the first byte; starttls = plain connect, upgrade required; none = no TLS at all. */
export type Security = (typeof SECURITY_MODES)[number];

/** The connection part of an address: what the live test needs besides the secret. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: Security;
  username: string;
  /** false only when the user explicitly chose --insecure for this address. */
  tlsVerify: boolean;
  /** A PEM file with the CA (or the server certificate) to trust for this address. */
  caFile: string | null;
}

export interface LastTest {
  at: string; // ISO 8601
  ok: boolean;
  /** Failing stage and category when ok is false, e.g. "auth: auth_failed". */
  summary: string | null;
  /** Temporary failures (exit 75) in a row since the last pass; 0 after a pass or a permanent failure. */
  temporaryFailures?: number;
  /** Whether send and available may use the address (core/access.ts inService). */
  inService?: boolean;
}

/** A saved sender address as the store returns it (without the password). */
export interface SenderAddress extends SmtpSettings {
  id: number;
  email: string;
  displayName: string | null;
  preset: string;
  createdAt: string;
  updatedAt: string;
  lastTest: LastTest | null;
  /** How it logs in: a password (stored encrypted), OAuth2 (XOAUTH2 with a token), or no AUTH at all. */
  authMethod: AuthMethod;
  hasPassword: boolean;
}

/** What add/edit/test need: every field, plus the secret. */
export interface AddressDraft extends SmtpSettings {
  email: string;
  displayName: string | null;
  preset: string;
  authMethod: AuthMethod;
  /** The password of a 'password' address; null for 'oauth2' and 'none'. */
  password: string | null;
}

// RFC 5321 limits: local part 64 octets, whole path 254. The local part is the dot-atom form (quoted local parts
// are legal but no mail provider issues them for a sender mailbox); RFC 6531 lets it hold UTF-8, which a server
// takes only when it offers SMTPUTF8 (see smtpUtf8Problem).
const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00a1-\u{10ffff}-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00a1-\u{10ffff}-]+)*$/u;
const LABEL_RE = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
/** Control characters, C1 controls, and the Unicode line separators and bidi controls that can disguise an address. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** An e-mail domain in both forms: Unicode (stored and shown) and ASCII (punycode; sent and looked up in DNS). */
export interface DomainForms {
  unicode: string;
  ascii: string;
}

/**
 * Accepts an e-mail domain in Unicode (пример.рф) or ASCII/punycode (xn--e1afmkfd.xn--p1ai) and returns both forms,
 * lower-cased; null when it is not a valid domain name (UTS #46 as node:url applies it, then LDH labels).
 */
export function domainForms(input: string): DomainForms | null {
  const raw = input.trim().replace(/\.$/, '');
  if (raw === '' || /[\s/@:\\]/.test(raw) || CONTROLS.test(raw)) return null;
  const ascii = domainToASCII(raw);
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (!labels.every((l) => LABEL_RE.test(l))) return null;
  const unicode = domainToUnicode(ascii) || ascii;
  return { unicode, ascii };
}

/** Validates an e-mail domain (the part after @, or a domain on its own) and returns its forms. */
export function validateEmailDomain(input: string, field = 'domain', quoted: string = input): DomainForms {
  const hint = 'The part after @ must be a domain such as example.com or пример.рф: labels of letters, digits and hyphens (not at either end) separated by dots.';
  const forms = domainForms(input);
  if (!forms) throw new ValidationError(field, `"${printable(quoted)}" is not a valid e-mail address: "${printable(input)}" is not a valid e-mail domain.`, hint);
  if (!forms.ascii.includes('.')) {
    throw new ValidationError(field, `"${printable(quoted)}" is not a valid e-mail address: the domain "${printable(forms.unicode)}" has no dot.`, hint);
  }
  if (/^\d+$/.test(forms.ascii.slice(forms.ascii.lastIndexOf('.') + 1))) {
    throw new ValidationError(field, `"${printable(quoted)}" is not a valid e-mail address: the domain "${printable(forms.unicode)}" ends in a number.`, hint);
  }
  return forms;
}

/**
 * Returns the normalised address or throws a ValidationError: the domain in Unicode and lower case (пример.рф also
 * when given as xn--e1afmkfd.xn--p1ai), the local part as typed in Unicode NFC.
 */
export function validateEmail(input: string, field = 'email'): string {
  const value = input.trim().normalize('NFC');
  const hint = 'Give a full mailbox address such as support@example.com.';
  if (value === '') throw new ValidationError(field, 'The e-mail address is empty.', hint);
  if (/[\s<>()\[\],;:"\\]/u.test(value) || CONTROLS.test(value)) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: it contains spaces or forbidden characters.`, hint);
  }
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1 || value.indexOf('@') !== at) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: it needs exactly one @ between a mailbox and a domain.`, hint);
  }
  const local = value.slice(0, at);
  const domain = validateEmailDomain(value.slice(at + 1), field, value);
  if (utf8Length(local) > 64 || utf8Length(local) + 1 + domain.ascii.length > 254) {
    throw new ValidationError(field, `"${printable(value)}" is too long for an e-mail address (64 characters before @, 254 in all).`, hint);
  }
  if (!LOCAL_RE.test(local)) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: the part before @ is malformed.`, hint);
  }
  return `${local}@${domain.unicode}`;
}

/** The domain of an address as stored: Unicode, lower case. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** The address as it goes on the wire and into DNS: the domain in punycode, the local part unchanged. */
export function toAsciiEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const ascii = domainToASCII(email.slice(at + 1));
  return `${email.slice(0, at)}@${ascii || email.slice(at + 1)}`;
}

/** The ASCII (punycode) form of a domain; the input unchanged when it is not a domain. */
export function asciiDomain(domain: string): string {
  return domainToASCII(domain) || domain;
}

/** true when the mailbox name (before @) is not ASCII: then only a server offering SMTPUTF8 (RFC 6531) can take it. */
export function needsSmtpUtf8(email: string): boolean {
  return /[^\x00-\x7f]/.test(email.slice(0, email.lastIndexOf('@')));
}

/**
 * For the live test and sending, after EHLO: null when the server can take this sender, else the one sentence
 * to fail with. A UTF-8 mailbox name needs the SMTPUTF8 extension (and MAIL FROM:<…> SMTPUTF8); the domain
 * never does, as it is sent in punycode.
 */
export function smtpUtf8Problem(email: string, capabilities: readonly string[]): string | null {
  if (!needsSmtpUtf8(email)) return null;
  if (capabilities.some((c) => c.toUpperCase() === 'SMTPUTF8')) return null;
  return `The mailbox name of ${email} is not ASCII, and the server does not offer SMTPUTF8 (RFC 6531), so it cannot send from this address; use an ASCII address on this server, or a server that offers SMTPUTF8.`;
}

/** A host name or an IP literal. Returns it lower-cased; an internationalised name in punycode (what is dialled). */
export function validateHost(input: string, field = 'host'): string {
  let value = input.trim().toLowerCase();
  if (value === '') throw new ValidationError(field, 'The SMTP host is empty.', 'Give the server name, e.g. smtp.example.com.');
  if (isIPv4(value) || (value.includes(':') && /^[0-9a-f:.]+$/.test(value))) return value;
  if (/[^\x00-\x7f]/.test(value) && !CONTROLS.test(value)) value = domainToASCII(value) || value;
  validateHostname(value, field, `"${printable(value)}" is not a valid host name.`);
  return value;
}

function validateHostname(value: string, field: string, message: string): void {
  const hint = 'Use letters, digits, hyphens and dots only, e.g. smtp.example.com (no scheme, no port).';
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  if (name.length === 0 || name.length > 253) throw new ValidationError(field, message, hint);
  for (const label of name.split('.')) {
    if (!LABEL_RE.test(label)) throw new ValidationError(field, message, hint);
  }
}

function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function validatePort(input: string | number, field = 'port'): number {
  const text = String(input).trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ValidationError(field, `Port "${printable(text)}" is not a number from 1 to 65535.`, 'Submission ports are usually 465 (ssl) or 587 (starttls).');
  }
  return n;
}

export function validateSecurity(input: string, field = 'security'): Security {
  const value = input.trim().toLowerCase();
  // "tls" names both modes (implicit TLS and STARTTLS are both TLS): ask which one instead of guessing.
  if (value === 'tls') throw new ValidationError(field, 'Security "tls" is ambiguous: both choices use TLS.', 'Give ssl for implicit TLS (usually port 465) or starttls for a plain connection upgraded with STARTTLS (usually port 587).');
  const alias: Record<string, Security> = { smtps: 'ssl', implicit: 'ssl', plain: 'none' };
  const mode = (SECURITY_MODES as readonly string[]).includes(value) ? (value as Security) : alias[value];
  if (!mode) {
    throw new ValidationError(field, `Security "${printable(input)}" is not one of ssl, starttls, none.`, 'ssl = implicit TLS (port 465), starttls = upgrade on a plain port (587), none = no encryption.');
  }
  return mode;
}

/**
 * A display name goes into the From header: refuse anything that could inject a header
 * (CR, LF, other control characters, Unicode line/paragraph separators).
 */
export function validateDisplayName(input: string | null | undefined, field = 'name'): string | null {
  if (input === undefined || input === null) return null;
  const value = input.trim();
  if (value === '') return null;
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value)) {
    throw new ValidationError(field, 'The display name contains a line break or another control character.', 'A display name is one line of text, e.g. "Acme Support".');
  }
  if (value.length > 200) {
    throw new ValidationError(field, `The display name is ${value.length} characters long; at most 200 are allowed.`, 'Use a short name such as "Acme Support".');
  }
  return value;
}

export function validateUsername(input: string, field = 'user'): string {
  const value = input.trim();
  if (value === '') throw new ValidationError(field, 'The SMTP login is empty.', 'Most providers use the full e-mail address as the login.');
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new ValidationError(field, 'The SMTP login contains a control character.', 'Check what was pasted.');
  return value;
}

/** The port most servers use for a security mode: what the wizard offers as the default. */
export function defaultPort(security: Security): number {
  return security === 'ssl' ? 465 : 587;
}

/** Keep error messages one line and printable whatever the user typed. */
export function printable(value: string, max = 80): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
