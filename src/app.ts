/**
 * What every command gets: effective settings, output streams, style, the store (opened lazily),
 * and whether it may prompt. Built once per run by cli.ts.
 */
import os from 'node:os';
import path from 'node:path';
import { resolveSettings, type Effective, type Layers } from './core/settings.js';
import { AddressStore } from './store/addresses.js';
import { Directory } from './store/directory.js';
import { openDatabase, type DB } from './store/db.js';
import { Vault } from './store/vault.js';
import { makeStyle, type Style } from './ui/style.js';

export interface GlobalOptions {
  db?: string;
  config?: string;
  json?: boolean;
  color?: boolean;
  debug?: boolean;
}

export interface App {
  effective: Effective;
  json: boolean;
  debug: boolean;
  /** Style for stdout and for stderr (each follows its own stream being a terminal). */
  style: Style;
  errStyle: Style;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  /** true when both stdin and stdout are terminals: only then may a command prompt. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** The address store; `create` makes the database on first use (only commands that write). */
  store(opts?: { create?: boolean }): AddressStore;
  /** Users, groups, projects and the rules on addresses (same database). */
  directory(opts?: { create?: boolean }): Directory;
  /** The open database, or null when it does not exist and `create` is false. */
  database(opts?: { create?: boolean }): DB | null;
  keyDescription(): string;
  /** The secrets' vault, bound to the database once it is open (`addr key`, OAuth2 sign-ins). */
  vault(): Vault;
  now(): Date;
  close(): void;
}

export function defaultDbPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(base, 'addr', 'addr.db');
}

/** The key file beside the database: addr.db -> addr.key. */
export function keyFileFor(dbPath: string): string {
  const ext = path.extname(dbPath);
  return path.join(path.dirname(dbPath), `${path.basename(dbPath, ext || undefined)}.key`);
}

export async function createApp(global: GlobalOptions, flags: Layers['flags'] = {}): Promise<App> {
  const env = process.env;
  const cwd = process.cwd();
  const { loadConfigFile } = await import('./config/load.js');
  const file = await loadConfigFile(cwd, global.config);
  const effective = resolveSettings({
    defaultDb: defaultDbPath(env),
    file,
    env: { ADDR_DB: env.ADDR_DB, NO_COLOR: env.NO_COLOR, ADDR_DNS_SERVER: env.ADDR_DNS_SERVER },
    flags: { ...flags, db: global.db, json: global.json, color: global.color },
  });
  const dbPath = path.resolve(cwd, effective.settings.db);
  effective.settings.db = dbPath;

  const colorFor = (stream: NodeJS.WriteStream): boolean => {
    const mode = effective.settings.color;
    if (mode === 'always') return true;
    if (mode === 'never') return false;
    if (env.FORCE_COLOR === '0') return false;
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
  };
  const [style, errStyle] = await Promise.all([makeStyle(colorFor(process.stdout)), makeStyle(colorFor(process.stderr))]);

  const vault = new Vault({ envKey: env.ADDR_KEY || undefined, keyFile: keyFileFor(dbPath) });
  let db: DB | null = null;
  let opened = false;
  const database = (create: boolean): DB | null => {
    if (db || (opened && !create)) return db;
    db = openDatabase(dbPath, { create, lockWaitMs: effective.settings.lockWaitMs, ownFolder: effective.sources.db === 'default' });
    opened = true;
    vault.useDatabase(db);
    return db;
  };

  return {
    effective,
    json: effective.settings.output === 'json',
    debug: Boolean(global.debug),
    style,
    errStyle,
    stdout: process.stdout,
    stderr: process.stderr,
    // Getters: Node builds process.stdin on first access (as a pipe it loads net, as a file the fs
    // streams: ~3 ms), and most commands never read it.
    get stdin() { return process.stdin; },
    // Asked of the file descriptors, so that asking does not build process.stdin either.
    get interactive() { return Boolean(process.stdout.isTTY) && process.getBuiltinModule('node:tty').isatty(0); },
    env,
    cwd,
    out: (text) => { process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); },
    err: (text) => { process.stderr.write(text.endsWith('\n') ? text : `${text}\n`); },
    store(opts = {}) {
      return new AddressStore(database(Boolean(opts.create)), vault);
    },
    directory(opts = {}) {
      return new Directory(database(Boolean(opts.create)));
    },
    database(opts = {}) {
      return database(Boolean(opts.create));
    },
    keyDescription: () => vault.describe(),
    vault: () => vault,
    now: () => new Date(),
    close() {
      if (db?.open) db.close();
    },
  };
}
