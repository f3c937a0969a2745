/**
 * The add wizard with discovery, in a real pseudo-terminal: the e-mail first, then the server discovery found with
 * where it came from, confirmed by the user and by the live test before anything is saved.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { rmSync } from 'node:fs';
import * as pty from 'node-pty';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { binPath, childEnv, runAddr, tempDir } from './helpers.js';
import { startDns, type DnsServer } from './dnsmasq.js';

const ENTER = '\r';

let sb: Sandbox;
let dns: DnsServer;
beforeAll(async () => {
  sb = await startSandbox({ scenario: 'ok', user: 'support@wiz.test', password: 'wiz-secret-3' });
  dns = await startDns({ srv: [['_submissions._tcp.wiz.test', '127.0.0.1', sb.ports.ssl, 0, 1]] });
});
const homes: string[] = [];
afterAll(async () => {
  await Promise.all([sb?.close(), dns?.close()]);
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});
const home = () => { const h = tempDir(); homes.push(h); return h; };

function terminal(args: string[], home: string) {
  let out = '';
  let mark = 0;
  const term = pty.spawn(process.execPath, [binPath, ...args], {
    name: 'xterm-256color', cols: 160, rows: 50, cwd: home, env: childEnv(home, { ADDR_DNS_SERVER: dns.server }) as Record<string, string>,
  });
  term.onData((d) => { out += d; });
  const exited = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const waitFor = async (pattern: RegExp, timeoutMs = 10_000) => {
    const start = Date.now();
    for (;;) {
      const m = pattern.exec(out.slice(mark));
      if (m) { mark += m.index + m[0].length; return; }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; screen so far:\n${out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const answer = async (pattern: RegExp, ...keys: string[]) => {
    await waitFor(pattern);
    for (const k of keys) { term.write(k); await new Promise((r) => setTimeout(r, 30)); }
  };
  return { answer, waitFor, exited, transcript: () => out, kill: () => { try { term.kill(); } catch { /* gone */ } } };
}

describe('the add wizard with discovery', () => {
  it('proposes the discovered server with its source, and saves after the live test', async () => {
    const h = home();
    const t = terminal(['add', '--ca', sb.caFile], h);
    try {
      await t.answer(/E-mail address/, 'support@wiz.test', ENTER);
      await t.waitFor(/server {2}127\.0\.0\.1:\d+ \(implicit TLS\) {2}← SRV _submissions\._tcp\.wiz\.test/);
      await t.answer(/Use 127\.0\.0\.1:\d+ \(ssl\)\?/, ENTER);
      await t.answer(/Display name/, ENTER);
      await t.answer(/Password/, 'wiz-secret-3', ENTER);
      await t.answer(/Login/, ENTER);
      await t.waitFor(/Saved support@wiz\.test/);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript()).not.toContain('wiz-secret-3');
    const rows = JSON.parse((await runAddr(['list', '--json'], { home: h })).stdout);
    expect(rows[0]).toMatchObject({ email: 'support@wiz.test', host: '127.0.0.1', port: sb.ports.ssl, security: 'ssl' });
  });

  it('asks for the provider when the user declines what was found', async () => {
    const t = terminal(['add'], home());
    try {
      await t.answer(/E-mail address/, 'support@wiz.test', ENTER);
      await t.answer(/Use 127\.0\.0\.1:\d+ \(ssl\)\?/, 'n', ENTER);
      await t.waitFor(/Mail provider/);
    } finally {
      t.kill();
    }
  });
});
