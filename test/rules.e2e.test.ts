/**
 * Users, groups, projects, access rules and bindings through the built binary, on a real SQLite file.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { runAddr, tempDir } from './helpers.js';

let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox({ scenario: 'ok', user: 'support@example.com', password: 'rules-pass' }); });
afterAll(async () => { await sb?.close(); });

async function addr(home: string, ...args: string[]) {
  const r = await runAddr(args, { home });
  return { ...r, json: () => JSON.parse(r.stdout) };
}

async function company(): Promise<string> {
  const home = tempDir();
  for (const e of ['support', 'sales', 'news']) {
    const r = await runAddr(['add', '--email', `${e}@example.com`, '--login', 'support@example.com', '--host', '127.0.0.1', '--port', String(sb.ports.ssl), '--security', 'ssl', '--ca', sb.caFile, '--password-stdin'], { home, input: 'rules-pass' });
    expect(r.code).toBe(0);
  }
  for (const u of ['anna', 'bob', 'carl']) expect((await addr(home, 'user', 'add', u)).code).toBe(0);
  expect((await addr(home, 'group', 'add', 'support')).code).toBe(0);
  expect((await addr(home, 'group', 'add', 'sales')).code).toBe(0);
  expect((await addr(home, 'group', 'add-member', 'support', 'anna', 'bob')).code).toBe(0);
  expect((await addr(home, 'group', 'add-member', 'sales', 'bob')).code).toBe(0);
  expect((await addr(home, 'project', 'add', 'shop')).code).toBe(0);
  expect((await addr(home, 'project', 'add', 'blog')).code).toBe(0);
  return home;
}

const availableTo = async (home: string, project: string, user: string) =>
  (await addr(home, 'available', '--project', project, '--as', user, '--json')).json().addresses.map((a: any) => a.address).sort();

describe('access rules and project bindings', () => {
  it('limits addresses to users and groups, binds them to projects, and explains every verdict', async () => {
    const home = await company();
    expect((await addr(home, 'access', 'sales@example.com', '--allow-group', 'sales', '--allow-user', 'carl')).code).toBe(0);
    expect((await addr(home, 'access', 'support@example.com', '--allow-group', 'support', '--deny-user', 'bob')).code).toBe(0);
    expect((await addr(home, 'bind', 'news@example.com', '--project', 'blog')).code).toBe(0);

    expect(await availableTo(home, 'shop', 'anna')).toEqual(['support@example.com']);
    expect(await availableTo(home, 'shop', 'bob')).toEqual(['sales@example.com']);
    expect(await availableTo(home, 'blog', 'carl')).toEqual(['news@example.com', 'sales@example.com']);

    const explain = await addr(home, 'available', '--project', 'shop', '--as', 'bob', '--explain');
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/✖ news@example\.com\s+bound to blog, not to shop/);
    expect(explain.stdout).toMatch(/✖ support@example\.com\s+bob is explicitly denied/);
    expect(explain.stdout).toMatch(/✔ sales@example\.com/);

    const list = (await addr(home, 'list', '--project', 'shop', '--as', 'anna', '--json')).json();
    expect(list.map((a: any) => a.email)).toEqual(['support@example.com']);
    const show = (await addr(home, 'show', 'support@example.com', '--json')).json();
    expect(show.access).toMatchObject({ allowGroups: ['support'], denyUsers: ['bob'], allowUsers: [] });
    expect(show.global).toBe(true);
    const human = await addr(home, 'list');
    expect(human.stdout).toMatch(/news@example\.com.*everyone\s+blog/);
  });

  it('removing a group or a user removes its rules in the same step; removing the last binding widens and says so', async () => {
    const home = await company();
    await addr(home, 'access', 'sales@example.com', '--allow-group', 'sales');
    await addr(home, 'bind', 'sales@example.com', '--project', 'shop', '--default');
    expect((await addr(home, 'project', 'list', '--json')).json().find((p: any) => p.name === 'shop').defaultAddress).toBe('sales@example.com');

    const rmGroup = await addr(home, 'group', 'remove', 'sales');
    expect(rmGroup.code).toBe(0);
    expect(rmGroup.stderr).toMatch(/sales@example\.com/);
    expect((await addr(home, 'show', 'sales@example.com', '--json')).json().access.everyone).toBe(true);

    await addr(home, 'access', 'support@example.com', '--allow-user', 'carl');
    const rmUser = await addr(home, 'user', 'remove', 'carl', '--json');
    expect(rmUser.json().rulesChanged).toEqual(['support@example.com']);

    const rmProject = await addr(home, 'project', 'remove', 'shop');
    expect(rmProject.code).toBe(0);
    expect(rmProject.stderr).toMatch(/sales@example\.com was bound only to shop: it is now offered in ALL projects/);
    expect((await addr(home, 'show', 'sales@example.com', '--json')).json().global).toBe(true);

    await addr(home, 'bind', 'news@example.com', '--project', 'blog');
    const unbind = await addr(home, 'unbind', 'news@example.com', '--all');
    expect(unbind.stderr).toMatch(/now offered in ALL projects/);
  });

  it('bad input is refused and changes nothing', async () => {
    const home = await company();
    const db = path.join(home, '.local', 'share', 'addr', 'addr.db');
    const before = readFileSync(db);
    expect((await addr(home, 'access', 'sales@example.com', '--allow-user', 'anna', '--allow-user', 'nobody')).code).toBe(79);
    expect((await addr(home, 'group', 'add-member', 'support', 'carl', 'ghost')).code).toBe(79);
    expect((await addr(home, 'bind', 'sales@example.com', '--project', 'shop', '--project', 'nowhere')).code).toBe(79);
    expect((await addr(home, 'user', 'add', 'anna')).code).toBe(65);
    expect((await addr(home, 'user', 'add', 'has space')).code).toBe(65);
    expect((await addr(home, 'access', 'ghost@example.com', '--allow-user', 'anna')).code).toBe(67);
    expect(readFileSync(db).equals(before)).toBe(true);

    expect((await addr(home, 'project', 'default', 'blog', 'news@example.com')).code).toBe(0);
    await addr(home, 'bind', 'news@example.com', '--project', 'shop');
    // Bound to shop only, news is no longer offered in blog, so it cannot stay blog's default.
    expect((await addr(home, 'project', 'default', 'blog', '--json')).json().defaultAddress).toBeNull();
    expect((await addr(home, 'project', 'default', 'blog', 'news@example.com')).code).toBe(65);
  });

  it('imports users and groups from CSV and JSON, idempotently, reporting added, changed and left', async () => {
    const home = tempDir();
    const csv = path.join(home, 'users.csv');
    writeFileSync(csv, 'login,name,email,groups\nanna,"Petrova, Anna",anna@acme.ru,support;sales\nbob,Bob,,support\n');
    const first = (await addr(home, 'directory', 'import', csv, '--json')).json();
    expect(first).toEqual({ added: ['anna', 'bob'], changed: [], unchanged: [], groupsAdded: ['support', 'sales'] });
    const again = (await addr(home, 'directory', 'import', csv, '--json')).json();
    expect(again).toEqual({ added: [], changed: [], unchanged: ['anna', 'bob'], groupsAdded: [] });

    const json = path.join(home, 'users.json');
    writeFileSync(json, JSON.stringify({ users: [{ login: 'anna', name: 'Petrova, Anna', email: 'anna@acme.ru', groups: ['support'] }, { login: 'dan', groups: ['ops'] }] }));
    const third = (await addr(home, 'directory', 'import', json, '--json')).json();
    expect(third).toEqual({ added: ['dan'], changed: ['anna'], unchanged: [], groupsAdded: ['ops'] });
    const users = (await addr(home, 'user', 'list', '--json')).json();
    expect(users.find((u: any) => u.login === 'anna').groups).toEqual(['support']);
    expect(users.find((u: any) => u.login === 'bob').groups).toEqual(['support']);

    const stdin = await runAddr(['directory', 'import', '-', '--json'], { home, input: 'login,groups\neve,ops\n' });
    expect(JSON.parse(stdin.stdout).added).toEqual(['eve']);

    const bad = path.join(home, 'bad.csv');
    writeFileSync(bad, 'login,email\nfrank,frank@acme.ru\ngina,not-an-address\n');
    const refused = await addr(home, 'directory', 'import', bad);
    expect(refused.code).toBe(65);
    expect(refused.stderr).toMatch(/line 3/);
    expect((await addr(home, 'user', 'list', '--json')).json().map((u: any) => u.login)).not.toContain('frank');
  });
});
