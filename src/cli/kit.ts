/**
 * What a command module gives the command line, and what it gets back. A command module
 * (src/commands/<name>.ts) exports `register(parent, cli)`: it defines its command, arguments and options on
 * `parent` with commander, and hands `cli.action` a function that turns the parsed values into a Plan: the
 * typed options its handler takes and the handler call. Parsing never runs a handler, so the contract test
 * (test/cli-contract.test.ts) can map argv to typed options for every command without side effects.
 */
import type { Command } from 'commander';
import type { App } from '../app.js';
import type { SettingsFlags } from '../core/settings.js';

/** What running a command means, decided from the command line alone. */
export interface Plan<O> {
  /** The typed options (positional arguments included) the handler receives. */
  options: O;
  /** What flags override in the settings layers (timeouts, concurrency), already parsed. */
  settings?: SettingsFlags;
  /** Deprecation warnings, printed on stderr before the command runs. */
  warnings?: string[];
  run(app: App): Promise<number>;
}

/** A Plan with the command it belongs to ("list", "user add"). */
export interface Invocation<O = unknown> extends Required<Omit<Plan<O>, 'run'>> {
  command: string;
  run(app: App): Promise<number>;
}

export interface CliKit {
  /**
   * Makes `plan` the action of `cmd`. It receives the options as commander parsed them (typed by the
   * module's own interface) and the positional arguments in order (a variadic one as an array).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action<O, F = any, A extends unknown[] = any[]>(cmd: Command, plan: (flags: F, args: A) => Plan<O>): Command;
}

export interface CommandModule {
  register(parent: Command, cli: CliKit): void;
}
