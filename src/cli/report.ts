/**
 * How an error reaches the user: one sentence on stderr (`addr: …`) and a hint, or under --json one JSON
 * line `{"error":{kind,message,hint,exitCode}}`; the stack only under --debug. Returns the exit code.
 */
import { AddrError, ExitCode } from '../errors.js';
import { escapeControls } from '../core/untrusted.js';

export interface ReportMode {
  json: boolean;
  debug: boolean;
}

type Write = (text: string) => void;

export function report(err: unknown, mode: ReportMode, write: Write): number {
  if (err instanceof AddrError) {
    // Messages may quote what the user typed or a server sent: control characters are shown, never obeyed.
    if (mode.json) {
      write(`${JSON.stringify({ error: { kind: err.kind, message: escapeControls(err.message), hint: err.hint ? escapeControls(err.hint) : null, exitCode: err.exitCode } })}\n`);
    } else {
      write(`addr: ${escapeControls(err.message)}\n`);
      if (err.hint) write(`  ${escapeControls(err.hint)}\n`);
    }
    if (mode.debug && err.cause) write(`${(err.cause as Error).stack ?? String(err.cause)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  const message = `internal error: ${escapeControls(String(e?.message ?? err))}`;
  const hint = 'This is a bug in addr; please report it with the output of the same command run with --debug.';
  if (mode.json) write(`${JSON.stringify({ error: { kind: 'internal', message, hint, exitCode: ExitCode.SOFTWARE } })}\n`);
  else write(`addr: ${message}\n  ${hint}\n`);
  if (mode.debug) write(`${e?.stack ?? ''}\n`);
  return ExitCode.SOFTWARE;
}

/** A warning (a deprecated flag): `addr: warning: …`, or under --json `{"warning":{message}}`. */
export function warn(message: string, mode: Pick<ReportMode, 'json'>, write: Write): void {
  write(mode.json ? `${JSON.stringify({ warning: { message } })}\n` : `addr: warning: ${message}\n`);
}
