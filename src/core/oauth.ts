/**
 * OAuth2 for sender addresses, the pure part: each provider's endpoints, scopes and flows as data, the OAuth part
 * of the config file, validation of what token endpoints send (untrusted), expiry arithmetic with the clock handed
 * in, the device-code polling rules, and the mapping of token-endpoint errors to a diagnosis and a remedy (the rows
 * live in ./oauth-rules.ts). No I/O, no `process`, no clock: the adapter in src/oauth/ does the talking.
 */
import { AddrError, ConfigError, ExitCode, UsageError } from '../errors.js';
import { escapeControls, safeText } from './untrusted.js';
import { findProvider, PROVIDERS, type OAuthSignIn, type ProviderId } from './providers.js';
import { OAUTH_REMEDIES, OAUTH_RULES, type OAuthCategory, type OAuthFacts, type OAuthRule } from './oauth-rules.js';

export const OAUTH_PROVIDER_IDS = ['microsoft', 'google', 'yandex'] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDER_IDS)[number];

/**
 * device: the user opens a page on any device and types a code while addr polls (RFC 8628);
 * loopback: a browser sign-in that redirects to http://127.0.0.1:<port>/ with PKCE (RFC 8252);
 * client-credentials: app-only, no person signs in (Microsoft); command: a saved command prints the token.
 */
export const OAUTH_FLOWS = ['device', 'loopback', 'client-credentials', 'command'] as const;
export type OAuthFlow = (typeof OAUTH_FLOWS)[number];

export interface OAuthEndpoints {
  authorize?: string;
  deviceCode?: string;
  token: string;
  revoke?: string;
}

/**
 * One of addr's OAuth providers as the flows use it: the sign-in facts of its entry in src/core/providers.ts (label,
 * required scope, refresh and device-grant details, lifetimes, where to revoke; documented there), with what the
 * flows add from the rest of the entry.
 */
export interface OAuthProviderInfo extends Omit<OAuthSignIn, 'id' | 'flows' | 'hosts'> {
  id: OAuthProviderId;
  /** Flows a person or a server can use with this provider, the default first. */
  flows: OAuthFlow[];
  /** Default endpoints; `{tenant}` is replaced. The origin is replaced by an authority override. */
  endpoints: OAuthEndpoints;
  /** The scope a person signs in for (delegated). */
  scope: string;
  /** The scope of app-only tokens (client credentials), where the provider has them. */
  appScope?: string;
  /** Address domains that are certainly this provider's (to guess --provider). */
  domains: string[];
  /** SMTP host names of the provider (to guess --provider for a saved address). */
  hosts: RegExp;
}

/** Where each of addr's OAuth providers is described in the provider table (src/core/providers.ts, the one source). */
const SOURCE: Record<OAuthProviderId, ProviderId> = { microsoft: 'microsoft', google: 'gmail', yandex: 'yandex' };

function derive(id: OAuthProviderId): OAuthProviderInfo {
  const o = PROVIDERS[SOURCE[id]].oauth2!;
  const a = o.addr!;
  const flows: OAuthFlow[] = [...a.flows];
  return {
    id,
    label: a.label,
    flows,
    endpoints: {
      ...(flows.includes('loopback') ? { authorize: o.authorizationUrl } : {}),
      ...(flows.includes('device') && o.deviceAuthorizationUrl ? { deviceCode: o.deviceAuthorizationUrl } : {}),
      token: o.tokenUrl,
      ...(o.revocationUrl ? { revoke: o.revocationUrl } : {}),
    },
    scope: o.scopes.join(' '),
    ...(o.clientCredentialsScope && flows.includes('client-credentials') ? { appScope: o.clientCredentialsScope } : {}),
    requiredScope: a.requiredScope,
    refreshSendsScope: a.refreshSendsScope,
    ...(a.deviceGrant ? { deviceGrant: a.deviceGrant } : {}),
    ...(a.defaultTenant ? { defaultTenant: a.defaultTenant } : {}),
    refreshLifetime: a.refreshLifetime,
    afterLogout: a.afterLogout,
    revokeUrl: a.revokeUrl,
    // Every provider entry that signs in as this one (Gmail and Google Workspace) lends its address domains.
    domains: Object.values(PROVIDERS).filter((p) => p.oauth2?.addr?.id === id).flatMap((p) => p.domains),
    hosts: new RegExp(a.hosts, 'i'),
  };
}

