/**
 * How a saved address looks in `list`, `show` and in JSON. The password never appears: not even its length.
 * Stored text is shown with control characters escaped (a row written by an older addr, or by hand, cannot move
 * the cursor or retitle the terminal); the last test's summary, which may quote a server, has credentials masked.
 */
import type { LastTest, SenderAddress } from '../core/address.js';
import { escapeControls, safeText } from '../core/untrusted.js';
import type { AccessRules } from '../core/access.js';
import { accessSummary, projectsSummary } from './rules-view.js';
import { table, type Style } from './style.js';
import { localTime } from './time.js';

const esc = (v: string | null): string | null => (v === null ? null : escapeControls(v));
const safeTest = (t: LastTest | null): LastTest | null => (t === null ? null : { ...t, summary: t.summary === null ? null : safeText(t.summary) });

export function addressJson(a: SenderAddress): Record<string, unknown> {
  return {
    email: escapeControls(a.email),
    displayName: esc(a.displayName),
    preset: escapeControls(a.preset),
    host: escapeControls(a.host),
    port: a.port,
    security: a.security,
    username: escapeControls(a.username),
    authMethod: a.authMethod,
    hasPassword: a.hasPassword,
    tlsVerify: a.tlsVerify,
    insecure: !a.tlsVerify,
    caFile: esc(a.caFile),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    lastTest: safeTest(a.lastTest),
  };
}

function tlsLabel(a: SenderAddress, style: Style): string {
  if (a.security === 'none') return style.warn('none');
  if (!a.tlsVerify) return style.fail(`${a.security} INSECURE`);
  return a.caFile ? `${a.security} (own CA)` : a.security;
}

function lastTestLabel(a: SenderAddress, style: Style): string {
  const t = a.lastTest;
  if (!t) return style.dim('never');
  const when = localTime(t.at);
  if (t.ok) return style.ok(`ok ${when}`);
  // A temporary failure the address is still in service with (see core/access.ts inService).
  return t.inService ? style.warn(`FAILED ${when} (temporary, ${t.temporaryFailures} in a row; still in service)`) : style.fail(`FAILED ${when}`);
}

export function addressTable(list: SenderAddress[], rulesOf: (email: string) => AccessRules, style: Style): string {
  return table(
    ['ADDRESS', 'NAME', 'SERVER', 'SECURITY', 'AUTH', 'WHO', 'PROJECTS', 'LAST TEST'],
    list.map((a) => {
      const r = rulesOf(a.email);
      return [escapeControls(a.email), esc(a.displayName) ?? '', `${escapeControls(a.host)}:${a.port}`, tlsLabel(a, style), a.authMethod, accessSummary(r), projectsSummary(r), lastTestLabel(a, style)];
    }),
    style,
  );
}

/** The OAuth2 sign-in of an address as `show` summarises it (never a secret). */
export interface SignInSummary {
  provider: string | null;
  flow: string;
  account: string | null;
  /** The access token kept from the last refresh is valid until then (null: none kept). */
  accessExpiresAt: string | null;
  /** The refresh token is usable until then, where the provider has a rule (null: until revoked, or unknown). */
  refreshUsableUntil: string | null;
  tokenCommand: string | null;
}

function authLabel(a: SenderAddress, signIn: SignInSummary | null, style: Style): string {
  if (a.authMethod === 'none') return style.dim('none (no AUTH)');
  if (a.authMethod === 'password') return a.hasPassword ? 'password (stored, encrypted)' : style.fail('password (none stored)');
  if (!signIn) return `oauth2 ${style.warn('(no stored sign-in: `addr auth login ' + escapeControls(a.email) + '` or a token flag)')}`;
  if (signIn.flow === 'command') return `oauth2 via the token command ${escapeControls(signIn.tokenCommand ?? '')}`;
  const parts = [signIn.provider ?? 'oauth2', signIn.flow];
  if (signIn.account) parts.push(`as ${escapeControls(signIn.account)}`);
  const until = signIn.refreshUsableUntil ? `sign-in valid until ${localTime(signIn.refreshUsableUntil)}` : signIn.flow === 'client-credentials' ? 'app-only, no expiry' : 'sign-in valid until revoked';
  const token = signIn.accessExpiresAt ? `, access token until ${localTime(signIn.accessExpiresAt)}` : '';
  return `oauth2 (${parts.join(', ')}; ${until}${token})`;
}

/** `presetLabel` is passed in so that `list` does not load the preset table. */
export function addressDetails(a: SenderAddress, presetLabel: string, rules: AccessRules, defaultOf: string[], style: Style, signIn: SignInSummary | null = null): string {
  const preset = presetLabel;
  const rows: [string, string][] = [
    ['Address', escapeControls(a.email)],
    ['Display name', esc(a.displayName) ?? style.dim('(none)')],
    ['Preset', escapeControls(preset)],
    ['Server', `${escapeControls(a.host)}:${a.port}`],
    ['Security', tlsLabel(a, style)],
    ['Certificate check', a.security === 'none' ? style.dim('n/a (no TLS)') : a.tlsVerify ? (a.caFile ? `verified against ${escapeControls(a.caFile)}` : 'verified (system CAs)') : style.fail('OFF (--insecure)')],
    ['Login', escapeControls(a.username)],
    ['Auth', authLabel(a, signIn, style)],
    ['May be used by', accessSummary(rules)],
    ['Projects', projectsSummary(rules)],
    ...(defaultOf.length ? [['Default of', defaultOf.join(', ')] as [string, string]] : []),
    ['Created', localTime(a.createdAt)],
    ['Updated', localTime(a.updatedAt)],
    ['Last test', a.lastTest ? `${lastTestLabel(a, style)}${a.lastTest.summary ? `  ${safeText(a.lastTest.summary)}` : ''}` : style.dim('never')],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${style.bold(k.padEnd(w))}  ${v}`).join('\n');
}
