/**
 * Users, groups, projects, and the rules on addresses (access entries, project bindings, project
 * defaults). Every change runs in one transaction; removing a user, group or project removes its rules
 * in the same transaction (foreign keys with ON DELETE CASCADE).
 */
import type { AccessRules, Person } from '../core/access.js';
import type { DirectoryEntry } from '../core/directory-import.js';
import { AddrError, ExitCode, NotFoundError, UnknownNameError } from '../errors.js';
import type { DB } from './db.js';
import { writeTx } from './lock.js';

export interface User { login: string; name: string | null; email: string | null; groups: string[] }
export interface Group { name: string; description: string | null; members: string[] }
export interface Project { name: string; description: string | null; defaultAddress: string | null; addresses: string[] }

export interface ImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  groupsAdded: string[];
}

export class DuplicateError extends AddrError {
  constructor(what: string, name: string) {
    super('duplicate', `The ${what} ${name} already exists.`, ExitCode.DATAERR);
  }
}

type Id = { id: number };

export class Directory {
  constructor(private readonly db: DB | null) {}

  private get d(): DB {
    if (!this.db) throw new NotFoundError('Nothing is saved yet.', 'Add users, groups, projects and addresses first.');
    return this.db;
  }

  private tx<T>(fn: () => T): T {
    // Without a database the first lookup in fn says what is missing (a user, a group, a project…).
    if (!this.db) return fn();
    return writeTx(this.d, fn, 'nothing was changed');
  }

  // ---- lookups ---------------------------------------------------------------------------------------

  private userId(login: string): number {
    const row = this.db?.prepare('SELECT id FROM users WHERE login = ?').get(login) as Id | undefined;
    if (!row) throw new UnknownNameError(`No user ${login}.`, 'See `addr user list`, or add one with `addr user add`.');
    return row.id;
  }

  private groupId(name: string): number {
    const row = this.db?.prepare('SELECT id FROM groups WHERE name = ?').get(name) as Id | undefined;
    if (!row) throw new UnknownNameError(`No group ${name}.`, 'See `addr group list`, or add one with `addr group add`.');
    return row.id;
  }

  private projectId(name: string): number {
    const row = this.db?.prepare('SELECT id FROM projects WHERE name = ?').get(name) as Id | undefined;
    if (!row) throw new UnknownNameError(`No project ${name}.`, 'See `addr project list`, or add one with `addr project add`.');
    return row.id;
  }

  private addressId(email: string): number {
    const row = this.db?.prepare('SELECT id FROM addresses WHERE email = ?').get(email) as Id | undefined;
    if (!row) throw new NotFoundError(`No saved address ${email}.`, 'See the saved ones with `addr list`.');
    return row.id;
  }

  /** The person with their groups; throws NotFound for an unknown login. */
  person(login: string): Person {
    const id = this.userId(login);
    const row = this.d.prepare('SELECT login FROM users WHERE id = ?').get(id) as { login: string };
    const groups = (this.d.prepare('SELECT g.name FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.name').all(id) as { name: string }[]).map((r) => r.name);
    return { login: row.login, groups };
  }

  projectExists(name: string): string {
    this.projectId(name);
    return (this.d.prepare('SELECT name FROM projects WHERE name = ?').get(name) as { name: string }).name;
  }

  // ---- users -----------------------------------------------------------------------------------------

  addUser(login: string, name: string | null, email: string | null, now: string): void {
    this.tx(() => {
      if (this.d.prepare('SELECT 1 FROM users WHERE login = ?').get(login)) throw new DuplicateError('user', login);
      this.d.prepare('INSERT INTO users (login, name, email, created_at) VALUES (?, ?, ?, ?)').run(login, name, email, now);
    });
  }

  listUsers(): User[] {
    if (!this.db) return [];
    const users = this.d.prepare('SELECT id, login, name, email FROM users ORDER BY login').all() as (User & Id)[];
    const memberships = this.d.prepare('SELECT m.user_id AS uid, g.name FROM group_members m JOIN groups g ON g.id = m.group_id ORDER BY g.name').all() as { uid: number; name: string }[];
    return users.map((u) => ({ login: u.login, name: u.name, email: u.email, groups: memberships.filter((m) => m.uid === u.id).map((m) => m.name) }));
  }

