/**
 * The remedy table as data: category → cause, remedy, permanence, who fixes it, per provider. The rules that
 * decide the category are in src/core/rules.ts; src/core/classify.ts interprets both. Every text is written
 * from what the input knows (the saved address, the sender's domain, our sending IP quoted in the reply) and
 * reads as a whole sentence when it knows nothing: no placeholders (test/remedies.test.ts).
 * Pure: no I/O, no process, no clock.
 *
 * Permanence (Diagnosis.permanent = "retrying the same thing fails again"):
 *   fixed per category below; categories marked `byCode` follow the reply class when there is one
 *   (4xx temporary, 5xx permanent), e.g. 452 4.2.2 mailbox full is temporary, 552 5.2.2 is permanent.
 *   connection_refused is temporary, as MTAs treat it (Postfix defers): a server being restarted refuses
 *   connections too; its remedy says to check host and port when it persists. Timeouts, lost connections,
 *   rate limits, the sender's daily quota (it resets) and server_temporary are temporary.
 */
import type { Category, Diagnosis, FixSide } from './diagnosis.js';
import { PRESETS } from './presets.js';
import type { Facts, Provider } from './rules.js';
import { OAUTH_REMEDIES } from './oauth-rules.js';

export type { Facts, Provider } from './rules.js';

// ---- the remedy table ------------------------------------------------------------------------------------------

type Text = (f: Facts) => string;

export interface ProviderAdvice {
  cause?: Text;
  remedy: Text;
  links?: string[];
  /** When the provider's advice fits this failure (default: always); otherwise the category's own is given. */
  applies?: (f: Facts) => boolean;
}

export interface CategoryInfo {
  /** One line: why it failed. */
  cause: Text;
  /** The concrete next step(s), generic. */
  remedy: Text;
  permanent: boolean;
  /** When true a 4xx reply makes it temporary and a 5xx reply permanent. */
  byCode?: boolean;
  fixSide: FixSide;
  links?: string[];
  providers?: Partial<Record<Provider, ProviderAdvice>>;
}

const urls = (id: 'gmail' | 'yandex' | 'mailru'): string[] => PRESETS[id].links.map((l) => l.url);

/** Official pages not in the presets (providers without a preset, and pages about delivery rather than login). */
export const LINKS = {
  googleSmtpErrors: 'https://support.google.com/a/answer/3726730',
  googleSenderGuidelines: 'https://support.google.com/mail/answer/81126',
  googleSendingLimits: 'https://support.google.com/a/answer/166852',
  googleRelay: 'https://support.google.com/a/answer/6140680',
  googleTooManyLogins: 'https://support.google.com/mail/answer/7126229',
  googleWebLogin: 'https://support.google.com/mail/answer/78754',
  yandexSsl: 'http://help.yandex.ru/mail/mail-clients/ssl.xml',
  yandexSpam: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html',
  yandexBounces: 'https://yandex.com/support/mail/bounces/yandex.html',
  mailruSmtp: 'http://help.mail.ru/mail-help/mailer/popsmtp',
  mailruDmarc: 'https://help.mail.ru/mail-help/postmaster/dmarc',
  mailruNotSpam: 'http://help.mail.ru/notspam-support/',
  msSmtpAuth: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
  msSmtpAuthShort: 'https://aka.ms/smtp_auth_disabled',
  msDevices: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365',
  msBasicAuthRetire: 'https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750',
  msRelay: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp',
  msDelist: 'https://sender.office.com/',
  spamhaus: 'https://check.spamhaus.org/',
  nodemailerSmtp: 'https://nodemailer.com/smtp/',
} as const;

/** The SPF `include:` of each provider's outgoing servers. */
/** Public block lists a reply names, with the page where a listing is looked up and its removal asked for. */
export const BLOCK_LISTS: ReadonlyArray<{ name: string; mark: RegExp; lookup: string }> = [
  { name: 'Spamhaus', mark: /spamhaus|\bcbl\.abuseat\.org\b/i, lookup: LINKS.spamhaus },
  { name: 'Barracuda', mark: /barracuda(?:central)?/i, lookup: 'https://www.barracudacentral.org/lookups' },
  { name: 'SpamCop', mark: /spamcop/i, lookup: 'https://www.spamcop.net/bl.shtml' },
  { name: 'UCEPROTECT', mark: /uceprotect/i, lookup: 'https://www.uceprotect.net/' },
  { name: 'Cloudmark', mark: /cloudmark/i, lookup: 'https://csi.cloudmark.com/en/reset/' },
];

