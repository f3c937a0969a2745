/**
 * Sending through a saved address with nodemailer: the transport is built from the saved settings (security
 * mode, certificate verification, private CA, timeouts, EHLO name), and a failure comes back as a value: the
 * nodemailer error mapped onto the FailureSignal the shared classifier reads. nodemailer is imported lazily,
 * so no other command loads it.
 */
import dgram from 'node:dgram';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import type { Security } from '../core/address.js';
import type { FailureSignal } from '../core/diagnosis.js';
import type { ProbeTimeouts } from '../core/probe.js';
import { signalFromError } from '../core/signal.js';

/** What sending needs of a saved address, the decrypted password included. */
export interface SendAccount {
  email: string;
  displayName: string | null;
  host: string;
  port: number;
  security: Security;
  username: string;
  /** null = no login (the server takes mail without AUTH). */
  password: string | null;
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
  timeouts: ProbeTimeouts;
  ehloName?: string | null;
  /** SMTP conversation lines for --debug (nodemailer masks the credentials). */
  onLog?: (line: string) => void;
}

export interface SendInfo {
  messageId: string;
  envelope: { from: string; to: string[] };
  accepted: string[];
  rejected: string[];
  response: string;
}

export interface SendFailure {
  /** Where it failed, in the probe's vocabulary: dns, connect, tls, greeting, ehlo, auth, mail, rcpt, data. */
  stage: string | null;
  message: string;
  /** The server's reply, if it gave one. */
  response: string | null;
  responseCode: number | null;
  /** nodemailer's code (ESOCKET, EAUTH, EENVELOPE…) and Node's original one (ECONNREFUSED…), if any. */
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

/** This machine's name if fully qualified, else the address literal of our end of the route to host:port. */
async function defaultEhloName(host: string, port: number): Promise<string | undefined> {
  const h = os.hostname();
  if (h.includes('.')) return h;
  // A connected UDP socket sends nothing; it only asks the kernel which local address the route uses.
  return new Promise((resolve) => {
    const family = net.isIPv6(host) ? 'udp6' : 'udp4';
    const socket = dgram.createSocket(family);
    const done = (v: string | undefined): void => { clearTimeout(timer); try { socket.close(); } catch { /* closed */ } resolve(v); };
    const timer = setTimeout(() => done(undefined), 2000);
    socket.on('error', () => done(undefined));
    socket.connect(port, host, () => {
      try {
        const local = socket.address().address;
        const v4 = local.replace(/^::ffff:/, '');
        done(net.isIPv4(v4) ? `[${v4}]` : `[IPv6:${local}]`);
      } catch {
        done(undefined);
      }
    });
  });
}

/** nodemailer's transport options for a saved address. */
export async function transportOptions(account: SendAccount, opts: SendOptions): Promise<Record<string, unknown>> {
  const ca = account.caFile ? await readFile(account.caFile, 'utf8') : undefined;
  const isIp = net.isIP(account.host) !== 0;
  const name = opts.ehloName ?? (await defaultEhloName(account.host, account.port));
  return {
    host: account.host,
    port: account.port,
    secure: account.security === 'ssl',
    ...(account.security === 'starttls' ? { requireTLS: true } : {}),
    ...(account.security === 'none' ? { ignoreTLS: true } : {}),
    ...(account.password !== null ? { auth: { user: account.username, pass: account.password } } : {}),
    tls: {
      rejectUnauthorized: account.tlsVerify,
      ...(ca ? { ca } : {}),
      ...(isIp ? {} : { servername: account.host }),
    },
    connectionTimeout: opts.timeouts.connectMs,
    greetingTimeout: opts.timeouts.greetingMs,
    socketTimeout: opts.timeouts.commandMs,
    ...(name ? { name } : {}),
    ...(opts.onLog ? { logger: debugLogger(opts.onLog), debug: true } : { logger: false }),
  };
}

function debugLogger(onLog: (line: string) => void): Record<string, (...args: unknown[]) => void> {
  const log = (_meta: unknown, format: unknown, ...args: unknown[]): void => {
    let i = 0;
    const text = String(format ?? '').replace(/%s/g, () => String(args[i++] ?? ''));
    for (const line of text.split(/\r?\n/)) if (line) onLog(line);
  };
  return { trace: log, debug: log, info: log, warn: log, error: log, fatal: log };
}

/** Sends one message. SMTP failures are returned, never thrown (a missing CA file does throw). */
export async function sendMessage(account: SendAccount, msg: OutgoingMessage, opts: SendOptions): Promise<SendOutcome> {
  const options = await transportOptions(account, opts);
  const nodemailer = (await import('nodemailer')).default;
  const transport = nodemailer.createTransport(options as never);
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
  try {
    const info = (await transport.sendMail(mail as never)) as unknown as {
      messageId?: string; envelope?: { from?: string | false; to?: string[] }; accepted?: unknown[]; rejected?: unknown[]; response?: string;
    };
    return {
      ok: true,
      info: {
        messageId: info.messageId ?? msg.messageId,
        envelope: { from: String(info.envelope?.from || account.email), to: info.envelope?.to ?? [] },
        accepted: (info.accepted ?? []).map(addressText),
        rejected: (info.rejected ?? []).map(addressText),
        response: info.response ?? '',
      },
    };
  } catch (e) {
    const err = (e ?? {}) as NodemailerError;
    const { signal, stage } = signalFromError(err);
    return {
      ok: false,
      failure: {
        stage,
        message: String(err.message ?? e),
        response: typeof err.response === 'string' ? err.response : null,
        responseCode: typeof err.responseCode === 'number' ? err.responseCode : null,
        code: err.code ?? null,
        originalCode: err.originalCode ?? null,
        signal,
      },
    };
  } finally {
    transport.close();
  }
}

const addressText = (a: unknown): string => (typeof a === 'string' ? a : (a as { address?: string })?.address ?? String(a));
