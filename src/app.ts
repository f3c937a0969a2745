/**
 * What every command gets: effective settings, output streams, style, the store (opened lazily),
 * and whether it may prompt. Built once per run by cli.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CancelledError, ExitCode, StoreError } from './errors.js';
import { resolveSettings, type Effective, type SettingsFlags } from './core/settings.js';
import { AddressStore } from './store/addresses.js';
import { Directory } from './store/directory.js';
import { openDatabase, type DB } from './store/db.js';
import { Vault } from './store/vault.js';
import { makeStyle, type Style } from './ui/style.js';
import type { GlobalFlags } from './cli/options.js';

/** The global options (defined with their flags in cli/options.ts). */
export type GlobalOptions = GlobalFlags;

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
  /** true when both stdin and stdout are terminals and --no-input was not given: only then may a command prompt. */
  interactive: boolean;
  /** --no-input: never ask. */
  noInput: boolean;
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
  /**
   * The folder of the database, made if it is missing (0700) unless the database path was chosen explicitly
   * (--db, ADDR_DB) without --create: then a missing folder is an error (exit 73), never a stray tree.
   */
  dataDir(opts: { create: boolean }): string;
  keyDescription(): string;
  /** The secrets' vault, bound to the database once it is open (`addr key`, OAuth2 sign-ins). */
  vault(): Vault;
  now(): Date;
  /** `work`, unless Ctrl-C comes first: then a CancelledError (exit 130; nothing may be written after it). */
  untilInterrupted<T>(work: Promise<T>): Promise<T>;
  /**
   * Resolves with the signal's name on SIGINT, SIGTERM or SIGHUP, or with "parent" when the process that
   * started this one is gone (npx, a script): a long-running command stops then. It listens from the call on:
   * call it before announcing that the command is ready.
   */
  waitForStop(): Promise<string>;
  close(): void;
}

function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new StoreError(`Cannot create the folder ${dir}: ${(err as Error).message}.`, 'Choose a writable location with --db or ADDR_DB.', ExitCode.CANTCREAT, { cause: err });
  }
}

/** Whether a process exists (signal 0 sends nothing; EPERM means it exists but is not ours). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
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

export async function createApp(global: GlobalOptions, flags: SettingsFlags = {}): Promise<App> {
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
  const dbDir = path.dirname(dbPath);
  // Typed on the command line or in the environment; the config file's db (a path a team sets up on purpose,
  // relative to the file) and the default place get their folder made on first use.
  const explicitDb = effective.sources.db === 'flag --db' || effective.sources.db === 'env ADDR_DB';
  /** A typo in --db must not start an empty database in a new tree of folders. */
  const checkDbDir = (): void => {
    if (!explicitDb || global.create || existsSync(dbDir)) return;
    throw new StoreError(`The folder ${dbDir} of the database ${dbPath} (${effective.sources.db}) does not exist.`,
      'Check the path for a typo, or give --create to make the folder.', ExitCode.CANTCREAT);
  };
  let db: DB | null = null;
  let opened = false;
  const database = (create: boolean): DB | null => {
    if (db || (opened && !create)) return db;
    checkDbDir();
    db = openDatabase(dbPath, { create, lockWaitMs: effective.settings.lockWaitMs, ownFolder: effective.sources.db === 'default' });
    opened = true;
    vault.useDatabase(db);
    return db;
  };
  const noInput = global.input === false;

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
    get interactive() { return !noInput && Boolean(process.stdout.isTTY) && process.getBuiltinModule('node:tty').isatty(0); },
    noInput,
    env,
    cwd,
    out: (text) => { process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); },
    err: (text) => { process.stderr.write(text.endsWith('\n') ? text : `${text}\n`); },
    store(opts = {}) {
      return new AddressStore(database(Boolean(opts.create)), vault, { outOfServiceAfter: effective.settings.outOfServiceAfter });
    },
    directory(opts = {}) {
      return new Directory(database(Boolean(opts.create)));
    },
    database(opts = {}) {
      return database(Boolean(opts.create));
    },
    dataDir(opts) {
      checkDbDir();
      if (opts.create && !existsSync(dbDir)) ensureDir(dbDir);
      return dbDir;
    },
    keyDescription: () => vault.describe(),
    vault: () => vault,
    now: () => new Date(),
    untilInterrupted(work) {
      let onSignal: () => void = () => {};
      const interrupted = new Promise<never>((_, reject) => {
        onSignal = () => reject(new CancelledError());
        process.once('SIGINT', onSignal);
      });
      return Promise.race([work, interrupted]).finally(() => process.off('SIGINT', onSignal));
    },
    waitForStop() {
      return new Promise<string>((resolve) => {
        const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
        const handlers = signals.map((sig) => [sig, () => done(sig)] as const);
        // The parent: a shell script or npx (which passes SIGTERM to its `sh -c`, not to us) may go away first.
        const parent = process.ppid;
        const watch = parent > 1 ? setInterval(() => { if (!alive(parent)) done('parent'); }, 500) : undefined;
        function done(why: string): void {
          for (const [sig, h] of handlers) process.off(sig, h);
          if (watch) clearInterval(watch);
          resolve(why);
        }
        for (const [sig, h] of handlers) process.once(sig, h);
      });
    },
    close() {
      if (db?.open) db.close();
    },
  };
}
