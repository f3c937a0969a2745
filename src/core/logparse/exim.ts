/**
 * Exim main log: "**" permanent failures, "==" deferrals, "rejected RCPT/MAIL", "authenticator failed".
 * The sender of a message comes from its "<=" arrival line (a bounded map). Pure.
 */
import { stageOfCommand, type Stage } from '../stages.js';
import { BoundedMap, isPrivateIp, lowerAddress, timeOf, type LogRecord } from './common.js';

/** Exim's "after …" words as a stage (its "initial connection" is the greeting). */
const stageOf = (words: string | undefined): Stage | undefined => (words && /^initial connection/i.test(words) ? 'greeting' : stageOfCommand(words));

/** What only Exim writes (isOwn): its fields and the wording of its refusals and TLS and login errors (its deliveries' marks, <= => -> ** ==, come with a message id). */
const EXIM_OWN = / [HUFRTSP]=|\bF=<|\bSMTP call from\b|\brejected (?:RCPT|MAIL|EHLO|HELO|after|DATA|connection|by local_scan)\b|\bauthenticator failed\b|\bTLS error on connection\b|\bcancelled by system filter\b|\bSMTP (?:protocol|syntax) (?:synchronization )?error\b/;
const EXIM_ID = /^(?:\S+ \S+(?: [+-]\d{4})?) (?:\[\d+\] )?([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) /;

/** A label before an Exim record in a paste (see unwrap): words that name an MTA, a stage or a log, a colon, then the record's date. */
export const EXIM_LABEL = /^`?[A-Z][\w -]{0,40}?\b(?:MTA|[Ss]tage|[Ee]xim|[Rr]elay|[Gg]ateway|[Mm]ainlog|[Rr]ejectlog)\b[\w -]{0,20}:\s+(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d )/;

export class EximParser {
  /** Queue id → sender, bounded so that memory stays constant on any log size. */
  private readonly senders = new BoundedMap(10_000);
  /** Senders of "<=" lines that were indexed rather than parsed (src/diagnose/read.ts, as for Postfix). */
  lookup: ((id: string) => string | undefined) | undefined;

  /**
   * The message id and sender an arrival line ("… ID <= sender …") records, exactly as parse() would remember
   * them; the fast reader indexes such lines (asm/scan.ts) and checks them with this when it reads one back.
   */
  static arrivalEntry(line: string): { qid: string; sender: string } | undefined {
    if (!EximParser.claims(line)) return undefined;
    const arrival = line.indexOf(' <= ');
    const id = arrival >= 0 ? EXIM_ID.exec(line)?.[1] : undefined;
    const from = id ? /^ <= (\S+)/.exec(line.slice(arrival))?.[1] : undefined;
    return id && from && from !== '<>' ? { qid: id, sender: from } : undefined;
  }

  /**
   * Its main log's lines, and the same records as its host checking (exim -bh), debug and testsuite output print them, behind
   * "LOG: " instead of a date ("LOG: H=[1.2.3.4] F=<…> temporarily rejected RCPT <…>: …", "LOG: TLS error on connection from …").
   */
  static claims(line: string): boolean {
    // PHPMailer's debug lines carry a date too, and an arrow that is not Exim's (" SERVER -> CLIENT: 550 …"; its 5.x labels
    // "SMTP -> FROM SERVER:535 …", "SMTP -> get_lines(): $str is \"535 …", "CLIENT -> SMTP: AUTH LOGIN").
    return /^(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d|LOG: (?=H=|TLS error on connection |SMTP (?:protocol|syntax) error in "))/.test(line) && !/\b(?:SERVER -> CLIENT|CLIENT -> SERVER|CLIENT -> SMTP):|\bSMTP -> (?:FROM SERVER|ERROR|get_lines\(\))/.test(line)
      && (line.includes(' <= ') || line.includes(' ** ') || line.includes(' == ') || line.includes(' => ') || line.includes(' -> ')
        || line.includes(' rejected ') || line.includes('authenticator failed') || line.includes(' TLS error on connection ')
        || line.includes(' cancelled by system filter: ') || line.includes('SMTP protocol synchronization error (')
        || / SMTP (?:protocol|syntax) error in "/.test(line));
  }

  /**
   * Whether a line claims() took is Exim's own in its structure, not only in its date and a word ("2026-12-03 08:01:12,123 ERROR
   * 550 5.7.1 Message rejected …", an application's logger; "… 550 5.7.367 Remote server returned … -> 554 …"): a message id,
   * Exim's fields (H=, U=, F=<…>, R=, T=), or the wording of its refusals. Another program's line that Exim's parser gives nothing
   * for is read as any other.
   */
  static isOwn(line: string): boolean {
    return EXIM_ID.test(line) || EXIM_OWN.test(line);
  }

  /**
   * Exim's own line out of a syslog line ("Feb 14 18:12:33 host exim[47012]: 2025-02-14 18:12:33.501 [47012] …"), or out of a
   * label that names the Exim instance it came from, as a paste of a multi-stage gateway writes it ("`Incoming MTA stage:\t2024-12-25
   * 15:43:28 H=… temporarily rejected RCPT <…>`", MailCleaner's stages; a Markdown code span around it); else the line.
   */
  static unwrap(line: string): string {
    const m = /^\S.{0,100}? exim\d*\[\d+\]: (?=\d{4}-\d\d-\d\d \d)/.exec(line) ?? EXIM_LABEL.exec(line);
    if (!m) return line;
    const rest = line.slice(m[0].length);
    return m[0].startsWith('`') ? rest.replace(/`\s*$/, '') : rest;
  }

  parse(line: string): LogRecord | undefined {
    const id = EXIM_ID.exec(line)?.[1];
    if (line.includes(' <= ')) {
      const e = EximParser.arrivalEntry(line);
      if (e) this.senders.set(e.qid, e.sender);
      return undefined;
    }
    const done = / (?:=>|->) (\S+)/.exec(line);
    if (done && id && line.indexOf(done[0]) < 40 + id.length) {
      return { source: 'exim', line, status: 'delivered', queueId: id, recipient: lowerAddress(done[1]), signal: { text: '' } };
    }
    const fail = / (\*\*|==) (\S+)(?: <[^>]*>)? (.*)$/.exec(line);
    if (fail) {
      const rest = fail[3]!;
      const colon = rest.search(/: |defer \(/);
      const text = colon >= 0 ? rest.slice(colon).replace(/^: /, '') : rest;
      const stage = /after (MAIL FROM|RCPT TO|DATA|end of data|AUTH|EHLO|HELO|initial connection)/i.exec(text)?.[1];
      return {
        source: 'exim', line, time: timeOf(line),
        status: fail[1] === '**' ? (/retry timeout exceeded/i.test(text) ? 'expired' : 'failed') : 'deferred',
        queueId: id,
        sender: id ? lowerAddress(this.senders.get(id) ?? this.lookup?.(id)) : undefined,
        recipient: lowerAddress(fail[2]),
        signal: { text, stage: stageOf(stage) },
      };
    }
    const rejected = /(?:F=<([^>]*)> )?(temporarily )?rejected (RCPT|MAIL|EHLO|HELO|after DATA|DATA)\s*(<[^>]*>)?:? ?(.*)$/.exec(line);
    if (rejected) {
      // Our server refusing a client: a stranger (inbound) unless it logged in or sits on a private network.
      // Its refusal of a client's HELO or EHLO names the client after "from" (smtp_in.c: "rejected EHLO from localhost [127.0.0.1]:
      // syntactically invalid argument(s): …", "rejected HELO from [V4NET.0.0.0]: …"; test-24, ownCloud's mailer on localhost), not in H=.
      const helo = /^(?:EHLO|HELO)$/.test(rejected[3]!) ? /^from (?:\S+ )?\[([^\]]+)\](?::\d+)?:\s*(.*)$/.exec(rejected[5] ?? '') : null;
      if (helo) rejected[5] = helo[2]!;
      const client = helo ? helo[1] : /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      // A refusal because the client did not log in ("rejected RCPT <…>: SMTP AUTH is required for message submission on port 587",
      // Exim's submission ACL) is a stranger trying our server without logging in: a login against it; a refused relay that asks for
      // authentication ("relay not permitted, authentication required") stays a relay attempt (inbound).
      const own = isPrivateIp(client) || / A=\S+/.test(line);
      // "temporarily rejected" is an ACL's defer (or a verification that could not finish, "Could not complete recipient verify
      // callout"): Exim answers the client 451 (acl.c, smtp_handle_acl_fail), a temporary refusal.
      const why = rejected[5];
      return {
        source: 'exim', line, time: timeOf(line), status: rejected[2] ? 'deferred' : 'rejected',
        direction: own ? 'outbound' : /\b(?:SMTP )?AUTH(?:entication)? (?:is )?required\b/i.test(why ?? '') && !/\brelay/i.test(why ?? '') ? 'login' : 'inbound',
        sender: lowerAddress(rejected[1]), recipient: rejected[3] === 'RCPT' ? lowerAddress(rejected[4]) : undefined,
        // A refused HELO or EHLO keeps its verb ("rejected EHLO or HELO localhost: HELO name is localhost", the helo ACL's record): the
        // refusal is of the name whatever the ACL's message says, unless the message names a cause of its own (a listing).
        signal: { text: /^(?:EHLO|HELO)$/.test(rejected[3]!) ? `rejected ${rejected[3]} ${why ?? ''}`.trim() : why || line, stage: stageOf(rejected[3]!.replace(/^after /, '')), ...(rejected[2] && !/^\s*[45]\d\d\b/.test(why ?? '') ? { code: 451 } : {}) },
      };
    }
    // Its local_scan() function refusing a message a client sent ("1Ai79e-… F=<…> H=host [ip] P=smtp rejected by local_scan(): Rejected:
    // hits=7.5 required=5.0 trigger=5.0", sa-exim's SpamAssassin verdict; receive.c logs the function's text, also "temporarily
    // rejected by local_scan()"): our server refusing a stranger unless the client logged in or sits on a private network.
    // Exim answers the client 550 for a rejection and 451 for a temporary one (LOCAL_SCAN_REJECT / LOCAL_SCAN_TEMPREJECT): the reply
    // whose text it logs ("temporarily rejected by local_scan(): Local configuration error - …" is a 451).
    const localScan = /\b(temporarily )?rejected by local_scan\(\):\s*(.*)$/.exec(line);
    if (localScan) {
      const client = /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      const text = localScan[2]!.trim() || 'rejected by local_scan()';
      return { source: 'exim', line, time: timeOf(line), status: localScan[1] ? 'deferred' : 'rejected', queueId: id,
        direction: isPrivateIp(client) || / A=\S+/.test(line) ? 'outbound' : 'inbound',
        sender: lowerAddress(/\bF=<?([^>\s]+)>?/.exec(line)?.[1]),
        signal: { text, code: localScan[1] ? 451 : 550, stage: 'data' } };
    }
    // Its "connect" ACL turning a client away before the greeting (acl.c: "H=host [ip] rejected connection in \"connect\" ACL",
    // with ": <message>" when the ACL gives one; MailCleaner's log in its issue #310): our server refusing a stranger unless the
    // client sits on a private network; the ACL's message, when there is one, says why.
    const connectAcl = /\brejected connection in "connect" ACL(?::\s*(.*))?$/.exec(line);
    if (connectAcl) {
      const client = /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'inbound',
        signal: { text: connectAcl[1]?.trim() || 'rejected connection in "connect" ACL', stage: 'greeting' } };
    }
    // The system filter's "fail text" for a message (Exim's "ID cancelled by system filter: <text>"; cPanel's Cloudmark filter
    // writes "This message from … was rejected due to classification as CONFIRMED SPAM."): the message was refused, its text says why.
    const cancelled = / cancelled by system filter: (.*)$/.exec(line);
    if (cancelled && id) {
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', queueId: id,
        sender: lowerAddress(this.senders.get(id) ?? this.lookup?.(id)), signal: { text: cancelled[1]! } };
    }
    // Outgoing TLS: "TLS error on connection to mx.example.com [203.0.113.7] (SSL_connect): error:… certificate verify failed".
    const tls = / TLS error on connection (to|from) (\S+) \[[^\]]*\](?: \([^)]*\))?: (.*)$/.exec(line);
    if (tls) {
      // "from": a client's handshake with our server failed (inbound).
      return { source: 'exim', line, time: timeOf(line), status: 'error', direction: tls[1] === 'from' ? 'inbound' : 'outbound',
        signal: { text: `TLS error on connection ${tls[1]} ${tls[2]}: ${tls[3]}`, stage: 'tls' } };
    }
    // A client that started TLS on a port where Exim speaks plain SMTP first: Exim logs the TLS ClientHello's first bytes
    // ("\026\003\001") as input sent before the greeting. Other synchronization errors are strangers' chatter.
    const sync = /SMTP protocol synchronization error \(([^)]*)\): rejected connection from .*?input="(\\026\\003[^"]*)"/.exec(line);
    if (sync) {
      const client = /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'inbound',
        signal: { text: `SMTP protocol synchronization error (${sync[1]}): input="${sync[2]}"`, stage: 'greeting' } };
    }
    // Any other synchronization error ("SMTP protocol synchronization error (next input sent too soon: pipelining was not advertised):
    // rejected "RCPT TO:<…>" H=(x) [ip] next input="…"", "(input sent without waiting for greeting): rejected connection from H=[ip]";
    // exim_exporter's rejectlog test cuts it after "rejected"): a client that broke SMTP's order on our server, refused with 554; a
    // stranger (inbound) unless it sits on a private network.
    const order = /SMTP protocol synchronization error \(([^)]*)\): rejected\b/.exec(line);
    if (order) {
      const client = /\bH=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'inbound',
        signal: { text: `SMTP protocol synchronization error (${order[1]})`, code: 554 } };
    }
    // A client's bad command on our server ("SMTP protocol error in "AUTH LOGIN" H=(ylmf-pc) [45.32.34.167]:60723
    // I=[…]:587 AUTH command used when not advertised"): a stranger (inbound) unless it sits on a private network.
    const proto = /SMTP (?:protocol|syntax) error in "([^"]*)" H=(?:\S+ )?(?:\([^)]*\) )?\[([^\]]+)\](?::\d+)?(?: I=\S+)? (.*)$/.exec(line);
    if (proto) {
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(proto[2]) ? 'outbound' : 'inbound',
        signal: { text: `SMTP protocol error in "${proto[1]}": ${proto[3]}` } };
    }
    // Its authenticator refusing a client ("dovecot_login authenticator failed for (helo) [ip]:port: 535 Incorrect authentication data
    // (set_id=…)"); an exporter's or a parser's test may cut the record after the client ("authenticator failed for ([192.168.0.3])
    // [75.148.200.89]", exim_prometheus_exporter), also after the colon that would introduce the reply ("fixed_login authenticator failed
    // for ([127.0.0.1]) [20.218.238.122]:", n8n#19390, test-23): the same refused login, Exim's 535 unsaid.
    const auth = /authenticator failed for .*?(?:: (\d{3}.*)|\[[^\]]+\](?::\d+)?:?\s*)$/.exec(line);
    if (auth) {
      const user = /\(set_id=([^)]+)\)/.exec(line)?.[1];
      // The client is the first address after "for" (host, HELO name in parentheses, [ip]:port); an " I=[ip]:port" after it is our
      // own interface ("auth_plain authenticator failed for (rom182) [193.254.202.35]:41556 I=[10.0.0.1]:25: 535 …", fail2ban's exim log).
      const client = /authenticator failed for (?:[^\s([]+ )?(?:\([^)]*\) )?\[([^\]]+)\]/.exec(line)?.[1];
      return { source: 'exim', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'login',
        sender: lowerAddress(user), signal: auth[1] ? { text: auth[1].replace(/\s*\(set_id=[^)]*\)/, ''), stage: 'auth' } : { text: 'authenticator failed', code: 535, stage: 'auth' } };
    }
    return undefined;
  }
}
