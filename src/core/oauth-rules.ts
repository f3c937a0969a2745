/**
 * OAuth2 failures as data, each row beside the verbatim replies and errors it was written for: what token endpoints
 * answer (Microsoft's AADSTS codes, Google's and Yandex's errors) and what SMTP servers answer once a token is used
 * (535 5.7.139, 535 5.7.3, 550 5.7.30, the base64 JSON error in a 334 reply). Pure.
 *
 * The rows have the shape of `RULES` in ./remedies.ts plus `examples` (and, for rows read by the token adapter,
 * `tokenEndpoint` and `stages`). How they join the classifier: put OAUTH_CATEGORIES into CATEGORIES
 * (./diagnosis.ts), OAUTH_RULES at the front of RULES, OAUTH_REMEDIES into REMEDIES, and give SenderContext an
 * `auth?: AuthMethod` (rows that need it read `context.auth === 'oauth2'`). test/oauth-rules.test.ts does exactly
 * that fold and checks that every row decides its own examples by its own id. Until then the token adapter reads
 * the `tokenEndpoint` rows directly (diagnoseTokenError in ./oauth.ts).
 */
import { CATEGORIES, type Category, type SenderContext } from './diagnosis.js';
import type { CategoryInfo } from './remedies.js';
import type { Facts, Rule } from './rules.js';

/** The OAuth2 categories (listed with the others in CATEGORIES, ./diagnosis.ts). */
export type OAuthCategory = Extract<Category, `oauth_${string}`>;
export const OAUTH_CATEGORIES = CATEGORIES.filter((c): c is OAuthCategory => c.startsWith('oauth_'));

/** A failure as it was seen: the text, and where it helps the stage and what is known about the sender. */
export type OAuthExample = string | { text: string; stage?: string; context?: SenderContext };

export interface OAuthRule extends Omit<Rule, 'category' | 'examples'> {
  category: OAuthCategory | 'smtp_auth_disabled';
  /** The replies and errors this row was written for, verbatim (ids and dates are the only things changed). */
  examples: OAuthExample[];
  /**
   * Read by the token adapter: a token endpoint's "error: description" text. Such rows use `text` (and `stage`,
   * which the adapter sets to sign-in, refresh or client-credentials; no SMTP stage has those names) only.
   */
  tokenEndpoint?: boolean;
  /** Token rows only: the adapter's step (sign-in, refresh, client-credentials) the row is about. */
  tokenStage?: RegExp;
}

/** The classifier's Facts plus what the token adapter knows of the OAuth client (absent when the classifier calls). */
export type OAuthFacts = Facts & { tenant?: string; clientId?: string };

/** The address is signed in with OAuth2 (the context says so, or the reply names the mechanism). */
// SwiftMailer and Symfony Mailer try every authenticator the server offers and report each one's reply ("using 3 possible
// authenticators. Authenticator LOGIN returned … Authenticator XOAUTH2 returned …", 'Authenticator "PLAIN" returned'): where a
// password mechanism was refused too, the XOAUTH2 attempt is only one of the list, and the password is what failed.
const PASSWORD_AUTHENTICATOR_TRIED = /\bAuthenticator "?(?:LOGIN|PLAIN|CRAM-MD5|DIGEST-MD5|NTLM)"? returned\b/i;
const usesOAuth = (f: Facts): boolean => f.context.auth === 'oauth2' || (/\bX?OAUTH(?:2|BEARER)\b/i.test(f.text) && !PASSWORD_AUTHENTICATOR_TRIED.test(f.text));

/** The status inside an XOAUTH2 error challenge in the text (base64 after 334, or printed decoded), if there is one. */
function challengeStatus(text: string, errorCode?: string): string | null {
  // The challenge decoded, as a client's debug output or a guide prints it (Google's XOAUTH2 protocol page:
  // {"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}); addr's own SMTP adapter reports it
  // with EXOAUTH2, decided by its own row (addr.xoauth2-refused).
  const decoded = errorCode === 'EXOAUTH2' ? null : /\{\s*"status"\s*:\s*"(\d{3})"\s*,\s*"schemes"\s*:\s*"[^"]{1,40}"\s*,\s*"scope"\s*:\s*"[^"]{1,200}"\s*\}/.exec(text);
  if (decoded) return decoded[1]!;
  const m = /\b334[ -](eyJ[A-Za-z0-9+/]{8,4000}={0,2})/.exec(text);
  if (!m) return null;
  try {
    const j = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as { status?: unknown };
    return j && (typeof j.status === 'string' || typeof j.status === 'number') ? String(j.status) : null;
  } catch {
    return null;
  }
}

