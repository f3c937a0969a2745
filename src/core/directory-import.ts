/**
 * Parsing a directory export (users with their groups) from CSV or JSON. Pure: text in, entries out,
 * or a ValidationError naming the line or item that is wrong.
 *
 * CSV: a header row naming the columns `login` (required), `name`, `email`, `groups`. Fields are separated
 * by "," or by ";" (what spreadsheets write in many European locales), as the header line shows; quoted
 * fields keep either ("Doe, Jane"). Groups are separated by "|", or by the other one of ";" and ",".
 * JSON: an array of users, or { "users": [...] }, each { "login", "name"?, "email"?, "groups"?: [..] }.
 */
import { ValidationError } from '../errors.js';
import { validateEmail } from './address.js';
import { validateName } from './access.js';

export interface DirectoryEntry {
  login: string;
  name: string | null;
  email: string | null;
  groups: string[];
}

export function parseDirectory(text: string, format: 'csv' | 'json'): DirectoryEntry[] {
  const entries = format === 'json' ? fromJson(text) : fromCsv(text);
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.login.toLowerCase();
    if (seen.has(key)) throw new ValidationError('file', `The user ${e.login} appears twice in the file.`, 'Each login once, with all its groups.');
    seen.add(key);
  }
  return entries;
}

function entry(raw: { login?: unknown; name?: unknown; email?: unknown; groups?: unknown }, where: string, groupSeparators = /[;|]/): DirectoryEntry {
  const fail = (what: string) => new ValidationError('file', `${where}: ${what}.`, 'See `addr directory import --help` for the format.');
  if (typeof raw.login !== 'string' || raw.login.trim() === '') throw fail('the login is missing');
  let login: string;
  try {
    login = validateName(raw.login, 'user');
  } catch (err) {
    throw fail((err as Error).message.replace(/\.$/, ''));
  }
  const text = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null || v === '') return null;
    if (typeof v !== 'string') throw fail(`${field} must be text`);
    if (/[\u0000-\u001f\u007f]/.test(v)) throw fail(`${field} contains a control character`);
    return v.trim() || null;
  };
  const name = text(raw.name, 'name');
  const emailText = text(raw.email, 'email');
  let email: string | null = null;
  if (emailText) {
    try {
      email = validateEmail(emailText);
    } catch (err) {
      throw fail((err as Error).message.replace(/\.$/, ''));
    }
  }
  let groups: string[] = [];
  if (Array.isArray(raw.groups)) groups = raw.groups.map((g) => (typeof g === 'string' ? g : String(g)));
  else if (typeof raw.groups === 'string') groups = raw.groups.split(groupSeparators);
  else if (raw.groups !== undefined && raw.groups !== null) throw fail('groups must be a list');
  const clean = [...new Map(groups.map((g) => g.trim()).filter(Boolean).map((g) => {
    try {
      return [g.toLowerCase(), validateName(g, 'group')] as const;
    } catch (err) {
      throw fail((err as Error).message.replace(/\.$/, ''));
    }
  })).values()];
  return { login, name, email, groups: clean };
}

function fromJson(text: string): DirectoryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ValidationError('file', `The file is not valid JSON: ${(err as Error).message}.`);
  }
  const list = Array.isArray(data) ? data : (data as { users?: unknown })?.users;
  if (!Array.isArray(list)) throw new ValidationError('file', 'The JSON holds no list of users.', 'Write [ { "login": "anna", "groups": ["support"] } ] or { "users": [ ... ] }.');
  return list.map((u, i) => {
    if (typeof u !== 'object' || u === null) throw new ValidationError('file', `User ${i + 1} in the JSON is not an object.`);
    return entry(u as Record<string, unknown>, `user ${i + 1} (${String((u as { login?: unknown }).login ?? '?')})`);
  });
}

/**
 * The field separator, sniffed from the header line: the one of "," and ";" that occurs more often outside
 * quotes (a header names its columns, so it holds at least one separator); "," when neither occurs.
 */
export function sniffDelimiter(text: string): ',' | ';' {
  const counts = { ',': 0, ';': 0 };
  let quoted = false;
  for (const c of text.replace(/^\uFEFF/, '')) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';')) counts[c]++;
  }
  return counts[';'] > counts[','] ? ';' : ',';
}

/** RFC 4180-style CSV: `delimiter`-separated, double-quoted fields with "" escapes, CRLF or LF. */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  if (quoted) throw new ValidationError('file', 'The CSV ends inside a quoted field.');
  return rows;
}

function fromCsv(text: string): DirectoryEntry[] {
  const delimiter = sniffDelimiter(text);
  const rows = parseCsv(text, delimiter);
  if (rows.length === 0) return [];
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('login') < 0) throw new ValidationError('file', 'The CSV header has no "login" column.', 'The first line names the columns: login,name,email,groups (or separated by ";")');
  // Inside the groups field: "|" always, and whichever of ";" and "," does not separate the fields.
  const groupSeparators = delimiter === ';' ? /[,|]/ : /[;|]/;
  return rows.slice(1).map((r, i) => entry({
    login: r[col('login')],
    name: col('name') >= 0 ? r[col('name')] : undefined,
    email: col('email') >= 0 ? r[col('email')] : undefined,
    groups: col('groups') >= 0 ? r[col('groups')] ?? '' : undefined,
  }, `line ${i + 2}`, groupSeparators));
}
