/**
 * Mail providers as data: one entry per provider, in this one place. Presets (src/core/presets.ts), discovery
 * (MX → provider, src/core/discovery.ts), the DNS pre-flight (SPF include, DKIM selectors, src/core/dnscheck.ts),
 * the remedies of the classifier and the OAuth2 flows read it. Pure: no I/O.
 *
 * Server values agree with nodemailer's table of well-known services wherever that table has the provider
 * (`nodemailer` names its keys; test/providers.test.ts checks every overlap), so the table need not be loaded at
 * start-up. What nodemailer lacks is added here: all address domains, MX patterns, regional hosts, login
 * conventions, SPF includes, DKIM selectors, OAuth2 endpoints, admin steps and official pages.
 */
import type { Security } from './address.js';

export const PROVIDER_IDS = [
  'gmail', 'google-workspace', 'microsoft', 'yandex', 'mailru', 'vk-workspace', 'zoho', 'icloud', 'yahoo', 'rambler',
  'sendgrid', 'mailgun', 'ses', 'postmark', 'brevo', 'custom',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export interface ProviderLink {
  label: string;
  url: string;
}

export interface SmtpEndpoint {
  host: string;
  port: number;
  security: Security;
  /**
   * default: what a preset uses; consumer: for the provider's own address domains (gmail.com, outlook.com…);
   * alternative: same service, another port or host; relay: a separate, admin-configured service.
   */
  use: 'default' | 'consumer' | 'alternative' | 'relay';
  /** Shown beside the host, e.g. "SMTP relay service (admin-configured)". */
  note?: string;
  /** MX hosts (patterns as in Provider.mx) that select this endpoint, e.g. Mailgun's EU region. */
  mx?: string[];
}

/** Hosts named by region, e.g. Amazon SES `email-smtp.<region>.amazonaws.com`. */
export interface RegionalHosts {
  /** The submission host; `{region}` stands for the region. */
  template: string;
  port: number;
  security: Security;
  /** A regular expression (source, no anchors) that a region matches. */
  region: string;
  defaultRegion: string;
  /** MX host templates that reveal the region (for discovery). */
  mx: string[];
}

/**
 * Who logs in: `email` = the full address; `fixed` = a fixed user name (SendGrid's "apikey"); `account` = a login
 * the provider issues per account or key, which must be asked (`what` says where to find it).
 */
export type LoginConvention = { kind: 'email' } | { kind: 'fixed'; user: string } | { kind: 'account'; what: string };

export type OAuthFlow = 'authorization_code' | 'device_code' | 'client_credentials';

/**
 * XOAUTH2 over SMTP as the provider offers it (read by the OAuth engineer's flows). `{tenant}` in a URL stands for
 * the directory (Microsoft: a tenant id or domain, `common`/`organizations`/`consumers`).
 */
export interface OAuth2Info {
  /** The flows the provider allows for the SMTP scope, preferred first. */
  flows: OAuthFlow[];
  authorizationUrl: string;
  tokenUrl: string;
  /** RFC 8628 device authorization endpoint, when device_code is a flow. */
  deviceAuthorizationUrl?: string;
  /** Scopes to request for sending over SMTP (delegated flows). */
  scopes: string[];
  /** The scope of the client-credentials (app-only) flow, when allowed. */
  clientCredentialsScope?: string;
  /** PKCE required (installed apps, loopback redirect). */
  pkce: boolean;
  /** Token revocation endpoint (RFC 7009), where the provider has one. */
  revocationUrl?: string;
  notes: string[];
  /** How addr signs an address in with this provider (src/core/oauth.ts derives its table from it); absent: addr does not. */
  addr?: OAuthSignIn;
}

/** addr's own use of a provider's OAuth2: the flows it runs, and what it tells the user about tokens. */
export interface OAuthSignIn {
  /** addr's OAuth provider (Gmail and Google Workspace are both 'google'). */
  id: 'microsoft' | 'google' | 'yandex';
  label: string;
  /** The flows addr runs, the default first (its names: device = RFC 8628 or Yandex's, loopback = RFC 8252 + PKCE). */
  flows: Array<'device' | 'loopback' | 'client-credentials'>;
  /** The scope word that must be in a granted scope for SMTP to work. */
  requiredScope: string;
  /** Microsoft wants the scope again on a refresh; the others take the one granted. */
  refreshSendsScope: boolean;
  /** Device grant: RFC 8628's grant type and parameter, or Yandex's own. */
  deviceGrant?: { grantType: string; codeParam: string };
  /** The tenant used when none is configured (Microsoft). */
  defaultTenant?: string;
  /** How long a refresh token stays usable, in words. */
  refreshLifetime: string;
  /** What the provider still remembers after `addr auth logout`, and where to revoke it. */
  afterLogout: string;
  revokeUrl: string;
  /** SMTP host names of the provider, as a regular expression source (to guess --provider for a saved address). */
  hosts: string;
}

export interface DkimInfo {
  /** Selectors the provider publishes under (TXT or CNAME at SELECTOR._domainkey.DOMAIN). Empty: per account. */
  selectors: string[];
  /** The record to publish for the first selector: `{domain}`, `{domainDashed}`, `{selector}` are filled in. */
  record: { type: 'TXT' | 'CNAME'; value: string };
  /** Where the provider shows the key or the CNAME targets. */
  where: string;
}

export interface AdminStep {
  title: string;
  /** Console path, one step per entry. */
  path: string[];
  /** PowerShell or shell commands; `{email}` stands for the sender address. */
  commands?: string[];
}

export interface Provider {
  id: ProviderId;
  /** The name users know. */
  label: string;
  /** mailbox = accounts with their own mailbox; relay = a sending service; custom = the company's own server. */
  kind: 'mailbox' | 'relay' | 'custom';
  /** Other names accepted by --preset. */
  aliases: string[];
  /** Address domains that certainly belong to this provider (a preset is chosen from them without asking). */
  domains: string[];
  /** Submission servers, the preset's first. */
  smtp: SmtpEndpoint[];
  regional?: RegionalHosts;
  login: LoginConvention;
  /** What goes into the password field: "app password", "API key"… */
  secret: string;
  /** MX hosts of the provider's inbound service: exact names, or `*.suffix` for any name below suffix. */
  mx: string[];
  /** SPF: the include that authorises the provider; `required` false when the provider's own Return-Path carries SPF. */
  spf: { includes: string[]; required: boolean } | null;
  dkim: DkimInfo | null;
  oauth2: OAuth2Info | null;
  /** Admin settings that must be on before SMTP AUTH works (Microsoft 365) or that decide who may send (Google relay). */
  admin: AdminStep[];
  /** What the provider demands before an SMTP login works, shown in the wizard and on failures. */
  notes: string[];
  /** Official pages, most useful first. */
  links: ProviderLink[];
  /** Keys of nodemailer's well-known services that describe this provider (test/providers.test.ts cross-checks). */
  nodemailer: string[];
  /**
   * Marks only this provider's servers put in their replies (host names, reply ids, help links, codes of their
   * own): the classifier recognises the provider that answered from them (src/core/rules.ts, PROVIDER_FINGERPRINTS).
   */
  replyMarks?: RegExp;
  /** The provider is switching password (Basic) SMTP AUTH off: `addr test` warns the addresses still on it. */
  basicAuthRetirement?: BasicAuthRetirement;
}

export interface BasicAuthRetirement {
  /** SMTP hosts whose password logins are affected (besides any address on the provider's preset). */
  hosts: string[];
  /** What happens, as a clause: "Basic AUTH is switched off by default for existing Exchange Online tenants". */
  what: string;
  /** When, in words. */
  when: string;
  /** The provider's announcement (Microsoft 365 Message Center id). */
  notice: string;
}

/** Microsoft's retirement of Basic SMTP AUTH in Exchange Online (Message Center MC786329): the one place of the fact. */
const MS_BASIC_AUTH: BasicAuthRetirement = {
  hosts: ['smtp.office365.com', 'smtp-mail.outlook.com'],
  what: 'Basic AUTH is switched off by default for existing Exchange Online tenants (new tenants never get it; removal follows in 2027)',
  when: 'the end of December 2026',
  notice: 'MC786329',
};

const email: LoginConvention = { kind: 'email' };

const GOOGLE_OAUTH: OAuth2Info = {
  flows: ['authorization_code'],
  authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revocationUrl: 'https://oauth2.googleapis.com/revoke',
  scopes: ['https://mail.google.com/'],
  pkce: true,
  notes: [
    'https://mail.google.com/ is a restricted scope: Google\'s device flow does not grant it, so a command-line tool uses the installed-app flow (loopback redirect with PKCE).',
  ],
  addr: {
    id: 'google',
    label: 'Google (Gmail, Workspace)',
    flows: ['loopback'],
    requiredScope: 'https://mail.google.com/',
    refreshSendsScope: false,
    refreshLifetime: 'until revoked (7 days while the consent screen is in "Testing")',
    afterLogout: 'Google keeps the access granted to the app until it is removed at https://myaccount.google.com/permissions (or revoked with `addr auth logout --revoke`).',
    revokeUrl: 'https://myaccount.google.com/permissions',
    hosts: '(?:^|\\.)(?:gmail\\.com|googlemail\\.com|google\\.com)$',
  },
};

const MAILRU_OAUTH: OAuth2Info = {
  flows: ['authorization_code'],
  authorizationUrl: 'https://o2.mail.ru/login',
  tokenUrl: 'https://o2.mail.ru/token',
  scopes: ['mail.imap'],
  pkce: false,
  notes: ['Mail.ru grants SMTP with the scope mail.imap (as Thunderbird asks for it).'],
};

const MAILRU_NOTES = [
  'Mail.ru accepts only a password for an external application ("пароль для внешнего приложения") over SMTP; create one with access to sending mail and use it here.',
  'Mail-client access must be allowed for the mailbox.',
];

export const PROVIDERS: Record<ProviderId, Provider> = {
  gmail: {
    id: 'gmail',
    label: 'Gmail',
    kind: 'mailbox',
    aliases: ['google', 'googlemail', 'google-mail'],
    domains: ['gmail.com', 'googlemail.com'],
    smtp: [
      { host: 'smtp.gmail.com', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.gmail.com', port: 587, security: 'starttls', use: 'alternative' },
    ],
    login: email,
    secret: 'app password',
    mx: ['gmail-smtp-in.l.google.com', '*.gmail-smtp-in.l.google.com'],
    spf: null, // consumer domains only: Google publishes their records
    dkim: null,
    oauth2: GOOGLE_OAUTH,
    admin: [],
    notes: [
      'Gmail refuses the normal Google password over SMTP: turn on 2-Step Verification for the account, then create an app password and use its 16 letters as the password here.',
      'Log in with the account\'s own address; an alias added in Gmail settings is not a login.',
    ],
    links: [
      { label: 'Create an app password', url: 'https://myaccount.google.com/apppasswords' },
      { label: 'Sign in with app passwords (Google help)', url: 'https://support.google.com/accounts/answer/185833' },
    ],
    nodemailer: ['Gmail'],
    // Gmail's replies name it as the receiver ("To reduce the amount of spam sent to Gmail, this message has been blocked.", "Gmail has
    // detected that this message …", "Gmail requires all senders to authenticate …").
    replyMarks: /\bgsmtp\b|\bgoogle\.com\b|googlemail|support\.google|gmail-smtp|aspmx\.l\.google|\bsent to Gmail\b|\bGmail (?:has detected|detected|requires|is unable to|cannot|could not)\b/i,
  },
  'google-workspace': {
    id: 'google-workspace',
    label: 'Google Workspace',
    kind: 'mailbox',
    aliases: ['workspace', 'gsuite', 'g-suite', 'google-apps'],
    domains: [],
    smtp: [
      { host: 'smtp.gmail.com', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.gmail.com', port: 587, security: 'starttls', use: 'alternative' },
      { host: 'smtp-relay.gmail.com', port: 465, security: 'ssl', use: 'relay', note: 'SMTP relay service: the Workspace admin allows senders by IP address and/or SMTP AUTH' },
      { host: 'smtp-relay.gmail.com', port: 587, security: 'starttls', use: 'relay', note: 'SMTP relay service on 587' },
    ],
    login: email,
    secret: 'app password',
    mx: ['smtp.google.com', 'aspmx.l.google.com', '*.aspmx.l.google.com', '*.aspmx.googlemail.com', 'aspmx2.googlemail.com', 'aspmx3.googlemail.com', 'aspmx4.googlemail.com', 'aspmx5.googlemail.com'],
    spf: { includes: ['_spf.google.com'], required: true },
    dkim: {
      selectors: ['google'],
      record: { type: 'TXT', value: 'v=DKIM1; k=rsa; p=<the public key from the Admin console>' },
      where: 'Admin console → Apps → Google Workspace → Gmail → Authenticate email → Generate new record, then Start authentication',
    },
    oauth2: GOOGLE_OAUTH,
    admin: [
      {
        title: 'SMTP relay service (smtp-relay.gmail.com): who may send',
        path: ['Admin console', 'Apps', 'Google Workspace', 'Gmail', 'Routing', 'SMTP relay service', 'Configure'],
        commands: [
          'Allowed senders: "Only addresses in my domains" (or "Only registered Apps users in my domains" for mailboxes only)',
          'Authentication: "Only accept mail from the specified IP addresses" and/or "Require SMTP Authentication"',
          'Encryption: "Require TLS encryption"',
        ],
      },
    ],
    notes: [
      'Each user logs in to smtp.gmail.com with their own address and an app password (2-Step Verification on; the admin may forbid app passwords).',
      'smtp-relay.gmail.com is the organisation\'s relay: it takes mail only from the senders and IP addresses the admin allowed in the SMTP relay service settings.',
    ],
    links: [
      { label: 'SMTP relay service (Google Workspace Admin help)', url: 'https://support.google.com/a/answer/2956491' },
      { label: 'Sign in with app passwords (Google help)', url: 'https://support.google.com/accounts/answer/185833' },
      { label: 'Set up DKIM (Google Workspace Admin help)', url: 'https://support.google.com/a/answer/174124' },
    ],
    nodemailer: ['GmailWorkspace'],
  },
  microsoft: {
    id: 'microsoft',
    label: 'Microsoft 365 / Outlook.com',
    kind: 'mailbox',
    aliases: ['office365', 'office-365', 'o365', 'm365', 'microsoft365', 'exchange-online', 'outlook', 'outlook.com', 'hotmail', 'live'],
    domains: [
      'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'windowslive.com', 'passport.com',
      'outlook.de', 'outlook.fr', 'outlook.es', 'outlook.it', 'outlook.co.uk', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de',
      'hotmail.it', 'hotmail.es', 'live.co.uk', 'live.fr', 'live.de', 'live.ru', 'live.it', 'live.nl', 'live.com.au',
    ],
    smtp: [
      { host: 'smtp.office365.com', port: 587, security: 'starttls', use: 'default', note: 'Microsoft 365 (Exchange Online)' },
      { host: 'smtp-mail.outlook.com', port: 587, security: 'starttls', use: 'consumer', note: 'Outlook.com and Hotmail mailboxes', mx: ['*.olc.protection.outlook.com'] },
    ],
    login: email,
    secret: 'password',
    mx: ['*.mail.protection.outlook.com', '*.mx.microsoft'],
    spf: { includes: ['spf.protection.outlook.com'], required: true },
    dkim: {
      selectors: ['selector1', 'selector2'],
      record: { type: 'CNAME', value: '{selector}-{domainDashed}._domainkey.<tenant>.onmicrosoft.com' },
      where: 'Microsoft Defender portal → Email & collaboration → Policies & rules → Threat policies → Email authentication settings → DKIM (it shows both CNAME targets)',
    },
    oauth2: {
      flows: ['authorization_code', 'device_code', 'client_credentials'],
      authorizationUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize',
      tokenUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token',
      deviceAuthorizationUrl: 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/devicecode',
      scopes: ['https://outlook.office.com/SMTP.Send', 'offline_access'],
      clientCredentialsScope: 'https://outlook.office365.com/.default',
      pkce: true,
      addr: {
        id: 'microsoft',
        label: 'Microsoft 365 / Outlook.com',
        flows: ['device', 'client-credentials'],
        requiredScope: 'SMTP.Send',
        refreshSendsScope: true,
        deviceGrant: { grantType: 'urn:ietf:params:oauth:grant-type:device_code', codeParam: 'device_code' },
        defaultTenant: 'common',
        refreshLifetime: 'until revoked, or 90 days without use',
        afterLogout: 'Microsoft keeps the consent given to the app, and the refresh token it issued stays valid until it is unused for 90 days or revoked. Revoke it under My Account → Apps (https://myaccount.microsoft.com/), or an admin runs Revoke-MgUserSignInSession for the user; consent is removed in Entra → Enterprise applications → the app → Permissions.',
        revokeUrl: 'https://myaccount.microsoft.com/',
        hosts: '(?:^|\\.)(?:office365\\.com|outlook\\.com|office\\.com|hotmail\\.com|live\\.com)$',
      },
      notes: [
        'Device code: the user has 15 minutes to sign in.',
        'Client credentials (app-only): the app\'s service principal must be registered in Exchange (New-ServicePrincipal) and given the mailbox (Add-MailboxPermission).',
        'Outlook.com mailboxes accept only OAuth2: basic authentication (passwords and app passwords) ended on 16 September 2024.',
      ],
    },
    admin: [
      {
        title: 'Allow SMTP AUTH for the mailbox',
        path: ['Microsoft 365 admin center', 'Users', 'Active users', 'the mailbox', 'Mail', 'Manage email apps', 'tick "Authenticated SMTP"', 'Save changes'],
        commands: [
          'Set-CASMailbox -Identity {email} -SmtpClientAuthenticationDisabled $false',
          'Get-CASMailbox -Identity {email} | Format-List SmtpClientAuthenticationDisabled',
        ],
      },
      {
        title: 'Allow SMTP AUTH for the organisation (when no per-mailbox setting overrides it)',
        path: ['Exchange admin center', 'Settings', 'Mail flow', 'clear "Turn off SMTP AUTH protocol for your organization"', 'Save'],
        commands: [
          'Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
          'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
        ],
      },
      {
        title: 'Security defaults and Conditional Access block basic authentication anyway',
        path: ['Microsoft Entra admin center', 'Identity', 'Overview', 'Properties', 'Manage security defaults'],
        commands: ['Exclude the mailbox from any Conditional Access policy that blocks legacy authentication, or use OAuth2.'],
      },
    ],
    notes: [
      'Microsoft 365: SMTP AUTH must be allowed for the mailbox and not turned off for the tenant, else 535 5.7.139 "SmtpClientAuthentication is disabled" (an admin setting, not your password).',
      `Basic SMTP AUTH is being retired in Exchange Online: ${MS_BASIC_AUTH.what} at ${MS_BASIC_AUTH.when} (${MS_BASIC_AUTH.notice}). Prefer OAuth2 sign-in.`,
      'Outlook.com and Hotmail take OAuth2 only: a password or an app password is refused with 535 5.7.139.',
      'Exchange PowerShell: Install-Module ExchangeOnlineManagement; Connect-ExchangeOnline -UserPrincipalName admin@yourdomain.',
    ],
    links: [
      { label: 'Enable SMTP AUTH for specific mailboxes (Microsoft Learn)', url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission' },
      { label: 'SmtpClientAuthentication is disabled (aka.ms)', url: 'https://aka.ms/smtp_auth_disabled' },
      { label: 'OAuth2 for SMTP (Microsoft Learn)', url: 'https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth' },
    ],
    nodemailer: ['Outlook365', 'Hotmail'],
    replyMarks: /SmtpClientAuthentication|\.prod\.outlook\.com|protection\.outlook\.com|outlook\.com|office365|aka\.ms\/|microsoft|hotmail|\b5\.7\.139\b|SendAsDenied|OutboundSpamException|\[Hostname=|\bS3[01][45]0\b|\bSC-00\d\b|mail\.live\.com/i,
    basicAuthRetirement: MS_BASIC_AUTH,
  },
  yandex: {
    id: 'yandex',
    label: 'Yandex Mail / Yandex 360',
    kind: 'mailbox',
    aliases: ['ya', 'yandex360', 'yandex-360'],
    domains: ['yandex.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'yandex.net', 'ya.ru', 'narod.ru'],
    smtp: [
      { host: 'smtp.yandex.ru', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.yandex.com', port: 465, security: 'ssl', use: 'alternative' },
      { host: 'smtp.yandex.ru', port: 587, security: 'starttls', use: 'alternative' },
    ],
    login: email,
    secret: 'app password',
    mx: ['mx.yandex.net', 'mx.yandex.ru'],
    spf: { includes: ['_spf.yandex.net'], required: true },
    dkim: {
      selectors: ['mail'],
      record: { type: 'TXT', value: 'v=DKIM1; k=rsa; t=s; p=<the public key from Yandex 360>' },
      where: 'Yandex 360 for business admin → Domains → the domain → DKIM signature',
    },
    oauth2: {
      flows: ['authorization_code', 'device_code'],
      authorizationUrl: 'https://oauth.yandex.ru/authorize',
      tokenUrl: 'https://oauth.yandex.ru/token',
      deviceAuthorizationUrl: 'https://oauth.yandex.ru/device/code',
      scopes: ['mail:smtp'],
      pkce: true,
      addr: {
        id: 'yandex',
        label: 'Yandex (Yandex Mail, Yandex 360)',
        // Yandex's own device-code flow: no redirect URI to register, works over SSH and on servers without a
        // browser, and the user never pastes anything into the terminal (a loopback redirect needs an exact
        // redirect URI registered per port; the "verification_code" page makes the user copy a code back).
        flows: ['device'],
        requiredScope: 'mail:smtp',
        refreshSendsScope: false,
        deviceGrant: { grantType: 'device_code', codeParam: 'code' },
        refreshLifetime: 'as long as the access token it came with (usually a year), renewed on each refresh',
        afterLogout: 'Yandex keeps the access granted to the app until it is revoked at https://id.yandex.ru/security (Access to data → the app).',
        revokeUrl: 'https://id.yandex.ru/security',
        hosts: '(?:^|\\.)yandex\\.(?:ru|com|net)$',
      },
      notes: ['XOAUTH2 on smtp.yandex.com:465; the app must be registered at oauth.yandex.com with the "mail:smtp" access.'],
    },
    admin: [],
    notes: [
      'Yandex needs access for mail clients switched on (Mail → Settings → Email clients) and an app password of type "Mail" ("пароль приложения"); the account password is refused.',
      'Send from the mailbox you log in with: Yandex answers 553 5.7.1 to any other From address.',
      'Yandex 360 for business: the same servers for company domains; the admin may restrict app passwords.',
    ],
    links: [
      { label: 'Create an app password', url: 'https://id.yandex.ru/security/app-passwords' },
      { label: 'Enable access for mail clients', url: 'https://mail.yandex.ru/#setup/client' },
      { label: 'Setting up mail clients (Yandex help)', url: 'https://yandex.ru/support/mail/mail-clients/others.html' },
      { label: 'Yandex 360: DKIM and SPF for a domain', url: 'https://yandex.ru/support/yandex-360/business/admin/ru/security-service' },
    ],
    nodemailer: ['Yandex'],
    replyMarks: /yandex\.(?:ru|net|com)|\bya\.cc\b|\byandex\b/i,
  },
  mailru: {
    id: 'mailru',
    label: 'Mail.ru',
    kind: 'mailbox',
    aliases: ['mail.ru', 'mail-ru'],
    domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'],
    smtp: [
      { host: 'smtp.mail.ru', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.mail.ru', port: 587, security: 'starttls', use: 'alternative' },
    ],
    login: email,
    secret: 'password for an external application',
    mx: ['mxs.mail.ru'],
    spf: null,
    dkim: null,
    oauth2: MAILRU_OAUTH,
    admin: [],
    notes: MAILRU_NOTES,
    links: [
      { label: 'Create a password for an external application', url: 'https://account.mail.ru/user/2-step-auth/passwords/' },
      { label: 'Passwords for external applications (Mail.ru help)', url: 'https://help.mail.ru/mail/security/protection/external' },
    ],
    nodemailer: ['Mail.ru'],
    replyMarks: /\bmail\.ru\b|NEOBHODIM|parol prilozheniya|\bmxs\.mail\.ru/i,
  },
  'vk-workspace': {
    id: 'vk-workspace',
    label: 'VK WorkSpace (Mail.ru for business)',
    kind: 'mailbox',
    aliases: ['vk', 'vkworkspace', 'biz.mail.ru', 'mailru-business'],
    domains: [],
    smtp: [
      { host: 'smtp.mail.ru', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.mail.ru', port: 587, security: 'starttls', use: 'alternative' },
    ],
    login: email,
    secret: 'password for an external application',
    mx: ['emx.mail.ru'],
    spf: { includes: ['_spf.mail.ru'], required: true },
    dkim: {
      selectors: ['mailru'],
      record: { type: 'TXT', value: 'v=DKIM1; k=rsa; p=<the public key from the VK WorkSpace admin panel>' },
      where: 'VK WorkSpace admin panel → Domains → the domain → DKIM',
    },
    oauth2: MAILRU_OAUTH,
    admin: [],
    notes: [...MAILRU_NOTES, 'The domain is connected in the VK WorkSpace admin panel (biz.mail.ru); its MX is emx.mail.ru.'],
    links: [
      { label: 'Create a password for an external application', url: 'https://account.mail.ru/user/2-step-auth/passwords/' },
      { label: 'VK WorkSpace: mail for a domain', url: 'https://biz.mail.ru/' },
    ],
    nodemailer: ['Mail.ru'],
  },
  zoho: {
    id: 'zoho',
    label: 'Zoho Mail',
    kind: 'mailbox',
    aliases: ['zohomail', 'zoho-mail'],
    domains: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in'],
    smtp: [
      { host: 'smtppro.zoho.com', port: 465, security: 'ssl', use: 'default', note: 'organisation (company-domain) accounts' },
      { host: 'smtp.zoho.com', port: 465, security: 'ssl', use: 'consumer', note: 'personal zoho.com accounts' },
      { host: 'smtppro.zoho.com', port: 587, security: 'starttls', use: 'alternative' },
    ],
    regional: { template: 'smtppro.zoho.{region}', port: 465, security: 'ssl', region: 'com|eu|in|com\\.au|jp|com\\.cn', defaultRegion: 'com', mx: ['mx.zoho.{region}', 'mx2.zoho.{region}', 'mx3.zoho.{region}'] },
    login: email,
    secret: 'password (an application-specific password when two-factor authentication is on)',
    mx: ['mx.zoho.com', 'mx2.zoho.com', 'mx3.zoho.com'],
    spf: { includes: ['zohomail.com', 'zoho.com', 'zoho.eu', 'zohomail.eu', 'zoho.in', 'zohomail.in', 'zoho.com.au'], required: true },
    dkim: {
      selectors: [],
      record: { type: 'TXT', value: 'v=DKIM1; k=rsa; p=<the public key Zoho shows for your selector>' },
      where: 'Zoho Mail Admin Console → Domains → the domain → Email configuration → DKIM (you choose the selector)',
    },
    oauth2: null,
    admin: [],
    notes: [
      'Company-domain accounts use smtppro.zoho.<region> (com, eu, in, com.au…): the region of your Zoho data centre; personal accounts use smtp.zoho.<region>.',
      'With two-factor authentication on, create an application-specific password; the From address must be the account or one of its aliases.',
    ],
    links: [
      { label: 'Zoho Mail SMTP server settings', url: 'https://www.zoho.com/mail/help/zoho-smtp.html' },
      { label: 'Application-specific passwords (Zoho)', url: 'https://www.zoho.com/mail/help/adminconsole/two-factor-authentication.html#alink5' },
    ],
    nodemailer: ['Zoho'],
    replyMarks: /\bzoho\b/i,
  },
  icloud: {
    id: 'icloud',
    label: 'iCloud Mail',
    kind: 'mailbox',
    aliases: ['apple', 'me', 'mac', 'icloud-mail'],
    domains: ['icloud.com', 'me.com', 'mac.com'],
    smtp: [{ host: 'smtp.mail.me.com', port: 587, security: 'starttls', use: 'default' }],
    login: email,
    secret: 'app-specific password',
    mx: ['mx01.mail.icloud.com', 'mx02.mail.icloud.com'],
    spf: { includes: ['icloud.com'], required: true },
    dkim: {
      selectors: ['sig1'],
      record: { type: 'CNAME', value: 'sig1.dkim.{domain}.at.icloudmailadmin.com' },
      where: 'iCloud settings → Custom Email Domain → the domain (the records Apple lists)',
    },
    oauth2: null,
    admin: [],
    notes: [
      'iCloud Mail needs two-factor authentication on the Apple Account and an app-specific password (appleid.apple.com → Sign-In and Security → App-Specific Passwords).',
      'The login is the Apple Account\'s primary iCloud Mail address, also when sending from a custom domain.',
    ],
    links: [
      { label: 'iCloud Mail server settings (Apple Support)', url: 'https://support.apple.com/en-us/102525' },
      { label: 'App-specific passwords (Apple Support)', url: 'https://support.apple.com/en-us/102654' },
    ],
    nodemailer: ['iCloud'],
    replyMarks: /\bicloud\.com\b|\bapple\.com\b|\[CS\d\d\]/i,
  },
  yahoo: {
    id: 'yahoo',
    label: 'Yahoo Mail',
    kind: 'mailbox',
    aliases: ['ymail'],
    domains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'yahoo.es', 'yahoo.ca', 'yahoo.com.au', 'yahoo.co.in', 'yahoo.co.jp'],
    smtp: [
      { host: 'smtp.mail.yahoo.com', port: 465, security: 'ssl', use: 'default' },
      { host: 'smtp.mail.yahoo.com', port: 587, security: 'starttls', use: 'alternative' },
    ],
    login: email,
    secret: 'app password',
    mx: ['*.am0.yahoodns.net'],
    spf: null,
    dkim: null,
    oauth2: {
      flows: ['authorization_code'],
      authorizationUrl: 'https://api.login.yahoo.com/oauth2/request_auth',
      tokenUrl: 'https://api.login.yahoo.com/oauth2/get_token',
      scopes: ['mail-w'],
      pkce: false,
      notes: [],
    },
    admin: [],
    notes: ['Yahoo refuses the account password over SMTP: generate an app password (Account Security → Generate app password).'],
    links: [{ label: 'Generate an app password (Yahoo help)', url: 'https://help.yahoo.com/kb/SLN15241.html' }],
    nodemailer: ['Yahoo'],
    replyMarks: /yahoodns|yahoo\.com|yahooinc|\[TSS?\d\d\]|\bGL01\b|aol\.com/i,
  },
  rambler: {
    id: 'rambler',
    label: 'Rambler Mail',
    kind: 'mailbox',
    aliases: ['rambler.ru'],
    domains: ['rambler.ru', 'autorambler.ru', 'myrambler.ru', 'rambler.ua', 'lenta.ru', 'ro.ru', 'r0.ru'],
    smtp: [{ host: 'smtp.rambler.ru', port: 465, security: 'ssl', use: 'default' }],
    login: email,
    secret: 'password',
    mx: ['mx.rambler.ru'],
    spf: null,
    dkim: null,
    oauth2: null,
    admin: [],
    notes: ['Rambler needs access by mail clients switched on: mail.rambler.ru → Settings → Programs → "Yes, I want to access the mailbox with mail clients".'],
    links: [{ label: 'Mail clients (Rambler help)', url: 'https://help.rambler.ru/mail/mail-pochtovye-klienty/1275/' }],
    nodemailer: [],
  },
  sendgrid: {
    id: 'sendgrid',
    label: 'SendGrid (Twilio)',
    kind: 'relay',
    aliases: ['twilio-sendgrid'],
    domains: [],
    smtp: [
      { host: 'smtp.sendgrid.net', port: 587, security: 'starttls', use: 'default' },
      { host: 'smtp.sendgrid.net', port: 465, security: 'ssl', use: 'alternative' },
      { host: 'smtp.sendgrid.net', port: 2525, security: 'starttls', use: 'alternative', note: 'where 587 is blocked' },
    ],
    login: { kind: 'fixed', user: 'apikey' },
    secret: 'API key (with Mail Send permission)',
    mx: ['mx.sendgrid.net'],
    spf: { includes: ['sendgrid.net'], required: false },
    dkim: {
      selectors: ['s1', 's2'],
      record: { type: 'CNAME', value: '{selector}.domainkey.<your SendGrid user id>.wl.sendgrid.net' },
      where: 'SendGrid → Settings → Sender Authentication → Authenticate Your Domain (it lists the CNAMEs)',
    },
    oauth2: null,
    admin: [],
    notes: [
      'The login is the literal user name "apikey"; the password is an API key with the Mail Send permission.',
      'The From address must be a verified Sender Identity (single sender or an authenticated domain), else 550 "The from address does not match a verified Sender Identity".',
    ],
    links: [
      { label: 'Integrating with the SMTP API (SendGrid docs)', url: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api' },
      { label: 'Sender Identity (SendGrid docs)', url: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/sender-identity' },
    ],
    nodemailer: ['SendGrid'],
    replyMarks: /sendgrid/i,
  },
  mailgun: {
    id: 'mailgun',
    label: 'Mailgun',
    kind: 'relay',
    aliases: [],
    domains: [],
    smtp: [
      { host: 'smtp.mailgun.org', port: 465, security: 'ssl', use: 'default', note: 'US region' },
      { host: 'smtp.mailgun.org', port: 587, security: 'starttls', use: 'alternative' },
      { host: 'smtp.eu.mailgun.org', port: 465, security: 'ssl', use: 'alternative', note: 'EU region', mx: ['mxa.eu.mailgun.org', 'mxb.eu.mailgun.org'] },
    ],
    login: { kind: 'account', what: 'the SMTP login of the sending domain (Mailgun → Sending → Domain settings → SMTP credentials), e.g. postmaster@mg.example.com' },
    secret: 'SMTP password of that login',
    mx: ['mxa.mailgun.org', 'mxb.mailgun.org'],
    spf: { includes: ['mailgun.org'], required: false },
    dkim: {
      selectors: ['smtp', 'pic', 'krs', 'mx', 'k1'],
      record: { type: 'TXT', value: 'k=rsa; p=<the public key Mailgun shows for the domain>' },
      where: 'Mailgun → Sending → Domains → the domain → DNS records',
    },
    oauth2: null,
    admin: [],
    notes: ['Use the region of the sending domain: smtp.mailgun.org (US) or smtp.eu.mailgun.org (EU).'],
    links: [{ label: 'Sending via SMTP (Mailgun docs)', url: 'https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/send-smtp' }],
    nodemailer: ['Mailgun'],
    replyMarks: /mailgun/i,
  },
  ses: {
    id: 'ses',
    label: 'Amazon SES',
    kind: 'relay',
    aliases: ['amazon-ses', 'aws', 'aws-ses', 'amazon'],
    domains: [],
    smtp: [
      { host: 'email-smtp.us-east-1.amazonaws.com', port: 465, security: 'ssl', use: 'default', note: 'us-east-1; use your region\'s host' },
      { host: 'email-smtp.us-east-1.amazonaws.com', port: 587, security: 'starttls', use: 'alternative' },
    ],
    regional: {
      template: 'email-smtp.{region}.amazonaws.com',
      port: 465,
      security: 'ssl',
      region: '[a-z]{2}(?:-gov)?-[a-z]+-\\d',
      defaultRegion: 'us-east-1',
      mx: ['inbound-smtp.{region}.amazonaws.com', 'feedback-smtp.{region}.amazonses.com'],
    },
    login: { kind: 'account', what: 'the SMTP user name of SES SMTP credentials (SES console → SMTP settings → Create SMTP credentials), not an IAM access key' },
    secret: 'SMTP password of those credentials',
    mx: [],
    spf: { includes: ['amazonses.com'], required: false },
    dkim: {
      selectors: [],
      record: { type: 'CNAME', value: '<token>.dkim.amazonses.com' },
      where: 'SES console → Configuration → Identities → the domain → Authentication (Easy DKIM: three CNAMEs)',
    },
    oauth2: null,
    admin: [],
    notes: [
      'The host names the region of your SES account: email-smtp.<region>.amazonaws.com (ports 465/2465 TLS, 587/2587 STARTTLS).',
      'Only verified identities may send; a new account is in the sandbox and may send only to verified recipients.',
      'The SPF include amazonses.com belongs on a custom MAIL FROM domain (with its MX feedback-smtp.<region>.amazonses.com), not on the From domain.',
    ],
    links: [
      { label: 'Connecting to an SES SMTP endpoint', url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html' },
      { label: 'Obtaining SES SMTP credentials', url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html' },
    ],
    nodemailer: ['SES', 'SES-US-EAST-1'],
    replyMarks: /amazonses|identities failed the check in region|Amazon SES/i,
  },
  postmark: {
    id: 'postmark',
    label: 'Postmark',
    kind: 'relay',
    aliases: ['postmarkapp'],
    domains: [],
    smtp: [
      { host: 'smtp.postmarkapp.com', port: 587, security: 'starttls', use: 'default' },
      { host: 'smtp.postmarkapp.com', port: 2525, security: 'starttls', use: 'alternative' },
      { host: 'smtp-broadcasts.postmarkapp.com', port: 587, security: 'starttls', use: 'alternative', note: 'broadcast message stream' },
    ],
    login: { kind: 'account', what: 'the Server API token (Postmark → Server → API Tokens); the same token is the password' },
    secret: 'Server API token',
    mx: ['inbound.postmarkapp.com'],
    spf: { includes: ['spf.mtasv.net'], required: false },
    dkim: {
      selectors: [],
      record: { type: 'TXT', value: 'k=rsa; p=<the public key Postmark shows>' },
      where: 'Postmark → Sender Signatures → the domain → DNS Settings (a date-based selector ending in "pm")',
    },
    oauth2: null,
    admin: [],
    notes: ['The From address must be a confirmed Sender Signature or on a verified domain, else "…is not a Sender Signature on your account".'],
    links: [{ label: 'Sending email with SMTP (Postmark)', url: 'https://postmarkapp.com/developer/user-guide/send-email-with-smtp' }],
    nodemailer: ['Postmark'],
  },
  brevo: {
    id: 'brevo',
    label: 'Brevo (Sendinblue)',
    kind: 'relay',
    aliases: ['sendinblue'],
    domains: [],
    smtp: [
      { host: 'smtp-relay.brevo.com', port: 587, security: 'starttls', use: 'default' },
      { host: 'smtp-relay.brevo.com', port: 465, security: 'ssl', use: 'alternative' },
      { host: 'smtp-relay.brevo.com', port: 2525, security: 'starttls', use: 'alternative' },
    ],
    login: { kind: 'account', what: 'the SMTP login shown under SMTP & API → SMTP (e.g. 8a1b2c001@smtp-brevo.com)' },
    secret: 'SMTP key',
    mx: [],
    spf: { includes: ['spf.brevo.com', 'spf.sendinblue.com'], required: false },
    dkim: {
      selectors: ['brevo1', 'brevo2', 'mail'],
      record: { type: 'CNAME', value: 'b1.{domainDashed}.dkim.brevo.com' },
      where: 'Brevo → Senders, domains & dedicated IPs → Domains → Authenticate',
    },
    oauth2: null,
    admin: [],
    notes: ['Authenticate the sending domain in Brevo; without it Brevo rewrites the From domain to @brevosend.com.'],
    links: [{ label: 'SMTP relay (Brevo help)', url: 'https://help.brevo.com/hc/en-us/articles/7924908994450' }],
    nodemailer: ['SendinBlue'],
  },
  custom: {
    id: 'custom',
    label: 'Custom server',
    kind: 'custom',
    aliases: ['other', 'own', 'self-hosted'],
    domains: [],
    smtp: [],
    login: email,
    secret: 'password',
    mx: [],
    spf: null,
    dkim: null,
    oauth2: null,
    admin: [],
    notes: ['Ask the mail administrator for the submission host, port and security (usually 465 with ssl or 587 with starttls) and the login.'],
    links: [],
    nodemailer: [],
  },
};

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** By id or alias, case-insensitive; null when unknown. */
export function findProvider(name: string): Provider | null {
  const key = name.trim().toLowerCase();
  if (isProviderId(key)) return PROVIDERS[key];
  for (const p of Object.values(PROVIDERS)) if (p.aliases.includes(key)) return p;
  return null;
}

/** The provider whose own address domain this is (gmail.com, outlook.com…); null for any other domain. */
export function providerForDomain(domain: string): Provider | null {
  const d = domain.toLowerCase().replace(/\.$/, '');
  for (const p of Object.values(PROVIDERS)) if (p.domains.includes(d)) return p;
  return null;
}

/** `*.suffix` matches any name below suffix; anything else matches exactly. */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) return h.endsWith(pattern.slice(1)) && h.length > pattern.length - 1;
  return h === pattern;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regional template such as `inbound-smtp.{region}.amazonaws.com` as an anchored RegExp with the region captured. */
function templateRe(template: string, region: string): RegExp {
  const [before, after] = template.split('{region}') as [string, string];
  return new RegExp(`^${escapeRe(before)}(${region})${escapeRe(after ?? '')}$`);
}

export interface ProviderMatch {
  provider: Provider;
  endpoint: SmtpEndpoint;
  /** The region read from the host name, e.g. "eu-west-1". */
  region?: string;
}

/** The region's submission endpoint of a provider with regional hosts. */
export function regionalEndpoint(provider: Provider, region: string): SmtpEndpoint | null {
  const r = provider.regional;
  if (!r || !new RegExp(`^(?:${r.region})$`).test(region)) return null;
  return { host: r.template.replace('{region}', region), port: r.port, security: r.security, use: 'default', note: `region ${region}` };
}

/** The provider, endpoint and region an inbound MX host reveals; null when the host is no provider's. */
export function providerForMx(mxHost: string): ProviderMatch | null {
  const h = mxHost.toLowerCase().replace(/\.$/, '');
  for (const p of Object.values(PROVIDERS)) {
    for (const e of p.smtp) if (e.mx?.some((m) => hostMatches(m, h))) return { provider: p, endpoint: e };
    if (p.regional) {
      for (const t of p.regional.mx) {
        const m = templateRe(t, p.regional.region).exec(h);
        if (m) return { provider: p, endpoint: regionalEndpoint(p, m[1]!)!, region: m[1]! };
      }
    }
    if (p.mx.some((m) => hostMatches(m, h))) return { provider: p, endpoint: defaultEndpoint(p)! };
  }
  return null;
}

/** The provider whose submission server this is; null when none. The first listed wins (smtp.gmail.com → gmail). */
export function providerForHost(host: string): ProviderMatch | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const p of Object.values(PROVIDERS)) {
    const e = p.smtp.find((x) => x.host === h);
    if (e) return { provider: p, endpoint: e };
  }
  for (const p of Object.values(PROVIDERS)) {
    if (!p.regional) continue;
    const m = templateRe(p.regional.template, p.regional.region).exec(h);
    if (m) return { provider: p, endpoint: regionalEndpoint(p, m[1]!)!, region: m[1]! };
  }
  return null;
}

/** The preset's server: the first endpoint marked default. */
export function defaultEndpoint(p: Provider): SmtpEndpoint | null {
  return p.smtp.find((e) => e.use === 'default') ?? null;
}

/** The endpoint for an address: the consumer one for the provider's own domains (outlook.com → smtp-mail.outlook.com). */
export function endpointFor(p: Provider, email: string): SmtpEndpoint | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  if (p.domains.includes(domain)) {
    const consumer = p.smtp.find((e) => e.use === 'consumer');
    if (consumer) return consumer;
  }
  return defaultEndpoint(p);
}

/** The login by the provider's convention; null when the provider issues it per account (it must be asked). */
export function loginFor(p: Provider, email: string): string | null {
  switch (p.login.kind) {
    case 'email': return email;
    case 'fixed': return p.login.user;
    default: return null;
  }
}

/** Admin steps with `{email}` filled in. */
export function adminStepsFor(p: Provider, email: string): AdminStep[] {
  return p.admin.map((s) => ({ ...s, commands: s.commands?.map((c) => c.replaceAll('{email}', email)) }));
}

/** The DKIM record to publish for a selector of this provider, with the domain filled in. */
export function dkimRecordFor(p: Provider, selector: string, domain: string): { name: string; type: 'TXT' | 'CNAME'; value: string } | null {
  if (!p.dkim) return null;
  const value = p.dkim.record.value
    .replaceAll('{selector}', selector)
    .replaceAll('{domainDashed}', domain.replace(/\./g, '-'))
    .replaceAll('{domain}', domain);
  return { name: `${selector}._domainkey.${domain}`, type: p.dkim.record.type, value };
}

/**
 * The warning for a saved address that still logs in with a password where its provider is switching password SMTP
 * AUTH off (Microsoft 365: MC786329); null when none applies.
 */
export function basicAuthWarning(a: { email: string; host: string; preset: string; authMethod: string }): string | null {
  if (a.authMethod !== 'password') return null;
  const host = a.host.toLowerCase().replace(/\.$/, '');
  const provider = Object.values(PROVIDERS).find((p) => p.basicAuthRetirement && (findProvider(a.preset)?.id === p.id || p.basicAuthRetirement.hosts.includes(host)));
  const r = provider?.basicAuthRetirement;
  if (!r) return null;
  return `${a.email} logs in to ${a.host} with a password: ${r.what} at ${r.when} (${r.notice}). Move it to OAuth2 with \`addr edit ${a.email} --auth oauth2\`.`;
}
