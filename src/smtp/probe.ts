/**
 * The live test: walks the stage ladder (LADDER, data) with an SMTP session (session.ts) and returns a ProbeReport.
 * Expected failures are values (report.failure), never exceptions. Everything the server sent reaches the report
 * made safe (credentials masked, control characters escaped), so every consumer (terminal, --json, the stored
 * test summary) gets safe text.
 *
 * Why not nodemailer's verify(): it never sends MAIL FROM/RCPT TO, passes when AUTH is not advertised, and can
 * send AUTH in clear text when STARTTLS is missing.
 */
import type dns from 'node:dns';
import type { Credentials } from '../core/auth.js';
import { DEFAULT_TIMEOUTS, enhancedCode, type CertificateInfo, type ProbeReport, type ProbeTarget, type ProbeTimeouts, type Stage, type StageResult, type TranscriptLine } from '../core/probe.js';
import { escapeControls, safeLines, safeText } from '../core/untrusted.js';
import { SmtpSession, StageFailure, type SessionPlan, type StageOutcome } from './session.js';
import { Redactor } from './sasl.js';
import { Budget } from './transport.js';

export { MASK } from './sasl.js';
export { dotStuff } from './session.js';

export interface ProbeOptions {
  timeouts?: Partial<ProbeTimeouts>;
  /** Default: os.hostname() if it has a dot, else the address literal of our end, e.g. [192.0.2.1]. */
  ehloName?: string;
  /** Send a real test message to this address (RCPT TO uses it instead of target.rcpt). */
  sendTo?: string | null;
  displayName?: string | null;
  /** Progress: called as each stage ends. */
  onStage?: (s: StageResult) => void;
  /** Live transcript for --debug (secrets masked, control characters escaped). */
  onTranscript?: (l: TranscriptLine) => void;
  lookup?: typeof dns.lookup;
}

/** One rung of the ladder: its stage, when it applies, and the session method that climbs it. */
interface Rung {
  stage: Stage;
  when?: (plan: SessionPlan) => boolean;
  run: (session: SmtpSession) => Promise<StageOutcome>;
}

/** The stage ladder. After the last rung comes RSET/QUIT, which never fails the test. */
export const LADDER: readonly Rung[] = [
  { stage: 'dns', run: (s) => s.resolve() },
  { stage: 'connect', run: (s) => s.connect() },
  { stage: 'tls', when: (p) => p.target.security === 'ssl', run: (s) => s.implicitTls() },
  { stage: 'greeting', run: (s) => s.greeting() },
  { stage: 'ehlo', run: (s) => s.ehlo() },
  { stage: 'tls', when: (p) => p.target.security === 'starttls', run: (s) => s.starttls() },
  { stage: 'auth', when: (p) => p.credentials.method !== 'none', run: (s) => s.auth() },
  { stage: 'mail', run: (s) => s.mailFrom() },
  { stage: 'rcpt', run: (s) => s.rcptTo() },
  { stage: 'data', when: (p) => p.sendTo !== null, run: (s) => s.data() },
];

export async function runProbe(target: ProbeTarget, credentials: Credentials, opts: ProbeOptions = {}): Promise<ProbeReport> {
  const timeouts: ProbeTimeouts = { ...DEFAULT_TIMEOUTS };
  for (const [k, v] of Object.entries(opts.timeouts ?? {}) as Array<[keyof ProbeTimeouts, number | undefined]>) {
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) timeouts[k] = v;
  }
  const started = Date.now();
  const budget = new Budget(timeouts.deadlineMs, started);

  const redactor = new Redactor();
  const safe = (text: string): string => safeText(redactor.apply(text));
  const transcript: TranscriptLine[] = [];
  const log = (dir: TranscriptLine['dir'], line: string): void => {
    const entry: TranscriptLine = { t: Date.now() - started, dir, line: dir === 'server' ? safe(line) : escapeControls(line) };
    transcript.push(entry);
    try { opts.onTranscript?.(entry); } catch { /* a display callback must not break the test */ }
  };

  const report: ProbeReport = {
    ok: false,
    target,
    startedAt: new Date(started).toISOString(),
    totalMs: 0,
    stages: [],
    capabilities: [],
    authMechanisms: [],
    certificate: null,
    failure: null,
    diagnosis: null,
    transcript,
    sentMessageId: null,
  };
  const plan: SessionPlan = { target, credentials, timeouts, ehloName: opts.ehloName, sendTo: opts.sendTo ?? null, displayName: opts.displayName ?? null, lookup: opts.lookup, redactor };
  const session = new SmtpSession(plan, budget, log);

  const pushStage = (s: StageResult): void => {
    report.stages.push(s);
    try { opts.onStage?.(s); } catch { /* ignore */ }
  };
  const collect = (): void => {
    report.capabilities = session.capabilities.map(safe);
    report.authMechanisms = session.authMechanisms.map(safe);
    report.certificate = session.certificate && safeCertificate(session.certificate);
  };

  try {
    for (const rung of LADDER) {
      if (rung.when && !rung.when(plan)) continue;
      const t0 = Date.now();
      try {
        const out = await rung.run(session);
        session.settle(rung.stage);
        collect();
        pushStage({ stage: rung.stage, ok: true, ms: Date.now() - t0, ...outcomeFields(out, redactor) });
      } catch (err) {
        if (!(err instanceof StageFailure)) throw err; // a bug, not an outcome
        collect();
        const f = err.failure;
        pushStage({ stage: rung.stage, ok: false, ms: Date.now() - t0, detail: f.message, ...(f.reply !== undefined ? { reply: f.reply, code: f.code, enhanced: f.enhanced } : {}) });
        throw err;
      }
    }
    const t0 = Date.now();
    const { reply, note } = await session.quit();
    pushStage({ stage: 'quit', ok: true, ms: Date.now() - t0, detail: safe(note), ...(reply ? replyFields(reply.text, reply.code, redactor) : {}) });
    report.sentMessageId = session.sentMessageId;
    report.ok = true;
  } catch (err) {
    if (!(err instanceof StageFailure)) throw err;
    report.failure = err.failure;
    report.sentMessageId = session.sentMessageId;
    log('info', `failed at ${err.failure.stage}: ${err.failure.message}`);
    await session.goodbye(err.failure);
  } finally {
    session.destroy();
    report.totalMs = Date.now() - started;
  }
  return report;
}

/** A reply for the report: this run's secrets masked, then safeLines. */
function replyFields(text: string, code: number, redactor: Redactor): Pick<StageResult, 'reply' | 'code' | 'enhanced'> {
  const reply = safeLines(redactor.apply(text));
  return { reply, code, enhanced: enhancedCode(reply) };
}

function outcomeFields(out: StageOutcome, redactor: Redactor): Pick<StageResult, 'detail' | 'reply' | 'code' | 'enhanced'> {
  return {
    ...(out.detail !== undefined ? { detail: safeText(redactor.apply(out.detail)) } : {}),
    ...(out.reply ? replyFields(out.reply.text, out.reply.code, redactor) : {}),
  };
}

/** The certificate's text fields come from the server: control characters escaped (nothing to mask in them). */
function safeCertificate(c: CertificateInfo): CertificateInfo {
  return {
    ...c,
    subject: escapeControls(c.subject),
    issuer: escapeControls(c.issuer),
    altNames: c.altNames === null ? null : escapeControls(c.altNames),
    authorizationError: c.authorizationError === null ? null : escapeControls(c.authorizationError),
  };
}
