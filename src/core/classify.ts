/**
 * The one classifier: a failure signal (a server reply, a client error, a log line's reply part) plus what we know
 * about the sender → a Diagnosis with category, cause, remedy, permanence, who fixes it and official links.
 * The knowledge lives in src/core/rules.ts (the layers: RULES, ENHANCED, REPLY_CODES) and src/core/remedies.ts
 * (REMEDIES); this file only interprets them. Pure: no I/O, no process, no clock.
 */
import { enhancedCode } from './probe.js';
import { detectPreset, presetForHost } from './presets.js';
import type { Category, Diagnosis, FailureSignal, FixSide, SenderContext } from './diagnosis.js';
import { REMEDIES } from './remedies.js';
import { CAUSE_WORDS, ENHANCED, MX_CONNECT_ERROR, PROVIDER_FINGERPRINTS, REPLY_CODES, RULES, type EnhancedRow, type Facts, type Provider, type Rule, type RuleFacts } from './rules.js';
import { stageOfCommand, type Stage } from './stages.js';
import { foldText, PrefilteredSet } from './prefilter.js';
import { prefilters } from './prefilter-table.js';

export interface Classification {
  diagnosis: Diagnosis;
  /** Id of the row that decided (a rule, `rfc3463.…`, `code.…`, `class.…`), or 'fallback'. */
  rule: string;
  code?: number;
  enhanced?: string;
  stage?: string;
}

/** What decided: a row of one of the layers, with what it may say beyond its category. */
interface Decision { id: string; category: Category; note?: string; remedy?: string; permanent?: boolean; fixSide?: FixSide }

/** Classifies one failure; see classifyDetailed for the rule that decided. */
export function classify(signal: FailureSignal, context?: SenderContext): Diagnosis {
  return classifyDetailed(signal, context).diagnosis;
}

export function classifyDetailed(signal: FailureSignal, context: SenderContext = {}): Classification {
  const facts = gatherFacts(signal, context);
  const decision = decide(facts);
  return { diagnosis: diagnose(decision, facts), rule: decision.id, code: facts.code, enhanced: facts.enhanced, stage: facts.stage };
}

/** The row that decided, for diagnoseWith (opaque outside this file). */
export type DecidedRow = Decision;

/** Only the decision (row id and category), for callers that cache it and write the remedy later. */
export function decideSignal(signal: FailureSignal, context: SenderContext = {}): { rule: string; category: Category; provider?: Provider; facts: Facts; row: DecidedRow } {
  const facts = gatherFacts(signal, context);
  const d = decide(facts);
  return { rule: d.id, category: d.category, provider: facts.provider, facts, row: d };
}

/**
 * The diagnosis of a signal whose row is known: the one decideSignal gave for a signal of the same reply
 * template and context (FindingsCollector's cache). The rules do not read the sender (RuleFacts), so the signal
 * may name its own; the remedy is written from this signal's facts.
 */
export function diagnoseWith(signal: FailureSignal, context: SenderContext, row: DecidedRow): Diagnosis {
  return diagnose(row, gatherFacts(signal, context));
}

/**
 * The rules' expressions behind their literal prefilters (prefilter.ts), built on first use: a text is tried only
 * against the rules whose literals it holds, each cut down to the alternatives it can match. V8 compiles a regex
 * when it first runs and again to machine code when it runs a second time, ~0.7 ms for each of the rules' big
 * alternations: for the few hundred kinds of reply in a log, compiling the whole rules cost more than all the rest
 * of their classification.
 */
let filtered: PrefilteredSet | undefined;
function ruleSet(): PrefilteredSet {
  if (!filtered) {
    const exprs = RULES.map((r) => r.text);
    filtered = new PrefilteredSet(exprs, prefilters(exprs));
  }
  return filtered;
}

/**
 * Readies the rules ahead of the first classifications while `more()` says there is time (`addr diagnose` calls it
 * while it waits for the first piece of a large file): builds their prefiltered set. Changes no result.
 */
export function warmUp(more: () => boolean): void {
  if (more()) ruleSet();
}

/** The text the rules' expressions read: the reply, and an error code it does not already name. */
function haystack(f: RuleFacts): string {
  return f.errorCode && !f.text.includes(f.errorCode) ? `${f.text} [${f.errorCode}]` : f.text;
}

/**
 * A log's next-hop field (Postfix's and sendmail's "relay=smtp.office365.com[52.98.3.178]:25,", Courier's "relay=114.39.17.115,")
 * names a host, not a cause: rules that read "relay" as relaying ("not allowed to relay", a sender rule that steps aside for
 * relaying) read the line without it. The host itself stays in the facts (gatherFacts reads it before). Ported from gen2 (e09db65).
 */
const RELAY_FIELD = /\brelay=[^\s,;]+(?: \[[^\]\s]*\])?,?/g;

function decide(facts: RuleFacts): Decision {
  const f = facts.text.includes('relay=') ? { ...facts, text: facts.text.replace(RELAY_FIELD, ' ') } : facts;
  const hay = haystack(f);
  let rule: Rule | undefined;
  for (const { index, re } of ruleSet().candidates(foldText(hay))) {
    const r = RULES[index]!;
    if (matches(r, f, hay, re)) { rule = r; break; }
  }
  // Words that say only "refused" (policy.refusal-words) yield to the cause words as a generic code does (gen2's 5ef09ad).
  if (rule?.weak) return CAUSE_WORDS.find((r) => matches(r, f, hay, r.text)) ?? rule;
  if (rule) return rule;
  const coded = decideByCode(f);
  // A generic code's verdict ("refused", "try later", or none) yields to the cause words of layer 4 (rules.ts, CAUSE_WORDS); an
  // addressing code (x.1.x: 5.1.7 is the sender's address) names its subject and is no generic one. Ported from gen2 (1c09aa8).
  if (GENERIC.has(coded.category) && !coded.id.startsWith('rfc3463.x.1.')) return CAUSE_WORDS.find((r) => matches(r, f, hay, r.text)) ?? coded;
  return coded;
}

