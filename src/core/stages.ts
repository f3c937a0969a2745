/**
 * The one stage vocabulary: the live test (probe), sending, the send log, log parsers and the classifier all name
 * where an SMTP conversation failed with these words. Pure.
 */

/** The ladder, in order. `tls` is implicit TLS (before greeting) or STARTTLS (after the first EHLO). */
export const STAGES = ['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'data', 'quit'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  dns: 'DNS resolve',
  connect: 'TCP connect',
  tls: 'TLS',
  greeting: 'Greeting',
  ehlo: 'EHLO',
  auth: 'AUTH',
  mail: 'MAIL FROM',
  rcpt: 'RCPT TO',
  data: 'DATA (test message)',
  quit: 'RSET/QUIT',
};

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** The SMTP command (as nodemailer's `err.command`, a log's "after RCPT TO" or a transcript's C: line) → its stage. */
const COMMAND_STAGES: Array<[RegExp, Stage]> = [
  [/^AUTH\b/i, 'auth'],
  [/^MAIL(?: FROM)?\b/i, 'mail'],
  [/^RCPT(?: TO)?\b/i, 'rcpt'],
  [/^(?:DATA|BDAT)\b|^end of data\b|^\.$/i, 'data'],
  [/^(?:EHLO|HELO|LHLO)\b/i, 'ehlo'],
  [/^STARTTLS\b/i, 'tls'],
  [/^CONN/i, 'connect'],
  [/^(?:RSET|QUIT)\b/i, 'quit'],
];

export function stageOfCommand(command: string | undefined | null): Stage | undefined {
  if (!command) return undefined;
  const c = command.trim();
  if (isStage(c)) return c;
  for (const [re, s] of COMMAND_STAGES) if (re.test(c)) return s;
  return undefined;
}
