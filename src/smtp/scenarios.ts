/**
 * The scenarios of `addr sandbox`, as data: what the server does, and what `addr test` reports against it
 * on each listener (plain = --security none, starttls, ssl). The sandbox plays them (smtp/sandbox.ts), the
 * help and the README name them, and the end-to-end test walks every row on every listener, so a scenario
 * cannot be added without saying what it should end in. No import of smtp-server here: `addr sandbox --help`
 * reads this table without loading the server.
 */
import { ExitCode } from '../errors.js';

export type ListenerName = 'plain' | 'starttls' | 'ssl';
export const LISTENERS: readonly ListenerName[] = ['plain', 'starttls', 'ssl'];

/** What a live test against the scenario ends in; null = it passes every stage. */
export interface ScenarioOutcome {
  /** The stage that fails (core/stages.ts). */
  stage: string;
  /** The category the classifier gives (core/diagnosis.ts). */
  category: string;
  exitCode: number;
  /** The reply code, when the server refuses with one. */
  code?: number;
}

export interface ScenarioSpec {
  name: string;
  /** What the sandbox does, for the help and the README. */
  does: string;
  /** The outcome on every listener … */
  outcome: ScenarioOutcome | null;
  /** … except these. */
  on?: Partial<Record<ListenerName, ScenarioOutcome | null>>;
}

export const SCENARIO_TABLE = [
  { name: 'ok', does: 'accepts the login, MAIL FROM, RCPT TO and messages (it keeps them)', outcome: null },
  { name: 'auth-fail', does: 'refuses every login: 535 5.7.8', outcome: { stage: 'auth', category: 'auth_failed', exitCode: ExitCode.NOPERM, code: 535 } },
  { name: 'spam', does: 'refuses RCPT TO as spam: 550 5.7.1', outcome: { stage: 'rcpt', category: 'spam_rejected', exitCode: ExitCode.UNAVAILABLE, code: 550 } },
  { name: 'spf', does: 'refuses RCPT TO for a failed SPF check: 550 5.7.1', outcome: { stage: 'rcpt', category: 'spf_failed', exitCode: ExitCode.UNAVAILABLE, code: 550 } },
  { name: 'sender-not-owned', does: 'refuses MAIL FROM: 553 5.7.1 sender not owned by the login', outcome: { stage: 'mail', category: 'sender_not_owned', exitCode: ExitCode.UNAVAILABLE, code: 553 } },
  { name: 'greeting-timeout', does: 'accepts the connection but never greets', outcome: { stage: 'greeting', category: 'greeting_timeout', exitCode: ExitCode.TEMPFAIL } },
  { name: 'no-auth', does: 'offers no AUTH at all', outcome: { stage: 'auth', category: 'auth_unavailable', exitCode: ExitCode.NOPERM } },
  {
    name: 'no-starttls', does: 'does not offer STARTTLS on its STARTTLS listener', outcome: null,
    on: { starttls: { stage: 'tls', category: 'tls_unavailable', exitCode: ExitCode.PROTOCOL } },
  },
] as const satisfies readonly ScenarioSpec[];

export type Scenario = (typeof SCENARIO_TABLE)[number]['name'];
export const SCENARIOS: readonly Scenario[] = SCENARIO_TABLE.map((s) => s.name);

export function isScenario(name: string): name is Scenario {
  return (SCENARIOS as readonly string[]).includes(name);
}

/** What `addr test` over `listener` ends in against `scenario`. */
export function outcomeOn(spec: ScenarioSpec, listener: ListenerName): ScenarioOutcome | null {
  return spec.on && listener in spec.on ? spec.on[listener] ?? null : spec.outcome;
}
