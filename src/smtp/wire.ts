/**
 * The reply reader of the live test: SMTP replies off a socket, one per command, with the server treated as
 * hostile. What it refuses, each at once and with its own error code:
 * - a reply longer than REPLY_LIMITS (lines or bytes; the greeting too, so a flood before it is cut as well):
 *   EREPLYTOOLONG. msmtp stops at 50 lines; real EHLO replies have about 15;
 * - text that is not an SMTP reply line (EPROTOCOL), or TLS records where SMTP text was expected;
 * - bytes that arrive while no reply is expected, i.e. before the command they would answer was sent (a reply
 *   pipelined ahead, or injected after STARTTLS's 220): EUNSOLICITED. They are never read as the next answer.
 * Each wait for a reply is timed from the command (later bytes do not extend it) and cut to the run's deadline.
 */
import type net from 'node:net';
import { Budget, TransportError, type TimeoutKind } from './transport.js';

export const REPLY_LIMITS = {
  /** Lines of one reply. */
  lines: 100,
  /** Bytes of one reply, its unfinished last line included. */
  bytes: 64 * 1024,
} as const;

export interface Reply {
  code: number;
  /** Full lines as received, e.g. ["250-localhost", "250 AUTH PLAIN LOGIN"]. Raw: make them safe before showing. */
  lines: string[];
  text: string;
}

type Log = (dir: 'client' | 'server' | 'info', line: string) => void;

export class ReplyReader {
  private socket: net.Socket | null = null;
  /** The unfinished line. */
  private partial: Buffer = Buffer.alloc(0);
  /** Lines of the reply being received, and its size so far (complete lines). */
  private lines: string[] = [];
  private replyBytes = 0;
  private readonly queue: Reply[] = [];
  /** Replies expected: the greeting, then one per command sent (and one for the end of DATA). */
  private expected = 1;
  private greeted = false;
  /** Bytes that arrived while no reply was expected. */
  private extra = 0;
  private ended: TransportError | null = null;
  private waiter: { resolve: (r: Reply) => void; reject: (e: TransportError) => void } | null = null;

  constructor(private readonly log: Log, private readonly budget: Budget) {}

  get current(): net.Socket | null {
    return this.socket;
  }

