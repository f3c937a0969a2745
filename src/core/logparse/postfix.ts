/**
 * Postfix: delivery results (status=bounced|deferred|expired), smtpd rejects (NOQUEUE: reject), SASL failures
 * and TLS errors. The sender of a queued message comes from qmgr's "QID: from=<…>" line (a bounded map).
 * Pure.
 */
import { BoundedMap, lowerAddress, timeOf, type LogRecord } from './common.js';

export class PostfixParser {
  /** Queue id → sender, bounded so that memory stays constant on any log size. */
  private readonly senders = new BoundedMap(10_000);

  /** Quick test: is this a Postfix line at all. */
  static claims(line: string): boolean {
    return line.includes('postfix');
  }

  parse(line: string): LogRecord | undefined {
    const statusAt = line.indexOf(' status=');
    if (statusAt >= 0) {
      if (line.startsWith('sent', statusAt + 8)) return undefined;
      return this.delivery(line, statusAt);
    }
    if (line.includes(': from=<')) { this.remember(line); return undefined; }
    if (line.includes('reject:')) return this.reject(line);
    if (line.includes('authentication failed')) return this.sasl(line);
    if (line.includes('SSL_connect error') || line.includes('TLS library problem') || line.includes('certificate verification failed')) {
      const m = /: (?:warning: )?(.*)$/.exec(line.slice(line.indexOf('postfix')));
      return { source: 'postfix', line, time: timeOf(line), status: 'error', signal: { text: m?.[1] ?? line, stage: 'tls' } };
    }
    return undefined;
  }

  private remember(line: string): void {
    const m = /: ([0-9A-Za-z]{5,}): from=<([^>]*)>/.exec(line);
    if (!m) return;
    if (m[2]) this.senders.set(m[1]!, m[2]);
  }

  private delivery(line: string, statusAt: number): LogRecord | undefined {
    const st = /^ status=(\w+)(?: \((.*)\))?/.exec(line.slice(statusAt));
    if (!st) return undefined;
    const status = st[1]!;
    if (status !== 'bounced' && status !== 'deferred' && status !== 'expired' && status !== 'undeliverable') return undefined;
    const head = line.slice(0, statusAt);
    const qid = /: ([0-9A-Za-z]{5,}): to=/.exec(head)?.[1];
    const dsn = /\bdsn=([245]\.\d{1,3}\.\d{1,3})/.exec(head)?.[1];
    const text = st[2] ?? `status=${status}`;
    const stage = /\(in reply to (.+?) command\)/.exec(text)?.[1];
    return {
      source: 'postfix',
      line,
      time: timeOf(line),
      sender: qid ? lowerAddress(this.senders.get(qid)) : undefined,
      recipient: lowerAddress(/\bto=<([^>]*)>/.exec(head)?.[1]),
      status: status === 'deferred' ? 'deferred' : 'failed',
      signal: { text, enhanced: dsn && !/\b[245]\.\d{1,3}\.\d{1,3}\b/.test(text) ? dsn : undefined, stage },
    };
  }

  private reject(line: string): LogRecord | undefined {
    const m = /reject: (\S+) from [^:]*\[[^\]]*\](?::\d+)?: (.*?)(?:; from=<([^>]*)>)?(?: to=<([^>]*)>)?(?: proto=.*)?$/.exec(line);
    if (!m) return undefined;
    const stage = m[1]!.toLowerCase();
    return {
      source: 'postfix', line, time: timeOf(line), status: 'rejected',
      sender: lowerAddress(m[3]), recipient: lowerAddress(m[4]),
      signal: { text: m[2]!, stage: stage === 'end-of-data' ? 'data' : stage },
    };
  }

  private sasl(line: string): LogRecord | undefined {
    const m = /(SASL \S+ authentication failed.*|authentication failed.*)$/.exec(line);
    if (!m) return undefined;
    const user = /sasl_username=([^\s,]+)/.exec(line)?.[1];
    return { source: 'postfix', line, time: timeOf(line), status: 'rejected', sender: lowerAddress(user), signal: { text: m[1]!, stage: 'auth' } };
  }
}
