/**
 * Shared pieces of the log parsers: the record a parser yields, timestamps, prefixes, masking.
 * Pure: no I/O, no process, no clock.
 */
import type { FailureSignal } from '../diagnosis.js';

/** `sent` = a failed `addr send` attempt from the send log. */
export type RecordSource = 'postfix' | 'exim' | 'sendmail' | 'msmtp' | 'nodemailer' | 'smtp' | 'swaks' | 'dsn' | 'text' | 'sent';

/** One failure found in the input, ready for the classifier. */
export interface LogRecord {
  source: RecordSource;
  signal: FailureSignal;
  /** The input line (or the first line of a multi-line reply) for the example; masked later. */
  line: string;
  /** Timestamp as written in the log, if any. */
  time?: string;
  /** Envelope sender / From address, if known. */
  sender?: string;
  /** Recipient address, if known. */
  recipient?: string;
  /** failed = permanent in the log's own terms (bounced, **), deferred = will be retried. */
  status?: 'failed' | 'deferred' | 'rejected' | 'error';
}

const SYSLOG_TIME = /^(?:<\d+>\d?\s*)?([A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+\d\d:\d\d:\d\d)\s/;
const ISO_TIME = /^(?:<\d+>\d?\s*)?\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)\]?\s/;

/** Docker compose's "mail    | " and similar prefixes in front of the log line. */
export function stripPrefix(line: string): string {
  const m = /^[\w.-]{1,64}\s*\|\s/.exec(line);
  return m ? line.slice(m[0].length) : line;
}

export function timeOf(line: string): string | undefined {
  return (SYSLOG_TIME.exec(line) ?? ISO_TIME.exec(line))?.[1];
}

export function lowerAddress(a: string | undefined): string | undefined {
  if (!a) return undefined;
  const t = a.trim().replace(/^<|>$/g, '');
  return t.includes('@') ? t.toLowerCase() : undefined;
}

/** Credentials are masked by the one function every output path uses. */
export { maskSecrets } from '../untrusted.js';

/** Cuts a line for display. */
export function clip(line: string, max = 300): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * A bounded map for queue id → sender: two generations, the older dropped when the newer is full.
 * O(1) per operation (deleting the oldest Map entry one by one makes V8's Map iteration slow).
 */
export class BoundedMap {
  private current = new Map<string, string>();
  private previous = new Map<string, string>();
  constructor(private readonly half = 10_000) {}

  set(key: string, value: string): void {
    if (this.current.size >= this.half) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get(key: string): string | undefined {
    return this.current.get(key) ?? this.previous.get(key);
  }
}
