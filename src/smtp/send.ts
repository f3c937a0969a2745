/**
 * Sending through a saved address with nodemailer. The connection is addr's own (transport.ts: resolve without DNS
 * for an IP literal, connect, implicit TLS judged as in the live test), handed to nodemailer with its `getSocket`
 * option together with the one EHLO name; nodemailer speaks SMTP over it (STARTTLS, AUTH with a password or
 * XOAUTH2 fed from a TokenSource, MAIL, RCPT, DATA) under a SendGuard (send-guard.ts) that enforces the
 * per-reply timeouts, the deadline and the reply limits nodemailer does not. A failure comes back as a value,
 * at a stage of the one vocabulary (core/stages.ts), with everything the server said made safe, and mapped onto
 * the FailureSignal the shared classifier reads. nodemailer is imported lazily, so no other command loads it.
 */
import { readFile } from 'node:fs/promises';
import type net from 'node:net';
import type { Security } from '../core/address.js';
import type { Credentials } from '../core/auth.js';
import type { FailureSignal } from '../core/diagnosis.js';
import type { ProbeFailure, ProbeTimeouts } from '../core/probe.js';
import { stageOfCommand, type Stage } from '../core/stages.js';
import { escapeControls, safeLines, safeText } from '../core/untrusted.js';
import { freshToken, Redactor } from './sasl.js';
import { SendGuard } from './send-guard.js';
import { describeTransportError, type FailureContext } from './session.js';
import { Budget, certificateRefusal, connectTcp, ehloName, resolveHost, startTls, TransportError, type Lookup } from './transport.js';
import { REPLY_LIMITS } from './wire.js';
import { signalFromError } from '../core/signal.js';

/** What sending needs of a saved address, with the credentials to log in with. */
export interface SendAccount {
  email: string;
  displayName: string | null;
  host: string;
  port: number;
  security: Security;
  /** A password, an OAuth2 token source, or no login (the server takes mail without AUTH). */
  credentials: Credentials;
  tlsVerify: boolean;
  caFile: string | null;
}

export interface Attachment {
  filename: string;
  path: string;
}

/** A message composed from parts (addr send with flags). */
export interface ComposedMessage {
  kind: 'compose';
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  attachments: Attachment[];
  messageId: string;
  date: Date;
}

/** A whole RFC 5322 message with its envelope (addr send -t); sent byte for byte. */
export interface RawMessage {
  kind: 'raw';
  raw: Buffer;
  envelope: { from: string; to: string[] };
  messageId: string;
}

export type OutgoingMessage = ComposedMessage | RawMessage;

export interface SendOptions {
  /** Connect, greeting, each reply (from its command), and the deadline of the whole send. */
  timeouts: ProbeTimeouts;
  ehloName?: string | null;
  /** SMTP conversation lines for --debug (credentials masked, control characters escaped). */
  onLog?: (line: string) => void;
  lookup?: Lookup;
}

export interface SendInfo {
  messageId: string;
  envelope: { from: string; to: string[] };
  accepted: string[];
  rejected: string[];
  response: string;
}

export interface SendFailure {
  /** Where it failed, in the one stage vocabulary: dns, connect, tls, greeting, ehlo, auth, mail, rcpt, data. */
  stage: Stage | null;
  /** One sentence, safe to show. */
  message: string;
  /** The server's reply, if it gave one (credentials masked, control characters escaped). */
  response: string | null;
  responseCode: number | null;
  /**
   * nodemailer's code (ESOCKET, EAUTH, EENVELOPE…) and Node's original one (ECONNREFUSED…), if any; for what addr
   * found itself: ETIMEDOUT, EDEADLINE, EREPLYTOOLONG, ESTARTTLSDATA, a TLS verification code, or a connect error.
   */
  code: string | null;
  originalCode: string | null;
  signal: FailureSignal;
}

export type SendOutcome = { ok: true; info: SendInfo } | { ok: false; failure: SendFailure };

/** nodemailer's error fields that matter here. */
export interface NodemailerError {
  message?: string;
  code?: string;
  originalCode?: string;
  response?: string;
  responseCode?: number;
  command?: string;
  timeoutType?: string;
  reason?: string;
}

/** The error codes addr gives its own findings; any other code of addr's part of the send is Node's. */
const ADDR_CODES = new Set(['ETIMEDOUT', 'EDEADLINE', 'ECLOSED', 'EPROTOCOL', 'EREPLYTOOLONG', 'EUNSOLICITED', 'ESTARTTLSDATA', 'EAI_AGAIN']);

/** A failure of addr's own part of the send (connect, implicit TLS, the guard): a stage and a ProbeFailure. */
class OwnFailure extends Error {
  constructor(readonly failure: ProbeFailure) {
    super(failure.message);
  }
}

