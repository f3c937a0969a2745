/**
 * The transport under an SMTP conversation, shared by the live test (session.ts) and sending (send.ts): resolve the
 * host, connect to its addresses in turn, TLS (implicit, or over the plain socket after STARTTLS) with the
 * certificate judged here so that it is known even when it is refused, the EHLO name, and the budget that every
 * wait is cut from: each step has its own timeout, and none may outlast the deadline of the whole run.
 *
 * Only node:net is loaded up front; node:dns (a host name, not an IP literal) and node:tls (when TLS starts) are
 * loaded when they are needed, so a run that needs neither does not pay for them.
 */
import net from 'node:net';
import os from 'node:os';
import type dns from 'node:dns';
import type tls from 'node:tls';
import type { CertificateInfo, ProbeFailure } from '../core/probe.js';
import type { Security } from '../core/address.js';

export type Lookup = typeof dns.lookup;
export type TimeoutKind = NonNullable<ProbeFailure['timeout']>;

/**
 * A failure of the transport: a socket error, a close, a timeout, the deadline, or bytes that are not SMTP. The
 * session turns it into a stage failure with one sentence; `errorCode` is Node's code or one of addr's own:
 * ETIMEDOUT (with `timeout`), EDEADLINE, ECLOSED, EPROTOCOL (not SMTP), EREPLYTOOLONG, EUNSOLICITED.
 */
export class TransportError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly timeout?: TimeoutKind,
  ) {
    super(message);
  }
}

/** The overall deadline of one run (one live test, one send): every wait is cut to what is left of it. */
export class Budget {
  readonly startedAt: number;
  constructor(readonly deadlineMs: number, now: number = Date.now()) {
    this.startedAt = now;
  }

  left(): number {
    return this.startedAt + this.deadlineMs - Date.now();
  }

  /**
   * Runs `start` with a timer of `ms`, cut to the deadline. `start` gets `settle` to call once (with an error or a
   * value) and returns a clean-up for the timeout case. When the timer fires, the clean-up runs and the promise
   * rejects with ETIMEDOUT (`kind`, `what`) or, when the deadline cut it short, EDEADLINE.
   */
  wait<T>(ms: number, kind: TimeoutKind, what: string, start: (settle: (err: Error | null, value?: T) => void) => (() => void) | void): Promise<T> {
    const left = this.left();
    const byDeadline = left < ms;
    const limit = Math.max(1, byDeadline ? left : ms);
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const settle = (err: Error | null, value?: T): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(value as T);
      };
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        try { cleanup?.(); } catch { /* the clean-up of a timed-out step must not hide the timeout */ }
        reject(byDeadline ? this.expired() : new TransportError('ETIMEDOUT', `${what} within ${ms} ms`, kind));
      }, limit);
      let cleanup: (() => void) | void;
      try {
        cleanup = start(settle);
      } catch (err) {
        settle(err as Error);
      }
    });
  }

  /** The error for a run whose deadline has passed. */
  expired(): TransportError {
    return new TransportError('EDEADLINE', `the deadline of ${formatMs(this.deadlineMs)} for the whole run was reached`);
  }
}

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The host's addresses, IPv4 first (a host with a broken IPv6 route is common); an IP literal as it is, no DNS. */
export async function resolveHost(host: string, budget: Budget, ms: number, lookup?: Lookup): Promise<string[]> {
  if (net.isIP(host)) return [host];
  const look = lookup ?? process.getBuiltinModule('node:dns').lookup;
  return budget.wait<string[]>(ms, 'connect', `resolving ${host}`, (settle) => {
    look(host, { all: true }, (err, found) => {
      if (err || found.length === 0) {
        settle(new TransportError(err?.code ?? 'ENOTFOUND', err?.message ?? 'no address'));
      } else settle(null, [...found].sort((a, b) => a.family - b.family).map((a) => a.address));
    });
  });
}

export interface Connected {
  socket: net.Socket;
  address: string;
}

/**
 * TCP to each address in turn within one connect-timeout budget (a refusal moves on to the next address; a
 * timeout has used the budget). A refusal or an unreachable host is a TransportError with Node's code.
 */
export async function connectTcp(addresses: string[], port: number, budget: Budget, ms: number, onRetry?: (address: string, err: Error) => void): Promise<Connected> {
  const started = Date.now();
  let first: unknown = null;
  for (const address of addresses) {
    const left = ms - (Date.now() - started);
    try {
      const socket = await budget.wait<net.Socket>(Math.max(1, left), 'connect', `no connection to ${address}:${port}`, (settle) => {
        const socket = net.connect({ host: address, port });
        socket.on('error', () => {}); // errors after connecting are the reader's or the TLS socket's business
        socket.setNoDelay(true);
        const onError = (err: NodeJS.ErrnoException): void => settle(new TransportError(err.code ?? 'ECONNECTION', err.message));
        socket.once('error', onError);
        socket.once('connect', () => { socket.off('error', onError); settle(null, socket); });
        return () => socket.destroy();
      });
      return { socket, address };
    } catch (err) {
      first ??= err;
      if (!(err instanceof TransportError) || err.timeout || err.errorCode === 'EDEADLINE') throw err;
      onRetry?.(address, err);
    }
  }
  throw first;
}