/** The categories a code gives when it names no cause: RFC 3463's undefined and policy rows, the syntax codes, the bare class. */
const GENERIC: ReadonlySet<Category> = new Set(['policy_rejected', 'server_temporary', 'unknown']);

function decideByCode(f: RuleFacts): Decision {
  if (f.enhanced) {
    const e = ENHANCED.find((r) => enhancedRowMatches(r, f));
    if (e) return e;
  }
  if (f.code !== undefined) {
    const c = REPLY_CODES.find((r) => r.code.test(String(f.code)) && (!r.stage || (f.stage !== undefined && r.stage.includes(f.stage))));
    if (c) return c;
  } else if (f.replyClass === 4 || f.replyClass === 5) {
    // An enhanced code without a reply code ("Status: 4.4.7", "5.7.3 Authentication unsuccessful"): its class.
    return REPLY_CODES.find((r) => r.id === `class.${f.replyClass}xx`)!;
  }
  return { id: 'fallback', category: 'unknown' };
}

// ---- normalisation ---------------------------------------------------------------------------------------------

/**
 * One line out of a reply: Exim's literal "\n", real line breaks, the repeated "550-5.7.26 " prefixes of
 * continuation lines (which Postfix keeps inline), DSN wrapping and runs of whitespace.
 */
export function joinReply(text: string): string {
  let t = text.replace(/\\r\\n|\\n/g, '\n').replace(/\r/g, '');
  const first = /(\d{3})[ -]([245]\.\d{1,3}\.\d{1,3})?/.exec(t.trimStart());
  const lines = t.split('\n');
  // Continuation lines repeat the code of a reply that opens the text; after other words ("msg=\"Writing response to
  // client: \\n503 5.5.1 …\"", go-guerrilla) the line after the break is the reply itself and keeps its code.
  if (lines.length > 1) {
    const continued = /^\W{0,6}\d{3}[ -]/.test(lines[0]!);
    t = lines.map((line, i) => (i === 0 || !continued ? line : line.replace(/^\s*\d{3}[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/, ' '))).join(' ');
  }
  if (first && t.length < 20_000) {
    // Postfix: "550-5.7.26 This mail ... 550-5.7.26 authenticate ... 550 5.7.26 ..." → keep the first prefix only.
    const prefix = first[2] ? `${first[1]}[ -]${first[2].replace(/\./g, '\\.')}` : `${first[1]}-`;
    let seen = false;
    t = t.replace(new RegExp(`(^|\\s)${prefix}(?=\\s)`, 'g'), (m) => {
      if (!seen) { seen = true; return m; }
      return ' ';
    });
  }
  // A continuation line's prefix left inside a sentence when a multi-line reply is quoted from its second line on or cut
  // ("Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address.", Gmail's 421
  // as a forwarder's issue quotes it): a dash-joined code between two lower-case words, after no reply cue, is no reply of
  // its own; the sentence is read whole.
  t = t.replace(/\b([a-z]{2,}) [45]\d\d-[245]\.\d{1,3}\.\d{1,3} (?=[a-z]{2,}\b)/g,
    (m, word: string, at: number) => (CUE.test(t.slice(Math.max(0, at - 40), at + word.length + 1)) ? m : `${word} `));
  // Python's smtplib exceptions print the reply as a tuple, code and bytes apart ("SMTPDataError: (550, b'5.7.1 …')",
  // "{'a@b.c': (550, b\"… doesn't …\")}"): the code is read before its words as in any reply ("(550 5.7.1 …').
  t = t.replace(/\(([245]\d\d), b?['"]/g, '($1 ');
  // A reply pasted into Markdown with its cause in bold ("Sender address rejected: **Domain not found**", an issue's report) and
  // one quoted inside a program's single-quoted string ("dd this user doesn\\'t have a btinternet.com account", a bounce
  // parser's test table) read as the reply itself.
  t = t.replace(/\*\*(?=[^\s*])([^*\n]{1,200}?)\*\*/g, '$1').replace(/\\'/g, "'");
  // A typographic apostrophe (a help page's "wasn’t able to") reads as the ASCII one the rules are written with.
  return t.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();
}

/**
 * Reply position: where a server's three-digit reply code stands in what servers, clients and logs write. A number
 * 2x0–2x5, 420–459 or 500–559 (SMTP has no 40x/41x replies, so HTTP's 400/401/403/404 are none; not inside a word, an
 * IP, a time, a version or a path) is a reply code when
 *  - an enhanced status of the same class follows it ("550 5.1.1", "550-5.7.26", "535.5.7.3", "535: 5.7.3") or
 *    it opens a multi-line reply ("554-Reject due to …"), or
 *  - it opens the text (after quotes, brackets, dashes and prompts such as "<** ") or follows a cue: a colon
 *    ("failed: 550 …", "Exception: 535 …", "host mx[ip] said: …"), "smtp;", an opening quote or bracket (Python's
 *    "(535, b'…')", 'got code "535"', "SMTP Error (535)" but not "Sent batch (550)"), "|", "!", ">", a tab
 *    ("100.0%\t550 …"), or one of the words said, response, reply, answer, code, got, error, reason,
 *    reject/stat/smtpstatus= … (also glued to its colon: "reply:550", '"smtp_code":550', never a host's ":587")
 *   and a reply's text, a comma, a closing quote or bracket, or the end follows it;
 * and never when a key names it as another number (pid=550, port 587, size 552, id 450, delay=421, [4521], 450 ms).
 */
const CANDIDATE = /(?:(?<=\\n)|(?<![\w./\\-]|(?<!报错|報錯|错误|錯誤)[^A-Za-z]:|^:))([25][0-5]\d|4[2-5]\d)(?![\w]|[.,:]\d(?!\.\d)|\.(?![245]\.\d|\s*$))/g;
/** A code alone in square brackets after the word SMTP ("Error SMTP: [550] …"); "[550]" elsewhere is a pid, an id or an HTTP status. */
const SQUARE_CUE = /\bSMTP\b.{0,25}\[$/i;
// Roundcube's "Invalid response code received from server (553)" (rcube_smtp) names the server it came from.
const BRACKETED_CUE = /\b(?:error|err|fail\w*|smtp|reply|response|code|status|reject\w*|refused|denied|exception|bounced?|deferred)\b[^()]{0,20}\($|\b(?:received|returned|got) from (?:the )?(?:SMTP |mail )?server \($/i;
/**
 * A code glued to a colon ("reply:550", "SMTP:550") is one only after a cue word, never after a host ("mx.example.com:587");
 * also after PHPMailer's old debug label ("SMTP -> FROM SERVER:220 … ESMTP", "SMTP -> FROM SERVER:550 …");
 * also after a Chinese post's numbered error label ("报错4:550 Spam is embedded in the email", 'error 4:'), whose digit before the
 * colon is no time's; also after the command NetEase's bounce names ("SMTP error, DOT:519 Rejected.", "SMTP error, RCPT TO:550 …").
 */
const GLUED_CUE = /\b(?:reply|response|answer|code|error|err|status|said|smtp|reason|result|returned|rcode|smtp_code|smtpcode|FROM SERVER)\s*:$|\bSMTP error, (?:RCPT TO|MAIL FROM|DATA|DOT|EHLO|HELO|AUTH)\s*:$|(?:报错|報錯|错误|錯誤)\d{0,2}\s*:$/i;
const ENHANCED_AFTER = /^(?:[ -]|[.:]\s*|: )([245])\.\d{1,3}\.\d{1,3}(?![\d])/;
const KEYED = /(?:\b(?:pid|port|ports|size|nrcpt|delay|delays|len|length|bytes|uid|gid|line|errno|id|queue|count|timeout|took|version|v|build|ttl|in|after|within|every|of|up to|max|limit|at|ip|number|no|nr|#)\s*[=:]?\s*|\[)$/i;
// Bullets of help pages in Japanese, Korean and Chinese (▶, ◈, ●, ■, ※, ・) as well as ASCII ones.
const START = /^[\s"'`(\[{<>|*~!#•·?▶►●○■□◆◇◈※・-]*(?:\d{1,2}[.)]\s+|\d{1,3} )?$/;
// An error label in square brackets before the reply ("[API Error] 501 Syntax: HELO hostname", minicron's Net::SMTP error in test-22;
// "[ERROR] 550 …", "[SMTP Error] 535 …") is a cue as "Error:" is.
// A transcript's marker of what the server sent ("SMTP<< 550 …", BlackBerry's log; Claws Mail's "ESMTP< 500 …"; "<<< 550 …",
// PowerMTA's and swaks-like traces) stands before a reply as a colon does.
// Markdown's code span may open with a space after its backticks ("**Error message:** `` 421 Mailgun temporarily unavailable, please
// try again later. ``", swapmyvote/swapmyvote#295, test-30): the backticks are the quote, the space is the span's padding.
const CUE = /(?:[:;|!>\t]\s*(?:\\n)?|\[[^\]\n]{0,30}\b(?:error|err|fail(?:ed|ure)?|exception)\]\s*|\s<\s+|<{2,3}\s*|\b(?:E?SMTP|LMTP)\s?<{1,3}\s*|["'([{“„]|`{1,3} ?|\b(?:said|response|reply|answer|code|got|get|gets|getting|receiv(?:e|es|ed|ing)(?: the (?:message|reply|response|error))?|error|err|reason|returned|reject|stat|smtpstatus|responseCode|smtp|SMTP Error|failure|failed|status code|(?:server|host) (?:responded|replied|answered) with|erreur|Fehler|erro|Lỗi|código de erro|código de error)\s*(?:was|is|of)?\s*[:=;,]?\s*["'(]?\s*|(?<![а-яё])ошибк[аи](?: SMTP)?\s*[:=;,]?\s*)$/i;
// A number before one of Exim's delivery flags ("240 == user@… R=dnslookup defer (-1): …", a log pasted with line numbers) is no reply.
// A reply whose text a bounce sets between stars ("Diagnostic-Code: smtp; 550 ** No mail box available for this user **", a BounceParser
// fixture, test-28) is one: the flag is two stars before an address, not before words that close with two stars.
// A code in a table's cell followed by a cell of words (OVH's error tables: "|535|błąd podczas logowania|…|") is a reply.
// A code followed by a bracketed aside of alternatives ("smtp;550 (or other numbers like 554, 450)", a help page's placeholder)
// is prose about codes, no reply.
// A bare code that prose explains ("un mensaje de error 550 significa que …", "550 means …") or that a sentence goes on
// from ("códigos de erro 550 dos servidores", "550 and 554") is no reply.
const REPLY_AFTER = /^(?:(?:[ -]| {2})(?=\S)(?! ?(?:==|\*\*(?!\s+[A-Za-z][^*]{2,200}\*\*)|=>|->|<=|\*>)(?:\s|$))(?! ?\((?:or|and|e\.g\.|z\.B\.|i\.e\.|etc|ou|oder|o)\b)(?! ?(?:ms|s|sec|seconds|secs|minutes|min|bytes|KB|kB|MB|B|times|recipients|messages|mails|emails|days|hours|users|TID|(?:query )?hits|matches|alerts|results|rows|records|items|entries|events|documents|means|meaning|significa|signifie|bedeutet|of|and|or|to|for|de|des|du|da|do|das|dos|para|pour|por|und|oder|et|ou|e|y)\b)|[,)"'`\]}]|:\s|\|(?=[^\s|\d])|\s*$)/;

const DASH_CUE = /\b(?:error|err|fail(?:ed|ure)?|exception)\b[^:;|]{0,40}\s[-–]\s$/i;

const CJK_BEFORE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]\s?$/;

/**
 * Lines that are not mail replies at all although they carry a status-like number (HTTP logs), and errors of HTTP client
 * libraries (Ruby's Excon and Faraday, Python's urllib3 and requests: a job fetching a URL, "Wrapped Excon::Error::Socket:
 * getaddrinfo: …"). An SMTP reply whose text is an HTTP reason phrase ("550 Service unavailable; Client host […] blocked") is
 * no HTTP line unless its code is HTTP's for that phrase (SMTP's "421 Service unavailable - try again later" is none: HTTP's
 * Service Unavailable is 503).
 * Roundcube's errors log names the request it served in brackets at the end of an entry ("… SMTP Error: Connection failed: HELO
 * was not accepted in …/rcube.php on line 1667 (POST /?_task=mail&_action=send)", rcube::raise_error): context, no HTTP line.
 * A WebSocket's close frame as gorilla/websocket and other libraries print it ("websocket: close 1006 (abnormal closure): unexpected
 * EOF", a sync server's log in rmfakecloud#64) is a browser connection, not mail; so is Go's HTTPS server failing a client's handshake
 * (net/http: "http: TLS handshake error from 10.0.0.5:51234: EOF").
 * A status of 450/452–454, 534/535 or 550–555 is no HTTP status but SMTP's (an old gateway's DSN "Status: 553 Exceeded maximum inbound
 * message size", NTMail in Mailman 2's tests/bounces, test-19).
 * A JSON or YAML log's status_code field ('"status_code":"500"', "status_code: 500"): Mattermost's "Received HTTP request" debug
 * line for /api/v4/email/test (the forty-second pass, test-37's false alarm) is a web request whose status is HTTP's, no reply. A
 * quoted "status" alone stays readable (Gmail's XOAUTH2 challenge '{"status":"400","schemes":"Bearer",…}' is a refused token), and
 * so does a prose "Status code: 530 5.7.57". A process's "exit status: 127" is no HTTP status.
 */
export const NOT_SMTP = /\bhttp: TLS handshake error from\b|\bwebsocket: close 1\d{3}\b|\bclose 10\d\d \((?:normal closure|going away|abnormal closure|protocol error|unsupported data|no status received|invalid payload data|policy violation|message too big)\)|\bExcon::|\bFaraday::|\bHTTPS?ConnectionPool\b|\burllib3\.exceptions\b|\brequests\.exceptions\b|\bHTTP\/\d|(?<!\()\b(?:GET|POST|PUT|DELETE|HEAD|PATCH)(?: |\s+")\/|\|\s+(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS)\s+"\/|\bCompleted \d{3} |(?<!\bSMTP |\bexit )\bstatus(?:Code)?[=:]\s*(?!45[02-4]\b|53[45]\b|55[0-5]\b)\d{3}\b|\bstatus_code["']?\s*[=:]\s*["']?(?!45[02-4]\b|53[45]\b|55[0-5]\b)\d{3}\b|\b(?:400(?: -)? Bad Request|401(?: -)? Unauthorized|403(?: -)? Forbidden|404(?: -)? Not Found|405(?: -)? Method Not Allowed|413(?: -)? (?:Payload|Request Entity) Too Large|422(?: -)? Unprocessable Entity|429(?: -)? Too Many Requests|500(?: -)? Internal Server Error|502(?: -)? Bad Gateway|503(?: -)? Service Unavailable|504(?: -)? Gateway Time-?out)\b/i;

/**
 * "expected 250, got 550" in any client's wording (PHP mailers' 'Expected response code 250 but got code "535"',
 * Symfony's quoted codes and JSON-escaped quotes, "Expected: 250, Got: 553"): the code that came is the second;
 * an empty one ('got code ""', "got an empty response", Symfony Mailer's "but got empty code.") is no code. A user's retyping without "got" ('Expected response code 220
 * but code "", with message ""', snipe-it#1212) and a quote cut at the end of a shown line ('… but got code "554', mautic#8672) read
 * the same.
 */
const EXPECTED_GOT = /(?<![A-Za-z])Expected(?: response)?(?: codes?)?:?\s*\\?"?[2-5][\d/ ,]*\\?"?,?\s*(?:but )?(?:got:?(?: code)?|(?<=but )code):?\s*(?:\\?"(\d*)(?:\\?"|\s*$)|([2-5]\d\d)\b|an empty response|empty code)/i;

/**
 * lettre's (Rust) Debug form of a reply code, as a panic prints it: "Code { severity: PermanentNegativeCompletion,
 * category: MailSystem, detail: Four }" is 554 (lettre's smtp::response::{Severity, Category, Detail}).
 */
const LETTRE_CATEGORY = ['Syntax', 'Information', 'Connections', 'Unspecified3', 'Unspecified4', 'MailSystem'];
const LETTRE_DIGITS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
/**
 * Python smtplib's reply tuple, "(451, b'4.3.0 Error: queue file write error')" (SMTPRecipientsRefused's dict, SMTPDataError's
 * args; Python 2 without the b): the reply's own code, whatever number comes before it (test-24: a pytest assertion "assert '500' in
 * "{'a@b': (451, b'4.3.0 …')}"" quotes the code it expected first).
 */
const PY_REPLY_TUPLE = /\(([45]\d\d), u?b?['"]/;
const LETTRE_CODE = /severity: (Permanent|Transient)NegativeCompletion, category: (Syntax|Information|Connections|Unspecified3|Unspecified4|MailSystem), detail: (Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine)\b/;

/** The three-digit SMTP reply code in a text, if there is one in reply position. */
export function replyCode(text: string): number | undefined {
  // Symfony's list of authenticators may hold an empty reply before a real one ('… returned "Expected response code "334" but got
  // empty code.". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", …'): the first code that came.
  const expected = EXPECTED_GOT.exec(text);
  if (expected) {
    for (let e: RegExpExecArray | null = expected, rest = text; e; rest = rest.slice(e.index + e[0].length), e = EXPECTED_GOT.exec(rest)) {
      if (e[1]) return Number(e[1]);
      if (e[2]) return Number(e[2]);
    }
    return undefined;
  }
  const py = PY_REPLY_TUPLE.exec(text);
  if (py) return Number(py[1]);
  const lettre = LETTRE_CODE.exec(text);
  if (lettre) return Number(`${lettre[1] === 'Permanent' ? 5 : 4}${LETTRE_CATEGORY.indexOf(lettre[2]!)}${LETTRE_DIGITS.indexOf(lettre[3]!)}`);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const at = m.index;
    const before = text.slice(Math.max(0, at - 40), at);
    const after0 = text.charCodeAt(at + 3);
    if (KEYED.test(before) && !(after0 === 93 && SQUARE_CUE.test(before))) continue;
    if (text.charCodeAt(at - 1) === 58 && !GLUED_CUE.test(before)) continue;
    // A logger's source position that closes its bracketed header ("[I 220704 13:22:17 smtp:531] ('127.0.0.1', 32984) EOF received",
    // Tornado's "[%(levelname)1.1s %(asctime)s %(module)s:%(lineno)d]"; "[INFO smtp.py:450] …"): the module's line number, no reply.
    if (text.charCodeAt(at - 1) === 58 && after0 === 93 && /^\s*\[[A-Z][A-Za-z]{0,7}\s[^\]\[]*[\w.]:$/.test(text.slice(0, at))) continue;
    // A number before a colon and a file's path ("540:  /home/u/.rvm/rubies/ruby-2.0.0/lib/ruby/2.0.0/net/smtp.rb -> **initialize**",
    // a profiler's or a listing's line number) is no reply.
    if (/^:\s+(?:~?\/|[A-Za-z]:\\)\S/.test(text.slice(at + 3, at + 12))) continue;
    const after = text.slice(at + 3, at + 40);
    // A number below 400 alone in a table's cell ("ConnectTimeout | error | 202 | The connection timed out connecting to the given
    // host. | |", Isode M-Switch's table of its events: name, severity, number, text) is the row's id or count, no success reply.
    if (m[1]![0] !== '4' && m[1]![0] !== '5' && /\|\s*$/.test(before) && /^\s*\|/.test(after)) continue;
    // PEAR Net_SMTP's last reply after its own error ("SMTP server does not support authentication (code: 250, response: …)",
    // "STARTTLS failed (code: 220, response: …)", PEAR Mail's "[SMTP: … (code: %d, response: %s)]"): a success code there is the
    // reply the client went on from, not the failure's.
    if (m[1]![0] !== '4' && m[1]![0] !== '5' && /\(code:\s*$/i.test(before) && /^,\s*response:/i.test(after)) continue;
    const enhanced = ENHANCED_AFTER.exec(after);
    if (enhanced && enhanced[1] === m[1]![0]) return Number(m[1]);
    // "554-Reject due to …": the first line of a multi-line reply.
    if (/^-[A-Za-z]/.test(after)) return Number(m[1]);
    // A code that ends a client's sentence after its error label ("Errore del server: 550.", Outlook's dialog in Italian).
    if (/^\.\s*$/.test(after) && /\b(?:(?:error|errore|erreur|erro)(?: del server| du serveur| do servidor| del servidor)?|server error|Serverfehler|Fehler)\s*:\s*$/i.test(before)) return Number(m[1]);
    // A Chinese sentence that names the code as an error ('就会出现554错误': 'then a 554 error appears'; '报554错误').
    if (CJK_BEFORE.test(before) && /^(?:错误|錯誤|的错误|的錯誤)/.test(after)) return Number(m[1]);
    if (!REPLY_AFTER.test(after)) continue;
    // A code alone in brackets ("SMTP Error (535)") is a reply only when failure or SMTP words stand before it ("Sent batch (550)" is a count).
    if (/\($/.test(before) && /^\)/.test(after) && !BRACKETED_CUE.test(before)) continue;
    if (START.test(text.slice(0, at)) || CUE.test(before)) return Number(m[1]);
    // A reply after a dash that ends an application's error summary ("error sending message to campaign x - 450 Too
    // many recipient attempts", listmonk): the words of a failure stand before the dash, a reply's words after it, also in
    // lower case (gophish's "Error Sending Email - 422 try again in 15 seconds.", a relay's own reply; test-32).
    if (DASH_CUE.test(before) && /^ [A-Za-z][a-z]+ [a-z]/.test(after)) return Number(m[1]);
    // A reply quoted in a sentence of Japanese, Chinese or Korean ("이때 송신자에게 421 Your IP is filtered by …"): the code
    // stands after their script and an English reply's words follow it (a count such as "550 封" has none).
    if (CJK_BEFORE.test(before) && /^ (?:[45]\.\d{1,3}\.\d{1,3} )?[A-Z][a-z]*\b/.test(after)) return Number(m[1]);
    // A Chinese sentence that ends on the code it names ("用163和qq都试过了，都是535": "tried both, both gave 535"; "报错535"; "返回535").
    if (/(?:是|报错|報錯|返回|提示)[:：]?\s?$/.test(before) && /^[\s。.!！]*$/.test(after)) return Number(m[1]);
  }
  return undefined;
}

/** The RFC 3463 enhanced status code: right after the reply code, as dsn=/Status:, or anywhere but inside an IP or a version. */
export function findEnhanced(text: string, code?: number): string | undefined {
  const direct = enhancedCode(text);
  if (direct) return direct;
  if (code !== undefined) {
    const m = new RegExp(`\\b${code}[ .:-]+([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d]|\\.\\d)`).exec(text);
    if (m) return m[1];
  }
  const tagged = /(?:dsn=|Status:\s*|#)([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)/i.exec(text);
  if (tagged) return tagged[1];
  // A product's version ("OpenSMTPD 5.4.3 starting", "Postfix 3.4.5") is no status code; nor a kernel's with its release
  // suffix (a bug report's uname: "# OS: Linux 4.4.0-96-generic x86_64", "Linux 5.4.0-42-generic", "Kernel: 4.19.0-6-amd64"); nor a
  // database's, framework's or platform's in an issue template's environment list ("MySQL 5.7.22", osTicket/osTicket#4757;
  // "MariaDB 5.5.68", "Laravel 5.8.38", "Android 4.4.2").
  // Nor a release a sentence names by a change of version ("I reverted to 5.1.1 and everything are fine again", a forum's reply in
  // test-36; "after upgrading to 4.2.0", "rolled back to 5.0.3", "since release 5.1.1").
  // Nor a pre-release's version ("AuthMeReloaded 5.6.0-beta1" in an issue's environment list, test-48; "4.2.0-rc2", "5.0.0.alpha",
  // "4.1.0-SNAPSHOT"): no reply writes a release's tag after its status code.
  const any = /(?<![\w.\-/]|version |\bv|\b(?:revert(?:ed|ing)?|roll(?:ed|ing)? ?back|downgrad(?:e|ed|ing)|upgrad(?:e|ed|ing)|updat(?:e|ed|ing)|went back|going back|bump(?:ed|ing)?|pinn?(?:ed|ing)?) to (?:version |release |v)?|\b(?:release|since|until) |\b(?:Linux|Kernel:?|OpenSMTPD|Postfix|Exim|Sendmail|Dovecot|Haraka|OpenSSL|LibreSSL|GnuTLS|Python|PHP|Java|Ruby|Node(?:\.js)?|nginx|Apache|Rspamd|SpamAssassin|ClamAV|Ubuntu|Debian|CentOS|Roundcube|Thunderbird|Mailu|mailcow|iRedMail|hMailServer|MDaemon|Zimbra|Courier|qmail|OpenDKIM|OpenDMARC|Cyrus|PHPMailer|SwiftMailer|Swift_Mailer|MailKit|nodemailer|ESMTP|MySQL|MariaDB|Percona(?: Server)?|PostgreSQL|Postgres|MongoDB|Redis|Elasticsearch|SQLite|Perl|Django|Laravel|Symfony|Rails|Tomcat|Jetty|Spring(?: Boot)?|Jenkins|WordPress|Drupal|Joomla|Magento|Moodle|Nextcloud|ownCloud|osTicket|Docker|Kubernetes|Android|iOS|macOS|Windows(?: Server)?) )([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d|[-.+~]?(?:alpha|beta|rc|pre|preview|dev|snapshot|nightly|M\d)\d*\b|-\d+-(?:generic|amd64|arm64|lowlatency|aws|azure|gcp|cloud|pve|rt|default)\b|\s+(?:starting|started|running|released|ready|installed)\b)/i.exec(text);
  if (any && (code === undefined || String(code)[0] === any[1]![0])) return any[1];
  return undefined;
}

/** Words of clients and logs that name the command that failed, first match wins. */
const STAGE_WORDS: Array<[RegExp, Stage]> = [
  [/in reply to (?:the )?(?:end of )?data|after (?:end of )?data|after (?:the )?data|\bData command failed|\bMessage failed|SMTPDataError|MessageNotAccepted|Expected response codes? \\?"?354/i, 'data'],
  [/in reply to (?:the )?rcpt|after rcpt|\bRecipient command failed|all recipients were rejected|Can't send mail - all recipients|SMTPRecipientsRefused|RecipientNotAccepted|following recipients failed|RCPT (?:TO )?failed|SMTPAddressFailedException|\bFailed to add recipient\b/i, 'rcpt'],
  [/in reply to (?:the )?mail|after mail from|\bMail command failed|Sender address rejected|SMTPSenderRefused|SenderNotAccepted|MAIL FROM failed|MAIL failed|following From address failed|\bFailed to set sender\b/i, 'mail'],
  [/in reply to (?:the )?auth|after auth|\bInvalid login|SASL (?:\w+ )?authentication failed|\bEAUTH\b|SMTPAuthenticationError|AuthenticationFailedException|Authenticator \w+ returned|Expected response codes? \\?"?235|Password command failed/i, 'auth'],
  [/in reply to (?:the )?starttls|after starttls|Error upgrading connection with STARTTLS/i, 'tls'],
  [/in reply to (?:the )?(?:ehlo|helo)|after (?:ehlo|helo)|while performing the (?:EHLO|HELO)/i, 'ehlo'],
  [/refused to talk to me|initial server greeting|Invalid greeting|Greeting never received|after initial connection|in reply to CONNECT/i, 'greeting'],
];

function stageOf(signal: FailureSignal, text: string): Stage | undefined {
  if (signal.stage) {
    const s = stageOfCommand(signal.stage.trim());
    if (s) return s;
  }
  for (const [re, stage] of STAGE_WORDS) if (re.test(text)) return stage;
  return undefined;
}

// ---- providers -------------------------------------------------------------------------------------------------

const MS_HOST = /(?:^|\.)(?:office365\.com|outlook\.com|office\.com|hotmail\.com|live\.com|protection\.outlook\.com)$/i;
const MS_DOMAINS = /@(?:outlook|hotmail|live|msn)\.[a-z.]+$/i;

/** The presets that have remedies of their own (the provider table holds more). */
const hasRemedies = (id: string | null): id is Provider => id === 'gmail' || id === 'yandex' || id === 'mailru' || id === 'microsoft';

function senderProviderOf(ctx: SenderContext): Provider | undefined {
  const preset = ctx.preset?.toLowerCase();
  if (preset === 'gmail' || preset === 'yandex' || preset === 'mailru') return preset;
  if (preset === 'microsoft' || preset === 'outlook' || preset === 'office365') return 'microsoft';
  const byHost = presetForHost(ctx.host);
  if (hasRemedies(byHost)) return byHost;
  if (ctx.host && MS_HOST.test(ctx.host)) return 'microsoft';
  const address = ctx.username && ctx.username.includes('@') ? ctx.username : ctx.email;
  if (address) {
    const byDomain = detectPreset(address);
    if (hasRemedies(byDomain)) return byDomain;
    if (MS_DOMAINS.test(address)) return 'microsoft';
  }
  return undefined;
}

/** The provider whose server wrote the reply, from fingerprints in it (addresses are removed first). */
export function replyProviderOf(text: string): Provider | undefined {
  // An address starts where a word starts (the lookbehind keeps a long run of word characters from being retried at every position).
  const t = text.includes('@') ? text.replace(/(?<![\w.+'-])[\w.+'-]+@[\w.-]+/g, '') : text;
  for (const [provider, re] of PROVIDER_FINGERPRINTS) if (re.test(t)) return provider;
  return undefined;
}

// ---- facts -----------------------------------------------------------------------------------------------------

const trimmed = (s: string | null | undefined): string | undefined => (s ? s.trim() : undefined) || undefined;
const IPV4 = /(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])/;

/**
 * Our sending IP as the reply quotes it: the receiving server's own address in "host mx[ip] said:",
 * "connect to mx[ip]" and "H=mx [ip]" is left out first.
 */
export function quotedClientIp(text: string): string | undefined {
  const t = text
    .replace(/\bhost [\w.-]+\[[^\]]*\](?::\d+)?(?: said:| refused to talk to me:)?/gi, ' ')
    .replace(/\bconnect to [\w.-]+\[[^\]]*\](?::\d+)?/gi, ' ')
    .replace(/\bH=\S+ \[[^\]]*\]/g, ' ')
    .replace(/\b(?:relay|delivery via) [\w.-]+\[[^\]]*\](?::\d+)?/gi, ' ')
    .replace(/https?:\/\/\S+/g, (url) => (/[?&](?:ip|v)=\d/.test(url) ? url.replace(/^.*?[?&](?:ip|v)=/, ' ') : ' '));
  const m = IPV4.exec(t);
  if (!m) return undefined;
  const parts = m[1]!.split('.').map(Number);
  if (parts.some((p) => p > 255) || m[1]!.startsWith('127.')) return undefined;
  return m[1];
}

/** "spf=fail", "Spf=Fail", "DKIM = did not pass", "dmarc: fail" → verdicts. */
function verdictsOf(text: string): Facts['verdicts'] {
  const v: Facts['verdicts'] = {};
  for (const m of text.matchAll(/\b(spf|dkim|dmarc)\s*(?:=|:)\s*(pass|fail|softfail|none|neutral|temperror|permerror|did not pass)\b/gi)) {
    const key = m[1]!.toLowerCase() as 'spf' | 'dkim' | 'dmarc';
    v[key] ??= m[2]!.toLowerCase() === 'did not pass' ? 'fail' : m[2]!.toLowerCase();
  }
  return v;
}

/**
 * Exchange's queue error that quotes the next hop's own reply ('451 4.4.0 Primary target IP address responded with:
 * "421 4.4.1 Connection timed out." Attempted failover to alternate host, …'; its transport's AppendFormat("Primary target
 * IP address responded with: \"{0}.\" Attempted failover …"), also without the colon or the quotes and in curly quotes:
 * the quoted reply says why, the wrapper's 451 4.4.0 only that the hop failed.
 */
const HOP_REPLY = /\bPrimary target IP address responded with:?\s*[\\"“”']*\s*([245]\d\d(?:[ .-]|$).*?)[\s.]*(?:[\\"“”']+\s*(?:Attempted\b|The last endpoint\b|$)|\s+Attempted (?:failover )?to alternate host\b|$)/i;

/**
 * A reply quoted in backticks in a user's sentence that goes on to guess at its cause ("… namely `425 4.3.2 Insufficient
 * system storage` which could be that we're hitting rate limits or that there is something wrong with the mail"): the
 * reply's own words decide, not the guess around it (a guess names causes the reply does not).
 */
// Also a reply's sentence in double quotes ('I get answers like "Our system has detected an unusual rate of 421-4.7.0 unsolicited
// mail …". AFAIK this is because SRS/DKIM is not set up?', a forwarder's issue) when the guess after it is put as one: "AFAIK",
// "IIRC", "is this because …?".
const QUOTED_REPLY = /`\s*([45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?[^`]{3,300}?)\s*`|["“]\s*((?:[45]\d\d[ -])?[A-Z][^"“”]{24,300}?)\s*["”]/;
const GUESS = /\b(?:could|might|may) be (?:that|because|due to|caused by|related to)\b|\bmaybe (?:because|due to|we|it|the)\b|\bperhaps\b|\bprobably\b|\bI (?:think|guess|suspect|assume)\b|\b(?:AFAIK|AFAICT|IIRC)\b|\b(?:is )?(?:this|it|that) (?:is )?because\b[^.!?]{0,100}\?/i;

function gatherFacts(signal: FailureSignal, ctx: SenderContext): Facts {
  const raw = String(signal.text ?? '');
  const joined = joinReply(raw.length > 20_000 ? raw.slice(0, 20_000) : raw);
  const quoted = QUOTED_REPLY.exec(joined);
  const guessed = quoted && GUESS.test(joined.replace(quoted[0], ' ')) ? quoted[1] ?? quoted[2] : undefined;
  const hop = HOP_REPLY.exec(joined)?.[1] ?? guessed;
  const text = hop ?? joined;
  // Python's reply tuple is read before joinReply writes it as a plain reply (the tuple's code wins: replyCode).
  const code = (hop ? undefined : signal.code) ?? (NOT_SMTP.test(text) ? undefined : replyCode(!hop && PY_REPLY_TUPLE.test(raw) ? raw : text));
  const enhanced = (hop ? undefined : signal.enhanced) ?? findEnhanced(text, code);
  const replyClass = code !== undefined ? Math.floor(code / 100) : enhanced ? Number(enhanced[0]) : undefined;
  const senderProvider = senderProviderOf(ctx);
  const replyProvider = replyProviderOf(text);

  let host = trimmed(ctx.host);
  let port = ctx.port;
  if (!host || port === undefined) {
    const m = /connect to ([\w.-]+)\[[^\]]*\]:(\d+)/i.exec(text)
      ?? /\b(?:connect|getaddrinfo|queryA|querySrv)\s+E[A-Z_]+\s+([\w.:-]+?)(?::(\d+))?(?=$|[\s,)\]])/.exec(text)
      ?? /\bhost ([\w.-]+)\[[\d.:a-f]+\](?::(\d+))?/i.exec(text)
      ?? /(?:cannot|could not|unable to) connect to (?:SMTP host: )?([\w.-]+),? port:? (\d+)/i.exec(text);
    if (m) {
      host ??= m[1];
      if (port === undefined && m[2]) port = Number(m[2]);
    }
  }

  let login = trimmed(ctx.username);
  let from = trimmed(ctx.email) ?? trimmed(signal.sender);
  const owned = /not owned by (?:auth(?:enticated)? )?user <?([^\s;,'"<>()[\]]+@[\w-]+(?:\.[\w-]+)*)/i.exec(text);
  if (!login && owned) login = owned[1];
  const rejected = /<([^<>\s@]+@[^<>\s]+)>:? Sender address rejected/i.exec(text) ?? /\bfrom=<([^<>\s@]+@[^<>\s]+)>/i.exec(text);
  if (!from && rejected) from = rejected[1];

  let domain = from ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : undefined;
  if (!domain) {
    const d = /MAIL FROM domain \[?([\w.-]+\.[a-z]{2,})\]?/i.exec(text)
      ?? /(?:domain of|email from|from domain|sending domain|sender's domain|SPF check for|\bdomain) [[(]?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})[\])]?/i.exec(text);
    if (d) domain = d[1]!.toLowerCase();
  }

  const urls = [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/gi)].map((m) => m[0].replace(/[.,;:]+$/, '')).slice(0, 3);

  return {
    text, code, enhanced, replyClass,
    stage: stageOf(signal, text),
    errorCode: signal.errorCode,
    timeout: signal.timeout,
    context: ctx,
    senderProvider, replyProvider,
    provider: senderProvider ?? replyProvider,
    host, port,
    security: ctx.security,
    login, from, domain,
    ourIp: quotedClientIp(text),
    verdicts: verdictsOf(text),
    urls,
  };
}

// ---- rule matching ---------------------------------------------------------------------------------------------

function enhancedMatches(patterns: string[], enhanced: string | undefined): boolean {
  if (!enhanced) return false;
  const rest = enhanced.slice(1);
  return patterns.some((p) => (p[0] === 'x' ? p.slice(1) === rest : p === enhanced));
}

function enhancedRowMatches(r: EnhancedRow, f: RuleFacts): boolean {
  if (!enhancedMatches([r.enhanced], f.enhanced)) return false;
  if (r.code && (f.code === undefined || !r.code.test(String(f.code)))) return false;
  if (r.replyClass && f.replyClass !== r.replyClass) return false;
  return true;
}

/** Whether a rule decides: its conditions, and its expression (or the cut-down one `re`) on the text `hay`. */
function matches(rule: Rule, f: RuleFacts, hay: string, re: RegExp | undefined): boolean {
  // A sending MTA's own code before a socket error it wraps (mx-connect's "450 Network error when connecting to MX server …:
  // Connection reset by peer") is no reply: the rules for replies-less errors read it.
  if (rule.noReply && f.code !== undefined && !MX_CONNECT_ERROR.test(f.text)) return false;
  if (rule.code && (f.code === undefined || !rule.code.test(String(f.code)))) return false;
  if (rule.enhanced && !enhancedMatches(rule.enhanced, f.enhanced)) return false;
  if (rule.stage && (f.stage === undefined || !rule.stage.includes(f.stage))) return false;
  if (rule.errorCode && (f.errorCode === undefined || !rule.errorCode.test(f.errorCode))) return false;
  if (rule.provider && (f.provider === undefined || !rule.provider.includes(f.provider))) return false;
  if (re && !re.test(hay)) return false;
  if (rule.when && !rule.when(f)) return false;
  return true;
}

function diagnose(d: Decision, f: Facts): Diagnosis {
  const category = d.category;
  const info = REMEDIES[category];
  const offered = f.provider ? info.providers?.[f.provider] : undefined;
  const advice = offered && (offered.applies?.(f) ?? true) ? offered : undefined;
  const cause = advice?.cause?.(f) ?? d.note ?? info.cause(f);
  const remedy = d.remedy ?? (advice ? advice.remedy(f) : info.remedy(f));
  const permanent = d.permanent
    ?? (info.byCode && (f.replyClass === 4 || f.replyClass === 5) ? f.replyClass === 5 : info.permanent);
  const links = [...new Set([...f.urls, ...(advice?.links ?? info.links ?? [])])];
  const diagnosis: Diagnosis = { category, cause, remedy, permanent, fixSide: d.fixSide ?? info.fixSide, links };
  if (f.provider) diagnosis.provider = f.provider;
  return diagnosis;
}
