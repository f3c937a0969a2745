/**
 * The wizard driven in a real pseudo-terminal (node-pty), against a real smtp-server: one add that
 * passes (after trusting the server's CA when the first test fails on the certificate) and one that fails.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pty from 'node-pty';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { binPath, childEnv, runAddr, tempDir } from './helpers.js';

const DOWN = '\x1b[B';
const UP = '\x1b[A';
const ENTER = '\r';

let ok: Sandbox;
let authFail: Sandbox;
let silent: Sandbox;
beforeAll(async () => {
  [ok, authFail, silent] = await Promise.all([
    startSandbox({ scenario: 'ok', user: 'support@example.com', password: 'pty-secret-42' }),
    startSandbox({ scenario: 'auth-fail', user: 'support@example.com', password: 'pty-secret-42' }),
    startSandbox({ scenario: 'greeting-timeout', user: 'support@example.com', password: 'pty-secret-42' }),
  ]);
});
afterAll(async () => {
  await Promise.all([ok?.close(), authFail?.close(), silent?.close()]);
});

class Terminal {
  private out = '';
  private mark = 0;
  readonly exited: Promise<number>;
  private readonly term: pty.IPty;
  constructor(args: string[], home: string, env: Record<string, string> = {}) {
    this.term = pty.spawn(process.execPath, [binPath, ...args], {
      name: 'xterm-256color', cols: 160, rows: 50, cwd: home, env: childEnv(home, env) as Record<string, string>,
    });
    this.term.onData((d) => { this.out += d; });
    this.exited = new Promise((resolve) => this.term.onExit(({ exitCode }) => resolve(exitCode)));
  }
  get transcript(): string {
    return this.out;
  }
  /** Waits until `pattern` appears in what was printed since the last answer, then types `keys`. */
  async answer(pattern: RegExp, ...keys: string[]): Promise<void> {
    await this.waitFor(pattern);
    for (const k of keys) {
      this.term.write(k);
      await new Promise((r) => setTimeout(r, 30));
    }
  }
  async waitFor(pattern: RegExp, timeoutMs = 8000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const fresh = this.out.slice(this.mark);
      const m = pattern.exec(fresh);
      if (m) {
        this.mark += m.index + m[0].length;
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${pattern}; screen so far:\n${this.out}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  /** Types without waiting for anything first. */
  type(...keys: string[]): void {
    for (const k of keys) this.term.write(k);
  }
  kill(): void {
    try { this.term.kill(); } catch { /* already gone */ }
  }
}

describe('the add wizard in a terminal', () => {
  it('walks e-mail → (discovery) → preset → name → password → server, recovers from an untrusted certificate, and saves', async () => {
    const home = tempDir();
    const t = new Terminal(['add'], home);
    try {
      await t.answer(/E-mail address/, 'support@example.com', ENTER);
      // Discovery asks DNS, which the test environment does not answer (ADDR_DNS_SERVER is a closed port).
      await t.answer(/Discovery found no server for example\.com[\s\S]*Mail provider/, UP);
      await t.answer(/❯ Custom server/, ENTER);
      await t.answer(/Display name/, 'Acme Support', ENTER);
      await t.answer(/Password/, 'pty-secret-42', ENTER);
      await t.answer(/SMTP server/, '127.0.0.1', ENTER);
      await t.answer(/Security[\s\S]*❯ STARTTLS/, ENTER); // STARTTLS is the default
      await t.answer(/Port/, '\x7f'.repeat(5), String(ok.ports.starttls), ENTER);
      await t.answer(/Login/, ENTER);
      // First test: the sandbox's self-signed certificate is not trusted.
      await t.answer(/What now\?/);
      expect(t.transcript).toMatch(/Live test failed at TLS/);
      expect(t.transcript).toMatch(/certificate_invalid/);
      await t.answer(/❯ Trust a CA/, ENTER);
      await t.answer(/CA file/, ok.caFile, ENTER);
      await t.waitFor(/Saved support@example\.com/);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const screen = t.transcript;
    expect(screen).not.toContain('pty-secret-42');
    expect(screen).toMatch(/Password \*{13}/);
    for (const stage of ['TCP connect', 'EHLO', 'TLS', 'AUTH', 'MAIL FROM', 'RCPT TO']) expect(screen).toContain(stage);

    const list = await runAddr(['list', '--json'], { home });
    const rows = JSON.parse(list.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'support@example.com', displayName: 'Acme Support', port: ok.ports.starttls, security: 'starttls', caFile: ok.caFile });
  });

  it('shows the failure with its remedy and saves nothing when the user quits', async () => {
    const home = tempDir();
    const t = new Terminal(['add', '--ca', authFail.caFile], home);
    try {
      await t.answer(/E-mail address/, 'support@example.com', ENTER);
      await t.answer(/Mail provider/, UP);
      await t.answer(/❯ Custom server/, ENTER);
      await t.answer(/Display name/, ENTER);
      await t.answer(/Password/, 'wrong-password', ENTER);
      await t.answer(/SMTP server/, '127.0.0.1', ENTER);
      await t.answer(/Security/, ENTER); // default follows the port: STARTTLS
      await t.answer(/Port/, '\x7f'.repeat(5), String(authFail.ports.starttls), ENTER);
      await t.answer(/Login/, ENTER);
      await t.answer(/What now\?/);
      expect(t.transcript).toMatch(/Live test failed at/);
      await t.answer(/❯/, DOWN, DOWN);
      await t.answer(/❯ Quit without saving/, ENTER);
      const code = await t.exited;
      expect(code).not.toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript).not.toContain('wrong-password');
    expect(existsSync(path.join(home, '.local', 'share', 'addr', 'addr.db'))).toBe(false);
  });
});

const BACKSPACE = '\x7f';
const CTRL_C = '\x03';

describe('flags and the terminal', () => {
  it('asks nothing when the flags give everything required, even on a terminal', async () => {
    const home = tempDir();
    const t = new Terminal(['add', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(ok.ports.starttls),
      '--security', 'starttls', '--ca', ok.caFile, '--password-env', 'P'], home, { P: 'pty-secret-42' });
    try {
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript).toMatch(/Saved support@example\.com/);
    // No question was put: inquirer marks each with "?".
    expect(t.transcript).not.toMatch(/\? (Display name|Login|Mail provider|Security|Port)/);
  });

  it('--no-input: a usage error naming the flag at once, on a terminal too', async () => {
    const home = tempDir();
    const t = new Terminal(['add', '--no-input', '--host', '127.0.0.1'], home);
    try {
      expect(await t.exited).toBe(64);
    } finally {
      t.kill();
    }
    expect(t.transcript).toMatch(/give --email \(--no-input forbids questions\)/);
    expect(t.transcript).not.toMatch(/\? /);
  });

  it('answering No at a confirmation changes nothing and exits 0', async () => {
    const home = tempDir();
    expect((await runAddr(['add', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(ok.ports.ssl), '--security', 'ssl',
      '--ca', ok.caFile, '--password-env', 'P'], { home, env: { P: 'pty-secret-42' } })).code).toBe(0);
    const t = new Terminal(['remove', 'support@example.com'], home);
    try {
      await t.answer(/Remove support@example\.com/, 'n', ENTER);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    expect(t.transcript).toMatch(/Nothing was removed/);
    expect(JSON.parse((await runAddr(['list', '--json'], { home })).stdout)).toHaveLength(1);
  });
});

describe('the wizard keeps what was typed', () => {
  it('asks again after a wrong CA path (missing, no PEM), says what was wrong, expands ~, and saves', async () => {
    const home = tempDir();
    writeFileSync(path.join(home, 'notes.txt'), 'not a certificate\n');
    copyFileSync(ok.caFile, path.join(home, 'sandbox-ca.pem'));
    const t = new Terminal(['add'], home);
    try {
      await t.answer(/E-mail address/, 'support@example.com', ENTER);
      await t.answer(/Mail provider/, UP);
      await t.answer(/❯ Custom server/, ENTER);
      await t.answer(/Display name/, 'Acme Support', ENTER);
      await t.answer(/Password/, 'pty-secret-42', ENTER);
      await t.answer(/SMTP server/, '127.0.0.1', ENTER);
      await t.answer(/Security[\s\S]*❯ STARTTLS/, ENTER);
      await t.answer(/Port/, BACKSPACE.repeat(5), String(ok.ports.starttls), ENTER);
      await t.answer(/Login/, ENTER);
      await t.answer(/What now\?/);
      await t.answer(/❯ Trust a CA/, ENTER);
      await t.answer(/CA file/, '~/no-such-ca.pem', ENTER);
      await t.waitFor(new RegExp(`${path.join(home, 'no-such-ca.pem').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} does not exist`));
      t.type(BACKSPACE.repeat('~/no-such-ca.pem'.length), '~/notes.txt', ENTER);
      await t.waitFor(/notes\.txt holds no PEM certificate/);
      t.type(BACKSPACE.repeat('~/notes.txt'.length), '~/sandbox-ca.pem', ENTER);
      await t.waitFor(/Saved support@example\.com/);
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const rows = JSON.parse((await runAddr(['list', '--json'], { home })).stdout);
    expect(rows[0]).toMatchObject({ email: 'support@example.com', displayName: 'Acme Support', port: ok.ports.starttls, caFile: path.join(home, 'sandbox-ca.pem') });
  });

  it('Ctrl-C during the live test: "Cancelled; nothing was changed.", exit 130, nothing written', async () => {
    const home = tempDir();
    const t = new Terminal(['add'], home);
    try {
      await t.answer(/E-mail address/, 'support@example.com', ENTER);
      await t.answer(/Mail provider/, UP);
      await t.answer(/❯ Custom server/, ENTER);
      await t.answer(/Display name/, ENTER);
      await t.answer(/Password/, 'pty-secret-42', ENTER);
      await t.answer(/SMTP server/, '127.0.0.1', ENTER);
      await t.answer(/Security/, ENTER);
      await t.answer(/Port/, BACKSPACE.repeat(5), String(silent.ports.starttls), ENTER);
      await t.answer(/Login/, ENTER);
      // The server accepts the connection and never greets: the test waits (10 s by default) for Ctrl-C.
      await t.waitFor(/TCP connect/);
      t.type(CTRL_C);
      expect(await t.exited).toBe(130);
    } finally {
      t.kill();
    }
    expect(t.transcript).toMatch(/Cancelled; nothing was changed\./);
    expect(existsSync(path.join(home, '.local', 'share', 'addr', 'addr.db'))).toBe(false);
  });
});