/** The DNS zone of the block list a reply names ("blocked using zen.spamhaus.org", "listed at bl.example.net"). */
const LIST_ZONE = /\b(?:blocked using|listed (?:at|on|in|by)|RBL:?|DNSBL:?)\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,})\b/i;

/** Whether the reply names a block list of its own (a known one or its zone): then that list, not the receiver, delists. */
function namesList(text: string): boolean {
  return BLOCK_LISTS.some((l) => l.mark.test(text)) || LIST_ZONE.test(text);
}

/** Where to look the listing up: the list the reply names (a known one with its page, or its DNS zone), else Spamhaus. */
function listLookup(text: string): string {
  const known = BLOCK_LISTS.find((l) => l.mark.test(text));
  if (known) return `at ${known.name} (${known.lookup})`;
  const zone = LIST_ZONE.exec(text)?.[1];
  return zone ? `at the list the reply names (${zone}) and at ${LINKS.spamhaus}` : `at ${LINKS.spamhaus}`;
}

export const SPF_INCLUDE: Partial<Record<Provider, string>> = {
  gmail: 'include:_spf.google.com',
  yandex: 'include:_spf.yandex.net',
  mailru: 'include:_spf.mail.ru',
  microsoft: 'include:spf.protection.outlook.com',
};

export const PROVIDER_LABEL: Partial<Record<Provider, string>> = {
  gmail: 'Gmail',
  yandex: 'Yandex',
  mailru: 'Mail.ru',
  microsoft: 'Microsoft 365 / Outlook',
};

/** "smtp.x.ru:465 (security ssl)" or "the SMTP server" when nothing is known. */
export function where(f: Facts): string {
  const hp = f.host ? (f.port ? `${f.host}:${f.port}` : f.host) : f.port ? `port ${f.port}` : 'the SMTP server';
  return f.security ? `${hp} (security ${f.security})` : hp;
}

/** " (now smtp.x.ru:465, security ssl)" or nothing when host, port and security are unknown. */
const now = (f: Facts): string => (f.host || f.port || f.security ? ` (now ${where(f)})` : '');

/** `nc -vz host port`, or the words to say it without a host. */
const ncTest = (f: Facts): string => (f.host ? `\`nc -vz ${f.host} ${f.port ?? 587}\`` : '`nc -vz` to the host and port from this machine');

/** What to change so that port and security agree. */
export function modeAdvice(f: Facts): string {
  if (f.port === 465 && f.security !== undefined && f.security !== 'ssl') {
    return `port 465 expects TLS from the first byte: set security to ssl (or keep starttls and use port 587)`;
  }
  if (f.port !== undefined && [25, 587, 2525].includes(f.port) && f.security === 'ssl') {
    return `port ${f.port} talks plain SMTP first and upgrades with STARTTLS: set security to starttls (or keep ssl and use port 465)`;
  }
  return 'make port and security agree: 465 ⇔ ssl, 587 ⇔ starttls';
}

const differs = (f: Facts): boolean => Boolean(f.login && f.from && f.login.toLowerCase() !== f.from.toLowerCase());
/** "The login is a@x.ru but the From address is b@y.ru: " when they differ. */
const mismatch = (f: Facts): string => (differs(f) ? `The login is ${f.login} but the From address is ${f.from}: ` : '');
const loginName = (f: Facts): string => (f.login ? `the login ${f.login}` : 'the login (usually the full address)');
const domainOr = (f: Facts, fallback = 'your sending domain'): string => f.domain ?? fallback;
const ptrNote = (f: Facts): string => (f.ourIp ? `our sending IP ${f.ourIp}` : 'the sending IP');

