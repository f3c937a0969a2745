/**
 * The diagnosis knowledge as data: the rule table (signal → category) and the remedy table
 * (category → cause, remedy, permanence, who fixes it, per provider). src/core/classify.ts interprets both.
 * Pure: no I/O, no process, no clock.
 *
 * Rule order is specific → generic and the first match wins:
 *   1. client-side TLS / security-mode / certificate errors (Node, OpenSSL, nodemailer texts);
 *   2. socket and DNS errors that come without an SMTP reply;
 *   3. SMTP replies: provider wording first, then phrases, then RFC 3463 enhanced-code fallbacks,
 *      then bare reply-code fallbacks (4xx → server_temporary, 5xx → unknown).
 * A rule lists conditions that must ALL hold (text regex, enhanced code, reply code, stage, error code, predicate).
 *
 * Permanence (Diagnosis.permanent = "retrying the same thing fails again"):
 *   fixed per category below; categories marked `byCode` follow the reply class when there is one
 *   (4xx temporary, 5xx permanent), e.g. 452 4.2.2 mailbox full is temporary, 552 5.2.2 is permanent.
 *   connection_refused is temporary, as MTAs treat it (Postfix defers): a server being restarted refuses
 *   connections too; its remedy says to check host and port when it persists. Timeouts, lost connections,
 *   rate limits, the sender's daily quota (it resets) and server_temporary are temporary.
 */
import type { Category, FixSide, SenderContext } from './diagnosis.js';
import { PRESETS } from './presets.js';

/** Providers we have specific advice for. */
export type Provider = 'gmail' | 'yandex' | 'mailru' | 'microsoft';

/** What the classifier knows when it looks for a rule and writes the remedy. */
export interface Facts {
  /** The reply or error text, multi-line replies joined into one line. */
  text: string;
  code?: number;
  enhanced?: string;
  /** 2, 4 or 5: from the reply code, else from the enhanced code. */
  replyClass?: number;
  /** Lower-case SMTP stage: connect, tls, greeting, ehlo, auth, mail, rcpt, data… */
  stage?: string;
  errorCode?: string;
  timeout?: 'connect' | 'greeting' | 'command';
  context: SenderContext;
  /** Provider of the sender's account (preset, host, address domain). */
  senderProvider?: Provider;
  /** Provider recognised from the reply text (the server that answered). */
  replyProvider?: Provider;
  /** senderProvider, else replyProvider. */
  provider?: Provider;
  host?: string;
  port?: number;
  security?: string;
  /** The SMTP login. */
  login?: string;
  /** The From / envelope sender address. */
  from?: string;
  /** Domain of the From address. */
  domain?: string;
  /** URLs quoted in the reply (the server's own help pages). */
  urls: string[];
}

export interface Rule {
  id: string;
  category: Category;
  /** Tested against the joined text followed by ` [errorCode]` when an error code is known. */
  text?: RegExp;
  /** RFC 3463 codes; `x` matches any class: 'x.7.8'. */
  enhanced?: string[];
  /** Tested against the three-digit reply code. */
  code?: RegExp;
  /** Tested against the lower-case stage. */
  stage?: RegExp;
  errorCode?: RegExp;
  /** Only when the signal carries no SMTP reply code (socket, DNS, TLS errors). */
  noReply?: boolean;
  /** Only when the provider (sender's or the replying server's) is one of these. */
  provider?: Provider[];
  when?: (f: Facts) => boolean;
  /** A more precise cause than the category's. */
  note?: string;
  /** A more precise remedy than the category's (and than the provider's, which is about the category). */
  remedy?: string;
  permanent?: boolean;
  fixSide?: FixSide;
}

const implicitTlsPort = (f: Facts): boolean => f.port === 465 && f.security !== undefined && f.security !== 'ssl';
const sslOnPlainPort = (f: Facts): boolean =>
  f.security === 'ssl' && f.port !== undefined && [25, 587, 2525].includes(f.port);

const GREETING_TIMEOUT = /greeting never received|greeting time(?:d )?out|timed? ?out (?:while |waiting )?(?:for |receiving )?(?:the )?(?:initial )?(?:server )?greeting|no greeting/i;
const WRONG_VERSION = /wrong version number|unknown protocol|unexpected TLS packet|first record does not look like a TLS handshake|packet length too long|record layer failure|http request|ERR_SSL_WRONG_VERSION_NUMBER|SSL routines:[^\s]*:(?:wrong version|unknown protocol)/i;

