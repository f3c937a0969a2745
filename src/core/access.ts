/**
 * Who may send from which address, in which project. Pure: the caller hands in the rules of each
 * address and the person's group memberships.
 *
 * - Access: no entries = every employee may use the address. With allow entries, only the users
 *   named and the members of the groups named. A deny entry always wins, also over a group allow.
 * - Projects: no bindings = offered in every project; with bindings, only in those projects.
 * - Sending also needs a passing live test: an address never tested, or whose last test failed, is
 *   not offered.
 */
import { ValidationError } from '../errors.js';

export interface AccessRules {
  allowUsers: string[];
  allowGroups: string[];
  denyUsers: string[];
  /** Projects the address is bound to; empty = all projects. */
  projects: string[];
}

/** The rules of an address with no access entries and no project bindings. */
export const NO_RULES: AccessRules = Object.freeze({ allowUsers: [], allowGroups: [], denyUsers: [], projects: [] }) as AccessRules;

export interface Candidate {
  email: string;
  rules: AccessRules;
  /** The last recorded live test; `inService` (see inService) decides when given, else `ok`. */
  lastTest: { ok: boolean; temporaryFailures?: number; inService?: boolean } | null;
}

/** How many temporary failures in a row an address may have before it is out of service, by default. */
export const OUT_OF_SERVICE_AFTER = 3;

/**
 * May send and available use an address with this last test? It passed, or it failed temporarily (exit 75:
 * timeouts, connection refused, 4xx) fewer than `limit` times in a row. A permanent failure (or one whose kind
 * is unknown) takes it out of service at once, and a temporary one right after it keeps it out.
 */
export function inService(t: { ok: boolean; temporaryFailures?: number }, limit: number = OUT_OF_SERVICE_AFTER): boolean {
  if (t.ok) return true;
  const n = t.temporaryFailures ?? 0;
  return n >= 1 && n < limit;
}

export interface Person {
  login: string;
  groups: string[];
}

export type Reason =
  | { code: 'available' }
  | { code: 'bound_elsewhere'; projects: string[] }
  | { code: 'user_denied' }
  | { code: 'user_not_allowed'; allowUsers: string[]; allowGroups: string[] }
  | { code: 'not_tested' }
  | { code: 'last_test_failed' }
  /** Not a refusal: available, but its last test failed temporarily (`failures` in a row). */
  | { code: 'failed_temporarily'; failures: number };

export interface Verdict {
  email: string;
  available: boolean;
  /** Every reason that applies, most basic first; [{code:'available'}] when available (then maybe failed_temporarily). */
  reasons: Reason[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const has = (list: string[], v: string) => list.some((x) => same(x, v));

/** May this person use the address at all (ignoring projects and tests)? null person = no user given. */
export function userDecision(rules: AccessRules, person: Person | null): Reason | null {
  if (!person) return null;
  if (has(rules.denyUsers, person.login)) return { code: 'user_denied' };
  const restricted = rules.allowUsers.length > 0 || rules.allowGroups.length > 0;
  if (!restricted) return null;
  if (has(rules.allowUsers, person.login)) return null;
  if (person.groups.some((g) => has(rules.allowGroups, g))) return null;
  return { code: 'user_not_allowed', allowUsers: rules.allowUsers, allowGroups: rules.allowGroups };
}

/**
 * The verdict for one address. `project` null = no project given: bindings are not checked.
 * `person` null = no user given: access entries are not checked.
 */
export function judge(c: Candidate, project: string | null, person: Person | null): Verdict {
  const reasons: Reason[] = [];
  if (project !== null && c.rules.projects.length > 0 && !has(c.rules.projects, project)) {
    reasons.push({ code: 'bound_elsewhere', projects: c.rules.projects });
  }
  const user = userDecision(c.rules, person);
  if (user) reasons.push(user);
  const notes: Reason[] = [];
  if (!c.lastTest) reasons.push({ code: 'not_tested' });
  else if (!c.lastTest.ok) {
    if (c.lastTest.inService ?? inService(c.lastTest)) notes.push({ code: 'failed_temporarily', failures: c.lastTest.temporaryFailures ?? 1 });
    else reasons.push({ code: 'last_test_failed' });
  }
  return { email: c.email, available: reasons.length === 0, reasons: reasons.length ? reasons : [{ code: 'available' }, ...notes] };
}

export function explainReason(r: Reason, project: string | null, login: string | null): string {
  switch (r.code) {
    case 'available':
      return 'available';
    case 'bound_elsewhere':
      return `bound to ${r.projects.join(', ')}${project ? `, not to ${project}` : ''}`;
    case 'user_denied':
      return `${login ?? 'this user'} is explicitly denied`;
    case 'user_not_allowed': {
      const who = [r.allowUsers.length ? `users ${r.allowUsers.join(', ')}` : '', r.allowGroups.length ? `groups ${r.allowGroups.join(', ')}` : ''].filter(Boolean).join(' and ');
      return `${login ?? 'this user'} is not allowed (only ${who})`;
    }
    case 'not_tested':
      return 'never passed a live test (run `addr test`)';
    case 'last_test_failed':
      return 'its last live test failed (run `addr test` to see why)';
    case 'failed_temporarily':
      return `its last live test failed temporarily (${r.failures} in a row; it stays in service until the limit, see \`addr config\` outOfServiceAfter)`;
  }
}

/** Names of users, groups and projects: a word people can type in a shell. */
export function validateName(input: string, what: 'user' | 'group' | 'project'): string {
  const value = input.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._@+-]{0,99}$/u.test(value)) {
    throw new ValidationError(what, `"${value.slice(0, 60)}" is not a valid ${what} name.`, 'Use letters, digits and . _ - + @ (no spaces), starting with a letter or digit, at most 100 characters.');
  }
  return value;
}

/** The project's default if the person may use it there, else the only available address, else null. */
export function pickSender(verdicts: Verdict[], projectDefault: string | null): { email: string | null; why: string } {
  const available = verdicts.filter((v) => v.available);
  if (projectDefault) {
    const d = available.find((v) => same(v.email, projectDefault));
    if (d) return { email: d.email, why: 'the project\'s default address' };
  }
  if (available.length === 1) return { email: available[0]!.email, why: 'the only address available' };
  return { email: null, why: available.length === 0 ? 'no address is available' : `${available.length} addresses are available: ${available.map((v) => v.email).join(', ')}` };
}
