/**
 * How a live test looks: one line per stage as it ends (progress, on stderr), and the verdict
 * with the server's words, the cause and the remedy. The --json form is built from the same report.
 */
import { STAGE_LABELS, type CertificateInfo, type ProbeReport, type StageResult, type TranscriptLine } from '../core/probe.js';
import type { Diagnosis } from '../core/diagnosis.js';
import { pad, type Style } from './style.js';

const LABEL_WIDTH = Math.max(...Object.values(STAGE_LABELS).map((l) => l.length));

export function stageLine(s: StageResult, style: Style): string {
  const mark = s.ok ? style.ok('✔') : style.fail('✖');
  const ms = style.dim(`${String(s.ms).padStart(5)} ms`);
  // A passing stage shows what it established; a failing one shows the server's words (or the error).
  const text = s.ok ? s.detail ?? (s.reply ? lastLine(s.reply) : '') : s.reply ? lastLine(s.reply) : s.detail ?? '';
  return `  ${mark} ${pad(STAGE_LABELS[s.stage], LABEL_WIDTH)} ${ms}  ${s.ok ? text : style.fail(text)}`.trimEnd();
}

export function transcriptLine(l: TranscriptLine, style: Style): string {
  const prefix = l.dir === 'client' ? 'C:' : l.dir === 'server' ? 'S:' : '* ';
  return style.dim(`    ${String(l.t).padStart(6)} ms ${prefix} ${l.line}`);
}

function lastLine(s: string): string {
  const lines = s.split('\n');
  return lines[lines.length - 1]!;
}

export function certificateLines(c: CertificateInfo, now: Date, style: Style): string[] {
  const days = Math.floor((Date.parse(c.validTo) - now.getTime()) / 86_400_000);
  const expiry = days < 0 ? style.fail(`expired ${-days} days ago`) : days < 21 ? style.warn(`expires in ${days} days`) : `expires in ${days} days`;
  return [
    `  Certificate: ${c.subject}`,
    `    issuer ${c.issuer}; valid to ${c.validTo.slice(0, 10)} (${expiry})${c.authorized ? '' : style.warn(`; NOT verified: ${c.authorizationError ?? 'unknown reason'}`)}`,
  ];
}

/** The failure block: which stage failed, the server's words, the cause and what to do. */
export function failureBlock(report: ProbeReport, style: Style): string {
  const f = report.failure;
  if (!f) return '';
  const d = report.diagnosis;
  const lines: string[] = [];
  lines.push(style.fail(`✖ Live test failed at ${STAGE_LABELS[f.stage]}: ${f.message}`));
  if (f.reply) {
    lines.push('  Server said:');
    for (const l of f.reply.split('\n')) lines.push(`    ${l}`);
  }
  if (d) lines.push(...diagnosisLines(d, style));
  return lines.join('\n');
}

export function diagnosisLines(d: Diagnosis, style: Style): string[] {
  const lines = [
    `  Category: ${d.category} (${d.permanent ? 'permanent' : 'temporary'}, fix: ${d.fixSide})`,
    `  Cause:    ${d.cause}`,
    `  Remedy:   ${d.remedy}`,
  ];
  for (const link of d.links) lines.push(`            ${style.accent(link)}`);
  return lines;
}

/** The stable JSON form of a live test. */
export function reportJson(report: ProbeReport, extra: Record<string, unknown> = {}, withTranscript = false): Record<string, unknown> {
  return {
    ...extra,
    ok: report.ok,
    target: report.target,
    startedAt: report.startedAt,
    totalMs: report.totalMs,
    stages: report.stages,
    capabilities: report.capabilities,
    authMechanisms: report.authMechanisms,
    certificate: report.certificate,
    failure: report.failure,
    diagnosis: report.diagnosis,
    sentMessageId: report.sentMessageId,
    ...(withTranscript ? { transcript: report.transcript } : {}),
  };
}
