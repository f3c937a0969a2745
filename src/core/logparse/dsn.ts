/**
 * Delivery status notifications (RFC 3464): the message/delivery-status part of a bounce (.eml or mbox):
 * per recipient "Final-Recipient", "Action", "Status", "Diagnostic-Code" (with folded continuation lines),
 * plus "Arrival-Date" / the message's "Date:". Stateful. Pure.
 */
import { lowerAddress, type LogRecord } from './common.js';

interface Block { recipient?: string; action?: string; status?: string; diagnostic?: string; remote?: string; first: string }

export class DsnParser {
  private block: Block | undefined;
  private last: 'diagnostic' | 'other' | undefined;
  private date: string | undefined;
  private sender: string | undefined;
  private subject: string | undefined;

  static claims(line: string): boolean {
    return /^(?:Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA|Arrival-Date|Last-Attempt-Date):/i.test(line);
  }

  /** Headers of the bounce itself: its Date and the original sender (To: of the bounce). */
  header(line: string): void {
    const date = /^Date:\s*(.+)$/i.exec(line);
    if (date && !this.date) this.date = date[1]!.trim();
    const to = /^(?:To|X-Original-To):\s*(?:.*<)?([^<>\s]+@[^<>\s]+)>?/i.exec(line);
    if (to && !this.sender) this.sender = lowerAddress(to[1]);
    if (/^Subject:/i.test(line) && this.subject === undefined) this.subject = line;
  }

  /**
   * The bounce's Subject when it names the cause after its failure label, as sendmail's and Lotus Domino's bounces do
   * ("Subject: Returned mail: Host unknown (Name server: …: host not found)", "Subject: DELIVERY FAILURE: Recipient user name … not
   * unique"): its value (label and cause), for a bounce whose body gave no record. Exchange's "Undeliverable: <original subject>" names none.
   */
  subjectCause(): string | undefined {
    const m = this.subject ? /^Subject:\s*((?:Returned mail|DELIVERY FAILURE|Mail delivery failed|Delivery Status Notification \(Failure\)|Nondeliverable mail|Failure notice)\s*:\s*(.+))$/i.exec(this.subject) : null;
    if (m) return !/^(?:see transcript for details|returning message to sender)\b/i.test(m[2]!) ? m[1] : undefined;
    // A gateway's subject that states the refusal and who made it ("Subject: **Message you sent blocked by our bulk email filter**", a
    // spam firewall's notice in BounceParser's corpus, test-28; "Your message was rejected by the spam filter"): a filter or firewall
    // named as what refused; a moderator's refusal or a reply's "Re:" subject is none.
    return this.subject ? /^Subject:\s*[*\s]*((?:Your )?(?:message|e-?mail|mail)(?: you sent)? (?:was |has been )?(?:blocked|rejected|refused|quarantined) by (?:our|the) [^*]{0,60}?\b(?:filter|firewall))[*\s]*$/i.exec(this.subject)?.[1] : undefined;
  }

  /** A new message starts (mbox "From " line): forget its headers. */
  reset(): LogRecord | undefined {
    const out = this.flush();
    this.date = undefined;
    this.sender = undefined;
    this.subject = undefined;
    return out;
  }

  parse(line: string): LogRecord | undefined {
    if (/^\s/.test(line) && line.trim() && this.block && this.last === 'diagnostic') {
      this.block.diagnostic += ` ${line.trim()}`;
      return undefined;
    }
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) {
      this.last = undefined;
      return line.trim() === '' ? this.flush() : undefined;
    }
    const field = m[1]!.toLowerCase();
    const value = m[2]!;
    if (field === 'final-recipient' || field === 'original-recipient') {
      if (field === 'final-recipient' && this.block?.recipient) {
        const out = this.flush();
        this.block = { first: line, recipient: lowerAddress(value.replace(/^[\w-]+;\s*/, '')) };
        return out;
      }
      this.block ??= { first: line };
      this.block.recipient ??= lowerAddress(value.replace(/^[\w-]+;\s*/, ''));
      this.last = 'other';
      return undefined;
    }
    this.block ??= { first: line };
    if (field === 'action') this.block.action = value.trim().toLowerCase();
    else if (field === 'status') this.block.status = value.trim().split(/\s/)[0];
    else if (field === 'diagnostic-code') { this.block.diagnostic = value.replace(/^[\w-]+;\s*/, ''); this.block.first = line; this.last = 'diagnostic'; return undefined; }
    else if (field === 'remote-mta') this.block.remote = value.replace(/^[\w-]+;\s*/, '');
    this.last = 'other';
    return undefined;
  }

  flush(): LogRecord | undefined {
    const b = this.block;
    this.block = undefined;
    this.last = undefined;
    if (!b || (!b.diagnostic && !b.status)) return undefined;
    if (b.action && !/^(?:failed|delayed)/.test(b.action)) return undefined;
    if (!b.action && b.status?.startsWith('2')) return undefined;
    const enhanced = /^[245]\.\d{1,3}\.\d{1,3}$/.test(b.status ?? '') ? b.status : undefined;
    return {
      source: 'dsn', line: b.diagnostic ? `Diagnostic-Code: ${b.diagnostic}` : b.first, time: this.date,
      sender: this.sender, recipient: b.recipient,
      status: b.action?.startsWith('delayed') || enhanced?.startsWith('4') ? 'deferred' : 'failed',
      signal: { text: b.diagnostic ?? `Status: ${b.status}`, enhanced },
    };
  }
}
