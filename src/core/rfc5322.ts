/**
 * Just enough RFC 5322 for `addr send -t` (sendmail mode): split a whole message into its header and body,
 * unfold the header fields, read the From/To/Cc/Bcc address lists (the envelope), and remove the Bcc field
 * before the message goes out. Pure: no I/O, no clock.
 *
 * The message is handled as bytes (a latin1 string maps every byte to one char and back), so an 8-bit body
 * goes out exactly as it came in; only header values are decoded as UTF-8 to read addresses.
 */
import addressparser from 'nodemailer/lib/addressparser';
import { ValidationError } from '../errors.js';

export interface HeaderField {
  /** The name as written, e.g. "Reply-To". */
  name: string;
  /** The unfolded value, decoded as UTF-8, without the leading space. */
  value: string;
}

export interface Mailbox {
  name: string;
  address: string;
}

export interface ParsedMessage {
  /** The header fields in order (unfolded). */
  headers: HeaderField[];
  from: Mailbox[];
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string | null;
  messageId: string | null;
}

interface Split {
  /** Header block as bytes (latin1), without the blank separator line. */
  head: string;
  /** The separator (blank line included) and body, byte for byte. */
  rest: string;
  /** The line end the message uses. */
  eol: '\r\n' | '\n';
}

const toBytes = (raw: Buffer | string): string => (typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw).toString('latin1');
const utf8 = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('utf8');

/**
 * Splits at the first empty line. A message without one is all header; one starting with an empty line
 * has no header. A leading mbox "From " line (not a header field) is dropped.
 */
export function splitMessage(raw: Buffer | string): Split {
  let s = toBytes(raw);
  if (s.startsWith('From ')) s = s.slice(s.indexOf('\n') + 1 || s.length);
  const eol: Split['eol'] = /\r\n/.test(s.slice(0, 4096)) ? '\r\n' : '\n';
  const m = /\r?\n\r?\n/.exec(s);
  if (/^\r?\n/.test(s)) return { head: '', rest: s, eol };
  if (!m) return { head: s.replace(/\r?\n$/, ''), rest: eol, eol };
  return { head: s.slice(0, m.index), rest: s.slice(m.index), eol };
}

/** The header block as lines, each field with its continuation lines (folding) kept together. */
function fieldChunks(head: string): string[] {
  const chunks: string[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && chunks.length > 0) chunks[chunks.length - 1] += `\n${line}`;
    else chunks.push(line);
  }
  return chunks.filter((c) => c !== '');
}

/** Unfolds the header block into fields (lines that are not `name: value` are skipped). */
export function unfoldHeaders(head: string): HeaderField[] {
  const out: HeaderField[] = [];
  for (const chunk of fieldChunks(head)) {
    const m = /^([!-9;-~]+)[ \t]*:([\s\S]*)$/.exec(chunk);
    if (!m) continue;
    out.push({ name: m[1]!, value: utf8(m[2]!.replace(/\r?\n(?=[ \t])/g, '')).trim() });
  }
  return out;
}

const fieldsNamed = (headers: HeaderField[], name: string): HeaderField[] => headers.filter((h) => h.name.toLowerCase() === name.toLowerCase());

/** Every mailbox of the named fields (groups flattened), addresses trimmed, empty ones dropped. */
export function addressesOf(headers: HeaderField[], name: string): Mailbox[] {
  const out: Mailbox[] = [];
  for (const h of fieldsNamed(headers, name)) {
    for (const a of addressparser(h.value, { flatten: true })) {
      const address = (a.address ?? '').trim();
      if (address) out.push({ name: a.name ?? '', address });
    }
  }
  return out;
}

const headerError = (message: string, hint: string): ValidationError => new ValidationError('message', message, hint);

/** The name of the header field a line of the header block belongs to (continuation lines: the field above). */
function fieldOfLine(lines: string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const m = /^([!-9;-~]+)[ \t]*:/.exec(lines[i]!);
    if (m) return m[1]!;
    if (!/^[ \t]/.test(lines[i]!)) break;
  }
  return `on line ${index + 1}`;
}

/**
 * Refuses a header that would not reach the server as it reads here: a bare CR (many servers end a line at it, so
 * "Subject: x\rBcc: y" becomes a visible Bcc line nobody received), a NUL byte, a line that is not a field, and
 * Resent-Bcc (addr does not resend; the blind copies it lists would be shown to everyone). A CR right before
 * the CRLF that ends a line is unambiguous and is repaired (dropped) when the message is rewritten.
 */
