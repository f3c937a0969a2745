/**
 * Shared pieces of the log parsers: the record a parser yields, timestamps, prefixes, masking.
 * Pure: no I/O, no process, no clock.
 */
import type { FailureSignal } from '../diagnosis.js';

/** `sent` = a failed `addr send` attempt from the send log. */
export type RecordSource = 'postfix' | 'exim' | 'sendmail' | 'msmtp' | 'nodemailer' | 'smtp' | 'swaks' | 'dsn' | 'text' | 'sent';

/**
 * Whose failure it is: outbound = our message refused or not delivered; inbound = our server refusing others;
 * login = a failed login against our own server.
 */
export type Direction = 'outbound' | 'inbound' | 'login';

/** One failure found in the input, ready for the classifier, or a delivery that may recover earlier deferrals. */
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
  /**
   * failed = permanent in the log's own terms (bounced, **), deferred = will be retried, expired = returned after
   * its deferrals, delivered = a delivery (not a failure: it recovers the deferrals of the same queue id).
   */
  status?: 'failed' | 'deferred' | 'rejected' | 'error' | 'expired' | 'delivered';
  /** outbound when not said. */
  direction?: Direction;
  /** The MTA's queue id or message id, when the log names it. */
  queueId?: string;
  /**
   * The cache key of signal.text's template over its UTF-8 bytes (byteTemplateKey, src/core/template.ts), when the
   * file reader's walk computed it (asm/scan.ts): FindingsCollector then does not compute templateKey.
   */
  textKey?: number;
}

/** Loopback and private addresses: a client there is one of our own applications, not a stranger. */
/**
 * Exim's reply to a client that went away mid-session ("421 <our host name> lost input connection", smtp_in.c): only a server
 * writes it, to a client that no longer reads, so a line that holds it is our server's record (inbound).
 */
export const EXIM_LOST_INPUT = /\b421[ -]\S+ lost input connection\b/;

export function isPrivateIp(ip: string | undefined): boolean {
  if (!ip) return false;
  return /^(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|::1$|f[cd][0-9a-f]{2}:|fe80:|::ffff:(?:127|10|192\.168)\.)/i.test(ip);
}

const SYSLOG_TIME = /^(?:<\d+>\d?\s*)?([A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+\d\d:\d\d:\d\d)\s/;
const ISO_TIME = /^(?:<\d+>\d?\s*)?\[?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)\]?\s/;

