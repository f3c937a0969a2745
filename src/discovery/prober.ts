/**
 * Probing candidate submission servers: connect, (implicit TLS,) read the greeting, EHLO, (STARTTLS, EHLO,) QUIT.
 * Nothing is ever authenticated or sent. Every read has a deadline and a size cap; every probe ends by the
 * caller's overall deadline. The certificate is checked (chain and host name) and reported, not enforced: a probe
 * sends no secret, and the live test enforces it later.
 */
import net from 'node:net';
import tls from 'node:tls';
import type { ProbeCandidate, ProbeOutcome } from '../core/discovery.js';
import type { DnsResolver } from '../dns/resolver.js';
import { safeText } from '../core/untrusted.js';

export interface ProberOptions {
  resolver: DnsResolver;
  /** Each step (connect, greeting, each reply). */
  stepMs: number;
  /** Epoch ms by which every probe has ended, answered or not. */
  deadlineAt: number;
  ehloName?: string;
  /** PEM CA to trust instead of the system's (in-process tests; the CLI uses the system store and NODE_EXTRA_CA_CERTS). */
  ca?: string;
  /** Ends every probe at once (discovery found its answer elsewhere). */
  signal?: AbortSignal;
  now?: () => number;
}

const MAX_LINE = 2048;
const MAX_REPLY_LINES = 64;

interface Reply { code: number; lines: string[] }

class ProbeError extends Error {}

/** Reads SMTP replies, capped, from whichever socket is attached. */
class Replies {
  private buf = '';
  private queue: Reply[] = [];
  private partial: string[] = [];
  private waiter: ((r: Reply | Error) => void) | null = null;
  private failure: Error | null = null;
  private socket: net.Socket | null = null;

  attach(socket: net.Socket): void {
    this.socket = socket;
    this.buf = '';
    socket.setEncoding('latin1');
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  detach(): net.Socket {
    const s = this.socket!;
    s.off('data', this.onData);
    s.off('error', this.onError);
    s.off('close', this.onClose);
    this.socket = null;
    return s;
  }

  next(ms: number, what: string): Promise<Reply> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.waiter = null; reject(new ProbeError(`no ${what} within ${ms} ms`)); }, ms);
      this.waiter = (r) => {
        clearTimeout(timer);
        this.waiter = null;
        if (r instanceof Error) reject(r);
        else resolve(r);
      };
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.waiter?.(this.failure);
  }

  private readonly onData = (chunk: string): void => {
    this.buf += chunk;
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).replace(/\r$/, '');
      this.buf = this.buf.slice(nl + 1);
      const m = /^(\d{3})([ -]|$)/.exec(line);
      if (!m) return this.fail(new ProbeError(`not SMTP: "${safeText(line.slice(0, 60))}"`));
      this.partial.push(line);
      if (this.partial.length > MAX_REPLY_LINES) return this.fail(new ProbeError('a reply of more than 64 lines'));
      if (m[2] !== '-') {
        const reply = { code: Number(m[1]), lines: this.partial };
        this.partial = [];
        if (this.waiter) this.waiter(reply);
        else this.queue.push(reply);
      }
    }
    if (this.buf.length > MAX_LINE) this.fail(new ProbeError('a reply line longer than 2 KiB'));
  };

  private readonly onError = (err: NodeJS.ErrnoException): void => this.fail(new ProbeError(err.code === 'ECONNREFUSED' ? 'connection refused' : err.code ?? err.message));
  private readonly onClose = (): void => this.fail(new ProbeError('the server closed the connection'));
}

function keywords(r: Reply): string[] {
  return r.lines.slice(1).map((l) => l.slice(4).trim().toUpperCase());
}

function authOf(caps: string[]): string[] {
  const line = caps.find((c) => /^AUTH[ =]/.test(c));
  return line ? line.slice(5).trim().split(/\s+/).filter((m) => /^[A-Z0-9_-]{1,20}$/.test(m)).slice(0, 10) : [];
}

function connect(host: string, ip: string, port: number, ms: number, secure: boolean, ca: string | undefined, track: (s: net.Socket) => void): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = secure
      ? tls.connect({ host: ip, port, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: false, ...(ca ? { ca } : {}) })
      : net.connect({ host: ip, port });
    track(socket);
    const timer = setTimeout(() => { socket.destroy(); reject(new ProbeError(`no connection within ${ms} ms`)); }, ms);
    socket.once('close', () => { clearTimeout(timer); reject(new ProbeError('the connection closed')); });
    socket.once(secure ? 'secureConnect' : 'connect', () => { clearTimeout(timer); socket.off('error', onError); resolve(socket); });
    const onError = (err: NodeJS.ErrnoException) => { clearTimeout(timer); reject(new ProbeError(err.code === 'ECONNREFUSED' ? 'connection refused' : err.code ?? err.message)); };
    socket.once('error', onError);
  });
}

