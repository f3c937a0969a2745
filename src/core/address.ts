/**
 * The sender address: the domain model and the validation of every field.
 * Pure: no I/O, no process, no clock.
 */
import { ValidationError } from '../errors.js';

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
  hasPassword: boolean;
}

/** What add/edit/test need: every field, plus the secret. */
export interface AddressDraft extends SmtpSettings {
  email: string;
  displayName: string | null;
  preset: string;
  password: string | null;
}

// RFC 5321 limits: local part 64 octets, whole path 254. The local part is the dot-atom form
// (quoted local parts are legal but no mail provider issues them for a sender mailbox).
const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL_RE = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

/** Returns the normalised address (domain lower-cased) or throws a ValidationError. */
export function validateEmail(input: string, field = 'email'): string {
  const value = input.trim();
  const hint = 'Give a full mailbox address such as support@example.com.';
  if (value === '') throw new ValidationError(field, 'The e-mail address is empty.', hint);
  if (/[\s<>()\[\],;:"\\]/.test(value) || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: it contains spaces or forbidden characters.`, hint);
  }
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1 || value.indexOf('@') !== at) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: it needs exactly one @ between a mailbox and a domain.`, hint);
  }
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.length > 64 || value.length > 254) {
    throw new ValidationError(field, `"${printable(value)}" is too long for an e-mail address (64 characters before @, 254 in all).`, hint);
  }
  if (!LOCAL_RE.test(local)) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: the part before @ is malformed.`, hint);
  }
  validateHostname(domain, field, `"${printable(value)}" is not a valid e-mail address: the domain is malformed.`);
  if (!domain.includes('.')) {
    throw new ValidationError(field, `"${printable(value)}" is not a valid e-mail address: the domain "${domain}" has no dot.`, hint);
  }
  return `${local}@${domain}`;
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** A host name or an IP literal. Returns it lower-cased. */
export function validateHost(input: string, field = 'host'): string {
  const value = input.trim().toLowerCase();
  if (value === '') throw new ValidationError(field, 'The SMTP host is empty.', 'Give the server name, e.g. smtp.example.com.');
  if (isIPv4(value) || (value.includes(':') && /^[0-9a-f:.]+$/.test(value))) return value;
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