/** What the TLS layer needs to know about the server. */
export interface TlsPeer {
  host: string;
  port: number;
  security: Security;
  /** The PEM of a private CA (or the server's own certificate), if one is trusted for this address. */
  ca?: string;
  /**
   * false: the address does not verify certificates (--insecure). Then no trust store is built at all: Node parses
   * its ~140 bundled root certificates for every new TLS context (~20 ms), for nothing when nothing is verified.
   */
  verify?: boolean;
}

export interface Secured {
  socket: tls.TLSSocket;
  certificate: CertificateInfo | null;
}

/**
 * TLS over an open TCP socket. The certificate is not judged by the handshake (rejectUnauthorized false) but
 * afterwards by the caller, from `authorized`, so that a refused certificate can still be shown.
 */
export function startTls(raw: net.Socket, peer: TlsPeer, budget: Budget, ms: number, kind: TimeoutKind): Promise<Secured> {
  const tlsModule = process.getBuiltinModule('node:tls');
  const hostPort = `${peer.host}:${peer.port}`;
  return budget.wait<Secured>(ms, kind, 'the TLS handshake did not finish', (settle) => {
    const socket = tlsModule.connect({
      socket: raw,
      host: peer.host,
      ...(net.isIP(peer.host) ? {} : { servername: peer.host }),
      rejectUnauthorized: false,
      ...(peer.verify === false ? { ca: [] } : peer.ca ? { ca: peer.ca } : {}),
    });
    const done = (): void => { socket.off('secureConnect', onSecure); socket.off('error', onError); socket.off('close', onClose); };
    const onSecure = (): void => { done(); socket.on('error', () => {}); settle(null, { socket, certificate: certificateInfo(socket) }); };
    const onError = (err: NodeJS.ErrnoException & { reason?: string }): void => {
      done();
      socket.on('error', () => {});
      const wrongVersion = err.reason === 'wrong version number' || /wrong version number/i.test(err.message);
      settle(new TransportError(wrongVersion ? 'ERR_SSL_WRONG_VERSION_NUMBER' : err.code ?? 'ETLS', wrongVersion
        ? `the server does not speak TLS on ${hostPort} (wrong version number)`
        : err.message));
    };
    const onClose = (): void => { done(); settle(new TransportError('ECLOSED', 'the server closed the connection during the TLS handshake')); };
    socket.once('secureConnect', onSecure);
    socket.once('error', onError);
    socket.once('close', onClose);
    return () => { done(); socket.on('error', () => {}); socket.destroy(); };
  });
}

/** Node's verification codes in words. */
export const TLS_CODE_TEXT: Record<string, string> = {
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

/** Why a certificate is refused, in one sentence; null when it is trusted. */
export function certificateRefusal(secured: Secured, host: string): { code: string; message: string } | null {
  if (secured.socket.authorized) return null;
  const cert = secured.certificate;
  const code = cert?.authorizationError ?? 'ETLS';
  const why = TLS_CODE_TEXT[code] ?? code;
  const names = code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ` (${host} is not among ${cert?.altNames ?? cert?.subject ?? 'its names'})` : '';
  const who = cert ? ` Subject ${cert.subject}, issuer ${cert.issuer}, valid until ${cert.validTo.slice(0, 10)}.` : '';
  return { code, message: `The server's certificate is not trusted: ${why}${names} (${code}).${who}` };
}

function formatDn(dn: unknown): string {
  if (!dn || typeof dn !== 'object') return '';
  return Object.entries(dn as Record<string, string | string[]>)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}

export function certificateInfo(socket: tls.TLSSocket): CertificateInfo | null {
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

export function certificateSummary(c: CertificateInfo, now: number = Date.now()): string {
  const cn = /(?:^|, )CN=([^,]+)/.exec(c.subject)?.[1] ?? c.subject;
  const to = new Date(c.validTo);
  const days = Math.floor((to.getTime() - now) / 86_400_000);
  const expiry = Number.isNaN(to.getTime()) ? c.validTo : `${c.validTo.slice(0, 10)} (${days} day${Math.abs(days) === 1 ? '' : 's'})`;
  return `${[c.protocol, c.cipher].filter(Boolean).join(' ')}, CN=${cn}, expires ${expiry}`;
}

/**
 * The one EHLO name of the live test and of sending: the configured one; else this machine's name if it is fully
 * qualified; else the address literal of our end of the connection (RFC 5321 4.1.3), as nodemailer does: servers
 * that demand an FQDN in EHLO accept it, while "localhost" is refused by some (Postfix reject_non_fqdn_helo_hostname).
 */
export function ehloName(socket: net.Socket | null, configured?: string | null): string {
  if (configured) return configured;
  const h = os.hostname();
  if (h.includes('.')) return h;
  const local = socket?.localAddress;
  if (!local) return '[127.0.0.1]';
  const v4 = local.replace(/^::ffff:/, '');
  return net.isIPv4(v4) ? `[${v4}]` : `[IPv6:${local}]`;
}