/** addr's OAuth providers, derived from the provider table: endpoints, scopes, flows and the rest live there. */
export const OAUTH_PROVIDERS: Record<OAuthProviderId, OAuthProviderInfo> = {
  microsoft: derive('microsoft'),
  google: derive('google'),
  yandex: derive('yandex'),
};

export function isOAuthProvider(value: string): value is OAuthProviderId {
  return (OAUTH_PROVIDER_IDS as readonly string[]).includes(value);
}

export function validateProvider(value: string): OAuthProviderId {
  const v = value.trim().toLowerCase();
  if (isOAuthProvider(v)) return v;
  throw new UsageError(`--provider "${escapeControls(value)}" is not an OAuth2 provider addr knows.`, `Choose one of ${OAUTH_PROVIDER_IDS.join(', ')}.`);
}

export function validateFlow(value: string, provider: OAuthProviderId): OAuthFlow {
  const v = value.trim().toLowerCase();
  const info = OAUTH_PROVIDERS[provider];
  if ((OAUTH_FLOWS as readonly string[]).includes(v) && (info.flows.includes(v as OAuthFlow) || v === 'command')) return v as OAuthFlow;
  throw new UsageError(`--flow "${escapeControls(value)}" is not available for ${info.label}.`, `Choose one of ${info.flows.join(', ')} (or save a token command with --token-cmd).`);
}

/** The provider of an address, from what is known about it (preset, SMTP host, address domain); null if unsure. */
export function inferProvider(a: { email?: string; preset?: string; host?: string }): OAuthProviderId | null {
  const byPreset = a.preset ? findProvider(a.preset)?.oauth2?.addr?.id : undefined;
  if (byPreset) return byPreset;
  for (const id of OAUTH_PROVIDER_IDS) if (a.host && OAUTH_PROVIDERS[id].hosts.test(a.host)) return id;
  const domain = a.email?.slice(a.email.lastIndexOf('@') + 1).toLowerCase();
  for (const id of OAUTH_PROVIDER_IDS) if (domain && OAUTH_PROVIDERS[id].domains.includes(domain)) return id;
  return null;
}

// ---- the config file's `oauth` section and its overrides --------------------------------------------------------

export interface OAuthClientConfig {
  clientId?: string;
  /** Microsoft: the tenant id or domain (common, organizations, consumers, contoso.onmicrosoft.com, a GUID). */
  tenant?: string;
  /**
   * Google "Desktop app" and Yandex clients: the client secret. For an installed app it is not a secret
   * (anyone can read it out of the program); Google says so. A Microsoft client secret is never read from here.
   */
  clientSecret?: string;
  /** Replaces the origin of the provider's endpoints: national clouds, or a test server on loopback. */
  authority?: string;
}

export type OAuthConfig = Partial<Record<OAuthProviderId, OAuthClientConfig>>;

const CLIENT_ID = /^[\x21-\x7e]{1,200}$/;
const TENANT = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,98}[A-Za-z0-9])?$/;
const GENERIC_TENANTS = ['common', 'organizations', 'consumers'];

export function validateClientId(value: string, where: string): string {
  const v = value.trim();
  if (!CLIENT_ID.test(v)) throw new UsageError(`${where} "${escapeControls(value)}" is not a client id (printable characters, no spaces, at most 200).`);
  return v;
}

export function validateTenant(value: string, where: string): string {
  const v = value.trim();
  if (!TENANT.test(v)) throw new UsageError(`${where} "${escapeControls(value)}" is not a tenant: give its id (a GUID), a domain such as contoso.onmicrosoft.com, or common / organizations / consumers.`);
  return v;
}

export function isGenericTenant(tenant: string): boolean {
  return GENERIC_TENANTS.includes(tenant.toLowerCase());
}

