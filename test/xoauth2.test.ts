/**
 * XOAUTH2 on the wire: the live test and sending log in with an OAuth2 access token from a TokenSource, against a
 * real smtp-server on 127.0.0.1 that offers only XOAUTH2 and accepts only a valid, unexpired token (onAuth sees
 * auth.accessToken); a refused token gets the 334 base64-JSON objection, then 535.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import net from 'node:net';
import type { Readable } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import type { AccessToken, Credentials, TokenSource } from '../src/core/auth.js';
import { classifyDetailed } from '../src/core/classify.js';
import { failureSignal } from '../src/core/outcome.js';
import type { ProbeTarget } from '../src/core/probe.js';
import { runProbe } from '../src/smtp/probe.js';
import { sendMessage, type OutgoingMessage, type SendAccount } from '../src/smtp/send.js';
import { selfSignedCert } from './helpers.js';

const USER = 'support@example.com';
const OBJECTION = { status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' };

/** The authorization server's view: which tokens exist, for whom, until when. */
class TokenTable {
  private readonly tokens = new Map<string, { user: string; expiresAt: number }>();
  private n = 0;
  issue(user: string, ttlMs: number): AccessToken {
    const token = `ya29.test-${++this.n}-${Math.random().toString(36).slice(2)}`;
    const expiresAt = Date.now() + ttlMs;
    this.tokens.set(token, { user, expiresAt });
    return { token, expiresAt: new Date(expiresAt) };
  }
  valid(user: string, token: string): boolean {
    const t = this.tokens.get(token);
    return Boolean(t && t.user === user && t.expiresAt > Date.now());
  }
  /** The token stops being valid now (it expired, or was revoked). */
  expire(token: string): void {
    const t = this.tokens.get(token);
    if (t) t.expiresAt = 0;
  }
}

interface Peer { port: number; auths: Array<{ method: string; username: string; accessToken?: string; ok: boolean }>; delivered: number; close: () => Promise<void> }