export const RULES: Rule[] = [
  // ---- 1. client-side TLS, security mode, certificates -------------------------------------------------------
  { id: 'tls.wrong-version', category: 'wrong_security_mode', text: WRONG_VERSION,
    note: 'TLS was started on a port where the server talks plain SMTP first (SSL on a STARTTLS or plain port).' },
  { id: 'tls.plain-to-465-greeting', category: 'wrong_security_mode', when: (f) => implicitTlsPort(f) &&
      (GREETING_TIMEOUT.test(f.text) || f.timeout === 'greeting' || /lost connection|connection closed|ECONNRESET|socket hang up|while receiving the initial server greeting/i.test(f.text)),
    note: 'Plain SMTP was spoken to port 465, which expects TLS from the first byte, so no greeting ever came.' },
  { id: 'tls.ssl-on-plain-port', category: 'wrong_security_mode', noReply: true, when: (f) => sslOnPlainPort(f) &&
      (f.stage === 'tls' || f.stage === 'connect' || /ssl|tls|handshake|socket disconnected|ECONNRESET|EPROTO/i.test(f.text)),
    note: 'TLS was started on a port where the server talks plain SMTP first (SSL on a STARTTLS or plain port).' },
  { id: 'tls.binary-greeting', category: 'wrong_security_mode', text: /invalid greeting.*[\u0000-\u0008\u0015\u0016]/i,
    note: 'The greeting was binary TLS data: plain SMTP was spoken to an implicit-TLS port.' },
  { id: 'cert.node-code', category: 'certificate_invalid',
    text: /DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|CERT_HAS_EXPIRED|CERT_NOT_YET_VALID|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|CERT_UNTRUSTED|CERT_REVOKED|CERT_SIGNATURE_FAILURE|HOSTNAME_MISMATCH/ },
  { id: 'cert.text', category: 'certificate_invalid',
    text: /self[- ]signed certificate|certificate has expired|certificate is not yet valid|unable to verify the first certificate|unable to get (?:local )?issuer certificate|Hostname\/IP does not match certificate|does not match certificate'?s? altnames|certificate verify failed|certificate verification failed|hasn't got a known issuer|PKIX path building failed|unable to find valid certification path|server certificate (?:not (?:trusted|verified)|verification failed)|untrusted (?:TLS )?certificate|certificate (?:is )?(?:not trusted|revoked|invalid)|Untrusted TLS connection/i },
  { id: 'tls.starttls-missing', category: 'tls_unavailable',
    text: /STARTTLS (?:is )?not (?:offered|supported|available|advertised)|(?:server|host) does not (?:support|offer|advertise) STARTTLS|no STARTTLS|TLS is required, but was not offered|does(?:n't| not) support STARTTLS|does(?:n't| not) support TLS(?! ?(?:v|version )?1\.\d)|ENOSTARTTLS/i },
  { id: 'tls.handshake', category: 'tls_handshake_failed',
    text: /socket disconnected before secure TLS connection|handshake failure|handshake (?:failed|timed? ?out)|sslv3 alert|tlsv1 alert|unsupported protocol|no protocols available|TLS not available|TLS negotiation failed|SSL_(?:accept|connect) error|Cannot start TLS|Error upgrading connection with STARTTLS|Error initiating TLS|dh key too small|no shared cipher|inappropriate fallback|cipher mismatch|TLS library problem|\bEPROTO\b|\[ETLS\]|TLS 1\.[01](?: and 1\.[01])? (?:is |are )?not supported|does(?:n't| not) support TLS ?(?:v|version )?1\.\d|(?:upgrade|update) your client to support TLS|TLS version (?:not supported|too (?:old|low))/i,
    when: (f) => !(f.code === 454 && /try again|temporar/i.test(f.text) && !/TLS not available/i.test(f.text)) },

  // ---- 2. DNS and socket errors (no SMTP reply) ---------------------------------------------------------------
  { id: 'dns.eai-again', category: 'dns_not_found', noReply: true, text: /EAI_AGAIN|host lookup did not complete|Host not found, try again|temporary failure in name resolution|SERVFAIL/i,
    note: 'The host name could not be resolved right now (the DNS resolver failed or timed out).', permanent: false, fixSide: 'network' },
  { id: 'dns.sender-domain', category: 'dns_not_found', text: /Sender address rejected: Domain not found|sender domain (?:does not exist|not found|must (?:resolve|exist))|unresolvable sender domain|Sender domain .{0,60}(?:not found|does not exist)|Domain of sender address .{0,80}does not exist/i,
    note: 'The receiving server cannot find the sender\'s domain in DNS (no A or MX record for the From domain).', fixSide: 'dns' },
  { id: 'policy.envelope-blocked', category: 'policy_rejected', text: /Envelope blocked/i, fixSide: 'recipient',
    note: 'The recipient\'s gateway (e.g. Mimecast) has a block entry for this sender or its domain; only the recipient\'s administrator can lift it.',
    remedy: 'Ask the recipient (by another channel) to have their mail administrator remove the block entry for this sender or domain; resending will not help until then.' },
  { id: 'sender.verify', category: 'policy_rejected', text: /sender verify failed|sender (?:address )?verification failed|could not verify (?:the )?sender/i, fixSide: 'sender',
    note: 'The receiving server checked that the sender address can itself receive mail (a callout) and it could not: the envelope sender must be a real, deliverable mailbox.',
    remedy: 'Send from an address that exists and accepts mail (not a made-up noreply@), and make sure its domain has working MX records; test by sending a message to the sender address itself.' },
  { id: 'dns.recipient-domain', category: 'recipient_unknown', text: /Recipient address rejected: Domain not found|(?:recipient|destination) domain (?:does not exist|not found)|Domain of (?:recipient )?address .{0,60}does not exist|unrouteable mail domain|no such domain|Unrouteable address|domain (?:is )?not (?:found|exist)|all relevant MX records point to non-existent hosts/i,
    note: 'The recipient\'s domain does not exist or has no mail servers.' },
  { id: 'dns.not-found', category: 'dns_not_found', noReply: true,
    text: /ENOTFOUND|EAI_NONAME|EAI_FAIL|\bEDNS\b|ENODATA|Host or domain name not found|Name service error|getaddrinfo|Name or service not known|nodename nor servname|No address associated with hostname|NXDOMAIN|host not found|no (?:MX|A) record|Could not resolve host|cannot locate host|UnknownHostException/i },
  { id: 'net.refused', category: 'connection_refused', noReply: true, text: /ECONNREFUSED|Connection refused|actively refused/i },
  { id: 'net.greeting-timeout', category: 'greeting_timeout', when: (f) => GREETING_TIMEOUT.test(f.text) || f.timeout === 'greeting' },
  { id: 'net.timeout', category: 'connection_timeout', noReply: true,
    text: /ETIMEDOUT|Connection timed? ?out|connect(?:ion)? timeout|timed out while|Operation timed out|timed out after|\btimeout\b|ReadTimeout|read timed? ?out|defer \(110\)|Network is unreachable|ENETUNREACH|EHOSTUNREACH|No route to host|conversation with .{0,200} timed out/i },
  { id: 'net.timeout-flag', category: 'connection_timeout', noReply: true, when: (f) => f.timeout === 'connect' || f.timeout === 'command' },
  { id: 'net.could-not-connect', category: 'connection_refused', noReply: true, text: /Could not connect to (?:the )?(?:SMTP )?(?:host|server)|Failed to connect to|Unable to connect to|connect\(\) failed|не удалось (?:подключиться|соединиться)/i,
    note: 'The client could not open a connection to the SMTP server (refused, blocked or no answer).' },
  { id: 'net.lost', category: 'connection_lost', noReply: true,
    text: /lost connection|Connection closed unexpectedly|unexpectedly closed|SMTPServerDisconnected|(?:sent an|got an|received an) empty reply|empty reply from server|connection closed|ECONNRESET|socket hang up|Connection reset|EPIPE|broken pipe|unexpected (?:connection |socket )?close|ECONNECTION|socket (?:closed|disconnected)|remote host closed|server closed the connection|closed (?:the )?connection in response to|Client network socket disconnected/i },

  // ---- 3. SMTP replies: provider wording first ----------------------------------------------------------------
  { id: 'ms.smtp-auth-disabled', category: 'smtp_auth_disabled', enhanced: ['x.7.139'] },
  { id: 'ms.basic-auth-disabled', category: 'smtp_auth_disabled',
    text: /SmtpClientAuthentication is disabled|basic authentication is (?:disabled|not supported)|Basic auth(?:entication)? (?:is )?(?:disabled|blocked|not (?:supported|allowed))|security defaults policy|SMTP AUTH (?:is )?disabled|Authenticated SMTP is disabled/i },
  { id: 'gmail.too-many-logins', category: 'rate_limited', text: /too many (?:login|auth(?:entication)?|bad auth|failed (?:login|auth)\w*) attempts|too many (?:logins|authentication failures)|AUTH005/i,
    note: 'The server throttled logins after too many attempts in a short time.' },
  { id: 'app-password.text', category: 'app_password_required',
    text: /Application[- ]specific password|app(?:lication)? password (?:is )?required|NEOBHODIM parol|parol prilozheniya|пароль (?:для )?(?:внешнего )?приложени|password for (?:an )?external application|InvalidSecondFactor|log ?in via (?:your|a) web browser|WebLoginRequired|does not have access rights to this service|access (?:for|via) mail clients|IMAP access is disabled|enable (?:POP|IMAP)/i },
  { id: 'app-password.534', category: 'app_password_required', code: /^534$/, enhanced: ['x.7.9', 'x.7.14'] },
  { id: 'yandex.spam-at-auth', category: 'spam_rejected', text: /looks like spam|prove you are not a robot|(?:похоже|выглядит) (?:на|как) спам/i,
    note: 'The provider\'s anti-spam filter blocked sending from this account (it asks for a web login and a captcha).' },
  { id: 'ms.send-as', category: 'sender_not_owned', enhanced: ['x.7.60', 'x.2.252'] },
  { id: 'sender.not-owned', category: 'sender_not_owned', when: (f) => (!/\brelay/i.test(f.text) && !/\bSPF\b/i.test(f.text)) || /not owned by/i.test(f.text),
    text: /not owned by (?:auth(?:enticated)? )?user|SendAsDenied|does not match a verified Sender Identity|(?:sender|from) (?:identity|address) (?:is )?not verified|unverified (?:sender|from)|permissions? to send as|send as this sender|(?:sender|from) (?:address )?does not match (?:the )?(?:auth|login|authenticated)|does not match (?:the )?authenticated (?:user|sender)|not authori[sz]ed to send (?:on behalf|as|from)|sender (?:address )?(?:is )?not (?:allowed|permitted|authori[sz]ed)(?! by)|From address (?:is )?not (?:allowed|permitted|authori[sz]ed|verified)|(?:email )?address is not verified|identities failed the check|unverified sender|not your (?:mailbox|address)|отправитель не совпадает|не принадлежит|envelope sender .{0,40}not owned|Sender mismatch|mailbox unavailable.{0,60}sender is not|sender rejected: not owned|trying to send (?:mail |e-?mail )?as\b|not (?:the )?same as (?:the )?(?:SMTP )?auth\w*|unauthori[sz]ed sender(?: address)?\b/i },
  { id: 'sender.account-blocked', category: 'policy_rejected', fixSide: 'provider', when: (f) => f.code !== 534 && f.code !== 535,
    text: /your (?:e-?mail |mail )?account (?:has been |is )?(?:disabled|blocked|suspended|locked|deactivated)|(?:sending|outgoing mail) (?:has been |is )?(?:disabled|blocked|suspended) for (?:this|your) account|(?:this|the|your) account (?:has been |is )?(?:blocked|disabled|suspended) from sending|ваш(?:а|е)? (?:аккаунт|почтовый ящик|ящик|учетная запись|учётная запись) (?:был[аои]? )?заблокирован/i,
    note: 'The provider has blocked sending from this account (often after spam complaints or a security check): its web interface or support says why and how to unblock it.',
    remedy: 'Log in to the mailbox in the provider\'s web interface: it shows why sending is blocked and how to lift it (change the password, pass a check, contact support). Find out what sent the mail that triggered it before sending again.' },
  { id: 'ms.group-restriction', category: 'policy_rejected', fixSide: 'recipient',
    text: /RESOLVER\.RST\.|Delivery restriction check failed|SenderNotAuthenticatedForGroup|not in (?:the )?allowed[- ]senders list/i,
    note: 'The recipient is a group or mailbox that accepts mail only from chosen or internal senders (Microsoft 365 delivery restrictions); its owner must allow this sender.',
    remedy: 'Ask the recipient organisation\'s administrator to add this sender to the group\'s allowed senders, or to let the group receive mail from outside the organisation; sending again will not help until then.' },
  { id: 'sender.envelope-not-accepted', category: 'sender_not_owned', text: /envelope from address .{0,120}not accepted/i,
    note: 'The server refused the envelope sender (MAIL FROM): on a submission server this almost always means the login may not send as that address.' },
  { id: 'auth.not-logged-in', category: 'auth_failed', text: /not logged in|authentication required|authorization required|authentication is required|auth(?:entication)? needed|please authenticate|must (?:be )?authenticat|\bAUTH first|Client (?:was )?not authenticated|SMTP AUTH is required|unauthenticated (?:senders?|users?|clients?) (?:are )?not (?:allowed|permitted|accepted)|требуется авторизация/i,
    when: (f) => !/\bSPF\b|\bDKIM\b|DMARC|\brelay/i.test(f.text),
    note: 'The server wants a login before it accepts this sender or recipient, and none (or a failed one) was done.' },
  { id: 'tls.required-text', category: 'tls_required',
    text: /Must issue a STARTTLS command first|STARTTLS (?:is )?required|(?:sending|mail) without SSL\/TLS encryption is not allowed|TLS (?:is )?required|requires? (?:a )?(?:secure|encrypted|TLS) connection|Encryption required|must use (?:TLS|SSL|encryption)|secure connection required|without encryption is (?:not allowed|forbidden)|not sent over TLS|требуется (?:STARTTLS|TLS|SSL|шифрован)/i },
  { id: 'tls.required-code', category: 'tls_required', code: /^538$/ },
  { id: 'tls.required-enh', category: 'tls_required', enhanced: ['x.7.10', 'x.7.11'] },
  { id: 'auth.unavailable', category: 'auth_unavailable',
    text: /(?:server|host) does not (?:support|offer|advertise) (?:authentication|AUTH)|AUTH(?:entication)? (?:is )?not (?:supported|offered|available|enabled|allowed)|no (?:supported )?(?:authentication|AUTH) (?:methods?|mechanisms?|types?)|authentication not enabled|AUTH extension not supported|AUTH command not (?:implemented|available)|\bENOAUTH(?:METHOD)?\b|Unrecognized authentication (?:type|mechanism)|(?:authentication )?mechanism (?:is )?not supported/i },
  { id: 'auth.unavailable-stage', category: 'auth_unavailable', stage: /^auth/, code: /^50[0-4]$/,
    note: 'The server did not recognise the AUTH command: it offers no login on this connection.' },
  // Microsoft's 5.7.3 is both a wrong password and SMTP AUTH being off for the mailbox.
  { id: 'ms.auth-unsuccessful', category: 'auth_failed', code: /^535$/, enhanced: ['x.7.3'],
    note: 'The server rejected the login (Microsoft answers 5.7.3 both for a wrong password and for SMTP AUTH switched off on the mailbox).' },

  // Delivery replies: sender-side quota before the recipient's full mailbox, rates before spam.
  { id: 'quota.sender', category: 'quota_exceeded',
    text: /daily (?:user )?sending (?:quota|limit)|sending (?:quota|limit)s? (?:exceeded|reached|has been reached)|(?:daily|hourly|24[- ]hour|monthly) (?:sending |message |email )?(?:quota|limit)|RefuseQuota|HipNotify|OutboundSpamException|(?:messages?|e-?mails?|mails?) (?:per|a|an) (?:day|hour)|relay quota|(?:user|account|sender) has exceeded|exceeded (?:the |your |its )?(?:daily|sending|send|message sending)|too many (?:messages|emails|mails) (?:sent|today)|лимит (?:на )?отправк|превышен(?:о)? (?:суточн|дневн|количеств)|sent too many messages|over (?:the |your )?sending (?:quota|limit)|(?:maximum |sending )?credits? (?:exceeded|exhausted)|out of (?:sending )?credits|limit on the number of (?:allowed )?outgoing|outgoing (?:message|mail|email)s? (?:limit|quota)/i,
    // "This user has exceeded their storage quota" is the recipient's mailbox, not our sending quota.
    when: (f) => !/storage|mailbox (?:size|quota|full)|disk quota|over ?quota/i.test(f.text) },
  { id: 'quota.sender-gmail-545', category: 'quota_exceeded', enhanced: ['5.4.5'], when: (f) => f.provider === 'gmail' || /limit|quota/i.test(f.text) },
  { id: 'quota.sender-stage', category: 'quota_exceeded', text: /quota|limit exceeded/i, stage: /^(?:auth|mail|data)/,
    when: (f) => !/mailbox|storage|recipient|user is over|inbox|full/i.test(f.text) },
  { id: 'rate.gmail', category: 'rate_limited', enhanced: ['x.7.28', 'x.7.650', 'x.7.850', 'x.7.501'] },
  { id: 'mailbox.full', category: 'mailbox_full',
    text: /mailbox (?:is )?full|(?:mail)?box (?:size )?(?:limit )?(?:exceeded|is over)|over ?quota|quota (?:exceeded|full)|exceeded (?:the |their |his |her |storage |mailbox )?(?:quota|storage|mailbox)|insufficient (?:user )?storage (?:space )?(?:for|in)|out of (?:storage|space)|storage (?:space|quota) (?:exceeded|full)|inbox (?:is )?full|full mailbox|mailbox has exceeded|переполнен|превышен(?:а)? (?:квот|размер (?:почтового )?ящика)|ящик (?:получателя )?переполнен|no space left in mailbox/i },
  { id: 'mailbox.full-enh', category: 'mailbox_full', enhanced: ['x.2.2'] },
  { id: 'open-resolver', category: 'blacklisted', text: /open (?:public )?resolver/i, fixSide: 'recipient', permanent: false,
    note: 'The recipient\'s server looked up a block list through a public DNS resolver and got an error: the listing it reports is not real.' },
  { id: 'ptr', category: 'ptr_missing', enhanced: ['x.7.25'] },
  { id: 'ptr.text', category: 'ptr_missing',
    text: /reverse (?:DNS|hostname|lookup|dns entry)|PTR (?:record|lookup|entry)|\bno PTR\b|cannot find your (?:reverse )?hostname|\brDNS\b|FCrDNS|does not have a PTR|not have (?:a |any )?(?:PTR|reverse)|IP address .{0,40}does not match (?:the )?hostname|обратн\w* (?:DNS|зон\w*|запис\w*)|\(PTR\)|DNS PTR|PTR resource/i },
  { id: 'yahoo.deferred-volume', category: 'rate_limited', permanent: false,
    text: /temporarily deferred due to (?:unexpected )?volume|unexpected volume or user complaints|\[(?:GL01|TSS04)\]/i,
    note: 'The receiver is deferring this sender for now because of its sending volume or user complaints (Yahoo/AOL TSS04, GL01).' },
  { id: 'ms.restricted-sender', category: 'blacklisted', text: /bad outbound sender/i, fixSide: 'provider',
    note: 'Microsoft 365 blocked this mailbox from sending after it sent spam (it is on the Restricted entities list).',
    remedy: 'A Microsoft 365 admin must release the mailbox in the Defender portal (Email & collaboration → Review → Restricted entities) after securing it: reset the password and check for forwarding rules or app passwords an attacker may have added.' },
  { id: 'spam.uribl', category: 'spam_rejected', text: /\bURIBL\b|\bSURBL\b|(?:URL|URI|link|domain)s? in (?:the )?(?:message|body|content)|message body .{0,40}listed/i,
    note: 'A link or domain in the message body is on a URL block list (URIBL, SURBL): the content is refused, not the sending IP.',
    remedy: 'Find the listed link in the message (check each domain at https://multirbl.valli.org/ or the list named in the reply), remove or replace it, and avoid link shorteners; if the listed domain is yours, ask the list for removal.' },
  { id: 'blacklist', category: 'blacklisted',
    text: /blocked using|black ?list(?:ed)?|block ?list(?:ed)?|spamhaus|spamcop|\bsorbs\b|barracuda|uceprotect|\bRBL\b|DNSBL|\blisted (?:at|on|in|by)\b|\[BL\d+\]|S3150|banned send(?:ing IP|er)|SC-00\d|RTR:BL|\bTSS\d\d\b|(?:poor|bad|low) (?:IP )?reputation|reputation (?:of|is)|Cloudmark|ipcheck\.proofpoint\.com|traffic not accepted from this IP|IP .{0,40}(?:is|was|has been) (?:blocked|banned|listed|blacklisted)|(?:sender'?s?|sending|your) domain (?:is |has been )?(?:blocked|banned|blacklisted)|client host \[?[\d.:a-f]+\]? blocked|dynamic(?:ally[- ]assigned)? IP|\bDY-00\d\b|в (?:черном|чёрном) списке|черн(?:ый|ом) спис/i },
  { id: 'relay', category: 'relay_denied', enhanced: ['x.7.64'] },
  { id: 'relay.text', category: 'relay_denied',
    text: /relay(?:ing)? (?:access )?(?:not permitted|denied|prohibited|not allowed|disallowed|refused)|not (?:permitted|allowed|authori[sz]ed) to relay|unable to relay|(?:we )?do not relay|Mail relay denied|Invalid credentials for relay|not authori[sz]ed to send email directly|no relaying|relay not permitted|TenantAttribution|must be authenticated to relay|(?:authentication|auth) (?:is )?required (?:for|to) relay|relay access|allowed rcpthosts|рел[еэ]й запрещ|ретрансляци/i },
  { id: 'dmarc', category: 'dmarc_failed', enhanced: ['x.7.509', 'x.7.515'] },
  { id: 'dmarc.text', category: 'dmarc_failed', text: /\bDMARC\b|domain owner.{0,40}polic|DmarcRejection|not aligned|alignment/i },
  { id: 'dkim', category: 'dkim_failed', enhanced: ['x.7.20', 'x.7.21', 'x.7.22'] },
  { id: 'dkim.text', category: 'dkim_failed', text: /\bDKIM\b|DomainKeys|signature (?:verification )?fail|body hash did not verify/i,
    when: (f) => !/\bSPF\b.{0,40}\bor\b.{0,10}\bDKIM|at least one of/i.test(f.text) },
  { id: 'spf', category: 'spf_failed', enhanced: ['x.7.23', 'x.7.24'] },
  { id: 'spf.text', category: 'spf_failed',
    text: /\bSPF\b|Sender Policy Framework|not designated|designates .{0,60} not permitted|is not permitted by domain|(?:mail|message) is unauthenticated|unauthenticated (?:e-?mail|mail|message)|at least one of SPF or DKIM/i },
  { id: 'gmail.5726', category: 'dmarc_failed', enhanced: ['x.7.26'],
    note: 'The message failed the receiver\'s sender authentication (SPF, DKIM or DMARC did not pass for the From domain).' },
  { id: 'gmx.unavailable-try-later', category: 'rate_limited', text: /mailbox unavailable.{0,120}try again later/i,
    note: 'The receiver throttled the sender (some providers word a rate limit as "mailbox unavailable … try again later").', permanent: false },
  { id: 'rate.text', category: 'rate_limited',
    text: /rate ?limit|ratelimit|too many (?:connections|concurrent|sessions|messages|requests|emails|mails|simultaneous)|receiving (?:mail )?(?:at a rate|too quickly)|(?:sending|mail) too (?:fast|quickly)|throttl|slow down|exceeded (?:the )?(?:rate|connection)|unusual rate|too fast|reached (?:its|the|your) limit for|(?:message|connection)s? rate|rate of (?:incoming|unsolicited|mail)|слишком (?:много|част)|частот[аы] отправки/i },
  { id: 'rate.recipients', category: 'rate_limited', text: /too many recipients/i,
    note: 'The message has more recipients than the server accepts in one message or one session.' },
  { id: 'policy.attachment', category: 'policy_rejected',
    text: /(?:illegal|prohibited|blocked|forbidden|banned|unacceptable|dangerous) (?:attachment|file|extension)|attachment.{0,30}(?:not allowed|blocked|rejected|prohibited)|\bvirus\b|malware|infected|phishing/i,
    when: (f) => !/spam/i.test(f.text),
    note: 'The receiver\'s filter refused an attachment type or found malware in the message.' },
  { id: 'spam', category: 'spam_rejected',
    text: /suspicion of spam|classified as spam|spam message|spam (?:content|score|detected)|detected as spam|identified as spam|consider(?:ed)? (?:as )?spam|may consider spam|marked as spam|likely (?:unsolicited|spam)|unsolicited (?:mail|bulk|commercial|email|message)|SpamAssassin|high (?:probability|likelihood) of spam|rejected (?:as|by) spam|spam filter|(?:as|is|looks like|appears to be) spam|\bUBE\b|bulk mail|content (?:was )?rejected|message content rejected|[-:] spam\b|suspicious (?:link|URL|content)|spam abuse|spam (?:URL|URI|link|domain)s?\b|спам/i },
  { id: 'greylist', category: 'server_temporary', text: /gr[ea]y-?list/i, permanent: false,
    note: 'The receiver greylists unknown senders: the first attempt is refused on purpose and a retry after a few minutes is accepted.' },
  { id: 'too-big', category: 'message_too_big', enhanced: ['x.3.4', 'x.2.3'] },
  { id: 'too-big.text', category: 'message_too_big',
    text: /message (?:size|length) exceeds|message (?:is |was )?too (?:big|large)|(?:message|mail) size limit|size (?:limit )?exceed|exceeds (?:the )?(?:maximum|size|fixed|message size)|maximum (?:message )?size|MaxSubmissionExceeded|message file too big|too large|размер (?:письма|сообщения) превышает|слишком больш(?:ое|ой) (?:письмо|сообщение)/i },
  { id: 'recipient.ms-dbeb', category: 'recipient_unknown', text: /Access denied\. AS\(\d+\)/i },
  { id: 'recipient.ms-dbeb-541', category: 'recipient_unknown', enhanced: ['5.4.1'], text: /Recipient address rejected: Access denied/i,
    note: 'The recipient\'s Microsoft 365 organisation does not know this address (directory-based edge blocking).' },
  { id: 'recipient', category: 'recipient_unknown', enhanced: ['x.1.1', 'x.1.10', 'x.2.1', 'x.1.6', 'x.1.2', 'x.1.3'] },
  { id: 'recipient.text', category: 'recipient_unknown',
    text: /user unknown|unknown user|no such (?:user|recipient|mailbox|account|address)|does(?:n't| not) exist|mailbox (?:not found|unavailable|does not exist|is (?:disabled|inactive|unavailable))|invalid (?:mailbox|recipient)|unknown (?:recipient|mailbox|address)|recipient (?:not found|unknown|invalid)|user not found|account (?:is |has been )?(?:disabled|inactive|suspended|deactivated|blocked)|addressee unknown|undeliverable address|not a valid (?:mailbox|recipient)|NoSuchUser|not our customer|no mailbox here|does(?:n't| not) have an? [\w.-]+ account|нет такого (?:пользователя|ящика|адреса)|пользовател[ья] (?:не найден|не существует)|(?:адрес|ящик) не существует|ящик (?:заблокирован|не найден)/i },
  { id: 'ehlo.bad-helo', category: 'policy_rejected', text: /Helo command rejected|Invalid HELO|HELO\/EHLO|bad HELO|need fully-qualified hostname|EHLO.{0,30}(?:rejected|invalid)|(?:closing connection|try again later)\. \(EHLO\)/i,
    note: 'The server refused the HELO/EHLO name the client introduced itself with.' },
  { id: 'sender.bad-address', category: 'policy_rejected', enhanced: ['x.1.7', 'x.1.8'],
    note: 'The receiving server refused the sender (envelope From) address.' },
  { id: 'policy.text', category: 'policy_rejected',
    text: /\bpolicy\b|polic(?:ies|y reasons)|TRANSPORT\.RULES|(?:illegal|prohibited|blocked|forbidden|banned) (?:attachment|file|content|extension)|attachment.{0,30}(?:not allowed|blocked|rejected|prohibited)|security issue|missing a valid address in From|need fully-qualified address|does not comply with RFC|RFC ?5322|not RFC|\bCS01\b|administrative prohibition|access denied|not allowed|prohibited|запрещен|политик/i },
  { id: 'ms.throttle', category: 'rate_limited', when: (f) => f.replyClass === 4 && /^4\.7\.[56]\d\d$/.test(f.enhanced ?? ''),
    note: 'The receiver is throttling this sending IP for now (Microsoft 4.7.500–4.7.699: new or low-reputation IP).' },
  { id: 'server.busy', category: 'server_temporary', code: /^4\d\d$/,
    text: /try again|temporar|service (?:not |un)?available|(?:currently|temporarily) unavailable|come back later|server busy|too busy|system problem|local error|internal error|insufficient system storage|resources? (?:temporarily )?unavailable|please retry|deferred|queue file write error|попробуйте (?:позже|еще)|временн/i },
  { id: 'server.421', category: 'server_temporary', code: /^421$/ },

  { id: 'queue.expired', category: 'unknown', noReply: true, text: /^status=expired|message expired|exceeded max time without delivery|delivery time expired|(?:was|has been) in the queue too long/i,
    note: 'The message stayed in the queue for the maximum time (Postfix maximal_queue_lifetime, 5 days by default) and was returned: every attempt failed temporarily.',
    remedy: 'Look up the earlier deferred attempts of the same queue id (or message) in the log: their reason is the real cause; fix that, then send again.' },
  // ---- RFC 3463 enhanced-code fallbacks ---------------------------------------------------------------------
  { id: 'enh.auth', category: 'auth_failed', enhanced: ['x.7.8', 'x.7.57', 'x.7.0'], code: /^53[05]$/ },
  { id: 'enh.auth-any', category: 'auth_failed', enhanced: ['x.7.8', 'x.7.57'] },
  { id: 'code.535', category: 'auth_failed', code: /^535$/ },
  { id: 'auth.text', category: 'auth_failed',
    text: /authentication (?:failed|unsuccessful|failure|credentials invalid|rejected)|Can't create new access token|Could not authenticate|invalid_grant|XOAUTH2 (?:failed|error)|Invalid (?:login|user(?:name)? or password|credentials|password)|Incorrect (?:authentication data|password|login)|Username and Password not accepted|BadCredentials|bad (?:username|user name|login|password)|login (?:failed|incorrect|denied|rejected)|SASL (?:\w+ )?authentication failed|wrong (?:password|login|credentials)|password (?:incorrect|invalid|rejected)|\bEAUTH\b|Missing credentials|неверн(?:ый|ое|ые)? (?:логин|пароль|имя|учетн)|ошибка (?:авторизации|аутентификации)|не удалось (?:авторизоваться|войти)/i },
  { id: 'stage.auth-5xx', category: 'auth_failed', stage: /^auth/, code: /^5\d\d$/,
    note: 'The server refused the login (the reply does not say more).' },
  { id: 'enh.x72', category: 'mailbox_full', enhanced: ['x.2.0', 'x.2.4'], when: (f) => f.replyClass === 4 },
  { id: 'enh.x1', category: 'recipient_unknown', enhanced: ['x.1.0', 'x.1.4', 'x.1.5'],
    note: 'The receiving server refused the recipient address.' },
  { id: 'enh.x544', category: 'recipient_unknown', enhanced: ['5.4.4'],
    note: 'The recipient\'s domain has no usable mail route (no MX or address records): check the address for a typo.' },
  { id: 'enh.x4-temp', category: 'server_temporary', when: (f) => f.replyClass === 4 && /^4\.[34]\./.test(f.enhanced ?? '') },
  { id: 'enh.x6', category: 'policy_rejected', when: (f) => /^\d\.6\./.test(f.enhanced ?? ''),
    note: 'The receiver refused the message content or format (RFC 3463 x.6.x).' },
  { id: 'enh.x7', category: 'policy_rejected', when: (f) => /^\d\.7\./.test(f.enhanced ?? ''),
    note: 'The receiving server refused the message for a security or policy reason it does not name (RFC 3463 x.7.x).' },
  { id: 'code.4xx', category: 'server_temporary', when: (f) => f.replyClass === 4,
    note: 'The server refused temporarily (4xx) without saying why.' },
];

// ---- the remedy table ------------------------------------------------------------------------------------------

type Text = (f: Facts) => string;

export interface ProviderAdvice {
  cause?: Text;
  remedy: Text;
  links?: string[];
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
export const SPF_INCLUDE: Record<Provider, string> = {
  gmail: 'include:_spf.google.com',
  yandex: 'include:_spf.yandex.net',
  mailru: 'include:_spf.mail.ru',
  microsoft: 'include:spf.protection.outlook.com',
};

export const PROVIDER_LABEL: Record<Provider, string> = {
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
const ptrNote = (f: Facts): string => (f.text.match(/\[(\d{1,3}(?:\.\d{1,3}){3})\]/)?.[1] ?? 'the sending IP');

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
  remedy: (f) => `In the Microsoft 365 admin center → Users → ${f.login ?? 'the user'} → Mail → Manage email apps tick "Authenticated SMTP" (or run Set-CASMailbox ${f.login ?? '<user>'} -SmtpClientAuthenticationDisabled $false), and check that the tenant setting, Security Defaults or a "block legacy authentication" policy do not override it; Basic SMTP AUTH is being retired, so plan OAuth2 (XOAUTH2).`,
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
    remedy: (f) => `Many servers offer AUTH only after STARTTLS: use security starttls on 587 or ssl on 465. Check that ${where(f)} is the provider's submission server, not a recipient MX on port 25.`,
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
      yandex: { remedy: (f) => `${mismatch(f)}Yandex accepts as sender only the login mailbox or its confirmed aliases; send from ${f.login ?? 'the login address'}, or log in as ${f.from ?? 'the From mailbox'} with its own app password.`, links: urls('yandex') },
      mailru: { remedy: (f) => `${mismatch(f)}Mail.ru sends only as the login mailbox; send from ${f.login ?? 'the login address'}, or log in as ${f.from ?? 'the From mailbox'} with its own external-application password.`, links: urls('mailru') },
      gmail: { remedy: (f) => `${mismatch(f)}add ${f.from ?? 'the From address'} in Gmail → Settings → Accounts → "Send mail as" and confirm it, or send from ${f.login ?? 'the login address'}.`, links: urls('gmail') },
      microsoft: { remedy: (f) => `${mismatch(f)}send from ${f.login ?? 'the login mailbox'}, or have an Exchange admin grant ${f.login ?? 'the login'} "Send As" on ${f.from ?? 'the From mailbox'}.`, links: [LINKS.msDevices] },
    },
  },
  spf_failed: {
    cause: (f) => `The receiver's SPF check failed: the server that sent the message is not listed in the SPF record of ${domainOr(f, 'the sender\'s domain')}.`,
    remedy: (f) => {
      const d = domainOr(f, '<your domain>');
      const inc = f.senderProvider ? SPF_INCLUDE[f.senderProvider] : 'include: of your mail provider';
      return `Check the SPF record of ${d} with \`dig +short TXT ${d}\`: it must contain ${inc} (only one v=spf1 record, at most 10 lookups). Send through the provider's own SMTP server, and enable DKIM signing as well.`;
    },
    permanent: true, byCode: true, fixSide: 'dns',
    providers: { gmail: { remedy: (f) => REMEDIES.spf_failed.remedy(f), links: [LINKS.googleSenderGuidelines] } },
  },
  dmarc_failed: {
    cause: (f) => `The receiver applied the DMARC policy of ${domainOr(f, 'the From domain')}: neither SPF nor DKIM passed aligned with the From domain.`,
    remedy: (f) => {
      const d = domainOr(f, '<your domain>');
      return `Make SPF or DKIM pass for ${d} (check \`dig +short TXT ${d}\` and \`dig +short TXT _dmarc.${d}\`, enable DKIM at the provider), and do not send as a domain whose mail you do not control (e.g. @gmail.com or @mail.ru through another server).`;
    },
    permanent: true, byCode: true, fixSide: 'dns',
    providers: {
      mailru: { remedy: (f) => `${REMEDIES.dmarc_failed.remedy(f)} Mail.ru domains may be sent only through smtp.mail.ru.`, links: [LINKS.mailruDmarc] },
      gmail: { remedy: (f) => REMEDIES.dmarc_failed.remedy(f), links: [LINKS.googleSenderGuidelines] },
    },
  },
  dkim_failed: {
    cause: (f) => `The DKIM signature of ${domainOr(f, 'the message')} is missing or did not verify.`,
    remedy: (f) => `Enable DKIM signing for ${domainOr(f)} at the mail provider and publish its selector TXT record (\`dig +short TXT <selector>._domainkey.${domainOr(f, '<domain>')}\`); do not modify messages after signing.`,
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
    remedy: (f) => `Log in before sending (set a username and password) and send through the provider's submission server on 587/465, not a recipient MX; now using ${where(f)}.`,
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
    remedy: (f) => `Ask the hosting provider to set a PTR for ${ptrNote(f)} to a name whose A record points back to it (\`dig -x ${ptrNote(f) === 'the sending IP' ? '<ip>' : ptrNote(f)}\`), or relay through your mail provider instead of sending directly.`,
    permanent: true, byCode: true, fixSide: 'dns',
  },
  blacklisted: {
    cause: () => 'The sending IP or domain is on a block list the receiver uses.',
    remedy: () => 'Look the IP/domain up (https://check.spamhaus.org/), fix the source of spam (a compromised account or script), request delisting, and relay through the mail provider meanwhile.',
    permanent: true, byCode: true, fixSide: 'sender', links: [LINKS.spamhaus],
    providers: { microsoft: { remedy: () => 'Request delisting at sender.office.com and fix the source of spam.', links: [LINKS.msDelist] } },
  },
  tls_required: {
    cause: () => 'The server requires encryption, and the client sent commands without TLS.',
    remedy: (f) => `Turn encryption on for ${where(f)}: port 587 with security starttls, or port 465 with security ssl.`,
    permanent: true, fixSide: 'sender',
    providers: { yandex: { remedy: (f) => `Yandex refuses unencrypted SMTP: use smtp.yandex.ru 465 with ssl (or 587 with starttls); now ${where(f)}.`, links: [LINKS.yandexSsl, ...urls('yandex').slice(2)] } },
  },
  tls_unavailable: {
    cause: () => 'STARTTLS is required by the settings but the server does not offer it.',
    remedy: (f) => `Use implicit TLS (port 465, security ssl) if the server has it, or check that ${where(f)} is the right submission server.`,
    permanent: true, fixSide: 'sender',
  },
  tls_handshake_failed: {
    cause: () => 'The TLS handshake failed: client and server could not agree on protocol or cipher, or the connection was cut during it.',
    remedy: (f) => `Try the other port and mode (465 ssl ⇔ 587 starttls); check that no proxy or antivirus intercepts TLS; an old server offering only TLS 1.0 needs an upgrade by its admin. Now ${where(f)}.`,
    permanent: true, fixSide: 'provider', links: [LINKS.nodemailerSmtp],
  },
  wrong_security_mode: {
    cause: () => 'The security mode does not match the port: one side spoke TLS while the other spoke plain SMTP.',
    remedy: (f) => `Now ${where(f)}: ${modeAdvice(f)}.`,
    permanent: true, fixSide: 'sender', links: [LINKS.nodemailerSmtp],
  },
  certificate_invalid: {
    cause: () => 'The server\'s TLS certificate failed verification (self-signed, expired, or issued for another host name).',
    remedy: (f) => `Use the host name the certificate was issued for${f.host ? ` (see it with \`openssl s_client -connect ${f.host}:${f.port ?? 465}${f.security === 'starttls' ? ' -starttls smtp' : ''} -servername ${f.host}\`)` : ''}, not an IP or an alias; for a private CA or a self-signed server give its PEM with --ca; an antivirus or proxy may be intercepting TLS. Turn verification off (--insecure) only for a server you control.`,
    permanent: true, fixSide: 'sender',
  },
  connection_refused: {
    cause: (f) => `Nothing accepts connections on ${where(f)}: wrong host or port, or the service is down.`,
    remedy: (f) => `Check the host and port of ${where(f)}: submission is 465 with ssl or 587 with starttls; make sure the host does not resolve to 127.0.0.1 by mistake (\`nc -vz ${f.host ?? '<host>'} ${f.port ?? '<port>'}\`). If the settings are right, the server is down: retry later.`,
    permanent: false, fixSide: 'sender',
  },
  connection_timeout: {
    cause: (f) => `No answer from ${where(f)} in time: a firewall drops the packets, or the host or port is wrong.`,
    remedy: (f) => `Test with \`nc -vz ${f.host ?? '<host>'} ${f.port ?? '<port>'}\`; many clouds and hosters block outbound 25/465/587 — ask them to open it, or try the other port (465 ssl ⇔ 587 starttls).`,
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
  unknown: {
    cause: () => 'The reply does not match any known failure; it is shown as received.',
    remedy: () => 'Read the server\'s reply below; search its code and text in the provider\'s help, or ask its admin.',
    permanent: true, byCode: true, fixSide: 'unknown',
  },
};
