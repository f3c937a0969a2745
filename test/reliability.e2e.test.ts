/**
 * End to end, with the built binary: locked databases, parallel processes, kill -9, umask 000, keys, hostile
 * local inputs and stored text. The peers are real: smtp-server on loopback (the sandbox, which captures every
 * message, and servers written here that stall or answer with escape codes), a second SQLite connection holding
 * the write lock as another process would. Run `npm run build` first.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import Database from 'better-sqlite3';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { startSandbox, type CapturedMessage, type Sandbox } from '../src/smtp/sandbox.js';
import { AddressStore } from '../src/store/addresses.js';
import { openDatabase } from '../src/store/db.js';
import { journalFileFor } from '../src/store/send-log.js';
import { Vault } from '../src/store/vault.js';
import { binPath, childEnv, runAddr, tempDir, type RunResult } from './helpers.js';

const PASSWORD = 'sandbox-pass-1';
const LOGIN = 'support@example.com';
let sb: Sandbox;
/** What the test wants done when the sandbox has received a message (before it answers 250). */
let onMessage: ((m: CapturedMessage) => void) | null = null;
const homes: string[] = [];

beforeAll(async () => {
  sb = await startSandbox({ scenario: 'ok', user: LOGIN, password: PASSWORD, onMessage: (m) => onMessage?.(m) });
});
afterAll(async () => {
  await sb?.close();
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

function newHome(config?: Record<string, unknown>): string {
  const home = tempDir('addr-rel-');
  homes.push(home);
  if (config) writeFileSync(path.join(home, '.addrrc.json'), JSON.stringify(config));
  return home;
}
const dataDir = (home: string) => path.join(home, '.local', 'share', 'addr');
const dbFile = (home: string) => path.join(dataDir(home), 'addr.db');
const keyFile = (home: string) => path.join(dataDir(home), 'addr.key');
const mode = (file: string) => statSync(file).mode & 0o777;
const subjectOf = (m: CapturedMessage) => /^Subject: (.*)$/m.exec(m.raw.toString('utf8'))?.[1]?.trim();
const sentWith = (subject: string) => sb.messages.filter((m) => subjectOf(m) === subject);
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Running { child: ChildProcess; done: Promise<RunResult> }

/** The built binary as a user runs it, the child at hand (to kill it, or to feed stdin without end). */
function start(args: string[], opts: { home: string; env?: Record<string, string>; input?: string | null; umask000?: boolean }): Running {
  const argv = opts.umask000 ? ['-c', 'umask 000; exec "$0" "$@"', process.execPath, binPath, ...args] : [binPath, ...args];
  const child = spawn(opts.umask000 ? '/bin/sh' : process.execPath, argv, { cwd: opts.home, env: childEnv(opts.home, opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  child.stdin!.on('error', () => { /* the child stopped reading: that is what some tests want */ });
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : -2), stdout, stderr }));
  });
  if (opts.input !== null) child.stdin!.end(opts.input ?? '');
  return { child, done };
}

const run = (args: string[], home: string, opts: { env?: Record<string, string>; input?: string; umask000?: boolean } = {}) =>
  start(args, { home, ...opts }).done;

