/**
 * The SMTP session of the live test, over the transport (transport.ts) and the reply reader (wire.ts): one method
 * per step of the ladder, as nodemailer's smtp-connection has _actionGreeting, _actionEHLO, …; each returns what
 * the stage established or throws a StageFailure. `failure()` is the one place that shapes a failure (as
 * nodemailer's _formatError): the stage, one sentence, the server's reply made safe (credentials masked, control
 * characters escaped), the error code and which timeout fired. Everything the server sent is untrusted: it reaches
 * the report only through safeText/safeLines.
 */
import { needsSmtpUtf8, smtpUtf8Problem } from '../core/address.js';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import net from 'node:net';
import type tls from 'node:tls';
import type { Credentials } from '../core/auth.js';
import { enhancedCode, STAGE_LABELS, type CertificateInfo, type ProbeFailure, type ProbeTarget, type ProbeTimeouts, type Stage } from '../core/probe.js';
import { escapeControls, safeLines, safeText } from '../core/untrusted.js';
import { chooseMechanism, freshToken, MECHANISMS, PREFERENCE, Redactor, type MechanismName } from './sasl.js';
import {
  Budget,
  certificateRefusal,
  certificateSummary,
  connectTcp,
  ehloName,
  formatMs,
  resolveHost,
  startTls,
  TransportError,
  type Lookup,
  type Secured,
} from './transport.js';
import { REPLY_LIMITS, ReplyReader, type Reply } from './wire.js';

/** What a passing stage established. */
export interface StageOutcome {
  detail?: string;
  reply?: Reply;
}

/** Ends the ladder with a failure; caught by the probe, never escapes it. */
export class StageFailure extends Error {
  constructor(readonly failure: ProbeFailure) {
    super(failure.message);
  }
}

export interface SessionPlan {
  target: ProbeTarget;
  credentials: Credentials;
  timeouts: ProbeTimeouts;
  ehloName?: string;
  /** Send a real test message to this address (RCPT TO uses it instead of target.rcpt). */
  sendTo: string | null;
  displayName: string | null;
  lookup?: Lookup;
  /** The secrets of this run, masked wherever a server quotes them back. */
  redactor: Redactor;
}

type Log = (dir: 'client' | 'server' | 'info', line: string) => void;

/** A private CA file is a few KiB; anything near this is not one (and /dev/zero must not fill the memory). */
const CA_FILE_LIMIT = 1024 * 1024;

export class SmtpSession {
  /** The EHLO keywords (raw; the probe makes them safe for the report). */
  capabilities: string[] = [];
  authMechanisms: string[] = [];
  certificate: CertificateInfo | null = null;
  sentMessageId: string | null = null;
  private addresses: string[] = [];
  private raw: net.Socket | null = null;
  private encrypted = false;
  private ca: { pem?: string; error?: StageFailure } | null = null;
  private readonly reader: ReplyReader;
  /** Sockets not yet handed to the reader (or handed back by it); destroyed at the end. */
  private readonly owned = new Set<net.Socket>();
  private readonly hostPort: string;

  constructor(private readonly plan: SessionPlan, private readonly budget: Budget, private readonly log: Log) {
    this.reader = new ReplyReader(log, budget);
    this.hostPort = `${plan.target.host}:${plan.target.port}`;
  }

  private get timeouts(): ProbeTimeouts {
    return this.plan.timeouts;
  }

  // ---- transport --------------------------------------------------------------------------------------------

  async resolve(): Promise<StageOutcome> {
    const { host } = this.plan.target;
    if (net.isIP(host)) {
      this.addresses = [host];
      return { detail: `${host} (IP address)` };
    }
    try {
      this.addresses = await resolveHost(host, this.budget, this.timeouts.connectMs, this.plan.lookup);
    } catch (err) {
      throw this.failure('dns', err);
    }
    this.log('info', `${host} resolves to ${this.addresses.join(', ')}`);
    return { detail: this.addresses.length > 1 ? `${this.addresses[0]} (+${this.addresses.length - 1} more)` : this.addresses[0]! };
  }