/** Sends one message. SMTP failures are returned, never thrown (a missing CA file does throw). */
export async function sendMessage(account: SendAccount, msg: OutgoingMessage, opts: SendOptions): Promise<SendOutcome> {
  const { timeouts } = opts;
  const budget = new Budget(timeouts.deadlineMs);
  const redactor = new Redactor();
  const creds = account.credentials;
  if (creds.method === 'password') redactor.addPassword(creds.username, creds.password);
  const guard = new SendGuard(budget, timeouts, redactor, opts.onLog);
  const safe = (text: string): string => safeText(redactor.apply(text));
  const context: FailureContext = { host: account.host, port: account.port, security: account.security, timeouts, run: 'send', safe };
  const sockets: net.Socket[] = [];
  const ca = account.caFile ? await readFile(account.caFile, 'utf8') : undefined;

  /** addr's side of connecting: what nodemailer gets through getSocket. */
  const open = async (): Promise<Record<string, unknown>> => {
    const at = (stage: Stage, run: () => Promise<unknown>): Promise<unknown> => {
      guard.stage = stage;
      return run().catch((err: unknown) => {
        throw err instanceof TransportError ? new OwnFailure(describeTransportError(stage, err, context)) : err;
      });
    };
    const addresses = (await at('dns', () => resolveHost(account.host, budget, timeouts.connectMs, opts.lookup))) as string[];
    const { socket } = (await at('connect', () => connectTcp(addresses, account.port, budget, timeouts.connectMs))) as Awaited<ReturnType<typeof connectTcp>>;
    sockets.push(socket);
    let connection: net.Socket = socket;
    if (account.security === 'ssl') {
      const secured = (await at('tls', () => startTls(socket, { host: account.host, port: account.port, security: 'ssl', ca, verify: account.tlsVerify }, budget, timeouts.connectMs, 'connect'))) as Awaited<ReturnType<typeof startTls>>;
      sockets.push(secured.socket);
      const refusal = account.tlsVerify ? certificateRefusal(secured, account.host) : null;
      if (refusal) throw new OwnFailure({ stage: 'tls', message: escapeControls(refusal.message), errorCode: refusal.code });
      connection = secured.socket;
    }
    guard.onConnected();
    return { connection, ...(account.security === 'ssl' ? { secured: true } : {}), name: ehloName(socket, opts.ehloName) };
  };

  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport({
    host: account.host,
    port: account.port,
    secure: account.security === 'ssl',
    ...(account.security === 'starttls' ? { requireTLS: true } : {}),
    ...(account.security === 'none' ? { ignoreTLS: true } : {}),
    ...authOptions(creds, redactor),
    tls: {
      rejectUnauthorized: account.tlsVerify,
      // Not verifying (--insecure): no trust store is built (see TlsPeer.verify).
      ...(!account.tlsVerify ? { ca: [] } : ca ? { ca } : {}),
    },
    // The guard times the greeting, each reply and the STARTTLS handshake, and the whole send; nodemailer's own
    // timers only stand behind it, at the deadline.
    connectionTimeout: timeouts.deadlineMs,
    greetingTimeout: timeouts.deadlineMs,
    socketTimeout: timeouts.deadlineMs,
    maxResponseSize: REPLY_LIMITS.bytes,
    logger: guard.logger,
    transactionLog: true,
    debug: Boolean(opts.onLog),
    getSocket: (_options: unknown, done: (err: Error | null, socketOptions?: Record<string, unknown>) => void) => {
      open().then((socketOptions) => done(null, socketOptions), (err: Error) => done(err));
    },
  } as never);
  const from = account.displayName ? { name: account.displayName, address: account.email } : account.email;
  const mail: Record<string, unknown> = msg.kind === 'raw'
    ? { raw: msg.raw, envelope: msg.envelope, messageId: msg.messageId }
    : {
      from,
      to: msg.to,
      cc: msg.cc.length ? msg.cc : undefined,
      bcc: msg.bcc.length ? msg.bcc : undefined,
      replyTo: msg.replyTo ?? undefined,
      subject: msg.subject,
      text: msg.text,
      html: msg.html ?? undefined,
      attachments: msg.attachments.map((a) => ({ filename: a.filename, path: a.path })),
      messageId: msg.messageId,
      date: msg.date,
      envelope: { from: account.email, to: [...msg.to, ...msg.cc, ...msg.bcc] },
    };
  mail.signal = guard.signal;
  let ok = false;
  try {
    const info = (await transport.sendMail(mail as never)) as unknown as {
      messageId?: string; envelope?: { from?: string | false; to?: string[] }; accepted?: unknown[]; rejected?: unknown[]; response?: string;
    };
    ok = true;
    return {
      ok: true,
      info: {
        messageId: info.messageId ?? msg.messageId,
        envelope: { from: String(info.envelope?.from || account.email), to: info.envelope?.to ?? [] },
        accepted: (info.accepted ?? []).map(addressText),
        rejected: (info.rejected ?? []).map(addressText),
        response: safe(info.response ?? ''),
      },
    };
  } catch (e) {
    return { ok: false, failure: failureOf(e, guard, creds, context, redactor) };
  } finally {
    guard.stop();
    transport.close();
    await release(sockets, ok ? Math.min(1000, Math.max(0, budget.left())) : 0);
  }
}

