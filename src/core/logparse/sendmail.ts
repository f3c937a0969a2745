/** sendmail: "QID: to=<…>, …, dsn=5.1.1, stat=User unknown"; senders from "QID: from=<…>" lines. Pure. */
import { BoundedMap, isPrivateIp, lowerAddress, timeOf, type LogRecord } from './common.js';

export class SendmailParser {
  /** Queue id → sender, bounded so that memory stays constant on any log size. */
  private readonly senders = new BoundedMap(10_000);

  static claims(line: string): boolean {
    // sendmail's own program names, not another program's that ends in them (NethServer's "ns8-sendmail[…]").
    // Its daemon's process title while it accepts connections ("sm-acceptingconnections[…]") names it too.
    return /(?<![\w-])(?:sendmail|sm-mta|sm-acceptingconnections)\[/.test(line);
  }

  parse(line: string): LogRecord | undefined {
    const qid = /\]: ([0-9A-Za-z]{8,}): /.exec(line)?.[1];
    // Its record of a milter's verdict on a message it was receiving (milter.c: "Milter: from=<…>, reject=550 5.7.1 Command rejected",
    // "Milter: to=<…>, reject=…", "Milter: data, reject=…", "Milter (name): …, reject=…"; smf-spf's issue #33 in test-29): our server
    // refusing a client's mail, so inbound (the line names no client to tell our own applications apart).
    const milter = /\bMilter(?: \([^)]*\))?: (?:[\w-]+(?:=<?[^>,\s]*>?)?, )?reject=(.*)$/.exec(line);
    if (milter) {
      return { source: 'sendmail', line, time: timeOf(line), status: 'rejected', queueId: qid, direction: 'inbound',
        sender: lowerAddress(/: from=<?([^>,\s]*)>?,/.exec(line)?.[1]), recipient: lowerAddress(/: to=<?([^>,\s]*)>?,/.exec(line)?.[1]), signal: { text: milter[1]! } };
    }
    const from = /: from=<?([^>,\s]*)>?,/.exec(line);
    if (from && qid) {
      this.senders.set(qid, from[1]!);
      return undefined;
    }
    const stat = /, stat=(.*)$/.exec(line);
    if (stat) {
      const value = stat[1]!;
      if (/^Sent\b/i.test(value)) {
        return qid ? { source: 'sendmail', line, status: 'delivered', queueId: qid, recipient: lowerAddress(/ to=<?([^>,\s]*)>?,/.exec(line)?.[1]), signal: { text: '' } } : undefined;
      }
      const dsn = /\bdsn=([245]\.\d{1,3}\.\d{1,3})/.exec(line)?.[1];
      const reply = /\breply=(.*?)(?:, \w+=|$)/.exec(line)?.[1];
      return {
        source: 'sendmail', line, time: timeOf(line),
        status: /^Deferred/i.test(value) || dsn?.startsWith('4') ? 'deferred' : 'failed',
        queueId: qid,
        sender: qid ? lowerAddress(this.senders.get(qid)) : undefined,
        recipient: lowerAddress(/ to=<?([^>,\s]*)>?,/.exec(line)?.[1]),
        signal: { text: reply ?? value.replace(/^Deferred: /i, ''), enhanced: dsn },
      };
    }
    // Solaris's sendmail may log the ruleset's fields empty ("ruleset=check_rcpt,,[], reject=550 5.7.1 Relaying denied").
    const reject = /ruleset=check_\w+,(?: arg1=<?([^>,\s]*)>?,)?.*?\breject=(.*)$/.exec(line);
    if (reject) {
      const client = /relay=[^,]*\[([\d.:a-fA-F]+)\]/.exec(line)?.[1];
      return { source: 'sendmail', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'inbound', signal: { text: reject[2]! } };
    }
    // Its record of a client's failed SMTP AUTH against it (srvrsmtp.c: "AUTH failure (LOGIN): authentication failure (-13)
    // SASL(-13): authentication failure: checkpass failed, user=…, relay=host [ip]", "AUTH failure (DIGEST-MD5): user not found
    // (-20) …"; fail2ban's sendmail-auth test log): a login against our server unless the client sits on a private network.
    // Its count of a client's bad AUTH commands (srvrsmtp.c: "[ip]: possible SMTP attack: command=AUTH, count=5") likewise.
    const attack = /(?:\[([\d.:a-fA-F]+)\](?: \(may be forged\))?: )?possible SMTP attack: command=AUTH, count=(\d+)/.exec(line);
    if (attack) {
      return { source: 'sendmail', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(attack[1]) ? 'outbound' : 'login',
        signal: { text: `possible SMTP attack: command=AUTH, count=${attack[2]}`, stage: 'auth' } };
    }
    // Its TLS handshake failing (tls.c: "STARTTLS=client, error: connect failed=-1, SSL_error=1, errno=0, retry=-1, relay=…" when it
    // is the client of another server; "STARTTLS=server, error: accept failed=0, …, relay=[ip]" when it serves a client; a page's
    // "sendmail[PID]: SSL connect error from=IP, error=1, reason='TLS handshake failed'", test-27): the handshake failed, inbound
    // when a stranger failed to complete it with our server. Its "verify=FAIL" info lines after a handshake that succeeded are none.
    const tls = /\bSTARTTLS=(client|server)(?:, relay=[^,]*)?, error: (?:connect|accept) failed=|\bSSL (connect|accept) error\b/.exec(line);
    if (tls) {
      const serving = tls[1] === 'server' || tls[2] === 'accept';
      const client = /relay=[^,]*\[([\d.:a-fA-F]+)\]/.exec(line)?.[1];
      const record: LogRecord = { source: 'sendmail', line, time: timeOf(line), status: 'failed', signal: { text: `TLS handshake failed: ${line.slice(tls.index)}` } };
      if (serving && !isPrivateIp(client)) record.direction = 'inbound';
      return record;
    }
    const auth = /\bAUTH failure \(([\w-]+)\): (.*?)(?:, (?:user|relay)=.*)?$/.exec(line);
    if (auth) {
      const client = /relay=[^,]*\[([\d.:a-fA-F]+)\]/.exec(line)?.[1];
      return { source: 'sendmail', line, time: timeOf(line), status: 'rejected', direction: isPrivateIp(client) ? 'outbound' : 'login',
        sender: lowerAddress(/, user=([^,\s]+)/.exec(line)?.[1]), signal: { text: `AUTH failure (${auth[1]}): ${auth[2]}`, stage: 'auth' } };
    }
    return undefined;
  }
}