function must(r: RunResult, what: string): RunResult {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

function json(r: RunResult): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\n--- stderr:\n${r.stderr}`);
  }
}

const addArgs = (email: string) => ['add', '--email', email, '--login', LOGIN, '--host', '127.0.0.1', '--port', String(sb.ports.ssl), '--security', 'ssl', '--ca', sb.caFile, '--password-stdin'];
const addAddress = async (home: string, email: string, opts: { umask000?: boolean } = {}) => must(await run(addArgs(email), home, { input: `${PASSWORD}\n`, ...opts }), `addr add ${email}`);
const sendArgs = (subject: string, from = 'support@example.com') => ['send', '--from', from, '--to', 'rcpt@example.com', '--subject', subject, '--body', 'hello'];

/** A second connection holding the write lock, as another addr process in a long transaction would. */
function holdLock(home: string): { release(): void } {
  const db = new Database(dbFile(home));
  db.exec('BEGIN IMMEDIATE');
  return { release: () => { if (db.inTransaction) db.exec('ROLLBACK'); db.close(); } };
}

/** An error that reached the user as one sentence plus a hint, never as an internal error. */
function oneSentence(r: RunResult, pattern: RegExp): void {
  expect(r.stderr).not.toMatch(/internal error|bug in addr|SqliteError|at .*\.js:\d+/);
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('addr: '));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

/** A plain SMTP server that takes mail without a login and does with DATA what the test says. */
async function plainServer(onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) => void): Promise<{ port: number; close(): Promise<void> }> {
  const server = new SMTPServer({ secure: false, authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, disableReverseLookup: true, closeTimeout: 100, onData });
  server.on('error', () => { /* a killed client resets its connection */ });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => {
      for (const c of [...server.connections]) (c as unknown as { _socket?: { destroy(): void } })._socket?.destroy();
      server.close(() => resolve());
    }),
  };
}

/**
 * SMTP by hand on a raw socket, for replies smtp-server would clean up (it replaces control characters): every
 * command is answered as a permissive server would, and the end of DATA with `dataReply`, byte for byte.
 */
async function rawServer(dataReply: string): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => { /* a reset by the client */ });
    let buffer = '';
    let inData = false;
    socket.write('220 raw.example ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write(`${dataReply}\r\n`);
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (line.startsWith('EHLO')) socket.write('250-raw.example\r\n250 8BITMIME\r\n');
        else if (line.startsWith('DATA')) { inData = true; socket.write('354 go ahead\r\n'); }
        else if (line.startsWith('QUIT')) { socket.end('221 bye\r\n'); return; }
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

const plainAddArgs = (email: string, port: number) => ['add', '--email', email, '--host', '127.0.0.1', '--port', String(port), '--security', 'none', '--no-auth'];

describe('addr send and a locked database', () => {
  it('waits for a lock held by another process, then sends exactly once and logs it', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const lock = holdLock(home);
    const subject = 'waits for the lock';
    const sending = start(sendArgs(subject), { home });
    try {
      // Longer than the 5 s an addr of before waited (and then failed with exit 70, after sending).
      await delay(6000);
      // The attempt is written before the message goes out: while the lock is held, nothing is sent.
      expect(sentWith(subject)).toHaveLength(0);
    } finally {
      lock.release();
    }
    const r = must(await sending.done, 'addr send');
    expect(r.stderr).not.toMatch(/warning/);
    expect(sentWith(subject)).toHaveLength(1);
    const log = json(await run(['log', '--json'], home));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ result: 'sent', subject, exitCode: 0, recipients: ['rcpt@example.com'] });
  });

  it('a lock that outlasts lockWait: exit 75 in one sentence, nothing sent, nothing logged', async () => {
    const home = newHome({ lockWait: '2s' });
    await addAddress(home, 'support@example.com');
    const subject = 'lock outlasts the wait';
    const lock = holdLock(home);
    let r: RunResult;
    try {
      r = await run(sendArgs(subject), home);
    } finally {
      lock.release();
    }
    expect(r.code).toBe(75);
    oneSentence(r, /^addr: The database .*addr\.db stayed locked by another process for \d+\.\d s; nothing was sent, so it is safe to run the same command again\.$/);
    expect(sentWith(subject)).toHaveLength(0);
    expect(json(await run(['log', '--json'], home))).toEqual([]);
  });

  it('the lock taken after the message went out: exit 0 with a warning, the outcome kept in a journal (0600 under umask 000) and folded in later', async () => {
    const home = newHome({ lockWait: '2s' });
    await addAddress(home, 'support@example.com');
    const subject = 'locked after sending';
    let lock: { release(): void } | null = null;
    onMessage = (m) => { if (subjectOf(m) === subject) lock = holdLock(home); };
    let r: RunResult;
    try {
      r = await run(sendArgs(subject), home, { umask000: true });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/✔ Sent from support@example.com/);
      expect(r.stderr).toMatch(/warning: The message was sent, but its outcome could not be written to the send log \(.*stayed locked.*\); it is kept in .*addr\.db\.outcomes and goes into the log at the next run of addr\./);
      expect(mode(journalFileFor(dbFile(home)))).toBe(0o600);
      // Shown as sent while the lock is still held: the journal is read.
      const during = json(await run(['log', '--json'], home));
      expect(during[0]).toMatchObject({ result: 'sent', subject, exitCode: 0 });
    } finally {
      onMessage = null;
      (lock as { release(): void } | null)?.release();
    }
    expect(sentWith(subject)).toHaveLength(1);
    const after = json(await run(['log', '--json', '--failed'], home));
    expect(after).toEqual([]);
    expect(existsSync(journalFileFor(dbFile(home)))).toBe(false);
    const db = new Database(dbFile(home), { readonly: true });
    expect(db.prepare('SELECT result, exit_code, pending FROM send_log').all()).toEqual([{ result: 'sent', exit_code: 0, pending: null }]);
    db.close();
  });

  it('a send killed while the server holds DATA is shown as pending, then as unknown: never dropped', async () => {
    let received!: () => void;
    const gotData = new Promise<void>((r) => { received = r; });
    const stall = await plainServer((stream) => {
      stream.resume();
      stream.on('end', () => received()); // and never answer
    });
    const home = newHome();
    try {
      must(await run(plainAddArgs('stall@example.com', stall.port), home), 'addr add (stalling server)');
      const sending = start(sendArgs('killed while sending', 'stall@example.com'), { home });
      await gotData;
      const during = json(await run(['log', '--json'], home));
      expect(during[0]).toMatchObject({ result: 'pending', exitCode: null, subject: 'killed while sending' });
      sending.child.kill('SIGKILL');
      await sending.done;
      const after = json(await run(['log', '--json'], home));
      expect(after[0]).toMatchObject({ result: 'unknown', reply: 'interrupted, may have been sent', exitCode: null });
      expect(after[0].messageId).toMatch(/^<.+@example\.com>$/);
      const table = await run(['log'], home);
      expect(table.stdout).toMatch(/unknown .*interrupted, may have been sent \(Message-ID </);
      expect(json(await run(['log', '--json', '--failed'], home))).toHaveLength(1);
    } finally {
      await stall.close();
    }
  });
});

describe('addr add and edit and a locked database', () => {
  it('add: the live test runs, the write waits for the lock, then saves', async () => {
    const home = newHome();
    await addAddress(home, 'first@example.com');
    const lock = holdLock(home);
    const adding = start(addArgs('second@example.com'), { home, input: `${PASSWORD}\n` });
    try {
      await delay(3000);
    } finally {
      lock.release();
    }
    must(await adding.done, 'addr add');
    expect(json(await run(['list', '--json'], home)).map((a: { email: string }) => a.email)).toEqual(['first@example.com', 'second@example.com']);
  });

  it('add: a lock that outlasts the wait is exit 75 and says nothing was saved; edit: nothing was changed', async () => {
    const home = newHome({ lockWait: '2s' });
    await addAddress(home, 'first@example.com');
    const before = readFileSync(dbFile(home));
    const lock = holdLock(home);
    let add: RunResult;
    let edit: RunResult;
    try {
      [add, edit] = await Promise.all([
        run(addArgs('second@example.com'), home, { input: `${PASSWORD}\n` }),
        run(['edit', 'first@example.com', '--name', 'New Name'], home),
      ]);
    } finally {
      lock.release();
    }
    expect(add.code).toBe(75);
    oneSentence(add, /stayed locked by another process for \d+\.\d s; nothing was saved \(the live test had passed: run the same command again to save second@example\.com\)\.$/);
    expect(edit.code).toBe(75);
    oneSentence(edit, /stayed locked .*; nothing was changed: first@example\.com keeps its previous settings/);
    const list = json(await run(['list', '--json'], home));
    expect(list).toHaveLength(1);
    expect(list[0].displayName).toBeNull();
    expect(readFileSync(dbFile(home)).equals(before)).toBe(true);
  });
});

describe('many processes at once', () => {
  it('24 first-time adds on a new location: every one saved, every password opens with the one key', async () => {
    const home = newHome();
    const emails = Array.from({ length: 24 }, (_, i) => `p${String(i).padStart(2, '0')}@example.com`);
    // 24 Node processes start at once on 2 CPUs: the live test's default deadlines (10 s for the TLS handshake) are for a network,
    // not for a machine this busy, and what this test checks is the store, so they are generous here.
    const slow = ['--connect-timeout', '90s', '--greeting-timeout', '90s', '--command-timeout', '90s', '--deadline', '150s'];
    const results = await Promise.all(emails.map((e) => run([...addArgs(e), ...slow], home, { input: `${PASSWORD}\n` })));
    const failed = results.map((r, i) => ({ r, e: emails[i] })).filter(({ r }) => r.code !== 0);
    expect(failed.map(({ e, r }) => `${e}: ${r.code} ${r.stderr}`)).toEqual([]);
    const db = openDatabase(dbFile(home), { create: false })!;
    const store = new AddressStore(db, new Vault({ keyFile: keyFile(home) }));
    expect(store.list().map((a) => a.email)).toEqual(emails);
    for (const e of emails) expect(store.password(e)).toBe(PASSWORD);
    db.close();
    expect(must(await run(['key', 'check'], home), 'key check').stdout).toMatch(/opens all 24 stored secrets/);
  }, 240_000);

  it('sends, user adds, directory imports and tests at once: every process ends 0, nothing is lost', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const imports = [0, 1, 2, 3].map((n) => {
      const file = path.join(home, `import-${n}.csv`);
      writeFileSync(file, ['login,name,email,groups', ...Array.from({ length: 50 }, (_, i) => `imp${n}-${i},User ${i},,group${n};all`)].join('\n'));
      return file;
    });
    const jobs: Promise<RunResult>[] = [
      ...Array.from({ length: 8 }, (_, i) => run(sendArgs(`mixed ${i}`), home)),
      ...Array.from({ length: 8 }, (_, i) => run(['user', 'add', `user${i}`], home)),
      ...imports.map((f) => run(['directory', 'import', f], home)),
      ...Array.from({ length: 2 }, () => run(['test', 'support@example.com'], home)),
    ];
    const results = await Promise.all(jobs);
    expect(results.filter((r) => r.code !== 0).map((r) => `${r.code}: ${r.stderr}`)).toEqual([]);
    for (let i = 0; i < 8; i++) expect(sentWith(`mixed ${i}`)).toHaveLength(1);
    const log = json(await run(['log', '--json', '--limit', '0'], home));
    expect(log.filter((e: { result: string }) => e.result === 'sent')).toHaveLength(8);
    expect(json(await run(['user', 'list', '--json'], home))).toHaveLength(8 + 200);
  }, 120_000);
});

describe('kill -9', () => {
  it('during addr key rotate, at random points: the key file is always whole and opens every secret', async () => {
    const home = newHome();
    mkdirSync(dataDir(home), { recursive: true, mode: 0o700 });
    const db = openDatabase(dbFile(home), { create: true })!;
    const store = new AddressStore(db, new Vault({ keyFile: keyFile(home) }));
    for (let i = 0; i < 5; i++) {
      store.insert({ email: `k${i}@example.com`, displayName: null, preset: 'custom', host: 'h.example.com', port: 465, security: 'ssl', username: `k${i}`, authMethod: 'password', password: `secret-${i}`, tlsVerify: true, caFile: null }, { at: '2026-12-01T00:00:00Z', ok: true, summary: null });
    }
    db.close();
    const timed = Date.now();
    must(await run(['key', 'rotate'], home), 'key rotate');
    const span = Math.max(50, Date.now() - timed);
    let killed = 0;
    for (let i = 0; i < 24; i++) {
      const rotating = start(['key', 'rotate'], { home });
      const at = Math.random() * span * 1.2;
      const timer = setTimeout(() => { if (rotating.child.kill('SIGKILL')) killed++; }, at);
      const r = await rotating.done;
      clearTimeout(timer);
      expect([0, -1]).toContain(r.code);
      expect(readFileSync(keyFile(home), 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
      const check = await run(['key', 'check', '--json'], home);
      if (check.code !== 0) throw new Error(`after a kill at ${Math.round(at)} ms: ${check.stderr}`);
      expect(json(check).secrets).toBe(5);
    }
    expect(killed).toBeGreaterThan(0);
    const reopened = openDatabase(dbFile(home), { create: false })!;
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  }, 180_000);

  it('during the first add, at random points: the key is absent or whole, and the same add run again saves', async () => {
    let span = 0;
    for (let i = 0; i < 14; i++) {
      const home = newHome();
      const started = Date.now();
      const adding = start(addArgs('first@example.com'), { home, input: `${PASSWORD}\n` });
      const timer = span ? setTimeout(() => adding.child.kill('SIGKILL'), Math.random() * span) : undefined;
      const r = await adding.done;
      clearTimeout(timer);
      if (!span) { must(r, 'addr add'); span = Math.max(100, Date.now() - started); continue; }
      if (existsSync(keyFile(home))) expect(readFileSync(keyFile(home), 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
      const again = await run(addArgs('first@example.com'), home, { input: `${PASSWORD}\n` });
      if (again.code !== 0) expect(again.stderr).toMatch(/already saved/);
      expect(json(must(await run(['key', 'check', '--json'], home), 'key check')).secrets).toBe(1);
    }
  }, 240_000);
});

describe('permissions', () => {
  it('under umask 000: every folder addr makes is 0700, the database and key 0600', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com', { umask000: true });
    for (const d of [path.join(home, '.local'), path.join(home, '.local', 'share'), dataDir(home)]) expect([d, mode(d)]).toEqual([d, 0o700]);
    expect(mode(dbFile(home))).toBe(0o600);
    expect(mode(keyFile(home))).toBe(0o600);
  });

  it('tightens a database, -wal and -shm found 0644, and an empty addr.db left 0644', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const reader = new Database(dbFile(home));
    reader.prepare('SELECT count(*) FROM addresses').get(); // keeps -wal and -shm
    try {
      for (const f of [dbFile(home), `${dbFile(home)}-wal`, `${dbFile(home)}-shm`]) chmodSync(f, 0o644);
      must(await run(['user', 'add', 'anna'], home, { umask000: true }), 'user add');
      for (const f of [dbFile(home), `${dbFile(home)}-wal`, `${dbFile(home)}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      reader.close();
    }
    // An empty addr.db left 0644, in the default folder left 0777 (as an older `addr sandbox` made it under umask 000).
    const other = newHome();
    mkdirSync(dataDir(other), { recursive: true });
    chmodSync(dataDir(other), 0o777);
    writeFileSync(dbFile(other), '', { mode: 0o644 });
    chmodSync(dbFile(other), 0o644);
    must(await run(['user', 'add', 'anna'], other, { umask000: true }), 'user add on an empty file');
    expect(mode(dbFile(other))).toBe(0o600);
    expect(mode(dataDir(other))).toBe(0o700);
    // A folder given with --db is not addr's to change; the files addr keeps there are.
    const shared = path.join(other, 'shared');
    mkdirSync(shared, { mode: 0o755 });
    chmodSync(shared, 0o755);
    must(await run(['--db', path.join(shared, 'team.db'), 'user', 'add', 'bob'], other, { umask000: true }), 'user add with --db');
    expect(mode(shared)).toBe(0o755);
    expect(mode(path.join(shared, 'team.db'))).toBe(0o600);
  });
});

