/**
 * Every sandbox scenario over plain, STARTTLS and implicit TLS, through the built binary: the stage
 * that failed, the category the shared classifier gives, and the documented exit code.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import net from 'node:net';
import { startSandbox, type Sandbox, type Scenario } from '../src/smtp/sandbox.js';
import { runAddr, tempDir } from './helpers.js';

const PASSWORD = 'scenario-pass-7';
const sandboxes = new Map<Scenario, Sandbox>();
const SCENARIOS: Scenario[] = ['ok', 'auth-fail', 'spam', 'spf', 'sender-not-owned', 'greeting-timeout'];

beforeAll(async () => {
  await Promise.all(SCENARIOS.map(async (s) => {
    sandboxes.set(s, await startSandbox({ scenario: s, user: 'support@example.com', password: PASSWORD }));
  }));
});
afterAll(async () => {
  await Promise.all([...sandboxes.values()].map((s) => s.close()));
});

const MODES = [
  { security: 'none', listener: 'plain' },
  { security: 'starttls', listener: 'starttls' },
  { security: 'ssl', listener: 'ssl' },
] as const;

async function liveTest(sb: Sandbox, security: string, port: number, extra: string[] = []) {
  const home = tempDir();
  const r = await runAddr(['test', '--json', '--email', 'support@example.com', '--host', '127.0.0.1', '--port', String(port),
    '--security', security, '--ca', sb.caFile, '--password-env', 'P', '--greeting-timeout', '400ms', ...extra], { home, env: { P: PASSWORD } });
  let out: any;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, out, stderr: r.stderr };
}

const EXPECTED: Record<Exclude<Scenario, 'ok' | 'no-auth' | 'no-starttls'>, { stage: string; category: string; exit: number; code?: number }> = {
  'auth-fail': { stage: 'auth', category: 'auth_failed', exit: 77, code: 535 },
  spam: { stage: 'rcpt', category: 'spam_rejected', exit: 69, code: 550 },
  spf: { stage: 'rcpt', category: 'spf_failed', exit: 69, code: 550 },
  'sender-not-owned': { stage: 'mail', category: 'sender_not_owned', exit: 69, code: 553 },
  'greeting-timeout': { stage: 'greeting', category: 'greeting_timeout', exit: 75 },
};

describe.each(MODES)('security $security', ({ security, listener }) => {
  it('ok passes every stage', async () => {
    const sb = sandboxes.get('ok')!;
    const { code, out } = await liveTest(sb, security, sb.ports[listener]);
    expect(code).toBe(0);
    expect(out.test.ok).toBe(true);
    const stages = out.test.stages.map((s: any) => s.stage);
    expect(stages).toEqual(security === 'none'
      ? ['dns', 'connect', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']
      : security === 'ssl' ? ['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']
        : ['dns', 'connect', 'greeting', 'ehlo', 'tls', 'auth', 'mail', 'rcpt', 'quit']);
  });

  it.each(Object.entries(EXPECTED))('%s → the stage, the category and the exit code', async (scenario, want) => {
    const sb = sandboxes.get(scenario as Scenario)!;
    const { code, out } = await liveTest(sb, security, sb.ports[listener]);
    expect(out.test.failure.stage).toBe(want.stage);
    if (want.code) expect(out.test.failure.code).toBe(want.code);
    expect(out.test.diagnosis.category).toBe(want.category);
    expect(out.test.diagnosis.remedy.length).toBeGreaterThan(20);
    expect(code).toBe(want.exit);
  });
});

describe('wrong security mode and unreachable servers', () => {
  it('implicit TLS spoken to a STARTTLS port', async () => {
    const sb = sandboxes.get('ok')!;
    const { code, out } = await liveTest(sb, 'ssl', sb.ports.starttls);
    expect(out.test.failure.stage).toBe('tls');
    expect(out.test.diagnosis.category).toBe('wrong_security_mode');
    expect(out.test.diagnosis.remedy).toMatch(/starttls/i);
    expect(code).toBe(76);
  });

  it('plain SMTP spoken to port 465 (implicit TLS)', async () => {
    // The implicit-TLS listener on the real port 465 of 127.0.0.1: only then can "port 465" be the clue.
    const sb = await startSandbox({ scenario: 'ok', user: 'support@example.com', password: PASSWORD, sslPort: 465 });
    try {
      const { code, out } = await liveTest(sb, 'starttls', 465);
      expect(out.test.failure.stage).toBe('greeting');
      expect(out.test.diagnosis.category).toBe('wrong_security_mode');
      expect(out.test.diagnosis.remedy).toMatch(/ssl/i);
      expect(code).toBe(76);
    } finally {
      await sb.close();
    }
  });

  it('connection refused names host and port', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    const { code, out } = await liveTest(sandboxes.get('ok')!, 'ssl', port);
    expect(out.test.failure.stage).toBe('connect');
    expect(out.test.diagnosis.category).toBe('connection_refused');
    expect(out.test.diagnosis.remedy).toContain(`127.0.0.1:${port}`);
    expect(code).toBe(75);
  });
});
