/**
 * Finds the config file with cosmiconfig: .addrrc, .addrrc.json/.yaml/.yml, addr.config.js/.mjs/.cjs,
 * or "addr" in package.json, from the working directory up to the home directory, then
 * ~/.config/addr/. Paths in it are relative to the file.
 */
import path from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
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

export async function loadConfigFile(cwd: string, explicit?: string): Promise<Layers['file']> {
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
