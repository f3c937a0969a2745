/**
 * The live test: a small, careful SMTP client on node:net / node:tls (in the spirit of swaks) that walks the
 * stage ladder dns → connect → [tls] → greeting → ehlo → [tls = STARTTLS] → [auth] → mail → rcpt → [data] → quit
 * and returns a ProbeReport. Expected failures are values (report.failure), never exceptions.
 *
 * Why not nodemailer's verify(): it never sends MAIL FROM/RCPT TO, passes when AUTH is not advertised, and can
 * send AUTH in clear text when STARTTLS is missing.
 */
import { createHmac, randomBytes } from 'node:crypto';
import dns from 'node:dns';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import {
  DEFAULT_TIMEOUTS,
  enhancedCode,
  type CertificateInfo,
  type ProbeFailure,
  type ProbeReport,
  type ProbeTarget,
  type ProbeTimeouts,
  type Stage,
  type StageResult,
  type TranscriptLine,
} from '../core/probe.js';

export interface ProbeOptions {
  timeouts?: Partial<ProbeTimeouts>;
  /** Default: os.hostname() if it has a dot, else the address literal of our end, e.g. [192.0.2.1]. */
  ehloName?: string;
  /** Send a real test message to this address (RCPT TO uses it instead of target.rcpt). */
  sendTo?: string | null;
  displayName?: string | null;
  /** Progress: called as each stage ends. */
  onStage?: (s: StageResult) => void;
  /** Live transcript for --debug (secrets already masked). */
  onTranscript?: (l: TranscriptLine) => void;
  lookup?: typeof dns.lookup;
}

/** What stands in the transcript instead of a secret. */
export const MASK = '********';

interface Reply {
  code: number;
  /** Full lines as received, e.g. ["250-localhost", "250 AUTH PLAIN LOGIN"]. */
  lines: string[];
  text: string;
}

/** A transport-level problem: socket error, close, timeout, non-SMTP data. */
class WireError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly timeout?: ProbeFailure['timeout'],
  ) {
    super(message);
  }
}

/** Ends the ladder with a failure; caught in runProbe, never escapes. */
class StageFailure extends Error {
  constructor(
    readonly failure: ProbeFailure,
    readonly reply?: Reply,
  ) {
    super(failure.message);
  }
}

const TLS_CODE_TEXT: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain ends in a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the certificate cannot be verified (unknown issuer or missing intermediate certificate)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer of the certificate is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer of the certificate is not trusted',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  CERT_NOT_YET_VALID: 'the certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the certificate is not issued for this host name',
  CERT_REVOKED: 'the certificate has been revoked',
};

/** Reads SMTP replies from a socket; the socket can be swapped after STARTTLS. */
class Wire {
  private socket: net.Socket | null = null;
  private buf = Buffer.alloc(0);
  private partial: string[] = [];
  private replies: Reply[] = [];
  private ended: WireError | null = null;
  private waiter: { resolve: (r: Reply) => void; reject: (e: WireError) => void } | null = null;
  private gotData = false;

  constructor(private readonly log: (dir: TranscriptLine['dir'], line: string) => void) {}

  get current(): net.Socket | null {
    return this.socket;
  }

  attach(socket: net.Socket): void {
    this.socket = socket;
    socket.on('data', this.onData);
    socket.on('error', this.onError);
    socket.on('close', this.onClose);
  }

  /** Hands the socket over (STARTTLS); whatever was buffered is dropped. */
  detach(): net.Socket {
    const socket = this.socket;
    if (!socket) throw new Error('Wire.detach without a socket');
    socket.off('data', this.onData);
    socket.off('error', this.onError);
    socket.off('close', this.onClose);
    this.socket = null;
    this.buf = Buffer.alloc(0);
    this.partial = [];
    return socket;
  }

  send(line: string, shown: string = line): void {
    this.log('client', shown);
    if (this.socket && !this.socket.destroyed) this.socket.write(`${line}\r\n`);
  }

  write(data: Buffer): void {
    if (this.socket && !this.socket.destroyed) this.socket.write(data);
  }