/** nodemailer's auth option: a password, or XOAUTH2 with tokens from the TokenSource (renewed once when refused). */
function authOptions(creds: Credentials, redactor: Redactor): Record<string, unknown> {
  if (creds.method === 'password') return { auth: { user: creds.username, pass: creds.password } };
  if (creds.method === 'none') return {};
  const source = creds.token;
  return {
    auth: {
      type: 'OAuth2',
      user: creds.username,
      // nodemailer asks with renew=false first, and with renew=true once when the server refused the token.
      provisionCallback: (user: string, renew: boolean, done: (err: Error | null, token?: string, expires?: number) => void) => {
        (renew ? source(true) : freshToken(source)).then((t) => {
          redactor.addToken(user, t.token);
          done(null, t.token, t.expiresAt?.getTime());
        }, (err: Error) => done(Object.assign(new Error(`No OAuth2 access token for ${user}: ${err.message}`), { code: 'EOAUTH2' })));
      },
    },
  };
}

/** The failure as a value: what addr found itself (guard, connect, TLS), else nodemailer's error, at a stage. */
function failureOf(e: unknown, guard: SendGuard, creds: Credentials, context: FailureContext, redactor: Redactor): SendFailure {
  const { safe } = context;
  const own = e instanceof OwnFailure ? e.failure
    : guard.breach ? describeTransportError(guard.breach.stage, guard.breach.error, context)
      : null;
  if (own) {
    const signal: FailureSignal = { text: own.message, stage: own.stage, ...(own.errorCode ? { errorCode: own.errorCode } : {}), ...(own.timeout ? { timeout: own.timeout } : {}) };
    const code = own.errorCode ?? null;
    return { stage: own.stage, message: own.message, response: null, responseCode: null, code, originalCode: code && !ADDR_CODES.has(code) ? code : null, signal };
  }
  const err = (e ?? {}) as NodemailerError;
  const rawMessage = String(err.message ?? e);
  const response = typeof err.response === 'string' && err.response ? safeLines(redactor.apply(err.response)) : null;
  // nodemailer's own limit on the bytes of a reply: a reply too long, not a message too big.
  if (err.code === 'EPROTOCOL' && /exceeds maximum allowed size/i.test(rawMessage)) {
    const f = describeTransportError(guard.stage, new TransportError('EREPLYTOOLONG', `a reply grew past ${REPLY_LIMITS.bytes / 1024} KiB`), context);
    return { stage: f.stage, message: f.message, response: null, responseCode: null, code: 'EREPLYTOOLONG', originalCode: null, signal: { text: f.message, stage: f.stage, errorCode: 'EREPLYTOOLONG' } };
  }
  const { signal, stage: mapped } = signalFromError({ ...err, message: safe(rawMessage), ...(response !== null ? { response } : {}) });
  // nodemailer says CONN for whatever breaks the connection; the guard knows how far the conversation got.
  let stage: Stage | null = (mapped as Stage | null) ?? null;
  if ((err.command === 'CONN' || !err.command) && (stage === 'connect' || stage === null) && guard.stage !== 'dns' && guard.stage !== 'connect') stage = guard.stage;
  if (stage && signal.stage !== stage) signal.stage = stage;
  let message = safe(rawMessage);
  if (creds.method === 'oauth2' && stageOfCommand(err.command) === 'auth') {
    signal.errorCode = 'EXOAUTH2';
    message = `The server refused the OAuth2 access token of ${creds.username} (XOAUTH2)${guard.tokenObjection ? `; it said: ${safe(guard.tokenObjection)}` : ''}. ${message}`;
  }
  return {
    stage,
    message,
    response,
    responseCode: typeof err.responseCode === 'number' ? err.responseCode : null,
    code: err.code ?? null,
    originalCode: err.originalCode ?? null,
    signal,
  };
}

/** Lets the server close first (after a sent message, briefly), then makes sure no socket outlives the send. */
async function release(sockets: net.Socket[], graceMs: number): Promise<void> {
  const raw = sockets[0];
  if (raw && graceMs > 0 && !raw.destroyed) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      raw.once('close', () => { clearTimeout(timer); resolve(); });
    });
  }
  // The outermost first: a TLS socket closes the TCP socket under it (destroying the wrapped one first can crash
  // Node 20).
  for (const s of [...sockets].reverse()) { s.on('error', () => {}); if (!s.destroyed) s.destroy(); }
}

const addressText = (a: unknown): string => (typeof a === 'string' ? a : (a as { address?: string })?.address ?? String(a));
