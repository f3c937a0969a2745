/**
 * The only place that talks to @inquirer/prompts (loaded on first use). Commands receive a
 * Prompter, or null when there is no terminal, in which case they must not ask anything.
 */
import { CancelledError } from '../errors.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  select<T>(message: string, choices: Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, opts?: { default?: string; validate?: (v: string) => string | true }): Promise<string>;
  password(message: string, opts?: { validate?: (v: string) => string | true }): Promise<string>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Text shown between questions (notes, progress). */
  say(text: string): void;
}

type Inquirer = typeof import('@inquirer/prompts');

/** What decides whether a command may ask (the App). */
export interface PromptHost {
  interactive: boolean;
  json: boolean;
  noInput: boolean;
  out(text: string): void;
}

/** A prompter on a terminal (not with --json, not with --no-input), else null: then nothing may be asked. */
export function promptFor(host: PromptHost): Prompter | null {
  return host.interactive && !host.json ? terminalPrompter((t) => host.out(t)) : null;
}

/** Why nothing can be asked, for the usage error that names the missing flag. */
export function whyNoPrompt(host: PromptHost): string {
  if (host.noInput) return '--no-input forbids questions';
  if (host.json && host.interactive) return '--json asks no questions';
  return 'there is no terminal to ask on';
}

/** Maps inquirer's Ctrl-C (ExitPromptError) to our CancelledError. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) throw new CancelledError();
    throw err;
  }
}

export function terminalPrompter(write: (text: string) => void): Prompter {
  let lib: Promise<Inquirer> | null = null;
  const load = () => (lib ??= import('@inquirer/prompts'));
  return {
    async select(message, choices, defaultValue) {
      const { select } = await load();
      return guard(() => select({ message, choices, default: defaultValue, pageSize: 10 }));
    },
    async input(message, opts = {}) {
      const { input } = await load();
      return guard(() => input({ message, default: opts.default, validate: opts.validate }));
    },
    async password(message, opts = {}) {
      const { password } = await load();
      return guard(() => password({ message, mask: '*', validate: opts.validate }));
    },
    async confirm(message, defaultValue) {
      const { confirm } = await load();
      return guard(() => confirm({ message, default: defaultValue }));
    },
    say: write,
  };
}
