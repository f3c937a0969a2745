/** International addresses: Unicode domains stored and shown in Unicode, sent in punycode; UTF-8 mailbox names need SMTPUTF8. */
import { describe, it, expect } from '@jest/globals';
import { domainForms, needsSmtpUtf8, smtpUtf8Problem, toAsciiEmail, validateEmail, validateEmailDomain, validateHost } from '../src/core/address.js';
import { ValidationError } from '../src/errors.js';

describe('international e-mail addresses', () => {
  it.each([
    ['support@пример.рф', 'support@пример.рф'],
    ['support@xn--e1afmkfd.xn--p1ai', 'support@пример.рф'],
    ['Support@ПРИМЕР.РФ', 'Support@пример.рф'],
    ['info@münchen.de', 'info@münchen.de'],
    ['почта@пример.рф', 'почта@пример.рф'],
    ['support@acme.ru', 'support@acme.ru'],
  ])('accepts %p as %p', (input, stored) => expect(validateEmail(input)).toBe(stored));

  it('stores one form, so the Unicode and the punycode spellings are the same address', () => {
    expect(validateEmail('a@xn--e1afmkfd.xn--p1ai')).toBe(validateEmail('a@пример.рф'));
  });

  it('sends the domain in punycode and keeps the mailbox name', () => {
    expect(toAsciiEmail('support@пример.рф')).toBe('support@xn--e1afmkfd.xn--p1ai');
    expect(toAsciiEmail('почта@пример.рф')).toBe('почта@xn--e1afmkfd.xn--p1ai');
    expect(toAsciiEmail('a@acme.ru')).toBe('a@acme.ru');
    expect(domainForms('ПРИМЕР.РФ.')).toEqual({ unicode: 'пример.рф', ascii: 'xn--e1afmkfd.xn--p1ai' });
  });

  it.each(['a@xn--zz.ru', 'a@-acme.ru', 'a@acme-.ru', 'a@ac_me.ru', 'a@acme..ru', 'a@acme.123', 'a@пример.рф\u202e', `a@${'x'.repeat(64)}.ru`])(
    'refuses %p with a message about e-mail domains, not host names', (input) => {
      let err: unknown;
      try { validateEmail(input); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(ValidationError);
      const { message, hint } = err as ValidationError;
      expect(`${message} ${hint}`).toMatch(/e-mail (domain|address)/);
      expect(`${message} ${hint}`).not.toMatch(/host name|smtp\.example\.com|no scheme/);
    });

  it('validates a domain on its own (config pins, discover)', () => {
    expect(validateEmailDomain('Пример.РФ').ascii).toBe('xn--e1afmkfd.xn--p1ai');
    expect(() => validateEmailDomain('localhost')).toThrow(/has no dot/);
  });

  it('counts the 64-octet limit of the mailbox name in UTF-8 bytes', () => {
    expect(validateEmail(`${'я'.repeat(32)}@acme.ru`)).toBe(`${'я'.repeat(32)}@acme.ru`);
    expect(() => validateEmail(`${'я'.repeat(33)}@acme.ru`)).toThrow(/too long/);
  });

  it('needs SMTPUTF8 only for a UTF-8 mailbox name, with a clear sentence when the server lacks it', () => {
    expect(needsSmtpUtf8('support@пример.рф')).toBe(false);
    expect(needsSmtpUtf8('почта@пример.рф')).toBe(true);
    expect(smtpUtf8Problem('support@пример.рф', ['PIPELINING'])).toBeNull();
    expect(smtpUtf8Problem('почта@пример.рф', ['PIPELINING', 'SMTPUTF8'])).toBeNull();
    expect(smtpUtf8Problem('почта@пример.рф', ['PIPELINING', '8BITMIME'])).toMatch(/not ASCII.*does not offer SMTPUTF8/);
  });

  it('dials an internationalised server name in punycode', () => {
    expect(validateHost('smtp.Пример.рф')).toBe('smtp.xn--e1afmkfd.xn--p1ai');
  });
});
