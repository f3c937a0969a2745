/**
 * Feeds lines of any supported input to the right parser and yields failure records. Postfix lines take a fast
 * path (substring tests only, no regex for "status=sent"). Bounce messages (.eml, mbox): when a message has a
 * message/delivery-status part, its human-readable preamble is not counted again.
 * Pure: the caller reads the input and passes lines in order.
 */
import { DsnParser } from './dsn.js';
import { EXIM_LABEL, EximParser } from './exim.js';
import { NodemailerParser } from './nodemailer.js';
import { PostfixParser, postfixTag } from './postfix.js';
import { SendmailParser } from './sendmail.js';
import { MsmtpParser } from './msmtp.js';
import { SmtpReplyParser } from './smtp.js';
import { boundRuns, stripPrefix, timeOf, unwrapEnvelope, type LogRecord } from './common.js';
import { directionOf, genericRecord } from './generic.js';
import { findEnhanced, replyCode } from '../classify.js';
import { stageOfCommand, type Stage } from '../stages.js';

export type { LogRecord } from './common.js';

/**
 * An error message that ends inside a multi-line reply ("Invalid login: 535-5.7.8 Username and Password not accepted. For
 * more information, go to", nodemailer's err.message printed by console.error or a logger, whose next line is "535 5.7.8
 * https://support.google.com/mail/?p=BadCredentials … - gsmtp"): its last reply code with a hyphen, no final line after it.
 */
