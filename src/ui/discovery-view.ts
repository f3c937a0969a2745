/**
 * How discovery looks: one line per step as it ends (progress, stderr), then what was found, where each value came
 * from, and the command that adds it. The --json form is the DiscoveryResult itself.
 */
import type { DiscoveryResult, FoundSettings, StepOutcome } from '../core/discovery.js';
import { PROVIDERS, adminStepsFor, defaultEndpoint } from '../core/providers.js';
import { escapeControls } from '../core/untrusted.js';
import { pad, type Style } from './style.js';

const SECURITY: Record<string, string> = { ssl: 'implicit TLS', starttls: 'STARTTLS', none: 'no encryption' };

export function stepLine(s: StepOutcome, style: Style): string {
  const mark = s.status === 'found' ? style.ok('✔') : s.status === 'failed' ? style.fail('✖') : style.dim('·');
  const ms = s.ms !== undefined ? style.dim(`${String(s.ms).padStart(5)} ms`) : ' '.repeat(8);
  return `  ${mark} ${pad(s.step, 10)} ${ms}  ${s.status === 'skipped' ? style.dim(escapeControls(s.detail)) : escapeControls(s.detail)}`;
}

/** The flags that add what was found. */
export function addCommandFor(email: string, f: FoundSettings): string {
  const p = PROVIDERS[f.provider];
  const e = defaultEndpoint(p);
  const server = f.provider !== 'custom' && e && e.host === f.host && e.port === f.port && e.security === f.security
    ? `--preset ${f.provider}`
    : `${f.provider !== 'custom' ? `--preset ${f.provider} ` : ''}--host ${f.host} --port ${f.port} --security ${f.security}`;
  const user = f.username === null ? ' --login LOGIN' : f.username !== email ? ` --login ${f.username}` : '';
  return `addr add --email ${email} ${server}${user} --password-stdin`;
}

export function foundLines(r: DiscoveryResult, style: Style): string[] {
  const f = r.found;
  if (!f) return [];
  const p = PROVIDERS[f.provider];
  const lines = [
    `${style.ok('Found:')} ${style.bold(f.label)} for ${r.domain}${r.domain !== r.asciiDomain ? style.dim(` (${r.asciiDomain})`) : ''}`,
    `  server  ${f.host}:${f.port} (${SECURITY[f.security]})  ${style.dim(`← ${f.source}`)}`,
    `  login   ${f.username ?? style.warn('ask: ' + (p.login.kind === 'account' ? p.login.what : 'give --login'))}  ${style.dim(`← ${f.from.username}`)}`,
  ];
  if (p.secret !== 'password') lines.push(`  secret  ${p.secret}`);
  for (const w of [...f.warnings, ...r.warnings]) lines.push(`  ${style.warn('!')} ${escapeControls(w)}`);
  return lines;
}

export function discoveryText(r: DiscoveryResult, style: Style): string {
  const f = r.found;
  if (!f) {
    const dnsDown = r.steps.some((s) => s.step === 'mx' && s.status === 'failed');
    const lines = [dnsDown
      ? `${style.fail('Could not look')} for ${r.domain}: DNS could not be read.`
      : `${style.fail('Nothing found')} for ${r.domain}: no known provider, no SRV records, no autoconfig, and no server answered on the submission ports.`];
    for (const w of r.warnings) lines.push(`  ${style.warn('!')} ${escapeControls(w)}`);
    lines.push(`  Ask the mail administrator for the server, then: addr add --email ${r.email} --host HOST --port 465 --security ssl --password-stdin`);
    return lines.join('\n');
  }
  const p = PROVIDERS[f.provider];
  const lines = foundLines(r, style);
  for (const n of p.notes) lines.push(`  • ${n}`);
  for (const step of adminStepsFor(p, r.email)) {
    lines.push(`  ${step.title}: ${step.path.join(' → ')}`);
    for (const c of step.commands ?? []) lines.push(`      ${style.accent(c)}`);
  }
  for (const l of p.links) lines.push(`    ${l.label}: ${style.accent(l.url)}`);
  if (r.alternatives.length) {
    lines.push('  Also found:');
    for (const a of r.alternatives.slice(0, 5)) lines.push(`    ${a.host}:${a.port} (${SECURITY[a.security]})  ${style.dim(`← ${a.source}`)}`);
  }
  lines.push(`  To add it (the live test runs first): ${addCommandFor(r.email, f)}`);
  return lines.join('\n');
}