describe('keys from the command line', () => {
  it('refuses a foreign ADDR_KEY, a missing key file and a readable one (78, one sentence), and a key path that is a folder', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const before = readFileSync(dbFile(home));
    const foreign = await run(addArgs('second@example.com'), home, { input: `${PASSWORD}\n`, env: { ADDR_KEY: Buffer.alloc(32, 9).toString('base64') } });
    expect(foreign.code).toBe(78);
    oneSentence(foreign, /The key in ADDR_KEY \(fingerprint [0-9a-f]{16}\) is not the key of this database \([0-9a-f]{16}\)/);
    expect(foreign.stderr).not.toMatch(/Testing /); // refused before the live test

    renameSync(keyFile(home), `${keyFile(home)}.bak`);
    const missing = await run(addArgs('second@example.com'), home, { input: `${PASSWORD}\n` });
    expect(missing.code).toBe(78);
    oneSentence(missing, /key file .* is missing, so the secret saved in the database cannot be read, and addr will not make a new key/);
    expect(missing.stderr).not.toMatch(/Testing /);
    expect(existsSync(keyFile(home))).toBe(false);
    renameSync(`${keyFile(home)}.bak`, keyFile(home));
    expect(readFileSync(dbFile(home)).equals(before)).toBe(true);

    chmodSync(keyFile(home), 0o640);
    const subject = 'readable key';
    const readable = await run(sendArgs(subject), home);
    expect(readable.code).toBe(78);
    oneSentence(readable, /accessible by other users \(mode 0640\)/);
    expect(readable.stderr).toContain(`Run: chmod 600 ${keyFile(home)}`);
    expect(sentWith(subject)).toHaveLength(0);
    chmodSync(keyFile(home), 0o600);

    const fresh = newHome();
    mkdirSync(keyFile(fresh), { recursive: true });
    const folder = await run(addArgs('support@example.com'), fresh, { input: `${PASSWORD}\n` });
    expect(folder.code).toBe(78);
    oneSentence(folder, /The key file .*addr\.key is a folder\./);
  });

  it('addr key rotate: with the key file, and with ADDR_KEY plus ADDR_NEW_KEY', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const old = readFileSync(keyFile(home), 'utf8');
    const r = must(await run(['key', 'rotate', '--json'], home), 'key rotate');
    expect(json(r)).toMatchObject({ rotated: true, secrets: 1, keyFile: keyFile(home) });
    expect(readFileSync(keyFile(home), 'utf8')).not.toBe(old);
    const subject = 'after rotation';
    must(await run(sendArgs(subject), home), 'send after rotation');
    expect(sentWith(subject)).toHaveLength(1);

    const envHome = newHome();
    const k1 = Buffer.alloc(32, 1).toString('base64');
    const k2 = Buffer.alloc(32, 2).toString('hex');
    must(await run(addArgs('support@example.com'), envHome, { input: `${PASSWORD}\n`, env: { ADDR_KEY: k1 } }), 'add with ADDR_KEY');
    expect(existsSync(keyFile(envHome))).toBe(false);
    const noNew = await run(['key', 'rotate'], envHome, { env: { ADDR_KEY: k1 } });
    expect(noNew.code).toBe(64);
    oneSentence(noNew, /give it in ADDR_NEW_KEY/);
    must(await run(['key', 'rotate'], envHome, { env: { ADDR_KEY: k1, ADDR_NEW_KEY: k2 } }), 'rotate to ADDR_NEW_KEY');
    expect((await run(['key', 'check'], envHome, { env: { ADDR_KEY: k1 } })).code).toBe(78);
    must(await run(['key', 'check'], envHome, { env: { ADDR_KEY: k2 } }), 'check with the new key');
  });
});