async function xoauthServer(table: TokenTable, cert: { key: string; cert: string }, methods: string[] = ['XOAUTH2']): Promise<Peer> {
  const auths: Peer['auths'] = [];
  let delivered = 0;
  const server = new SMTPServer({
    secure: true,
    key: cert.key,
    cert: cert.cert,
    authMethods: methods,
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, cb) {
      const ok = auth.method === 'XOAUTH2' ? table.valid(auth.username ?? '', auth.accessToken ?? '') : false;
      auths.push({ method: auth.method, username: auth.username ?? '', accessToken: auth.accessToken, ok });
      if (ok) return cb(null, { user: auth.username });
      if (auth.method === 'XOAUTH2') return cb(null, { data: OBJECTION } as never);
      return cb(Object.assign(new Error('5.7.8 Invalid credentials'), { responseCode: 535 }));
    },
    onData(stream: Readable, _session, cb) {
      stream.resume();
      stream.on('end', () => { delivered += 1; cb(); });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as net.AddressInfo).port;
  return { port, auths, get delivered() { return delivered; }, close: () => new Promise<void>((r) => server.close(() => r())) } as Peer;
}

/** A TokenSource as the OAuth adapter would give one: the current token, a new one when asked to renew. */
function source(table: TokenTable, ttlMs = 3_600_000): { get: TokenSource; renewals: number; current: () => AccessToken } {
  let current = table.issue(USER, ttlMs);
  const s = {
    renewals: 0,
    current: () => current,
    get: (async (renew: boolean) => {
      if (renew) {
        s.renewals += 1;
        current = table.issue(USER, ttlMs);
      }
      return current;
    }) as TokenSource,
  };
  return s;
}

let cert: { key: string; cert: string };
const peers: Peer[] = [];
beforeAll(() => { cert = selfSignedCert(); });
afterAll(async () => { await Promise.all(peers.map((p) => p.close())); });

async function peer(table: TokenTable, methods?: string[]): Promise<Peer> {
  const p = await xoauthServer(table, cert, methods);
  peers.push(p);
  return p;
}

const target = (port: number): ProbeTarget => ({ host: '127.0.0.1', port, security: 'ssl', username: USER, from: USER, rcpt: 'rcpt@example.org', tlsVerify: false, caFile: null });
const FAST = { timeouts: { connectMs: 3000, greetingMs: 3000, commandMs: 3000 }, ehloName: 'probe.test' };

describe('live test with XOAUTH2', () => {
  it('a valid token logs in with exactly one AUTH XOAUTH2, masked in the transcript', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const src = source(table);
    const creds: Credentials = { method: 'oauth2', username: USER, token: src.get };
    const r = await runProbe(target(p.port), creds, FAST);
    expect(r.failure).toBeNull();
    expect(r.ok).toBe(true);
    expect(r.stages.find((s) => s.stage === 'auth')).toMatchObject({ ok: true, code: 235, detail: `XOAUTH2 as ${USER}` });
    expect(p.auths).toEqual([{ method: 'XOAUTH2', username: USER, accessToken: src.current().token, ok: true }]);
    const sent = r.transcript.filter((l) => l.dir === 'client').map((l) => l.line);
    expect(sent).toContain('AUTH XOAUTH2 ********');
    const text = JSON.stringify(r);
    expect(text).not.toContain(src.current().token);
    expect(text).not.toContain(Buffer.from(`user=${USER}\x01auth=Bearer ${src.current().token}\x01\x01`).toString('base64'));
    expect(src.renewals).toBe(0);
  });

  it('a refused token: the 334 JSON objection is decoded into the failure, answered with an empty line, one attempt, auth_failed', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const src = source(table);
    table.expire(src.current().token); // revoked: the source does not know
    const r = await runProbe(target(p.port), { method: 'oauth2', username: USER, token: src.get }, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', code: 535, errorCode: 'EXOAUTH2' });
    expect(r.failure!.message).toMatch(/refused the OAuth2 access token of support@example\.com \(XOAUTH2\)/);
    expect(r.failure!.message).toContain('"status":"401"');
    expect(p.auths).toHaveLength(1); // never retried, never renewed in the live test
    expect(src.renewals).toBe(0);
    const sent = r.transcript.filter((l) => l.dir === 'client').map((l) => l.line);
    const i = sent.indexOf('AUTH XOAUTH2 ********');
    expect(sent[i + 1]).toBe('');
    expect(JSON.stringify(r)).not.toContain(src.current().token);
    const c = classifyDetailed(failureSignal(r.failure!), { email: USER, username: USER, host: '127.0.0.1', port: p.port, security: 'ssl' });
    expect(c).toMatchObject({ rule: 'addr.xoauth2-refused', diagnosis: { category: 'auth_failed' } });
  });

  it('a token that expires within the renewal margin is renewed before it is used', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const src = source(table, 5_000); // valid, but for less than the margin
    const r = await runProbe(target(p.port), { method: 'oauth2', username: USER, token: src.get }, FAST);
    expect(r.ok).toBe(true);
    expect(src.renewals).toBe(1);
    expect(p.auths).toHaveLength(1);
  });

  it('a token source that fails: auth failure, nothing sent to the server', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const broken: TokenSource = async () => { throw new Error('invalid_grant: the refresh token was revoked'); };
    const r = await runProbe(target(p.port), { method: 'oauth2', username: USER, token: broken }, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', errorCode: 'EOAUTH2' });
    expect(r.failure!.message).toMatch(/invalid_grant/);
    expect(p.auths).toHaveLength(0);
  });

  it('no XOAUTH2 offered: a token cannot be used; a password cannot be used on an XOAUTH2-only server', async () => {
    const table = new TokenTable();
    const plainOnly = await peer(table, ['PLAIN']);
    const r = await runProbe(target(plainOnly.port), { method: 'oauth2', username: USER, token: source(table).get }, FAST);
    expect(r.failure).toMatchObject({ stage: 'auth', errorCode: 'ENOAUTH' });
    expect(r.failure!.message).toMatch(/only AUTH PLAIN.*OAuth2 token \(XOAUTH2\)/);
    const xoauthOnly = await peer(table);
    const r2 = await runProbe(target(xoauthOnly.port), { method: 'password', username: USER, password: 'secret-1' }, FAST);
    expect(r2.failure).toMatchObject({ stage: 'auth', errorCode: 'ENOAUTH' });
    expect(plainOnly.auths.length + xoauthOnly.auths.length).toBe(0);
  });
});

