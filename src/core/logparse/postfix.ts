/**
 * Postfix: delivery results (status=bounced|deferred|expired), smtpd rejects (NOQUEUE: reject), SASL failures
 * and TLS errors. The sender of a queued message comes from qmgr's "QID: from=<…>" line (a bounded map), or,
 * when the reader did not pass those lines in (src/diagnose/read.ts indexes them instead), from `lookup`.
 * Pure.
 *
 * A line that contains none of POSTFIX_TRIGGERS and no ": from=<" leaves this parser unchanged: the fast reader
 * relies on that to skip such lines without decoding them (asm/scan.ts; its trigger test is generated from
 * POSTFIX_TRIGGERS; its qmgr test mirrors senderEntry).
 */
import { stageOfCommand } from '../stages.js';
import { BoundedMap, isPrivateIp, lowerAddress, timeOf, type LogRecord } from './common.js';

/**
 * Substrings one of which a line must contain (besides qmgr's ": from=<") for parse() to do anything: the one
 * definition, also compiled into the WebAssembly walk (scripts/asm-triggers.mjs generates asm/triggers.ts from
 * it). A trigger followed by its `unless` is not one ("status=sent"): the walk hands such a line over only when
 * its queue id was deferred before (a delivery that recovers a deferral).
 */
export const POSTFIX_TRIGGERS: ReadonlyArray<{ text: string; unless?: string }> = [
  { text: 'status=', unless: 'sent' },
  { text: 'reject:' },
  { text: 'SASL' },
  { text: 'SSL_connect error' },
  { text: 'SSL_accept error' },
  { text: 'TLS library problem' },
  { text: 'certificate verification failed' },
  { text: 'Cannot start TLS' },
  { text: 'connect to ' },
  { text: 'lost connection with' },
  { text: 'conversation with' },
  { text: 'refused to talk' },
  { text: 'said: ' },
  { text: 'auth reply: FAIL' },
  { text: 'map lookup problem' },
  // smtpd's verbose trace of what it sent a client ("postfix/smtpd[pid]: > host[ip]: 454 4.7.1 …").
  { text: ': > ' },
  // Cyrus SASL's password check inside smtpd ("error: verify password: authentication failed: user=…", "error: validate response:
  // authentication failed for user=…").
  { text: 'verify password: ' },
  { text: 'validate response: ' },
  // postscreen's verdict from its access list ("DENYLISTED [ip]:port", "BLACKLISTED …" before Postfix 3.6).
  { text: 'LISTED [' },
  // qmgr's note that a transport's delivery agent died ("warning: transport smtp failure -- see a previous warning/fatal/panic logfile
  // record …"), and a daemon's own resolver failing for a service it must reach ("fatal: host/service antispam/11332 not found: …").
  { text: 'failure -- see' },
  { text: 'host/service ' },
  // amavis's reply when its policy discarded the message ("status=sent (250 2.7.0 Ok, discarded, id=… - INFECTED: …)"): a status=sent
  // line that is no delivery (the fiftieth pass). Not from "Ok": an upper-case first byte is a walk candidate alone, and every
  // delivery's "250 2.0.0 Ok: queued as …" has one; a lower-case start is checked on three bytes.
  { text: 'discarded, id=' },
  // smtpd's warning for an address it cannot parse ("warning: Illegal address syntax from host[ip] in RCPT command: <…>", test-49);
  // from its lower-case word, as above.
  { text: 'address syntax from ' },
];

const isDigitAt = (s: string, i: number): boolean => { const c = s.charCodeAt(i); return c >= 48 && c <= 57; };
/** [A-Za-z0-9_.-]: the characters of a syslog program name's parts. */
const isNameAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
};

