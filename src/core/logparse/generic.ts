/**
 * Failures whatever program wrote them: a line no known format claimed is a candidate when it carries a 4xx/5xx
 * reply in reply position, an RFC 3463 status of class 4 or 5, or the words of a mail client library's error
 * (Python smtplib, PHPMailer, Symfony/SwiftMailer, JavaMail, MailKit, .NET, Go, Ruby, curl, nodemailer…): a rule
 * of layer 1 that may detect on its own. Successes (2xx/3xx), HTTP lines and chatter stay silent. Pure.
 */
import { decideSignal, findEnhanced, NOT_SMTP, replyCode } from '../classify.js';
import { CAUSE_WORDS, DOVECOT_PASSDB_FAILURE, PHRASE_RULES, PROVIDER_RULES, RULES, VCHKPW_FAILURE } from '../rules.js';
import { ABOUT_A_CODE, EXIM_LOST_INPUT, isPrivateIp, timeOf, type Direction, type LogRecord } from './common.js';
import { postfixTag } from './postfix.js';

/**
 * Phrase rules whose words also occur in lines that are not mail failures ("does not exist", "not allowed",
 * "quota", "throttling", "try again", "spam filter", "messages per hour"): they classify a line that a code or failure
 * words made a candidate, but do not make one.
 */
const CLASSIFY_ONLY = new Set(['policy.text', 'policy.refusal-words', 'recipient.text', 'server.busy', 'queue.expired', 'protocol.syntax', 'spam', 'quota.sender',
  'quota.sender-stage', 'stage.auth-5xx', 'auth.unavailable-stage', 'dns.recipient-domain', 'policy.attachment', 'dkim.text', 'spf.text',
  'dmarc.text', 'too-big.text', 'mailbox.full-words', 'ehlo.bad-helo', 'greylist', 'temporary.words', 'server.stock-temporary', 'server.busy-client']);

const PHRASE_IDS = new Set([...PROVIDER_RULES, ...PHRASE_RULES].map((r) => r.id));

// Every layer-1 rule may detect, the OAuth2 sign-in errors included (AADSTS codes, invalid_grant in an app's log).
const DETECTING = new Set(RULES.map((r) => r.id).filter((id) => !CLASSIFY_ONLY.has(id)));

/**
 * The cause words of layer 4 (rules.ts, CAUSE_WORDS): loose words of a cause, which detect only inside an error's frame (causeFramed).
 * Spam, the word mail's prose discusses most ("controlling spam", "turned into spam"), only classifies. Words of a connection, a
 * name, a certificate, a login or a rate are every program's (a database's "Can't connect to db.example.com", a lock's "Timeout while
 * waiting", a script's "Service invoked too many times"): they detect only where the line names mail (MAIL_CONTEXT); the words of a
 * sender's or a recipient's address, of relaying and of a sending quota are mail's own, and a login refused is reported as the phrase
 * rules report it.
 */
const CAUSE_IDS = new Set(CAUSE_WORDS.map((r) => r.id));
// A login refused in any words detects without mail named, as the phrase rule of logins (auth.text) does: "Incorrect username / password
// / credentials" alone on its line (Dart's mailer, test-34).
const MAIL_OWN_CAUSES = new Set(['words.relay', 'words.sender-address', 'words.recipient-address', 'words.sender-unverified', 'words.sending-quota', 'words.auth']);
// "mail" inside a name too (MailCore's MCOErrorDomain is no "mail"; nodemailer, PHPMailer, Mailgun, EmailAlarmCallback are), the
// submission ports ("connect ETIMEDOUT 203.0.113.5:587"), and the sending services by name.
const MAIL_CONTEXT = /mail|smtp|:(?:25|465|587|2525)\b|\bport (?:25|465|587|2525)\b|\b(?:imap|pop3|MX|relay|recipients?|sender|rcpt|inbox|deliver\w*|postfix|exim|SES|SendGrid|Postmark|Resend|Brevo|Sendinblue|SparkPost|Mandrill|STARTTLS)\b/i;