  /** Removes the user, their memberships and every access entry naming them. Returns the addresses whose rules changed. */
  removeUser(login: string): string[] {
    return this.tx(() => {
      const id = this.userId(login);
      const affected = (this.d.prepare('SELECT a.email FROM access_users x JOIN addresses a ON a.id = x.address_id WHERE x.user_id = ? ORDER BY a.email').all(id) as { email: string }[]).map((r) => r.email);
      this.d.prepare('DELETE FROM users WHERE id = ?').run(id);
      return affected;
    });
  }

  // ---- groups ----------------------------------------------------------------------------------------

  addGroup(name: string, description: string | null, now: string): void {
    this.tx(() => {
      if (this.d.prepare('SELECT 1 FROM groups WHERE name = ?').get(name)) throw new DuplicateError('group', name);
      this.d.prepare('INSERT INTO groups (name, description, created_at) VALUES (?, ?, ?)').run(name, description, now);
    });
  }

  listGroups(): Group[] {
    if (!this.db) return [];
    const groups = this.d.prepare('SELECT id, name, description FROM groups ORDER BY name').all() as (Id & { name: string; description: string | null })[];
    const members = this.d.prepare('SELECT m.group_id AS gid, u.login FROM group_members m JOIN users u ON u.id = m.user_id ORDER BY u.login').all() as { gid: number; login: string }[];
    return groups.map((g) => ({ name: g.name, description: g.description, members: members.filter((m) => m.gid === g.id).map((m) => m.login) }));
  }

  removeGroup(name: string): string[] {
    return this.tx(() => {
      const id = this.groupId(name);
      const affected = (this.d.prepare('SELECT a.email FROM access_groups x JOIN addresses a ON a.id = x.address_id WHERE x.group_id = ? ORDER BY a.email').all(id) as { email: string }[]).map((r) => r.email);
      this.d.prepare('DELETE FROM groups WHERE id = ?').run(id);
      return affected;
    });
  }