const appPasswordAdvice: Record<'gmail' | 'yandex' | 'mailru', ProviderAdvice> = {
  gmail: {
    cause: () => 'Wrong login or password: Gmail refuses the normal Google password over SMTP and needs an app password.',
    remedy: (f) => `Turn on 2-Step Verification for ${f.login ?? 'the Google account'}, create an app password at ${PRESETS.gmail.links[0]!.url} and use its 16 letters as the password; log in with the account's own address, not an alias.`,
    links: urls('gmail'),
  },
  yandex: {
    cause: () => 'Wrong login or password: Yandex accepts only an app password over SMTP, with access for mail clients switched on.',
    remedy: (f) => `In Yandex Mail → Settings → Email clients allow access for mail clients, then create an app password of type "Mail" at ${PRESETS.yandex.links[0]!.url} and use it as the password for ${f.login ?? 'the mailbox'} (app passwords are reset when the account password changes).`,
    links: urls('yandex'),
  },
  mailru: {
    cause: () => 'Wrong login or password: Mail.ru accepts only a password for an external application over SMTP.',
    remedy: (f) => `Create a password for an external application with access to sending mail at ${PRESETS.mailru.links[0]!.url} (Settings → Security) and use it as the password for ${f.login ?? 'the mailbox'}.`,
    links: urls('mailru'),
  },
};

const msSmtpAuth: ProviderAdvice = {
  remedy: (f) => `In the Microsoft 365 admin center → Users → ${f.login ?? 'the user'} → Mail → Manage email apps tick "Authenticated SMTP" (or run Set-CASMailbox for ${f.login ?? 'the mailbox'} with -SmtpClientAuthenticationDisabled $false), and check that the tenant setting, Security Defaults or a "block legacy authentication" policy do not override it; Basic SMTP AUTH is being retired, so plan OAuth2 (XOAUTH2).`,
  links: [LINKS.msSmtpAuthShort, LINKS.msSmtpAuth, LINKS.msBasicAuthRetire],
};