function upgrade(socket: net.Socket, host: string, ms: number, ca?: string): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const t = tls.connect({ socket, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: false, ...(ca ? { ca } : {}) });
    const timer = setTimeout(() => { t.destroy(); reject(new ProbeError(`no TLS handshake within ${ms} ms`)); }, ms);
    socket.once('close', () => { clearTimeout(timer); reject(new ProbeError('the server closed the connection')); });
    t.once('secureConnect', () => { clearTimeout(timer); t.off('error', onError); resolve(t); });
    const onError = (err: NodeJS.ErrnoException) => { clearTimeout(timer); reject(new ProbeError(`TLS failed: ${err.code ?? err.message}`)); };
    t.once('error', onError);
  });
}

function trustOf(socket: net.Socket): { trusted: boolean; why: string } {
  const t = socket as tls.TLSSocket;
  return t.authorized ? { trusted: true, why: 'certificate trusted' } : { trusted: false, why: String(t.authorizationError ?? 'certificate not trusted') };
}

/** One candidate; never throws. */
export async function probeOne(c: ProbeCandidate, opts: ProberOptions): Promise<ProbeOutcome> {
  const now = opts.now ?? Date.now;
  const started = now();
  const left = () => Math.max(1, Math.min(opts.stepMs, opts.deadlineAt - now()));
  const out = (ok: boolean, detail: string, auth: string[] = [], tlsTrusted: boolean | null = null): ProbeOutcome =>
    ({ ...c, ok, auth, tlsTrusted, detail: safeText(detail), ms: now() - started });
  let socket: net.Socket | null = null;
  const wire = new Replies();
  const end = () => socket?.destroy();
  const deadline = setTimeout(end, Math.max(1, opts.deadlineAt - now()));
  opts.signal?.addEventListener('abort', end, { once: true });
  try {
    if (opts.signal?.aborted) return out(false, 'not needed any more');
    let ips: string[];
    try {
      ips = net.isIP(c.host) ? [c.host] : await opts.resolver.addresses(c.host);
    } catch (err) {
      return out(false, `DNS: ${(err as Error).message}`);
    }
    if (ips.length === 0) return out(false, 'no such host');
    const ip = ips.find((a) => net.isIPv4(a)) ?? ips[0]!;
    socket = await connect(c.host, ip, c.port, left(), c.security === 'ssl', opts.ca, (s) => { socket = s; });
    wire.attach(socket);
    const greeting = await wire.next(left(), 'greeting');
    if (greeting.code !== 220) return out(false, `greeting ${safeText(greeting.lines[0] ?? '')}`);
    const name = opts.ehloName ?? `[${socket.localAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1'}]`;
    socket.write(`EHLO ${name}\r\n`);
    let ehlo = await wire.next(left(), 'EHLO reply');
    if (ehlo.code !== 250) return out(false, `EHLO refused: ${safeText(ehlo.lines[0] ?? '')}`);
    let trust: { trusted: boolean; why: string } | null = c.security === 'ssl' ? trustOf(socket) : null;
    if (c.security === 'starttls') {
      if (!keywords(ehlo).includes('STARTTLS')) return out(false, 'STARTTLS not offered');
      socket.write('STARTTLS\r\n');
      const go = await wire.next(left(), 'STARTTLS reply');
      if (go.code !== 220) return out(false, `STARTTLS refused: ${safeText(go.lines[0] ?? '')}`);
      const plain = wire.detach();
      socket = await upgrade(plain, c.host, left(), opts.ca);
      trust = trustOf(socket);
      wire.attach(socket);
      socket.write(`EHLO ${name}\r\n`);
      ehlo = await wire.next(left(), 'EHLO reply after STARTTLS');
      if (ehlo.code !== 250) return out(false, `EHLO after STARTTLS refused: ${safeText(ehlo.lines[0] ?? '')}`);
    }
    const auth = authOf(keywords(ehlo));
    socket.write('QUIT\r\n');
    // Not "AUTH PLAIN …": that reads as an AUTH command, whose argument safeText masks.
    const parts = [trust?.why, auth.length ? `AUTH mechanisms: ${auth.join(', ')}` : 'no AUTH offered'].filter(Boolean);
    return out(true, parts.join(', '), auth, trust?.trusted ?? null);
  } catch (err) {
    return out(false, opts.signal?.aborted ? 'not needed any more' : now() >= opts.deadlineAt ? 'the discovery deadline passed' : (err as Error).message);
  } finally {
    clearTimeout(deadline);
    opts.signal?.removeEventListener('abort', end);
    if (socket) {
      socket.on('error', () => {});
      socket.end();
      socket.destroy();
    }
  }
}

/** Every candidate at once; all have ended by opts.deadlineAt. */
export function probeAll(candidates: ProbeCandidate[], opts: ProberOptions): Promise<ProbeOutcome[]> {
  return Promise.all(candidates.map((c) => probeOne(c, opts)));
}