/** Is the "postfix" at i a program tag as syslog writes it (see postfixTag)? */
function tagAt(line: string, i: number): boolean {
  if (i > 0 && (isNameAt(line, i - 1) || line.charCodeAt(i - 1) === 47)) return false; // "/etc/postfix/", "mypostfix"
  let j = i + 7;
  if (line.charCodeAt(j) === 91) { // "postfix[pid]"
    const k = ++j;
    while (isDigitAt(line, j)) j++;
    return j > k && line.charCodeAt(j) === 93;
  }
  if (line.charCodeAt(j) === 45) { // "postfix-<instance>/"
    const k = ++j;
    while (isNameAt(line, j)) j++;
    if (j === k) return false;
  }
  if (line.charCodeAt(j) !== 47) return false;
  j++;
  const c = line.charCodeAt(j);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false; // the daemon's name starts with a letter
  while (isNameAt(line, j) || line.charCodeAt(j) === 47) j++;
  const e = line.charCodeAt(j);
  return e === 91 || e === 58 || e === 32; // "[pid]", ":", " " (RFC 5424, a viewer that drops the pid's colon)
}

/**
 * Where the line's Postfix program tag starts, or -1: the first "postfix" written as syslog writes Postfix's
 * programs, "postfix/<daemon>" (also "postfix/submission/smtpd"), "postfix-<instance>/<daemon>" (multi-instance)
 * or "postfix[pid]" (the postfix command), the daemon's name followed by "[pid]", ":" or a space, and the tag not
 * part of a longer word or path ("/etc/postfix/main.cf", "postfix_1 |"). Only a line with a tag is Postfix's: one
 * that merely mentions postfix (a traceback, prose, a container's name) is read as any other line. The WebAssembly
 * walk makes the same test (isTag in asm/scan.ts).
 */
export function postfixTag(line: string): number {
  for (let i = line.indexOf('postfix'); i >= 0; i = line.indexOf('postfix', i + 7)) if (tagAt(line, i)) return i;
  return -1;
}

export class PostfixParser {
  /** Queue id → sender, bounded so that memory stays constant on any log size. */
  private readonly senders = new BoundedMap(10_000);
  /** Senders of "from=" lines that were indexed rather than parsed. */
  lookup: ((qid: string) => string | undefined) | undefined;