export const REMEDIES: Record<Category, CategoryInfo> = {
  auth_failed: {
    cause: () => 'The server rejected the login: the user name or password is wrong.',
    remedy: (f) => `Check ${loginName(f)} and the password saved for it (re-enter it with \`addr edit\`), and that the account may log in over SMTP.`,
    permanent: true, fixSide: 'sender',
    providers: {
      ...appPasswordAdvice,
      microsoft: {
        cause: () => 'The server rejected the login: the password is wrong or SMTP AUTH is switched off for the mailbox.',
        remedy: (f) => `Check the password of ${f.login ?? 'the mailbox'}; if it is right, enable "Authenticated SMTP" for the mailbox in the Microsoft 365 admin center (${LINKS.msSmtpAuthShort}).`,
        links: [LINKS.msSmtpAuthShort, LINKS.msSmtpAuth],
      },
    },
  },
  app_password_required: {
    cause: () => 'The provider refuses the account password over SMTP and requires an app password.',
    remedy: (f) => `Create an app password in the provider's account security settings and save it as the password for ${f.login ?? 'this address'} (\`addr edit\`).`,
    permanent: true, fixSide: 'sender',
    providers: {
      gmail: { ...appPasswordAdvice.gmail, cause: () => 'Gmail requires an app password (or a web sign-in) for this account.',
        links: [...urls('gmail'), LINKS.googleWebLogin] },
      yandex: { ...appPasswordAdvice.yandex, cause: () => 'Yandex refuses SMTP for this account until mail-client access is on and an app password is used.' },
      mailru: { ...appPasswordAdvice.mailru, cause: () => 'Mail.ru requires a password for an external application (the account password is refused).' },
    },
  },
  smtp_auth_disabled: {
    cause: () => 'SMTP authentication (Basic SMTP AUTH) is switched off for this mailbox or the whole tenant.',
    remedy: msSmtpAuth.remedy,
    permanent: true, fixSide: 'provider', links: msSmtpAuth.links,
    providers: { microsoft: msSmtpAuth },
  },
  auth_unavailable: {
    cause: () => 'The server offers no login (AUTH) on this connection although a password is configured.',
    remedy: (f) => `Many servers offer AUTH only after STARTTLS: use security starttls on 587 or ssl on 465. Check that ${f.host ?? 'the host'} is the provider's submission server, not a recipient MX on port 25${now(f)}.`,
    permanent: true, fixSide: 'sender',
  },
  sender_not_owned: {
    cause: (f) => (differs(f)
      ? `The server lets ${f.login} send only as itself, and the From address is ${f.from}.`
      : 'The From (envelope sender) address is not one the logged-in account may send as.'),
    remedy: (f) => (differs(f)
      ? `${mismatch(f)}send from ${f.login}, log in as ${f.from} with its own password, or add ${f.from} as a confirmed alias / grant "Send As" at the provider.`
      : 'Set the From address (and the envelope MAIL FROM) to the mailbox you log in with, or add it as a confirmed alias / grant "Send As" at the provider.'),
    permanent: true, fixSide: 'sender',
    providers: {
      yandex: { remedy: (f) => (differs(f)
        ? `${mismatch(f)}Yandex accepts as sender only the login mailbox or its confirmed aliases; send from ${f.login}, or log in as ${f.from} with its own app password.`
        : 'Yandex accepts as sender only the login mailbox or its confirmed aliases: make the envelope MAIL FROM and the From header that mailbox, or log in as the From mailbox with its own app password.'), links: urls('yandex') },
      mailru: { remedy: (f) => (differs(f)
        ? `${mismatch(f)}Mail.ru sends only as the login mailbox; send from ${f.login}, or log in as ${f.from} with its own external-application password.`
        : 'Mail.ru sends only as the login mailbox: make the envelope MAIL FROM and the From header that mailbox, or log in as the From mailbox with its own external-application password.'), links: urls('mailru') },
      gmail: { remedy: (f) => (differs(f)
        ? `${mismatch(f)}add ${f.from} in Gmail → Settings → Accounts → "Send mail as" and confirm it, or send from ${f.login}.`
        : 'Add the From address in Gmail → Settings → Accounts → "Send mail as" and confirm it, or make the envelope MAIL FROM and the From header the login address.'), links: urls('gmail') },
      microsoft: { remedy: (f) => (differs(f)
        ? `${mismatch(f)}send from ${f.login}, or have an Exchange admin grant ${f.login} "Send As" on ${f.from}.`
        : 'Make the envelope MAIL FROM and the From header the login mailbox, or have an Exchange admin grant the login "Send As" on the From mailbox.'), links: [LINKS.msDevices] },
    },
  },
  spf_failed: {
    cause: (f) => `The receiver's SPF check failed: the server that sent the message is not listed in the SPF record of ${domainOr(f, 'the sender\'s domain')}.`,
    remedy: (f) => {
      const inc = f.senderProvider && SPF_INCLUDE[f.senderProvider] ? SPF_INCLUDE[f.senderProvider] : 'the include: of your mail provider';
      const ip = f.ourIp ? ` or ip4:${f.ourIp}` : '';
      const check = f.domain ? `Check the SPF record of ${f.domain} with \`dig +short TXT ${f.domain}\`` : 'Check the SPF record (a TXT record starting v=spf1) of the sending domain';
      return `${check}: it must contain ${inc}${ip} (only one v=spf1 record, at most 10 lookups). Send through the provider's own SMTP server, and enable DKIM signing as well.`;
    },
    permanent: true, byCode: true, fixSide: 'dns',
    providers: { gmail: { remedy: (f) => REMEDIES.spf_failed.remedy(f), links: [LINKS.googleSenderGuidelines] } },
  },
  dmarc_failed: {
    cause: (f) => `The receiver applied the DMARC policy of ${domainOr(f, 'the From domain')}: neither SPF nor DKIM passed aligned with the From domain.`,
    remedy: (f) => {
      const check = f.domain ? ` (check \`dig +short TXT ${f.domain}\` and \`dig +short TXT _dmarc.${f.domain}\`, enable DKIM at the provider)` : ' (check its SPF record and its _dmarc TXT record, enable DKIM at the provider)';
      return `Make SPF or DKIM pass for ${domainOr(f, 'the From domain')}${check}, and do not send as a domain whose mail you do not control (e.g. @gmail.com or @mail.ru through another server).`;
    },
    permanent: true, byCode: true, fixSide: 'dns',
    providers: {
      mailru: { remedy: (f) => `${REMEDIES.dmarc_failed.remedy(f)} Mail.ru domains may be sent only through smtp.mail.ru.`, links: [LINKS.mailruDmarc] },
      gmail: { remedy: (f) => REMEDIES.dmarc_failed.remedy(f), links: [LINKS.googleSenderGuidelines] },
    },
  },
  dkim_failed: {
    cause: (f) => `The DKIM signature of ${domainOr(f, 'the message')} is missing or did not verify.`,
    remedy: (f) => `Enable DKIM signing for ${domainOr(f)} at the mail provider and publish the TXT record of its selector${f.domain ? ` (the provider names the selector; check it with \`dig +short TXT SELECTOR._domainkey.${f.domain}\`, SELECTOR being that name)` : ''}; do not modify messages after signing.`,
    permanent: true, byCode: true, fixSide: 'dns',
    providers: { gmail: { remedy: (f) => REMEDIES.dkim_failed.remedy(f), links: [LINKS.googleSenderGuidelines] } },
  },
  spam_rejected: {
    cause: () => 'The receiver\'s filter judged the message (or the sending account) to be spam.',
    remedy: () => 'Stop resending the same message; send a plain test from webmail, remove link shorteners and spam-like wording, and raise volume gradually. Use the link in the reply, if any, to ask for review.',
    permanent: true, byCode: true, fixSide: 'sender',
    providers: {
      yandex: { remedy: () => 'Stop retrying (each retry extends the block up to 24 h); log in to Yandex Mail on the web, pass the captcha if asked, and check the message content.', links: [LINKS.yandexSpam] },
      mailru: { remedy: () => 'Use the notspam link from the reply to ask Mail.ru for review, and stop resending meanwhile.', links: [LINKS.mailruNotSpam] },
      gmail: { remedy: () => 'Follow Google\'s sender guidelines (SPF, DKIM, DMARC, one-click unsubscribe for bulk) and stop resending the same message.', links: [LINKS.googleSenderGuidelines] },
      microsoft: { remedy: () => 'Check the account at outlook.com for a verification request and stop resending; if the IP is blocked, request delisting.', links: [LINKS.msDelist] },
    },
  },
  relay_denied: {
    cause: () => 'The server refused to relay the message: it accepts mail only for its own domains or from logged-in users.',
    remedy: (f) => `Log in before sending (set a username and password) and send through the provider's submission server on 587/465, not a recipient MX${now(f)}.`,
    permanent: true, fixSide: 'sender',
    providers: {
      gmail: { remedy: () => 'With smtp-relay.gmail.com register the sending IP in Admin console → Apps → Gmail → Routing → SMTP relay, or use smtp.gmail.com with a login.', links: [LINKS.googleRelay] },
      microsoft: { remedy: () => 'Authenticate to smtp.office365.com:587, or set up a connector for the sending IP.', links: [LINKS.msRelay, LINKS.msDevices] },
    },
  },
  recipient_unknown: {
    cause: () => 'The recipient address does not exist (or its mailbox or domain is disabled).',
    remedy: () => 'Check the recipient address for typos and remove it from mailing lists; do not retry.',
    permanent: true, byCode: true, fixSide: 'recipient',
  },
  mailbox_full: {
    cause: () => 'The recipient\'s mailbox is full.',
    remedy: () => 'Nothing to change on the sending side: retry later or reach the recipient another way.',
    permanent: false, byCode: true, fixSide: 'recipient',
  },
  message_too_big: {
    cause: () => 'The message is larger than the server accepts.',
    remedy: () => 'Shrink or remove attachments (share a link instead); the limit is in the server\'s EHLO SIZE (Gmail about 25 MB).',
    permanent: true, fixSide: 'sender',
  },
  rate_limited: {
    cause: () => 'The server throttled the sender: too many messages, connections or logins in a short time.',
    remedy: () => 'Back off and retry later at a lower rate; reuse one connection (pooling) instead of logging in per message, and lower concurrency.',
    permanent: false, fixSide: 'sender',
    providers: {
      gmail: { remedy: () => 'Wait, then send over one pooled connection instead of logging in for every message.', links: [LINKS.googleTooManyLogins] },
      mailru: { remedy: () => 'Stop sending for a while and retry later at a lower rate.', links: [LINKS.mailruSmtp] },
    },
  },
  quota_exceeded: {
    cause: () => 'The sending account hit its daily (or hourly) sending limit at the provider.',
    remedy: () => 'Wait until the 24-hour window resets, spread the volume over several senders, or move bulk mail to a transactional e-mail service.',
    permanent: false, fixSide: 'sender',
    providers: {
      gmail: { remedy: () => 'Wait up to 24 hours for the Gmail sending limit to reset; for more volume use Google Workspace limits or a transactional e-mail service.', links: [LINKS.googleSendingLimits] },
      microsoft: { remedy: () => 'Sign in at outlook.com and complete the verification if asked, then wait for the daily limit to reset.', links: [LINKS.msDelist] },
    },
  },
  ptr_missing: {
    cause: (f) => `The receiver found no valid reverse DNS (PTR) for ${ptrNote(f)}.`,
    remedy: (f) => `Ask the hosting provider to set a PTR for ${ptrNote(f)} to a name whose A record points back to it${f.ourIp ? ` (\`dig +short -x ${f.ourIp}\` shows the current one)` : ''}, and use that name as the HELO name; or relay through your mail provider instead of sending directly.`,
    permanent: true, byCode: true, fixSide: 'dns',
  },
  blacklisted: {
    cause: (f) => (f.ourIp ? `Our sending IP ${f.ourIp} (or the sending domain) is on a block list the receiver uses.` : 'The sending IP or domain is on a block list the receiver uses.'),
    remedy: (f) => `Look ${f.ourIp ? `${f.ourIp} and the sending domain` : 'the sending IP and domain'} up ${listLookup(f.text)}, fix the source of spam (a compromised account or script), request delisting there, and relay through the mail provider meanwhile.`,
    permanent: true, byCode: true, fixSide: 'sender', links: [LINKS.spamhaus],
    // Microsoft's own list (S3140/S3150, "banned sending IP") is delisted at sender.office.com; a public list its servers quote
    // ("Client host [ip] blocked using Spamhaus") at that list.
    providers: { microsoft: { remedy: (f) => `Request delisting${f.ourIp ? ` of ${f.ourIp}` : ''} at sender.office.com and fix the source of spam.`, links: [LINKS.msDelist], applies: (f) => !namesList(f.text) } },
  },
  tls_required: {
    cause: () => 'The server requires encryption, and the client sent commands without TLS.',
    remedy: (f) => `Turn encryption on${now(f)}: port 587 with security starttls, or port 465 with security ssl.`,
    permanent: true, fixSide: 'sender',
    providers: { yandex: { remedy: (f) => `Yandex refuses unencrypted SMTP: use smtp.yandex.ru 465 with ssl (or 587 with starttls)${now(f)}.`, links: [LINKS.yandexSsl, ...urls('yandex').slice(2)] } },
  },
  tls_unavailable: {
    cause: () => 'STARTTLS is required by the settings but the server does not offer it.',
    remedy: (f) => `Use implicit TLS (port 465, security ssl) if the server has it, or check that ${f.host ? where(f) : 'the host'} is the right submission server.`,
    permanent: true, fixSide: 'sender',
  },
  tls_handshake_failed: {
    cause: () => 'The TLS handshake failed: client and server could not agree on protocol or cipher, or the connection was cut during it.',
    remedy: (f) => `Try the other port and mode (465 ssl ⇔ 587 starttls)${now(f)}; check that no proxy or antivirus intercepts TLS; an old server offering only TLS 1.0 needs an upgrade by its admin.`,
    permanent: true, fixSide: 'provider', links: [LINKS.nodemailerSmtp],
  },
  wrong_security_mode: {
    cause: () => 'The security mode does not match the port: one side spoke TLS while the other spoke plain SMTP.',
    remedy: (f) => `${modeAdvice(f).replace(/^./, (c) => c.toUpperCase())}${now(f)}.`,
    permanent: true, fixSide: 'sender', links: [LINKS.nodemailerSmtp],
  },
  certificate_invalid: {
    cause: () => 'The server\'s TLS certificate failed verification (self-signed, expired, or issued for another host name).',
    remedy: (f) => `Use the host name the certificate was issued for${f.host ? ` (see it with \`openssl s_client -connect ${f.host}:${f.port ?? 465}${f.security === 'starttls' ? ' -starttls smtp' : ''} -servername ${f.host}\`)` : ''}, not an IP or an alias; for a private CA or a self-signed server give its PEM with --ca; an antivirus or proxy may be intercepting TLS. Turn verification off (--insecure) only for a server you control.`,
    permanent: true, fixSide: 'sender',
  },
  connection_refused: {
    cause: (f) => `Nothing accepts connections on ${where(f)}: wrong host or port, or the service is down.`,
    remedy: (f) => `Check the host and port${now(f)}: submission is 465 with ssl or 587 with starttls; make sure the host does not resolve to 127.0.0.1 by mistake, and test with ${ncTest(f)}. If the settings are right, the server is down: retry later.`,
    permanent: false, fixSide: 'sender',
  },
  connection_timeout: {
    cause: (f) => `No answer from ${where(f)} in time: a firewall drops the packets, or the host or port is wrong.`,
    remedy: (f) => `Test with ${ncTest(f)}; many clouds and hosters block outbound 25/465/587: ask them to open it, or try the other port (465 ssl ⇔ 587 starttls).`,
    permanent: false, fixSide: 'network',
  },
  connection_lost: {
    cause: (f) => `The connection to ${where(f)} was closed in the middle of the SMTP conversation.`,
    remedy: (f) => `Retry later; if it repeats at the same step, check port and security (${modeAdvice(f)}) and whether the server drops clients it distrusts.`,
    permanent: false, fixSide: 'network',
  },
  dns_not_found: {
    cause: (f) => (f.host ? `The host name ${f.host} does not resolve in DNS.` : 'A host name in the path does not resolve in DNS.'),
    remedy: (f) => `Check the host for typos or stray quotes/spaces${f.host ? ` (\`dig +short ${f.host}\`)` : ''}, and that this machine's DNS resolver works.`,
    permanent: true, fixSide: 'sender',
  },
  greeting_timeout: {
    cause: (f) => `The TCP connection to ${where(f)} opened but the server never sent its 220 greeting.`,
    remedy: (f) => `If the port is 465, set security to ssl (the server waits for TLS first); otherwise ${modeAdvice(f)}, and check for a firewall or proxy that holds the connection.`,
    permanent: false, fixSide: 'network',
  },
  server_temporary: {
    cause: () => 'The server refused temporarily (busy, maintenance or a temporary local problem).',
    remedy: () => 'Retry later with a backoff; if it persists for hours, contact the server\'s admin.',
    permanent: false, fixSide: 'provider',
  },
  policy_rejected: {
    cause: () => 'The receiving server refused the message by its policy (content, attachment, headers or sender).',
    remedy: () => 'Read the reply for the rule that fired; fix headers (a valid From), remove blocked attachment types, or ask the recipient\'s admin to allow the message.',
    permanent: true, byCode: true, fixSide: 'recipient',
  },
  ...OAUTH_REMEDIES,
  unknown: {
    cause: () => 'The reply does not match any known failure; it is shown as received.',
    remedy: () => 'Read the reply or error as it is shown here; search its code and text in the provider\'s or the program\'s help, or ask the server\'s admin.',
    permanent: true, byCode: true, fixSide: 'unknown',
  },
};

