/**
 * Raw SMTP replies and transcripts: a pasted "550 5.7.1 …", multi-line "550-5.7.26 …" replies, swaks output
 * ("<** 535 …", " -> RCPT TO:<…>") and "S:/C:" transcripts. Stateful: joins continuation lines and remembers the
 * last client command as the stage. Pure.
 */
import { stageOfCommand } from '../stages.js';
import { ABOUT_A_CODE, EXIM_LOST_INPUT, timeOf, type LogRecord } from './common.js';

// ">>> 503 …": an arrow before a reply code marks the server's line whichever way the tool draws it (espoofer's >>>).
const SERVER_PREFIX = /^\s*(?:<\*\*|<~\*|<-|<~|S:|<<<?|>>>?(?=\s*[2-5]\d\d\b)|\[?server\]?:?|\d\d:\d\d:\d\d(?:\.\d+)?\s+(?:<|S:?))?\s*/;
const CLIENT_LINE = /^\s*(?:->|~>|\*\*>|C:|>>>?)\s*([A-Za-z]+(?: (?:FROM|TO))?)/;
const REPLY = /^([45]\d\d)([ -])(.*)$/;

export class SmtpReplyParser {
  private pending: { code: string; lines: string[]; first: string; time?: string; stage?: string; swaks: boolean } | undefined;
  private lastCommand: string | undefined;
  /** Did the last parse() take its line (a reply, a continuation, a client command)? A foreign line only ends a pending reply. */
  consumed = false;

  static claims(line: string): boolean {
    // A reply code's second digit is 0–5 ("276 Connecting to …" is exim -d's pid, not a reply).
    // amavis's discard reply ("250 2.7.0 Ok, discarded, id=… - INFECTED: …", test-43) is no success: the generic reader takes it.
    return (/^\s*(?:<\*\*|<~\*|<-|<~|S:|<<<?|->|~>|C:|>>>?)?\s*[2-5][0-5]\d(?:[ -](?=\S)|$)/.test(line) && !/^\s*250 2\.7\.[01] Ok,? discarded,/.test(line)) || CLIENT_LINE.test(line);
  }

  /** Feeds one line; returns a finished reply when one is complete. */
  parse(line: string): LogRecord | undefined {
    const client = CLIENT_LINE.exec(line);
    this.consumed = client !== null;
    if (client) {
      const out = this.flush();
      const verb = client[1]!.toUpperCase();
      if (/^(?:MAIL|RCPT|DATA|AUTH|EHLO|HELO|STARTTLS|QUIT|RSET|BDAT)\b/.test(verb)) this.lastCommand = verb;
      return out;
    }
    const body = line.replace(SERVER_PREFIX, '');
    const m = REPLY.exec(body);
    const swaks = /^\s*<[*~]/.test(line);
    this.consumed = m !== null;
    if (this.pending && m && m[1] === this.pending.code) {
      this.pending.lines.push(m[3]!);
      if (m[2] === ' ' || this.pending.lines.length > 50) return this.flush();
      return undefined;
    }
    const out = this.flush();
    if (!m) return out;
    const stage = this.stageName();
    if (m[2] === '-') {
      this.pending = { code: m[1]!, lines: [m[3]!], first: line, time: timeOf(line), stage, swaks };
      return out;
    }
    const rec = this.record(m[1]!, [m[3]!], line, timeOf(line), stage, swaks);
    return out ?? rec;
  }

  /** The reply still being joined, at the end of input or when another format takes over. */
  flush(): LogRecord | undefined {
    const p = this.pending;
    this.pending = undefined;
    return p ? this.record(p.code, p.lines, p.first, p.time, p.stage, p.swaks) : undefined;
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  private stageName(): string | undefined {
    return stageOfCommand(this.lastCommand);
  }

  private record(code: string, lines: string[], first: string, time: string | undefined, stage: string | undefined, swaks: boolean): LogRecord | undefined {
    // Continuation lines repeat the enhanced code ("550-5.7.1 …"): keep it once.
    const text = `${code} ${lines.map((l, i) => (i === 0 ? l.trim() : l.trim().replace(/^[245]\.\d{1,3}\.\d{1,3}\s+/, ''))).join(' ')}`;
    // A sentence about the code, not a reply ("550 5.4.1 should be added to the NDR response page").
    if (ABOUT_A_CODE.test(text)) return undefined;
    const rec: LogRecord = { source: swaks ? 'swaks' : 'smtp', line: first, time, status: code.startsWith('4') ? 'deferred' : 'failed', signal: { text, code: Number(code), stage } };
    // The one reply only a server writes to a client that already left (Exim's "lost input connection"): our server's record.
    if (EXIM_LOST_INPUT.test(text)) rec.direction = 'inbound';
    return rec;
  }
}
