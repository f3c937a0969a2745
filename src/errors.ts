/**
 * Typed errors. Every error that reaches the user carries a sysexits-style exit code,
 * one sentence saying what went wrong, and a hint saying what to do.
 * Only the entry point (src/cli.ts) turns them into output and an exit status.
 */
export const ExitCode = {
  OK: 0,
  /** `addr diagnose` found failures (grep-like); also used for "nothing matched". */
  FOUND: 1,
  USAGE: 64, // EX_USAGE: bad or missing flag, prompt needed without a terminal
  DATAERR: 65, // EX_DATAERR: invalid value (e-mail, port, display name), duplicate address
  NOINPUT: 66, // EX_NOINPUT: a file to read does not exist or cannot be read
  NOUSER: 67, // EX_NOUSER: no such saved address
  NOHOST: 68, // EX_NOHOST: live test: the SMTP host name does not resolve
  UNAVAILABLE: 69, // EX_UNAVAILABLE: live test: permanent refusal (5xx at MAIL/RCPT); addr sandbox: a port it needs is taken
  SOFTWARE: 70, // EX_SOFTWARE: a bug in addr
  CANTCREAT: 73, // EX_CANTCREAT: the database or key file cannot be created
  IOERR: 74, // EX_IOERR: reading/writing the database failed
  TEMPFAIL: 75, // EX_TEMPFAIL: live test: temporary failure (timeouts, 4xx), try again later
  PROTOCOL: 76, // EX_PROTOCOL: live test: TLS / security-mode / certificate problem
  NOPERM: 77, // EX_NOPERM: live test: authentication refused
  CONFIG: 78, // EX_CONFIG: bad config file, wrong encryption key
  NONAME: 79, // no such user, group or project (67 is kept for saved addresses)
  ACCESS: 80, // addr send: refused by the access rules (user, group, project binding, untested address)
  CANCELLED: 130, // the user pressed Ctrl-C in a prompt
} as const;

export class AddrError extends Error {
  readonly exitCode: number;
  readonly hint?: string;
  /** Machine-readable kind, used in --json error output. */
  readonly kind: string;
  constructor(kind: string, message: string, exitCode: number, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AddrError';
    this.kind = kind;
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

export class UsageError extends AddrError {
  constructor(message: string, hint?: string) {
    super('usage', message, ExitCode.USAGE, hint);
  }
}

export class ValidationError extends AddrError {
  readonly field: string;
  constructor(field: string, message: string, hint?: string) {
    super('invalid', message, ExitCode.DATAERR, hint);
    this.field = field;
  }
}

export class NotFoundError extends AddrError {
  constructor(message: string, hint?: string) {
    super('not_found', message, ExitCode.NOUSER, hint);
  }
}

/** A user, group or project that the directory does not know. */
export class UnknownNameError extends AddrError {
  constructor(message: string, hint?: string) {
    super('unknown_name', message, ExitCode.NONAME, hint);
  }
}

export class InputError extends AddrError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super('no_input', message, ExitCode.NOINPUT, hint, options);
  }
}

export class ConfigError extends AddrError {
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super('config', message, ExitCode.CONFIG, hint, options);
  }
}

export class StoreError extends AddrError {
  constructor(message: string, hint?: string, exitCode: number = ExitCode.IOERR, options?: { cause?: unknown }) {
    super('store', message, exitCode, hint, options);
  }
}

export class CancelledError extends AddrError {
  constructor() {
    super('cancelled', 'Cancelled; nothing was changed.', ExitCode.CANCELLED);
  }
}