/** Cheap test first: a line without any of these (or of FRAME's words) cannot be a failure. */
const PRECHECK = /\bexpected\b|(?:problems?|trouble|difficult\w*) (?:while |with )?(?:connecting|to connect) to\b|unsolicited bulk|retry time not reached|(?:unable to|can ?not|can't|could not|couldn't) connect\b|black ?list|socket transport|instan[ct]i|Mail-Funktion|证书|not found|host lookup|name service|nodename|servname|NXDOMAIN|SERVFAIL|(?<![\w.-])[45]\d\d(?![\w.])|(?<![\w.])[45]\.\d|refus|timed? ?out|timeout|unreach|no route to host|dropped by|certificat|x509|handshake|TLS|SSL|resol|ENOTFOUND|EAI_|getaddrinfo|not known|no such|Unknown|lost connection|closed|reset|disconnect|denied|fail|error|exception|invalid|reject|expired|support|authenti|login|password|spam|block|relay|quota|limit|too many|connexion|encrypt|permission|verified|not owned|not allowed|unavailable|not listed|were available|establish|sender signature|suppress|marked as inactive|inactive recipient|may not send|sending[_ ]?(?:is )?paused|account[_ ]?suspended|died with|not accepted|n.t (?:be )?found|did not (?:properly )?respond|no response|exceed|full\b|pleine|Speicherplatz|\bvoll\b|piena|überlastet|überschritten|overload|surcharg|sobrecarg|sovraccaric|перегруж|schnell|sconosciut|(?:can ?not|can't|could not) open|(?:can ?not|can't|could not|couldn[’']t|unable to) send\b|authori[sz]|\b[EH][EH]LO\b|qmail|授权|认证|失败|报错|報錯|发不出去|垃圾|屏蔽|拉黑|ошибк|не удалось|спам|\bEOF\b|empty (?:reply|response)|must contain a domain|\bpermanent(?: error| failure)?: |trusted location|à un rythme qui|不存在|空间不足|deactivat|discontinu|exhausted|no existe|não existe|n'existe pas|existiert nicht|(?<![\w.-])[45]\d\d(?=[A-Z]{2}:[A-Z]{3}\b)|zu ?viele|容量|not recognized|host map|differs from sender|no domain specified|\bhas (?:a )?(?:poor|bad|low|negative) (?:[\w-]+ ){0,2}reputation|reputation (?:is )?(?:too )?(?:low|poor|bad)\b|unexpectedly|not advertised|too large|autentica|autentiser|認証|大小(?:超过|超出|上限)|发信频率|Outgoing server|Postausgangs|SMTP-Server|servidor de envio|too big|no host name found|\b(?:SNDRIP|SNDR|RCPT|AUTH|RECV|MAIL|DATA|ETRN)=E[A-Z]{3,7}\b|AADSTS|client_assertion|is not valid\b|^\W*(?:Need admin approval|Approval required)\W*$|not (?:yet )?activated|\bsender rejected|失敗|接続|認証|できません|見つかりません|problem sending|(?:could not|couldn[’']t|unable to) deliver|could not send mail \(account |curl: \(\d+\)|受け付け|인증|접속|연결|실패|할 수 없|받아들여지지|nie można|niewłaściw|nieprawidłow|nie zostały|szyfrowan|ılamadı|kabul edilmedi|başarısız|nelze|selhal|nesprávn|nebyla přijata|не вдається|невірн|помилк|не прийнято|impossibil|non accettat|negato|zu kurzer Zeit|Überlast|fallit|niepowodzeni|se connecter|couldn.t find|ip is forbidden|address syntax|must specify a domain|mail ?box (?:is|has been) (?:disabled|deactivated)|\(SMTP-?\)|SMTP ?(?:서버|serverem|sunucu)|abgewiesen|Ablehnung|unrouteable|non-?existent host|nie istnieje|Przekroczono|mất kết nối|vượt giới hạn|överskriden|lagringsutrymme|för snabbt|Beschränkung erreicht|zablokov|temporary server error|\bDNS (?:query|problem)|Trend Micro|IP banned|attempted to send|\baction[=:] ?greylist\b|call_handlers|does not like|wrong version|end of file|Zulassungsliste|Receive connector|SMTP[- ]?(?:fout|fel|fejl|feil|virhe|hiba)\b|Lỗi|Eroare|Kesalahan|terhubung|current network|Σφάλμα|Αποτυχία|Αδυναμία|mislukt|misslyckades|mislykkedes|fejlede|mislyktes|epäonnistui|sikertelen|eșuat|\bgagal\b|thất bại|Không thể|geweigerd|SMTP-palvelim|διακομιστ|levélküldő|Greška|грешка|خطأ|שגיאת|zlyhal|nije uspjel|провал|（SMTP）|felaktig|forkert|virheellinen|hibás|δεν είναι σωστή|not have (?:a |any )?(?:PTR|reverse)|\bno PTR\b|max(?:imum)? (?:allowed |permitted )?(?:message )?size|message size|input sent without waiting|synchroni[sz]ation error|taille maximale|maximal (?:zulässige|erlaubte)|tamaño máximo|tamanho máximo|too (?:large|big) to|malformed address|Attempt from IP address|possible SMTP attack|\*\* ?(?:Adresse|Dirección|Endereço|Indirizzo|Adres|Адрес) |by that name|does(?:n't| not) (?:exist|have an? )|delivery point|no longer valid|casilla|did(?: not|n't) reach|n'a pas pu|无法送达|无法投递|members-only|name server reply|\bReason -?\d+ \(|is not responding|handle mail for|no longer on (?:this )?server|not available on this system|(?:does not|doesn't|no longer) (?:receive|accept)|administrati\w* disabled|dropped connection|timed?[ -]?out|^\W*Greylist(?:ed|ing)\b|temporarily deferred|\b(?:bad|invalid|missing|no) (?:DNS )?PTR resource record\b|verifiziert|vérifié|verificad|подтвержд|未(?:通过)?验证|darf nicht senden|autoris[ée]e? à envoyer|autorizad[oa] a enviar|requested address|zugewiesen|affecter l|asignar la|atribuir o|назначить|无法分配|割り当て|超时|超時|逾时|逾時|タイムアウト|存在しません|いっぱい|サイズ|conectar|无法连接|無法連接|连接失败|連接失敗|上限|límite diario|limite diário|Zeitüberschreitung|délai d.attente|tiempo de espera|tempo limite|[Вв]ремя ожидания|время ожидания|тайм-?аут|记录|解析|Cannot send message for|送信に失敗|отправить|发送失败|發送失敗|konnte nicht gesendet|envoyer l|enviar el|enviar o|No send|unable to (?:write|read)\b|konnten? nicht (?:gesendet|versendet|verschickt|zugestellt)|no se pudo enviar|não foi possível enviar|impossibile inviare|impossible d['’]envoyer|n['’]a pas? pu (?:être |etre )?(?:envoy|remis|d[ée]livr)|nie udało się wysłać/i;

/**
 * A bounce's own reason words that PRECHECK's list lacks (the thirty-fourth pass, test-28): a disabled recipient account ("The user(s)
 * account is disabled.", au EZweb), a recipient who is not a site's mail user ("He/Her is not HBC e-mail users."), Microsoft 365's
 * "Unknown To address" and its Estonian text, Gmail's Estonian headline, Mail.ru's X-Mailer-Daemon-Error header, Gmail's "The email account that you tried to reach is
 * disabled", Exchange's group that "only accepts messages" from its organization; a bounce's line for one
 * recipient ("<user@example.jp>: Mailbox is inactive"), whose reason TRANSCRIPT_REPLY frames. An inbox "no longer in use" (go-sisimai#202)
 * and a bounce's bare reason alone on its line ("user account inactive", a bounce forum's list; test-31).
 */
const PRECHECK_BOUNCE = /\bno longer (?:in use|in service|active)\b|^[\s"'`*•>(\[-]*(?:the )?(?:user|recipient|addressee)(?:[’']s)?(?: e-?mail)? (?:account|mail ?box) (?:is |has been )?(?:inactive|disabled|suspended|deactivated|expired|closed)[\s"'`.)\]!]*$|\baccount is (?:disabled|suspended|deactivated|temporarily limited)\b|\bmail ?box is (?:disabled|suspended|deactivated)\b|\b(?:e-?mail|mail) users?\b|\btake delivery\b|\bUnknown To address\b|\baadress|X-Mailer-Daemon-Error|\btried to reach\b|\bonly accepts messages\b|^\s*<[^<>\s@]+@[^<>\s@]+>:?\s/i;

/** Our own servers' verdict words that PRECHECK's list lacks: Plesk's handler deferring ("DEFER during call '…' handler"), Haraka's DENY. */
const PRECHECK_SERVER = /\bDEFER during call '|\b(?:retval|code)=DENY/;

/**
 * Words that frame a line as a failure report (an error, a bounce, a refusal) in the languages of the phrase rules:
 * with them, a phrase that names a cause ("User not found", "Fake sender") makes a line a candidate although it
 * carries no code, as in a bounce notice's '退信提示:"User not found"' or an application's "Mail error: user unknown".
 */
// "fails"/"failing" (present tense) are prose's, as in a postmaster page's "an email … that fails SPF"; logs say
// failed/failure; a bare "fail" as prose's verb ("messages often fail SPF authentication", "cause … to fail DKIM") neither.
// A provider's own words "This message was blocked because …" or "… did not pass" frame a refusal.
// "fail" as a statistic's name (a DMARC guide's "aggregate reports (RUA) show high `fail` count", a "fail rate") frames nothing.
const FRAME = /\b(?:error|errors|err|fail(?:ed|ure)\b|(?<!\b(?:to|often|usually) )fail\b(?! (?:SPF|DKIM|DMARC)\b|[`'"]? (?:counts?|rates?|ratios?|percentages?)\b)|exception|(?:was|were|has been|have been) (?:blocked|rejected|refused|rate[- ]limited|deferred) because|(?:message|mail|e-?mail) has been (?:blocked|rejected|refused)\b|did(?: not|n[’']t) pass\b|reject(?:ed|ion)?|refused|bounced?|undeliver(?:able|ed)|not delivered|could not be (?:delivered|sent)|(?:wasn[’']t|was not|couldn[’']t be|can[’']t be|cannot be) (?:delivered|sent|submitted)|(?:hasn[’']t|has not|haven[’']t|have not) been delivered|delivery (?:has )?failed|returned mail|Diagnostic-Code|not taken|denied|smtp;|(?:was|were|has been|have been) not accepted\b)|退信|失败|错误|出错|ошибк|не доставлен|erreur|échec|non distribu|Fehler|fehlgeschlagen|unzustellbar|\berrore|rifiutat[oa]|falh(?:a|ou)|\berro\b|fall[oó]|no entregado|エラー|失敗|오류|실패|\bb[łl][ąa]d\b|\bhatas[ıi](?![\wçğıöşü])|\bchyba\b|помилк|abgewiesen|abgelehnt|Ablehnung|zurückgewiesen|\bin reply to (?:RCPT TO|MAIL FROM|end of DATA|DATA)\b|\bhost [\w.-]+\[[\d.:a-fA-F]+\](?::\d+)? (?:said|refused to talk to me):|\bdelivery time expired\b|\bnot going to try again\b|\bfout(?:melding)?\b|\b(?:fel|fejl|feil|virhe|hiba|Eroare|Kesalahan)\b|Lỗi|Σφάλμα|mislukt|misslyckades|mislykkedes|fejlede|mislyktes|epäonnistui|sikertelen|a eșuat|\bgagal\b|thất bại|geweigerd|Greška|грешка|خطأ|שגיאת|kon niet worden verzonden|kunde inte skickas|Không thể gửi thư/i;

/**
 * Prose that only considers a failure: hedged ("your SPF check might fail", "the messages might be rejected", "Office may have
 * blacklisted your IP address"), negated
 * ("We don't automatically reject messages"), conditional ("If messages fail DMARC …") or infinitive ("publishing a DMARC
 * to reject or quarantine"), as postmaster pages write; in other languages a "possibly" (möglicherweise, peut-être,
 * posiblemente, possivelmente) hedges a guide's sentence ("… wird möglicherweise zu einem späteren Zeitpunkt zugestellt").
 * A sentence about what happens when or if a server refuses ("When Gmail rejects your email with error 550 … it's because",
 * "Note that if deferral bounces … are being observed", "If you are getting errors such as …, chances are"), a rule
 * stated with must ("The message must not be delivered, and a bounce …") and a description of a set ("contains information
 * about emails that were rejected because of a policy") report no failure either; so does a conditional on a quoted
 * reply anywhere in the sentence ("…, but if you’re seeing “451 4.5.0 SMTP protocol violation” that may be your problem").
 * A sentence that a library "will raise a 'wrong password' error", one about what happens "when sending to an address that
 * does not exist", and Italian, Spanish, French or German prose opening on "when there are (problems)" consider failures too.
 * A Japanese guide's "I think" (と思います, と思われます) and "may" (かもしれません) hedge likewise.
 * A purpose clause names what a sender guards against, not what happened ("… limits a customer’s sending to prevent Odoo’s email
 * servers from being blacklisted", Odoo's documentation in test-36; "to avoid getting your IP blocklisted", "keeps your domain from
 * being flagged").
 * Such a line frames nothing (it can still carry a reply code).
 */
const HEDGED = /\b(?:might|may|could|would|can|should|will|likely to)(?: not)?(?: \w+){0,5} (?:be )?(?:fail|rejected|blocked|refused|bounced|deferred|blacklisted|blocklisted)\b|\b(?:will|would|may|might|can) (?:raise|throw) an? (?:"[^"]{1,40}" )?(?:error|exception)\b|^\W*(?:if|when|whenever) (?:sending|you send|you try to send|trying to send)\b|^\W*(?:Quando|Cuando|Quand|Wenn) (?:ci sono|c'è|hay|il y a|es) |\b(?:don[’']t|doesn[’']t|do not|does not|won[’']t|will not|never)(?: \w+)? (?:reject|block|refuse|bounce|fail)\b|\bnever (?:received|got|saw|seen) (?:a |any |one )?(?:single )?(?:bounce|rejection|error)s?\b|^\W*If (?:\w+ ){1,3}(?:fail|are rejected|is rejected|bounce)\b|(?<!\b(?:due|owing) )\bto (?:reject|block|refuse|bounce)\b|(?<![\wäöü])(?:möglicherweise|eventuell|gegebenenfalls)(?![\wäöü])|\bpeut-être\b|\bpourrai(?:t|ent)\b|\bposiblemente\b|\bpodría\b|\bpossivelmente\b|\bpoderá\b|\b[245]\d\d\s+(?:means|significa|signifie|bedeutet)\b|如果|假如|可能会|有可能|可能(?:是|导致|造成)|(?<![\wà-ù])(?:[ÈE][’']|è) un errore\b|\bsignifica che\b|\bsi verifica quando\b|\bequivale a\b|\bpossono essere\s*:|^\W*(?:Note that )?(?:if|when|whenever) (?!I\b|we\b)(?:[\w-]+ ){0,3}(?:rejects?|blocks?|bounces?|refuses?|defers?)\b|^\W*If you(?: are)? (?:get|see|receiv|encounter)\w*\b|\bif you(?:[’']re| are)? (?:get|see|receiv|encounter)\w* (?:an? )?[“"'`]?[45](?:\d\d|\.\d)|\bchances are\b|\b(?:must|shall)(?: not)? be (?:delivered|rejected|bounced|refused|deferred)\b|\b(?:e-?mails|messages|mails) that (?:were|are|have been) (?:rejected|blocked|bounced|refused)\b|と思(?:います|われます)|かもしれません|\b(?:prevent|avoid|protect)\w*\b[^.;!?]{0,80}?\b(?:being|getting|becoming) (?:(?:black|block|deny|ban)[- ]?listed|blocked|banned|flagged|marked as spam)\b|\b(?:keep|stop)\w* (?:\S+ ){1,4}from (?:being|getting|becoming) (?:(?:black|block|deny|ban)[- ]?listed|blocked|banned|flagged|marked as spam)\b/i;

/**
 * An error's words quoted as the title of a help page's list item ('3. „Message too large“ – Nachricht zu groß',
 * '●「Recipient's mailbox is full」など', '• "Mailbox quota exceeded/Mailbox voll" – …'): the quoted words frame the cause
 * they name, unless the line explains what they mean ("… means", "Bedeutung", "signifie"). A quote inside a sentence
 * (a list of possible causes: 'L’indirizzo … non è valido (“mailbox not found”).') frames nothing.
 */
const QUOTED = /^[\s•·●■◆▶*-]*(?:\d{1,2}[.)]\s*)?[„“"«「『]([^„“"«»」』\n]{4,120})[“”"»」』](?=\s*(?:[–—:/-]|など|$))/;
const EXPLAINS = /\b(?:means|meaning|bedeutet|Bedeutung|signifie|significa|oznacza|znamená|anlamına)\b/i;
/**
 * A reply's words set off alone on their line in round or angle brackets, as help pages quote a bounce's reason ("( Invalid
 * recipient )", "( Host unknown )", a Japanese ISP's table; "<Message is too large~/message size exceeds~>", a cable ISP's FAQ,
 * test-23), or as the one short cell of a table's row ("Message too large |", no colon, bracket or "=" in it: a record that ends on a
 * pipe is none): the fragment is the failure it names, as a quoted title is. Two words at least: a single word in brackets ("(spam)",
 * "<blocked>") is a tag, no reply.
 */
const BRACKETED = /^\s*[(<（〈]\s*([^()<>（）〈〉\s]+\s[^()<>（）〈〉\n]{1,120}?)\s*[)>）〉]\s*$|^\s*\|?\s*([^|\s:()=]+\s[^|\n:()=]{1,60}?)\s*\|\s*$/;
function quoteFrames(text: string, rule: string): boolean {
  if (EXPLAINS.test(text)) return false;
  const m = QUOTED.exec(text) ?? BRACKETED.exec(text);
  return m !== null && decideSignal({ text: (m[1] ?? m[2])! }).rule === rule;
}

/**
 * A guide telling its reader which reply they will get ("Hier bekommen Sie die Meldung: 550 …", "you will receive the
 * error: 550 …", "if you’re seeing “451 …”") in a hedged sentence, or one that quotes replies as examples ("Quando ci sono dei problemi … come “550 Requested
 * action not taken …”"): documentation, not a report, although a code stands in reply position. A Japanese guide's "in many cases"
 * (多くの場合), "differs by (server)" (により異なります) and "is shown" (と表示されます) introduce replies the same way.
 */
const DOC_INTRO = /\b(?:come|such as|like|comme|como|wie|e\.g\.,?)\s*[“"„«]\s*[45]\d\d\b|\b(?:you (?:will |would |may |might |can |could )?(?:get|receive|see)|if you(?:[’']re| are) (?:getting|seeing|receiving)|bekommen Sie|erhalten Sie|vous (?:recevrez|obtiendrez|verrez)|recibir[áa]s?|receber[áa])\b|\bit[’']s because\b|\bare being observed\b|\bno actions? (?:is |are )?needed\b|\bare (?:automatically )?retried\b|多くの場合|(?:により|によって)異なり|(?:と|が)表示され/i;

/**
 * A delay notice that only says a retry will follow (Exim's "Warning: message … delayed 24 hours … No action is required on
 * your part. Delivery attempts will continue …", with its "Status: 4.0.0"): silent unless a rule of layer 1 names a cause.
 */
const DELAY_ONLY = /\bNo action is required on your part\b|\bDelivery attempts will continue\b|\bthis warning may be repeated\b/i;

/**
 * A line that is only a web address (a help page's link to a block list's lookup, "https://www.spamhaus.org/query/ip/…"): a
 * reference, no report, whatever words the address holds.
 */
const BARE_URL = /^[\s*•·>(<\[-]*https?:\/\/\S+?[\s>)\].,;]*$/i;

/**
 * A help page's note to its reader ("Bitte beachten Sie, dass …", "Please note that …", "Veuillez noter que …"): guidance about
 * failures, no failure; for lines without a reply code.
 */
const READER_NOTE = /^\W*(?:(?:Bitte )?beachten Sie(?: bitte)?,? dass|Please note(?:,? that|:)|Note(?:,)? that|Veuillez noter que|Notez que|(?:Tenga|Ten) en cuenta que|Tenha em mente que|Observe que|Si prega di notare che|Tenete presente che|Обратите внимание|请注意|ご注意ください)/i;

/**
 * A pointer to documentation ("See ```MESSAGE_RATELIMIT``` and ```MESSAGE_RATELIMIT_EXEMPTION``` on https://mailu.io/…", a
 * maintainer's answer in Mailu#2416, test-23; "Siehe … unter https://…", "Voir … sur https://…", "См. … https://…", "参见 https://…"):
 * a reader sent to a page, no failure; for lines without a reply code.
 */
const DOC_POINTER = /^\W*(?:See(?: also)?|Siehe(?: auch)?|Voir(?: aussi)?|Véase|Ver|Veja|См\.|Смотрите|参见|请参阅|请参考|参考|詳しくは|参照)\s.{0,200}?\bhttps?:\/\/\S+\W*$/i;

/**
 * A server's reply as a bounce's transcript quotes it after "<<<" (Courier's "<<< No such domain.", sendmail's and au EZweb's
 * ">>> RCPT TO:<…>" / "<<< 550 …", test-28), and a bounce's line for one recipient, its address then the reason ("<user@example.jp>:
 * User not found", Postfix's and au EZweb's bounce bodies): the line is the answer for that address, so a phrase that names a cause
 * frames it as a failure even without a code.
 */
const TRANSCRIPT_REPLY = /^\s*<<<\s+\S|^\s*<[^<>\s@]+@[^<>\s@]+>:?\s+(?:\.\.\.\s*)?[A-Za-z]/;

/** A client library's error class in a line ("MailKit.Net.Smtp.SmtpCommandException: …", "SMTPError"): a frame too. */
const FRAME_CLASS = /[A-Za-z_](?:Exception|Error)\b/;

/**
 * A line that opens on the statement that a mail was not sent, in the languages of the phrase rules: an application's or a
 * client's own error line ("[GSIL] [CRITICAL] Send mail failed", Keycloak's "Error! Failed to send email", osTicket's "Unable to
 * email via php mail function: …", maddy's "Delivery attempt failed, reason: …", TransmitMail's "メールの送信に失敗しました。",
 * Synology's "Не удалось отправить тестовое письмо."): a failure whether or not its words name a cause (unknown when none does).
 * The statement must lead the line (after a log's level, bracketed tags, bullets or markdown): prose that mentions such a failure
 * ("Los programas de Email … pueden indicarnos un error al enviar un mail", "Perché è impossibile inviare la posta") or quotes a
 * notice ('"Mail delivery failed: returning message to sender": Erhalten Sie …') reports none. A delay notice ("could not send
 * message for past 4 hours") is silent as the guide says (SEND_DELAYED). A noun phrase ("Error sending message", "Błąd wysyłania
 * wiadomości", "Échec de l'envoi") is also a dialog's title: it reports a failure only when its details follow a colon or a dash
 * ("E-mail delivery failure: Error: …").
 */
const SEND_FAILED = /^(?:[\s*_`>#•·◦▪-]|\[[^\]]{0,40}\]|\b(?:error|err|critical|crit|fatal|alert|emerg|warning|warn)\b[!:]?)*(?:(?:failed|unable|could ?n[o’']t|can(?:no|[’'])t)(?: (?:while|when|in))? (?:to )?(?:send|deliver|submit) (?:(?:the|an?|this|your|test|e-?mail)\s)?(?:e-?mail|mail|message)s?\b|(?:unable to|could ?n[o’']t|can(?:no|[’'])t|failed to) e-?mail\b|(?:(?:e-?mail|mail|message)s? )?(?:send(?:ing)?|delivery|submission)(?: (?:attempt|of))?(?: (?:the|an?))?(?: (?:e-?mail|mail|message)s?)? (?:has )?(?:failed|fail)\b|(?:メール|メッセージ)?の?送信(?:に失敗しました|できませんでした)|не удалось отправить|(?:l['’](?:e-?mail|courriel|message)|le (?:message|courriel|mail)) n['’]a pas? pu (?:être |etre )?(?:envoy|remis|d[ée]livr)|impossible d['’]envoyer|(?:die )?(?:E-Mail|Nachricht) konnte nicht (?:gesendet|versendet|verschickt|zugestellt) werden|no se pudo enviar|não foi possível enviar|impossibile inviare|(?:이메일|메일) (?:발송|전송)에 실패(?:했|하였)|nie udało się wysłać|(?:(?:error|problem|failure)(?: (?:while|when|in))? (?:send(?:ing)?|deliver(?:ing)?|submitt?(?:ing)?) (?:(?:the|an?|this|your|test|e-?mail)\s)?(?:e-?mail|mail|message)s?|(?:(?:e-?mail|mail|message)s? )?(?:send(?:ing)?|delivery|submission)(?: (?:attempt|of))?(?: (?:the|an?))?(?: (?:e-?mail|mail|message)s?)? (?:failure|error)|(?:邮件|郵件|信件)(?:发送|發送)(?:失败|失敗)|ошибка (?:при )?отправки(?: \S+)?|[ée]chec (?:de |lors de )?l['’]envoi(?: \S+)?|(?:Senden|Versand|Versenden)(?: der (?:E-Mail|Nachricht))? fehlgeschlagen|(?:error|fallo) al enviar(?: \S+)?|(?:falha|erro) ao enviar(?: \S+)?|invio (?:della )?(?:e-?mail|mail|messaggio) non riuscito|errore (?:nell['’]|durante l['’])invio(?: \S+)?|błąd (?:podczas )?wysyłania(?: \S+)?)\s*[:：–—-]\s*\S)/i;
/**
 * A line that is only a product's name and its version ("MySQL 5.7.22" in an issue's list of versions, osTicket#4757; "Spring
 * Framework 5.3.6", "PHPUnit 5.7.27"): no status code, whatever the version's digits; a status's label ("Status 5.1.1", "DSN
 * 5.7.1", "Erreur 4.7.1") is no name.
 */
const NAME_VERSION = /^[\s*•>-]*(?!(?:Status|DSN|Code|Result|Reason|Error|Erreur|Fehler|Errore|Erro|SMTP|ESMTP)\b)(?:[A-Za-z][\w+.-]*\s+){1,3}v?[45]\.\d{1,3}\.\d{1,3}[\s.,;)]*$/i;
/** A delay notice's "for N hours" after the statement ("Could not send message for 4 hours", "… for past xx hour"). */
const SEND_DELAYED = /\bfor (?:the )?(?:past |last |more than )?(?:\d+(?:\.\d+)?|x+|an?|one|two|three|four|several) (?:hours?|days?|minutes?)\b/i;

/**
 * Our own smtpd's chatter about a client, pasted without its "postfix/smtpd" prefix ("lost connection after CONNECT
 * from host[ip]"), also behind a viewer's "time | level |" columns (mailcow's log view).
 */
const SMTPD_CHATTER = /(?:^|\|\s*)(?:lost connection|timeout|too many errors|(?:dis)?connect) (?:after \S+ (?:\(\d+ bytes\) )?)?from [\w.-]*\[[\d.:a-fA-F]+\]/;

/**
 * Lines without a code that state a setting or a count rather than report an event ("TLS required: yes", "User unknown
 * count: 0", "Relay access: allowed for 10.0.0.0/8", "DMARC policy for example.com: p=reject", main.cf's
 * "postscreen_dnsbl_sites = zen.spamhaus.org*3"), and sshd's connection chatter: their failure words name no failure.
 * Apache James announces its configuration at start ("This SMTP server requires authentication.", SMTPServer.java), also
 * behind a log table's "| ".
 * An exception's class before the colon ("javax.mail.AuthenticationFailedException: 334 VXNlcm5hbWU6") is no setting's name.
 */
const SETTING = /^(?![^:=]*(?:\b(?:error|err|fail\w*|exception|errno)\b|[a-z](?:Exception|Error)\b|refus|timed? ?out|unreach|reset|closed|denied|reject))[^:=]{1,60}:\s+(?:yes|no|true|false|on|off|enabled?|disabled?|allowed\b.*|ok|none|n\/a|-?\d+(?:[.,]\d+)?\s*%?\s*\w{0,12}|p=\w+.*)\s*$|\bsshd\[\d+\]|\[preauth\]\s*$|^[|\s]*This (?:SMTP |mail )?server (?:requires|does not require) authentication\.?\s*$/i;
/**
 * A server's configuration directive that carries the reply it would give (maddy's `reject 550 5.7.0 "Use your own
 * name"` check): a setting, no event.
 */
const REPLY_DIRECTIVE = /^\s*(?:code \d+ )?(?:reject|defer|deny|quarantine) [45]\d\d(?: [45]\.\d{1,3}\.\d{1,3})? "[^"]*"\s*$/i;
/**
 * A configuration key whose value is the reply a server will give (Dovecot's quota-status service: `quota_status_overquota = "452
 * 4.2.2 Mailbox is full and cannot receive any more emails"`, workaround.org's ISPmail guide, test-27; `quota_status_nouser = DUNNO`;
 * Postfix's main.cf style keys): a setting, no event, although the reply stands in reply position. A key that names what went wrong
 * ("last_error = …", "smtp_response = …") reports one.
 */
const REPLY_SETTING = /^\s*[a-z]+_[a-z0-9_]*(?<!error|errors|response|reply|result|reason|message|msg|diagnostic|status)\s*=\s*["'`]?[45]\d\d[ -]/;
/**
 * Documentation that names a range of codes rather than a reply ("This information also applies to error codes 5.7.0 through 5.7.999 in
 * Exchange", Microsoft's NDR pages; "codes 550 to 559"), and a help page's heading on one code ("5.7.14: Official Definition", a bounce
 * lookup's page; "5.1.1 – Meaning", "4.2.2: What it means"), test-27: no reply is quoted.
 */
const CODE_RANGE = /\b(?:codes?|errors?|replies|responses|statuses)\s+[45](?:\d\d|\.\d{1,3}\.\d{1,3})\s*(?:through|thru|to|until|bis|à|a|до|[-–—])\s*[45](?:\d\d|\.\d{1,3}\.\d{1,3})\b/i;
const ENHANCED_HEADING = /^\W*(?:SMTP |Error |Status |Code )*(?:[45]\d\d\s+)?[45]\.\d{1,3}\.\d{1,3}\s*[:–—-]\s*(?:the |an? )?(?:official |short |full |technical )?(?:definition|meaning|description|explanation|overview|summary|details|causes?(?: and (?:solutions?|fix(?:es)?))?|solutions?|how to fix(?: it)?|what (?:it|this|does it) means?)\s*[?!.]?\s*$/i;
/**
 * General prose about what usually happens to mail, in an impersonal voice ("Betreibt man einen Mailserver kann es passieren, dass …
 * In der Regel geht dieser von einem temporären Fehler aus …", a German tutorial, test-27; "it can happen that …", "as a rule"): it
 * describes the way of things, no failure that happened; for lines without a reply code.
 */
const GENERAL_PROSE = /\b(?:kann es (?:passieren|vorkommen|sein)|es kann (?:passieren|vorkommen)|In der Regel|it (?:can|may|might|could) happen that|as a rule|il peut arriver que|il arrive que|en règle générale|puede (?:pasar|ocurrir) que|por regla general|pode acontecer que|via de regra)\b/i;
/**
 * Mimecast's link to its reply codes page, which every refusal of its gateway carries after the reason ("550 Invalid Recipient -
 * https://community.mimecast.com/docs/DOC-1369#550"; a page listing its reasons with the link, "- Invalid Recipient –
 * https://community.mimecast.com/docs/DOC-1369#", test-27): it frames the reason before it as a refusal, as a reply code would.
 */
const MIMECAST_REPLY_LINK = /\bcommunity\.mimecast\.com\/docs\/DOC-1369\b/i;
/**
 * Words of failures that PRECHECK's list lacks (the thirty-ninth pass: sending services' API refusals, "Need at least one of 'text', …",
 * "'from' parameter is not a valid address", Resend's "You can only send testing emails …", Postmark's "will not deliver to these inactive
 * addresses"): Exchange 2000's NDR text "The connection dropped between servers.", Comcast's "… must
 * have a PTR record with a valid Reverse DNS entry" (test-27), OTOBO/OTRS's "Impossible to send message to: …" (test-29), Ruby's
 * Net::SMTPServerBusy named alone (its class is the cause, test-30), Go's net/mail address errors ("mail: no angle-addr", test-31).
 */
// The forty-first pass (test-36): Discourse's staff log of an address it stopped mailing after bounces ("Wont be sending emails to … until …").
// The thirty-eighth pass (test-32): a monitor's "Could not issue critical alert for rule '…' to transport 'mail'" (LibreNMS), an "alert could
// not be dispatched", and a socket's errno as openssl s_client prints it ("write:errno=113", "connect:errno=111").
const PRECHECK_MORE = /\bmail: (?:missing|no|unclosed|expected|empty|invalid|bad|double|leading|trailing) |\bconnection (?:was )?dropped\b|\bmust have a (?:valid )?PTR record\b|\bimpossible to send\b|\bNet::SMTPServerBusy\b|\b(?:could not|couldn[’']t|unable to|cannot|can[’']t) (?:issue|dispatch)\b|\berrno\b|\bNeed at least one of '|\bAt least "HTMLPart"|\bProvide either email TextBody\b|\bparameter is not a valid address\b|\bcan only send testing e-?mails\b|\bwill not deliver to these inactive\b|\bWon[’']?t be sending (?:e-?mails?|mails?) to\b|\bNo MTA installed\b|\bspawn \S+ ENOENT\b|\bof output;? but got status 0x|-ERR \[(?:SYS\/TEMP|IN-USE|LOGIN-DELAY)\]|\bkind: (?:BrokenPipe|UnexpectedEof|ConnectionAborted)\b|\bterminate[sd]? (?:the )?connection\b|\bconnection (?:was )?terminated by\b/i;
/**
 * A verification result of received mail, as Authentication-Results and its kin write it ("dkim=fail reason=… header.d=…",
 * "DKIM-Result: fail (wrong body hash …)", "spf=softfail smtp.mailfrom=…"): a check on a message that came in, not a
 * refusal; it stays silent unless a reply code or a refusal frames it ("550 5.7.1 … dmarc=fail").
 */
// Stalwart's event log of the same checks on mail that came in ("2025-11-27T14:54:12Z INFO SPF EHLO check failed (smtp.spf-ehlo-fail)
// listenerId = …, result = No SPF record (spf.none)", test-24; "DKIM verification failed (smtp.dkim-fail)", "DMARC check failed
// (smtp.dmarc-fail)"): its level, the check's title and its event id; a refusal is an event of its own.
const AUTH_VERDICT = /^\S*\s*(?:(?:INFO|DEBUG|TRACE|WARN) )?(?:SPF|DKIM|DMARC|ARC|IPREV|Reverse IP)\b[\w ]{0,30}?\b(?:check|verification|validation|lookup)\b[\w ]{0,20}\((?:smtp|spf|dkim|dmarc|arc|iprev)\.[\w-]+\)|^\W*(?:(?:ARC-)?Authentication-Results:\s*(?:i=\d+;\s*)?[^;=]*;\s*)?(?:(?:dkim|spf|dmarc|arc|dkim-atps|auth|iprev)=(?:pass|fail|softfail|neutral|none|permerror|temperror|policy|hardfail)\b|(?:DKIM|SPF|DMARC|ARC)-(?:Result|Status):\s|Received-SPF:\s*(?:pass|fail|softfail|neutral|none|permerror|temperror)\b)/i;
/**
 * main.cf's and similar configuration lines: a lower-case key with an underscore, "=", a value; or an ini file's
 * "key = value" with spaces around the "=" (fail2ban's "ignoreregex = authentication failed: …"; logfmt's key=value
 * has none), unless the key names what went wrong ("error = Connection refused", "reason = …" report an event);
 * or a row of a report's count table ("   279   Reject RBL   36.57%", logwatch's Postfix summary; pflogsumm's
 * "Helo command rejected: need fully-qualified hostname (total: 1)").
 */
const CONFIG_LINE = /^\s*[a-z]+_[a-z0-9_]*\s*=\s*\S|^\s*(?!(?:error|errors|err|reason|message|msg|status|result|exception|response|reply|failure|cause|details?|description|text|diagnostic)\b)[a-z][a-z0-9_.-]* = \S|^\s*\d[\d,.]*\s{2,}\S.*\s\d+(?:[.,]\d+)?\s*%\s*$|\s-[a-z]\s+[a-z]+[A-Z]\w*=(?:TRUE|FALSE|true|false|yes|no|\d+)\s*$|\(total: \d+\)\s*$/;
/**
 * Postfix restriction lists as main.cf's continuation lines or a pasted list carry them ("reject_rbl_client dul.dnsbl.sorbs.net",
 * "    reject_rhsbl_sender dbl.spamhaus.org,", "check_policy_service unix:private/policy-spf"; test-29, an AnonAddy thread): the
 * names of checks the server would make, a setting, not an event.
 */
// One separator between the names (a comma with its spaces, or spaces): two optional runs of spaces around an optional comma
// could split each separator in many ways, 2^n steps on a line of n names that fails at its end.
const RESTRICTION_LINE = /^\s*(?:(?:reject|permit|check|defer|warn_if_reject|defer_if_permit|defer_if_reject)_[a-z_]+(?:\s+(?![a-z]+_[a-z_]+\b)[\w.:\/\[\]=*-]+)?(?:\s*,\s*|\s+|$))+$/;
/**
 * A software version as a system-information page lists it ("Database Version	5.5.5-10.1.29-MariaDB", Joomla's; MariaDB's
 * "5.5.5-" prefix, "Server version: 5.5.5-10.3.27-MariaDB-0+deb10u1" in the mysql client's banner; test-29): the number is a
 * version, not an enhanced status code.
 */
const VERSION_LINE = /^\W*(?:[\w().-]+ ){0,4}version\s*[:=\t ]\s*v?\d+(?:\.\d+){1,3}(?:[-+~][\w.+~-]*)?(?:\s+\([^()]{1,60}\))?\s*$/i;
/**
 * A line of a debug or trace level ("DEBUG: …", "[debug] …", "2024-… TRACE …"), also as a structured log's level field anywhere on
 * the line ('{"level":"debug",…}' of zap and logrus JSON, logfmt's "level=debug", "severity":"TRACE"; the forty-second pass).
 */
const DEBUG_LINE = /^.{0,40}?(?:^|[\s\[(|])(?:DEBUG|TRACE|debug|trace)(?:[\]):|]|\s)|["']?\b(?:level|lvl|severity)["']?\s*[=:]\s*["']?(?:debug|trace|DEBUG|TRACE)\b/;
/**
 * An Authentication-Results verdict as a verifier writes it ("dkim=fail", lower case, no space), and the words of a refusal
 * without which it is only a check's result (Microsoft's "Spf= Fail" hint in a bounce is a receiver's verdict).
 */
const RESULT_VERDICT = /\b(?:dkim|spf|dmarc)=(?:fail|softfail|hardfail|permerror|temperror)\b/;
// A DNS block list's zone named ("Defined SPAM source: bl.spamcop.net", BigPond's qmail; "… is in an RBL: dnsbl.abyan.es") is a listing word.
const LISTING = /list|block|\b(?:bl|dnsbl|rbl|sbl|xbl|zen)\.[\w-]+\.[a-z]{2,}\b|reject|refus|denied|deny|\bban|bloqu|\bRBL\b|reputation|\bIP\b|黑名单|被(?:封|屏蔽|禁止|拒绝)|спис|zablokov|blokad/i;
const REFUSAL = /reject|refus|block|bounc|not (?:be )?delivered|undeliver|quarantin|denied/i;
/**
 * A change to a program described in its tracker ("This PR adds the Outlook.com-specific SMTP error 550 5.7.515 to the list"):
 * a developer's prose about a reply, not a report of one.
 */
// A changelog's entry on a bug that was fixed ("Fixed a bug where the app could not send notifications to …", "Fix issue that …")
// describes the old failure; it reports none.
const DEV_PROSE = /^\W*This (?:PR|pull request|MR|merge request|commit|patch|change) (?:adds|maps|handles|treats|classifies|recogni[sz]es|introduces|supports|teaches)\b|^\W*(?:Fixed|Fixes|Fix(?:ing)?) (?:a |an |the |some )?(?:rare |minor )?(?:bug|issue|problem|crash|regression)s? (?:where|that|which|when|in which|causing|with)\b/i;
/** A client's failure at an AUTH challenge: the 334 it quotes is no success. */
const CHALLENGE_FAILED = /(?:fail(?:ed|ure)?|Exception)\W{0,3}\s*334[ -]\S/i;
/**
 * A client's command that failed on an intermediate reply it did not expect (nodemailer's "SenderError: Mail from command failed - 354
 * Continue", a pipelining desync behind SendGrid, nodemailer/nodemailer#271, test-30): the 3xx is no success, and it names no cause.
 */
const INTERMEDIATE_FAILED = /\bcommand failed\W{0,3}\s*3\d\d[ -]\S/i;
/**
 * A success or intermediate reply quoted as the one a client did not expect ("SMTP connection failure: Unexpected greeting: \"220-wn09…
 * ESMTP Exim …\"", Delta Chat, test-35; "unexpected response: 250 …"): the client failed on it, no success.
 */
const UNEXPECTED_REPLY = /\b(?:unexpected|invalid|unparsable|malformed) (?:greeting|response|reply|banner)\W{0,3}\s*["'`]?[23]\d\d[ -]|\bExpected response code(?:\(s\))?\W{0,3}[\d\[\]\/, "]{3,}?\W{0,3}but got (?:code )?\W{0,3}[23]\d\d\b/i;
/** A timeout setting echoed with its value ("Connection timeout: 5 secs", "timeout=300"): no timeout happened. */
// A table's cell ("| SMTP Service handler connection timeout is: 360") too.
/**
 * The forty-fifth pass (test-40): Swift Mailer's log of a session as applications paste it after their error ("Log data: ++ Starting
 * Swift_SmtpTransport << 220 … >> EHLO … << 250-… >> STARTTLS << 220 2.0.0 Ready to start TLS !! Unable to connect with TLS encryption",
 * Nextcloud's test mail): its "<<" replies are the steps that went well, its "!!" line the failure; a 2xx or 3xx in such a log is
 * not the record's reply.
 */
const SWIFT_LOG_ERROR = /<< [23]\d\d[ -].{0,2000}?(?:^|\s)!! \S/;
const REJECTED_WITH_SUCCESS = /\bServer (?:rejected|refused|did not accept) (?:the )?(?:EHLO|HELO|MAIL FROM|RCPT TO|DATA|AUTH|STARTTLS|QUIT|RSET)(?: command)?\W{1,4}(?:Response|Reply|Server said)\W{1,4}[23]\d\d\b/i;
const TIMEOUT_SETTING = /^[|\s]*[\w .-]{0,60}\btime ?out(?: is)?\s*[:=]\s*\d+\s*(?:ms|s|sec|secs|seconds|min|mins|minutes)?\.?\s*$/i;
/**
 * A code in an HTTP-looking line still counts when the line names it an SMTP error ("SMTP Error (535): …" quoted next to an
 * nginx line; lua-resty-mail's "SMTP response was not successful: 535 …" in nginx's error log with its request).
 */
// A DSN's fields with a reply code where the status belongs ("Action: failed Status: 553 Exceeded maximum inbound message size", a
// bounce Sisimai quotes) are a delivery status, no HTTP status.
const SMTP_ERROR_CODE = /\bSMTP[ -]?Error:?\s*\(?[45]\d\d\b|\bSMTP (?:response|reply) was not successful: [45]\d\d\b|\bAction:\s*(?:failed|delayed)\b.{0,40}\bStatus:\s*[45]\d\d\b/i;

/**
 * A reply code of 2xx or 3xx at the start of a line: a success or an intermediate reply. Its second digit is 0–5, as
 * in every SMTP reply: "273 TID-…" (Sidekiq's pid) and "276 Connecting to …" (exim -d's pid) are none.
 */
const SUCCESS = /^\W{0,6}[23][0-5]\d(?:[ -](?=\S)|$)/;
/**
 * Lines about failures that report none (test-9's false alarms, by class): a shell command that searches a log for a
 * failure's words (`grep "535 Incorrect" /var/log/exim_mainlog | …`, `grep -F "imapd-ssl: LOGIN FAILED," …`); a FAQ's
 * question ('Why do I receive an error "553 …" when sending mail?'); a knowledge-base sentence on when an error occurs
 * ("This error can occur if the client's IP address cannot be resolved"); a hoster's conditional on the reader's mailbox
 * ("If your mailbox is still full after 4 days … a temporary ‘452 4.2.2 Mailbox is full’ failure").
 * The command may follow a shell's prompt as bash's default PS1 writes it: Red Hat's "[root@xeon log]# fgrep '535 Incorrect
 * authentication data …' exim_mainlog", Debian's "root@host:/var/log# grep …".
 */
// An application's option that says how to treat a reply ("Treat SMTP Error 450 4.1.2 as permanent.", CiviCRM's setting) is a
// setting, no report.
// A fail2ban filter (filter.d/*.conf: its [INCLUDES] / [Definition] sections, "failregex = …" and "ignoreregex =" keys, as
// fail2ban's own postfix.conf and a mail server's filters are written) quotes failure wordings as patterns: no report. Nor does a
// description of what a tool watches logs for ("fail2ban … a program that watches logs for authentication failures and bans
// …", an ISP's news page), nor a help page's examples of what replies "usually say things like “…”" (Robly's glossary).
// A guide's sentence on how to fix an error ("That’s it! Now you know how to fix the ‘error 530-5.7.0’ issue.", SendLayer; "How to
// fix the SMTP error 550 …") reports none.
// Forty-third pass (test-38's false alarms, by class): a log read through a pipe into grep ('tail -200 /var/log/maillog | grep
// "status=deferred\|Connection refused\|…"', a Plesk forum's advice; `journalctl -u postfix | grep '…'`, `cat … | egrep '…'`) is the
// command, as grep alone is; a bounce's section rule alone on its line ("----- The following addresses had permanent fatal errors -----",
// sendmail's DSN; "----- Transcript of session follows -----") heads the lines that name the failure and names none itself; a report
// that over-quota or full mailboxes still accept mail ("Over quota email accounts are still accepting emails.", a HestiaCP issue on a
// quota not enforced) is the opposite of a refusal.
/**
 * The forty-sixth pass (test-41): one field of a printed HTTP error object, its status alone on its line (' "code": 500,', a Graph
 * error's JSON as a PHP mail driver dumps it; "statusCode": 503, "status": "429"): the API's status, no SMTP reply; the object's
 * message field, if any, is read on its own line.
 */
const FASTAPI_MAIL_WRAP = /^[\s`'"]*Exception raised (?=\(?[45]\d\d\b)/;
/**
 * ElastAlert's email alerter wraps every SMTP exception in its own words ("Error while running alert email: Error connecting to SMTP
 * host: No suitable authentication method found.", alerts.py; test-43, the fiftieth pass): the exception after it names the cause, and
 * only when it names none (or a refused or lost connection) is the wrapper's "connecting" the failure.
 */
const ELASTALERT_WRAP = /\bError connecting to SMTP host: (?=\S)/;
/** amavis's reply when its policy discarded the message ("250 2.7.0 Ok, discarded, id=00675-01 - INFECTED: …"): a 2xx that is no delivery. */
const AMAVIS_DISCARD = /\b250 2\.7\.[01] Ok,? discarded,(?: [A-Z-]+,)? id=[\w-]+ - \S/;
// Also a documented failure quoted with its error ("the alert will fail with error `SMTP AUTH extension not supported by server`",
// test-43; the fiftieth pass): the quoted error is the one the reader meets, whatever the sentence's "will".
const REPORTED_ERROR = /\b(?:I|we) (?:was|were|am|are|keep|kept)? ?(?:getting|receiving|seeing|hitting|got|received) (?:the following|this|an?) (?:error|exception)(?: message)?\s*:\s*["“'`]|\bfail(?:s|ed)? with (?:the |an? )?(?:following )?(?:error|exception)(?: message)?\s*:?\s*["“`]/i;
const API_STATUS_FIELD = /^\s*["']?(?:code|status|statusCode|status_code|httpStatus|httpStatusCode|http_status|responseCode)["']?\s*[:=]\s*["']?\d{3}["']?\s*,?\s*$/i;

/**
 * The forty-seventh pass (test-42's and test-43's false alarms):
 * - WEB_STATUS_ALONE: an error label with a web server's status and no words ("Error 500", "HTTP error 502", "Erreur 503", test-42) is
 *   a page's or an API's status: an SMTP server's 5xx always comes with its text.
 * - SHELL_LOOKUP: a DNS lookup command as typed at a prompt (" user@host ~ dig +short zen.spamhaus.org", "$ host -t TXT x.bl.example",
 *   "# nslookup 2.0.0.127.zen.spamhaus.org", test-43) is a check someone runs, not a listing.
 * - IF_CANNOT: a failure stated as a condition ("… it will not send notifications if it cannot reach your smtp relay.", test-43;
 *   "if the server can't connect to …", "s'il ne peut pas joindre …", "si no puede conectar …") is a description, not a report.
 * - EXAMPLE_VERDICT: a verdict named as an example of what a feature shows ("… it gives you a reason, such as the sender was
 *   blocklisted, the message contained a restricted attachment …", SecurityGateway's manual in test-43) is documentation.
 */
/**
 * The forty-ninth pass (test-44's false alarms, by class):
 * - CODE_LABEL_ROW: a table's heading row whose cells name reply codes ("| 450 Error | 550 Error | If you did not receive an NDR | |", an
 *   ISP's table of bounces; "| 421 | 550 |", "| Code 554 | Code 552 |"): two or more cells that are a code with at most a label word
 *   are the columns' titles; a row of a reply has one code and its words.
 * - LIST_TERM: a block list's acronym and its gloss, alone on the line ("RBL (Realtime Black List)", "DNSBL (DNS-based Blackhole List)",
 *   "Spamhaus Block List (SBL)"): a glossary's entry, no listing.
 * - LIST_DEFINITION: a sentence that says what block lists are or do ("Block lists are used by Mail Exchangers to determine if they
 *   should allow a direct connection from an individual IP.", "A DNSBL is a list of …", "Blacklists are maintained by …").
 * - SERVER_REQUIRES: a provider's statement of what its servers require ("Our mail servers are configured to require authentication
 *   when you both send and receive.", "All of our servers are set up to require SMTP authentication"): a setting, as "This server
 *   requires authentication" is (SETTING); the refusal of a login that lacks it comes with its own words.
 */
const CODE_LABEL_CELL = /^\s*(?:SMTP\s+)?(?:(?:error|code|reply|status)\s+)?[45]\d\d(?:\s+(?:errors?|codes?|repl(?:y|ies)|bounces?|NDRs?))?\s*$/i;
function codeLabelRow(text: string): boolean {
  if ((text.match(/\|/g) ?? []).length < 2) return false;
  return text.split('|').filter((cell) => CODE_LABEL_CELL.test(cell)).length >= 2;
}
const LIST_TERM = /^[\s*•·>-]*(?:[A-Z][A-Za-z0-9-]{1,9}|(?:[\w-]+ ){1,4}[\w-]+)\s*\((?:[\w-]+ ){0,5}[\w-]+\)[\s.:]*$/;
const LIST_DEFINITION = /^[\s*•·>-]*(?:(?:An?|The) )?(?:(?:DNS-?based |real-?time |IP |public |private |third-party |spam |e-?mail )?(?:block|black|deny|ban)[- ]?lists?|DNSBLs?|RBLs?|RHSBLs?)(?: \([^)]{1,40}\))? (?:are|is) (?:(?:commonly |often |usually |generally |typically )?(?:used|maintained|run|published|compiled|operated|queried|consulted|lists?|databases?|collections?|registr(?:y|ies)|services?)\b|(?:an?|the) (?:[\w-]+ )?(?:lists?|databases?|collections?|registr(?:y|ies)|services?)\b)/i;
const SERVER_REQUIRES = /^[\s*•·>-]*(?:Our|All (?:of )?our|These|The) (?:[\w-]+ ){0,3}servers? (?:are|is|have been|has been) (?:\w+ )?(?:configured|set up|designed|built|set) to require\b/i;
/**
 * The forty-ninth pass (test-44's misses): a help page's gloss of the bounce it has just quoted, "This/These (error|message|bounce…)
 * indicate(s) that …" at the start of its sentence ("These indicate that the recipient's account does not exist. If you see this, check
 * …", BlueLight's and NetZero's "Understanding mail delivery failures"): the page states what the reply means, and the cause it names
 * is that reply's, as a quoted reply's frame would say. Only for a cause a phrase rule knows ("This indicates that the email settings
 * are not correct." names none).
 */
const MEANING_FRAME = /^[\s•·*>-]*(?:This|These|That|Those)(?: (?:error|errors|code|codes|message|messages|bounce|bounces|reply|replies|response|responses|NDRs?|notices?|notifications?))? (?:indicates?|signif(?:y|ies)|tells? you) that\b/i;
const WEB_STATUS_ALONE = /^[\s"'`*\[(-]*(?:HTTP\s+)?(?:error|err|erreur|Fehler|erro|ошибка)\s*[:#]?\s*(?:500|502|503|504)[\s"'`*.!)\]]*$/i;
const SHELL_LOOKUP = /^\s*(?:\[?[\w.-]+@[\w.-]+(?::\S*)?\]?\s*)?(?:~\S*\s*|\/\S*\s+)?[$#%>❯]?\s*(?:sudo\s+)?(?:dig|nslookup|host|drill|kdig|delv)\s+(?:(?:[@+-]\S*|-(?:t|type|q)[= ]\S+|A|AAAA|TXT|MX|PTR|ANY|NS|SOA)\s+)*[\w.-]+\.[A-Za-z]{2,}\.?(?:\s+(?:[@+-]\S*|A|AAAA|TXT|MX|PTR|ANY|NS|SOA))*\s*$/;
const IF_CANNOT = /\bif (?:it|they|(?:the|your|its) (?:\w+ ){0,2}(?:server|relay|host|app|application|system|service|client|mailer|firewall|device))\s+(?:cannot|can[’']t|can not|could not|couldn[’']t|is unable to|fails to|doesn[’']t manage to)\s+(?:reach|connect|contact|resolve|send|deliver|authenticate|log ?in)\b|\bs[’']il ne (?:peut|parvient) pas (?:à )?(?:joindre|contacter|se connecter|envoyer|atteindre)\b|\bsi no (?:puede|logra|consigue) (?:conectar|alcanzar|contactar|enviar|llegar)\b|\bse (?:não|nao) (?:conseguir|puder) (?:conectar|alcançar|contactar|enviar)\b|\bwenn (?:er|sie|es|der Server|das Gerät) [^,.]{0,40}nicht erreich(?:en kann|t)\b/i;
const EXAMPLE_VERDICT = /(?<!\b(?:errors?|messages?|replies|bounces?|responses?|warnings?|notices?)\s)\b(?:such as|for example|for instance|e\.g\.,?)\s+(?:whether\s+)?(?:the |a |an |your )?(?:sender|recipient|message|mail|email|e-mail|IP|domain|server|address|attachment)\b[^.;:"“]{0,40}?\b(?:was|is|were|are|has been|had been|got|gets)\s+(?:(?:black|block|deny|ban)[- ]?listed|rejected|refused|blocked|bounced|quarantined|deferred)\b/i;
const LOG_COMMAND = /^\s*(?:[$#>]\s+|\[[\w.-]+@[\w.-]+ [^\]\s]{1,60}\][$#]\s*|[\w.-]+@[\w.-]+:[^\s$#]{0,60}[$#]\s*)?(?:sudo\s+)?(?:tail|cat|zcat|bzcat|xzcat|journalctl|less|head|docker(?:-compose| compose)? logs)\b[^|\n]{0,160}\|\s*(?:sudo\s+)?(?:z?[ef]?grep|exigrep)(?:\s+-[\w-]+)*\s+["']|^\s*-{3,}\s*[^-\s][^-]{2,100}?\s*-{3,}\s*$|\bstill (?:be(?:ing)? )?(?:accepting|receiving|accepts?|receives?) (?:new |incoming |all )?(?:e-?mails?|mails?|messages)\b(?! (?:rejected|bounced|returned|refused|blocked))|\b(?:e-?mails?|mails?|messages) (?:are |is )?still (?:being )?(?:received|accepted|delivered|coming in|arriving)\b/i;
const NOT_A_REPORT = /^\s*\[(?:INCLUDES|Definition|Init)\]|\bNow you know how to\b|^\W*(?:How to|Learn how to) (?:fix|resolve|solve|troubleshoot|avoid|get rid of|deal with) (?:the |this |that |an? |these |those |your )?(?:[‘'"“`][^’'"”`]{1,80}[’'"”`] )?(?:SMTP )?(?:error|issue|problem|bounce)s?\b|\bTreat (?:SMTP )?(?:errors? |replies |bounces )?(?:code )?[45](?:\d\d|\.\d{1,3}\.\d{1,3})(?: [45]\.\d{1,3}\.\d{1,3})? as (?:a )?(?:permanent|temporary|hard|soft)\b|\b(?:watch(?:es)?|monitor(?:s)?|scan(?:s)?|search(?:es)?|pars(?:es)?|grep(?:s)?) (?:the |your |its |our |system |mail |server )*log(?:s| files?)? for\b|\b(?:say|says|read|reads|look|looks) (?:things|something|stuff) (?:like|such as)\b|\b(?:fail|ignore)regex\s*=|^\s*(?:[$#>]\s+|\[[\w.-]+@[\w.-]+ [^\]\s]{1,60}\][$#]\s*|[\w.-]+@[\w.-]+:[^\s$#]{0,60}[$#]\s*)?(?:sudo\s+)?(?:z?[ef]?grep|exigrep)(?:\s+-[\w-]+)*\s+["']|^\W*Why (?:do|does|did|would|am|is) (?:I|we|you|my|our|users?)\b.*\?\s*$|\b(?:This|The) (?:error|problem|issue) (?:can|may|might|could) (?:also )?(?:occur|happen|appear|arise)\b|^\W*If your (?:mailbox|inbox|message|e-?mail|account) (?:is|was|has|gets)\b/i;

/**
 * A help page's title about a reply code (the twenty-seventh pass: "Erreur SMTP 550 – Variations et solutions", a French hoster's
 * heading): the code, a dash and a title's words on what it means and how to fix it ("SMTP Error 550 – Causes and Solutions",
 * "Fehler 554 – Ursachen und Lösungen", "Ошибка 550 — причины и решение", "Error 421: what it means and how to fix it"), no reply.
 */
const CODE_HEADING = /^\W*(?:(?:SMTP[- ])?(?:error|erreur|Fehler|SMTP-Fehler|errore|erro|ошибка)\s+)?(?:SMTP[- ])?[45]\d\d(?:\s+[45]\.\d{1,3}\.\d{1,3})?\s*[–—:-]\s*(?:(?:(?:les |die |the |las |as |os )?(?:variations?|solutions?|causes?|fix(?:es)?|meaning|explained|signification|Ursachen?|Lösungen?|Bedeutung|Behebung|causas|soluciones|soluções|significado|причины|решени[еяй]|значение)(?![\wа-яё])[\w\sа-яё,&'’éèàöüäß-]{0,50})|(?:what (?:it|does it|this|the error) means?|how to (?:fix|solve|resolve) it|que faire|comment (?:la |le |l['’])?(?:résoudre|corriger)|was tun|wie (?:man )?(?:es |sie |ihn )?(?:beheben|lösen)|что делать|как (?:исправить|решить))(?![\wа-яё])[^\d]{0,60})\s*[?!.]?\s*$/i;

/**
 * A reader's question in Chinese or Japanese ("password是smtp授权码吧，不是qq密码？": 'the password is the SMTP authorization code,
 * isn't it, not the QQ password?'; "SMTPのパスワードはアプリパスワードですか？"): a guess about a setting, with no failure's word, reports nothing.
 */
/**
 * A reader's questions about a cause, not a report of one (test-48: "The information in this paragraph is unclear. What is the low
 * reputation of the IP addresses based on? Which IP addresses does this refer to? … How to request an exception?", a comment on a
 * provider's page): every sentence that names a cause is a question in its own right (a question word or an auxiliary first, a
 * question mark last), the others name none, and nobody tells what happened to them (no first person, no quoted message, no log's
 * "key: value"). "Why am I getting …?", "Can someone clarify what stat=Deferred: Connection refused means?" stay reports.
 */
const QUESTION_SENTENCE = /^\W*(?:What|Which|How|Why|Where|When|Who|Whom|Whose|Is|Are|Was|Were|Does|Do|Did|Can|Could|Should|Would|Will|Has|Have|And|Or|But)\b[^:=]*\?["'”)]*$/i;
function askedOnly(text: string): boolean {
  if (/\b(?:I|my|we|our|me|us)\b|[“”"«»„`:=]/i.test(text)) return false;
  const sentences = text.trim().split(/(?<=[.!?])\s+/).filter((x) => x.length > 0);
  // Each sentence is classified: a page's worth at most (a longer text is no reader's questions).
  if (sentences.length > 40 || !sentences.some((x) => QUESTION_SENTENCE.test(x))) return false;
  return sentences.every((x) => QUESTION_SENTENCE.test(x) || decideSignal({ text: x }).rule === 'fallback');
}
const CJK_QUESTION = /(?:吗|嗎|吧|呢|是不是|是否|ですか|ますか|でしょうか|のか)[^。！!？?]{0,40}[？?]\s*$/;
const FAILURE_WORD = /退信|退回|被退|显示|顯示|over quota|超出|失败|失敗|错误|錯誤|出错|報錯|报错|エラー|できません|できない|拒绝|拒絶|拒否|error|fail|refus|reject|denied|\b[45]\d\d\b/i;

/**
 * Documentation about replies rather than a reply (the thirteenth pass: dev-4's help pages and release notes): a sentence
 * that describes the shape replies take ("Rejections take the shape 550 5.7.1 [CODE] reason."); what a server does in a
 * release note or manual, with a class placeholder or a condition after the code ("MDaemon responds with a 4xx temporary
 * error to delivery attempts", "SMTP server sends 552 when account is over quota (otherwise sends 452)"); a guide's
 * introduction ("This guide will walk you through … getting your IP address unblocked"); a filter's configured reply texts
 * as its settings show them (Cisco AsyncOS's SPF settings: "Reject text: #5.7.1 SPF unauthorized mail is prohibited.",
 * "Defer text: #4.4.3 Temporary error occurred during SPF verification."); a reply class explained ("В Postfix коды 4xx — это
 * «временная» ошибка: …", a Russian blog; "5xx codes are permanent").
 */
const ABOUT_REPLIES = /\b[45]xx\b(?: (?:codes?|errors?|replies|responses))?\s*(?:(?:[—–-]\s*)?(?:это|is|are|sind|est|son|são)(?![\wа-яё])|(?:means?|indicates?|signif(?:y|ies))\b)|(?:коды?|codes?|códigos?|Codes) [45]xx\s*[—–-]\s*(?:это|is|are|sind|sont|son|são)(?![\wа-яё])|\b(?:take|takes|have|has|follow|follows) the (?:shape|form|format|pattern)(?: of)?:?\s+["“`]?[45]\d\d\b|\b(?:sends|returns|responds with|replies with|answers with|issues|gives)(?: an?| the)? (?:[45]xx\b|[45]\d\d \(?(?:when|if|whenever|instead|otherwise)\b)|^\W*(?:This|The|Our|In this) (?:guide|article|tutorial|post|page|document|section)(?: will)? (?:walks?|explains?|shows?|covers?|describes?|helps?|takes?)\b|^\s*(?:SMTP )?(?:Reject(?:ion)?|Defer(?:ral)?|Bounce|Tempfail) text:\s/i;

/**
 * An explanation of an error rather than the error (dev-4: Fastmail's help, "This error message is misleading. It actually
 * means the user '…' doesn't exist."): only for lines without a reply code and without a quoted reply ("… states the following:
 * “Message rejected under suspicion of SPAM”, this means …" still counts).
 */
// A help page's gloss that names an error and then says what it suggests or indicates ("Connection timed out suggests the
// remote server is not responding, …") explains; it reports nothing.
// A reader's reading of what an error is a sign of ("Connection timeout is a good sign your provider is filtering/blocking telnet",
// a maintainer's reply in docker-simple-mail-forwarder#42) explains too.
const EXPLANATION = /\b(?:is|are) (?:usually |often |typically |normally |generally )?(?:a |an )?(?:good |sure |clear |strong |typical |common |telltale |classic )?(?:sign|indication|indicator|symptom)s? (?:that |of )?(?:your|the|a|an|you)\b|\b(?:it|this|that)(?: (?:error|message|bounce|reply|code|response))*(?: (?:actually|really|simply|usually|normally|typically|generally|just))? means\b|^\W*[\w ()'’-]{3,60}? (?:suggests|indicates) (?:that )?(?:the |your |a )(?:remote |receiving |destination |recipient[’']s |mail |SMTP |outgoing )*(?:server|host|firewall|network|connection)\b/i;

/**
 * A block list named as a thing rather than as where we are ("Public blocklists still matter…", "your company could be
 * added to spam black lists"): the list noun alone is no listing, unless we are on or in one.
 */
const LIST_NOUN = /\b(?:block|black|deny|ban)[- ]?lists?\b/gi;
const ON_A_LIST = /\b(?:on|in|onto|into|from|off) (?:\S+ ){0,3}(?:block|black|deny|ban)[- ]?lists?\b/i;

/**
 * A check's description: what a tool matches, checks or looks up against block lists ("Matches your server IP address (…)
 * against 21 of the most common ipv4 blacklists.", Mail-in-a-box's status checks; "Checks your IP against 100+ DNSBLs"), no listing.
 */
const CHECKED_AGAINST = /\b(?:match|check|test|quer(?:y|ie)|look(?:s|ed|ing)? up|compar|scan)\w* .{0,120}?\bagainst (?:\S+ ){0,6}(?:(?:block|black|deny|ban)[- ]?lists?|DNSBLs?|RBLs?)\b/i;

/**
 * A regular expression, not a reply: a bounce classifier's or an MTA's pattern table ("^5\d\d.*www\.spamcop\.net,defer,blacklist,Sender
 * IP blacklisted", ZoneMTA's bounce rules; a filter's "/5\.7\.1 .*blocked/"): two of a pattern's escapes or wildcards (\d, \s, \w,
 * \., .*, .+, (?:), one of them a backslash's (a redaction's "[*.*.*.*]" has none) and one an escaped dot, a wildcard or a group.
 */
const PATTERN_TOKENS = /\\[dswDSW.]|\.[*+]\??|\(\?[:!=]/g;
function isPattern(text: string): boolean {
  const tokens = text.match(PATTERN_TOKENS);
  return tokens !== null && tokens.length >= 2 && tokens.some((t) => t.startsWith('\\')) && tokens.some((t) => !/^\\[dswDSW]$/.test(t));
}

/**
 * A program's message table in its source (PHPMailer's language files: "$PHPMAILER_LANG['instantiate'] = 'Impossible
 * d’instancier la fonction mail.';", "$PHPMAILER_LANG['authenticate'] = 'SMTP-Fehler: …';"): the strings a client prints,
 * not an event.
 */
const MESSAGE_TABLE = /^\s*\$[A-Za-z_]\w*(?:\[\s*['"][^'"\]]*['"]\s*\])+\s*=\s*['"]/;

/**
 * A value of a PHP var_dump without words (a contact form's dump of PHPMailer's state: 'string(6) "5.2.14"', a field's status
 * code): one field of a dumped object, no report; the object's reply, if any, is in a field with words.
 */
const DUMPED_VALUE = /^\s*(?:\[[^\]]{1,80}\]\s*=>\s*)?string\(\d+\) "[^"A-Za-z]*"\s*$/;

export function directionOf(line: string): Direction | undefined {
  // Axigen's log ("2021-03-13 21:48:06 +0100 02 Server2019 SMTP-IN:00004CFF: Authentication error for user 'x': Invalid password",
  // "… IMAP:0000A1: SSL alert remote 198.51.100.35:55001, …"; CrowdSec's Axigen parsers and test logs, a log watcher's Axigen
  // profile): its date, zone, level and host, then the service and session that wrote the record. Its server-side services (SMTP-IN,
  // IMAP, POP3, WEBMAIL, WEBADMIN, CLI, …) write about their clients: a failed login is a login against our server, whatever the
  // network (the record names no client); any other failure is inbound unless the client it names is private. SMTP-OUT, RPOP
  // (fetching from other servers), DNR (its resolver) and PROCESSING are our own side or either.
  const axigen = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} \d\d \S+ (?:SMTP-IN|IMAP|POP3|WEBMAIL|WEBADMIN|CLI|MOBILITY|DAV|FTP-BACKUP|REPORTS):[\w-]+: /.exec(line);
  if (axigen) {
    if (/^Authentication (?:error|failed) for user\b/i.test(line.slice(axigen[0].length))) return 'login';
    return isPrivateIp(/\bremote \[?(\d{1,3}(?:\.\d{1,3}){3}|[\da-fA-F]*:[\da-fA-F:]+?)\]?:\d+\b/.exec(line)?.[1]) ? undefined : 'inbound';
  }
  // The smf-* milters in front of sendmail (smf-spf's "SPF fail: ip=…, fqdn=…, helo=…, from=<…>", smf-sav's and smf-grey's records of a
  // client; test-29, smf-spf#33): a check our server made on a client sending to it, inbound unless the client is private.
  const smf = /\bsmf-\w+\[\d+\]: .{0,200}?\bip=\[?([\d.:a-fA-F]{3,}?)\]?(?:,|\s|$)/.exec(line);
  if (smf && /\b(?:(?:soft|perm|temp)?fail\w*|reject\w*|denied|invalid|refus\w*|unknown|greylist\w*)\b/i.test(line)) return isPrivateIp(smf[1]) ? undefined : 'inbound';
  // Logins to our own server: Dovecot's login processes and auth, nginx's mail proxy ("client login failed"),
  // and any "authentication failed … from/for client X" a server writes about a client.
  if (/auth|login|password/i.test(line)
    && /\b(?:imap|pop3|managesieve|submission)-login\b|\bdovecot\b|\bclient login failed\b|\bclient out: FAIL\b|\b(?:rip|client)[=:] ?[\d.:a-f]{7,}(?![\d.:a-f]|, server: )/i.test(line)) return 'login';
  // Dovecot's limit on one user's connections from one address ("Maximum number of connections from user+IP exceeded
  // (mail_max_userip_connections=20)"), as our server logs it or a proxy in front of it passes it on (test-24: Mailu's nginx "… while
  // reading response from upstream"): a client's login to our IMAP/POP3 refused. A client's own transcript of the server's tagged
  // reply ("<= 'A1 NO [UNAVAILABLE] Maximum number …'", node-imap's debug) is that client's failure.
  if (/\bMaximum number of connections from user\+IP exceeded\b/.test(line) && !/(?:^|[\s'"])(?:<=|S:)?\s*['"]?[A-Za-z]*\d+ NO \[/.test(line)) return 'login';
  // Postfix smtpd's warning about a client's failed SASL login, pasted without the program name ("warning:
  // unknown[192.0.2.7]: SASL LOGIN authentication failed: …"): a login against our server unless the client is private.
  // Also without the "warning: " (fail2ban pages quote "unknown[91.212.150.158]: SASL LOGIN authentication failed: …").
  // The literal first: the expression tries every run of name characters (quadratic on a long line without the words).
  const saslClient = line.includes(']: SASL ') ? /(?:^|[\s•>*-])[\w.-]+\[([^\]]+)\]: SASL \S+ authentication failed\b/.exec(line) : null;
  if (saslClient && !isPrivateIp(saslClient[1])) return 'login';
  // hMailServer's application log of its own spam protection refusing a client (SMTPConnection.cpp: "hMailServer
  // SpamProtection rejected RCPT (Sender: %s, IP:%s, Reason: %s)"): our server refusing a stranger, unless the client is private.
  const hmail = /\bSpamProtection rejected RCPT \(Sender: [^,]*, IP:\s*([^,)\s]*)/.exec(line);
  if (hmail) return isPrivateIp(hmail[1]) ? undefined : 'inbound';
  // Dovecot's auth process on a failed login ("auth-worker(4434): sql(user,127.0.0.1): Password mismatch"), without "dovecot" in the line.
  if (DOVECOT_PASSDB_FAILURE.test(line)) return 'login';
  // Our own server's records of clients failing to log in, in other servers' words: Plesk's saslauthd ("failed mail
  // authentication attempt for user …"), Stalwart's "smtp::inbound::auth … result=\"failed\"", Exchange's receive
  // connector ("Inbound authentication failed … for Receive connector …", event 1012), an alert on "invalid login
  // attempts made from <ip>".
  if (/saslauthd\[\d+\]/.test(line) && /fail/i.test(line)) return 'login';
  // Exim's authenticator refusing a client ("lookup_login authenticator failed for host [ip]: 501 Invalid base64 data"),
  // outside its main log's format (its debug output): a login against our server unless the client is private.
  const eximAuth = /\bauthenticator failed for (?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line);
  if (eximAuth && !isPrivateIp(eximAuth[1])) return 'login';
  // Exim's authenticator deferring a client's login ("Unable to authenticate at present (set_id=…): …": set_id is the server
  // side's name for the client's login): a login against our server (Domino's "Authentication failed for user X ; connecting
  // host …" is read below).
  if (/\bUnable to authenticate at present \(set_id=/.test(line)) return 'login';
  // Exchange's own record of a client's failed AUTH against it ("Inbound AUTH LOGIN failed because of LogonDenied", its SMTP
  // receive component; event 1035's "Inbound authentication failed with error LogonDenied for Receive connector …").
  if (/\binbound::auth\b|\bInbound authentication failed\b|\bInbound AUTH [\w-]+ failed\b|\bAuthentication failures have exceeded the maximum\b|\b(?:invalid|failed|bad|unsuccessful) (?:mail )?(?:login|logon|authentic\w*|password) attempts? (?:made )?(?:(?:from|by) \[?\d{1,3}(?:\.\d{1,3}){3}\b|for user\b)/i.test(line)) return 'login';
  // Our own mail servers' failed logins as a log watcher reads them (csf's regex.pm, waytotheweb/scripts): qmail's smtp_auth
  // on Plesk ("smtp_auth[pid]: FAILED: user - password incorrect from host [ip]"), qmail-smtpd's "AUTH failed [ip] user",
  // UW-IMAP's "ipop3d[pid]: Login failed user=… auth=… host=… [ip]", Kerio's "IMAP: Invalid password for user x. Attempt from
  // IP address y" (also "User x doesn't exist. Attempt from …"), a webmail failing to log in to our IMAP (Roundcube's "IMAP
  // Error: Login failed for u (against h) from ip. AUTHENTICATE PLAIN: …", SquirrelMail's "[LOGIN_ERROR] u from ip: Unknown
  // user or password incorrect."); Kerio's security log ("Failed IMAP login from 192.168.36.139, missing parameter in
  // AUTHENTICATE header", its administrator's guide) and SmarterMail's administrative log ("[178.216.28.19] IMAP Login failed:
  // User [x] not found").
  if (/\bsmtp_auth(?:\[\d+\])?: (?:smtp_auth: )?FAILED: \S* - password incorrect\s+from\b|\bqmail-smtpd\[\d+\]: AUTH failed \[|\b(?:Invalid password for user \S*|User \S* doesn't exist)\. Attempt from IP address\b|\bIMAP Error: Login failed for \S+ (?:against \S+ )?from\b|\[LOGIN_ERROR\] .{1,200} from \S+: Unknown user or password incorrect\b|(?:^|\]\s)Failed (?:SMTP|IMAP|POP3|HTTP|LDAP|NNTP|XMPP|ActiveSync) login from [\d.:a-fA-F]{7,}|\blfd(?:\[\d+\])?: \(\w+\) Failed [\w ]{2,20} login from\b|(?:^|\s)\[[\d.:a-fA-F]{7,}\] (?:IMAP|POP3?|SMTP|XMPP|EAS|Webmail) Login failed\b/i.test(line)) return 'login';
  // UW-IMAP's imapd and ipop3d (imapd.c, ipop3d.c: "Login failed user=%s auth=%s host=%s", "AUTHENTICATE %s failure host=%s",
  // "Login excessive login failures user=…",
  // "Login disabled user=…" when plaintext logins are off without TLS; fail2ban's uwimap-auth
  // filter and test log): a client failing to log in to our server, unless the client sits on a private network.
  const uw = /\b(?:ipop3d|imapd)\[\d+\]: (?:Login (?:failed|excessive login failures|disabled) user=|AUTHENTICATE [\w-]+ failure host=).{0,300}? \[([\d.:a-fA-F]{3,})\]\s*$/.exec(line);
  if (uw) return isPrivateIp(uw[1]) ? undefined : 'login';
  // vpopmail's vchkpw ("vchkpw-pop3: password fail (pass: '…') user@domain:ip"): a login against our server unless the client is private.
  if (VCHKPW_FAILURE.test(line)) return isPrivateIp(/:([\d.]{7,15}|[\da-fA-F:]*:[\da-fA-F]+)\s*$/.exec(line)?.[1]) ? undefined : 'login';
  // A Kopano/Zarafa gateway refusing a plaintext login before TLS ("Aborted login from [ip] with username "x" (tried to use disallowed
  // plaintext auth)", its gateway's IMAP and POP3 code): a login against our server unless the client is private.
  const aborted = /\bAborted login from \[?([\d.:a-fA-F]{3,}?)\]? with(?:out)? username\b/.exec(line);
  if (aborted) return isPrivateIp(aborted[1]) ? undefined : 'login';
  // Courier's IMAP/POP3 servers ("imapd: LOGIN FAILED, user=…, ip=[…]") and Cyrus's ("imap[pid]: badlogin: host [ip] …",
  // also pop3 and sieve): a client failing to log in to our server.
  if (/:\s+LOGIN FAILED, user=|\bbadlogin: /.test(line)) return 'login';
  // Older Courier login daemons name only the client ("courierpop3login: LOGIN FAILED, ip=[::ffff:193.68.217.36]", "imaplogin: …",
  // OSSEC's courier log samples; test-26), newer ones the mechanism first ("pop3d-ssl: LOGIN FAILED, method=PLAIN, user=…,
  // ip=[::ffff:…]"): a login against our server unless the client is private (our own webmail).
  const courierLogin = /:\s+LOGIN FAILED, (?:method=\S+, )?(?:user=[^,]*, )?ip=\[(?:::ffff:)?([^\]]+)\]/.exec(line);
  if (courierLogin) return isPrivateIp(courierLogin[1]) ? undefined : 'login';
  // spamdyke in front of qmail (its "DENIED_… from: … origin_ip: ip …" and "FAILED_AUTH from: …" records, rules.ts SPAMDYKE): a
  // refused or missing login is a login against our server, any other refusal inbound, unless the client is private.
  const spamdyke = /\b(DENIED_\w+|FAILED_AUTH) from: .{0,400}?\borigin_ip: ([\d.:a-fA-F]{3,})/.exec(line);
  if (spamdyke) return isPrivateIp(spamdyke[2]) ? undefined : /^(?:FAILED_AUTH|DENIED_AUTH_REQUIRED)$/.test(spamdyke[1]!) ? 'login' : 'inbound';
  // Lotus Domino's server log of a client failing to log in to it ("SMTP Server: Authentication failed for user postmaster ;
  // connecting host 1.2.3.4"; its other form "smtp: postmaster [1.2.3.4] authentication failure using internet password", also for
  // its POP3, IMAP, LDAP and HTTP tasks; fail2ban's domino-smtp test log): a login against our server unless the client is private.
  const domino = /\bAuthentication failed for user .{0,200}?; connecting host \[?([\d.:a-fA-F]{7,})|\b(?:smtp|pop3|imap|ldap|http): .{1,120}? \[([\d.:a-fA-F]{7,})\] authentication failure using internet password\b/i.exec(line);
  if (domino && !isPrivateIp(domino[1] ?? domino[2])) return 'login';
  // Kerio Connect's security log of its SMTP server turning a client away ("IP address 112.140.49.130 found in DNS blacklist
  // UCEProtect1, mail from <…> to <…>", "Client with IP address … has no reverse DNS entry, connection rejected before SMTP greeting",
  // "Message from IP address …, sender <…> rejected: sender domain does not exist", "Relay attempt from IP address …", "Attempt to
  // deliver to unknown recipient <…>, from <…>, IP address …", "SMTP Spam attack detected from …"; fail2ban's kerio filter and test
  // log): our server refusing a stranger unless the client is private.
  const kerio = /(?:^|\]\s)(?:IP address ([\d.:a-fA-F]{7,}) found in DNS blacklist\b|Client with IP address ([\d.:a-fA-F]{7,}) has no reverse DNS entry\b|Message from IP address ([\d.:a-fA-F]{7,}), sender \S* rejected:|Relay attempt from IP address ([\d.:a-fA-F]{7,})|Attempt to deliver to unknown recipient \S*, from \S*, IP address ([\d.:a-fA-F]{7,})|SMTP Spam attack detected from ([\d.:a-fA-F]{7,}))/.exec(line);
  if (kerio && !isPrivateIp(kerio.slice(1).find((ip) => ip !== undefined))) return 'inbound';
  // Its refusal of a login to its administration ("Administration login into Web Administration from 170.178.167.136 failed: IP address
  // not allowed"): a login against our server, whatever the network.
  if (/(?:^|\]\s)Administration login into [\w ]{2,40} from \S+ failed\b/.test(line)) return 'login';
  // ASSP (the anti-spam SMTP proxy in front of our server) logs a client's address after its date and bracketed tags ("Apr-27-13
  // 02:25:10 [SSL-out] 217.194.197.97 max sender authentication errors (5) exceeded -- dropping connection - after reply: 535 …",
  // "Jul-29-16 16:49:52 m1-25391-06124 [Worker_1] [TLS-out] [RelayAttempt] 0.0.0.0 <…> to: … relay attempt blocked for: …", fail2ban's
  // assp test log): its verdict on a client, a login when authentication failed, inbound otherwise, unless the client is private.
  const assp = /^[A-Z][a-z]{2}-\d\d-\d\d \d\d:\d\d:\d\d (?:[\w-]+ )?(?:\[[^\]]*\] )*(?:Blocking )?(\d{1,3}(?:\.\d{1,3}){3}|[\da-fA-F]*:[\da-fA-F:]+) /.exec(line);
  if (assp && !isPrivateIp(assp[1])) return /\b(?:authentication|AUTH) (?:errors?|fail\w*)\b/i.test(line) ? 'login' : 'inbound';
  // OpenDMARC's required-headers verdict ("RFC5322 requirement error: not exactly one From field") is our milter judging a message our
  // server received.
  if (/\bRFC ?5322 requirement error: (?![^;"]*;\s*accepting\b)/i.test(line)) return 'inbound';
  // Courier's SMTP server refusing a client ("courieresmtpd: error,relay=::ffff:ip,from=<…>,to=<…>: 550 User unknown.")
  // and qmail's rblsmtpd turning one away ("rblsmtpd: ip pid n: 451 …"): inbound unless the client is ours (private).
  // Its refusal of a client's AUTH ("courieresmtpd: error,relay=::ffff:ip,msg=\"535 Authentication failed.\",cmd: <base64>", fail2ban's
  // courier-smtp test log) is a login against our server.
  const courier = /\bcourieresmtpd: error,relay=(?:::ffff:)?([^,]+),/.exec(line);
  if (courier && !isPrivateIp(courier[1])) return /,msg="53[05]\b|,cmd: AUTH\b/.test(line) ? 'login' : 'inbound';
  if (/\brblsmtpd(?:\[\d+\])?: [\d.:a-fA-F]+ pid \d+: [45]\d\d\b/.test(line)) return 'inbound';
  // XMail's SMTP log: its server's verdict on a client in a status field ("RCPT=ERELAY", "SNDRIP=ERDNS", "RCPT=EFULL";
  // SMTPSvr.cpp), a refused login as "AUTH=EFAIL".
  if (/(?:^|[\s|"])AUTH=EFAIL\b/.test(line)) return 'login';
  // sendmail's own verdict on a client in its log's fields ("ruleset=check_rcpt, arg1=<…>, relay=…, reject=550 5.7.1 …",
  // a line whose "reject=" leads when pasted alone): our server refusing.
  if (/(?:^|[\s,])reject=[45]\d\d\b/.test(line)) return 'inbound';
  if (/(?:^|[\s|"])(?:SNDRIP|SNDR|MAIL|RCPT|RECV|DATA|ETRN)=E[A-Z]{3,7}\b/.test(line)) return 'inbound';
  // An IMAP server's tagged answer to a client's login ("a1 NO [AUTHENTICATIONFAILED] Authentication failed."): a login.
  if (/^\W*\w+ NO \[(?:AUTHENTICATIONFAILED|AUTHORIZATIONFAILED)\]/.test(line)) return 'login';
  // OpenSMTPD's session events ("smtp event=failed-command command="AUTH PLAIN …" result="503 …""): its own server
  // refusing a client's command; a refused AUTH is a login against our server.
  // OpenSMTPD 6.6 and later write the same event without "event=" ("c1a89cb774083905 smtp failed-command command="AUTH
  // LOGIN" result="503 5.5.1 …"", "… command="RCPT TO:<…> " result="550 Invalid recipient: <…>"", smtp_session.c).
  if (/\bsmtp (?:event=)?failed-command command="?AUTH\b/.test(line)) return 'login';
  // Its record of a client's login that failed ("smtp authentication user=admin result=permfail", "smtp event=authentication
  // user=… address=… host=… result=permfail", smtp_session.c's report): a login against our server.
  if (/\bsmtp (?:event=)?authentication user=\S*.{0,200}?\bresult=permfail\b/.test(line)) return 'login';
  if (/\bsmtp (?:event=)?failed-command\b/.test(line)) return 'inbound';
  // OpenSMTPD's "smtp-in" process and MailEnable's SMTP-Activity log (its "SMTP-IN" column), not a host name such as
  // Google's gmail-smtp-in.l.google.com.
  if (/(?<![\w.-])smtp-in\b(?![.-])/i.test(line)) return 'inbound';
  // Its smtp-in process's note that a client sent a command it did not take ("received invalid command: \"RCPT TO:<…>\"",
  // OpenSMTPD/OpenSMTPD#682, test-30), pasted without the "smtp-in: session …:" before it: a server receives commands, a client
  // never does.
  if (/\breceived invalid command\b/i.test(line)) return 'inbound';
  // Haraka's own verdict on a client's recipient or sender ("[core] recipient <…> code=DENYSOFT"): our server refusing.
  if (/\[core\] (?:recipient|sender|mail from|rcpt)\b.{0,200}\bcode=DENY/i.test(line)) return 'inbound';
  // Its plugins' results on a client's connection ("[core]  hook=connect plugin=dns-list function=onConnect params=\"\" retval=DENY
  // msg=\"host [1.2.3.4] is listed on zen.spamhaus.org\"", "hook=rcpt plugin=rcpt_to.in_host_list … retval=DENY msg=\"I cannot deliver
  // mail for <…>\"", plugins.js's hook log; Haraka users' pasted logs): our server refusing a client. Its outbound deliveries log under
  // [outbound].
  if (/\[core\]\s+hook=(?:connect|lookup_rdns|helo|ehlo|mail|rcpt|rcpt_ok|data|data_post|unrecognized_command|auth|max_data_exceeded)\w* plugin=\S+ .{0,300}?\bretval=DENY\w*/.test(line)) return 'inbound';
  // amavis's verdict on a message passing our own MTA ("amavis[pid]: (id) Blocked SPAM {DiscardedInbound,Quarantined}, …",
  // before 2.7 without the braces): our filter refusing mail that came in; {…Outbound…} is our own users' mail going out.
  if (/(?:\bamavisd?(?:-new)?\[\d+\]: \([\w-]+\) |^\W*)Blocked (?:SPAM|SPAMMY|INFECTED|BANNED|BAD-HEADER|UNCHECKED|MTA-BLOCKED|OVERSIZED)\b/.test(line) && !/\{\w*?Outbound\b/.test(line)) return 'inbound';
  // postgrey's verdict on a client ("postgrey[1147]: action=greylist, reason=new, client_name=…, client_address=…", its
  // policy-server log line; log parsers' tests and mail-statistics scripts match it, also with the "early-retry (10s
  // missing)" reason): our own server greylisting a stranger.
  if (/(?:^|[\s:])action=greylist, reason=/.test(line)) return 'inbound';
  // macOS Server's greylisting policy (its greylist.py: "Temporary message rejection to: <rcpt> from: <sender> sent from: [ip] for: 60
  // seconds due to greylisting", Apple's and admins' pages, test-27): our own server greylisting a client, a stranger unless private.
  const appleGrey = /\bTemporary message rejection to: .{0,200}? sent from: \[([^\]]*)\]/.exec(line);
  if (appleGrey && !isPrivateIp(appleGrey[1])) return 'inbound';
  // rmilter's summary of a message its MTA received ("rmilter[pid]: <id>; msg done: queue_id: …; ip: …; from: <…>; rcpt: <…>; user:
  // unauthorized; spam scan: greylisted, action: greylist; …", rmilter's log_msg): our own milter greylisting or refusing mail that
  // came in from a stranger; "user: <login>" is one of our own users sending.
  if (/\brmilter\[\d+\]: .{0,400}\bmsg done: .{0,600}\baction: (?:greylist|reject)\b/.test(line) && !/;\s*user: (?!unauthorized\b)[^;\s]/.test(line)) return 'inbound';
  // Plesk's mail handlers on its own MTA ("call_handlers: DEFER during call '/usr/local/psa/handlers/info/05-grey-…/executable'
  // handler", its greylisting; the SPF, DKIM, spam and antivirus checks the same way): our server holding or refusing mail that came in.
  // Its other programs write the same verdict under their own names ("/usr/lib64/plesk-9.0/psa-pc-remote[23076]: REJECT during call 'spf'
  // handler", "postfix-local[5483]: … during call 'dd52-domainkeys' handler", a Plesk KB on SPF rejections; test-26), and its DMARC filter
  // its own ("dmarc[5485]: DMARC: REJECT message for john.doe@example.com"; QUARANTINE likewise): mail that came in.
  // A hoster's page that glosses a reply of its own filter for the customers receiving mail ("554 5.7.2 Service denied, … --- It means the
  // sender mailserver ip address is blocked by our ASSP Antispam …", "… --- It means the sender failed the spam filters …", "451 4.7.1
  // Please try again later --- … If you have delaying filter activated this error is the way it works"; test-38): the refused party is
  // "the sender", a stranger, and the filter the reader's: inbound.
  if (/(?:---|—|–)\s*(?:It|This) means (?:that )?the sender(?:[’']s)? (?:mail ?server|server|IP|failed|is|was|has)\b|\bIf you have (?:the )?(?:delaying|greylisting|grey-?listing) filter (?:activated|enabled|on)\b/i.test(line)) return 'inbound';
  // The verdict alone at the start of its line, as Plesk's KB quotes it ("DEFER during call 'grey' handler", test-38), likewise; and its
  // check-quota handler (the recipient mailbox's quota on mail that came in). Its limit-out handler is our own user's outgoing limit.
  if (/(?:(?:\bcall_handlers|(?:^|[\s/])[\w.-]+(?:\[\d+\])?): |^\W*)(?:DEFER|REJECT|DISCARD) during call '[^']*(?:grey|spf|dmarc|dkim|domainkeys|spam|rbl|virus|drweb|kav|check-quota)[^']*'/i.test(line)) return 'inbound';
  if (/\bdmarc(?:\[\d+\])?: (?:[0-9A-F]{6,}: )?DMARC: (?:REJECT|QUARANTINE) message for\b/.test(line)) return 'inbound';
  // Policy daemons of our own MTA judge mail coming in (postfix-policyd-spf-python, policyd-spf, policyd-weight).
  if (/\bpolicyd-(?:spf|weight)(?:-perl)?\[\d+\]/.test(line)) return 'inbound';
  // Kerio's security log about mail that came in ("Found virus in mail from <…> to <…>:W32/Netsky.p@MM", "Message from <…> to
  // <…> rejected by spam filter: score 9.74, threshold 5.00", its administrator's guide); SmarterMail's SMTP log of what its
  // server answers a client ("[40.92.9.51][42846260] rsp: 451 Greylisted, …"; "cmd:" lines are the client's); Haraka's protocol
  // log of its own connection's answer ("[PROTOCOL] [uuid.1] [core] S: 550 …", connection.respond; the replies its queue
  // plugins and outbound get are logged under their own names).
  if (/(?:^|\]\s?)(?:Found virus in mail from ?<|Message from <[^>]*> ?to <[^>]*> rejected by spam filter\b)/.test(line)) return 'inbound';
  if (/\[[\d.:a-fA-F]{7,}\]\[\w+\] rsp: [45]\d\d\b/.test(line)) return 'inbound';
  if (/\[PROTOCOL\] \[[\w.-]+\] \[core\] S: [45]\d\d\b/.test(line)) return 'inbound';
  // s/qmail's (SpamControl's) qmail-smtpd logs its own verdict on a client as "Reject::TYPE::Condition" (qmail-smtpd.c's err_*
  // calls: "Reject::RCPT::Failed_Rcptto", "Reject::SNDR::Invalid_Relay", "Reject::DATA::Spam_Message"; its LOGGING file's
  // table): our server refusing a client; a refused AUTH ("Reject::AUTH::…", "Reject::ORIG::Failed_Auth") a login.
  if (/\bReject::(?:AUTH|Auth)::|\bReject::ORIG::(?:Failed|Missing|Require)_Auth\b/.test(line)) return 'login';
  if (/\bReject::(?:SNDR|ORIG|RCPT|DATA|SMTP|SPF|TLS)::\w/.test(line)) return 'inbound';
  // qmail-smtpd's chkuser patch ("CHKUSER rejected rcpt: from <sender:remoteinfo:identify> remote <helo:host:ip> rcpt <…> :
  // not existing recipient", its documented logging format, also "rejected relaying", "mbx overquota", "must auth", "rejected
  // intrusion"): our server refusing a client, a stranger unless its ip is private.
  const chkuser = /\bCHKUSER (?:rejected \w+|intrusion threshold|mbx overquota|must auth|no auth resource): from <[^>]*> remote <[^>:]*:[^>:]*:([^>]*)>/.exec(line);
  if (chkuser && !isPrivateIp(chkuser[1])) return 'inbound';
  // Exchange's protocol log (CSV: date-time, connector-id, session-id, sequence-number, local-endpoint, remote-endpoint, event,
  // data): in its SmtpReceive log ">" is what our server sent a client ("…,10.0.1.5:25,40.107.19.96:54368,>,550 5.7.1 Unable
  // to relay,", a forum's paste), a refused AUTH a login; its SmtpSend log has the remote server's replies under "<". A client
  // on a private network is one of our own applications.
  const exchangeReply = /^\d{4}-\d\d-\d\dT[\d:.]+Z,[^,]*,[0-9A-F]{16},\d+,[^,]*,\[?([^,\]]*?)\]?:\d+,>,([45]\d\d)\b/.exec(line);
  if (exchangeReply && !isPrivateIp(exchangeReply[1])) return exchangeReply[2] === '535' || (exchangeReply[2] === '530' && /\bauth/i.test(line)) ? 'login' : 'inbound';
  // Zimbra's audit log of a failed login against it ("security - cmd=Auth; account=…; protocol=pop3; error=authentication
  // failed for […], invalid password;", an audit parser's test and a hardening guide).
  if (/\bsecurity - cmd=Auth\w*; .{0,300}\berror=authentication failed\b/.test(line)) return 'login';
  // Postfix smtpd's reject pasted without its program name ("NOQUEUE: reject: RCPT from host[ip]: 550 …"): our server
  // refusing a client, a stranger unless it sits on a private network.
  // A client whose name and address were redacted ("RCPT from <redacted>: 554 …") is a stranger too; cleanup's milter verdict
  // ("QID: milter-reject: END-OF-MESSAGE from host[ip]: 5.7.23 …") likewise.
  // A help page that quotes the record after a label ("- Postfix log: `reject: RCPT from ...: 550 5.1.1 …`", test-16) likewise.
  // A page that cuts the queue id off ("milter-reject: DATA from mail.example.com[203.0.113.2]: 451 4.7.1 …", a Plesk KB) likewise.
  // A redaction that leaves a space before the bracket ("RCPT from <EMAIL [IP]: 450 …") is a stranger too, and one that leaves none
  // after "from" ("milter-reject: DATA from[x.x.x.58]: 451 4.7.1 …", a Plesk KB, test-38).
  const noqueue = /(?:\b(?:NOQUEUE|[0-9A-Za-z]{5,}): |^\W*|[`'"“(]\s*)(?:milter-)?reject: [A-Z-]+ from ?(?:[^\s[]*\[([^\]]+)\]|<redacted>|<[A-Z_]+ \[[A-Z_]+\]|\S+:)/.exec(line);
  if (noqueue && postfixTag(line) < 0 && !isPrivateIp(noqueue[1])) return 'inbound';
  // The same record quoted from its command on, without "reject:" ('Postfix "RCPT from unknown: 550 5.7.25 Client host rejected: cannot
  // find your hostname"', a French forum, test-27; "RCPT from unknown[192.0.2.9]: 554 5.7.1 …"): only Postfix's smtpd writes "<COMMAND>
  // from <client>: <reply>", about a client of our server.
  const smtpdVerdict = /(?:^|[\s`'"“(])(?:RCPT|MAIL|DATA|END-OF-MESSAGE|CONNECT|EHLO|HELO|VRFY|ETRN|BDAT) from (?:[^\s[:]*\[([^\]]+)\]|[\w.-]+|<redacted>): [45]\d\d[ -]/.exec(line);
  if (smtpdVerdict && postfixTag(line) < 0 && !isPrivateIp(smtpdVerdict[1])) return 'inbound';
  // A milter's verdict whose client a page elided ("milter-reject: END-OF-MESSAGE ... 4.7.1 Try again later", test-26): only our own
  // Postfix writes milter-reject, about mail a client is handing it, so it is inbound when no client is named.
  if (/(?:^|[\s`'"(])milter-reject: [A-Z-]+ (?!from\b)/.test(line) && postfixTag(line) < 0) return 'inbound';
  // Exim's record of a client's bad command on our server ("SMTP protocol error in "AUTH LOGIN" H=(x) [ip] … AUTH command
  // used when not advertised"): a stranger's chatter unless the client sits on a private network.
  const eximClient = /\bSMTP (?:protocol|syntax) error in "[^"]*" H=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line);
  if (eximClient && !isPrivateIp(eximClient[1])) return 'inbound';
  // Exim as a server: its verdict on a client host ("H=[192.0.2.1] F=<…> rejected RCPT <…>: relay not permitted",
  // "rejected HELO from [192.0.2.1]: syntactically invalid argument(s)", also behind its test transcripts' "LOG: "),
  // its reverse lookup of a client ("no host name found for IP address …") and the replies it sends in its debug
  // output ("SMTP>> 550 relay not permitted"): our server refusing a stranger unless it sits on a private network.
  const eximVerdict = /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\].{0,300}?\b(?:rejected (?:RCPT|MAIL|HELO|EHLO|after DATA|DATA|connection)|sender verify fail(?:ed)? for)\b|\brejected (?:HELO|EHLO) from (?:\S+ )?\[([^\]]+)\]/.exec(line);
  if (eximVerdict && !isPrivateIp(eximVerdict[1] ?? eximVerdict[2])) return 'inbound';
  // Its protocol synchronization error ("SMTP protocol synchronization error (input sent without waiting for greeting): rejected
  // connection from H=[ip] input=…"): a client of our server that spoke too early (a TLS client on a plain port, a spammer),
  // a stranger unless it sits on a private network; the bracketed reason alone names a client of ours too.
  const eximSync = /\bsynchroni[sz]ation error\b.{0,200}?\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line);
  if (eximSync ? !isPrivateIp(eximSync[1]) : /\((?:input sent without waiting for greeting|next input sent too soon\b[^)]*)\)/.test(line)) return 'inbound';
  // Its reverse lookup of a connecting client is about a client, whichever network it is on.
  if (/\bno host name found for IP address\b/.test(line)) return 'inbound';
  // Exim as a TLS server failing to write to its client ("SSL_write: (from [ip]) syscall: Broken pipe": tls-openssl.c logs
  // it with sender_fullhost, the client's host) and its TLS error about a client ("TLS error on connection from …"),
  // outside its main log's format: about a client of our server, unless the client sits on a private network.
  const eximTlsClient = /\bSSL_write: \(from [^()[\]]*\[([^\]]+)\]\) syscall:|\bTLS error on connection from (?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line);
  if (eximTlsClient && !isPrivateIp(eximTlsClient[1] ?? eximTlsClient[2])) return 'inbound';
  if (/(?:^|\s)SMTP>> [45]\d\d\b/.test(line)) return 'inbound';
  if (EXIM_LOST_INPUT.test(line)) return 'inbound';
  // MailEnable's SMTP log verdicts ("ME-I0112: Relay Denied: …"); hMailServer's log of what its server sent a client
  // ("SENT: 554 …"; its client side logs replies as "RECEIVED: …").
  if (/\bME-[A-Z]\d{4}:.{0,80}\b(?:Denied|Rejected|Refused|Blocked)\b/i.test(line)) return 'inbound';
  // A refused login there ("SENT: 535 Authentication failed. Restarting authentication process.", "SENT: 530 SMTP authentication is
  // required." without relaying; its IMAP and POP3 servers' "SENT: A001 NO Invalid user name or password." and "SENT: -ERR Invalid user
  // name or password. …") is a login against our server, as in Exchange's receive log below.
  const hmailSent = /(?:^|[\s"'`])SENT: (?:([45]\d\d)\b|\S+ NO (?=Invalid user name or password|Authentication failed)|-ERR (?=Invalid user name or password|Authentication failed))/.exec(line);
  if (hmailSent) return !hmailSent[1] || hmailSent[1] === '535' || (hmailSent[1] === '530' && /\bauth/i.test(line) && !/\brelay/i.test(line)) ? 'login' : 'inbound';
  // A server logging the HELO/EHLO argument a client sent it (Apache James: "Invalid EHLO argument received: …"): inbound.
  if (/\b(?:HELO|EHLO) argument received\b/i.test(line)) return 'inbound';
  // A server logging the replies it writes to its clients (go-guerrilla's "Writing response to client: …"): inbound.
  if (/\bresponse to client\b/i.test(line)) return 'inbound';
  // The SMTP logs a hosting platform shows its customers (SureSupport, ICDSoft, WebInstinct: "2021-03-09 11:10:37, from, …", "…, to, …",
  // "…, resp, 554 "Refused. You have no reverse DNS entry. …"", its "Mail Logs Format" page): "resp" is what our server answered the
  // client that delivered to our mailboxes, so a refusal there is inbound.
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d, resp, [45]\d\d\b/.test(line)) return 'inbound';
  // Postal's SMTP server log of the replies it writes to a client ("[smtp.1:24380] [2018-04-02T19:06:43.431] DEBUG -- : [QZXWRG] =>
  // 502 Invalid/unsupported command"; "<=" is what the client sent): our server refusing a client.
  if (/\[[A-Z0-9]{6}\] => [45]\d\d\b/.test(line)) return 'inbound';
  // Apache James's SMTP server refusing a client's SIZE (its MailSizeEsmtpExtension and older SizeLimitedSMTPHandler: "Rejected message
  // from <sender> to <client ip> of size N exceeding system maximum message size of M based on SIZE option", older "… from host h (ip)
  // …"; test-26): our server refusing a stranger unless the client is private.
  const james = /\bRejected message from .{0,300}?(?: to ([\d.:a-fA-F]{3,}) of size \d+| from host \S* \(([^)]*)\).{0,40}?) exceeding system maximum message size of\b/.exec(line);
  if (james && !isPrivateIp(james[1] ?? james[2])) return 'inbound';
  // FortiMail's history (statistics) log: its verdict on a message it received, with its own direction field; a refusing disposition
  // ("disposition=\"Delay\",classifier=\"Session Limits\"", elastic's fortinet_fortimail test log; test-26) is our gateway turning a
  // client away, unless it marks the mail as going out.
  if (/\bdevice_id="?FE\w+"?,.{0,200}\btype="?statistics"?,/.test(line) && /\bdisposition="?(?:Reject|Delay|Discard|Quarantine|System Quarantine|Defer)/i.test(line) && !/\bdirection="?out"?\b/.test(line)) return 'inbound';
  // FortiMail's event log of a failed login to it ("msg=\"WebMail: Login for 'x' from 10.212.128.53 failed\""): a login unless private.
  const fortiLogin = /\bLogin for '[^']*' from ([\d.:a-fA-F]{3,}) failed\b/.exec(line);
  if (fortiLogin) return isPrivateIp(fortiLogin[1]) ? undefined : 'login';
  // pypolicyd-spf's verdict on a client (the Received-SPF field it prepends, in its own form "Received-SPF: Permerror (mailfrom)
  // identity=mailfrom; client-ip=1.1.1.1; …", as it logs it with its action, SEKOIA's decoder tests): about mail that came in, unless
  // the client sits on a private network. Another receiver's field on our own message ("Received-SPF: fail (google.com: …)") is not this.
  const spfClient = /\bReceived-SPF: \w+ \((?:mailfrom|helo)\) identity=(?:mailfrom|helo);.{0,300}?\bclient-ip=([\d.:a-fA-F]{3,})/.exec(line);
  if (spfClient && !isPrivateIp(spfClient[1])) return 'inbound';
  // amavis's per-recipient white/blacklists ("wbl: (LDAP) recip <r> blacklisted sender <s>", also (SQL)): a recipient of ours
  // refusing a sender, mail that came in.
  if (/\bwbl: \(\w+\) recip <[^>]*> blacklisted sender\b/.test(line)) return 'inbound';
  // A forwarding service's table of failed deliveries that names the row's kind (addy.io's "| an hour ago | Inbound rejection | alias |
  // recipient | sender | remote MTA | 554 5.1.8 … |", test-24): its server refused mail that came in for an alias.
  if (/(?:^|\|)\s*Inbound (?:rejection|reject(?:ed)?)\s*\|/i.test(line)) return 'inbound';
  // emersion/go-smtp's server error log (its default ErrorLog: log.New(os.Stderr, "smtp/server ", log.LstdFlags), as PMail, maddy's
  // forks and other Go servers keep it: "smtp/server 2024/01/22 03:33:11 handler error: tls: first record does not look like a TLS
  // handshake", PMail#69, test-23): the library serves clients only, so its errors are about a client of our server.
  if (/^\W*smtp\/server \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /.test(line)) return 'inbound';
  // maddy's own endpoints ("smtp: RCPT error {…}", "submission: DATA error {…}"): our server refusing a client's command.
  if (/^(?:\S+\s+)?(?:smtp|submission|lmtp): (?:MAIL|RCPT|DATA|AUTH|BDAT)\w* error\s+\{/.test(line)) return 'inbound';
  // The fiftieth pass (test-43): mail security gateways' and filters' verdicts on mail that comes in to us, unless a client of our own
  // network is named. amavis's discard reply to the MTA, as its Blocked line above; FortiGate's email filter log ("service=SMTP
  // status=detected msg=…"); Sophos Email's rejection codes (XGEMAIL_0004 …); a firewall's mail log with the client's address
  // ("action=reject rule=RBL-Block source_ip=…", Sophos XGS); Isode M-Switch's events about "the calling address"; SpamExperts' check
  // of the recipient at the server it protects ("Recipient address rejected by destination"); SmarterMail's filter that deleted a
  // delivery; a virus scanner's quarantine of a message "sent by … to …"; a gateway's help that blames the sender's IP or mail server.
  if (AMAVIS_DISCARD.test(line)) return 'inbound';
  if (/\bservice="?SMTPS?"?[\s,].{0,200}\bstatus="?detected\b/i.test(line)) return 'inbound';
  if (/\bXGEMAIL_\d{4}\b/.test(line)) return 'inbound';
  const gatewayClient = /\baction="?reject"?[\s,].{0,300}?\bsource_ip="?([\d.:a-fA-F]{3,})/.exec(line);
  if (gatewayClient && !isPrivateIp(gatewayClient[1])) return 'inbound';
  if (/\b(?:for|from) the calling address\b|\bRecipient address rejected by (?:the )?destination\b|\bhas completed \(Deleted\) Filter: (?!None\b)|\bsent by \S+ to \S+ has been (?:stored|moved|placed) (?:in|to|into) (?:the )?(?:archive|quarantine)\b/i.test(line)) return 'inbound';
  if (!/\b[45]\d\d\b/.test(line) && /\bbecause the sender[’']s (?:mail ?server[’']s )?IP(?: address)? is (?:listed|blocked|blacklisted)\b|\bThe IP (?:that )?the (?:e-?mail|message) was sent from\b|\bfrom the sending mail ?server\b/i.test(line)) return 'inbound';
  return undefined;
}

/**
 * qmail-send's delivery report, in its log and in its bounces, writes the reply's spaces as underscores and its line breaks
 * as slashes ("delivery 9: success: 1.2.3.4_accepted_message./Remote_host_said:_250_ok_…/", "81.228.8.84_does_not_like_recipient.
 * /Remote_host_said:_553_RCPT_TO:<…>_refused/Giving_up_on_81.228.8.84./", "deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_
 * connection._(#4.4.1)/", a Polish hoster's translated "_Zdalny_host_odpowiedzial:_500_No_such_user/Giving_up_on_…"): a run
 * without spaces that carries a reply code, a qmail status "(#4.4.1)" or its "Giving_up_on_" between underscores is read with
 * spaces.
 */
const QMAIL_RUN = /\S*_\S*_\S*_\S*/g;
const QMAIL_MARK = /_[2-5]\d\d_|\(#[245]\.\d{1,3}\.\d{1,3}\)|Giving_up_on_|_said:_|_does_not_like_|_accepted_message\./;
function qmailSpaces(text: string): string {
  if (!text.includes('_') || !QMAIL_MARK.test(text)) return text;
  return text.replace(QMAIL_RUN, (run) => (QMAIL_MARK.test(run) ? run.replace(/_/g, ' ') : run));
}

/**
 * The rules of sending services' APIs (Amazon SES, Postmark, Mandrill): their refusals reach us inside HTTP clients' errors (the AWS
 * SDK's Guzzle 'Error executing "SendEmail" … resulted in a `400 Bad Request` response: … MessageRejected (client): Email address is
 * not verified.'), which NOT_SMTP would otherwise take for a web request's line.
 */
const SERVICE_API_RULE = /^(?:ses|postmark|mandrill|api|sparkpost)\./;
/**
 * The forty-fourth pass (test-39): an application's own words that its mail failed, inside an HTTP error it returned (Supabase
 * Auth's 'AuthException(message: {…"message":"Error sending confirmation email"}, statusCode: 500, …)'): the HTTP status is the
 * API's answer, the words are the mail's failure (client.send-failed, refused.no-cause), read despite NOT_SMTP. Cheap test first.
 */
// The words after the noun too ("Sending mail failed. Please verify the mail server configuration", Bitbucket's mail log behind its
// HTTP request line, test-41; the forty-sixth pass).
const SEND_FAILED_WORDS = /\b(?:error|fail\w*|unable to|could ?n[o’']t|can ?not)\b[^"{}]{0,12}\bsend(?:ing)?\b[^"{}]{0,30}\b(?:e-?mails?|mails?)\b|\bsend(?:ing)? (?:the |an? )?(?:test )?(?:e-?mails?|mails?) (?:has )?failed\b/i;
const SEND_FAILED_RULES = new Set(['client.send-failed', 'refused.no-cause']);
/** Whether a line that reads as a web request's status is a sending service's API refusal or an application's failed send all the same. */
function apiOrSendFailure(text: string): boolean {
  const rule = decideSignal({ text }).rule;
  return (SERVICE_API_HINT.test(text) && SERVICE_API_RULE.test(rule)) || (SEND_FAILED_WORDS.test(text) && SEND_FAILED_RULES.has(rule));
}
/** Cheap test first (web servers' access lines are NOT_SMTP by the thousand): the services' names or their error fields. */
const SERVICE_API_HINT = /amazonaws\.com|\b(?:SES|SESv2|Postmark|Mandrill|mandrillapp|SendGrid|Mailgun|Mailjet|Brevo|Sendinblue|SparkPost|Resend)\b|python_http_client|MessageRejected|reject_reason|ErrorCode/i;

/**
 * A help page naming the one error it is about ("If you see an error like “554 5.7.1 Service unavailable; Client host […] blocked …”
 * this error message is displayed because …", Gandi; "If you encounter the error x509: certificate signed by unknown authority, it
 * means …", gomail's docs; "If you receive an error message of the type 550 Rejected: listed at … then …"): the error it quotes is
 * read as the failure, as a reader of the page would file it. Only "an"/"the" error (one error, quoted or up to the sentence's
 * "it means" / "then"); "errors such as …" and "this error" name none.
 */
const IF_YOU_SEE = /^\W*If you(?:[’']re| are)? (?:see|get|receiv|encounter|run into|come across)\w* (?:an|the) (?:error|error message|bounce|bounce message|message|reply|response)(?: (?:like|such as|of the type|saying|that says|reading))?:?\s*(?:[“"„«]([^”"“»]{6,300})[”"“»]|(.{6,300}?)(?:,\s*(?:it|this|that) (?:means|is|indicates)\b|\s+then\b|,?\s+(?:this|it|that) (?:might|may|could|is likely to|is probably) be because\b|,\s*you (?:may|might|will|should|need|can|must)\b))/i;
/**
 * The forty-ninth pass (test-44): a help page's condition on what the bounce says ("If the bounce back message indicates something
 * similar to, "Inbox is full" or "Quota exceeded", then …", an ISP's page; "If the error message says "…"", "If your NDR reads "…""): the
 * first wording it quotes is the failure, as IF_YOU_SEE reads "If you see an error like …".
 */
const IF_BOUNCE_SAYS = /^\W*If (?:the|your|an?) (?:bounce(?:[- ]?back)?|error|NDR|returned|rejection|non-delivery)(?: (?:message|e-?mail|notice|report|notification))? (?:says|indicates|reads|contains|shows|states)(?: (?:something )?(?:similar to|like))?\W{0,3}\s*[“"„«]([^”"“»]{4,300})[”"“»]/i;

const ESA_FINAL = /\bESAFinalActionDetails=(.+?)(?=\s+[A-Za-z][\w]*=|$)/;

const GMAIL_RETURNED = /\bThe error that the other server returned was:\s*(?=[45]\d\d\b)/;

/**
 * Records of programs that only note what a check found or what a step did, never a refusal:
 * - Exim's ACL "warn" verb writing its log_message ("H=(test) [ip] U=CALLER Warning: found in rbl.test.ex: …", Exim's test log 0386;
 *   "Warning: listed in zen.spamhaus.org", "Warning: detected message with spam score 7.2"): "warn" never refuses, the message goes on
 *   (a message id or a client's fields before "Warning:" make it Exim's; an application's dated "Warning: …" is read as any line);
 * - maddy's check runner when the check's action is none ("msgpipeline: no check action {"check":"verify_dkim", …, "smtp_code":550,
 *   …}", maddy#327): the check found something and the message was accepted anyway;
 * - Exchange's message tracking rows of events that are no failure ("…,SMTP,HAREDIRECTFAIL,…": no shadow server for redundancy;
 *   RECEIVE, SEND, DELIVER, EXPAND, …; elastic's microsoft_exchange_server test): their subject and context fields are no reply.
 *   Its FAIL and DEFER rows stay candidates.
 * - Haraka's summary of a finished connection ("[core] disconnect ip=127.0.0.1 rdns=localhost helo=… relay=Y early=N … errors=0 …
 *   lr=\"\" time=2.656", connection.js; haraka/Haraka#2713, test-26): counters and the client's names ("rdns=localhost" is no missing
 *   PTR), its refusals logged on their own lines before it.
 */
const NOTE_RECORD = /\[core\] disconnect ip=\S* rdns=|\bInfo: New SMTP [ID]CID \d+ interface\b|^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [+-]\d{4})? (?:\[\d+\] )?(?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (?:[HUFPSI]=(?:\S+ )?(?:\([^)]*\) )?(?:\[[^\]]*\](?::\d+)? )?)*|(?:[HUFPSI]=(?:\S+ )?(?:\([^)]*\) )?(?:\[[^\]]*\](?::\d+)? )?)+)Warning: |\bmsgpipeline: no check action\b|^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z,(?:(?:"[^"]*"|[^,]*),){6}[A-Z]*,(?:RECEIVE|SEND|DELIVER|HAREDIRECT|HAREDIRECTFAIL|HARECEIVE|HADISCARD|RESUBMIT|EXPAND|TRANSFER|REDIRECT|SUBMIT|AGENTINFO|DUPLICATEDELIVER|DUPLICATEEXPAND|DUPLICATEREDIRECT|PROCESS|NOTIFYMAPI|INITMESSAGECREATED|CLIENTSUBMISSION),/;

/**
 * Whether a line that no phrase rule knows, but whose words name a cause (layer 4, CAUSE_WORDS; `rule` is the row decideSignal gave),
 * reports that cause as a failure: a cause that detects (CAUSE_IDS), mail named where the words are every program's, not a line of
 * the mail system's own programs, and an error's frame around it (ERROR_FRAME, a level in capitals, or the cause's words alone on the
 * line), not hedged, conditional, described or asked.
 */
export function causeDetects(line: string, text: string, rule: string): boolean {
  return CAUSE_IDS.has(rule) && rule !== 'words.spam' && (MAIL_OWN_CAUSES.has(rule) || MAIL_CONTEXT.test(text)) && !mailSystemOwn(line) && causeFramed(text, rule);
}
function causeFramed(text: string, rule: string): boolean {
  return (ERROR_FRAME.test(text) || LEVEL_FRAME.test(text) || isFragment(text, rule)) && !HEDGED.test(text) && !CONDITIONAL.test(text) && !DESCRIBED.test(text) && !/[?？]\s*$/.test(text);
}
/**
 * A line of the mail system's own programs: Exim's log (its message id, "1e9R09-0005p6-Ik") or a syslog tag of MAIL_PROGRAM
 * ("postfix/smtp[123]:", "dovecot:"). Their failures are known by their formats and phrase rules, and their notes about a peer
 * ("SSL verify error: certificate name mismatch", Postfix's "certificate verification failed for …") are no failure of a delivery: the
 * loose cause words do not detect there.
 */
const EXIM_ID = /\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}\b/;
// A tag with its pid ("opendkim[778]: ") or its service ("postfix/smtpd: "); a bare "SMTP: " is a client's word, no tag.
const PROGRAM_TAG = /(?:^|\s)([\w.-]{1,48}(?:\[\d{1,10}\]|\/[\w.-]{1,48}(?:\[\d{1,10}\])?)): /;
function mailSystemOwn(line: string): boolean {
  const tag = PROGRAM_TAG.exec(line);
  return EXIM_ID.test(line) || (tag !== null && MAIL_PROGRAM.test(tag[1]!));
}

/**
 * Whether a line is a program's error about sending mail: a mail being sent or delivered (MAIL_SENDING: "sending email", "Mail Failed
 * to", "email/failed", "transport 'mail'") inside a program's own error frame (LEVEL_ERROR, PROGRAM_ERROR), not a delay notice, hedged,
 * conditional or a question. Only for lines no rule knows (rule fallback): its category is unknown.
 */
export function sendFramed(text: string, levelError = false): boolean {
  return MAIL_SENDING.test(text) && (levelError || LEVEL_ERROR.test(text) || PROGRAM_ERROR.test(text)) && !SEND_DELAYED.test(text) && !HEDGED.test(text) && !CONDITIONAL.test(text) && !/[?？]\s*$/.test(text);
}
/** A logger's level that rates its line an error. */
const LEVEL_ERROR_WORD = /\b(?:ERR(?:OR)?|FATAL|CRIT(?:ICAL)?|SEVERE|EMERG|ALERT)\b/i;
/** A message that says the send failed, in its own verb (what a logger's error level may frame: LEVEL_ERROR_WORD). */
const SEND_FAILED_VERB = /\b(?:fail(?:s|ed|ure|ing)?|unable to|could ?n[’']?t|could not|cannot|can[’']?t)\b/i;
/** A mail and its sending within a clause, either order ("Error Sending email to", "sending emails failed", "Mail Failed to"). */
const MAIL_SENDING = new RegExp(String.raw`\b(?:send(?:ing)?|sent|deliver(?:y|ing)?|dispatch(?:ing)?|transport)\b(?:[^.;:!?]|\.(?=\S)){0,30}\b(?:e-?mails?|mails?)\b|\b(?:e-?mails?|mails?)\b(?:[^.;:!?]|\.(?=\S)){0,20}\b(?:send(?:ing)?|sent|delivery|failed|fail)\b`, 'i');
/**
 * A program's own error line, not prose or code that mentions one: a logger's level in capitals ("ERROR [ExceptionsHandler]", "ERROR:"),
 * an error's class with its message ("EmailError: …", "MailSendException: …"), a line that opens on an error word ("Error sending email:
 * …", "[E] Failed to send emails", LibreNMS's "Could not issue critical alert … to transport 'mail'"), an error with its number ("error
 * 400 while sending …").
 */
const LEVEL_ERROR = /\b(?:ERROR|FATAL|CRITICAL|SEVERE)\b/;
const PROGRAM_ERROR = /[A-Z]\w*(?:Exception|Error)\b:|^\W*(?:\[\w{1,8}\]\s*)?(?:error|err|fatal|failed|failure|could ?n[o'’]t|unable to|cannot|can't)\b|\berror \d{3} while\b/i;

/**
 * An error's frame as programs write it, not as prose mentions failures: an exception's or error's class ("SmtpClientAuthenticationException",
 * "EmailError:", vert.x's "NoStackTraceThrowable:"), an error word before its details ("Error:", "failed:", "Fatal -", postfix's
 * "warning: …"), an error with its number ("Error 401"), a client's "unable to …" / "could not …" / "can not connect", an error or
 * message field of an API's JSON ('"message": "…"', "code: 'failure'"), an HTTP status ("HTTP 401", "status 422", "API response 401"), a
 * refusal with its reason ("rejected due to …"), and the error words of the other languages' frames.
 */
const ERROR_FRAME = /[A-Za-z_](?:Exception|Error|Throwable)\b|\b(?:error|err|exception|fatal|failed|failure|warning)\b\s*[:=(\[\]-]|\b(?:error|fehler|erreur|errore|erro)\s+\d{3}\b|\b(?:unable|failed|could ?n[o'’]t|can ?not|can't)\s+to\b|\b(?:could ?n[o'’]t|can ?not|can't)\s+\w|["'\x60]?\b(?:error|errors|err|message|reason|detail|code)["'\x60]?\s*[:=]\s*["'{\[]|\b(?:HTTP|status(?: code)?|response)\W{0,3}[45]\d\d\b|\b(?:rejected|refused|denied|blocked|deferred|bounced) (?:due to|because|by|for)\b|失败|失敗|错误|エラー|ошибк|Fehler|erreur/i;
/** A logger's level in capitals anywhere in the line ("ERROR [ExceptionsHandler]", "level=ERROR", "FATAL"). */
const LEVEL_FRAME = /\b(?:ERROR|FATAL|CRITICAL|SEVERE|FAILED|FAILURE)\b/;
/** A quoted message that the line says what it is ('"Sorry, I couldn't find any host named" is qmail's message when DNS fails.'). */
const DESCRIBED = /["”'’`] (?:is|are|was) (?:\w+['’]s |the |an? )?(?:\w+ )?(?:message|error|reply|response|bounce|text)\b/i;
/**
 * A conditional sentence ("If you are unable to connect, …", "If there is a timeout while …", "When the password is wrong …"): what
 * would happen, no report.
 */
const CONDITIONAL = /(?:^|[.!?]\s)\W*(?:if|when|whenever|unless|in case)\s+(?:you|we|I|the|there|your|it|a|an)\b/i;
/**
 * A bare fragment that is the cause's words, alone on their line as an app shows them or a thread quotes them ("Incorrect username /
 * password / credentials", "`Connection refused`"): up to eight words, no sentence's end inside, the cause's words first (a fragment
 * that only mentions a cause, "mail sent from unauthorized senders.", "SMTP command timeout on connection from …", frames nothing).
 */
function isFragment(text: string, rule: string): boolean {
  const t = text.replace(/^[\s"'\x60*•>(\[-]+|[\s"'\x60.!)\]]+$/g, '');
  if (t.length === 0 || t.length > 80 || /[.!?;:]\s/.test(t) || t.split(/\s+/).length > 8) return false;
  const m = CAUSE_WORDS.find((r) => r.id === rule)?.text?.exec(t);
  return m !== null && m !== undefined && m.index === 0;
}

/**
 * A report told in prose (the forty-fifth pass, round 4 of the generalisation research): a person or an app says what happened, in a
 * sentence of its own among sentences that describe the setup, the tries, or what is fine ("DNS is not a problem as it resolves ok").
 * The sentence that reports decides, not the words of the whole post: a report frame (REPORT_FRAME: "I get …", "I'm receiving …", "I
 * encounter the same error message every time '…'", "it just times out", "the server refused …", "it gives me …") around the cause
 * words of layer 4 or a phrase rule's words, and the sentence neither asks, hedges, supposes for someone else ("if you get …", "you may
 * see …"), denies ("I don't get any error"), nor tells a success ("now it works", "fixed"). Failing that, a person who says they cannot
 * send mail ("I was unable to send emails", SEND_TOLD) reports a failure without its cause: that sentence, unknown. Only for lines
 * that nothing above detected, and not the mail system's own log lines.
 */
export function reportedSentence(line: string, text: string): string | undefined {
  if (text.length > 4000 || mailSystemOwn(line) || !PROSE_WORD.test(text)) return undefined;
  // A post's first forty sentences: each that frames a report is classified on its own, and a long paste is no report.
  const sentences = text.split(SENTENCE_END).slice(0, 40);
  for (const s of sentences) {
    if (!REPORT_FRAME.test(s) || !plainReport(s)) continue;
    const rule = decideSignal({ text: s }).rule;
    if ((CAUSE_IDS.has(rule) || PHRASE_IDS.has(rule)) && rule !== 'words.spam') return s.trim();
  }
  for (const s of sentences) if ((SEND_TOLD.test(s) || (REPORT_FRAME.test(s) && SEND_FAILED_QUOTED.test(s))) && plainReport(s)) return s.trim();
  return undefined;
}
/**
 * A line that hands over to the error printed after it ("During sending mail event, it is not being sent. Error is the following:",
 * test-49; "The full debugging output is shown below:"): the failure and its cause are in the lines that follow, so a mail told as not
 * sent here is no failure of its own (mailNotSentTold). A cause named in the line itself still counts (reportedSentence).
 */
const ERROR_FOLLOWS = /\b(?:the following|as follows|below|(?:this|these|the) (?:errors?|messages?|exceptions?|output|log)|(?:errors?|exceptions?|output|messages?) (?:is|are|was|were)(?: the following| as follows)?)\s*:\s*$/i;

/**
 * The mail told as not sent, with no cause, as a sentence of its own (the fifty-second pass, test-48): the mail or its sending is the
 * subject and the predicate says it did not go ("Emails are not being sent.", "But mail didn't work.", "However, emails from the actual
 * application does not work.", "Email 59875196-… was not sent", "any attempts to \"Resend verification email\" do not succeed."). A log
 * line or a bare message has no pronoun, so this shape is read without PROSE_WORD; the sentence must still be plain (no question, no
 * hedge, no condition of someone else, no success told), and the mail system's own log lines are not read. A relative clause on the
 * mail describes a kind of mail, not what happened ("Mail that is deferred for any reason is not delivered by ESS.", Barracuda's
 * documentation, dev-4).
 */
export function mailNotSentTold(line: string, text: string): string | undefined {
  if (text.length > 4000 || mailSystemOwn(line)) return undefined;
  for (const s of text.split(SENTENCE_END).slice(0, 40)) {
    // "didn't work" is no success (RESOLVED reads "work"): the negated verb is set aside before the sentence is judged.
    if (MAIL_NOT_SENT.test(s) && plainReport(s.replace(/\b(?:(?:does|do|did)(?: not|n[’']t)) work\b/gi, 'failed'))) return s.trim();
  }
  return undefined;
}
const MAIL_NOT_SENT = /^\W*(?:(?:but|however|so|and|now|still|yet|unfortunately|sadly|then)\b,?\s+)*(?:(?:the|my|our|all|any|outgoing|test|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:e-?mails?|mails?|notifications?)\b(?:(?!\b(?:that|which|whose|if|when|unless)\b)[^.?!;:]){0,45}?\s(?:(?:is|are|was|were|gets?|got)(?: still)? (?:not|never)(?: being| getting)? (?:sent|delivered|going out)\b|(?:isn[’']t|aren[’']t|wasn[’']t|weren[’']t)(?: being| getting)? (?:sent|delivered|going out)\b|(?:does|do|did)(?: not|n[’']t) (?:work|go out|get sent|arrive)\b|never (?:arrives?|arrived|goes out|went out|gets sent|got sent)\b)|\b(?:any |all |my |the )?attempts? to (?:re)?(?:send|deliver)\b[^.?!;]{0,50}?\b(?:e-?mails?|mails?)\b[^.?!;\w]{0,5}\s(?:(?:do|does|did)(?: not|n[’']t) (?:succeed|work)|fail(?:s|ed)?)\b/i;
/**
 * A report's frame around an app's own "could not send" message quoted in the sentence ("it gives **Unable to send mail. Please try
 * again later.** error" of Magento, "I keep getting email not sent error"), a failure without its cause.
 */
const SEND_FAILED_QUOTED = /\b(?:unable to|could ?n[o’']t|can(?:no|[’'])t|failed to) send (?:the |an? )?(?:e-?mail|mail|message)\b|\b(?:e-?mail|mail|message)s? (?:not sent|could not be sent|sending failed|send failed)\b/i;
/** A subject of a report: a pronoun ("I", "we", "it") or an app's ("my app", "the plugin"); a bare log line or error message has none. */
const PROSE_WORD = /\b(?:I|i|we|We|it|It|my|My|our|Our|this|This|the|The)\b/;
/** A sentence's end: its stop and the space after it, or a semicolon ("… in the log. Below is …", "… port 25; it times out"). */
const SENTENCE_END = /(?<=[.!?。！？])\s+|;\s+/;
/**
 * A report's frame: the first person meeting an error ("I get", "i get", "I'm receiving", "we keep getting", "I encounter", "I ran
 * into", "I end up with"), or the app, the server or "it" answering ("it just times out", "it throws", "the server refused", "it
 * started giving", "which returns"), and the first person's in the other languages of the phrase rules ("bekomme ich", "je reçois", "j'ai
 * l'erreur", "me devuelven", "recebo", "我收到").
 */
const REPORT_FRAME = new RegExp(String.raw`\b(?:I|we)\b(?:[’'](?:m|ve))?(?: (?:am|are|was|were|have|had|still|just|always|constantly|repeatedly|now|then|also|only|keep|kept|suddenly|started|start))*\s+(?:get|got|gets|getting|receiv(?:e|ed|ing)|see|saw|seeing|encounter(?:ed|ing)?|run into|ran into|end up with)\b|\b(?:it|which|(?:the|my|our|this) (?:app|application|server|client|plugin|extension|log|logs|node|program|script|tool|relay|service|site|system|provider|host|mailer))\s+(?:(?:just|only|always|still|now|then|rather|suddenly|simply|also|constantly|immediately|started|starts|keeps?|kept)\s+){0,3}(?:says|said|shows|showed|gives|gave|giving|throws|threw|throw|returns|returned|displays|displayed|reports|reported|responds|responded|times out|timed out|fails|failed|refuses|refused|disconnects|drops|dropped)\b|\b(?:ich (?:bekomme|erhalte)|(?:bekomme|erhalte) ich|je (?:reçois|recois|rencontre)|j['’](?:obtiens|ai (?:toujours |encore )?(?:eu )?(?:une |l['’]|cette )?erreur)|(?:recibo|obtengo|me (?:sale|aparece|devuelve|devuelven|da))|(?:recebo|me (?:aparece|retorna|devolve)))\b|我(?:一直|总是|还是)?(?:收到|遇到|得到)`, 'i');
/**
 * A person or their app saying the mail cannot be sent ("I was unable to send emails", "I can't send an e-mail from my mail client", "we
 * couldn't send mail", "the plugin fails to send messages").
 */
const SEND_TOLD = /\b(?:I|we|it|(?:the|my|our|this) (?:app|application|server|client|plugin|extension|node|program|script|tool|site|system|mailer|form))\b(?: (?:am|is|was|were|are|still|just|now|suddenly|then|currently|temporarily))*\s+(?:can[’'\x60]?t|cannot|can not|could ?n[’'\x60]?t|could not|(?:am |is |was |were )?unable to|(?:am |is |was |were )?not able to|fail(?:s|ed)? to|keeps? failing to)\s+(?:send|deliver)\s+(?:(?:an?|any|the|my|our|outgoing|test|this|these|those|such|[\w-]+ing|verification|confirmation|notification|alert|welcome|invitation|reset)\s+){0,2}(?:e-?mails?|mails?|messages?)\b|\b(?:it(?:[’']s| is| was)|is|was) (?:not possible|impossible) to (?:send|deliver)\s+(?:(?:an?|any|the|my|our|outgoing|test|this|verification|confirmation|notification|alert|welcome|invitation|reset)\s+){0,2}(?:e-?mails?|mails?|messages?)\b/i;
/**
 * A sentence that tells what happened, plainly: not a question, not hedged, not supposed of someone else ("if you get …", "when the
 * server …": the first person's "when I try to …, I get …" is a report), not denied, no success.
 */
function plainReport(s: string): boolean {
  return !/[?？]\s*$/.test(s) && !HEDGED.test(s) && !SUPPOSED.test(s) && !DENIED.test(s) && !RESOLVED.test(s);
}
/** A supposition: a condition of someone else, what one may see, a modal ("If you get …", "you will see", "it might …"). */
const SUPPOSED = /^\W*(?:if|when|whenever|unless|once|in case) (?!I\b|i\b|we\b)|\b(?:if|when|whenever) (?:you|the user|a user|users)\b|\b(?:may|might|could|would|should|will)\b|\bmeans?\b/i;
/** A denial ("I don't get any error", "never saw a bounce", "no longer fails"). */
const DENIED = /\b(?:don[’']?t|didn[’']?t|doesn[’']?t|do not|does not|did not|never|no longer|not|won[’']?t)\s+(?:\w+\s+)?(?:get|got|see|saw|receive|received|any|encounter|fail|time out|throw)\b/i;
/**
 * A success told, or a failure that is past ("now it works", "worked", "fixed", "solved", "successfully", "I used to get …", "… not
 * anymore", "the timeouts went away", "it's fine now").
 */
const RESOLVED = /\b(?:works?|worked|working|fixed|solved|resolved|successful(?:ly)?|figured out|used to|any ?more|went away|disappeared|(?:is|are|was|were|[’']s) (?:fine|ok|okay|good) now)\b/i;

/** A failure record for a line of any other program, or undefined. */
/** A line that opens with a syslog timestamp ("Dec  3 08:01:12", "2026-12-03T08:01:12.123+00:00"). */
const SYSLOG_TIME_FIRST = /^(?:<\d+>\d?\s*)?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))\s/;
/** A logger's level word, and the thread before it and the logger's name after it ("[main] ERROR c.e.mail.Mailer - "). */
const LEVEL_HEAD = /^(?:\[[^\]]{1,60}\]\s+)?(?:[\w-]{1,40}\.)?\[?(?:EMERG|ALERT|CRIT(?:ICAL)?|ERR(?:OR)?|WARN(?:ING)?|NOTICE|INFO|DEBUG|TRACE|FATAL|SEVERE)\]?(?:\s+\[[^\]]{1,60}\])?(?:\s+[\w.$]{1,80}\s+-)?(?:\s*[:|-]\s*|\s+)(?=\S)/;
/** The host and program tag after it: "mail app[1234]: ", "host01 opendkim[778]: ", "gw systemd-journald: ". */
const SYSLOG_HOST_TAG = /^[\w.-]{1,64} ([\w.\/-]{1,48})(?:\[\d{1,10}\])?: (?=\S)/;
/** The mail system's own programs (MTAs, delivery agents, filters, login daemons, milters), by their syslog tag. */
const MAIL_PROGRAM = /^(?:postfix|amavis|vchkpw|vpopmail|imap|ipop3|pop3|dovecot|open(?:dkim|dmarc|smtpd|arc)|\w*saslauthd|sendmail|sm-m|exim|courier|qmail|spamd|rspamd|clam|postgrey|postsrsd|policyd|\w*milter|cyrus|authdaemond|haraka|smtp|lmtp|zimbra|zmmailbox|stalwart|maddy|chasquid|mailcow|mailu|sogo|ms?milter|psa-|plesk|kerio|mdaemon|hmailserver|james|zone-mta|sympa|mailman)/i;

/**
 * Forty-first pass (test-36). Znuny's and OTRS's mail queue logs the last code the server sent when a send failed temporarily
 * ("Temporary problem returned from server, requeuing message for sending. Message: SMTPCode: 235, ErrorMessage:", MailQueue.pm): a
 * 2xx or 3xx there is the step that went well before the failure, not the record's reply; it is dropped (rule znuny.requeue).
 */
const ZNUNY_REQUEUE_CODE = /(\bTemporary problem returned from server, requeuing message for sending\. Message: )SMTPCode: [23]\d\d, /;
/**
 * A sending limit said to be reached ("Daily limit reached", "you’ve exceeded the limit allocated to you", "You've hit the host's
 * sending cap", "Your probation email allowance is exhausted"; test-36's WordPress mail plugins' pages): a failure when the sending
 * quota's rule reads the line, unless a condition frames it ("when the daily limit is reached, sending pauses").
 */
const LIMIT_REACHED = /\b(?:limit|quota|cap|allowance)s? (?:\w+ ){0,2}(?:reached|exceeded|hit|exhausted|used up)\b|\b(?:reached|exceeded|hit|exhausted) (?:the |your |its |a |their )?(?:[\w’'-]+ (?:or [\w’'-]+ )?)?(?:daily |hourly |monthly )?(?:sending |send |e-?mail |message )?(?:limit|quota|cap|allowance)\b/i;
const LIMIT_CONDITION = /\b(?:when|whenever|if|once|until|before|unless|after)\b[^.;“”"]{0,60}?\b(?:reached|exceeded|hit|exhausted|used up)\b/i;
/**
 * Mail clients' own words that the lists above lack (the fortieth pass, test-35): NeoMutt's "smtp_auth_gsasl() returned no usable
 * mech", Authen::SASL's "No SASL mechanism found", a refused login's "Log-on not successful.", a recipient refused as "Not a valid
 * recipient".
 */
const PRECHECK_MUA = /\bno usable (?:SASL )?mech|\bNo SASL mechanisms?\b|^\W*Log-?on (?:was )?(?:not successful|unsuccessful)\b|\bnot a valid (?:recipient|authenticator)\b/i;

/**
 * Authentication platforms' and backends' mail errors (the forty-fourth pass, test-39) that the words above lack: Ory Kratos's
 * "Message was abandoned because it did not deliver after 6 attempts", ZITADEL's "CouldNotDial: could not contact with the SMTP
 * server" and "could not add smtp auth", a domain's "missing MX and A records", PocketBase's "Test email send timeout".
 */
const PRECHECK_AUTH_PLATFORMS = /\bdid not deliver after\b|\bCouldNot(?:Dial|Auth|StartTLS)|\bcould not contact with\b|\bcould not add smtp auth\b|\bMX (?:and|or|nor) A(?:\/AAAA)? records?\b|\bsend(?:ing)? time ?out\b|\bsignin_email_error\b|\bEmailSignInError\b|\bsender domain has not been linked\b/i;

/**
 * The forty-third pass (test-38): French "could not be sent" without "pas" ("Le test d'e-mail n'a pu être envoyé.") and "could not connect"
 * ("Impossible de connecter par SMTP"), and a help page's disabled recipient ("The recipient’s account has been disabled by their email
 * provider.", "… its ability to receive mail was disabled"), and a sender "not hosted on this server" / "not hosted here".
 */
const PRECHECK_HOSTING = /n['’](?:a|ont) pu (?:être |etre )?envoy|\bImpossible de (?:se )?connecter\b|\baccount (?:has been|was) disabled\b|\bability to receive (?:e-?)?mail (?:was|has been) disabled\b|\bnot hosted (?:on (?:this|our) server|here)\b/i;

/**
 * A mail told as not sent ("Emails are not being sent.", "it is not possible to send the test email", "any attempts to \"Resend
 * verification email\" do not succeed"; mailNotSentTold, the fifty-second pass), Moodle's "could not communicate with your mail server" and
 * a cause told as a verb, as people tell it ("It just times out when trying to contact the recipient", "keeps timing out", "it drops the
 * connection"), and a report's frame (REPORT_FRAME: "bekomme ich Verbindung verweigert"), whose sentence reportedSentence reads.
 */
const PRECHECK_TOLD = /\btim(?:es|ing) out\b|\b(?:could ?n[o’']t|cannot|can[’']t|unable to) communicate with\b|\bnot (?:being |getting )?(?:sent|delivered)\b|\b(?:is|are|was|were)n[’']t (?:being |getting )?(?:sent|delivered)\b|\b(?:not possible|impossible) to (?:send|deliver)\b|\battempts? to (?:re)?(?:send|deliver)\b|\b(?:drops|dropped|loses|closes|cuts|kills|resets) (?:the |my |our |every |each )?connection\b/i;

/**
 * The forty-fifth pass (test-40): a certificate not validated in German, French and Spanish ("Das Zertifikat des Servers konnte nicht
 * überprüft werden"), a plan's mail-client access ("IMAP/SMTP access is only available on paid plans"), a Postfix "Connection timed"
 * cut at the line's end, and an operation "timing out".
 */
const PRECHECK_LIBRARIES = /\bZertifikat\b.{0,40}\bkonnte nicht\b|\bcertificat\b.{0,40}n['’]a pas pu\b|\bno se pudo (?:validar|verificar)\b|\b(?:IMAP|SMTP|POP3?) access (?:is )?(?:only )?(?:available|included|enabled)\b|\bConnection timed\W*$|\btiming ?out\b/i;

/**
 * The forty-sixth pass (test-41: enterprise and cloud platforms' mail): words of their documented errors that the lists above lack,
 * Microsoft Graph's "At least one recipient isn't valid" / "Recipient … isn't resolved", the Windows SMTP service's "maximum number of
 * allowed inbound connections", Java's "No subject alternative names matching …", Exchange's "ResourceUnhealthy" and "… is unhealthy",
 * its "does not allow external forwarding", Google Workspace's relay "isn't registered in Google Workspace".
 */
const PRECHECK_PLATFORMS = /\bisn[’']t (?:valid|resolved)\b|\bmaximum number of allowed\b|\bNo subject alternative\b|\bNo name matching\b|\bResourceUnhealthy\b|\bis unhealthy\b|\bexternal forwarding\b|\bisn[’']t registered in\b/i;

/**
 * The fiftieth pass (test-43: mail security gateways): their verdict words that the lists above lack, a virus found, a phishing scheme
 * detected, amavis's "Ok, discarded, id=", Isode's DNSBL lookup that "hit an entry", mail that remains in the spool, a scanner's
 * "stored in archive", SmarterMail's "(Deleted) Filter:", FortiGate's "status=detected".
 */
const PRECHECK_GATEWAYS = /\bvirus|\bphishing\b|\bdiscarded, id=|\bhit an entry\b|\bremain(?:s)? in the (?:mail |outgoing |outbound )?(?:spool|queue)\b|\bstored in archive\b|\(Deleted\) Filter:|\bstatus="?detected\b/i;

/**
 * A log record of key=value fields with its message ("dst_int=<…> service=SMTP status=detected msg=\"from ip is in ip blacklist\"",
 * FortiGate's email filter log; test-43): a record, not a setting, though it opens like one (CONFIG_LINE).
 */
const KEY_VALUE_RECORD = /^\s*(?:[\w.-]+=(?:"[^"]*"|\S+)\s+){2,}msg="[^"]/;

/**
 * The forty-ninth pass (test-44: ISPs' help and postmaster pages): words of their refusals that the lists above lack, a listing told as
 * "is listed on the … List" ("Your sending address is listed on the Vade Threat Network List.", La Poste's page), a user who "no longer
 * exists on our server", a virus "detected in the message", a HELO string "unacceptable".
 */
const PRECHECK_PROVIDERS = /\b(?:is|are|was|were|been) listed (?:on|in|at|by)\b|\bno longer exists?\b|\bvirus (?:was |is |has been )?(?:detected|found)\b|\b(?:not acceptable|unacceptable)\b/i;
/**
 * Their verdicts as a help page's list gives them, without a reply code ("  • There is a virus detected in the message.", "Your server's
 * HELO/EHLO string is unacceptable.", an ISP's list of reasons): the page's own refusal, framed as "rejected" would frame it.
 */
const PROVIDER_VERDICT = /\bvirus (?:was |is |has been )?(?:detected|found) in (?:the|this|your) (?:message|e-?mail|mail|attachment)\b|\b(?:is|are|was|were) (?:not acceptable|unacceptable)\W*$/i;
/**
 * The fifty-first pass (test-42, test-46, test-47): a failed send told in the rules' other languages without an error word ("Der Versuch,
 * eine Mail zu senden schlägt fehl", "es ist kein Versand möglich", "ne se fait pas", "送信できなかった"), a send that "didn't work", and a
 * bounce's "Recipient email address is possibly incorrect".
 */
const PRECHECK_LANGUAGES = /schl(?:ä|ae)gt fehl|kein (?:E-?Mail-?|Mail-?)?Versand|Versand funktioniert nicht|nicht (?:gesendet|versendet|verschickt) werden|nicht hergestellt werden|ne se fait pas|ne s['’]établit pas|a échoué|pas été envoy|no se (?:pudo|puede|ha podido) enviar|não (?:foi possível|é possível|consegui(?:mos)?) enviar|не удалось отправить|送信(?:が)?できな|(?:发送|發送|送信)(?:が)?(?:失败|失敗)|\b(?:didn[’']t|did not|doesn[’']t|does not) work\b|erreur (?:est survenue |s['’]est produite |a eu lieu )?(?:lors de |pendant |durant )l['’]envoi|Remotezertifikat|Удал[её]нный сертификат|certificat distant|certificado remoto|certificato remoto|Fehler beim (?:Senden|Versenden|Versand)|beim (?:Senden|Versenden|Versand) der|errore (?:durante l['’]|nell['’])invio|invio (?:dell['’]|della |del |di )?(?:e-?mail|mail|messaggio) (?:fallito|non riuscito)|impossibile inviare|\baddress (?:is|was) (?:possibly |probably |likely )?incorrect\b/i;
/** An OpenResty (nginx Lua) cosocket error and nginx's request context after it. */
const OPENRESTY_SOCKET = /^(.*?\b(?:attempt to (?:send|receive|read|write) data on a closed socket|lua tcp socket (?:connect|read|write|send|receive)\w* (?:timed out|failed|error))\b.*?), client: [^,]*, server: .*$/;
/**
 * The forty-eighth pass (test-45): mutt's and NeoMutt's "Could not find the host" (neomutt#2202), which the words above lack.
 */
const PRECHECK_CLIENT_ERRORS = /\bcould not find (?:the )?host\b/i;

/** The cheap gate before a line is read: one of these words (or a failure's frame) must be in it. */
const PRECHECKS = [PRECHECK_PROVIDERS, PRECHECK_GATEWAYS, PRECHECK, PRECHECK_SERVER, PRECHECK_BOUNCE, PRECHECK_MORE, PRECHECK_MUA, PRECHECK_AUTH_PLATFORMS, PRECHECK_HOSTING, PRECHECK_LIBRARIES, PRECHECK_PLATFORMS, PRECHECK_CLIENT_ERRORS, PRECHECK_TOLD, REPORT_FRAME, FRAME, FRAME_CLASS, PRECHECK_LANGUAGES];

export function genericRecord(line: string): LogRecord | undefined {
  // swaks's own progress lines ("=== Connection closed with remote host.") are not replies.
  if (line.length < 6 || line.startsWith('=== ') || BARE_URL.test(line)) return undefined;
  const spaced = qmailSpaces(line);
  if (!PRECHECKS.some((words) => words.test(spaced))) return undefined;
  if (NOTE_RECORD.test(line)) return undefined;
  const time = timeOf(line);
  let text = time ? spaced.slice(spaced.indexOf(time) + time.length).replace(/^[\]\s]+/, '') : spaced;
  // A syslog line's host and program tag ("web01 myapp[1234]: …", journald's and rsyslog's header): what a program other than
  // the mail system's wrote starts after them, a reply it quotes in reply position as on a line of its own. The mail system's
  // programs keep their tag, which rules know them by ("amavis[…]: (…) Blocked SPAM", "imapd[…]: Login disabled").
  if (time && SYSLOG_TIME_FIRST.test(spaced)) {
    const m = SYSLOG_HOST_TAG.exec(text);
    if (m && !MAIL_PROGRAM.test(m[1]!)) text = text.slice(m[0].length);
  }
  // A logger's level after the time ("2026-12-03 08:01:12,123 INFO 550 5.1.1 …", "… [main] ERROR c.e.Mailer - 451 …") says how
  // the program rated its line, not what happened: the message starts after it, a reply it logged in reply position, and the
  // level word is no failure's frame ("ERROR Received-SPF: pass …" reports no refusal).
  const level = time ? LEVEL_HEAD.exec(text) : null;
  if (level) text = text.slice(level[0].length);
  // Gmail's bounce for mail it relayed ("Google tried to deliver your message, but it was rejected by the recipient domain. …
  // The error that the other server returned was: 550 550 5.7.1 … (state 15).", as bounce parsers' tables quote it): the
  // receiver's reply it quotes is the failure, read from its code on.
  const relayed = GMAIL_RETURNED.exec(text);
  if (relayed) text = text.slice(relayed.index + relayed[0].length);
  // Cisco AsyncOS's consolidated event in CEF ("…|ESA_CONSOLIDATED_LOG_EVENT|…| … act=BOUNCED ESAFinalActionDetails=5.1.0 - Unknown
  // address error cs4Label=…", SEKOIA's cisco-esa test): dozens of key=value fields of verdicts and names (a subject, "Phishing
  // Protection", "MailPolicy"); for a message that was not delivered, the final action's details are the failure.
  const esa = ESA_FINAL.exec(text);
  if (esa && /\bact=(?!DELIVERED\b)[A-Z]/.test(text)) text = esa[1]!;
  // fastapi-mail's ConnectionErrors ("Exception raised {error}, check your credentials or email service configuration", test-41): the
  // server's reply it wraps is the failure, read from its code on (the forty-sixth pass).
  const wrapped = FASTAPI_MAIL_WRAP.exec(text);
  if (wrapped) text = text.slice(wrapped[0].length);
  const alerter = ELASTALERT_WRAP.exec(text);
  if (alerter) {
    const cause = text.slice(alerter.index + alerter[0].length);
    if (decideSignal({ text: cause }).rule !== 'fallback') text = cause;
  }
  const seen = IF_YOU_SEE.exec(text) ?? IF_BOUNCE_SAYS.exec(text);
  if (seen) text = (seen[1] ?? seen[2]!).trim();
  // OpenResty's cosocket error from a mail library run by a web request (lua-resty-mail#1: "[error] …: *36482 attempt to send data on a
  // closed socket: u:…, client: 127.0.0.1, server: _, request: \"GET /lib/mail_test HTTP/1.1\""; the forty-eighth pass): the request
  // after ", client:" is nginx's context, not what failed.
  const cosocket = OPENRESTY_SOCKET.exec(text);
  if (cosocket && MAIL_CONTEXT.test(text)) text = cosocket[1]!;
  if ((NOT_SMTP.test(text) && !SMTP_ERROR_CODE.test(text) && !((SERVICE_API_HINT.test(text) || SEND_FAILED_WORDS.test(text)) && apiOrSendFailure(text))) || SMTPD_CHATTER.test(text) || REPLY_DIRECTIVE.test(text) || REPLY_SETTING.test(text)) return undefined;
  text = text.replace(ZNUNY_REQUEUE_CODE, '$1');
  let code = replyCode(text);
  // A 334 challenge that a client reports as its failure ("AUTH command failed: 334 …", "AuthenticationFailedException: 334 …"):
  // the login failed at that challenge, no success.
  if (code !== undefined && code >= 300 && code < 400 && (CHALLENGE_FAILED.test(text) || INTERMEDIATE_FAILED.test(text))) code = undefined;
  if (code !== undefined && code < 400 && UNEXPECTED_REPLY.test(text)) code = undefined;
  // A command the client says the server rejected, with a 2xx quoted as the reply (rule protocol.rejected-with-success-reply, test-38).
  if (code !== undefined && code < 400 && REJECTED_WITH_SUCCESS.test(text)) code = undefined;
  // A Swift Mailer session log whose "!!" line is the failure (SWIFT_LOG_ERROR, the forty-fifth pass).
  if (code !== undefined && code < 400 && SWIFT_LOG_ERROR.test(text)) code = undefined;
  // amavis's discard reply (AMAVIS_DISCARD, the fiftieth pass): the rule's words decide, no reply code of a success.
  if (code !== undefined && code < 400 && AMAVIS_DISCARD.test(text)) code = undefined;
  // A whole SMTP transcript on one line (a verifier's JSON of the replies: '["220 … ready", "HELO …", "250 …", "MAIL FROM:<>",
  // "550 5.7.1 … on our block list (S3140) …", "QUIT"]'): its refusal, a quoted reply with an enhanced code, decides.
  let transcriptCode: number | undefined;
  if (code !== undefined && code < 400) {
    const refusal = /["'](?:\\?")?([45]\d\d)[ -][45]\.\d{1,3}\.\d{1,3}\b/.exec(text);
    if (refusal && /["']\s*,\s*["']/.test(text)) code = transcriptCode = Number(refusal[1]);
  }
  if ((code !== undefined && code < 400) || (code === undefined && SUCCESS.test(text) && !AMAVIS_DISCARD.test(text))) return undefined;
  if ((code !== undefined || /^[45]/.test(findEnhanced(text, code) ?? '')) && HEDGED.test(text) && DOC_INTRO.test(text)) return undefined;
  // A milter's note that it let a message through despite a header fault (OpenDMARC's "RFC5322 requirement error: missing From field;
  // accepting") reports no refusal.
  if (/\brequirement error: [^;"]*;\s*accepting\b/i.test(text) && !/\brequirement error: (?![^;"]*;\s*accepting\b)/i.test(text)) return undefined;
  if (DEV_PROSE.test(text) || ABOUT_A_CODE.test(text) || codeLabelRow(text) || NOT_A_REPORT.test(text) || LOG_COMMAND.test(text) || API_STATUS_FIELD.test(text) || WEB_STATUS_ALONE.test(text) || SHELL_LOOKUP.test(text) || CODE_HEADING.test(text) || ABOUT_REPLIES.test(text) || MESSAGE_TABLE.test(text) || DUMPED_VALUE.test(text) || isPattern(text)) return undefined;
  if (ENHANCED_HEADING.test(text) || (code === undefined && CODE_RANGE.test(text)) || VERSION_LINE.test(text)) return undefined;
  if (DELAY_ONLY.test(text) && !(code !== undefined && code >= 500) && !DETECTING.has(decideSignal({ text }).rule)) return undefined;
  let detected = code !== undefined || (/^[45]/.test(findEnhanced(text, code) ?? '') && !NAME_VERSION.test(text));
  if (!detected) {
    // A setting pasted as Markdown code ("`postscreen_dnsbl_sites = zen.spamhaus.org=127.0.0.[2..11]*3`", test-24) is the setting.
    const bare = text.replace(/^\s*`+|`+\s*$/g, '');
    if (SETTING.test(bare) || (CONFIG_LINE.test(bare) && !KEY_VALUE_RECORD.test(bare)) || RESTRICTION_LINE.test(bare) || TIMEOUT_SETTING.test(bare) || AUTH_VERDICT.test(text) || READER_NOTE.test(text) || DOC_POINTER.test(text) || SERVER_REQUIRES.test(text)) return undefined;
    const rule = decideSignal({ text }).rule;
    if (CJK_QUESTION.test(text) && !FAILURE_WORD.test(text)) return undefined;
    if (rule !== 'fallback' && askedOnly(text)) return undefined;
    // A debug line that frames no failure names a check or a step, not an event ("DEBUG: Writing Spam detail for dnsbl
    // into …"), unless a client's own error names what happened (a timeout, a refused connection); a verification result alone ("… an error dkim=fail") is about a message that came in, not a refusal.
    // PHPMailer writes its own errors through its debug output (edebug: "PHPMailer [level 2]: Invalid address:  (From):" in a Monolog
    // DEBUG channel, test-49): its refusal of an address is that error, whatever level carries it.
    if ((DEBUG_LINE.test(text) || (level !== null && /DEBUG|TRACE/i.test(level[0]))) && !FRAME.test(text) && !FRAME_CLASS.test(text) && PHRASE_IDS.has(rule) && !rule.startsWith('phpmailer.invalid-')) return undefined;
    if (RESULT_VERDICT.test(text) && !REFUSAL.test(text)) return undefined;
    // A block list's operator named in chatter ("Spamhaus says it's on the receiving end …") without a word of listing,
    // blocking, refusing or reputation: no refusal.
    if (rule === 'blacklist' && (!LISTING.test(text) || (!LISTING.test(text.replace(LIST_NOUN, '')) && !ON_A_LIST.test(text)) || CHECKED_AGAINST.test(text) || LIST_TERM.test(text) || LIST_DEFINITION.test(text))) return undefined;
    if (EXPLANATION.test(text) && !/[“”"«»„]/.test(text)) return undefined;
    // A hedge in the explanation after a quoted title ('• "unknown user/…" – die Adresse ist falsch, möglicherweise …')
    // does not hedge the title.
    // A mail client's own whole message (Thunderbird's send errors) is a report even where it goes on to guess a cause
    // ("… a échoué. Le serveur est peut-être indisponible …").
    // A reporter who quotes the error they got ("… The Test Class will fail if …. Without adding the limit, I was getting the following
    // error: “System.LimitException: Too many Email Invocations: 11”.", test-41) reports it, whatever else the line hedges.
    if (HEDGED.test(text) && !(PHRASE_IDS.has(rule) && (quoteFrames(text, rule) || REPORTED_ERROR.test(text))) && !rule.startsWith('thunderbird.')) return undefined;
    if (GENERAL_PROSE.test(text) && !quoteFrames(text, rule)) return undefined;
    if ((IF_CANNOT.test(text) || EXAMPLE_VERDICT.test(text)) && !quoteFrames(text, rule) && !REPORTED_ERROR.test(text)) return undefined;
    // A line our own server wrote about a client (inbound, or a login against it) cannot raise a false alarm in the default
    // report: there a phrase that otherwise only classifies is enough ("smtp-in: session …: received invalid command: …").
    detected = DETECTING.has(rule) || (((FRAME.test(text) && !HEDGED.test(text)) || TRANSCRIPT_REPLY.test(text) || FRAME_CLASS.test(text) || MIMECAST_REPLY_LINK.test(text) || directionOf(line) !== undefined || quoteFrames(text, rule) || MEANING_FRAME.test(text) || PROVIDER_VERDICT.test(text)) && PHRASE_IDS.has(rule));
    // A line that opens on a failed send is a failure, a cause's phrase or none (unknown then).
    if (!detected && (rule === 'fallback' || PHRASE_IDS.has(rule)) && SEND_FAILED.test(text) && !SEND_DELAYED.test(text) && !/[?？]\s*$/.test(text)) detected = true;
    // An error's frame around the loose words of a cause that no phrase rule knows: the cause words decide (causeFramed).
    if (!detected && causeDetects(line, text, rule)) detected = true;
    // A program's error about sending mail that names no cause ("EmailError: The server encountered an error whilst sending email.",
    // "ERROR: (1223): Error Sending email to 127.0.0.1"): a failure, unknown.
    // The logger's own level said error before its message and the message says the send failed (Indico's "2016-07-20 10:33:24,869
    // ERROR    7fe9b9703750  indico.mail  Mail sending operation failed", test-42): that level, cut off above, frames the failure. The
    // level alone frames nothing: "ERROR … Email sent successfully" or "… Sending email to …" is no failure (test/envelope.test.ts).
    if (!detected && rule === 'fallback' && !mailSystemOwn(line) && sendFramed(text, level !== null && LEVEL_ERROR_WORD.test(level[0]) && SEND_FAILED_VERB.test(text))) detected = true;
    // A person's or an app's report, told in a sentence of its own ("But when i try to telnet port 25 … i get a refused connection.",
    // "It just times out when trying to contact the recipient", "I cannot get the 'Send Email' node to work"): the reported sentence
    // is the signal (reportedSentence).
    if (!detected) {
      const told = reportedSentence(line, text) ?? (ERROR_FOLLOWS.test(text) ? undefined : mailNotSentTold(line, text));
      if (told !== undefined) { detected = true; text = told; }
    }
    // A table's cells run together ("… sending capUpgrade the plan") end a word where a capital follows a small letter.
    if (!detected && rule === 'quota.sender' && LIMIT_REACHED.test(text.replace(/([a-z])(?=[A-Z][a-z])/g, '$1 ')) && !LIMIT_CONDITION.test(text)) detected = true;
  }
  if (!detected) return undefined;
  const record: LogRecord = { source: 'text', line, time, status: code !== undefined && code < 500 ? 'deferred' : 'error', signal: transcriptCode !== undefined ? { text, code: transcriptCode } : { text } };
  const direction = directionOf(line);
  if (direction) record.direction = direction;
  return record;
}

/** Whether a pasted text (--text) is a success or an intermediate reply rather than a failure. */
export function isSuccessText(text: string): boolean {
  const t = text.trim();
  if (SUCCESS.test(t)) return true;
  const code = replyCode(t);
  return code !== undefined && code < 400;
}
