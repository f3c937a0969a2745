/**
 * Every command of addr, in the order `addr --help` lists them: the words that select it and the module
 * that defines it (see cli/kit.ts for what a module exports). Only the module of the command being run is
 * loaded; help and unknown commands load them all.
 *
 * A new command is one file in src/commands/ that exports `register(parent, cli)`, plus one line here.
 */
import type { CommandModule } from './kit.js';

export interface CommandEntry {
  /** The command's name first, then its aliases (`remove`, `rm`). */
  names: readonly string[];
  load(): Promise<CommandModule>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { names: ['add'], load: () => import('../commands/add.js') },
  { names: ['test'], load: () => import('../commands/test.js') },
  { names: ['list'], load: () => import('../commands/list.js') },
  { names: ['show'], load: () => import('../commands/show.js') },
  { names: ['edit'], load: () => import('../commands/edit.js') },
  { names: ['remove', 'rm'], load: () => import('../commands/remove.js') },
  { names: ['diagnose'], load: () => import('../commands/diagnose.js') },
  { names: ['sandbox'], load: () => import('../commands/sandbox.js') },
  { names: ['user'], load: () => import('../commands/user.js') },
  { names: ['group'], load: () => import('../commands/group.js') },
  { names: ['directory'], load: () => import('../commands/directory.js') },
  { names: ['project'], load: () => import('../commands/project.js') },
  { names: ['access'], load: () => import('../commands/access.js') },
  { names: ['bind'], load: () => import('../commands/bind.js') },
  { names: ['unbind'], load: () => import('../commands/unbind.js') },
  { names: ['available'], load: () => import('../commands/available.js') },
  { names: ['send'], load: () => import('../commands/send.js') },
  { names: ['log'], load: () => import('../commands/log.js') },
  { names: ['discover'], load: () => import('../commands/discover.js') },
  { names: ['check'], load: () => import('../commands/check.js') },
  { names: ['auth'], load: () => import('../commands/auth.js') },
  { names: ['key'], load: () => import('../commands/key.js') },
  { names: ['config'], load: () => import('../commands/config.js') },
];