describe('hostile local inputs', () => {
  it('a password, a CA file and a directory import from /dev/zero stop at their limits (65)', async () => {
    const home = newHome();
    const base = ['add', '--email', 'a@example.com', '--host', '127.0.0.1', '--port', String(sb.ports.ssl), '--security', 'ssl'];
    const pw = await run([...base, '--password-file', '/dev/zero'], home);
    expect(pw.code).toBe(65);
    oneSentence(pw, /password in \/dev\/zero is longer than 4 KiB/);
    const ca = await run([...base, '--ca', '/dev/zero', '--password-env', 'P'], home, { env: { P: 'x' } });
    expect(ca.code).toBe(65);
    oneSentence(ca, /CA file \/dev\/zero is larger than 1 MiB, the limit of a CA file/);
    const dir = await run(['directory', 'import', '/dev/zero', '--format', 'csv'], home);
    expect(dir.code).toBe(65);
    oneSentence(dir, /\/dev\/zero is larger than 64 MiB, the limit of a directory import/);
    expect(existsSync(dbFile(home))).toBe(false);
  });

  it('standard input without end: a password, a message for -t and a body stop at their limits (65)', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const endless = (args: string[], byte: string): Promise<RunResult> => {
      const r = start(args, { home, input: null });
      const chunk = Buffer.alloc(256 * 1024, byte);
      const pump = (): void => {
        while (r.child.stdin!.writable && r.child.stdin!.write(chunk));
        if (r.child.stdin!.writable) r.child.stdin!.once('drain', pump);
      };
      pump();
      return r.done;
    };
    const pw = await endless(['edit', 'support@example.com', '--password-stdin'], 'a');
    expect(pw.code).toBe(65);
    oneSentence(pw, /password in standard input is longer than 4 KiB/);
    const raw = await endless(['send', '-t', '--from', 'support@example.com'], 'a');
    expect(raw.code).toBe(65);
    oneSentence(raw, /message on standard input is larger than 25 MiB, the limit of a message/);
    const body = await endless(['send', '--from', 'support@example.com', '--to', 'x@example.com', '--subject', 'endless'], 'b');
    expect(body.code).toBe(65);
    oneSentence(body, /body on standard input is larger than 25 MiB/);
    expect(sentWith('endless')).toHaveLength(0);
    expect(json(await run(['log', '--json'], home))).toEqual([]);
  }, 60_000);

  it('send -t refuses a bare CR, a NUL and Resent-Bcc in the header, naming the header, and sends nothing', async () => {
    const home = newHome();
    await addAddress(home, 'support@example.com');
    const cases: [string, RegExp][] = [
      ['From: support@example.com\nTo: a@example.com\nSubject: crafted\rBcc: hidden@example.com\n\nbody\n', /The Subject header contains a bare CR/],
      ['From: support@example.com\nTo: a@example.com\nSubject: crafted\nX-Tag: a\0b\n\nbody\n', /The X-Tag header contains a NUL byte/],
      ['From: support@example.com\nTo: a@example.com\nSubject: crafted\nResent-Bcc: hidden@example.com\n\nbody\n', /Resent-Bcc header/],
    ];
    for (const [message, pattern] of cases) {
      const r = await run(['send', '-t'], home, { input: message });
      expect(r.code).toBe(65);
      oneSentence(r, pattern);
    }
    expect(sentWith('crafted')).toHaveLength(0);
  });
});