/**
 * What a failure means when it is not ours: our own server refusing others (inbound) or a failed login against our
 * own server (login). The classifier's cause and remedy speak to the sender of a refused message; for these
 * directions the sender is a stranger (or one of our own clients), so the advice is for the admin of our server.
 */
export function adviceForDirection(direction: 'inbound' | 'login', d: Diagnosis): Diagnosis {
  if (direction === 'login') {
    return {
      ...d,
      cause: 'Clients failed to log in to our own server: wrong passwords of our own clients, or strangers guessing them (a brute-force attack when the clients are unknown hosts).',
      remedy: 'If a client is ours, fix the password it uses. Otherwise block the guessing: a fail2ban jail on these failures (postfix-sasl, exim or dovecot), a rate limit on logins (Postfix: smtpd_client_auth_rate_limit; Exim: a ratelimit condition in the AUTH ACL), and AUTH offered only on the submission ports 587/465, not on port 25.',
      permanent: true, links: ['https://www.postfix.org/SASL_README.html', 'https://www.postfix.org/postconf.5.html#smtpd_client_auth_rate_limit'],
    };
  }
  if (d.category === 'relay_denied') {
    return {
      ...d,
      cause: 'Our own server refused to relay mail for a client that did not log in and is not in its trusted networks: usually an open-relay probe by a stranger.',
      remedy: 'Nothing to fix when the client is a stranger: our server works as it should. If the client is one of our applications, let it log in (SASL on port 587) or add its network to the trusted ones (Postfix: mynetworks; Exim: relay_from_hosts).',
      links: ['https://www.postfix.org/SMTPD_ACCESS_README.html'],
    };
  }
  return {
    ...d,
    cause: `Our own server refused mail from another server or client (its reason: ${d.cause.charAt(0).toLowerCase()}${d.cause.slice(1).replace(/\.$/, '')}).`,
    remedy: 'This is our server applying its own policy to others: nothing to fix unless the client or sender is one of ours or the mail was wanted; then check the restriction that fired (`postconf -n | grep restrictions`, or the Exim ACL) and the sender\'s setup.',
    links: ['https://www.postfix.org/SMTPD_ACCESS_README.html'],
  };
}
