/** How the DNS pre-flight looks: one line per finding, the record to publish under it; --json is the DnsReport. */
import type { DnsFinding, DnsReport, Level } from '../core/dnscheck.js';
import { escapeControls } from '../core/untrusted.js';
import { pad, type Style } from './style.js';

function mark(level: Level, style: Style): string {
  switch (level) {
    case 'ok': return style.ok('✔');
    case 'info': return style.dim('·');
    case 'warning': return style.warn('!');
    case 'error': return style.fail('✖');
    default: return style.warn('?');
  }
}

export function findingLines(f: DnsFinding, style: Style, withFound = false): string[] {
  const lines = [`  ${mark(f.level, style)} ${pad(f.check.toUpperCase(), 6)} ${escapeControls(f.message)}`];
  if (f.publish) {
    lines.push(`           publish: ${style.accent(`${f.publish.name} ${f.publish.type} ${escapeControls(f.publish.value)}`)}`);
    if (f.publish.note) lines.push(`            ${style.dim(f.publish.note)}`);
  }
  if (withFound && f.level !== 'ok' && f.found.length) for (const r of f.found) lines.push(`           now:     ${style.dim(r)}`);
  if (f.rule) lines.push(`           ${style.dim(`rule: ${f.rule}`)}`);
  return lines;
}

export function summary(report: DnsReport): string {
  const count = (l: Level) => report.findings.filter((f) => f.level === l).length;
  const parts = [[count('error'), 'error'], [count('warning'), 'warning'], [count('unreachable'), 'not checked (DNS)']]
    .filter(([n]) => n)
    .map(([n, w]) => `${n} ${w}${n !== 1 && w !== 'not checked (DNS)' ? 's' : ''}`);
  return parts.length ? parts.join(', ') : 'nothing to fix';
}

export function reportText(report: DnsReport, style: Style): string {
  const head = `DNS check of ${report.email}${report.domain !== report.asciiDomain ? style.dim(` (${report.asciiDomain})`) : ''}: ${report.provider.label}${style.dim(` (${report.provider.source})`)}`;
  const lines = [style.bold(head)];
  for (const f of report.findings) lines.push(...findingLines(f, style, true));
  const verdict = report.exitCode === 0 ? style.ok(summary(report)) : report.level === 'error' ? style.fail(summary(report)) : style.warn(summary(report));
  lines.push(`  ${verdict} (exit ${report.exitCode})`);
  return lines.join('\n');
}

/** After a passing live test: only what needs attention, briefly. */
export function preflightText(report: DnsReport, style: Style): string {
  const attention = report.findings.filter((f) => f.level === 'warning' || f.level === 'error' || f.level === 'unreachable');
  if (attention.length === 0) {
    const ok = [...new Set(report.findings.filter((f) => f.level === 'ok').map((f) => f.check.toUpperCase()))].join(', ');
    return `  ${style.ok('✔')} DNS pre-flight of ${report.domain}: ${ok || 'nothing to fix'}${ok ? ' in order' : ''}.`;
  }
  const lines = [`  ${style.warn('DNS pre-flight')} of ${report.domain}: ${summary(report)} (details: addr check ${report.email})`];
  for (const f of attention) lines.push(...findingLines(f, style));
  return lines.join('\n');
}
