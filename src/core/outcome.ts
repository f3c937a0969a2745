/**
 * From a live-test report to what the user and scripts see: the failure signal for the classifier,
 * the exit code, and the one-line summary stored as the address's last test result.
 */
import { ExitCode } from '../errors.js';
import { CATEGORIES, type Category, type Diagnosis, type FailureSignal, type SenderContext } from './diagnosis.js';
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

/**
 * The certificate advice for this address: when it already trusts a CA file (--ca) and the server's
 * certificate does not verify against it, "give its PEM with --ca" is no help; say that the file does not
 * match, and how to see what the server sends (with -starttls smtp on a STARTTLS port).
 */
export function fitDiagnosis(d: Diagnosis, target: ProbeTarget): Diagnosis {
  if (d.category !== 'certificate_invalid' || !target.caFile) return d;
  const starttls = target.security === 'starttls' ? ' -starttls smtp' : '';
  return {
    ...d,
    cause: `The server's certificate does not verify against the CA file set for this address (${target.caFile}): it was issued by another CA, or for another host name than ${target.host}.`,
    remedy: `See which certificate ${target.host}:${target.port} sends and who issued it (\`openssl s_client -connect ${target.host}:${target.port}${starttls} -servername ${target.host} -showcerts\`), then give that CA's PEM (or the server's own certificate) with --ca, or connect by the host name the certificate names. Turn verification off (--insecure) only for a server you control.`,
  };
}

/** Why an OAuth2 address had no token to log in with: the sign-in's own error (kind, sentence, remedy, exit code). */
export interface TokenFailure {
  kind: string;
  message: string;
  hint?: string;
  exitCode: number;
}

/**
 * A live test that stopped at AUTH because the sign-in gave no token (revoked, expired, consent withdrawn): the
 * diagnosis and exit code are the sign-in's own ("sign in again with `addr auth login ADDR`", 77), not those of a
 * server that refused a login.
 */
export function tokenFailureOutcome(e: TokenFailure): { diagnosis: Diagnosis; exitCode: number } {
  const category: Category = (CATEGORIES as readonly string[]).includes(e.kind) ? (e.kind as Category) : 'auth_failed';
  return {
    diagnosis: {
      category,
      cause: e.message,
      remedy: e.hint ?? 'Sign the address in again with `addr auth login ADDRESS`.',
      permanent: e.exitCode !== ExitCode.TEMPFAIL,
      fixSide: e.exitCode === ExitCode.TEMPFAIL ? 'provider' : 'sender',
      links: [],
    },
    exitCode: e.exitCode,
  };
}
