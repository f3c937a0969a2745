/** Rendering of OAuth2 sign-ins: the JSON object and the human lines come from the same data. Never a secret. */
import { OAUTH_PROVIDERS } from '../core/oauth.js';
import { escapeControls } from '../core/untrusted.js';
import type { OAuthGrant } from '../store/oauth-grants.js';
import { table, type Style } from './style.js';

export interface GrantCheck {
  ok: boolean;
  accessExpiresAt: string | null;
  error?: { kind: string; message: string; hint: string | null; exitCode: number };
}

export interface GrantView {
  email: string;
  /** Whether the address itself is saved (a sign-in may come first). */
  saved: boolean;
  provider: string | null;
  flow: string;
  tenant: string | null;
  clientId: string | null;
  /** client-credentials: secret or certificate. */
  clientAuth: string | null;
  /** Who signed in, as the provider said; null when it did not say. */
  account: string | null;
  scope: string | null;
  tokenCommand: string | null;
  refreshToken: 'stored' | 'none';
  signedInAt: string;
  lastRefresh: string | null;
  accessExpiresAt: string | null;
  refreshUsableUntil: string | null;
  refreshLifetime: string | null;
  check?: GrantCheck;
}

export function grantView(g: OAuthGrant, saved: boolean, check?: GrantCheck): GrantView {
  const v: GrantView = {
    email: g.email,
    saved,
    provider: g.provider,
    flow: g.flow,
    tenant: g.tenant,
    clientId: g.clientId,
    clientAuth: g.clientAuth,
    account: g.account,
    scope: g.scope,
    tokenCommand: g.tokenCommand,
    refreshToken: g.hasRefreshToken ? 'stored' : 'none',
    signedInAt: g.signedInAt,
    lastRefresh: g.refreshedAt,
    accessExpiresAt: check?.accessExpiresAt ?? g.accessExpiresAt,
    refreshUsableUntil: g.refreshExpiresAt,
    refreshLifetime: g.provider && g.flow !== 'client-credentials' && g.flow !== 'command' ? OAUTH_PROVIDERS[g.provider].refreshLifetime : null,
  };
  if (check) v.check = check;
  return v;
}

/** "2026-03-02 10:00 UTC (in 59 min)", "… (expired)". */
export function when(iso: string | null, now: Date): string {
  if (!iso) return 'unknown';
  const t = new Date(iso);
  const text = t.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  const min = Math.round((t.getTime() - now.getTime()) / 60_000);
  if (min < 0) return `${text} (${min > -120 ? `${-min} min ago` : 'expired'})`;
  if (min < 120) return `${text} (in ${min} min)`;
  if (min < 2 * 1440) return `${text} (in ${Math.round(min / 60)} h)`;
  return `${text} (in ${Math.round(min / 1440)} days)`;
}

const flowLabel: Record<string, string> = {
  device: 'device code',
  loopback: 'browser (loopback + PKCE)',
  'client-credentials': 'app-only (client credentials)',
  command: 'token command',
};

export function grantLines(v: GrantView, now: Date, style: Style): string {
  const rows: Array<[string, string]> = [
    ['address', `${v.email}${v.saved ? '' : style.dim(' (not saved as an address yet)')}`],
    ['provider', v.provider ? OAUTH_PROVIDERS[v.provider as keyof typeof OAUTH_PROVIDERS]?.label ?? v.provider : style.dim('-')],
    ['sign-in', flowLabel[v.flow] ?? v.flow],
  ];
  if (v.tenant) rows.push(['tenant', v.tenant]);
  if (v.clientId) rows.push(['client id', v.clientId]);
  if (v.clientAuth) rows.push(['app proves itself with', v.clientAuth === 'certificate' ? 'a certificate (private key stored encrypted)' : 'a client secret (stored encrypted)']);
  if (v.tokenCommand) rows.push(['token command', escapeControls(v.tokenCommand)]);
  if (v.flow !== 'command') rows.push(['account', v.account ? escapeControls(v.account) : style.dim('not reported by the provider')]);
  if (v.scope) rows.push(['scope', escapeControls(v.scope)]);
  rows.push(['signed in', when(v.signedInAt, now)]);
  if (v.flow !== 'command') {
    rows.push(['last refresh', v.lastRefresh ? when(v.lastRefresh, now) : style.dim('never')]);
    rows.push(['access token until', v.accessExpiresAt ? when(v.accessExpiresAt, now) : style.dim('none kept (one is fetched when needed)')]);
  }
  if (v.flow === 'device' || v.flow === 'loopback') {
    rows.push(['refresh token', v.refreshToken === 'stored' ? `stored encrypted; usable ${v.refreshLifetime ?? 'until revoked'}${v.refreshUsableUntil ? `, now until ${when(v.refreshUsableUntil, now)}` : ''}` : style.fail('none: sign in again')]);
  }
  if (v.check) rows.push(['check', v.check.ok ? style.ok(`ok: a valid access token until ${when(v.check.accessExpiresAt, now)}`) : style.fail(`failed: ${v.check.error?.message ?? ''}`)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, val]) => `${k.padEnd(width)}  ${val}`).join('\n');
}

export function grantsTable(views: GrantView[], now: Date, style: Style): string {
  return table(['ADDRESS', 'PROVIDER', 'SIGN-IN', 'ACCOUNT', 'ACCESS TOKEN UNTIL', 'LAST REFRESH'], views.map((v) => [
    v.saved ? v.email : `${v.email}${style.dim('*')}`,
    v.provider ?? '-',
    v.flow,
    v.account ? escapeControls(v.account) : '-',
    v.check ? (v.check.ok ? when(v.check.accessExpiresAt, now) : style.fail('FAILED')) : v.accessExpiresAt ? when(v.accessExpiresAt, now) : '-',
    v.lastRefresh ? when(v.lastRefresh, now) : '-',
  ]), style);
}