  /**
   * The queue id and sender a qmgr "QID: from=<…>" line records, exactly as parse() would remember them. Only
   * qmgr writes such lines; the program is the word after the first "/" that follows the tag's "postfix" (postfix/qmgr,
   * postfix-out/qmgr). The fast reader applies the same test. tag: postfixTag(line), when the caller has it.
   */
  static senderEntry(line: string, tag = postfixTag(line)): { qid: string; sender: string } | undefined {
    if (tag < 0 || line.includes(' status=') || !line.includes(': from=<')) return undefined;
    const slash = line.indexOf('/', tag);
    if (slash < 0 || !/^qmgr[[:]/.test(line.slice(slash + 1, slash + 6))) return undefined;
    const lt = line.indexOf('<', slash);
    const m = /: ([0-9A-Za-z]{5,}): from=<([^>]*)>/.exec(line);
    return m && m[2] && m.index + m[0].length - m[2].length - 2 === lt ? { qid: m[1]!, sender: m[2] } : undefined;
  }

  /** Is this a Postfix line at all: does it carry a program tag (postfixTag)? */
  static claims(line: string): boolean {
    return postfixTag(line) >= 0;
  }

  /** The program of the tag at `at` ("smtp", "smtpd", "qmgr", "submission/smtpd" → "smtpd"), its last path part. */
  static program(line: string, at = postfixTag(line)): string {
    if (at < 0) return '';
    const m = /^postfix[\w.-]*((?:\/[\w.-]+)+)/.exec(line.slice(at));
    return m ? m[1]!.slice(m[1]!.lastIndexOf('/') + 1) : '';
  }

  /**
   * One line. textKey, when given, is the byte template key (byteTemplateKey of src/core/template.ts) of the reply
   * a delivery line holds after its first " status=WORD (" (what delivery() reads as the text): the record carries
   * it for the collector's cache. tag: postfixTag(line), when the caller has it; a line without a tag is not
   * Postfix's and gives nothing.
   */
  parse(line: string, textKey?: number, tag = postfixTag(line)): LogRecord | undefined {
    if (tag < 0) return undefined;
    const statusAt = line.indexOf(' status=');
    if (statusAt >= 0) {
      if (line.startsWith('sent', statusAt + 8)) return this.delivered(line, statusAt);
      return this.delivery(line, statusAt, textKey);
    }
    if (line.includes(': from=<')) { this.remember(line, tag); return undefined; }
    const program = PostfixParser.program(line, tag);
    if (line.includes('reject:')) return this.reject(line, program);
    // Postfix words every SASL failure "SASL … authentication failed" (smtpd_sasl_glue.c, smtp_sasl_glue.c).
    // Cyrus SASL inside smtpd words it "SASL authentication failure: <why>" (no client named: our server's login).
    if (line.includes('SASL') && (line.includes('authentication failed') || line.includes('authentication failure'))) return this.sasl(line, program);
    // A lookup table that did not answer (cleanup's "warning: QID: virtual_alias_maps map lookup problem for <addr> -- message not
    // accepted, try again later" or "-- deferring delivery", cleanup_map11.c/cleanup_map1n.c; a database or proxymap down): our own
    // server holds the message and retries.
    if (line.includes('map lookup problem')) {
      const lookup = /: (?:warning: )?(?:([0-9A-Za-z]{5,}): )?(\S+ map lookup problem .*)$/.exec(line.slice(tag));
      return lookup ? { source: 'postfix', line, time: timeOf(line), status: 'deferred', queueId: lookup[1], signal: { text: lookup[2]! } } : undefined;
    }
    // A daemon's own lookup of a service it must reach that failed (myaddrinfo.c via inet_connect/inet_listen: "fatal: host/service
    // antispam/11332 not found: Name does not resolve", Mailu's smtpd with its rspamd milter's container down; "warning: …" when it goes
    // on): our own server's configuration or resolver, the mail it should pass there waits.
    const service = /: (?:fatal|warning|error): (host\/service \S+ not found: .+)$/.exec(line);
    if (service) return { source: 'postfix', line, time: timeOf(line), status: 'error', signal: { text: service[1]! } };
    if (program === 'smtpd') return this.smtpdOwn(line, tag);
    // postscreen finding a client on its access list's deny side (postscreen_access_list, "DENYLISTED [ip]:port", "BLACKLISTED" before
    // Postfix 3.6; postfix_exporter's test log): our server turning a listed stranger away, unless the client sits on a private
    // network. Its allow side ("ALLOWLISTED", "WHITELISTED") and its DNSBL score ("DNSBL rank 5 for …", a score before the verdict,
    // whose refusal is its own "NOQUEUE: reject: …" line) are no refusal.
    if (program === 'postscreen') {
      const listed = /: (?:DENY|BLACK)LISTED \[([^\]]+)\](?::\d+)?\s*$/.exec(line);
      return listed ? { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(listed[1]) ? 'outbound' : 'inbound',
        signal: { text: `client [${listed[1]}] denylisted by postscreen`, stage: 'connect' } } : undefined;
    }
    // qmgr cannot reach a transport of master.cf (qmgr_transport.c: "warning: connect to transport private/amavis: Connection
    // refused"): our own server's step, the messages for it wait (their status= lines say "mail transport unavailable").
    // A delivery agent of a transport that died or could not start (qmgr_transport.c: "warning: transport smtp failure -- see a previous
    // warning/fatal/panic logfile record for the problem description"): the same wait, the earlier record names the cause.
    if (program === 'qmgr') {
      const q = /: warning: (connect to transport \S+: .+|transport \S+ failure -- .+)$/.exec(line);
      return q ? { source: 'postfix', line, time: timeOf(line), status: 'deferred', signal: { text: q[1]! } } : undefined;
    }
    if (program !== 'smtp' && program !== 'lmtp') return undefined;
    // The SMTP client's own lines: TLS trouble, and the attempt of one MX host before the delivery's status line
    // ("connect to …: Connection refused", "host … said: 4xx", "lost connection with … while …").
    // "postfix/smtp[226] connect to …": a log viewer may drop the colon after the pid.
    const m = /(?:\]:?|:) (?:([0-9A-Za-z]{5,}): )?(?:warning: )?(.*)$/.exec(line.slice(tag));
    if (!m) return undefined;
    const text = m[2]!;
    // The TLS layer's note on a server's certificate ("certificate verification failed for mx…[ip]:25: untrusted issuer …",
    // "… certificate has expired") is an info line of tls_verify.c (msg_info): at the "may" and "encrypt" levels the delivery
    // goes on over TLS anyway, at "verify" and "secure" its status= line says "Server certificate not verified". The status
    // line reports; the note alone is none.
    if (/^(?:\w+ )?certificate verification failed for /.test(text)) return undefined;
    // The client's own verdict when the handshake it required failed (smtp_tls_security_level encrypt or above: "QID: Cannot
    // start TLS: handshake failure", after the TLS library's lines; the delivery is deferred with the same cause).
    const tls = /SSL_connect error|TLS library problem|certificate verification failed|^Cannot start TLS\b/.test(text);
    if (!tls && !/^(?:connect to |lost connection with |conversation with |host \S+ (?:said|refused to talk to me): )/.test(text)) return undefined;
    // "host … said: 250 2.0.0 Ok": a success or an intermediate reply, not a failure.
    if (/^host \S+ said: [23]\d\d\b/.test(text)) return undefined;
    return {
      source: 'postfix', line, time: timeOf(line), status: tls ? 'error' : 'deferred', queueId: m[1],
      sender: m[1] ? lowerAddress(this.senderOf(m[1])) : undefined,
      signal: { text, stage: tls ? 'tls' : undefined },
    };
  }

  private delivered(line: string, statusAt: number): LogRecord | undefined {
    const head = line.slice(0, statusAt);
    const qid = /: ([0-9A-Za-z]{5,}): to=/.exec(head)?.[1];
    if (!qid) return undefined;
    // The content filter took the message and threw it away (amavis's D_DISCARD reply "250 2.7.0 Ok, discarded, id=03991-01 -
    // INFECTED: Eicar-Test-Signature", "… - SPAM", "250 2.7.1 … - VIRUS: …"; test-43): Postfix logs a delivery to the filter, but the
    // message went nowhere. Mail the filter checks on its way in, the rule's words decide (amavis.blocked-*), inbound as its Blocked line.
    const discarded = /\((250 2\.7\.[01] Ok,? discarded,(?: [A-Z-]+,)? id=[\w-]+ - .*)\)\s*$/.exec(line.slice(statusAt));
    if (discarded) {
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: 'inbound', queueId: qid,
        recipient: lowerAddress(/\bto=<([^>]*)>/.exec(head)?.[1]), signal: { text: discarded[1]! } };
    }
    return { source: 'postfix', line, status: 'delivered', queueId: qid, recipient: lowerAddress(/\bto=<([^>]*)>/.exec(head)?.[1]), signal: { text: '' } };
  }
  private remember(line: string, tag: number): void {
    const e = PostfixParser.senderEntry(line, tag);
    if (e) this.senders.set(e.qid, e.sender);
  }

  private senderOf(qid: string): string | undefined {
    return this.senders.get(qid) ?? this.lookup?.(qid);
  }

  /** The queue id that ends just before `at` (an alphanumeric run of 5 or more), or undefined. */
  private static idBefore(line: string, at: number): string | undefined {
    let q = at;
    while (q > 0) {
      const c = line.charCodeAt(q - 1);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) q--; else break;
    }
    return at - q >= 5 && line.charCodeAt(q - 1) === 32 && line.charCodeAt(q - 2) === 58 ? line.slice(q, at) : undefined;
  }

  /** The "X.Y.Z" of "dsn=X.Y.Z," at i: class 2, 4 or 5, then one to three digits twice, then a comma; or undefined. */
  private static dsnAt(line: string, i: number): string | undefined {
    const c = line.charCodeAt(i);
    if ((c !== 50 && c !== 52 && c !== 53) || line.charCodeAt(i + 1) !== 46) return undefined;
    let j = i + 2;
    while (j < i + 6 && isDigitAt(line, j)) j++;
    if (j === i + 2 || j > i + 5 || line.charCodeAt(j) !== 46) return undefined;
    const k = j + 1;
    j = k;
    while (j < k + 4 && isDigitAt(line, j)) j++;
    if (j === k || j > k + 3 || line.charCodeAt(j) !== 44) return undefined;
    return line.slice(i, j);
  }

  /** A delivery line: "QID: to=<r>, relay=…, dsn=X.Y.Z, status=bounced (text)". indexOf, not regexes: it runs per failure. */
  private delivery(line: string, statusAt: number, textKey: number | undefined): LogRecord | undefined {
    let end = statusAt + 8;
    while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 44) end++;
    const status = line.slice(statusAt + 8, end);
    // With soft_bounce=yes Postfix logs what would have bounced as "status=SOFTBOUNCE (host … said: 554 …)" and keeps the
    // message queued (a site's Postfix guide: "dsn=4.4.6, status=SOFTBOUNCE (mail forwarding loop …)"): a deferral whose reply
    // still names the cause.
    // "status=force-expired" is qmgr's word for a message expired by hand (postsuper -e, Postfix 3.5; postfix_exporter's test): the same
    // end as "expired".
    if (status !== 'bounced' && status !== 'deferred' && status !== 'expired' && status !== 'force-expired' && status !== 'undeliverable' && status !== 'SOFTBOUNCE') return undefined;
    const replied = line.charCodeAt(end) === 32 && line.charCodeAt(end + 1) === 40;
    const text = replied ? line.slice(end + 2, line.charCodeAt(line.length - 1) === 41 ? line.length - 1 : line.length) : `status=${status}`;
    const to = line.lastIndexOf(': to=<', statusAt);
    const qid = to >= 0 ? PostfixParser.idBefore(line, to) : undefined;
    const recipient = to >= 0 ? line.slice(to + 6, line.indexOf('>', to + 6)) : undefined;
    // qmgr's "QID: from=<…>, status=expired, returned to sender" names the sender itself.
    const from = qid ? -1 : line.lastIndexOf(': from=<', statusAt);
    const queueId = qid ?? (from >= 0 ? PostfixParser.idBefore(line, from) : undefined);
    const ownSender = from >= 0 ? line.slice(from + 8, line.indexOf('>', from + 8)) : undefined;
    const dsnAt = line.lastIndexOf(' dsn=', statusAt);
    const dsn = dsnAt >= 0 ? PostfixParser.dsnAt(line, dsnAt + 5) : undefined;
    const reply = text.lastIndexOf('(in reply to ');
    const stage = reply >= 0 ? text.slice(reply + 13, text.indexOf(' command)', reply)) : text.includes('refused to talk to me') ? 'CONN' : undefined;
    return {
      source: 'postfix',
      line,
      time: timeOf(line),
      sender: qid ? lowerAddress(this.senderOf(qid)) : lowerAddress(ownSender),
      recipient: lowerAddress(recipient),
      status: status === 'deferred' || status === 'SOFTBOUNCE' ? 'deferred' : status === 'expired' || status === 'force-expired' ? 'expired' : 'failed',
      queueId,
      signal: { text, enhanced: dsn && !/\b[245]\.\d{1,3}\.\d{1,3}\b/.test(text) ? dsn : undefined, stage: stage === 'CONN' ? 'greeting' : stageOfCommand(stage) },
      textKey: replied ? textKey : undefined,
    };
  }

  /**
   * smtpd's and cleanup's rejects: our server refusing a client. A client on loopback or a private network, or
   * one that logged in, is one of our own applications (outbound); anyone else is a stranger (inbound).
   */
  private reject(line: string, program: string): LogRecord | undefined {
    // A paste may wrap the client in Markdown's emphasis ("END-OF-MESSAGE *from host[ip]*: 4.7.1 …", test-43).
    const m = /reject: (\S+) \*{0,2}from ([^:]*)\[([^\]]*)\](?::\d+)?\*{0,2}: (.*?)(?:; from=<([^>]*)>)?(?: to=<([^>]*)>)?(?: proto=.*)?$/.exec(line);
    if (!m) {
      // smtpd's before-queue content filter refusing the message (smtpd_proxy.c: "proxy-reject: END-OF-MESSAGE: 450 4.4.1 … ; from=<…>
      // to=<…> proto=ESMTP helo=<…>", no client named; test-43): the filter's reply decides; whose mail it was, the line does not say.
      const proxy = /proxy-reject: (\S+): (.*?)(?:; from=<([^>]*)>)?(?: to=<([^>]*)>)?(?: proto=.*)?$/.exec(line);
      if (!proxy) return undefined;
      const stage = proxy[1]!.toLowerCase();
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', sender: lowerAddress(proxy[3]), recipient: lowerAddress(proxy[4]),
        signal: { text: proxy[2]!, stage: stage === 'end-of-message' ? 'data' : stageOfCommand(stage) } };
    }
    const stage = m[1]!.toLowerCase();
    const own = isPrivateIp(m[3]) || /sasl_username=|not owned by/.test(line);
    return {
      source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: own ? 'outbound' : 'inbound',
      sender: lowerAddress(m[5]), recipient: lowerAddress(m[6]),
      signal: { text: m[4]!, stage: stage === 'end-of-data' ? 'data' : stageOfCommand(stage) },
    };
  }

  /**
   * smtpd's own failures with a client that are no reject (and the refusals its verbose trace shows): its Dovecot SASL client's verdict ("xsasl_dovecot_handle_reply:
   * auth reply: FAIL…", a login to our server) and a failed TLS handshake ("warning: TLS library problem: …:no shared
   * cipher", "SSL_accept error from host[ip]: -1": a client that could not agree on TLS with our server, inbound).
   */
  private smtpdOwn(line: string, tag: number): LogRecord | undefined {
    const m = /(?:\]:?|:) (?:warning: )?(.*)$/.exec(line.slice(tag));
    if (!m) return undefined;
    const text = m[1]!;
    // Cyrus SASL's own check of a client's password, logged by smtpd without the word SASL (its auxprop and DIGEST-MD5 plugins:
    // "error: verify password: authentication failed: user=…", "error: validate response: authentication failed for user=…"):
    // a login to our server that failed.
    if (/\bauth reply: FAIL\b/.test(text) || /^(?:error: )?(?:verify password|validate response): authentication fail/.test(text)) {
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: 'login', signal: { text, stage: 'auth' } };
    }
    // Its SASL server that cannot start (xsasl_dovecot_server.c: "warning: SASL: Connect to private/auth failed: No such file or
    // directory", Dovecot's auth socket missing; xsasl_cyrus_server.c: "warning: xsasl_cyrus_server_get_mechanism_list: no applicable SASL
    // mechanisms", then smtpd_sasl_glue.c: "fatal: no SASL authentication mechanisms"):
    // our server offers no AUTH, so our own users cannot log in to send.
    const sasl = /^(?:fatal: |error: )?(SASL: Connect to \S+ failed\b.*|(?:xsasl_\w+: )?no (?:applicable )?SASL (?:authentication )?mechanisms\b.*)$/.exec(text);
    if (sasl) return { source: 'postfix', line, time: timeOf(line), status: 'error', signal: { text: sasl[1]!, stage: 'auth' } };
    // Our server's own filter that smtpd cannot reach (smtpd_proxy.c: "warning: connect to proxy filter inet:[127.0.0.1]:10024: Connection
    // refused", a before-queue content filter down; milter8.c: "warning: connect to Milter service inet:127.0.0.1:8891: Connection refused";
    // modoboa-installer#398, test-33): the mail it receives waits or is refused until the filter answers, a failure of our own server.
    const filter = /^(connect to (?:proxy filter|Milter service) \S+: .+)$/.exec(text);
    if (filter) return { source: 'postfix', line, time: timeOf(line), status: 'error', signal: { text: filter[1]! } };
    // anvil's limits as smtpd enforces them on a client (smtpd.c: "warning: Message delivery request rate limit exceeded: 334 from host[ip]
    // for service submission", and its Connection rate, Connection concurrency, Recipient address rate, New TLS session rate and AUTH
    // command rate siblings; fail2ban#3265, test-33): our server throttling that client, inbound unless the client is our own.
    const anvil = /^((?:Message delivery request|Connection|Recipient address|New TLS session|AUTH command) (?:rate|concurrency) limit exceeded: \d+ from [\w.-]*\[([^\]]+)\].*)$/.exec(text);
    if (anvil) return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(anvil[2]) ? 'outbound' : 'inbound', signal: { text: anvil[1]! } };
    // smtpd's check of a command's address (smtpd.c, extract_addr: "warning: Illegal address syntax from host[ip] in RCPT command: <…>",
    // then its "501 5.1.3 Bad recipient address syntax"; in MAIL command, "501 5.1.7 Bad sender address syntax"; lHydra/postfix_parser's
    // mail.log, test-49): our server refusing that client's address, outbound when the client is our own.
    const illegal = /^(Illegal address syntax from [\w.-]*\[([^\]]+)\] in (MAIL|RCPT) command: .*)$/.exec(text);
    if (illegal) {
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(illegal[2]) ? 'outbound' : 'inbound',
        signal: { text: illegal[1]!, stage: illegal[3] === 'MAIL' ? 'mail' : 'rcpt' } };
    }
    // "SSL_accept error from host[ip]: -1" (tls_server.c): a client's TLS handshake with our server failed.
    if (text.startsWith('TLS library problem: ') || text.startsWith('SSL_accept error from ')) {
      const client = /from [\w.-]*\[([^\]]+)\]/.exec(text)?.[1];
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'inbound', signal: { text, stage: 'tls' } };
    }
    // Its verbose trace of the conversation (smtpd_chat.c with -v or debug_peer_list: "> host[ip]: 454 4.7.1 …" is what our server
    // sent the client, "< host[ip]: RCPT TO:<…>" what the client sent): a 4xx/5xx it sent is our server refusing that client. A refusal
    // of the client's AUTH ("> unknown[ip]: 503 5.5.1 Error: authentication not enabled", anonaddy/anonaddy#866, the thirty-eighth pass;
    // "535 5.7.8 Error: authentication failed: …", "538 …") is a login against our server, as hMailServer's "SENT: 535" is.
    const sent = /^> [\w.-]*\[([^\]]+)\](?::\d+)?: ([45]\d\d[ -].*)$/.exec(text);
    if (sent) {
      const reply = sent[2]!;
      const login = /^53[58]\b/.test(reply) || (/^(?:50[2-4]|530)\b/.test(reply) && /\bauthenticat|\bAUTH\b/i.test(reply) && !/\brelay/i.test(reply));
      return { source: 'postfix', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(sent[1]) ? 'outbound' : login ? 'login' : 'inbound', signal: { text: reply } };
    }
    return undefined;
  }

  /** SASL failures: the client logging in to a relay (smtp) is ours; a login to our server (smtpd) is someone's. */
  private sasl(line: string, program: string): LogRecord | undefined {
    const m = /(SASL \S+ authentication failed.*|SASL authentication failure.*|authentication failed.*)$/.exec(line);
    if (!m) return undefined;
    const user = /sasl_username=([^\s,]+)/.exec(line)?.[1];
    const client = /: (?:warning: )?[\w.-]+\[([^\]]+)\]: SASL/.exec(line)?.[1];
    const ours = program === 'smtp' || program === 'lmtp' || isPrivateIp(client);
    return {
      source: 'postfix', line, time: timeOf(line), status: ours ? 'deferred' : 'rejected', direction: ours ? 'outbound' : 'login',
      sender: lowerAddress(user), signal: { text: m[1]!, stage: 'auth' },
    };
  }
}
