/** The permissions matrix, row by row, on the pure rules. */
import { describe, it, expect } from '@jest/globals';
import { judge, inService, pickSender, explainReason, type AccessRules, type Person } from '../src/core/access.js';
import { parseCsv, parseDirectory, sniffDelimiter } from '../src/core/directory-import.js';

const open: AccessRules = { allowUsers: [], allowGroups: [], denyUsers: [], projects: [] };
const anna: Person = { login: 'anna', groups: ['support'] };
const bob: Person = { login: 'bob', groups: ['sales', 'support'] };
const carl: Person = { login: 'carl', groups: [] };
const dora: Person = { login: 'dora', groups: ['sales'] };
const passed = { ok: true };

const codes = (rules: AccessRules, project: string | null, person: Person | null, lastTest: { ok: boolean; temporaryFailures?: number; inService?: boolean } | null = passed) =>
  judge({ email: 'x@acme.ru', rules, lastTest }, project, person).reasons.map((r) => r.code);

describe('permissions matrix', () => {
  it.each([
    // [case, rules, project, person, expected reason codes]
    ['no entries, unbound: everyone everywhere', open, 'shop', carl, ['available']],
    ['user allowed directly', { ...open, allowUsers: ['anna'] }, 'shop', anna, ['available']],
    ['user allowed via a group', { ...open, allowGroups: ['support'] }, 'shop', anna, ['available']],
    ['user in two groups, one allowed', { ...open, allowGroups: ['sales'] }, 'shop', bob, ['available']],
    ['user in two groups, both allowed', { ...open, allowGroups: ['sales', 'support'] }, 'shop', bob, ['available']],
    ['restricted, user matches nothing', { ...open, allowUsers: ['anna'], allowGroups: ['sales'] }, 'shop', carl, ['user_not_allowed']],
    ['denied directly', { ...open, denyUsers: ['anna'] }, 'shop', anna, ['user_denied']],
    ['deny wins over a group allow', { ...open, allowGroups: ['support'], denyUsers: ['bob'] }, 'shop', bob, ['user_denied']],
    ['deny of someone else leaves the rest open', { ...open, denyUsers: ['anna'] }, 'shop', dora, ['available']],
    ['bound to this project', { ...open, projects: ['shop'] }, 'shop', anna, ['available']],
    ['bound to another project', { ...open, projects: ['blog'] }, 'shop', anna, ['bound_elsewhere']],
    ['bound elsewhere and not allowed: both reasons', { ...open, projects: ['blog'], allowUsers: ['anna'] }, 'shop', carl, ['bound_elsewhere', 'user_not_allowed']],
    ['names match case-insensitively', { ...open, allowUsers: ['ANNA'], projects: ['Shop'] }, 'shop', anna, ['available']],
    ['no project given: bindings not checked', { ...open, projects: ['blog'] }, null, anna, ['available']],
    ['no user given: access entries not checked', { ...open, allowUsers: ['anna'] }, 'shop', null, ['available']],
  ] as [string, AccessRules, string | null, Person | null, string[]][])('%s', (_name, rules, project, person, expected) => {
    expect(codes(rules, project, person)).toEqual(expected);
  });

  it('a temporary failure keeps an address in service until outOfServiceAfter in a row', () => {
    expect(inService({ ok: false, temporaryFailures: 1 }, 3)).toBe(true);
    expect(inService({ ok: false, temporaryFailures: 2 }, 3)).toBe(true);
    expect(inService({ ok: false, temporaryFailures: 3 }, 3)).toBe(false);
    expect(inService({ ok: false, temporaryFailures: 0 }, 3)).toBe(false); // permanent (or of unknown kind)
    expect(inService({ ok: false }, 3)).toBe(false);
    expect(inService({ ok: false, temporaryFailures: 1 }, 1)).toBe(false);
    expect(codes(open, 'shop', anna, { ok: false, temporaryFailures: 1 })).toEqual(['available', 'failed_temporarily']);
    expect(codes(open, 'shop', anna, { ok: false, temporaryFailures: 1, inService: false })).toEqual(['last_test_failed']);
    expect(explainReason({ code: 'failed_temporarily', failures: 2 }, 'shop', 'anna')).toMatch(/failed temporarily \(2 in a row/);
  });

  it('an address never tested, or whose last test failed, is not available', () => {
    expect(codes(open, 'shop', anna, null)).toEqual(['not_tested']);
    expect(codes(open, 'shop', anna, { ok: false })).toEqual(['last_test_failed']);
  });

  it('explains each reason in words', () => {
    expect(explainReason({ code: 'bound_elsewhere', projects: ['blog'] }, 'shop', 'anna')).toBe('bound to blog, not to shop');
    expect(explainReason({ code: 'user_not_allowed', allowUsers: ['anna'], allowGroups: ['sales'] }, 'shop', 'carl')).toBe('carl is not allowed (only users anna and groups sales)');
    expect(explainReason({ code: 'user_denied' }, null, 'bob')).toBe('bob is explicitly denied');
  });
});

describe('pickSender', () => {
  const v = (email: string, available: boolean) => ({ email, available, reasons: [] });
  it('takes the project default when available, else the only available one', () => {
    expect(pickSender([v('a@x.ru', true), v('b@x.ru', true)], 'b@x.ru').email).toBe('b@x.ru');
    expect(pickSender([v('a@x.ru', true), v('b@x.ru', false)], 'b@x.ru').email).toBe('a@x.ru');
    expect(pickSender([v('a@x.ru', true), v('b@x.ru', true)], null)).toEqual({ email: null, why: '2 addresses are available: a@x.ru, b@x.ru' });
    expect(pickSender([v('a@x.ru', false)], null).email).toBeNull();
  });
});

describe('directory import parsing', () => {
  it('reads CSV with quotes, CRLF, a BOM and both group separators', () => {
    const text = '\uFEFFlogin,name,email,groups\r\nanna,"Petrova, Anna",anna@acme.ru,support;sales\r\nbob,,,"support|ops"\r\n';
    expect(parseDirectory(text, 'csv')).toEqual([
      { login: 'anna', name: 'Petrova, Anna', email: 'anna@acme.ru', groups: ['support', 'sales'] },
      { login: 'bob', name: null, email: null, groups: ['support', 'ops'] },
    ]);
    expect(parseCsv('a,"b ""q"" c"\n')).toEqual([['a', 'b "q" c']]);
  });
  it('reads ";"-separated CSV as spreadsheets write it in many European locales (the header line decides)', () => {
    const text = 'login;name;email;groups\r\nanna;"Petrova; Anna";anna@acme.ru;support,sales\r\nbob;Ivanov, Bob;;"support|ops"\r\n';
    expect(parseDirectory(text, 'csv')).toEqual([
      { login: 'anna', name: 'Petrova; Anna', email: 'anna@acme.ru', groups: ['support', 'sales'] },
      { login: 'bob', name: 'Ivanov, Bob', email: null, groups: ['support', 'ops'] },
    ]);
    expect(sniffDelimiter('login;name\n')).toBe(';');
    expect(sniffDelimiter('login,name\n')).toBe(',');
    expect(sniffDelimiter('"a;b",login,name\n')).toBe(',');
    expect(sniffDelimiter('login\nanna;x,y,z\n')).toBe(',');
    expect(parseCsv('a;"b;c";d\n', ';')).toEqual([['a', 'b;c', 'd']]);
  });
  it('reads JSON as a list or { users }', () => {
    expect(parseDirectory('{"users":[{"login":"anna","groups":["support"]}]}', 'json')).toEqual([{ login: 'anna', name: null, email: null, groups: ['support'] }]);
    expect(parseDirectory('[{"login":"bob"}]', 'json')).toHaveLength(1);
  });
  it('names the line or the user that is wrong', () => {
    expect(() => parseDirectory('login,email\nanna,not-an-email\n', 'csv')).toThrow(/line 2/);
    expect(() => parseDirectory('name\nAnna\n', 'csv')).toThrow(/no "login" column/);
    expect(() => parseDirectory('[{"login":"a b"}]', 'json')).toThrow(/user 1/);
    expect(() => parseDirectory('login\nanna\nANNA\n', 'csv')).toThrow(/twice/);
    expect(() => parseDirectory('{', 'json')).toThrow(/not valid JSON/);
  });
});