const OPEN_REPLY = /(?:^|[\s'"(:])([45]\d\d)-(?:[245]\.\d{1,3}\.\d{1,3}\b)?(?!.*(?:^|[\s'"(:])\1 )[^\n]*$/;
/** A line of that reply: the same code, a hyphen if more follow, a space on its last line. */
const REPLY_LINE = /^\s*([45]\d\d)([ -])(.*)$/;
/**
 * A string continued on the next line of a printed object ("  response: '535-5.7.8 …\\n' +" then "    '535 5.7.8 … - gsmtp',"):
 * part of the field before it.
 */
const CONTINUED_STRING = /^\s+(['"`]).*\1\s*[+,]?\s*$/;

/**
 * A client's transcript line that carries the server's failure reply (PHPMailer's "SERVER -> CLIENT: 535-…", MailKit's and
 * nodemailer's "S: …", smtplib's "reply: b'535-…'", swaks's "<** 535 …"): the failure of one attempt, which the client's own
 * summary lines after it only repeat (PHPMailer's "SMTP ERROR: Password command failed: 535-…", "SMTP Error: Could not
 * authenticate.", "SMTP connect() failed."; smtplib's traceback).
 */
const TRANSCRIPT_REPLY = /(?:SERVER -> CLIENT:|(?:^|[\s\]])S:|\breply: b?['"]|<\*\*|<~\*?|<<<?)\s*[45]\d\d[ -]/;
/** A new connection in a transcript: the server's greeting, or the client saying it connects. */
const SESSION_START = /(?:SERVER -> CLIENT:|(?:^|[\s\]])S:|\breply: b?['"]|<~|<<<?|<-)\s*220[ -]|\bConnection: opening to\b/;
/** How many lines after the transcript's failure its echoes may come. */
const ECHO_LINES = 30;
/** The words of a reply after its codes, to know a client's line that repeats it. */
function replyWords(text: string): string {
  return text.replace(/^[^]*?\b[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?/, '').trim().slice(0, 40);
}

/**
 * Fields of a printed error object and stack frames: the error's first line was already read. A Node.js frame pasted without its
 * indent ("at GetAddrInfoReqWrap.onlookup [as oncomplete] (dns.js:66:26)", test-22's Wekan paste) is a frame too: a frame names
 * a function and its file, no event.
 */
const INSPECT_FIELD = /^\s*(?:\d+\|\w+\s+\|\s+)?\s+(?:at |code:|response:|responseCode:|command:|errno:|syscall:|address:|port:|reason:|library:|function:|opensslErrorStack:|\[Symbol|File "|#\d+ )|^\s*at [\w$.<>/]+\(|^\s*at (?:new |async )?[\w$.<>/-]+(?: \[as [\w$<>]+\])? \((?:[^()]*:\d+(?::\d+)?|<anonymous>|native|index \d+)\)\s*$|^\s*at (?:async )?(?:\/|[A-Za-z]:\\|node:|file:\/\/)\S*:\d+:\d+\)?\s*$|^\s*from \/|^\s+\.\.\. \d+ (?:common frames|more)/;
/** A printed error object's reply field ("  response: '550 5.1.1 …'"): read when the error's own line was not. */
const RESPONSE_FIELD = /^\s*(?:\d+\|\w+\s+\|\s+)?\s+(?:response|reason):\s*['"`]/;
/**
 * A printed error's code field on its own line, whose code names the cause by itself (nodemailer's EDNS and EAUTH, Node's network
 * errnos): `"code":"EDNS",` of a pretty-printed JSON error (test-24, nodemailer#1153), `code: 'ETIMEDOUT',` of util.inspect. Read,
 * like a reply field, only when the error's own line was not; a code that names no cause (EENVELOPE, EMESSAGE, ESOCKET) is none.
 */
const CODE_FIELD = /^\s*(?:\d+\|\w+\s+\|\s+)?\s*(["']?)code\1\s*:\s*(["'])(EDNS|EAUTH|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH)\2\s*,?\s*$/;
/** Outlook's and Windows Mail's error line ("Subject 'x', Account: 'y', Server: …, Server Response: '550 …'") is no mail header. */
const CLIENT_ERROR_LINE = /\b(?:Account|Server Response|server response|Error Number|error number):/;
const HEADER = /^(?:Return-Path|Received|Delivered-To|Message-ID|MIME-Version|Content-Type|X-Failed-Recipients|Subject|Auto-Submitted):/i;
/** Exim's bounce body naming the command a remote reply answered ("SMTP error from remote mail server after RCPT TO:<…>:"). */
const BODY_STAGE = /^\s*SMTP error from remote (?:mail server|mailer|server) after (MAIL FROM|RCPT TO|DATA|end of data|pipelined (?:MAIL FROM|RCPT TO|DATA)|initial connection|HELO|EHLO|AUTH|STARTTLS)\b/i;
/** What a message's header block is made of: fields ("Name: value") and their folded continuations. */
const HEADER_LINE = /^(?:[!-9;-~]+:|[ \t])/;

/**
 * The program's own line: its long runs cut (boundRuns), out of a container's or a quote's envelope (unwrapEnvelope), after
 * docker compose's "name | ".
 */
function unwrapLine(raw: string): string {
  const bare = unwrapEnvelope(boundRuns(raw));
  if (!bare.includes('|')) return bare;
  const stripped = stripPrefix(bare);
  return stripped === bare ? bare : unwrapEnvelope(stripped);
}

export class LogScanner {
  private readonly postfix = new PostfixParser();
  private readonly exim = new EximParser();
  private readonly sendmail = new SendmailParser();
  private readonly msmtp = new MsmtpParser();
  private readonly nodemailer = new NodemailerParser();
  private readonly smtp = new SmtpReplyParser();
  private readonly dsn = new DsnParser();
  /** Inside a bounce message: records other than the DSN's wait here until we know whether a DSN part exists. */
  private inMessage = false;
  private inHeaders = false;
  private dsnSeen = false;
  /**
   * The command an Exim bounce's body names before the remote reply it quotes ("SMTP error from remote mail server after MAIL
   * FROM:<…> SIZE=1022:" then "553 5.1.0 … does not exist"): the stage of the next record of the message.
   */
  private bodyStage: Stage | undefined;
  private held: LogRecord[] = [];
  /** Whether the current bounce message gave a record (its DSN part or a line of its body). */
  private messageEmitted = false;
  /** Line numbers: of this input line, of the last line that was not a field of a printed error, of the last record. */
  private lineNo = 0;
  private ownerLine = 0;
  private lastEmit = -1;
  /** An error record whose reply goes on in the next lines (OPEN_REPLY): they are joined to it before it is emitted. */
  private open: { record: LogRecord; code: string; lines: number } | undefined;
  /** The failure a client's transcript showed (TRANSCRIPT_REPLY): the client lines that only repeat it are not counted again. */
  private attempt: { words: string; until: number } | undefined;
  /** Whether the last line was a field of a printed object whose string goes on in the next line ("… ' +"). */
  private fieldContinues = false;

  constructor(private readonly emit: (record: LogRecord) => void) {}

  /**
   * Where Postfix queue-id senders come from when their "from=" lines were not pushed (the fast file reader
   * indexes them and reads them back on demand; it verifies them with senderEntryOf).
   */
  setSenderLookup(lookup: (qid: string) => string | undefined): void {
    this.postfix.lookup = lookup;
    this.exim.lookup = lookup;
  }

  /** What push(raw) would record as a queue id → sender (a Postfix qmgr line, an Exim arrival), if anything. */
  static senderEntryOf(raw: string): { qid: string; sender: string } | undefined {
    const line = unwrapLine(raw);
    const tag = postfixTag(line);
    if (tag >= 0) return PostfixParser.senderEntry(line, tag);
    return line.startsWith('From ') || MsmtpParser.claims(line) ? undefined : EximParser.arrivalEntry(line);
  }

  /**
   * One input line. A line with a Postfix program tag ("postfix/smtp[…]", postfixTag) goes to the Postfix parser
   * only, whatever state the other parsers are in (the fast reader skips such lines when they hold none of
   * POSTFIX_TRIGGERS; see postfix.ts); a line that merely mentions postfix is read as any other.
   * textKey: the byte template key of the line's delivery reply, when the reader computed it (PostfixParser.parse).
   */
  push(raw: string, textKey?: number): void {
    const prevOwner = this.ownerLine;
    this.ownerLine = ++this.lineNo;
    const line = unwrapLine(raw);
    // The walk's template key was made over the wrapped bytes: a line that came out of an envelope is keyed again.
    if (line !== raw && line !== stripPrefix(raw)) textKey = undefined;
    if (this.open) {
      const m = REPLY_LINE.exec(line);
      if (m && m[1] === this.open.code) {
        const o = this.open;
        o.record = { ...o.record, signal: { ...o.record.signal, text: `${o.record.signal.text} ${m[3]!.trim()}` } };
        this.lastEmit = this.lineNo;
        if (m[2] === ' ' || ++o.lines > 50) this.closeOpen();
        return;
      }
      this.closeOpen();
    }
    const continued = this.fieldContinues;
    this.fieldContinues = false;
    if (this.attempt && (this.lineNo > this.attempt.until || SESSION_START.test(line))) this.attempt = undefined;
    const tag = postfixTag(line);
    if (tag >= 0) {
      const r = this.postfix.parse(line, textKey, tag);
      if (r) this.out(r);
      return;
    }
    if (line.startsWith('From ') && / \d{4}\s*$/.test(line)) {
      this.endMessage();
      this.inMessage = true;
      this.inHeaders = true;
      return;
    }
    // A line that is no header field inside what looked like a header block: it was a "Subject:" (or similar) line
    // in a log, not a message. Leave message mode and read this line as any other.
    if (this.inHeaders && line !== '' && !HEADER_LINE.test(line)) this.endMessage();
    // A timestamped log line ends a message's body: the input went back to being a log.
    else if (this.inMessage && !this.inHeaders && timeOf(line) !== undefined) this.endMessage();
    if (this.inHeaders || (!this.inMessage && HEADER.test(line) && !CLIENT_ERROR_LINE.test(line))) {
      if (!this.inMessage) { this.inMessage = true; this.inHeaders = true; }
      if (line === '') { this.inHeaders = false; return; }
      this.dsn.header(line);
      return;
    }
    if (this.inMessage && !this.inHeaders) {
      const after = BODY_STAGE.exec(line);
      if (after) this.bodyStage = /^initial connection$/i.test(after[1]!) ? 'greeting' : stageOfCommand(after[1]!.replace(/^pipelined /i, ''));
    }
    if (this.inMessage && (DsnParser.claims(line) || (/^\s/.test(line) && line.trim() !== '') || line === '')) {
      if (DsnParser.claims(line)) this.dsnSeen = true;
      const r = this.dsn.parse(line);
      if (r) this.out(r);
      if (DsnParser.claims(line) || line === '') return;
    }
    const eximLine = line.includes('exim') || EXIM_LABEL.test(line) ? EximParser.unwrap(line) : line;
    if (eximLine !== line && EximParser.claims(eximLine)) {
      const r = this.exim.parse(eximLine);
      if (r) this.out({ ...r, line });
      return;
    }
    if (MsmtpParser.claims(line)) {
      const r = this.msmtp.parse(line);
      if (r) this.out(r);
      return;
    }
    if (EximParser.claims(line)) {
      // Exim's own line: parsed or not (an arrival, a delivery), no other reader sees it. Another program's line that only has
      // Exim's date and one of its words ("… ERROR 550 5.7.1 Message rejected …") is read on.
      const r = this.exim.parse(line);
      if (r) { this.out(r); return; }
      if (EximParser.isOwn(line)) return;
    }
    if (SendmailParser.claims(line)) {
      const r = this.sendmail.parse(line);
      if (r) this.out(r);
      return;
    }
    const codeField = CODE_FIELD.exec(line);
    if (codeField) {
      this.ownerLine = prevOwner;
      if (this.lastEmit < prevOwner) this.out({ source: 'nodemailer', line, status: 'error', signal: { text: codeField[3]!, errorCode: codeField[3]! } });
      return;
    }
    if (INSPECT_FIELD.test(line) || (continued && CONTINUED_STRING.test(line))) {
      this.ownerLine = prevOwner;
      this.fieldContinues = /\+\s*$/.test(line);
      if (this.lastEmit < prevOwner && RESPONSE_FIELD.test(line)) {
        const r = genericRecord(line);
        if (r) this.out(r);
      }
      return;
    }
    if (this.smtp.busy || SmtpReplyParser.claims(line)) {
      const r = this.smtp.parse(line);
      // A reply quoted with a hoster's gloss that says whose filter refused whom ("554 5.7.2 Service denied, … --- It means the sender
      // mailserver ip address is blocked by our ASSP Antispam …", test-38): the gloss decides the direction, as on any other line.
      const own = r && !r.direction ? directionOf(line) : undefined;
      if (r) this.clientOut(own ? { ...r, direction: own } : r);
      // A line that only ended a pending multi-line reply ("554-…" then an error line) is read on as any other.
      if (this.smtp.busy || this.smtp.consumed || SmtpReplyParser.claims(line)) return;
    }
    if (NodemailerParser.claims(line)) {
      const r = this.nodemailer.parse(line);
      // A client library's words in our own server's record ("dovecot: imap-login: Disconnected: … SSL_accept() failed: … wrong version
      // number … rip=…", test-26): the server's record says whose failure it is (a login, an inbound refusal).
      const own = r ? directionOf(line) : undefined;
      if (r) { this.outOrHold(own ? { ...r, direction: own } : r); return; }
    }
    const r = genericRecord(line);
    if (r) this.outOrHold(r);
  }

  /** A client's error record: held while its reply goes on in the next lines (OPEN_REPLY), emitted otherwise. */
  private outOrHold(r: LogRecord): void {
    const m = OPEN_REPLY.exec(r.signal.text);
    if (!m) { this.clientOut(r); return; }
    this.open = { record: r, code: m[1]!, lines: 0 };
    this.lastEmit = this.lineNo;
  }

  private closeOpen(): void {
    const o = this.open;
    this.open = undefined;
    if (o) this.clientOut(o.record);
  }

  /**
   * A record of a client's line (a reply, an error message): not counted when it only repeats the failure its transcript
   * showed just before (the same reply's words, or a summary without a reply of its own); a transcript's failure starts
   * such an attempt.
   */
  private clientOut(r: LogRecord): void {
    const text = r.signal.text;
    const code = r.signal.code ?? replyCode(text);
    if (this.attempt && r.direction === undefined) {
      const words = this.attempt.words;
      const own = code !== undefined || findEnhanced(text, code) !== undefined;
      if (!own || (words.length >= 8 && text.includes(words))) { this.lastEmit = this.lineNo; return; }
    }
    if (code !== undefined && code >= 400 && r.direction === undefined && TRANSCRIPT_REPLY.test(r.line)) {
      this.attempt = { words: replyWords(text), until: this.lineNo + ECHO_LINES };
    }
    this.out(r);
  }

  /** End of one input: flushes pending multi-line replies and bounce blocks. */
  end(): void {
    this.closeOpen();
    const r = this.smtp.flush();
    if (r) this.out(r);
    this.endMessage();
  }

  private endMessage(): void {
    const subject = this.dsn.subjectCause();
    const r = this.dsn.reset();
    if (r) this.out(r);
    if (!this.dsnSeen) for (const h of this.held) this.emit(h);
    // A bounce whose body gave nothing, or only its headers were pasted: the cause its Subject names (sendmail, Lotus Domino).
    if (this.inMessage && !this.messageEmitted && subject) {
      const s = genericRecord(subject);
      if (s) this.emit({ ...s, line: `Subject: ${subject}` });
    }
    this.messageEmitted = false;
    this.held = [];
    this.inMessage = false;
    this.inHeaders = false;
    this.dsnSeen = false;
    this.bodyStage = undefined;
  }

  private out(r: LogRecord): void {
    this.lastEmit = this.lineNo;
    if (this.inMessage) this.messageEmitted = true;
    if (this.inMessage && r.source !== 'dsn') {
      if (this.bodyStage && !r.signal.stage) r = { ...r, signal: { ...r.signal, stage: this.bodyStage } };
      this.bodyStage = undefined;
      if (this.held.length < 1000) this.held.push(r);
      return;
    }
    this.emit(r);
  }
}
