/**
 * A real local SMTP server (smtp-server) that answers like a provider would, one scenario at a time.
 * Used by `addr sandbox` and, as the real peer, by the test suite. Three listeners: plain (no TLS at all),
 * starttls (plain connect, STARTTLS offered, AUTH only after it) and ssl (implicit TLS).
 */
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import selfsigned from 'selfsigned';
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import { isScenario, SCENARIOS, type ListenerName, type Scenario } from './scenarios.js';

export { SCENARIOS, type ListenerName, type Scenario } from './scenarios.js';

/** The exact replies of the rejecting scenarios (enhanced status code in the text, as providers send it). */
export const SCENARIO_REPLIES = {
  'auth-fail': { code: 535, text: '5.7.8 Error: authentication failed: Invalid user or password' },
  spam: { code: 550, text: '5.7.1 This message was classified as spam and may not be delivered' },
  spf: { code: 550, text: "5.7.1 SPF check failed: the sender domain's SPF record does not authorise this server" },
  'sender-not-owned': { code: 553, text: '5.7.1 Sender address rejected: not owned by auth user.' },
} as const;

export interface SandboxOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 = any free port (the default for all three). */
  plainPort?: number;
  starttlsPort?: number;
  sslPort?: number;
  scenario?: Scenario;
  user?: string;
  /** Random if absent. */
  password?: string;
  /**
   * Where cert.pem and key.pem are kept: a pair found there (valid for another week) is used again, so that
   * addresses saved with --ca keep passing after a restart, and a second sandbox shares it. Absent: a
   * temporary folder, removed by close(). Nothing is written before all three listeners listen.
   */
  certDir?: string;
  /** AUTH mechanisms offered; default PLAIN and LOGIN (CRAM-MD5 is also supported). */
  authMethods?: Array<'PLAIN' | 'LOGIN' | 'CRAM-MD5'>;
  onMessage?: (m: CapturedMessage) => void;
  /** Connect, TLS, auth ok/fail, mail from, rcpt, message, close, errors: for a live log. */
  onEvent?: (e: SandboxEvent) => void;
}

export interface CapturedMessage {
  from: string;
  to: string[];
  raw: Buffer;
  authUser: string | null;
  secure: boolean;
  listener: ListenerName;
}

export interface SandboxEvent {
  type: 'connect' | 'tls' | 'auth' | 'mail' | 'rcpt' | 'message' | 'close' | 'error';
  listener: ListenerName;
  /** false when the sandbox refused (auth failed, MAIL/RCPT rejected) or on errors. */
  ok: boolean;
  /** One human line, e.g. "AUTH PLAIN as alice accepted". */
  text: string;
  /** AUTH mechanism for type 'auth'. */
  method?: string;
  /** Username tried (auth) or address (mail, rcpt). */
  value?: string;
  /** The reply sent when the sandbox refused. */
  reply?: string;
  remoteAddress?: string;
}

export interface Sandbox {
  host: string;
  ports: { plain: number; starttls: number; ssl: number };
  user: string;
  password: string;
  scenario: Scenario;
  /** The self-signed cert PEM path, to be given to addr as --ca. */
  caFile: string;
  /** true when the certificate was found in certDir (an earlier run made it). */
  certKept: boolean;
  certPem: string;
  keyFile: string;
  messages: CapturedMessage[];
  close(): Promise<void>;
}

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

async function makeCertificate(): Promise<{ cert: string; key: string }> {
  const now = Date.now();
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 365 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/** The certificate and key kept in `dir`, if they are a matching pair valid for at least another week. */
function keptCertificate(dir: string, now: number): { cert: string; key: string } | null {
  try {
    const cert = readFileSync(path.join(dir, 'cert.pem'), 'utf8');
    const key = readFileSync(path.join(dir, 'key.pem'), 'utf8');
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - now < 7 * 86_400_000) return null;
    return x509.checkPrivateKey(createPrivateKey(key)) ? { cert, key } : null;
  } catch {
    return null; // missing, unreadable or not a pair: make a new one
  }
}