  read(ms: number, timeout: NonNullable<ProbeFailure['timeout']>, what: string): Promise<Reply> {
    const queued = this.replies.shift();
    if (queued) return Promise.resolve(queued);
    if (this.ended) return Promise.reject(this.ended);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new WireError('ETIMEDOUT', `no answer to ${what} within ${ms} ms`, timeout));
      }, ms);
      this.waiter = {
        resolve: (r) => { clearTimeout(timer); this.waiter = null; resolve(r); },
        reject: (e) => { clearTimeout(timer); this.waiter = null; reject(e); },
      };
    });
  }

  destroy(): void {
    const socket = this.socket;
    if (socket) {
      this.detach();
      socket.on('error', () => {});
      socket.destroy();
    }
  }

  private fail(err: WireError): void {
    if (!this.ended) this.ended = err;
    this.waiter?.reject(this.ended);
  }

  private readonly onData = (chunk: Buffer): void => {
    if (!this.gotData) {
      this.gotData = true;
      // A TLS record (handshake 0x16, alert 0x15, …, version 0x03 0x0x) where SMTP text was expected.
      if (chunk.length >= 2 && chunk[0]! >= 0x14 && chunk[0]! <= 0x17 && chunk[1] === 0x03) {
        this.log('info', `received ${chunk.length} bytes of TLS data instead of SMTP text`);
        this.fail(new WireError('EPROTOCOL', 'the server answered with TLS data instead of SMTP text: this port expects implicit TLS'));
        this.socket?.destroy();
        return;
      }
    }
    this.buf = Buffer.concat([this.buf, chunk]);
    let nl: number;
    while ((nl = this.buf.indexOf(0x0a)) >= 0) {
      const line = this.buf.subarray(0, nl).toString('utf8').replace(/\r$/, '');
      this.buf = this.buf.subarray(nl + 1);
      this.log('server', line);
      const m = /^(\d{3})([ -]|$)/.exec(line);
      if (!m) {
        this.fail(new WireError('EPROTOCOL', `the server sent something that is not an SMTP reply: "${line.slice(0, 80)}"`));
        this.socket?.destroy();
        return;
      }
      this.partial.push(line);
      if (m[2] !== '-') {
        const reply: Reply = { code: Number(m[1]), lines: this.partial, text: this.partial.join('\n') };
        this.partial = [];
        if (this.waiter) this.waiter.resolve(reply);
        else this.replies.push(reply);
      }
    }
    if (this.buf.length > 64 * 1024) {
      this.fail(new WireError('EPROTOCOL', 'the server sent a reply line longer than 64 KiB'));
      this.socket?.destroy();
    }
  };

  private readonly onError = (err: NodeJS.ErrnoException): void => {
    this.log('info', `socket error: ${err.message}`);
    this.fail(new WireError(err.code ?? 'ESOCKET', `the connection failed: ${err.message}`));
  };

  private readonly onClose = (): void => {
    this.fail(new WireError('ECLOSED', 'the server closed the connection'));
  };
}

function formatDn(dn: unknown): string {
  if (!dn || typeof dn !== 'object') return '';
  return Object.entries(dn as Record<string, string | string[]>)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

function certificateInfo(socket: tls.TLSSocket): CertificateInfo | null {
  const peer = socket.getPeerCertificate();
  if (!peer || Object.keys(peer).length === 0) return null;
  const iso = (s: string): string => {
    const d = new Date(s);
    return Number.isNaN(d.getTime()) ? s : d.toISOString();
  };
  const authError = socket.authorizationError as unknown;
  return {
    subject: formatDn(peer.subject),
    issuer: formatDn(peer.issuer),
    altNames: peer.subjectaltname ?? null,
    validFrom: iso(peer.valid_from),
    validTo: iso(peer.valid_to),
    fingerprint256: peer.fingerprint256,
    protocol: socket.getProtocol(),
    cipher: socket.getCipher()?.name ?? null,
    authorized: socket.authorized,
    authorizationError: authError == null ? null : String((authError as { code?: string }).code ?? authError),
  };
}

function certificateSummary(c: CertificateInfo): string {
  const cn = /(?:^|, )CN=([^,]+)/.exec(c.subject)?.[1] ?? c.subject;
  const to = new Date(c.validTo);
  const days = Math.floor((to.getTime() - Date.now()) / 86_400_000);
  const expiry = Number.isNaN(to.getTime()) ? c.validTo : `${c.validTo.slice(0, 10)} (${days} day${Math.abs(days) === 1 ? '' : 's'})`;
  return `${[c.protocol, c.cipher].filter(Boolean).join(' ')}, CN=${cn}, expires ${expiry}`;
}

/**
 * This machine's name if it is fully qualified; otherwise the address literal of our end of the
 * connection (RFC 5321 4.1.3), as nodemailer does: servers that demand an FQDN in EHLO accept it,
 * while "localhost" is refused by some (Postfix reject_non_fqdn_helo_hostname).
 */
function defaultEhloName(socket: net.Socket | null): string {
  const h = os.hostname();
  if (h.includes('.')) return h;
  const local = socket?.localAddress;
  if (!local) return '[127.0.0.1]';
  const v4 = local.replace(/^::ffff:/, '');
  return net.isIPv4(v4) ? `[${v4}]` : `[IPv6:${local}]`;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1) : 'localhost';
}