/** True for 127.0.0.0/8, ::1 and localhost: the only places plain http is allowed (tests, the loopback redirect). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** An endpoint URL: https, or http on loopback only. Returns the parsed URL or throws a ConfigError. */
export function checkEndpointUrl(url: string, where: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigError(`${where} "${escapeControls(url)}" is not a URL.`, 'Write it as https://host[:port][/path].');
  }
  if (u.username || u.password) throw new ConfigError(`${where} must not carry a user name or password.`);
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname)) return u;
  throw new ConfigError(`${where} ${escapeControls(u.origin)} is not https: tokens are only sent over https (plain http only to 127.0.0.1 or localhost, for tests).`, 'Use the https address of the sign-in server.');
}

/** Validates the `oauth` section of a config file; `bad(key, what)` makes the error. */
export function parseOAuthConfig(raw: unknown, bad: (key: string, what: string) => Error): OAuthConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('oauth', `must be an object with ${OAUTH_PROVIDER_IDS.join(', ')}`);
  const out: OAuthConfig = {};
  for (const [provider, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isOAuthProvider(provider)) throw bad(`oauth.${provider}`, `is not a provider (${OAUTH_PROVIDER_IDS.join(', ')})`);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(`oauth.${provider}`, 'must be an object such as { clientId: "…" }');
    const c: OAuthClientConfig = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = `oauth.${provider}.${k}`;
      if (typeof v !== 'string' || v.trim() === '') throw bad(key, 'must be a non-empty string');
      if (k === 'clientId') {
        if (!CLIENT_ID.test(v.trim())) throw bad(key, 'is not a client id (printable characters, no spaces)');
        c.clientId = v.trim();
      } else if (k === 'tenant' && provider === 'microsoft') {
        if (!TENANT.test(v.trim())) throw bad(key, 'is not a tenant id, domain, common, organizations or consumers');
        c.tenant = v.trim();
      } else if (k === 'clientSecret' && provider !== 'microsoft') {
        if (v.length > 500 || /[\u0000-\u001f\u007f]/.test(v)) throw bad(key, 'is not a client secret');
        c.clientSecret = v;
      } else if (k === 'authority') {
        try {
          checkEndpointUrl(v, key);
        } catch {
          throw bad(key, 'must be an https URL (plain http only on 127.0.0.1 or localhost)');
        }
        c.authority = v.trim().replace(/\/+$/, '');
      } else {
        const known = provider === 'microsoft' ? 'clientId, tenant, authority (a Microsoft client secret goes in --client-secret-env or --client-secret-file, never in the config file)' : 'clientId, clientSecret, authority';
        throw bad(key, `is not a setting (known: ${known})`);
      }
    }
    out[provider] = c;
  }
  return out;
}

/**
 * The OAuth client to use for a sign-in, and where each value came from: flag (or ADDR_OAUTH_AUTHORITY) > the earlier
 * sign-in of the same address (signing in again keeps its client) > config file > default.
 */
export interface OAuthClient {
  provider: OAuthProviderId;
  clientId: string;
  tenant: string | null;
  /** null = the provider's own endpoints. */
  authority: string | null;
  sources: { clientId: string; tenant: string | null; authority: string | null };
}

export interface ClientLayers {
  config: OAuthConfig;
  /** ADDR_OAUTH_AUTHORITY: one origin for every provider's endpoints (a test server). */
  envAuthority?: string;
  flags: { clientId?: string; tenant?: string };
  /** What an earlier sign-in of the same address used (sign in again with the same client). */
  previous?: { clientId: string | null; tenant: string | null; authority: string | null };
}