function checkHeader(head: string, rest: string): void {
  const lines = head.split(/\r?\n/);
  const named = (i: number): string => {
    const f = fieldOfLine(lines, i);
    return f.startsWith('on line') ? `The header line ${f.slice(8)}` : `The ${f} header`;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\0')) throw headerError(`${named(i)} contains a NUL byte.`, 'Remove it: NUL is not allowed anywhere in a mail message.');
    if (/\r(?!$)/.test(line)) {
      throw headerError(`${named(i)} contains a bare CR (a carriage return without a line feed), which a server may read as the end of the line.`, 'Remove it; end lines with CRLF or LF only.');
    }
    if (line !== '' && !/^[ \t]/.test(line) && !/^[!-9;-~]+[ \t]*:/.test(line)) {
      throw headerError(`The header line ${i + 1} is not a header field ("Name: value"): ${JSON.stringify(utf8(line).slice(0, 60))}.`, 'End the header with an empty line before the body; continue a long field on a line that starts with a space.');
    }
    if (/^[ \t]/.test(line) && i === 0) throw headerError('The header starts with a continuation line (a space or tab).', 'Start the message with a header field such as "From: …".');
  }
  for (const h of unfoldHeaders(head)) {
    if (h.name.toLowerCase() === 'resent-bcc') {
      throw headerError('The message has a Resent-Bcc header: addr does not resend messages, and the blind copies it lists would be visible to every recipient.', 'Remove the Resent-* headers; put blind copies in Bcc (addr removes that header before sending).');
    }
  }
  if (rest.includes('\0')) throw headerError('The message body contains a NUL byte.', 'Remove it (or send binary data as an attachment): NUL is not allowed in a mail message.');
}

/**
 * Parses the header of a whole message. Throws a ValidationError without any recipient (To, Cc, Bcc), and for a
 * header that would not reach the server as it reads here (see checkHeader).
 */
export function parseMessage(raw: Buffer | string, opts: { requireFrom?: boolean } = {}): ParsedMessage {
  const { head, rest } = splitMessage(raw);
  checkHeader(head, rest);
  const headers = unfoldHeaders(head);
  const from = addressesOf(headers, 'From');
  const to = addressesOf(headers, 'To').map((a) => a.address);
  const cc = addressesOf(headers, 'Cc').map((a) => a.address);
  const bcc = addressesOf(headers, 'Bcc').map((a) => a.address);
  if ((opts.requireFrom ?? true) && from.length === 0) {
    throw new ValidationError('message', 'The message on standard input has no From header.', 'Start it with a header such as "From: Acme Support <support@acme.ru>", or name the sender with --from.');
  }
  if (to.length + cc.length + bcc.length === 0) {
    throw new ValidationError('message', 'The message on standard input has no recipient (no To, Cc or Bcc header).', 'Add a "To: someone@example.com" header line before the empty line that ends the header.');
  }
  const subject = fieldsNamed(headers, 'Subject')[0]?.value ?? null;
  const messageId = fieldsNamed(headers, 'Message-ID')[0]?.value ?? null;
  return { headers, from, to, cc, bcc, subject, messageId };
}

/** Rebuilds the message with the header fields for which `keep` is true; the body is untouched. */
function filterHeader(raw: Buffer | string, keep: (name: string) => boolean, add: string[] = []): Buffer {
  const { head, rest, eol } = splitMessage(raw);
  const kept = fieldChunks(head).filter((chunk) => {
    const m = /^([!-9;-~]+)[ \t]*:/.exec(chunk);
    return !m || keep(m[1]!);
  }).map((chunk) => chunk.split('\n').map((line) => line.replace(/\r$/, '')).join(eol));
  const lines = [...add.map((l) => toBytes(l)), ...kept];
  return Buffer.from(lines.join(eol) + rest, 'latin1');
}

/** The message without its Bcc header field(s): blind copies must not show their recipients. */
export function stripBcc(raw: Buffer | string): Buffer {
  return filterHeader(raw, (name) => name.toLowerCase() !== 'bcc');
}

/** Adds `Name: value` at the top, replacing every existing field of that name. */
export function setHeader(raw: Buffer | string, name: string, value: string): Buffer {
  if (/[\r\n]/.test(value)) throw new ValidationError(name, `A ${name} header value may not contain line breaks.`);
  return filterHeader(raw, (n) => n.toLowerCase() !== name.toLowerCase(), [`${name}: ${value}`]);
}

/** Adds `Name: value` at the top unless the message already has such a field. */
export function ensureHeader(raw: Buffer | string, name: string, value: string): Buffer {
  const headers = unfoldHeaders(splitMessage(raw).head);
  if (fieldsNamed(headers, name).length > 0) return Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
  return filterHeader(raw, () => true, [`${name}: ${value}`]);
}

/** RFC 5322 date-time, e.g. "Tue, 04 Mar 2025 10:00:00 +0000" (UTC). */
export function rfc5322Date(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

/** `Name <address>` for a header: quoted when it has specials, RFC 2047 encoded when it is not ASCII. */
export function formatMailbox(name: string | null, address: string): string {
  if (!name) return address;
  let display: string;
  // eslint-disable-next-line no-control-regex
  if (/[^\x20-\x7e]/.test(name)) display = `=?UTF-8?B?${Buffer.from(name, 'utf8').toString('base64')}?=`;
  else if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/.test(name)) display = name;
  else display = `"${name.replace(/["\\]/g, '\\$&')}"`;
  return `${display} <${address}>`;
}