/** Docker compose's "mail    | " and similar prefixes in front of the log line. */
export function stripPrefix(line: string): string {
  // An error code in a help page's table ("AADSTS50012 | Invalid client secret is provided | …", Beckhoff's "0x8017 | 32791 |
  // Wrong username or password |") is the row's first cell, no service name: the code is part of the error.
  const m = /^(?!AADSTS\d|0x[0-9A-Fa-f]{2,}\s)[\w.-]{1,64}\s*\|\s/.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** Kubernetes' container log line (CRI): "2026-12-03T08:01:12.123456789Z stderr F " before the program's own line. */
const CRI_PREFIX = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [FP] /;
/** A line quoted in Markdown or an e-mail reply ("> …", "> > …"), or pasted as inline code ("`…`"). */
const QUOTE_PREFIX = /^[ \t]{0,3}(?:>[ \t]?)+(?=\S)/;
const INLINE_CODE = /^`([^`]{6,})`[.,;:]?$/;

/** The longest run of whitespace, or of one other character, that a line keeps: longer runs are cut to it (boundRuns). */
export const RUN_LIMIT = 256;
/**
 * Lines up to this long are left as they are: even the quadratic expressions read them in a few milliseconds, and looking for
 * long runs in every line of a log (most lines of a busy mail log are 150–400 characters) cost a fifth of `addr diagnose`'s time.
 */
const BOUND_FROM = 2048;
const LONG_RUN = new RegExp(`\\s{${RUN_LIMIT + 1},}|(\\S)\\1{${RUN_LIMIT},}`, 'g');

/**
 * A line with its long runs cut to RUN_LIMIT characters: a run of spaces, tabs, dashes or backquotes tens of kilobytes long (a
 * hostile or broken log; a line may be 64 KiB) would cost the readers' expressions that allow optional runs side by side
 * (`\s*…\s+`) time quadratic in its length, seconds a line; cut, a run costs them nothing. No reply or log field needs more.
 */
export function boundRuns(line: string): string {
  return line.length <= BOUND_FROM ? line : line.replace(LONG_RUN, (run: string, c: string | undefined) => (c ? c.repeat(RUN_LIMIT) : run.slice(0, RUN_LIMIT)));
}

/**
 * The program's own line out of what carried it, so that a line reads the same whatever wrapped it: a container
 * runtime's envelope (Kubernetes' CRI prefix; Docker's json-file object {"log":"…\n","stream":"stderr","time":"…"}) and
 * how an issue, a chat or a mail quotes a log line (Markdown's "> ", inline code's backticks). Anything else is returned
 * as it is. Cheap for the lines of a large log: one character decides whether a pattern is tried.
 */
export function unwrapEnvelope(line: string): string {
  const c = line.charCodeAt(0);
  if (c === 50 && line.charCodeAt(10) === 84) { // "2…T": a CRI line
    const m = CRI_PREFIX.exec(line);
    return m ? unwrapEnvelope(line.slice(m[0].length)) : line;
  }
  if (c === 123 && line.length < 65_536 && line.charCodeAt(line.length - 1) === 125) return structured(line) ?? line;
  if (c === 62 || c === 32 || c === 9) { // "> …"
    const m = QUOTE_PREFIX.exec(line);
    return m && m[0].includes('>') ? line.slice(m[0].length) : line;
  }
  if (c === 96) { // "`…`"
    const m = INLINE_CODE.exec(line);
    return m ? m[1]!.trim() : line;
  }
  return line;
}

/** A structured logger's message fields, and the fields where it puts the error it caught. */
const MESSAGE_FIELDS = ['msg', 'message', 'log', '@m', '@mt'] as const;
/** A value that is an SMTP reply or its code (550, "5.1.1 …", "550 5.1.1 …"): a field the whole object is read for. */
const REPLY_VALUE = /^\s*[245]\d\d\s*$|(?:^|\s)[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;
// Mattermost's mlog writes an AppError's detail as "err_details" ("err=Failed to open TLS connection", beside "err_where", test-30).
const ERROR_FIELDS = ['error', 'err', 'error.message', 'error_message', 'errorMessage', 'exception', '@x', 'reason', 'response', 'err_details'] as const;

/**
 * The line a JSON log object carries: Docker's json-file driver ({"log":"…\n","stream":"stderr",…}) and a structured logger's
 * record (pino, bunyan, winston, zap, logrus, Serilog's compact JSON, structlog, ECS: {"level":"error","msg":"send failed","error":"535 5.7.8 …"}) read as the
 * message followed by the error it names ("send failed: 535 5.7.8 …"; an error object by its message and reply). The other
 * fields (level, time, caller, ids) are not what happened. Anything else (an API's answer, a verifier's report): undefined.
 */
function structured(line: string): string | undefined {
  let o: Record<string, unknown>;
  try {
    const v: unknown = JSON.parse(line);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    o = v as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const message = MESSAGE_FIELDS.map((k) => o[k]).find((v): v is string => typeof v === 'string');
  if (message === undefined) return undefined;
  // A reply or a code in a field of its own ({"msg":"send failed","smtp_code":550,"smtp_response":"5.1.1 user unknown"}), or
  // the fields a mail client's error or envelope has (nodemailer's err.code, command, response; from, to): the object is read
  // whole, by the readers that know those fields.
  const own = new Set<string>([...MESSAGE_FIELDS, ...ERROR_FIELDS]);
  if (Object.keys(o).some((k) => (!own.has(k) && carriesReply(o[k], 0)) || mailFields(k, o[k], 0))) return undefined;
  const parts = [message.replace(/\r?\n$/, '')];
  for (const k of ERROR_FIELDS) {
    const v = o[k];
    const texts = typeof v === 'string' ? [v]
      : typeof v === 'object' && v !== null ? [(v as Record<string, unknown>).message, (v as Record<string, unknown>).response].filter((x): x is string => typeof x === 'string')
        : [];
    for (const t of texts) if (t.trim() !== '' && !parts.some((p) => p.includes(t.trim()))) parts.push(t.trim());
  }
  return unwrapEnvelope(parts.join(': ').replace(/\r?\n/g, ' '));
}

/** Fields of a mail client's error or a message's envelope, at any depth of a logged object. */
const MAIL_FIELD = /^(?:from|to|sender|recipients?|rcpt|envelope|code|errno|syscall|response(?:_?code)?|command|smtp[\w-]*|delivery[\w-]*|status|stage)$/i;

function mailFields(key: string, v: unknown, depth: number): boolean {
  if (MAIL_FIELD.test(key)) return true;
  return typeof v === 'object' && v !== null && depth < 3 && Object.entries(v).some(([k, x]) => mailFields(k, x, depth + 1));
}

function carriesReply(v: unknown, depth: number): boolean {
  if (typeof v === 'number') return v >= 200 && v < 600 && Number.isInteger(v);
  if (typeof v === 'string') return REPLY_VALUE.test(v);
  if (typeof v === 'object' && v !== null && depth < 3) return Object.values(v).some((x) => carriesReply(x, depth + 1));
  return false;
}

export function timeOf(line: string): string | undefined {
  return (SYSLOG_TIME.exec(line) ?? ISO_TIME.exec(line))?.[1];
}

export function lowerAddress(a: string | undefined): string | undefined {
  if (!a || !a.includes('@')) return undefined;
  let t = a.trim();
  if (t.charCodeAt(0) === 60) t = t.slice(1);
  if (t.charCodeAt(t.length - 1) === 62) t = t.slice(0, -1);
  return t.toLowerCase();
}

/** Credentials are masked by the one function every output path uses. */
export { maskSecrets } from '../untrusted.js';

/** Cuts a line for display. */
export function clip(line: string, max = 300): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * A bounded map (queue id → sender, queue id → pending deferrals): two generations, the older dropped when the
 * newer is full. O(1) per operation (deleting the oldest Map entry one by one makes V8's Map iteration slow).
 */
export class BoundedMap<V = string> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  constructor(private readonly half = 10_000) {}

  set(key: string, value: V): void {
    if (this.current.size >= this.half) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get(key: string): V | undefined {
    // Nothing in it: no hashing of the key for nothing (the Postfix senders' map stays empty when the file reader
    // indexes "from=" lines instead of passing them).
    if (this.current.size === 0 && this.previous.size === 0) return undefined;
    return this.current.get(key) ?? this.previous.get(key);
  }

  delete(key: string): void {
    this.current.delete(key);
    this.previous.delete(key);
  }
}

/**
 * A developer's or a documentation writer's sentence about a code rather than a reply (test-24's false alarms): the code is the
 * subject of how a program classifies, maps or documents it ("- Status 5.4.1 from Exchange Online is classified into \"rejected\"
 * reason.", a bounce parser's changelog; "550 5.4.1 should be added to the NDR response page", a docs issue), or an example of
 * what to write instead ("Do not use fake response status codes. Instead of `\"550 message\"` use `\"DNS error: message\"`"). Read by the
 * generic reader and by the raw-reply reader (a line that opens with the code).
 */
export const ABOUT_A_CODE = /^\W*(?:(?:Status|Code|Reply|Error|SMTP)\s+)?[45](?:\d\d|\.\d{1,3}\.\d{1,3})(?:\s+[45]\.\d{1,3}\.\d{1,3})?(?: (?:from|of|by|in) [\w. -]{1,40}?)? (?:is|are|was|were|should be|must be|will be|gets?|needs? to be|could be) (?:now |then |also |still |not |correctly |wrongly )*(?:(?:classified|categori[sz]ed) (?:into|in|under|as ["'`“])|mapped (?:to|into|as)\b|(?:added|documented|included) (?:to|in|into|on)\b|(?:parsed|handled) (?:as|by)\b)|\b(?:fake|dummy|made[- ]up|invented|bogus) (?:SMTP )?(?:response |reply |status |error )*codes?\b|\bInstead of [`'"]+[45]\d\d\b[^`'"]{0,80}[`'"]+,? use\b/i;
