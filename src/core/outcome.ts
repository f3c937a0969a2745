/**
 * From a live-test report to what the user and scripts see: the failure signal for the classifier,
 * the exit code, and the one-line summary stored as the address's last test result.
 */
import { ExitCode } from '../errors.js';
import type { Diagnosis, FailureSignal, SenderContext } from './diagnosis.js';
import type { ProbeFailure, ProbeReport, ProbeTarget } from './probe.js';

export function failureSignal(f: ProbeFailure): FailureSignal {
  return {
    text: f.reply ?? f.message,
    code: f.code,
    enhanced: f.enhanced,
    stage: f.stage,
    errorCode: f.errorCode,
    timeout: f.timeout,
  };
}

export function senderContext(target: ProbeTarget, preset: string): SenderContext {
  return { email: target.from, username: target.username, host: target.host, port: target.port, security: target.security, preset };
}

const AUTH = new Set(['auth_failed', 'app_password_required', 'smtp_auth_disabled', 'auth_unavailable']);
const PROTOCOL = new Set(['wrong_security_mode', 'tls_required', 'tls_unavailable', 'tls_handshake_failed', 'certificate_invalid']);

/** The documented exit code of a failed live test (see README, "Exit codes"). */
export function exitCodeFor(d: Diagnosis): number {
  if (AUTH.has(d.category)) return ExitCode.NOPERM;
  if (d.category === 'dns_not_found') return ExitCode.NOHOST;
  if (PROTOCOL.has(d.category)) return ExitCode.PROTOCOL;
  if (!d.permanent) return ExitCode.TEMPFAIL;
  return ExitCode.UNAVAILABLE;
}

/** "passed" or "auth: auth_failed (535 5.7.8)": kept with the address as its last test result. */
export function testSummary(report: ProbeReport): string | null {
  if (report.ok || !report.failure) return null;
  const f = report.failure;
  const code = [f.code, f.enhanced].filter(Boolean).join(' ');
  return `${f.stage}: ${report.diagnosis?.category ?? 'unknown'}${code ? ` (${code})` : ''}`;
}