const APP = "'0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c'";

export const OAUTH_RULES: OAuthRule[] = [
  // ---- token endpoint: the stored sign-in no longer works --------------------------------------------------
  { id: 'oauth.ms-refresh-expired', category: 'oauth_grant_invalid', tokenEndpoint: true,
    text: /AADSTS(?:700082|70008|50173|50133|700084)\b/,
    note: 'Microsoft no longer accepts the stored sign-in: the refresh token went unused for 90 days, the password was reset, or an admin revoked the user\'s sessions.',
    examples: [
      'invalid_grant: AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-03-02T08:15:11.5301234Z and was inactive for 90.00:00:00.',
      'invalid_grant: AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
      "invalid_grant: AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '2026-01-12T10:01:55.1234567Z' and the TokensValidFrom date (before which tokens are not valid) for this user is '2026-02-01T07:40:12.0000000Z'.",
    ] },
  { id: 'oauth.google-refresh-revoked', category: 'oauth_grant_invalid', tokenEndpoint: true,
    text: /Token has been expired or revoked/i,
    note: 'Google no longer accepts the stored sign-in: the access was removed in the Google account, the password changed, or the app\'s consent screen is in "Testing" (refresh tokens then last 7 days).',
    examples: ['invalid_grant: Token has been expired or revoked.'] },

  // ---- token endpoint: consent, tenant, client --------------------------------------------------------------
  { id: 'oauth.ms-consent', category: 'oauth_consent_missing', tokenEndpoint: true,
    text: /AADSTS(?:65001|90094|90008)\b|^\W*(?:Need admin approval|Approval required)\W*$/i,
    examples: [
      // Entra's admin-consent page title, on its own line.
      'approval required',
      `invalid_grant: AADSTS65001: The user or administrator has not consented to use the application with ID ${APP} named 'addr'. Send an interactive authorization request for this user and resource.`,
      'invalid_grant: AADSTS90094: The grant requires admin permission.',
    ] },
  { id: 'oauth.ms-single-tenant-common', category: 'oauth_tenant_wrong', tokenEndpoint: true,
    text: /AADSTS50194\b/,
    note: 'The app is registered for one tenant only, and the sign-in went through the shared "common" endpoint.',
    remedy: 'Give the tenant the app is registered in with --tenant and its id or domain (or oauth.microsoft.tenant in the config file), then sign in again.',
    examples: [`invalid_request: AADSTS50194: Application ${APP}(addr) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`] },
  { id: 'oauth.ms-tenant-not-found', category: 'oauth_tenant_wrong', tokenEndpoint: true,
    text: /AADSTS(?:90002|900023|90013)\b|Specified tenant identifier '[^']*' is neither a valid DNS name/,
    note: 'The tenant addr signed in to does not exist: a typo in the tenant, or a tenant of another Microsoft cloud.',
    examples: [
      // A guide's list of Entra errors with the code cut short ('AADSTS0023' for 900023): the wording names the tenant.
      "AADSTS0023: Specified tenant identifier 'xxxxxxxx' is neither a valid DNS name, nor a valid external domain.",
      "invalid_request: AADSTS90002: Tenant 'contoso.onmicrosoft.co' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
      "invalid_request: AADSTS900023: Specified tenant identifier 'contoso' is neither a valid DNS name, nor a valid external domain.",
    ] },
  { id: 'oauth.ms-app-not-in-tenant', category: 'oauth_tenant_wrong', tokenEndpoint: true,
    text: /AADSTS700016\b|Application with identifier '[^']*' was not found in the directory/,
    note: 'The app (client id) is not registered in this tenant: the client id is wrong, or the tenant is not the one the app lives in.',
    examples: [
      // The same list's 'AADSTS00016' (700016), by its wording.
      "AADSTS00016: Application with identifier 'xxxxxxxx' was not found in the directory 'MSFT'. ",`unauthorized_client: AADSTS700016: Application with identifier ${APP} was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`] },
  { id: 'oauth.ms-user-other-tenant', category: 'oauth_tenant_wrong', tokenEndpoint: true,
    text: /AADSTS(?:50020|90072|50034)\b/,
    note: 'The account that signed in does not belong to the app\'s tenant (another organisation\'s account, or a personal Microsoft account).',
    remedy: 'Sign in with the mailbox\'s own work account of that tenant (use a private browser window to avoid a remembered account), or register the app as multi-tenant.',
    examples: [
      // AADSTS50034, the account is not in the tenant's directory (Azure SDK's live-test note).
      'AADSTS50034: The user account {EmailHidden} does not exist in the <tenantId> directory.',`AADSTS50020: User account 'anna@example.com' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application ${APP}(addr) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`] },
  { id: 'oauth.ms-secret-expired', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS7000222\b/,
    note: 'The app\'s client secret has expired (Entra secrets last at most two years).',
    remedy: 'Create a new client secret in Entra → App registrations → the app → Certificates & secrets, then sign in again with it (--client-secret-env or --client-secret-file); a certificate (--client-cert-file) avoids the yearly change.',
    examples: ["invalid_client: AADSTS7000222: The provided client secret keys for app '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds."] },
  { id: 'oauth.ms-secret-wrong', category: 'oauth_client_invalid', tokenEndpoint: true,
    // Older tenants answered the same with AADSTS50012 ("AADSTS70002: Error validating credentials. AADSTS50012: Invalid client
    // secret is provided.", a 2018 token response quoted in a tool's docs).
    text: /AADSTS7000215\b|\bAADSTS50012\b\W{1,5}Invalid client secret\b/,
    note: 'The client secret is wrong: often the secret\'s ID was copied instead of its Value.',
    remedy: 'Copy the secret\'s Value (shown only once, when it is created; make a new one if it is gone) from Entra → App registrations → the app → Certificates & secrets, and sign in again with it.',
    examples: ["invalid_client: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c'.",
      '{"error":"invalid_client","error_description":"AADSTS70002: Error validating credentials. AADSTS50012: Invalid client secret is provided.\\r\\nTrace ID: a0e58a28-f3e9-470a-aaac-77dfbb1b4d00\\r\\nCorrelation ID: 40e06a3b-6ff1-4e56-a421-084f390753be\\r\\nTimestamp: 2018-06-19 18:59:47Z","error"'] },
  { id: 'oauth.ms-public-client-off', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS7000218\b|must contain the following parameter: .client_assertion. or .client_secret/,
    note: 'The app registration does not allow public client flows, so the device-code sign-in is refused.',
    remedy: 'In Entra → App registrations → the app → Authentication → Advanced settings, set "Allow public client flows" to Yes, then sign in again.',
    examples: ["invalid_client: AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      // mguessan/davmail#184 (the message without its code).
      '`The request body must contain the following parameter: ‘client_assertion’ or ‘client_secret`'] },
  { id: 'oauth.ms-redirect-uri', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS50011\b|\b(?:redirect URI|reply URL)\b.{0,120}\bspecified in the request does not match the (?:redirect URIs|reply URLs) configured/,
    note: 'The sign-in sent a redirect URI that the app registration does not list (a different port or path, http against https, a trailing slash, or the wrong platform).',
    remedy: 'Add the exact redirect URI the mail program uses (as the error quotes it) under Entra → App registrations → the app → Authentication, on the platform the program is (mobile and desktop for a local client, Web for a server).',
    examples: [
      // Microsoft's troubleshooting article for OIDC single sign-on, quoting the error with its placeholders.
      'The error you receive is AADSTS50011: The redirect URI <redirect URI sent> specified in the request does not match the redirect URIs configured for the application <GUID>.',
    ] },
  { id: 'oauth.ms-app-disabled', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS7000112\b/,
    note: 'The app (its enterprise application, the service principal) is disabled in this tenant, so Entra issues it no token.',
    remedy: 'An administrator enables it again in Entra → Enterprise applications → the app → Properties ("Enabled for users to sign in"), or the mail program uses an app registration that is enabled.',
    examples: ['AADSTS7000112: Application is disabled.'] },
  { id: 'oauth.ms-public-client-secret', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS700025\b|Client is public so neither .client_assertion. nor .client_secret. should be presented/,
    note: 'The app registration is a public client (its "Allow public client flows" is on, or it is a mobile/desktop platform), yet the sign-in sent a client secret or assertion with the token request.',
    remedy: 'Either drop the client secret from the mail program\'s OAuth settings (a public client has none), or register the redirect URI under the "Web" platform in Entra → App registrations → the app → Authentication and keep the secret.',
    examples: [
      // An app's log and a forum post quoting DNN's Exchange Online OAuth error.
      "Unable to fetch auth token. Error: (invalid_client) AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
    ] },
  { id: 'oauth.ms-cert-unknown', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS(?:700027|700023)\b/,
    note: 'The certificate that signed the client assertion is not registered on the app (or the assertion was refused).',
    remedy: 'Upload the certificate (the certificate file itself, never its private key) in Entra → App registrations → the app → Certificates & secrets → Certificates, then sign in again.',
    examples: ["invalid_client: AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '3F2B8C1D0E9A7B6C5D4E3F2A1B0C9D8E7F6A5B4C', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c'.]"] },
  { id: 'oauth.ms-assertion-time', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS700024\b/,
    note: 'The client assertion is outside its valid time: this machine\'s clock is wrong.',
    remedy: 'Set this machine\'s clock right (NTP: `timedatectl set-ntp true`), then try again.',
    examples: ['invalid_client: AADSTS700024: Client assertion is not within its valid time range. Current time: 2026-03-02T10:00:00.0000000Z, assertion valid from 2026-03-02T11:00:00.0000000Z, expiry time of assertion 2026-03-02T11:10:00.0000000Z.'] },
  { id: 'oauth.ms-scope-invalid', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /AADSTS(?:70011|900144)\b|^invalid_scope\b|\berror=invalid_scope\b|"error":\s*"invalid_scope"|must contain the following parameter: .scope.|The provided value for (?:the input parameter 'scope'|The scope '[^']*') is not valid/,
    note: 'The app asked for scopes Entra does not accept together or at all (AADSTS70011): the token request itself is wrong.',
    remedy: 'Ask for the mail scopes of one resource only (for SMTP https://outlook.office.com/SMTP.Send with offline_access; not Graph\'s Mail.* scopes in the same request) and check that the app registration lists them.',
    examples: [
      // (URL-encoded)
      '`OAuth-2.0-Authentifizierungsserver meldet: https://login.microsoftonline.com/common/oauth2/nativeclient?error=invalid_scope&error_description=The%20provided%20value%20for%20The%20scope%20%27offline_access',
      // Entra's AADSTS900144 (no scope in the token request) in an app's log; its invalid_scope redirect URL-encoded (a German Thunderbird dialog) and in plain words.
      'TokenStore::Refresh: code=400, response={"error":"invalid_request","error_description":"AADSTS900144: The request body must contain the following parameter: \'scope\'. Trace ID: 02cde8c3-be9e-45c0-b767-e4c211760100"}',
      // assast/outlookEmail#58 (its Chinese prefix: "getting the token failed").
      "获取令牌失败: AADSTS70011: The provided value for the input parameter 'scope' is not valid. One or more scopes in 'offline_access https://graph.microsoft.com/Mail.Read https://graph.microsoft.com/Mail.ReadWrite https://graph.microsoft.com/User.Read https://outlook.office.com/IMAP.AccessAsUser.All' are not compatible with each other. Trace ID: 758eb861-1234-4db2-9b2d-686729e3f500 Correlation ID: 17888df2-12e5-4c54-92e3-696c335fa90d Timestamp: 2026-07-06 19:18:39Z",
    ] },
  { id: 'oauth.google-client-not-found', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /The OAuth client was not found|^deleted_client\b/,
    note: 'Google does not know this client id (a typo, or the client was deleted in the Cloud console).',
    examples: ['invalid_client: The OAuth client was not found.'] },
  { id: 'oauth.google-secret-missing', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /client_secret is missing/i,
    note: 'Google wants the Desktop client\'s secret with the token request.',
    remedy: 'Copy the client secret of the "Desktop app" client from Google Cloud → APIs & Services → Credentials into oauth.google.clientSecret (it is not a real secret for an installed app) or give it with --client-secret-env.',
    examples: ['invalid_request: client_secret is missing.'] },

  // ---- token endpoint: policy -----------------------------------------------------------------------------
  { id: 'oauth.ms-mfa', category: 'oauth_sign_in_incomplete', tokenEndpoint: true,
    text: /AADSTS(?:50076|50079|50158|50074)\b/,
    note: 'Microsoft wants a new sign-in with multi-factor authentication: the stored sign-in is not enough any more.',
    remedy: 'Sign in again interactively (`addr auth login` with the address): the Microsoft page asks for the second factor. For unattended servers use app-only client credentials, which MFA does not apply to.',
    examples: ["invalid_grant: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'."] },
  { id: 'oauth.ms-conditional-access', category: 'oauth_policy_blocked', tokenEndpoint: true,
    text: /AADSTS(?:53003|53000|53001|530003|50057|50053|50105)\b|\bYour email access has been blocked\b|\bis not assigned to a role for the application\b/,
    examples: [
      // AADSTS50105: the app requires user assignment and this user is not assigned (an administrator's gate, as Conditional Access is).
      'AADSTS50105: The signed in user is not assigned to a role for the application.',
      // Microsoft's Conditional Access page for mail clients (Exchange ActiveSync), quoted in a forum.
      "they are getting msg: Your email access has been blocked - you're receiving this msg because your IT department has blocked your email access.",
      'invalid_grant: AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
      'invalid_grant: AADSTS50057: The user account is disabled.',
    ] },
  { id: 'oauth.google-admin-policy', category: 'oauth_policy_blocked', tokenEndpoint: true,
    text: /^(?:admin_policy_enforced|org_internal)\b/,
    note: 'The Google Workspace admin does not let this account use the app (API controls), or the app is "Internal" to another organisation.',
    remedy: 'A Workspace admin marks the app as trusted in Admin console → Security → Access and data control → API controls (by its client id); or use a client of your own organisation.',
    examples: ['admin_policy_enforced', 'org_internal'] },

  // ---- token endpoint: the generic codes, after every specific row -------------------------------------------
  // A device code that expired or was used up is an unfinished sign-in, not a dead refresh token (Yandex says invalid_grant).
  { id: 'oauth.device-code-expired', category: 'oauth_sign_in_incomplete', tokenEndpoint: true, tokenStage: /^sign-in$/,
    text: /^(?:expired_token|invalid_grant|bad_verification_code)\b|AADSTS70020\b/,
    note: 'The sign-in code expired before the sign-in was finished in the browser (Microsoft allows 15 minutes, Yandex 10).',
    examples: [
      { text: "expired_token: AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.", stage: 'sign-in' },
      { text: 'expired_token', stage: 'sign-in' },
    ] },
  { id: 'oauth.sign-in-declined', category: 'oauth_sign_in_incomplete', tokenEndpoint: true,
    text: /^(?:authorization_declined|access_denied)\b|AADSTS65004\b/,
    note: 'The sign-in was declined on the provider\'s page ("No" or "Cancel" on the consent screen).',
    examples: ['authorization_declined', 'access_denied: AADSTS65004: User declined to consent to access the app.'] },

  { id: 'oauth.invalid-grant', category: 'oauth_grant_invalid', tokenEndpoint: true,
    text: /\binvalid_grant\b/,
    examples: ['invalid_grant', 'invalid_grant: Bad Request'] },
  { id: 'oauth.invalid-client', category: 'oauth_client_invalid', tokenEndpoint: true,
    text: /^(?:invalid_client|unauthorized_client)\b/,
    examples: ['invalid_client: Unauthorized', 'unauthorized_client'] },

  // ---- SMTP replies once a token is used ------------------------------------------------------------------
  // 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.
  { id: 'oauth.ms-smtp-auth-disabled', category: 'smtp_auth_disabled', enhanced: ['x.7.139'], when: usesOAuth, fixSide: 'provider',
    note: 'SMTP AUTH is switched off for the mailbox or the tenant, and that switch covers OAuth2 (XOAUTH2) too.',
    remedy: 'An Exchange admin enables SMTP AUTH for this mailbox: Set-CASMailbox with the mailbox and -SmtpClientAuthenticationDisabled $false (and checks Set-TransportConfig -SmtpClientAuthenticationDisabled and Security Defaults, which override it). OAuth2 does not need a password, but it needs this switch.',
    examples: [{ text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR02CA0123.eurprd02.prod.outlook.com 2026-03-02T10:00:00.000Z 08DC3A1B2C3D4E5F]', stage: 'auth', context: { auth: 'oauth2', host: 'smtp.office365.com' } }] },
  // 550 5.7.30 Basic authentication is not supported for Client Submission.
  { id: 'oauth.ms-basic-auth-retired', category: 'smtp_auth_disabled', enhanced: ['x.7.30'], text: /basic auth(?:entication)? is not supported/i, fixSide: 'sender',
    note: 'Microsoft no longer accepts a password over SMTP for this tenant: Basic authentication for client submission has been retired.',
    remedy: 'Switch the address to OAuth2: sign it in with `addr auth login` and `--provider microsoft`, then use --auth oauth2. Passwords and app passwords will not work again.',
    examples: ['550 5.7.30 Basic authentication is not supported for Client Submission.'] },
  // 535 5.7.3 Authentication unsuccessful — with XOAUTH2: the token itself was refused.
  { id: 'oauth.ms-token-refused', category: 'oauth_token_rejected', code: /^535$/, enhanced: ['x.7.3'], when: usesOAuth,
    note: 'Exchange Online refused the OAuth2 token: it names another user than the login, lacks SMTP.Send, or (app-only) the app\'s service principal is not registered in Exchange or not granted the mailbox.',
    examples: [{ text: '535 5.7.3 Authentication unsuccessful [SN6PR16CA0051.namprd16.prod.outlook.com 2026-03-02T10:00:00.000Z 08DC3A1B2C3D4E5F]', stage: 'auth', context: { auth: 'oauth2', host: 'smtp.office365.com' } }] },
  // 334 eyJzdGF0dXMiOiI0MDAi… = {"status":"400",…}: Gmail's answer when user= is not the account the token is for.
  { id: 'oauth.xoauth2-400', category: 'oauth_token_rejected', when: (f) => challengeStatus(f.text, f.errorCode) === '400',
    note: 'The token is for another account than the login: the mailbox in user= must be the one that signed in.',
    remedy: 'Sign in again as the mailbox itself (`addr auth login` with the address, choosing that account in the browser), or make the SMTP login the account that signed in.',
    examples: [{ text: '334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==', stage: 'auth' }] },
  // 334 eyJzdGF0dXMiOiI0MDEi… = {"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}
  { id: 'oauth.xoauth2-401', category: 'oauth_token_rejected', when: (f) => challengeStatus(f.text, f.errorCode) !== null,
    note: 'The server refused the access token (XOAUTH2 error): it has expired or been revoked, or it lacks the mail scope the server names.',
    examples: [
      { text: '334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==', stage: 'auth' },
      // Google's XOAUTH2 protocol page (developers.google.com/gmail/imap/xoauth2-protocol): the error challenge decoded.
      '{"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}',
      { text: '334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\n535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a170902c10100b001dd0c5d5a1bsm1234567plb.12 - gsmtp', stage: 'auth' },
    ] },
  // PHPMailer's debug line when the server answers its XOAUTH2 with an error challenge (334 and base64 JSON) instead of
  // 235: any challenge but AUTH LOGIN's own prompts (VXNlcm5hbWU6 'Username:', UGFzc3dvcmQ6 'Password:'), also redacted.
  { id: 'oauth.xoauth2-challenge-failed', category: 'oauth_token_rejected', text: /\bAUTH command failed: 334 (?!VXNlcm5hbWU6|UGFzc3dvcmQ6)[A-Za-z0-9+/]{8,}={0,2}/,
    note: 'The server answered the XOAUTH2 login with an error challenge: the access token was refused (expired, revoked, or without the mail scope).',
    examples: ['[2025-01-15 08:56:21] Logs.ERROR: SMTP ERROR: AUTH command failed: 334 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=='] },
  // The same challenge after src/core/untrusted.ts masked it (as `addr send` logs it).
  { id: 'oauth.xoauth2-masked', category: 'oauth_token_rejected', text: /\b334 \[base64\]/, when: usesOAuth,
    note: 'The server refused the access token (its XOAUTH2 error challenge was masked in the log): expired, revoked, or without the mail scope.',
    examples: [{ text: '334 [base64] 535-5.7.8 Username and Password not accepted.', stage: 'auth', context: { auth: 'oauth2' } }] },
  // 535-5.7.8 Username and Password not accepted … BadCredentials — with XOAUTH2 at Gmail: the token, not a password.
  { id: 'oauth.gmail-token-refused', category: 'oauth_token_rejected', code: /^535$/, enhanced: ['x.7.8'], when: usesOAuth, provider: ['gmail'],
    note: 'Gmail refused the OAuth2 token: it expired, was revoked, lacks https://mail.google.com/, or belongs to another account than the login.',
    examples: [{ text: '535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a170902c10100b001dd0c5d5a1bsm1234567plb.12 - gsmtp', stage: 'auth', context: { auth: 'oauth2', preset: 'gmail' } }] },
];

// ---- remedies per category, in the shape of REMEDIES in ./remedies.ts -------------------------------------------

const LINKS = {
  msAppRegistration: 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
  msErrorCodes: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  msSmtpAuth: 'https://aka.ms/smtp_auth_disabled',
  msConsent: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
  googlePermissions: 'https://myaccount.google.com/permissions',
  googleOAuth: 'https://developers.google.com/identity/protocols/oauth2/native-app',
  googleGmailXoauth2: 'https://developers.google.com/workspace/gmail/imap/xoauth2-protocol',
  yandexSecurity: 'https://id.yandex.ru/security',
  yandexOAuth: 'https://yandex.ru/dev/id/doc/en/codes/screen-code-oauth',
};

const who = (f: Facts): string | undefined => f.context.email ?? f.login ?? undefined;
/** `addr auth <verb> ADDRESS [rest]` for the address the input names, or the command described when it names none. */
const cmd = (f: Facts, verb: string, rest = ''): string => {
  const a = who(f);
  return a ? `\`addr auth ${verb} ${a}${rest}\`` : `\`addr auth ${verb}${rest}\` with the address`;
};
const client = (f: Facts): OAuthFacts => f;

export const OAUTH_REMEDIES: Record<OAuthCategory, CategoryInfo> = {
  oauth_grant_invalid: {
    cause: () => 'The stored OAuth2 sign-in is no longer valid: the refresh token expired or was revoked.',
    remedy: (f) => `Sign in again with ${cmd(f, 'login')}.`,
    permanent: true, fixSide: 'sender',
    providers: {
      gmail: { remedy: (f) => `Sign in again with ${cmd(f, 'login')}; if it happens every 7 days, publish the app's OAuth consent screen ("In production") in Google Cloud.`, links: [LINKS.googlePermissions] },
      microsoft: { remedy: (f) => `Sign in again with ${cmd(f, 'login')}; a refresh token used at least once in 90 days does not expire on its own.`, links: [LINKS.msErrorCodes] },
      yandex: { remedy: (f) => `Sign in again with ${cmd(f, 'login')}.`, links: [LINKS.yandexSecurity] },
    },
  },
  oauth_consent_missing: {
    cause: () => 'Nobody has consented to let the app send mail for this account (the mail scope was not granted).',
    remedy: (f) => `Grant the app the mail permission, then sign in again with ${cmd(f, 'login')}.`,
    permanent: true, fixSide: 'provider',
    providers: {
      microsoft: {
        cause: () => 'The app has no consent for SMTP.Send in this tenant (users may not consent on their own, or nobody has yet).',
        remedy: (f) => `An Entra admin grants consent: Entra admin center → App registrations → the app → API permissions → Microsoft Graph → Delegated → SMTP.Send and offline_access (for app-only: APIs my organization uses → Office 365 Exchange Online → Application → SMTP.SendAsApp) → "Grant admin consent"; then ${cmd(f, 'login')}.`,
        links: [LINKS.msConsent, LINKS.msAppRegistration],
      },
      gmail: {
        cause: () => 'The Google sign-in did not grant access to mail (https://mail.google.com/ was not ticked on the consent page).',
        remedy: (f) => `Sign in again with ${cmd(f, 'login')} and tick "Read, compose, send and permanently delete all your email from Gmail" on the consent page.`,
        links: [LINKS.googleOAuth],
      },
      yandex: {
        cause: () => 'The Yandex app does not have the mail:smtp permission.',
        remedy: (f) => `In oauth.yandex.ru open the app, add the permission "Mail: sending via SMTP" (mail:smtp) and save; then ${cmd(f, 'login')}.`,
        links: [LINKS.yandexOAuth],
      },
    },
  },
  oauth_tenant_wrong: {
    cause: () => 'The sign-in went to a Microsoft Entra tenant that does not have this app or this user.',
    remedy: (f) => `Give the tenant the app is registered in (its id or domain, e.g. contoso.onmicrosoft.com) with --tenant or oauth.microsoft.tenant${client(f).tenant ? ` (now ${client(f).tenant})` : ''}, check the client id, then ${cmd(f, 'login')}.`,
    permanent: true, fixSide: 'sender', links: [LINKS.msErrorCodes],
  },
  oauth_client_invalid: {
    cause: () => 'The OAuth client is not accepted: an unknown client id, a wrong or expired secret, or a client not allowed to use this flow.',
    remedy: (f) => `Check the client id${client(f).clientId ? ` (now ${client(f).clientId})` : ''} and its secret or certificate at the provider, then ${cmd(f, 'login')} with the right ones.`,
    permanent: true, fixSide: 'sender',
  },
  oauth_policy_blocked: {
    cause: () => 'A policy of the account\'s organisation blocked the sign-in (multi-factor authentication, Conditional Access, a disabled account, or an app restriction).',
    remedy: () => 'Ask the organisation\'s admin which policy blocked it (Entra → Sign-in logs shows it for Microsoft) and to let this app through, or use app-only client credentials for a server.',
    permanent: true, fixSide: 'provider', links: [LINKS.msErrorCodes],
  },
  oauth_token_rejected: {
    cause: () => 'The SMTP server refused the OAuth2 access token.',
    remedy: (f) => `Run ${cmd(f, 'status', ' --check')} to renew the token; if the server still refuses it, sign in again as the mailbox itself with ${cmd(f, 'login')}, and check that the app has the mail scope.`,
    permanent: true, fixSide: 'sender',
    providers: {
      microsoft: {
        remedy: (f) => `Check that the token is for ${who(f) ?? 'the mailbox'} (${cmd(f, 'status')} shows the account), that SMTP AUTH is on for the mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false), and for app-only sending that an Exchange admin ran New-ServicePrincipal and Add-MailboxPermission -User with the service principal's id and -AccessRights FullAccess for the mailbox.`,
        links: [LINKS.msAppRegistration, LINKS.msSmtpAuth],
      },
      gmail: {
        remedy: (f) => `Run ${cmd(f, 'status', ' --check')} to renew the token; if Gmail still refuses it, sign in again with ${cmd(f, 'login')} as that very account, with the mail permission ticked.`,
        links: [LINKS.googleGmailXoauth2],
      },
    },
  },
  oauth_sign_in_incomplete: {
    cause: () => 'The sign-in was not finished: the code expired or the request was declined.',
    remedy: (f) => `Run ${cmd(f, 'login')} again and finish the sign-in in the browser before the code expires, accepting the requested permission.`,
    permanent: false, fixSide: 'sender',
  },
};