  async connect(): Promise<StageOutcome> {
    const { port } = this.plan.target;
    try {
      const { socket, address } = await connectTcp(this.addresses, port, this.budget, this.timeouts.connectMs,
        (addr, err) => this.log('info', `${addr}: ${err.message}; trying the next address`));
      this.raw = socket;
      this.owned.add(socket);
      this.log('info', `connected to ${address}:${port}`);
      return { detail: `${address}:${port}` };
    } catch (err) {
      throw this.failure('connect', err);
    }
  }

  /** Implicit TLS, before the greeting. */
  async implicitTls(): Promise<StageOutcome> {
    this.prepareTls();
    const secured = await this.handshake(this.raw!, this.timeouts.connectMs, 'connect');
    this.raw = secured.socket;
    this.owned.add(secured.socket);
    return { detail: this.certificate ? certificateSummary(this.certificate) : secured.socket.getProtocol() ?? 'TLS' };
  }

  // ---- SMTP commands ----------------------------------------------------------------------------------------

  async greeting(): Promise<StageOutcome> {
    const socket = this.raw!;
    this.reader.attach(socket);
    this.owned.delete(socket);
    const pending = this.reader.read(this.timeouts.greetingMs, 'greeting', 'the connection (greeting)');
    pending.catch(() => {}); // awaited below; the TLS set-up runs while the server prepares its greeting
    if (this.plan.target.security === 'starttls') this.prepareTls();
    let reply: Reply;
    try {
      reply = await pending;
    } catch (err) {
      throw this.failure('greeting', err);
    }
    if (reply.code !== 220) throw this.failure('greeting', { reply, message: 'The server refused the session at the greeting.' });
    return { reply, detail: reply.lines[0]!.slice(4) };
  }

  async ehlo(): Promise<StageOutcome> {
    const reply = await this.sayHello();
    const summary = this.capabilities.length
      ? `${this.capabilities.length} extensions${this.authMechanisms.length ? `, AUTH ${this.authMechanisms.join(' ')}` : ', no AUTH'}${this.hasCap('STARTTLS') ? ', STARTTLS' : ''}`
      : 'HELO (no extensions)';
    return { reply, detail: summary };
  }

  /** STARTTLS, the handshake, and EHLO again: only what is said inside TLS counts from here on. */
  async starttls(): Promise<StageOutcome> {
    if (!this.hasCap('STARTTLS')) {
      throw this.failure('tls', { message: `The server offers no STARTTLS on ${this.hostPort}, so the connection cannot be encrypted here. If this port expects implicit TLS choose security ssl; never send the password unencrypted.`, errorCode: 'ENOSTARTTLS' });
    }
    const reply = await this.command('tls', 'STARTTLS');
    if (reply.code !== 220) throw this.failure('tls', { reply, message: 'The server refused STARTTLS.' });
    const { socket: plain, extraBytes } = this.reader.detach();
    this.owned.add(plain);
    if (extraBytes > 0) {
      // RFC 3207 6 / CVE-2011-0411 (Postfix): what came in clear after the 220 could be a man in the middle's
      // answers to the commands we are about to send inside TLS. Never read it; end the test.
      throw this.failure('tls', new TransportError('ESTARTTLSDATA', `the server sent ${extraBytes} bytes in clear after its 220 reply to STARTTLS, before the TLS handshake`));
    }
    const secured = await this.handshake(plain, this.timeouts.commandMs, 'command');
    this.reader.attach(secured.socket);
    this.owned.delete(plain);
    await this.sayHello();
    return { reply, detail: this.certificate ? certificateSummary(this.certificate) : secured.socket.getProtocol() ?? 'TLS' };
  }

