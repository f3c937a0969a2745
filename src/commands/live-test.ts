/**
 * Runs the live test for add, edit and test: progress per stage on stderr, the SMTP transcript under
 * --debug, then the shared classifier turns a failure into a diagnosis and an exit code. The classifier is
 * loaded only when the test failed.
 */
import type { App } from '../app.js';
import type { AddressDraft } from '../core/address.js';
import type { Credentials } from '../core/auth.js';
import { exitCodeFor, failureSignal, senderContext, testSummary, tokenFailureOutcome, type TokenFailure } from '../core/outcome.js';
import { AddrError } from '../errors.js';
import type { ProbeReport, ProbeTarget } from '../core/probe.js';
import { toAsciiEmail, type LastTest } from '../core/address.js';
import { stageLine, transcriptLine } from '../ui/probe-view.js';

export interface LiveTestRequest {
  draft: AddressDraft;
  /** How to log in; default: the draft's password, or no login when it has none. */
  credentials?: Credentials;
  /** RCPT TO of the probe; default the address itself. */
  rcpt?: string | null;
  /** Send a real test message to this address. */
  sendTo?: string | null;
  /** Show the stage lines as they happen (human mode). */
  progress: boolean;
}

export interface LiveTestResult {
  report: ProbeReport;
  exitCode: number;
  lastTest: LastTest;
}

/** The draft's password login, or no login. An oauth2 draft's credentials (a token source) are given by the caller. */
export function credentialsOf(draft: AddressDraft): Credentials {
  if (draft.authMethod === 'oauth2') throw new Error(`internal: the live test of ${draft.email} (oauth2) needs its token source`);
  return draft.authMethod === 'none' || draft.password === null ? { method: 'none' } : { method: 'password', username: draft.username, password: draft.password };
}

export function targetOf(draft: AddressDraft, rcpt?: string | null, sendTo?: string | null, credentials: Credentials = credentialsOf(draft)): ProbeTarget {
  return {
    host: draft.host,
    port: draft.port,
    security: draft.security,
    username: credentials.method === 'none' ? null : credentials.username,
    // On the wire the domain is punycode (an address is stored and shown with its Unicode domain).
    from: toAsciiEmail(draft.email),
    rcpt: toAsciiEmail(sendTo ?? rcpt ?? draft.email),
    tlsVerify: draft.tlsVerify,
    caFile: draft.caFile,
  };
}

export async function liveTest(app: App, req: LiveTestRequest): Promise<LiveTestResult> {
  const [{ runProbe }, { lookupVia }] = await Promise.all([import('../smtp/probe.js'), import('../dns/lookup.js')]);
  const { draft } = req;
  // The sign-in's own error when it gave no token: its diagnosis and exit code, not a refused login's.
  let tokenFailure: TokenFailure | null = null;
  const given = req.credentials ?? credentialsOf(draft);
  const credentials: Credentials = given.method !== 'oauth2' ? given : {
    ...given,
    token: async (renew) => {
      try {
        return await given.token(renew);
      } catch (err) {
        if (err instanceof AddrError) tokenFailure = { kind: err.kind, message: err.message, hint: err.hint, exitCode: err.exitCode };
        throw err;
      }
    },
  };
  const target = targetOf(draft, req.rcpt, req.sendTo, credentials);
  const style = app.errStyle;
  if (req.progress) {
    const sec = draft.security === 'ssl' ? 'implicit TLS' : draft.security === 'starttls' ? 'STARTTLS' : 'no encryption';
    app.err(`Testing ${draft.email} via ${draft.host}:${draft.port} (${sec})${draft.tlsVerify ? '' : style.warn(' with certificate verification OFF')}…`);
  }
  const report = await runProbe(target, credentials, {
    timeouts: app.effective.settings.timeouts,
    ehloName: app.effective.settings.ehloName ?? undefined,
    sendTo: req.sendTo ?? null,
    displayName: draft.displayName,
    onStage: req.progress ? (s) => app.err(stageLine(s, style)) : undefined,
    onTranscript: app.debug ? (l) => app.err(transcriptLine(l, style)) : undefined,
    lookup: lookupVia(app.effective.settings.dnsServer, app.effective.settings.timeouts.connectMs),
  });
  if (report.failure) {
    const { classify } = await import('../core/classify.js');
    report.diagnosis = classify(failureSignal(report.failure), senderContext(target, draft.preset));
  }
  let exitCode = report.ok ? 0 : exitCodeFor(report.diagnosis!);
  const signIn = tokenFailure as TokenFailure | null;
  if (signIn && report.failure?.errorCode === 'EOAUTH2') ({ diagnosis: report.diagnosis, exitCode } = tokenFailureOutcome(signIn));
  const lastTest: LastTest = { at: report.startedAt, ok: report.ok, summary: testSummary(report) };
  return { report, exitCode, lastTest };
}
