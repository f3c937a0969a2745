/**
 * Finds the config file with cosmiconfig: .addrrc, .addrrc.json/.yaml/.yml, addr.config.js/.mjs/.cjs,
 * or "addr" in package.json, from the working directory up to the home directory, then
 * ~/.config/addr/. Paths in it are relative to the file.
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import type { Layers } from '../core/settings.js';

export const SEARCH_PLACES = [
  'package.json',
  '.addrrc',
  '.addrrc.json',
  '.addrrc.yaml',
  '.addrrc.yml',
  '.addrrc.js',
  '.addrrc.mjs',
  '.addrrc.cjs',
  '.config/addrrc',
  '.config/addrrc.json',
  '.config/addrrc.yaml',
  '.config/addrrc.yml',
  'addr.config.js',
  'addr.config.mjs',
  'addr.config.cjs',
];

/**
 * Could cosmiconfig find anything? A cheap superset of its search (a stat of each search place from cwd up
 * to HOME, plus the global config folder; a package.json counts only when it has an "addr" key or does
 * not parse): when nothing is there, the ~10 ms of loading cosmiconfig and its parsers are skipped.
 * When something is, cosmiconfig decides.
 */
export function mayHaveConfig(cwd: string, env: NodeJS.ProcessEnv): boolean {
  const home = path.resolve(env.HOME || os.homedir());
  let dir = path.resolve(cwd);
  for (;;) {
    for (const place of SEARCH_PLACES) {
      if (place !== 'package.json') {
        if (existsSync(path.join(dir, place))) return true;
        continue;
      }
      let text: string;
      try {
        text = readFileSync(path.join(dir, place), 'utf8');
      } catch {
        continue; // absent or unreadable: cosmiconfig skips it too
      }
      try {
        const pkg: unknown = JSON.parse(text);
        if (pkg && typeof pkg === 'object' && Object.hasOwn(pkg, 'addr')) return true;
      } catch {
        return true; // let cosmiconfig report it
      }
    }
    const parent = path.dirname(dir);
    if (dir === home || parent === dir) break;
    dir = parent;
  }
  const globalDir = path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'addr');
  return existsSync(globalDir);
}

export async function loadConfigFile(cwd: string, explicit?: string): Promise<Layers['file']> {
  if (!explicit && !mayHaveConfig(cwd, process.env)) return undefined;
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('addr', { searchPlaces: SEARCH_PLACES, searchStrategy: 'global', cache: false });
  let result;
  try {
    result = explicit ? await explorer.load(path.resolve(cwd, explicit)) : await explorer.search(cwd);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (explicit && e.code === 'ENOENT') throw new ConfigError(`The config file ${explicit} does not exist.`, 'Check the path given to --config.');
    throw new ConfigError(`The config file could not be read: ${e.message.split('\n')[0]}.`, 'Fix its syntax (JSON, YAML or JavaScript).', { cause: err });
  }
  if (!result || result.isEmpty) return undefined;
  const dir = path.dirname(result.filepath);
  return { path: result.filepath, config: result.config as Record<string, unknown>, resolvePath: (p: string) => path.resolve(dir, p.replace(/^~(?=$|\/)/, process.env.HOME ?? '~')) };
}