  async auth(): Promise<StageOutcome> {
    const credentials = this.plan.credentials;
    if (credentials.method === 'none') return { detail: 'no login' };
    if (!this.encrypted && this.plan.target.security !== 'none') {
      throw this.failure('auth', { message: 'Refusing to send the credentials over an unencrypted connection.', errorCode: 'EINSECURE' });
    }
    const offered = this.authMechanisms;
    if (offered.length === 0) {
      throw this.failure('auth', { message: `The server advertises no AUTH on ${this.hostPort}${this.encrypted ? '' : ' (unencrypted)'}, so the login cannot be checked.`, errorCode: 'ENOAUTH' });
    }
    const mech = chooseMechanism(offered, credentials);
    if (!mech) {
      const usable = PREFERENCE.filter((m) => MECHANISMS[m].secret === (credentials.method === 'oauth2' ? 'token' : 'password'));
      throw this.failure('auth', { message: `The server offers only AUTH ${offered.map((m) => this.safe(m)).join(' ')}, none of which addr can use with ${credentials.method === 'oauth2' ? 'an OAuth2 token' : 'a password'} (${usable.join(', ')}).`, errorCode: 'ENOAUTH' });
    }
    let secret: string;
    if (credentials.method === 'password') secret = credentials.password;
    else {
      try {
        secret = (await freshToken(credentials.token)).token;
      } catch (err) {
        throw this.failure('auth', { message: `No OAuth2 access token for ${credentials.username}: ${(err as Error).message}`, errorCode: 'EOAUTH2' });
      }
    }
    const user = credentials.username;
    if (credentials.method === 'password') this.plan.redactor.addPassword(user, secret);
    else this.plan.redactor.addToken(user, secret);
    // Exactly one attempt with one mechanism: repeated failed logins lock accounts.
    const { reply, challengeError } = await MECHANISMS[mech].run((line, shown) => this.command('auth', line, shown), user, secret);
    if (challengeError !== undefined) this.log('info', `the server's objection to the token: ${this.safe(challengeError)}`);
    if (reply.code !== 235) throw this.failure('auth', this.authRefusal(mech, user, reply, challengeError));
    return { reply, detail: `${mech} as ${user}` };
  }

  async mailFrom(): Promise<StageOutcome> {
    const { from } = this.plan.target;
    // A UTF-8 mailbox name travels only to a server that offers SMTPUTF8 (RFC 6531), and says so in MAIL FROM.
    const utf8 = smtpUtf8Problem(from, this.capabilities);
    if (utf8) throw this.failure('mail', { message: utf8, errorCode: 'ESMTPUTF8' });
    const reply = await this.command('mail', `MAIL FROM:<${from}>${needsSmtpUtf8(from) ? ' SMTPUTF8' : ''}`);
    if (reply.code !== 250) throw this.failure('mail', { reply, message: `The server refused the sender address <${from}>.` });
    return { reply, detail: `<${from}>` };
  }

  async rcptTo(): Promise<StageOutcome> {
    const rcpt = this.plan.sendTo ?? this.plan.target.rcpt;
    const reply = await this.command('rcpt', `RCPT TO:<${rcpt}>`);
    if (reply.code !== 250 && reply.code !== 251) throw this.failure('rcpt', { reply, message: `The server refused the recipient <${rcpt}>.` });
    return { reply, detail: `<${rcpt}>` };
  }

  /** DATA with a small test message (--send-to only). */
  async data(): Promise<StageOutcome> {
    const { target, sendTo, displayName } = this.plan;
    const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
    const messageId = `<${process.getBuiltinModule('node:crypto').randomBytes(12).toString('hex')}.addr-test@${domainOf(target.from)}>`;
    const raw = await new MailComposer({
      from: displayName ? { name: displayName, address: target.from } : target.from,
      to: sendTo!,
      subject: 'addr test message',
      messageId,
      date: new Date(),
      text: `This is a test message from addr.\n\nIt was sent as ${target.from} through ${this.hostPort} (${target.security}) to check that this sender address works.\nNo reply is needed.\n`,
    }).compile().build();
    const start = await this.command('data', 'DATA');
    if (start.code !== 354) throw this.failure('data', { reply: start, message: 'The server refused to take the test message.' });
    const payload = dotStuff(raw);
    this.log('info', `(test message: ${payload.length} bytes, Message-ID ${messageId})`);
    this.reader.sendData(payload);
    this.log('client', '.');
    let reply: Reply;
    try {
      reply = await this.reader.read(this.timeouts.commandMs, 'command', 'the end of the message (.)');
    } catch (err) {
      throw this.failure('data', err);
    }
    if (reply.code !== 250) throw this.failure('data', { reply, message: 'The server refused the test message.' });
    this.sentMessageId = messageId;
    return { reply, detail: `sent to <${sendTo}>, Message-ID ${messageId}` };
  }