describe('sending with XOAUTH2 (nodemailer OAuth2 fed from the TokenSource)', () => {
  const account = (port: number, token: TokenSource): SendAccount => ({
    email: USER, displayName: null, host: '127.0.0.1', port, security: 'ssl',
    credentials: { method: 'oauth2', username: USER, token }, tlsVerify: false, caFile: null,
  });
  const message = (n: number): OutgoingMessage => ({
    kind: 'raw', raw: Buffer.from(`From: ${USER}\r\nTo: rcpt@example.org\r\nSubject: ${n}\r\n\r\nbody ${n}\r\n`),
    envelope: { from: USER, to: ['rcpt@example.org'] }, messageId: `<${n}@example.com>`,
  });
  const opts = { timeouts: { connectMs: 3000, greetingMs: 3000, commandMs: 3000, deadlineMs: 20000 } };

  it('two messages, the token expires between them: renewed once, both delivered', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    // expiry known to the source: its expiresAt passes, and the server stops accepting the token
    let current = table.issue(USER, 3_600_000);
    let renewals = 0;
    const token: TokenSource = async (renew) => {
      if (renew) { renewals += 1; current = table.issue(USER, 3_600_000); }
      return current;
    };
    const first = await sendMessage(account(p.port, token), message(1), opts);
    expect(first.ok).toBe(true);
    table.expire(current.token);
    current = { token: current.token, expiresAt: new Date(Date.now() - 1000) };
    const second = await sendMessage(account(p.port, token), message(2), opts);
    expect(second.ok).toBe(true);
    expect(renewals).toBe(1);
    expect(p.delivered).toBe(2);
    expect(p.auths.map((a) => a.ok)).toEqual([true, true]);
  });

  it('a token revoked without the source knowing: refused (334), renewed once, delivered', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const src = source(table);
    const first = await sendMessage(account(p.port, src.get), message(1), opts);
    expect(first.ok).toBe(true);
    table.expire(src.current().token);
    const second = await sendMessage(account(p.port, src.get), message(2), opts);
    expect(second.ok).toBe(true);
    expect(src.renewals).toBe(1);
    expect(p.auths.map((a) => a.ok)).toEqual([true, false, true]);
    expect(p.delivered).toBe(2);
  });

  it('a token the server keeps refusing: failure at auth with the objection, EXOAUTH2, auth_failed; the token never shown', async () => {
    const table = new TokenTable();
    const p = await peer(table);
    const refused: TokenSource = async () => ({ token: 'ya29.never-valid-token-0123456789', expiresAt: null });
    const lines: string[] = [];
    const out = await sendMessage(account(p.port, refused), message(1), { ...opts, onLog: (l) => lines.push(l) });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failure).toMatchObject({ stage: 'auth', responseCode: 535, code: 'EAUTH' });
    expect(out.failure.signal.errorCode).toBe('EXOAUTH2');
    expect(out.failure.message).toMatch(/refused the OAuth2 access token/);
    expect(out.failure.message).toContain('"status":"401"');
    expect(p.delivered).toBe(0);
    expect(JSON.stringify(out)).not.toContain('never-valid-token');
    expect(lines.join('\n')).not.toContain('never-valid-token');
    expect(classifyDetailed(out.failure.signal, { email: USER, username: USER }).rule).toBe('addr.xoauth2-refused');
  });
});