export function resolveClient(provider: OAuthProviderId, layers: ClientLayers): OAuthClient {
  const file = layers.config[provider] ?? {};
  const info = OAUTH_PROVIDERS[provider];
  let clientId: string | undefined; let clientIdFrom = '';
  if (layers.flags.clientId !== undefined) { clientId = validateClientId(layers.flags.clientId, '--client-id'); clientIdFrom = 'flag --client-id'; }
  else if (layers.previous?.clientId) { clientId = layers.previous.clientId; clientIdFrom = 'the earlier sign-in'; }
  else if (file.clientId) { clientId = file.clientId; clientIdFrom = `config oauth.${provider}.clientId`; }
  if (!clientId) {
    throw new UsageError(`No OAuth client id for ${info.label}.`, `Register an app (see "OAuth2 sign-in" in the README) and give its id with --client-id or oauth.${provider}.clientId in the config file.`);
  }
  let tenant: string | null = null; let tenantFrom: string | null = null;
  if (provider === 'microsoft') {
    if (layers.flags.tenant !== undefined) { tenant = validateTenant(layers.flags.tenant, '--tenant'); tenantFrom = 'flag --tenant'; }
    else if (layers.previous?.tenant) { tenant = layers.previous.tenant; tenantFrom = 'the earlier sign-in'; }
    else if (file.tenant) { tenant = file.tenant; tenantFrom = `config oauth.${provider}.tenant`; }
    else { tenant = info.defaultTenant ?? 'common'; tenantFrom = 'default'; }
  } else if (layers.flags.tenant !== undefined) {
    throw new UsageError(`--tenant is for Microsoft only; ${info.label} has no tenants.`);
  }
  let authority: string | null = null; let authorityFrom: string | null = null;
  if (layers.envAuthority) {
    checkEndpointUrl(layers.envAuthority, 'ADDR_OAUTH_AUTHORITY');
    authority = layers.envAuthority.trim().replace(/\/+$/, ''); authorityFrom = 'env ADDR_OAUTH_AUTHORITY';
  } else if (layers.previous?.authority) { authority = layers.previous.authority; authorityFrom = 'the earlier sign-in'; }
  else if (file.authority) { authority = file.authority; authorityFrom = `config oauth.${provider}.authority`; }
  return { provider, clientId, tenant, authority, sources: { clientId: clientIdFrom, tenant: tenantFrom, authority: authorityFrom } };
}

/** The provider's endpoints with the tenant filled in and, when an authority is given, its origin in front of each path. */
export function endpointsFor(provider: OAuthProviderId, opts: { tenant?: string | null; authority?: string | null }): OAuthEndpoints {
  const info = OAUTH_PROVIDERS[provider];
  const tenant = encodeURIComponent(opts.tenant ?? info.defaultTenant ?? 'common');
  const place = (template: string | undefined): string | undefined => {
    if (!template) return undefined;
    const url = template.replace('{tenant}', tenant);
    if (!opts.authority) return url;
    const base = checkEndpointUrl(opts.authority, 'The OAuth authority');
    return `${base.origin}${base.pathname.replace(/\/+$/, '')}${new URL(url).pathname}`;
  };
  return { authorize: place(info.endpoints.authorize), deviceCode: place(info.endpoints.deviceCode), token: place(info.endpoints.token)!, revoke: place(info.endpoints.revoke) };
}

// ---- expiry arithmetic (the clock is handed in) -------------------------------------------------------------------

/** Access tokens are renewed this long before they expire, so that a token never runs out in the middle of a send. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export function expiresAtFrom(now: Date, expiresInSeconds: number | null): Date | null {
  return expiresInSeconds === null ? null : new Date(now.getTime() + expiresInSeconds * 1000);
}

/** True when a token must be renewed before use: expired, about to expire, or of unknown lifetime. */
export function needsRefresh(expiresAt: Date | null, now: Date, marginMs = REFRESH_MARGIN_MS): boolean {
  return expiresAt === null || expiresAt.getTime() - now.getTime() <= marginMs;
}

/** Until when the refresh token can be used, where the provider states a rule; null = until revoked or unknown. */
export function refreshTokenExpiry(provider: OAuthProviderId, at: Date, accessExpiresIn: number | null): Date | null {
  if (provider === 'microsoft') return new Date(at.getTime() + 90 * 86_400_000); // inactivity window, renewed by each use
  if (provider === 'yandex') return accessExpiresIn === null ? null : new Date(at.getTime() + accessExpiresIn * 1000);
  return null;
}

// ---- what token endpoints send (untrusted) -------------------------------------------------------------------

