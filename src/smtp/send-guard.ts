/**
 * The guard around one nodemailer send: the hostile-server rules of the live test (wire.ts) applied to a
 * conversation nodemailer runs. nodemailer's own timeouts are not enough: its socketTimeout is an idle timeout (a
 * server that drips a byte every few seconds, or a "250-" line, never trips it) and nothing bounds the whole send.
 * The guard watches the conversation through nodemailer's transaction log (every command as it is sent, every
 * complete reply as it is read, the end of the message body, the STARTTLS upgrade) and enforces:
 * - the greeting timeout, counted from the connection;
 * - each reply's timeout, counted from its command (or from the end of the message for the reply to DATA);
 * - the STARTTLS handshake's timeout, counted from the 220;
 * - the deadline of the whole send;
 * - REPLY_LIMITS.lines per reply (nodemailer's maxResponseSize holds the bytes);
 * - plaintext after the 220 to STARTTLS (nodemailer discards it with a warning; here it ends the send).
 * A breach aborts the send through its AbortSignal and is recorded with the stage it happened at, so the
 * failure says what happened instead of nodemailer's "Message sending aborted".
 */
import { stageOfCommand, type Stage } from '../core/stages.js';
import { safeText } from '../core/untrusted.js';
import { decodeChallenge, type Redactor } from './sasl.js';
import { Budget, TransportError, type TimeoutKind } from './transport.js';
import { REPLY_LIMITS } from './wire.js';

type LogFn = (entry: Record<string, unknown> | undefined, format: unknown, ...args: unknown[]) => void;

export interface Breach {
  stage: Stage;
  error: TransportError;
}

export class SendGuard {
  readonly controller = new AbortController();
  /** Where the conversation is: the stage of the last command sent (or dns/connect/tls/greeting before any). */
  stage: Stage = 'dns';
  breach: Breach | null = null;
  /** The decoded 334 objection of an XOAUTH2 server to the last token (untrusted text). */
  tokenObjection: string | null = null;
  private greeted = false;
  private outstanding = 0;
  private lastCommand = '';
  private tokenSent = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly deadlineTimer: NodeJS.Timeout;

  constructor(
    private readonly budget: Budget,
    private readonly timeouts: { greetingMs: number; commandMs: number },
    private readonly redactor: Redactor,
    private readonly onLog?: (line: string) => void,
  ) {
    this.deadlineTimer = setTimeout(() => this.trip(budget.expired()), Math.max(1, budget.left()));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The socket is open (TCP, and TLS for implicit TLS): the greeting's clock starts. */
  onConnected(): void {
    this.stage = 'greeting';
    this.arm(this.timeouts.greetingMs, 'greeting', 'no greeting');
  }

  /** nodemailer's logger: the transaction log drives the timers; with --debug each line is shown, made safe. */
  readonly logger: Record<'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', LogFn> = (() => {
    const log: LogFn = (entry, format, ...args) => {
      let i = 0;
      const text = String(format ?? '').replace(/%s/g, () => String(args[i++] ?? ''));
      this.observe(entry ?? {}, format, text);
      if (this.onLog) for (const line of text.split(/\r?\n/)) if (line) this.onLog(safeText(this.redactor.apply(line)));
    };
    return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
  })();

  /** Ends the guard's timers (the send is over, one way or another). */
  stop(): void {
    this.disarm();
    clearTimeout(this.deadlineTimer);
  }

  private observe(entry: Record<string, unknown>, format: unknown, text: string): void {
    if (this.breach) return;
    const tnx = entry.tnx;
    if (tnx === 'client') {
      const command = text.replace(/\r?\n$/, '');
      this.stage = stageOfCommand(command) ?? this.stage;
      this.lastCommand = command.split(' ')[0] || command;
      this.tokenSent = /^AUTH XOAUTH2\b/i.test(command);
      this.outstanding += 1;
      if (!this.timer) this.arm(this.timeouts.commandMs, 'command', `no answer to ${this.lastCommand}`);
    } else if (tnx === 'server') {
      this.onReply(text);
    } else if (tnx === 'message' && typeof entry.outByteCount === 'number') {
      // the whole message is written: its reply is due within the command timeout from here
      this.lastCommand = 'the end of the message (.)';
      this.outstanding += 1;
      this.arm(this.timeouts.commandMs, 'command', `no answer to ${this.lastCommand}`);
    } else if (typeof entry.discarded === 'number' && entry.discarded > 0) {
      this.trip(new TransportError('ESTARTTLSDATA', `the server sent ${entry.discarded} bytes in clear after its 220 reply to STARTTLS, before the TLS handshake`), 'tls');
    } else if (format === 'Connection upgraded with STARTTLS') {
      this.disarm();
    }
  }

  private onReply(text: string): void {
    const lines = text.split('\n').length;
    if (lines > REPLY_LIMITS.lines) {
      this.trip(new TransportError('EREPLYTOOLONG', `${this.greeted ? 'a reply' : 'the greeting'} went on for more than ${REPLY_LIMITS.lines} lines`));
      return;
    }
    this.disarm();
    if (!this.greeted) {
      this.greeted = true;
      return;
    }
    this.outstanding = Math.max(0, this.outstanding - 1);
    if (this.tokenSent && /^334[ -]/.test(text)) this.tokenObjection = decodeChallenge(text.slice(4));
    if (this.stage === 'tls' && /^2/.test(text)) {
      // STARTTLS accepted: the handshake must finish within the command timeout
      this.arm(this.timeouts.commandMs, 'command', 'the TLS handshake did not finish');
      return;
    }
    if (this.outstanding > 0) this.arm(this.timeouts.commandMs, 'command', `no answer to ${this.lastCommand}`);
  }

  private arm(ms: number, kind: TimeoutKind, what: string): void {
    this.disarm();
    const left = this.budget.left();
    if (left < ms) return; // the deadline comes first; its own timer reports it
    this.timer = setTimeout(() => this.trip(new TransportError('ETIMEDOUT', `${what} within ${ms} ms`, kind)), ms);
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private trip(error: TransportError, stage: Stage = this.stage): void {
    if (this.breach) return;
    this.breach = { stage, error };
    this.stop();
    // Not from inside nodemailer's own call that reported it (it would go on and start timers after the close):
    // right after it.
    setImmediate(() => this.controller.abort(error));
  }
}