  /**
   * QUIT, which also drops the open transaction (RFC 5321 4.1.1.10), so no RSET first: one round trip less, as
   * swaks --quit-after RCPT. Never fails: everything that matters has been answered.
   */
  async quit(): Promise<StageOutcome & { note: string }> {
    let note = '';
    let reply: Reply | undefined;
    try {
      reply = await this.roundTrip('QUIT');
      if (reply.code !== 221) note = `QUIT answered ${reply.code} (ignored)`;
      this.reader.close(Math.min(this.timeouts.commandMs, 1000));
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      note = `${err.message} (ignored)`;
    }
    return { reply, note: note || 'QUIT' };
  }

  /** After a stage passed: it fails after all when the server broke the protocol during it (wire.ts). */
  settle(stage: Stage): void {
    const v = this.reader.violation();
    if (v) throw this.failure(stage, v);
  }

  /** After a failure: QUIT when the server is still talking to us, never waiting long for its answer. */
  async goodbye(failure: ProbeFailure): Promise<void> {
    const socket = this.reader.current;
    if (!socket || socket.destroyed || failure.timeout || failure.errorCode === 'EDEADLINE') return;
    try {
      this.reader.send('QUIT');
      await this.reader.read(Math.min(this.timeouts.commandMs, 1000), 'command', 'QUIT');
    } catch { /* ignored */ }
  }