  /** Adds or removes members in one transaction: an unknown name changes nothing at all. */
  changeMembers(group: string, logins: string[], op: 'add' | 'remove'): { changed: string[]; unchanged: string[] } {
    return this.tx(() => {
      const gid = this.groupId(group);
      const ids = logins.map((l) => [l, this.userId(l)] as const);
      const stmt = op === 'add'
        ? this.d.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)')
        : this.d.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?');
      const changed: string[] = [];
      const unchanged: string[] = [];
      for (const [login, uid] of ids) (stmt.run(gid, uid).changes > 0 ? changed : unchanged).push(login);
      return { changed, unchanged };
    });
  }

  // ---- projects --------------------------------------------------------------------------------------

  addProject(name: string, description: string | null, now: string): void {
    this.tx(() => {
      if (this.d.prepare('SELECT 1 FROM projects WHERE name = ?').get(name)) throw new DuplicateError('project', name);
      this.d.prepare('INSERT INTO projects (name, description, created_at) VALUES (?, ?, ?)').run(name, description, now);
    });
  }

  listProjects(): Project[] {
    if (!this.db) return [];
    const rows = this.d.prepare(`SELECT p.id, p.name, p.description, a.email AS def FROM projects p
      LEFT JOIN addresses a ON a.id = p.default_address_id ORDER BY p.name`).all() as (Id & { name: string; description: string | null; def: string | null })[];
    const bound = this.d.prepare('SELECT b.project_id AS pid, a.email FROM address_projects b JOIN addresses a ON a.id = b.address_id ORDER BY a.email').all() as { pid: number; email: string }[];
    return rows.map((p) => ({ name: p.name, description: p.description, defaultAddress: p.def, addresses: bound.filter((b) => b.pid === p.id).map((b) => b.email) }));
  }

  /** Removes the project and its bindings. Returns the addresses that thereby became global. */
  removeProject(name: string): string[] {
    return this.tx(() => {
      const id = this.projectId(name);
      const widened = (this.d.prepare(`SELECT a.email FROM addresses a JOIN address_projects b ON b.address_id = a.id
        WHERE b.project_id = ? AND (SELECT COUNT(*) FROM address_projects c WHERE c.address_id = a.id) = 1 ORDER BY a.email`).all(id) as { email: string }[]).map((r) => r.email);
      this.d.prepare('DELETE FROM projects WHERE id = ?').run(id);
      return widened;
    });
  }

  /** Sets (or clears, with null) the project's default address. The address must be offered in the project. */
  setDefault(project: string, email: string | null): void {
    this.tx(() => {
      const pid = this.projectId(project);
      if (email === null) {
        this.d.prepare('UPDATE projects SET default_address_id = NULL WHERE id = ?').run(pid);
        return;
      }
      const aid = this.addressId(email);
      const rules = this.rulesById(aid);
      if (rules.projects.length > 0 && !rules.projects.some((p) => p.toLowerCase() === project.toLowerCase())) {
        throw new AddrError('invalid', `${email} is bound to ${rules.projects.join(', ')}, so it cannot be the default of ${project}.`, ExitCode.DATAERR, `Bind it first: addr bind ${email} --project ${project}`);
      }
      this.d.prepare('UPDATE projects SET default_address_id = ? WHERE id = ?').run(aid, pid);
    });
  }

  projectDefault(project: string): string | null {
    const row = this.d.prepare('SELECT a.email FROM projects p JOIN addresses a ON a.id = p.default_address_id WHERE p.name = ?').get(project) as { email: string } | undefined;
    return row?.email ?? null;
  }

  // ---- rules on addresses ----------------------------------------------------------------------------

  private rulesById(aid: number): AccessRules {
    const names = (sql: string) => (this.d.prepare(sql).all(aid) as { n: string }[]).map((r) => r.n);
    return {
      allowUsers: names("SELECT u.login AS n FROM access_users x JOIN users u ON u.id = x.user_id WHERE x.address_id = ? AND x.effect = 'allow' ORDER BY u.login"),
      denyUsers: names("SELECT u.login AS n FROM access_users x JOIN users u ON u.id = x.user_id WHERE x.address_id = ? AND x.effect = 'deny' ORDER BY u.login"),
      allowGroups: names('SELECT g.name AS n FROM access_groups x JOIN groups g ON g.id = x.group_id WHERE x.address_id = ? ORDER BY g.name'),
      projects: names('SELECT p.name AS n FROM address_projects b JOIN projects p ON p.id = b.project_id WHERE b.address_id = ? ORDER BY p.name'),
    };
  }

  rules(email: string): AccessRules {
    if (!this.db) return { allowUsers: [], allowGroups: [], denyUsers: [], projects: [] };
    return this.rulesById(this.addressId(email));
  }

  /**
   * The rules of the saved addresses that have any, by e-mail (lower-cased); an address missing from the
   * map has none (NO_RULES). Three queries, whatever the number of addresses.
   */
  allRules(): Map<string, AccessRules> {
    const out = new Map<string, AccessRules>();
    if (!this.db) return out;
    const of = (email: string): AccessRules => {
      const key = email.toLowerCase();
      let rules = out.get(key);
      if (!rules) out.set(key, (rules = { allowUsers: [], allowGroups: [], denyUsers: [], projects: [] }));
      return rules;
    };
    for (const r of this.d.prepare(`SELECT a.email, x.effect, u.login AS n FROM access_users x JOIN users u ON u.id = x.user_id
      JOIN addresses a ON a.id = x.address_id ORDER BY u.login`).all() as { email: string; effect: string; n: string }[]) {
      (r.effect === 'allow' ? of(r.email).allowUsers : of(r.email).denyUsers).push(r.n);
    }
    for (const r of this.d.prepare(`SELECT a.email, g.name AS n FROM access_groups x JOIN groups g ON g.id = x.group_id
      JOIN addresses a ON a.id = x.address_id ORDER BY g.name`).all() as { email: string; n: string }[]) of(r.email).allowGroups.push(r.n);
    for (const r of this.d.prepare(`SELECT a.email, p.name AS n FROM address_projects b JOIN projects p ON p.id = b.project_id
      JOIN addresses a ON a.id = b.address_id ORDER BY p.name`).all() as { email: string; n: string }[]) of(r.email).projects.push(r.n);
    return out;
  }

  /** Changes the access entries of an address in one transaction: clear first (if asked), then add. */
  setAccess(email: string, change: { clear: boolean; allowUsers: string[]; allowGroups: string[]; denyUsers: string[] }): AccessRules {
    return this.tx(() => {
      const aid = this.addressId(email);
      if (change.clear) {
        this.d.prepare('DELETE FROM access_users WHERE address_id = ?').run(aid);
        this.d.prepare('DELETE FROM access_groups WHERE address_id = ?').run(aid);
      }
      const putUser = this.d.prepare('INSERT INTO access_users (address_id, user_id, effect) VALUES (?, ?, ?) ON CONFLICT (address_id, user_id) DO UPDATE SET effect = excluded.effect');
      for (const u of change.allowUsers) putUser.run(aid, this.userId(u), 'allow');
      for (const u of change.denyUsers) putUser.run(aid, this.userId(u), 'deny');
      const putGroup = this.d.prepare('INSERT OR IGNORE INTO access_groups (address_id, group_id) VALUES (?, ?)');
      for (const g of change.allowGroups) putGroup.run(aid, this.groupId(g));
      return this.rulesById(aid);
    });
  }

  bind(email: string, projects: string[]): AccessRules {
    return this.tx(() => {
      const aid = this.addressId(email);
      const put = this.d.prepare('INSERT OR IGNORE INTO address_projects (address_id, project_id) VALUES (?, ?)');
      for (const p of projects) put.run(aid, this.projectId(p));
      // A default of a project the address is no longer offered in would be a lie: clear it.
      this.d.prepare(`UPDATE projects SET default_address_id = NULL WHERE default_address_id = ?
        AND id NOT IN (SELECT project_id FROM address_projects WHERE address_id = ?)`).run(aid, aid);
      return this.rulesById(aid);
    });
  }

  /** Unbinds from the projects given (all of them when `projects` is 'all'). */
  unbind(email: string, projects: string[] | 'all'): AccessRules {
    return this.tx(() => {
      const aid = this.addressId(email);
      if (projects === 'all') this.d.prepare('DELETE FROM address_projects WHERE address_id = ?').run(aid);
      else {
        const del = this.d.prepare('DELETE FROM address_projects WHERE address_id = ? AND project_id = ?');
        for (const p of projects) del.run(aid, this.projectId(p));
      }
      return this.rulesById(aid);
    });
  }

  // ---- import ----------------------------------------------------------------------------------------

  /**
   * Brings users and their group memberships in line with `entries` (idempotent): new users are added,
   * users whose name, e-mail or groups differ are changed, the rest are left. Users not in the file
   * are not touched. Missing groups are created. All or nothing.
   */
  importDirectory(entries: DirectoryEntry[], now: string): ImportReport {
    return this.tx(() => {
      const report: ImportReport = { added: [], changed: [], unchanged: [], groupsAdded: [] };
      const groupIdOf = (name: string): number => {
        const row = this.d.prepare('SELECT id FROM groups WHERE name = ?').get(name) as Id | undefined;
        if (row) return row.id;
        report.groupsAdded.push(name);
        return Number(this.d.prepare('INSERT INTO groups (name, description, created_at) VALUES (?, NULL, ?)').run(name, now).lastInsertRowid);
      };
      for (const e of entries) {
        const row = this.d.prepare('SELECT id, login, name, email FROM users WHERE login = ?').get(e.login) as (Id & { login: string; name: string | null; email: string | null }) | undefined;
        let uid: number;
        let changed = false;
        if (!row) {
          uid = Number(this.d.prepare('INSERT INTO users (login, name, email, created_at) VALUES (?, ?, ?, ?)').run(e.login, e.name, e.email, now).lastInsertRowid);
          report.added.push(e.login);
        } else {
          uid = row.id;
          if (row.name !== e.name || row.email !== e.email) {
            this.d.prepare('UPDATE users SET name = ?, email = ? WHERE id = ?').run(e.name, e.email, uid);
            changed = true;
          }
        }
        const want = new Set(e.groups.map((g) => groupIdOf(g)));
        const have = new Set((this.d.prepare('SELECT group_id AS g FROM group_members WHERE user_id = ?').all(uid) as { g: number }[]).map((r) => r.g));
        for (const g of want) if (!have.has(g)) { this.d.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)').run(g, uid); changed = true; }
        for (const g of have) if (!want.has(g)) { this.d.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(g, uid); changed = true; }
        if (row) (changed ? report.changed : report.unchanged).push(row.login);
      }
      return report;
    });
  }
}
