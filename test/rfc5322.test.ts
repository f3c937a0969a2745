/** The pure helpers of `addr send -t`: header split, unfolding, address lists, Bcc removal. */
import { describe, it, expect } from '@jest/globals';
import { ensureHeader, formatMailbox, parseMessage, setHeader, splitMessage, stripBcc, unfoldHeaders } from '../src/core/rfc5322.js';
import { ValidationError } from '../src/errors.js';

const MSG = [
  'From: "Acme, Support" <support@acme.ru>',
  'To: anna@example.com,',
  ' "Bob B." <bob@example.com>',
  'Cc: Team: carl@example.com, dora@example.com;',
  'Bcc: secret@example.com',
  'Subject: Monthly',
  '\treport',
  'Message-ID: <abc@acme.ru>',
  '',
  'Body line 1',
  'Bcc: not-a-header@example.com',
  '',
].join('\r\n');

describe('rfc5322', () => {
  it('splits header and body at the first empty line, keeping the line ends', () => {
    const s = splitMessage(MSG);
    expect(s.eol).toBe('\r\n');
    expect(s.head.startsWith('From:')).toBe(true);
    expect(s.head.endsWith('<abc@acme.ru>')).toBe(true);
    expect(s.rest).toBe('\r\n\r\nBody line 1\r\nBcc: not-a-header@example.com\r\n');
    expect(splitMessage('To: a@b.cc\n').rest).toBe('\n');
    expect(splitMessage('\nbody only').head).toBe('');
    expect(splitMessage('From someone Tue Mar  4 10:00:00 2025\nTo: a@b.cc\n\nx').head).toBe('To: a@b.cc');
  });

  it('unfolds folded header fields', () => {
    const h = unfoldHeaders(splitMessage(MSG).head);
    expect(h.find((f) => f.name === 'Subject')!.value).toBe('Monthly\treport');
    expect(h.find((f) => f.name === 'To')!.value).toBe('anna@example.com, "Bob B." <bob@example.com>');
  });

  it('reads From, To, Cc (groups flattened), Bcc, Subject and Message-ID', () => {
    const p = parseMessage(MSG);
    expect(p.from).toEqual([{ name: 'Acme, Support', address: 'support@acme.ru' }]);
    expect(p.to).toEqual(['anna@example.com', 'bob@example.com']);
    expect(p.cc).toEqual(['carl@example.com', 'dora@example.com']);
    expect(p.bcc).toEqual(['secret@example.com']);
    expect(p.subject).toBe('Monthly\treport');
    expect(p.messageId).toBe('<abc@acme.ru>');
  });

  it('decodes header values as UTF-8 and matches names case-insensitively', () => {
    const p = parseMessage(Buffer.from('FROM: Анна <anna@acme.ru>\nto: b@example.com\n\nтело\n', 'utf8'));
    expect(p.from[0]).toEqual({ name: 'Анна', address: 'anna@acme.ru' });
    expect(p.to).toEqual(['b@example.com']);
  });

  it('refuses a message without From (unless allowed) or without any recipient', () => {
    expect(() => parseMessage('To: a@example.com\n\nx')).toThrow(ValidationError);
    expect(parseMessage('To: a@example.com\n\nx', { requireFrom: false }).from).toEqual([]);
    expect(() => parseMessage('From: a@example.com\nSubject: x\n\nTo: b@example.com\n')).toThrow(/no recipient/);
    expect(() => parseMessage('From: a@example.com\nTo: undisclosed-recipients:;\n\nx')).toThrow(/no recipient/);
  });

  it('removes the Bcc field with its continuation lines and leaves the body alone', () => {
    const out = stripBcc('From: a@example.com\nBcc: x@example.com,\n  y@example.com\nTo: b@example.com\n\nBcc: in body\n').toString();
    expect(out).toBe('From: a@example.com\nTo: b@example.com\n\nBcc: in body\n');
    const crlf = stripBcc(MSG).toString();
    expect(crlf).not.toContain('Bcc: secret');
    expect(crlf).toContain('\r\n\r\nBody line 1\r\nBcc: not-a-header@example.com\r\n');
    expect(crlf).toContain('Subject: Monthly\r\n\treport\r\n');
  });

  it('keeps 8-bit bodies byte for byte', () => {
    const raw = Buffer.concat([Buffer.from('From: a@example.com\nBcc: c@example.com\nTo: b@example.com\n\n'), Buffer.from([0xd0, 0x9f, 0xff, 0x0a])]);
    const out = stripBcc(raw);
    expect(out.subarray(out.length - 4)).toEqual(Buffer.from([0xd0, 0x9f, 0xff, 0x0a]));
  });

  it('sets and ensures header fields', () => {
    const set = setHeader('From: root\nTo: b@example.com\n\nx', 'From', 'Ops <ops@example.com>').toString();
    expect(set).toBe('From: Ops <ops@example.com>\nTo: b@example.com\n\nx');
    expect(ensureHeader('Message-ID: <a@b>\n\nx', 'message-id', '<c@d>').toString()).toBe('Message-ID: <a@b>\n\nx');
    expect(ensureHeader('To: b@example.com\n\nx', 'Date', 'Tue, 04 Mar 2025 10:00:00 +0000').toString()).toBe('Date: Tue, 04 Mar 2025 10:00:00 +0000\nTo: b@example.com\n\nx');
    expect(() => setHeader('To: a@b.cc\n\nx', 'From', 'a\r\nBcc: evil@example.com')).toThrow(ValidationError);
  });

  it('formats a mailbox with a display name', () => {
    expect(formatMailbox(null, 'a@example.com')).toBe('a@example.com');
    expect(formatMailbox('Acme Support', 'a@example.com')).toBe('Acme Support <a@example.com>');
    expect(formatMailbox('Acme, Inc.', 'a@example.com')).toBe('"Acme, Inc." <a@example.com>');
    expect(formatMailbox('Поддержка', 'a@example.com')).toBe(`=?UTF-8?B?${Buffer.from('Поддержка').toString('base64')}?= <a@example.com>`);
  });

  it.each([
    ['a bare CR inside a header', 'From: a@example.com\nTo: b@example.com\nSubject: hi\rBcc: hidden@example.com\n\nx', /The Subject header contains a bare CR/],
    ['a bare CR in a continuation line', 'From: a@example.com\nTo: b@example.com,\n c@example.com\rX: y\n\nx', /The To header contains a bare CR/],
    ['a NUL byte in a header', 'From: a@example.com\nTo: b@example.com\nSubject: a\0b\n\nx', /The Subject header contains a NUL byte/],
    ['a NUL byte in the body', 'From: a@example.com\nTo: b@example.com\n\nbody\0', /body contains a NUL byte/],
    ['Resent-Bcc', 'From: a@example.com\nTo: b@example.com\nResent-Bcc: hidden@example.com\n\nx', /Resent-Bcc header/],
    ['a header line that is not a field', 'From: a@example.com\nTo: b@example.com\nthis is not a header\n\nx', /header line 3 is not a header field/],
    ['a continuation line first', ' To: b@example.com\nFrom: a@example.com\n\nx', /starts with a continuation line/],
  ])('refuses %s, naming the header (65)', (_what, message, pattern) => {
    let err: unknown;
    try { parseMessage(message); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).exitCode).toBe(65);
    expect((err as Error).message).toMatch(pattern);
  });

  it('repairs the one unambiguous case: a CR right before the CRLF that ends a header line', () => {
    const raw = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\r\nBcc: c@example.com\r\n\r\nbody\r\n';
    expect(parseMessage(raw).subject).toBe('hi');
    expect(stripBcc(raw).toString('latin1')).toBe('From: a@example.com\r\nTo: b@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
  });
});