export const MAX_TOKEN_CHARS = 16_384;
const TOKEN_CHARS = /^[\x21-\x7e]+$/;
/** Ten years: a longer lifetime is nonsense, treated as unknown. */
const MAX_EXPIRES_IN = 10 * 366 * 86_400;

export interface TokenSet {
  accessToken: string;
  /** Seconds, as the server said; null when it did not say (or said nonsense). */
  expiresIn: number | null;
  refreshToken: string | null;
  /** The granted scope, if the server listed it. */
  scope: string | null;
  /** Who signed in, from the ID token or the access token's claims, if the provider says. Display only. */
  account: string | null;
}

export class OAuthError extends AddrError {
  readonly category: string;
  readonly rule: string;
  constructor(category: string, message: string, exitCode: number, hint?: string, opts: { rule?: string; cause?: unknown } = {}) {
    super(category, message, exitCode, hint, { cause: opts.cause });
    this.name = 'OAuthError';
    this.category = category;
    this.rule = opts.rule ?? category;
  }
}

const badResponse = (what: string, where: string) =>
  new OAuthError('oauth_bad_response', `${where} sent a response addr cannot use: ${what}.`, ExitCode.UNAVAILABLE, 'Check that the OAuth authority points at the provider\'s real sign-in server.');

function asSeconds(v: unknown): number | null | undefined {
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < 0) return null;
  return n > MAX_EXPIRES_IN ? null : Math.floor(n);
}

function tokenString(v: unknown, field: string, where: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_TOKEN_CHARS || !TOKEN_CHARS.test(v)) throw badResponse(`"${field}" is missing or not a token`, where);
  return v;
}

/** Validates a successful token response (RFC 6749 §5.1). `where` names the server in errors. */
export function parseTokenResponse(body: unknown, where: string): TokenSet {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badResponse('not a JSON object', where);
  const b = body as Record<string, unknown>;
  const accessToken = tokenString(b.access_token, 'access_token', where);
  if (b.token_type !== undefined && (typeof b.token_type !== 'string' || b.token_type.toLowerCase() !== 'bearer')) {
    throw badResponse(`the token type is ${JSON.stringify(escapeControls(String(b.token_type).slice(0, 40)))}, not Bearer`, where);
  }
  const expiresIn = asSeconds(b.expires_in) ?? null;
  const refreshToken = b.refresh_token === undefined || b.refresh_token === null ? null : tokenString(b.refresh_token, 'refresh_token', where);
  let scope: string | null = null;
  if (typeof b.scope === 'string' && b.scope.length <= 4096) scope = b.scope.trim().split(/\s+/).filter((s) => TOKEN_CHARS.test(s)).join(' ') || null;
  const account = (typeof b.id_token === 'string' ? accountFromJwt(b.id_token) : null) ?? accountFromJwt(accessToken);
  return { accessToken, expiresIn, refreshToken, scope, account };
}

/**
 * The user a JWT names (preferred_username, upn, email, unique_name), for display and a mismatch warning only:
 * the signature is not checked and many access tokens are opaque (then null).
 */
export function accountFromJwt(token: string): string | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1]!.length > 12_000) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const c = claims as Record<string, unknown>;
  for (const k of ['preferred_username', 'upn', 'email', 'unique_name']) {
    const v = c[k];
    if (typeof v === 'string' && v.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(v) && !/[\u0000-\u001f\u007f]/.test(v)) return v;
  }
  return null;
}

/** True when the granted scope (if listed) holds what SMTP needs. */
export function scopeSuffices(provider: OAuthProviderId, granted: string | null, flow: OAuthFlow): boolean {
  if (granted === null || flow === 'client-credentials') return true;
  const need = OAUTH_PROVIDERS[provider].requiredScope.toLowerCase();
  return granted.toLowerCase().split(/\s+/).some((s) => s === need || s.endsWith(`/${need}`));
}

export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  expiresIn: number;
  intervalSeconds: number;
}

