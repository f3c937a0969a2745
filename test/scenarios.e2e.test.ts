/**
 * Every row of the sandbox's scenario table (src/smtp/scenarios.ts) on every listener (plain, STARTTLS,
 * implicit TLS), through the built binary: the stage that failed, the category the shared classifier gives,
 * and the documented exit code, or a pass. The test walks the table itself, so a new scenario cannot be
 * left out.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { startSandbox, type Sandbox } from '../src/smtp/sandbox.js';
import { LISTENERS, outcomeOn, SCENARIO_TABLE, type ListenerName, type Scenario } from '../src/smtp/scenarios.js';
import { refusedPort, runAddr, tempDir } from './helpers.js';

const PASSWORD = 'scenario-pass-7';
const sandboxes = new Map<Scenario, Sandbox>();

beforeAll(async () => {
  for (const s of SCENARIO_TABLE) sandboxes.set(s.name, await startSandbox({ scenario: s.name, user: 'support@example.com', password: PASSWORD }));
});
afterAll(async () => {
  await Promise.all([...sandboxes.values()].map((s) => s.close()));
});

const SECURITY: Record<ListenerName, string> = { plain: 'none', starttls: 'starttls', ssl: 'ssl' };

async function liveTest(sb: Sandbox, security: string, port: number, host = '127.0.0.1') {
  const home = tempDir();
  const r = await runAddr(['test', '--json', '--email', 'support@example.com', '--host', host, '--port', String(port),
    '--security', security, '--ca', sb.caFile, '--password-env', 'P', '--greeting-timeout', '2s'], { home, env: { P: PASSWORD } });
  let out: any;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, out, stderr: r.stderr };
}

const ROWS = SCENARIO_TABLE.flatMap((spec) => LISTENERS.map((listener) => ({ scenario: spec.name, listener, want: outcomeOn(spec, listener) })));

describe('the sandbox scenarios, every row on every listener', () => {
  it('walks the whole table', () => {
    expect(new Set(ROWS.map((r) => r.scenario))).toEqual(new Set(SCENARIO_TABLE.map((s) => s.name)));
    expect(ROWS).toHaveLength(SCENARIO_TABLE.length * 3);
  });

  it.each(ROWS)('$scenario over $listener', async ({ scenario, listener, want }) => {
    const sb = sandboxes.get(scenario)!;
    const { code, out } = await liveTest(sb, SECURITY[listener], sb.ports[listener]);
    if (want === null) {
      expect({ code, failure: out.test.failure }).toEqual({ code: 0, failure: null });
      const stages = out.test.stages.map((s: any) => s.stage);
      expect(stages).toEqual(listener === 'plain'
        ? ['dns', 'connect', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']
        : listener === 'ssl' ? ['dns', 'connect', 'tls', 'greeting', 'ehlo', 'auth', 'mail', 'rcpt', 'quit']
          : ['dns', 'connect', 'greeting', 'ehlo', 'tls', 'auth', 'mail', 'rcpt', 'quit']);
      return;
    }
    expect({ stage: out.test.failure.stage, category: out.test.diagnosis.category, code }).toEqual({ stage: want.stage, category: want.category, code: want.exitCode });
    if (want.code) expect(out.test.failure.code).toBe(want.code);
    expect(out.test.diagnosis.remedy.length).toBeGreaterThan(20);
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
    // Port 465 itself, where "port 465" is the clue; on a loopback address of its own so that no other
    // process listening on 127.0.0.1:465 is in the way.
    const sb = await startSandbox({ scenario: 'ok', user: 'support@example.com', password: PASSWORD, host: '127.0.0.46', sslPort: 465 });
    try {
      const { code, out } = await liveTest(sb, 'starttls', 465, '127.0.0.46');
      expect(out.test.failure.stage).toBe('greeting');
      expect(out.test.diagnosis.category).toBe('wrong_security_mode');
      expect(out.test.diagnosis.remedy).toMatch(/ssl/i);
      expect(code).toBe(76);
    } finally {
      await sb.close();
    }
  });

  it('connection refused names host and port', async () => {
    const refused = await refusedPort();
    try {
      const { code, out } = await liveTest(sandboxes.get('ok')!, 'ssl', refused.port, refused.host);
      expect(out.test.failure.stage).toBe('connect');
      expect(out.test.diagnosis.category).toBe('connection_refused');
      expect(out.test.diagnosis.remedy).toContain(`${refused.host}:${refused.port}`);
      expect(code).toBe(75);
    } finally {
      await refused.release();
    }
  });
});