/** Dot-stuffing and CRLF line ends (RFC 5321 4.5.2), plus the terminating "." line. */
export function dotStuff(message: Buffer): Buffer {
  let s = message.toString('latin1').replace(/\r?\n/g, '\r\n');
  if (!s.endsWith('\r\n')) s += '\r\n';
  s = s.replace(/^\./gm, '..');
  return Buffer.from(`${s}.\r\n`, 'latin1');
}

export async function runProbe(target: ProbeTarget, password: string | null, opts: ProbeOptions = {}): Promise<ProbeReport> {
  const timeouts: ProbeTimeouts = { ...DEFAULT_TIMEOUTS };
  for (const [k, v] of Object.entries(opts.timeouts ?? {}) as Array<[keyof ProbeTimeouts, number | undefined]>) {
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) timeouts[k] = v;
  }
  const lookup = opts.lookup ?? dns.lookup;
  const sendTo = opts.sendTo ?? null;
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const hostPort = `${target.host}:${target.port}`;

  const transcript: TranscriptLine[] = [];
  const log = (dir: TranscriptLine['dir'], line: string): void => {
    const entry: TranscriptLine = { t: Date.now() - started, dir, line };
    transcript.push(entry);
    try { opts.onTranscript?.(entry); } catch { /* a display callback must not break the test */ }
  };

  const report: ProbeReport = {
    ok: false,
    target,
    startedAt,
    totalMs: 0,
    stages: [],
    capabilities: [],
    authMechanisms: [],
    certificate: null,
    failure: null,
    diagnosis: null,
    transcript,
    sentMessageId: null,
  };

  const wire = new Wire(log);
  /** Sockets we own outside the wire (before it is attached); destroyed in finally. */
  const owned = new Set<net.Socket>();
  let encrypted = false;

  const pushStage = (s: StageResult): void => {
    report.stages.push(s);
    try { opts.onStage?.(s); } catch { /* ignore */ }
  };

  interface StageOutcome { detail?: string; reply?: Reply }
  const stage = async (name: Stage, fn: () => Promise<StageOutcome>): Promise<void> => {
    const t0 = Date.now();
    try {
      const out = await fn();
      pushStage({
        stage: name,
        ok: true,
        ms: Date.now() - t0,
        ...(out.detail !== undefined ? { detail: out.detail } : {}),
        ...(out.reply ? { reply: out.reply.text, code: out.reply.code, enhanced: enhancedCode(out.reply.text) } : {}),
      });
    } catch (err) {
      const failure = err instanceof StageFailure ? err.failure
        : err instanceof WireError ? wireFailure(name, err)
        : null;
      if (!failure) throw err; // a bug, not an outcome
      failure.stage = name;
      pushStage({
        stage: name,
        ok: false,
        ms: Date.now() - t0,
        detail: failure.message,
        ...(failure.reply !== undefined ? { reply: failure.reply, code: failure.code, enhanced: failure.enhanced } : {}),
      });
      throw new StageFailure(failure);
    }
  };

  const wireFailure = (name: Stage, e: WireError): ProbeFailure => {
    const implicitHint = target.security !== 'ssl' ? ' If this port expects implicit TLS (usually 465), choose security ssl.' : '';
    let message: string;
    if (e.timeout === 'greeting') {
      message = `The server accepted the connection but sent no greeting within ${timeouts.greetingMs} ms.${implicitHint}`;
    } else if (e.timeout === 'command') {
      message = `The server did not answer during ${name}: ${e.message}.`;
    } else if (e.timeout === 'connect') {
      message = `No connection to ${hostPort} within ${timeouts.connectMs} ms.`;
    } else if (e.errorCode === 'EPROTOCOL') {
      message = `The server does not speak SMTP here: ${e.message}.${/implicit TLS/.test(e.message) && target.security !== 'ssl' ? ' Choose security ssl for this port.' : ''}`;
    } else if (name === 'greeting' && (e.errorCode === 'ECLOSED' || e.errorCode === 'ECONNRESET')) {
      message = `The server closed the connection before its greeting (${e.errorCode}).${implicitHint}`;
    } else {
      message = `The connection was lost during ${name}: ${e.message} (${e.errorCode}).`;
    }
    return { stage: name, message, errorCode: e.errorCode, ...(e.timeout ? { timeout: e.timeout } : {}) };
  };

  const replyFailure = (name: Stage, reply: Reply, message: string): StageFailure =>
    new StageFailure({ stage: name, message, code: reply.code, enhanced: enhancedCode(reply.text), reply: reply.text }, reply);

  const command = async (line: string, shown?: string): Promise<Reply> => {
    wire.send(line, shown);
    return wire.read(timeouts.commandMs, 'command', shown ?? line.split(' ')[0]!);
  };

  const readCa = async (): Promise<string | undefined> => {
    if (!target.caFile) return undefined;
    let pem: string;
    try {
      pem = await readFile(target.caFile, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new StageFailure({ stage: 'tls', message: `Cannot read the CA file ${target.caFile}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' '), errorCode: 'ECAFILE' });
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new StageFailure({ stage: 'tls', message: `The CA file ${target.caFile} contains no PEM certificate.`, errorCode: 'ECAFILE' });
    }
    return pem;
  };

  /** TLS on top of an open TCP socket; verification is judged here so the certificate is known even on failure. */
  const handshake = async (raw: net.Socket, ms: number, timeoutKind: NonNullable<ProbeFailure['timeout']>): Promise<tls.TLSSocket> => {
    const ca = await readCa();
    const isIp = net.isIP(target.host) !== 0;
    log('info', `TLS handshake with ${target.host}${target.tlsVerify ? '' : ' (certificate verification off)'}${ca ? `, trusting ${target.caFile}` : ''}`);
    const secure = await new Promise<tls.TLSSocket>((resolve, reject) => {
      // rejectUnauthorized:false lets the handshake finish so the certificate can be reported; the verdict
      // (socket.authorized, which includes the host name check) is enforced right below, before any byte is sent.
      const socket = tls.connect({ socket: raw, host: target.host, ...(isIp ? {} : { servername: target.host }), rejectUnauthorized: false, ...(ca ? { ca } : {}) });
      owned.add(socket);
      const done = (): void => { clearTimeout(timer); socket.off('secureConnect', onSecure); socket.off('error', onError); socket.off('close', onClose); };
      const timer = setTimeout(() => { done(); socket.destroy(); reject(new WireError('ETIMEDOUT', `the TLS handshake did not finish within ${ms} ms`, timeoutKind)); }, ms);
      const onSecure = (): void => { done(); resolve(socket); };
      const onError = (err: NodeJS.ErrnoException & { reason?: string }): void => {
        done();
        socket.on('error', () => {});
        const wrongVersion = err.reason === 'wrong version number' || /wrong version number/i.test(err.message);
        const code = wrongVersion ? 'ERR_SSL_WRONG_VERSION_NUMBER' : err.code ?? 'ETLS';
        const message = wrongVersion
          ? `TLS handshake failed: the server does not speak TLS on ${hostPort} (wrong version number).${target.security === 'ssl' ? ' This port probably expects plain SMTP with STARTTLS (usually 587): choose security starttls.' : ''}`
          : `TLS handshake failed: ${err.message} (${code}).`;
        reject(new StageFailure({ stage: 'tls', message, errorCode: code }));
      };
      const onClose = (): void => { done(); reject(new WireError('ECLOSED', 'the server closed the connection during the TLS handshake')); };
      socket.once('secureConnect', onSecure);
      socket.once('error', onError);
      socket.once('close', onClose);
    });
    const cert = certificateInfo(secure);
    report.certificate = cert;
    log('info', `TLS established: ${cert ? certificateSummary(cert) : `${secure.getProtocol()} (no certificate)`}${secure.authorized ? '' : ` — not trusted: ${cert?.authorizationError ?? 'unknown'}`}`);
    if (target.tlsVerify && !secure.authorized) {
      const code = cert?.authorizationError ?? 'ETLS';
      const why = TLS_CODE_TEXT[code] ?? code;
      const names = code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ` (${target.host} is not among ${cert?.altNames ?? cert?.subject ?? 'its names'})` : '';
      const who = cert ? ` Subject ${cert.subject}, issuer ${cert.issuer}, valid until ${cert.validTo.slice(0, 10)}.` : '';
      secure.destroy();
      throw new StageFailure({ stage: 'tls', message: `The server's certificate is not trusted: ${why}${names} (${code}).${who}`, errorCode: code });
    }
    encrypted = true;
    return secure;
  };

  const ehlo = async (): Promise<Reply> => {
    const ehloName = opts.ehloName ?? defaultEhloName(wire.current);
    let reply = await command(`EHLO ${ehloName}`);
    if (reply.code === 500 || reply.code === 502) {
      reply = await command(`HELO ${ehloName}`);
      if (reply.code !== 250) throw replyFailure('ehlo', reply, 'The server rejected both EHLO and HELO.');
      report.capabilities = [];
      report.authMechanisms = [];
      return reply;
    }
    if (reply.code !== 250) throw replyFailure('ehlo', reply, 'The server rejected EHLO.');
    const caps = reply.lines.slice(1).map((l) => l.slice(4).trim()).filter(Boolean);
    const mechs = new Set<string>();
    for (const cap of caps) {
      const m = /^AUTH[ =](.*)$/i.exec(cap);
      if (m) for (const mech of m[1]!.trim().split(/\s+/)) if (mech) mechs.add(mech.toUpperCase());
    }
    report.capabilities = caps;
    report.authMechanisms = [...mechs];
    return reply;
  };

  const hasCap = (name: string): boolean => report.capabilities.some((c) => c.split(/\s+/)[0]!.toUpperCase() === name);

  let dataSent = false;
  try {
    // dns: every address, IPv4 first (a host with a broken IPv6 route is common; the connect stage falls back)
    let addresses: string[] = [target.host];
    await stage('dns', async () => {
      if (net.isIP(target.host)) return { detail: `${target.host} (IP address)` };
      addresses = await new Promise<string[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new StageFailure({ stage: 'dns', message: `Resolving ${target.host} took longer than ${timeouts.connectMs} ms.`, errorCode: 'EAI_AGAIN', timeout: 'connect' })), timeouts.connectMs);
        lookup(target.host, { all: true }, (err, found) => {
          clearTimeout(timer);
          if (err || found.length === 0) {
            const code = err?.code ?? 'ENOTFOUND';
            const msg = code === 'ENOTFOUND' ? `The host name ${target.host} does not resolve (ENOTFOUND): check the spelling of the SMTP server.`
              : `The host name ${target.host} could not be resolved: ${err?.message ?? 'no address'} (${code}).`;
            reject(new StageFailure({ stage: 'dns', message: msg, errorCode: code }));
          } else resolve([...found].sort((a, b) => a.family - b.family).map((a) => a.address));
        });
      });
      log('info', `${target.host} resolves to ${addresses.join(', ')}`);
      return { detail: addresses.length > 1 ? `${addresses[0]} (+${addresses.length - 1} more)` : addresses[0]! };
    });

    // connect: each resolved address in turn, within one connect-timeout budget
    let raw!: net.Socket;
    let address = addresses[0]!;
    await stage('connect', async () => {
      const deadline = Date.now() + timeouts.connectMs;
      const attempt = (addr: string) => new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect({ host: addr, port: target.port });
        owned.add(socket);
        socket.on('error', () => {}); // errors after this point are reported through the wire / TLS socket
        const done = (): void => { clearTimeout(timer); socket.off('connect', onConnect); socket.off('error', onError); };
        const timer = setTimeout(() => { done(); socket.destroy(); reject(new WireError('ETIMEDOUT', 'connect timeout', 'connect')); }, Math.max(1, deadline - Date.now()));
        const onConnect = (): void => { done(); resolve(socket); };
        const onError = (err: NodeJS.ErrnoException): void => {
          done();
          const code = err.code ?? 'ECONNECTION';
          const at = `${addr === target.host ? hostPort : `${hostPort} (${addr})`}`;
          const msg = code === 'ECONNREFUSED' ? `Connection refused by ${at} (ECONNREFUSED): nothing listens on this port, or a firewall rejects it.`
            : `Cannot connect to ${at}: ${err.message} (${code}).`;
          reject(new StageFailure({ stage: 'connect', message: msg, errorCode: code }));
        };
        socket.once('connect', onConnect);
        socket.once('error', onError);
      });
      let firstError: unknown = null;
      for (const addr of addresses) {
        try {
          raw = await attempt(addr);
          address = addr;
          break;
        } catch (err) {
          firstError ??= err;
          if (err instanceof WireError || Date.now() >= deadline) throw err; // a timeout used the whole budget
          log('info', `${addr}: ${(err as Error).message}; trying the next address`);
        }
      }
      if (!raw) throw firstError;
      log('info', `connected to ${address}:${target.port}`);
      return { detail: `${address}:${target.port}` };
    });

    // implicit TLS, before the greeting
    let socket: net.Socket = raw;
    if (target.security === 'ssl') {
      await stage('tls', async () => {
        socket = await handshake(raw, timeouts.connectMs, 'connect');
        return { detail: report.certificate ? certificateSummary(report.certificate) : (socket as tls.TLSSocket).getProtocol() ?? 'TLS' };
      });
    }
    wire.attach(socket);
    owned.delete(socket);

    await stage('greeting', async () => {
      const reply = await wire.read(timeouts.greetingMs, 'greeting', 'the connection (greeting)');
      if (reply.code !== 220) throw replyFailure('greeting', reply, 'The server refused the session at the greeting.');
      return { reply, detail: reply.lines[0]!.slice(4) };
    });

    await stage('ehlo', async () => {
      const reply = await ehlo();
      return { reply, detail: reply.lines[0]!.startsWith('250') && report.capabilities.length ? `${report.capabilities.length} extensions${report.authMechanisms.length ? `, AUTH ${report.authMechanisms.join(' ')}` : ', no AUTH'}${hasCap('STARTTLS') ? ', STARTTLS' : ''}` : 'HELO (no extensions)' };
    });

    if (target.security === 'starttls') {
      await stage('tls', async () => {
        if (!hasCap('STARTTLS')) {
          throw new StageFailure({ stage: 'tls', message: `The server offers no STARTTLS on ${hostPort}, so the connection cannot be encrypted here. If this port expects implicit TLS choose security ssl; never send the password unencrypted.`, errorCode: 'ENOSTARTTLS' });
        }
        const reply = await command('STARTTLS');
        if (reply.code !== 220) throw replyFailure('tls', reply, 'The server refused STARTTLS.');
        const plain = wire.detach();
        plain.on('error', () => {});
        owned.add(plain);
        const secure = await handshake(plain, timeouts.commandMs, 'command');
        wire.attach(secure);
        owned.delete(secure);
        await ehlo();
        return { reply, detail: report.certificate ? certificateSummary(report.certificate) : secure.getProtocol() ?? 'TLS' };
      });
    }

    if (password !== null) {
      await stage('auth', async () => {
        if (!encrypted && target.security !== 'none') {
          throw new StageFailure({ stage: 'auth', message: 'Refusing to send the password over an unencrypted connection.', errorCode: 'EINSECURE' });
        }
        const mechs = report.authMechanisms;
        if (mechs.length === 0) {
          throw new StageFailure({ stage: 'auth', message: `The server advertises no AUTH on ${hostPort}${encrypted ? '' : ' (unencrypted)'}, so the login cannot be checked.`, errorCode: 'ENOAUTH' });
        }
        const user = target.username ?? target.from;
        const mech = ['PLAIN', 'LOGIN', 'CRAM-MD5'].find((m) => mechs.includes(m));
        if (!mech) {
          throw new StageFailure({ stage: 'auth', message: `The server offers only AUTH ${mechs.join(' ')}, none of which addr supports (PLAIN, LOGIN, CRAM-MD5).`, errorCode: 'ENOAUTH' });
        }
        const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
        let reply: Reply;
        // Exactly one attempt with one mechanism: repeated failed logins lock accounts.
        if (mech === 'PLAIN') {
          reply = await command(`AUTH PLAIN ${b64(`\0${user}\0${password}`)}`, `AUTH PLAIN ${MASK}`);
        } else if (mech === 'LOGIN') {
          reply = await command('AUTH LOGIN');
          if (reply.code === 334) reply = await command(b64(user), MASK);
          if (reply.code === 334) reply = await command(b64(password), MASK);
        } else {
          reply = await command('AUTH CRAM-MD5');
          if (reply.code === 334) {
            const challenge = Buffer.from(reply.lines[0]!.slice(4).trim(), 'base64').toString('utf8');
            const digest = createHmac('md5', password).update(challenge).digest('hex');
            reply = await command(b64(`${user} ${digest}`), MASK);
          }
        }
        if (reply.code !== 235) throw replyFailure('auth', reply, `The server rejected the login of ${user} (${mech}).`);
        return { reply, detail: `${mech} as ${user}` };
      });
    }

    await stage('mail', async () => {
      const reply = await command(`MAIL FROM:<${target.from}>`);
      if (reply.code !== 250) throw replyFailure('mail', reply, `The server refused the sender address <${target.from}>.`);
      return { reply, detail: `<${target.from}>` };
    });

    const rcpt = sendTo ?? target.rcpt;
    await stage('rcpt', async () => {
      const reply = await command(`RCPT TO:<${rcpt}>`);
      if (reply.code !== 250 && reply.code !== 251) throw replyFailure('rcpt', reply, `The server refused the recipient <${rcpt}>.`);
      return { reply, detail: `<${rcpt}>` };
    });

    if (sendTo) {
      await stage('data', async () => {
        const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
        const messageId = `<${randomBytes(12).toString('hex')}.addr-test@${domainOf(target.from)}>`;
        const from = opts.displayName ? { name: opts.displayName, address: target.from } : target.from;
        const raw = await new MailComposer({
          from,
          to: sendTo,
          subject: 'addr test message',
          messageId,
          date: new Date(),
          text: `This is a test message from addr.\n\nIt was sent as ${target.from} through ${hostPort} (${target.security}) to check that this sender address works.\nNo reply is needed.\n`,
        }).compile().build();
        const start = await command('DATA');
        if (start.code !== 354) throw replyFailure('data', start, 'The server refused to take the test message.');
        const payload = dotStuff(raw);
        log('info', `(test message: ${payload.length} bytes, Message-ID ${messageId})`);
        wire.write(payload);
        log('client', '.');
        const reply = await wire.read(timeouts.commandMs, 'command', 'the end of the message (.)');
        dataSent = true;
        if (reply.code !== 250) throw replyFailure('data', reply, 'The server refused the test message.');
        report.sentMessageId = messageId;
        return { reply, detail: `sent to <${sendTo}>, Message-ID ${messageId}` };
      });
    }

    // A failure here does not fail the test: everything that matters has been answered.
    const t0 = Date.now();
    let quitReply: Reply | undefined;
    let quitNote = '';
    try {
      if (!dataSent) {
        const rset = await command('RSET');
        if (rset.code !== 250) quitNote = `RSET answered ${rset.code}; `;
      }
      quitReply = await command('QUIT');
      if (quitReply.code !== 221) quitNote += `QUIT answered ${quitReply.code} (ignored)`;
    } catch (err) {
      if (!(err instanceof WireError)) throw err;
      quitNote += `${err.message} (ignored)`;
    }
    pushStage({
      stage: 'quit',
      ok: true,
      ms: Date.now() - t0,
      detail: quitNote || (dataSent ? 'QUIT' : 'RSET, QUIT'),
      ...(quitReply ? { reply: quitReply.text, code: quitReply.code, enhanced: enhancedCode(quitReply.text) } : {}),
    });
    report.ok = true;
  } catch (err) {
    if (!(err instanceof StageFailure)) throw err;
    report.failure = err.failure;
    log('info', `failed at ${err.failure.stage}: ${err.failure.message}`);
    // Say goodbye politely when the server is still talking to us; never wait long for it.
    if (wire.current && !wire.current.destroyed && !err.failure.timeout) {
      try {
        wire.send('QUIT');
        await wire.read(Math.min(timeouts.commandMs, 1000), 'command', 'QUIT');
      } catch { /* ignored */ }
    }
  } finally {
    wire.destroy();
    for (const s of owned) { s.on('error', () => {}); s.destroy(); }
    report.totalMs = Date.now() - started;
  }
  return report;
}