/** Validates a device authorization response (RFC 8628 §3.2; Yandex says verification_url). */
export function parseDeviceCodeResponse(body: unknown, where: string): DeviceCode {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badResponse('not a JSON object', where);
  const b = body as Record<string, unknown>;
  const deviceCode = tokenString(b.device_code, 'device_code', where);
  if (typeof b.user_code !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(b.user_code)) throw badResponse('"user_code" is missing or malformed', where);
  const uri = b.verification_uri ?? b.verification_url;
  if (typeof uri !== 'string' || uri.length > 2048) throw badResponse('"verification_uri" is missing', where);
  let verificationUri: string;
  try {
    verificationUri = checkEndpointUrl(uri, 'The verification page').href;
  } catch {
    throw badResponse('the verification page is not an https URL', where);
  }
  const expiresIn = asSeconds(b.expires_in);
  if (!expiresIn || expiresIn > 3600) throw badResponse('"expires_in" is missing or out of range', where);
  const interval = asSeconds(b.interval);
  return { deviceCode, userCode: b.user_code, verificationUri, expiresIn, intervalSeconds: Math.min(Math.max(interval ?? 5, 1), 60) };
}

/** A token endpoint's error response (RFC 6749 §5.2), with Microsoft's error_codes; null when the body is not one. */
export interface TokenEndpointError {
  error: string;
  description: string;
  /** AADSTS numbers from error_codes and from the description. */
  codes: number[];
  status: number;
}

export function parseTokenError(body: unknown, status: number): TokenEndpointError | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  if (typeof b.error !== 'string') return null;
  const error = /^[\x20-\x7e]{1,100}$/.test(b.error) ? b.error : 'unknown_error';
  const raw = typeof b.error_description === 'string' ? b.error_description.slice(0, 2000) : '';
  // Microsoft appends "\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …": the first line is the message.
  const description = raw.split(/\r?\n/)[0]!.trim();
  const codes = new Set<number>();
  if (Array.isArray(b.error_codes)) for (const c of b.error_codes.slice(0, 10)) if (typeof c === 'number' && Number.isInteger(c)) codes.add(c);
  for (const m of description.matchAll(/AADSTS(\d{4,8})/g)) codes.add(Number(m[1]));
  return { error, description, codes: [...codes], status };
}

// ---- device-code polling (RFC 8628 §3.5) -------------------------------------------------------------------------

export type PollDecision = { wait: number } | { stop: true };

/** What to do after an error answer while polling: wait (and for how long) or stop and diagnose. */
export function afterPollError(error: string, intervalMs: number): PollDecision {
  if (error === 'authorization_pending') return { wait: intervalMs };
  if (error === 'slow_down') return { wait: intervalMs + 5000 };
  return { stop: true };
}

// ---- token-endpoint errors → diagnosis ---------------------------------------------------------------------------

export type TokenStage = 'sign-in' | 'refresh' | 'client-credentials';

export interface TokenErrorDiagnosis {
  rule: string;
  category: OAuthCategory | 'oauth_error';
  cause: string;
  remedy: string;
  exitCode: number;
  links: string[];
}

const EXIT_OF: Record<OAuthCategory, number> = {
  oauth_grant_invalid: ExitCode.NOPERM,
  oauth_consent_missing: ExitCode.NOPERM,
  oauth_policy_blocked: ExitCode.NOPERM,
  oauth_token_rejected: ExitCode.NOPERM,
  oauth_sign_in_incomplete: ExitCode.NOPERM,
  oauth_tenant_wrong: ExitCode.CONFIG,
  oauth_client_invalid: ExitCode.CONFIG,
};

type TokenRule = OAuthRule & { category: OAuthCategory; text: RegExp };
/** The rows of OAUTH_RULES that read token-endpoint texts: text (and provider) conditions only. */
const TOKEN_RULES = OAUTH_RULES.filter((r): r is TokenRule => Boolean(r.tokenEndpoint) && r.category !== 'smtp_auth_disabled' && r.text instanceof RegExp);

/** "invalid_grant: AADSTS70008: The provided …" — the text the rules are written against. */
export function tokenErrorText(e: TokenEndpointError): string {
  const codes = e.codes.filter((c) => !e.description.includes(`AADSTS${c}`)).map((c) => `AADSTS${c}`);
  return [e.error, e.description, ...codes].filter(Boolean).join(': ');
}