describe('text from outside, stored and shown', () => {
  it('a reply with escape codes and an echoed AUTH line: stored and shown escaped and masked by log, list and show', async () => {
    const hostile = await rawServer('550 5.7.1 \u001b]0;pwned\u0007\u001b[2J\u001b[32mAll good, saved.\u001b[0m AUTH PLAIN AGFsaWNlAHNlY3JldA==');
    const home = newHome();
    try {
      must(await run(plainAddArgs('hostile@example.com', hostile.port), home), 'add against the hostile server');
      for (const args of [sendArgs('hostile', 'hostile@example.com'), ['send', '--json', ...sendArgs('hostile', 'hostile@example.com').slice(1)]]) {
        const r = await run(args, home);
        expect(r.code).toBe(69);
        expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(r.stdout + r.stderr).not.toContain('AGFsaWNlAHNlY3JldA');
      }
    } finally {
      await hostile.close();
    }
    // Rows written by an older addr (raw text), and a display name written by hand.
    const db = new Database(dbFile(home));
    db.prepare(`INSERT INTO send_log (at, address, recipients, subject, result, reply, exit_code) VALUES ('2026-01-01T00:00:00Z', 'hostile@example.com', '["x@example.com"]', ?, 'failed', ?, 69)`)
      .run('old \u001b[31msubject', '535 \u001b]2;title\u0007 AUTH LOGIN c2VjcmV0UGFzc3dvcmQx');
    db.prepare("UPDATE addresses SET display_name = ?, last_test_summary = ?").run('Evil \u001b[2J Name', 'auth: \u001b[1m 535 AUTH PLAIN AGFsaWNlAHNlY3JldA==');
    const stored = db.prepare('SELECT reply FROM send_log ORDER BY id LIMIT 1').get() as { reply: string };
    db.close();
    expect(stored.reply).not.toMatch(/\u001b|\u0007/);
    expect(stored.reply).not.toContain('AGFsaWNlAHNlY3JldA');

    const outputs = await Promise.all([['log'], ['log', '--json'], ['list'], ['list', '--json'], ['show', 'hostile@example.com'], ['show', 'hostile@example.com', '--json']].map((a) => run(a, home)));
    for (const o of outputs) {
      expect(o.code).toBe(0);
      const text = o.stdout + o.stderr;
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text).not.toContain('AGFsaWNlAHNlY3JldA');
      expect(text).not.toContain('c2VjcmV0UGFzc3dvcmQx');
    }
    const log = json(outputs[1]!);
    expect(log[0].reply).toContain('\\x1b]0;pwned\\x07');
    expect(log[2].subject).toBe('old \\x1b[31msubject');
    expect(json(outputs[3]!)[0].displayName).toBe('Evil \\x1b[2J Name');
    expect(outputs[4]!.stdout).toContain('Evil \\x1b[2J Name');
  });
});