/** A file written whole or not at all (a temporary name, then a rename), with its mode. */
function writeWhole(file: string, text: string, mode: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const host = opts.host ?? '127.0.0.1';
  const scenario: Scenario = opts.scenario ?? 'ok';
  if (!isScenario(scenario)) throw new Error(`Unknown sandbox scenario "${scenario}"; known: ${SCENARIOS.join(', ')}.`);
  const user = opts.user ?? 'sender@example.com';
  const password = opts.password ?? randomBytes(12).toString('base64url');
  const authMethods = opts.authMethods ?? ['PLAIN', 'LOGIN'];
  const emit = (e: SandboxEvent): void => { try { opts.onEvent?.(e); } catch { /* a log callback must not break the server */ } };

  const kept = opts.certDir ? keptCertificate(opts.certDir, Date.now()) : null;
  const { cert, key } = kept ?? await makeCertificate();

  const messages: CapturedMessage[] = [];
  const rawSockets = new Set<net.Socket>();

  const makeServer = (listener: ListenerName): SMTPServer => {
    const disabled: string[] = [];
    if (listener === 'plain' || (listener === 'starttls' && scenario === 'no-starttls')) disabled.push('STARTTLS');
    if (scenario === 'no-auth') disabled.push('AUTH');
    const options: SMTPServerOptions = {
      secure: listener === 'ssl',
      key,
      cert,
      name: 'localhost',
      banner: `addr sandbox (${scenario})`,
      logger: false,
      disableReverseLookup: true,
      disabledCommands: disabled,
      authMethods: [...authMethods],
      allowInsecureAuth: listener === 'plain',
      closeTimeout: 100,
      onConnect(session: SMTPServerSession, callback: (err?: Error | null) => void) {
        emit({ type: 'connect', listener, ok: true, text: `connection from ${session.remoteAddress}`, remoteAddress: session.remoteAddress });
        // greeting-timeout: accept the TCP (and TLS) connection but never greet; close() destroys the socket.
        if (scenario === 'greeting-timeout') return;
        callback();
      },
      onSecure(_socket, session: SMTPServerSession, callback: (err?: Error | null) => void) {
        emit({ type: 'tls', listener, ok: true, text: `TLS established${session.servername ? ` (SNI ${session.servername})` : ''}`, remoteAddress: session.remoteAddress });
        callback();
      },
      onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession, callback) {
        const name = auth.username ?? '';
        const method = auth.method;
        let valid = false;
        if (scenario !== 'auth-fail' && name === user) {
          valid = method === 'CRAM-MD5' ? Boolean(auth.validatePassword?.(password)) : auth.password === password;
        }
        if (!valid) {
          const r = SCENARIO_REPLIES['auth-fail'];
          emit({ type: 'auth', listener, ok: false, method, value: name, reply: `${r.code} ${r.text}`, text: `AUTH ${method} as ${name} refused`, remoteAddress: session.remoteAddress });
          return callback(smtpError(r.code, r.text));
        }
        emit({ type: 'auth', listener, ok: true, method, value: name, text: `AUTH ${method} as ${name} accepted`, remoteAddress: session.remoteAddress });
        callback(null, { user: name });
      },
      onMailFrom(address, session: SMTPServerSession, callback) {
        if (scenario === 'sender-not-owned') {
          const r = SCENARIO_REPLIES['sender-not-owned'];
          emit({ type: 'mail', listener, ok: false, value: address.address, reply: `${r.code} ${r.text}`, text: `MAIL FROM:<${address.address}> refused` });
          return callback(smtpError(r.code, r.text));
        }
        emit({ type: 'mail', listener, ok: true, value: address.address, text: `MAIL FROM:<${address.address}> accepted` });
        callback();
      },
      onRcptTo(address, session: SMTPServerSession, callback) {
        if (scenario === 'spam' || scenario === 'spf') {
          const r = SCENARIO_REPLIES[scenario];
          emit({ type: 'rcpt', listener, ok: false, value: address.address, reply: `${r.code} ${r.text}`, text: `RCPT TO:<${address.address}> refused` });
          return callback(smtpError(r.code, r.text));
        }
        emit({ type: 'rcpt', listener, ok: true, value: address.address, text: `RCPT TO:<${address.address}> accepted` });
        callback();
      },
      onData(stream: Readable, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', (err: Error) => callback(err));
        stream.on('end', () => {
          const authUser = session.user == null ? null : String(session.user);
          const message: CapturedMessage = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
            authUser,
            secure: session.secure,
            listener,
          };
          messages.push(message);
          emit({ type: 'message', listener, ok: true, text: `message accepted from <${message.from}> to ${message.to.map((t) => `<${t}>`).join(', ')} (${message.raw.length} bytes)` });
          try { opts.onMessage?.(message); } catch { /* ignore */ }
          callback(null, 'OK: message captured by the addr sandbox');
        });
      },
      onClose(session: SMTPServerSession) {
        emit({ type: 'close', listener, ok: true, text: 'connection closed', remoteAddress: session.remoteAddress });
      },
    };
    const server = new SMTPServer(options);
    // Client-side TLS failures and resets surface here; without a listener they would crash the process.
    server.on('error', (err: Error) => emit({ type: 'error', listener, ok: false, text: err.message }));
    server.server.on('connection', (socket: net.Socket) => {
      rawSockets.add(socket);
      socket.once('close', () => rawSockets.delete(socket));
    });
    return server;
  };

  const listen = (server: SMTPServer, port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      server.server.once('error', onError);
      server.listen(port, host, () => {
        server.server.off('error', onError);
        resolve((server.server.address() as net.AddressInfo).port);
      });
    });

  const servers: SMTPServer[] = [];
  const closeAll = async (): Promise<void> => {
    const closing = servers.map((s) => new Promise<void>((resolve) => {
      if (!s.server.listening) return resolve();
      // smtp-server's close() stops accepting and destroys sockets still in the TLS handshake from the top
      // (destroying a raw socket under a pending handshake can crash Node); then we end the rest ourselves.
      s.close(() => resolve());
    }));
    for (const s of servers) {
      for (const connection of [...s.connections]) {
        const socket = (connection as unknown as { _socket?: net.Socket })._socket;
        socket?.destroy();
      }
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const socket of rawSockets) socket.destroy();
    rawSockets.clear();
    await Promise.all(closing);
  };

  const ports = { plain: 0, starttls: 0, ssl: 0 };
  try {
    for (const listener of ['plain', 'starttls', 'ssl'] as const) {
      const server = makeServer(listener);
      servers.push(server);
      const wanted = listener === 'plain' ? opts.plainPort : listener === 'starttls' ? opts.starttlsPort : opts.sslPort;
      ports[listener] = await listen(server, wanted ?? 0);
    }
  } catch (err) {
    await closeAll();
    throw err; // nothing was written
  }

  // Listening: now the certificate may be written (a new one only; a kept one stays as it is).
  let certDir: string;
  let ownDir: string | null = null;
  try {
    if (opts.certDir) {
      certDir = opts.certDir;
      mkdirSync(certDir, { recursive: true, mode: 0o700 });
    } else {
      certDir = ownDir = mkdtempSync(path.join(tmpdir(), 'addr-sandbox-'));
    }
    if (!kept) {
      writeWhole(path.join(certDir, 'key.pem'), key, 0o600);
      writeWhole(path.join(certDir, 'cert.pem'), cert, 0o644);
    }
  } catch (err) {
    await closeAll();
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    throw err;
  }
  const caFile = path.join(certDir, 'cert.pem');
  const keyFile = path.join(certDir, 'key.pem');

  let closed: Promise<void> | null = null;
  return {
    host,
    ports,
    user,
    password,
    scenario,
    caFile,
    certKept: kept !== null,
    certPem: cert,
    keyFile,
    messages,
    close: () => (closed ??= closeAll().then(() => { if (ownDir) rmSync(ownDir, { recursive: true, force: true }); })),
  };
}