export function diagnoseTokenError(e: TokenEndpointError, ctx: { provider: OAuthProviderId; stage: TokenStage; email: string; clientId?: string; tenant?: string | null }): TokenErrorDiagnosis {
  const text = tokenErrorText(e);
  const stageFits = (r: TokenRule) => !r.tokenStage || r.tokenStage.test(ctx.stage);
  const provider = ctx.provider === 'google' ? 'gmail' : ctx.provider;
  const rule = TOKEN_RULES.find((r) => stageFits(r) && (!r.provider || r.provider.includes(provider)) && r.text.test(text));
  const facts: OAuthFacts = { text, context: { email: ctx.email }, urls: [], verdicts: {}, login: ctx.email, provider, clientId: ctx.clientId, tenant: ctx.tenant ?? undefined };
  if (!rule) {
    const temporary = e.status >= 500 || e.error === 'temporarily_unavailable' || e.error === 'server_error';
    return {
      rule: 'oauth.fallback',
      category: 'oauth_error',
      cause: temporary ? 'The sign-in server failed temporarily.' : 'The sign-in server refused the request.',
      remedy: temporary ? 'Try again in a few minutes.' : `Read the server's message; check the client id, tenant and secret, then sign in again with \`addr auth login ${ctx.email}\`.`,
      exitCode: temporary ? ExitCode.TEMPFAIL : ExitCode.NOPERM,
      links: [],
    };
  }
  const info = OAUTH_REMEDIES[rule.category];
  const advice = info.providers?.[provider];
  return {
    rule: rule.id,
    category: rule.category,
    cause: advice?.cause?.(facts) ?? rule.note ?? info.cause(facts), // the classifier's precedence
    remedy: rule.remedy ?? advice?.remedy(facts) ?? info.remedy(facts),
    exitCode: EXIT_OF[rule.category],
    links: [...(advice?.links ?? info.links ?? [])],
  };
}

/** The error a failed token request becomes: one sentence with the server's words (escaped), and the remedy. */
export function tokenErrorToAddrError(e: TokenEndpointError, ctx: Parameters<typeof diagnoseTokenError>[1]): OAuthError {
  const d = diagnoseTokenError(e, ctx);
  const said = safeText(tokenErrorText(e)).slice(0, 400);
  const label = OAUTH_PROVIDERS[ctx.provider].label;
  const hint = d.links.length ? `${d.remedy} (${d.links[0]})` : d.remedy;
  return new OAuthError(d.category, `${d.cause} ${label} said: ${said}`, d.exitCode, hint, { rule: d.rule });
}

// ---- XOAUTH2 ------------------------------------------------------------------------------------------------

export interface Xoauth2Challenge {
  status: string;
  schemes: string | null;
  scope: string | null;
}

/**
 * The JSON error an XOAUTH2 server sends base64-encoded in its 334 reply before it fails the AUTH
 * (`334 eyJzdGF0dXMiOiI0MDEi…` = {"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}).
 * Accepts the reply line or the bare base64; null when it is not such a challenge. Values are escaped.
 */
export function decodeXoauth2Challenge(reply: string): Xoauth2Challenge | null {
  const m = /(?:^|\s)(?:334[ -])?([A-Za-z0-9+/]{8,4096}={0,2})\s*$/.exec(reply.trim());
  if (!m) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const j = json as Record<string, unknown>;
  if (typeof j.status !== 'string' && typeof j.status !== 'number') return null;
  const short = (v: unknown) => (typeof v === 'string' ? escapeControls(v.slice(0, 200)) : null);
  return { status: escapeControls(String(j.status).slice(0, 40)), schemes: short(j.schemes), scope: short(j.scope) };
}