  destroy(): void {
    this.reader.destroy();
    // the outermost first: a TLS socket closes the TCP socket under it (destroying the wrapped one first can crash Node 20)
    for (const s of [...this.owned].reverse()) { s.on('error', () => {}); if (!s.destroyed) s.destroy(); }
    this.owned.clear();
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private hasCap(name: string): boolean {
    return this.capabilities.some((c) => c.split(/\s+/)[0]!.toUpperCase() === name);
  }

  private roundTrip(line: string, shown?: string): Promise<Reply> {
    this.reader.send(line, shown);
    return this.reader.read(this.timeouts.commandMs, 'command', shown || line.split(' ')[0]!);
  }

  /** A command whose reply belongs to `stage`: a transport failure is that stage's failure. */
  private async command(stage: Stage, line: string, shown?: string): Promise<Reply> {
    try {
      return await this.roundTrip(line, shown);
    } catch (err) {
      throw this.failure(stage, err);
    }
  }

  private async sayHello(): Promise<Reply> {
    const name = ehloName(this.reader.current, this.plan.ehloName);
    let reply = await this.command('ehlo', `EHLO ${name}`);
    if (reply.code === 500 || reply.code === 502) {
      reply = await this.command('ehlo', `HELO ${name}`);
      if (reply.code !== 250) throw this.failure('ehlo', { reply, message: 'The server rejected both EHLO and HELO.' });
      this.capabilities = [];
      this.authMechanisms = [];
      return reply;
    }
    if (reply.code !== 250) throw this.failure('ehlo', { reply, message: 'The server rejected EHLO.' });
    const caps = reply.lines.slice(1).map((l) => l.slice(4).trim()).filter(Boolean);
    const mechs = new Set<string>();
    for (const cap of caps) {
      const m = /^AUTH[ =](.*)$/i.exec(cap);
      if (m) for (const mech of m[1]!.trim().split(/\s+/)) if (mech) mechs.add(mech.toUpperCase());
    }
    this.capabilities = caps;
    this.authMechanisms = [...mechs];
    return reply;
  }

  /** Loads TLS and reads the CA file ahead of the handshake (while the server is busy with its greeting). */
  private prepareTls(): void {
    if (this.ca) return;
    process.getBuiltinModule('node:tls');
    const file = this.plan.target.caFile;
    if (!file) {
      this.ca = {};
      return;
    }
    try {
      this.ca = { pem: readCaFile(file) };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      this.ca = { error: this.failure('tls', { message: `Cannot read the CA file ${file}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' '), errorCode: 'ECAFILE' }) };
      return;
    }
    if (!this.ca.pem!.includes('-----BEGIN CERTIFICATE-----')) {
      this.ca = { error: this.failure('tls', { message: `The CA file ${file} contains no PEM certificate.`, errorCode: 'ECAFILE' }) };
    }
  }

  /** TLS on an open TCP socket; the certificate is judged here, so that it is known even when it is refused. */
  private async handshake(raw: net.Socket, ms: number, kind: 'connect' | 'command'): Promise<Secured> {
    this.prepareTls();
    if (this.ca!.error) throw this.ca!.error;
    const { target } = this.plan;
    let secured: Secured;
    try {
      secured = await startTls(raw, { host: target.host, port: target.port, security: target.security, ca: this.ca!.pem, verify: target.tlsVerify }, this.budget, ms, kind);
    } catch (err) {
      throw this.failure('tls', err);
    }
    const socket: tls.TLSSocket = secured.socket;
    this.owned.add(socket);
    const cert = secured.certificate;
    this.certificate = cert;
    this.log('info', `TLS established: ${cert ? certificateSummary(cert) : `${socket.getProtocol()} (no certificate)`}${socket.authorized ? '' : target.tlsVerify ? ` — not trusted: ${cert?.authorizationError ?? 'unknown'}` : ' — not verified (certificate verification is off for this address)'}`);
    const refusal = target.tlsVerify ? certificateRefusal(secured, target.host) : null;
    if (refusal) {
      socket.destroy();
      throw this.failure('tls', { message: refusal.message, errorCode: refusal.code });
    }
    this.encrypted = true;
    return secured;
  }

  /** Server text, safe to show: this run's secrets and anything that looks like one masked, controls escaped. */
  safe(text: string): string {
    return safeText(this.plan.redactor.apply(text));
  }

  private authRefusal(mech: MechanismName, user: string, reply: Reply, challengeError: string | undefined): FailureCause {
    if (mech !== 'XOAUTH2') return { reply, message: `The server rejected the login of ${user} (${mech}).` };
    const said = challengeError ? ` It said: ${this.safe(challengeError)}` : '';
    return { reply, message: `The server refused the OAuth2 access token of ${user} (XOAUTH2).${said}`, errorCode: 'EXOAUTH2' };
  }

  /**
   * The one place a failure is shaped: from a reply the server gave (with our sentence), from our own finding
   * (sentence and error code), or from a transport error (socket, timeout, deadline, not SMTP). Server text is
   * made safe here; our own sentences quote only safe text.
   */
  failure(stage: Stage, cause: unknown): StageFailure {
    if (cause instanceof StageFailure) return cause;
    if (cause instanceof TransportError) return new StageFailure(this.transportFailure(stage, cause));
    if (cause && typeof cause === 'object' && 'message' in cause && !(cause instanceof Error)) {
      const c = cause as FailureCause;
      const f: ProbeFailure = { stage, message: escapeControls(c.message) };
      if (c.reply) {
        const reply = safeLines(this.plan.redactor.apply(c.reply.text));
        f.code = c.reply.code;
        const enhanced = enhancedCode(reply);
        if (enhanced) f.enhanced = enhanced;
        f.reply = reply;
      }
      if (c.errorCode) f.errorCode = c.errorCode;
      return new StageFailure(f);
    }
    throw cause; // a bug, not an outcome
  }

  private transportFailure(stage: Stage, e: TransportError): ProbeFailure {
    const { target } = this.plan;
    return describeTransportError(stage, e, { host: target.host, port: target.port, security: target.security, timeouts: this.timeouts, run: 'test', safe: (t) => this.safe(t) });
  }
}

/** What a sentence about a transport failure needs to know. */
export interface FailureContext {
  host: string;
  port: number;
  security: ProbeTarget['security'];
  timeouts: ProbeTimeouts;
  /** "the whole test" or "the whole send". */
  run: 'test' | 'send';
  /** Makes server text safe (it may be quoted in an error message). */
  safe: (text: string) => string;
}

/**
 * A transport failure (socket, timeout, deadline, not SMTP) at a stage, in one sentence: the live test's and
 * sending's failures say the same things in the same words.
 */
export function describeTransportError(stage: Stage, e: TransportError, ctx: FailureContext): ProbeFailure {
  const t = ctx.timeouts;
  const hostPort = `${ctx.host}:${ctx.port}`;
  const label = STAGE_LABELS[stage];
  const implicitHint = ctx.security !== 'ssl' ? ' If this port expects implicit TLS (usually 465), choose security ssl.' : '';
  const what = ctx.safe(e.message);
  let message: string;
  let errorCode = e.errorCode;
  let timeout = e.timeout;
  if (e.errorCode === 'EDEADLINE') {
    message = `The deadline of ${formatMs(t.deadlineMs)} for the whole ${ctx.run} was reached during ${label}: the server answers too slowly, or a little at a time.`;
  } else if (stage === 'dns') {
    if (e.timeout) {
      message = `Resolving ${ctx.host} took longer than ${t.connectMs} ms.`;
      errorCode = 'EAI_AGAIN';
    } else {
      message = errorCode === 'ENOTFOUND'
        ? `The host name ${ctx.host} does not resolve (ENOTFOUND): check the spelling of the SMTP server.`
        : `The host name ${ctx.host} could not be resolved: ${what} (${errorCode}).`;
    }
  } else if (stage === 'connect' && e.timeout) {
    message = `No connection to ${hostPort} within ${t.connectMs} ms.`;
  } else if (stage === 'connect') {
    message = errorCode === 'ECONNREFUSED'
      ? `Connection refused by ${hostPort} (ECONNREFUSED): nothing listens on this port, or a firewall rejects it.`
      : `Cannot connect to ${hostPort}: ${what} (${errorCode}).`;
  } else if (stage === 'tls' && e.timeout) {
    message = `TCP connected to ${hostPort}, but the TLS handshake did not finish within ${e.timeout === 'connect' ? t.connectMs : t.commandMs} ms.`;
  } else if (stage === 'tls' && errorCode === 'ERR_SSL_WRONG_VERSION_NUMBER') {
    message = `TLS handshake failed: ${what}.${ctx.security === 'ssl' ? ' This port probably expects plain SMTP with STARTTLS (usually 587): choose security starttls.' : ''}`;
  } else if (stage === 'tls' && errorCode === 'ESTARTTLSDATA') {
    message = `${capitalise(what)}: plaintext injected ahead of TLS (a man in the middle, or a broken server). Nothing of it was read.`;
  } else if (stage === 'tls' && errorCode !== 'ECLOSED' && errorCode !== 'ECONNRESET' && errorCode !== 'EREPLYTOOLONG' && errorCode !== 'EUNSOLICITED' && errorCode !== 'EPROTOCOL') {
    message = `TLS handshake failed: ${what} (${errorCode}).`;
  } else if (e.timeout === 'greeting') {
    message = `The server accepted the connection but sent no greeting within ${t.greetingMs} ms.${implicitHint}`;
  } else if (e.timeout) {
    message = `The server did not answer during ${label}: ${what}.`;
  } else if (errorCode === 'EREPLYTOOLONG') {
    message = `The server's reply during ${label} is too long: ${what} (addr reads at most ${REPLY_LIMITS.lines} lines and ${REPLY_LIMITS.bytes / 1024} KiB per reply). This is not an SMTP server, or it misbehaves.`;
  } else if (errorCode === 'EUNSOLICITED') {
    message = `The server does not follow SMTP here: ${what} during ${label}; such replies are never taken as answers to later commands.`;
  } else if (errorCode === 'EPROTOCOL') {
    message = `The server does not speak SMTP here: ${what}.${/implicit TLS/.test(e.message) && ctx.security !== 'ssl' ? ' Choose security ssl for this port.' : ''}`;
  } else if (stage === 'greeting' && (errorCode === 'ECLOSED' || errorCode === 'ECONNRESET')) {
    message = `The server closed the connection before its greeting (${errorCode}).${implicitHint}`;
  } else {
    message = `The connection was lost during ${label}: ${what} (${errorCode}).`;
  }
  if (errorCode === 'EDEADLINE') timeout = undefined;
  return { stage, message: escapeControls(message), errorCode, ...(timeout ? { timeout } : {}) };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A failure the session found, with the server's reply when there is one. */
interface FailureCause {
  message: string;
  reply?: Reply;
  errorCode?: string;
}

function readCaFile(file: string): string {
  const fd = openSync(file, 'r');
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
    const buf = Buffer.alloc(CA_FILE_LIMIT + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0;) n += r;
    if (n > CA_FILE_LIMIT) throw Object.assign(new Error(`larger than ${CA_FILE_LIMIT / 1024} KiB, not a CA file`), { code: 'EFBIG' });
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
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