  attach(socket: net.Socket): void {
    this.socket = socket;
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  /**
   * Hands the socket over (STARTTLS) and says how many bytes arrived after the last reply it read: anything the
   * server sent after its 220 and before the handshake, which must not be trusted (RFC 3207 6, CVE-2011-0411).
   */
  detach(): { socket: net.Socket; extraBytes: number } {
    const socket = this.socket;
    if (!socket) throw new Error('ReplyReader.detach without a socket');
    socket.off('data', this.onData);
    socket.off('error', this.onError);
    socket.off('close', this.onClose);
    const extraBytes = this.extra + this.partial.length + this.replyBytes + this.queue.reduce((n, r) => n + r.text.length + 1, 0);
    this.socket = null;
    this.partial = Buffer.alloc(0);
    this.lines = [];
    this.replyBytes = 0;
    this.queue.length = 0;
    this.extra = 0;
    this.ended = null;
    return { socket, extraBytes };
  }

  /** Sends one command line; `shown` is what the transcript gets (secrets masked). */
  send(line: string, shown: string = line): void {
    this.log('client', shown);
    this.expected += 1;
    if (this.socket && !this.socket.destroyed) this.socket.write(`${line}\r\n`);
  }

  /** Sends the message of DATA (already dot-stuffed, with the final dot); one reply is expected for it. */
  sendData(data: Buffer): void {
    this.expected += 1;
    if (this.socket && !this.socket.destroyed) this.socket.write(data);
  }

  /** The next reply, within `ms` of now (the command was just sent) and within the deadline. */
  read(ms: number, kind: TimeoutKind, what: string): Promise<Reply> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.ended) return Promise.reject(this.ended);
    return this.budget.wait<Reply>(ms, kind, `no answer to ${what}`, (settle) => {
      this.waiter = {
        resolve: (r) => { this.waiter = null; settle(null, r); },
        reject: (e) => { this.waiter = null; settle(e); },
      };
      return () => { this.waiter = null; };
    });
  }

  /**
   * What the server did wrong, if it did: bytes out of turn, text that is not SMTP, a reply too long. Such data
   * may come along with a good reply, after it; the session asks after each stage so that it fails that stage.
   */
  violation(): TransportError | null {
    const e = this.ended;
    return e && (e.errorCode === 'EUNSOLICITED' || e.errorCode === 'EPROTOCOL' || e.errorCode === 'EREPLYTOOLONG') ? e : null;
  }

  /**
   * Ends the conversation politely (after QUIT's 221): our side is closed with TLS close_notify and FIN, so the
   * server sees a clean end instead of a reset; a server that does not close its side within `graceMs` is cut off.
   */
  close(graceMs: number): void {
    const socket = this.socket;
    if (!socket) return;
    this.detach();
    socket.on('error', () => {});
    const timer = setTimeout(() => socket.destroy(), graceMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
    socket.end();
    socket.resume(); // read (and drop) whatever still comes, so that the close is seen
  }

  destroy(): void {
    const socket = this.socket;
    if (socket) {
      this.detach();
      socket.on('error', () => {});
      socket.destroy();
    }
  }

  private fail(err: TransportError): void {
    if (!this.ended) this.ended = err;
    this.waiter?.reject(this.ended);
  }

  /** Ends the conversation because of what the server sent: nothing more is read from it. */
  private refuse(err: TransportError): void {
    this.fail(err);
    this.partial = Buffer.alloc(0);
    this.lines = [];
    this.socket?.destroy();
  }

  private readonly onData = (chunk: Buffer): void => {
    if (this.ended) return;
    if (!this.greeted && this.replyBytes === 0 && this.partial.length === 0 && chunk.length >= 2 && chunk[0]! >= 0x14 && chunk[0]! <= 0x17 && chunk[1] === 0x03) {
      // A TLS record (handshake 0x16, alert 0x15, …, version 0x03 0x0x) where the greeting was expected.
      this.log('info', `received ${chunk.length} bytes of TLS data instead of SMTP text`);
      this.refuse(new TransportError('EPROTOCOL', 'the server answered with TLS data instead of SMTP text: this port expects implicit TLS'));
      return;
    }
    let data = chunk;
    while (data.length > 0) {
      if (this.expected === 0) {
        this.extra += data.length;
        this.log('info', `received ${data.length} bytes that answer no command`);
        this.refuse(new TransportError('EUNSOLICITED', `the server sent ${data.length} bytes that answer no command (a reply sent ahead of its command)`));
        return;
      }
      const nl = data.indexOf(0x0a);
      if (nl < 0) {
        this.partial = this.partial.length ? Buffer.concat([this.partial, data]) : data;
        this.checkSize(0);
        return;
      }
      const lineBuf = this.partial.length ? Buffer.concat([this.partial, data.subarray(0, nl)]) : data.subarray(0, nl);
      data = data.subarray(nl + 1);
      this.partial = Buffer.alloc(0);
      if (!this.checkSize(lineBuf.length + 1)) return;
      this.replyBytes += lineBuf.length + 1;
      const line = lineBuf.toString('utf8').replace(/\r$/, '');
      this.log('server', line);
      const m = /^(\d{3})([ -]|$)/.exec(line);
      if (!m) {
        this.refuse(new TransportError('EPROTOCOL', `the server sent something that is not an SMTP reply: "${line.slice(0, 80)}"`));
        return;
      }
      this.lines.push(line);
      if (m[2] === '-') {
        if (this.lines.length >= REPLY_LIMITS.lines) {
          this.refuse(new TransportError('EREPLYTOOLONG', `${this.greeted ? 'a reply' : 'the greeting'} went on for more than ${REPLY_LIMITS.lines} lines`));
          return;
        }
        continue;
      }
      const reply: Reply = { code: Number(m[1]), lines: this.lines, text: this.lines.join('\n') };
      this.lines = [];
      this.replyBytes = 0;
      this.greeted = true;
      this.expected -= 1;
      if (this.waiter) this.waiter.resolve(reply);
      else this.queue.push(reply);
    }
  };

  /** false (and the conversation ended) when the reply being received would grow past REPLY_LIMITS.bytes. */
  private checkSize(adding: number): boolean {
    const size = this.replyBytes + (adding > 0 ? adding : this.partial.length);
    if (size <= REPLY_LIMITS.bytes) return true;
    this.refuse(new TransportError('EREPLYTOOLONG', `${this.greeted ? 'a reply' : 'the data before the greeting'} grew past ${REPLY_LIMITS.bytes / 1024} KiB`));
    return false;
  }

  private readonly onError = (err: NodeJS.ErrnoException): void => {
    this.log('info', `socket error: ${err.message}`);
    this.fail(new TransportError(err.code ?? 'ESOCKET', `the connection failed: ${err.message}`));
  };

  private readonly onClose = (): void => {
    this.fail(new TransportError('ECLOSED', 'the server closed the connection'));
  };
}