/** The XOAUTH2 initial response (RFC-less, Google's and Microsoft's format), base64. The token stays a secret. */
export function xoauth2String(user: string, accessToken: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${accessToken}\x01\x01`, 'utf8').toString('base64');
}

// ---- token commands ------------------------------------------------------------------------------------------

/**
 * Splits a token command into program and arguments without a shell: words separated by blanks, 'single quotes'
 * literal, "double quotes" with \" and \\ escapes, a backslash escapes the next character outside quotes. Shell
 * operators (| & ; < > ( ) $ `) outside quotes are refused: write `sh -c '…'` to use a shell on purpose.
 */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (why: string) => new UsageError(`The token command ${JSON.stringify(escapeControls(line))} cannot be run: ${why}.`, 'addr runs it without a shell; to use pipes or variables, write it as: sh -c \'…\'');
  if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) throw fail('it contains control characters');
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      if (inWord) { words.push(word); word = ''; inWord = false; }
      i++;
    } else if (c === '\'') {
      const end = line.indexOf('\'', i + 1);
      if (end < 0) throw fail('a single quote is not closed');
      word += line.slice(i + 1, end); inWord = true; i = end + 1;
    } else if (c === '"') {
      i++; inWord = true;
      for (;;) {
        if (i >= line.length) throw fail('a double quote is not closed');
        const d = line[i]!;
        if (d === '"') { i++; break; }
        if (d === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) { word += line[i + 1]; i += 2; continue; }
        if (d === '$' || d === '`') throw fail(`"${d}" inside double quotes would need a shell`);
        word += d; i++;
      }
    } else if (c === '\\') {
      if (i + 1 >= line.length) throw fail('it ends with a backslash');
      word += line[i + 1]; inWord = true; i += 2;
    } else if ('|&;<>()$`'.includes(c)) {
      throw fail(`"${c}" is a shell operator`);
    } else {
      word += c; inWord = true; i++;
    }
  }
  if (inWord) words.push(word);
  if (words.length === 0) throw fail('it is empty');
  return words;
}

// ---- what a sign-in must have produced ------------------------------------------------------------------------

/** The sign-in succeeded but did not grant the mail scope (Google's per-permission consent, Yandex without mail:smtp). */
export function scopeMissingError(provider: OAuthProviderId, email: string, granted: string): OAuthError {
  const info = OAUTH_REMEDIES.oauth_consent_missing;
  const p = provider === 'google' ? 'gmail' : provider;
  const facts: OAuthFacts = { text: granted, context: { email }, urls: [], verdicts: {}, login: email, provider: p };
  const advice = info.providers?.[p];
  return new OAuthError('oauth_consent_missing',
    `${advice?.cause?.(facts) ?? info.cause(facts)} Granted: ${safeText(granted).slice(0, 300)}; needed: ${OAUTH_PROVIDERS[provider].requiredScope}.`,
    EXIT_OF.oauth_consent_missing, (advice?.remedy ?? info.remedy)(facts), { rule: 'oauth.scope-missing' });
}

/** The sign-in succeeded without a refresh token: it would stop working within the hour. */
export function refreshTokenMissingError(provider: OAuthProviderId, email: string): OAuthError {
  const hint = provider === 'microsoft'
    ? `Make sure the app's API permissions include offline_access (Microsoft Graph, delegated) and sign in again with \`addr auth login ${email}\`.`
    : `Remove the app's access at ${OAUTH_PROVIDERS[provider].revokeUrl} and sign in again with \`addr auth login ${email}\`, so that the provider issues a refresh token.`;
  return new OAuthError('oauth_consent_missing', `${OAUTH_PROVIDERS[provider].label} signed ${email} in but gave no refresh token, so the sign-in would stop working when the access token expires.`, ExitCode.NOPERM, hint, { rule: 'oauth.no-refresh-token' });
}

/** Both accounts known and different: the SMTP server will refuse the token unless that account may send as the address. */
export function accountMismatch(email: string, account: string | null, username?: string): string | null {
  if (!account) return null;
  const a = account.toLowerCase();
  if (a === email.toLowerCase() || (username && a === username.toLowerCase())) return null;
  return `signed in as ${escapeControls(account)}, not ${email}: the SMTP server accepts the token only if ${escapeControls(account)} is the login or may send as ${email}.`;
}
