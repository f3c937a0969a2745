/**
 * `addr sandbox` as a user runs it: it prints where it listens (here as --json), addr can add an address
 * against it, it keeps its password across restarts so that the next scenario replays against the same
 * saved address, and SIGTERM stops it cleanly.
 */
import { describe, it, expect } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { binPath, childEnv, runAddr, tempDir } from './helpers.js';

interface Started { child: ChildProcess; info: { scenario: string; host: string; ports: { plain: number; starttls: number; ssl: number }; password: string; passwordFile: string; caFile: string } }

function startCli(home: string, scenario: string): Promise<Started> {
  const child = spawn(process.execPath, [binPath, 'sandbox', '--json', '--scenario', scenario, '--plain-port', '0', '--starttls-port', '0', '--ssl-port', '0'],
    { env: childEnv(home), cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`sandbox did not start: ${out}`)); }, 10_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve({ child, info: JSON.parse(out.slice(0, nl)) });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`sandbox exited with ${code}: ${out}`)); });
  });
}

async function stop(s: Started): Promise<number | null> {
  s.child.removeAllListeners('exit');
  const exited = new Promise<number | null>((resolve) => s.child.on('exit', (code) => resolve(code)));
  s.child.kill('SIGTERM');
  return exited;
}

describe('addr sandbox (built binary)', () => {
  it('serves an add, keeps its password for the next scenario, and stops on SIGTERM', async () => {
    const home = tempDir();
    const first = await startCli(home, 'ok');
    try {
      expect(first.info.scenario).toBe('ok');
      expect(first.info.passwordFile).toBe(path.join(home, '.local', 'share', 'addr', 'sandbox', 'password'));
      const add = await runAddr(['add', '--email', 'support@example.com', '--host', first.info.host, '--port', String(first.info.ports.starttls),
        '--security', 'starttls', '--ca', first.info.caFile, '--password-file', first.info.passwordFile], { home });
      expect(add.stderr).toMatch(/RCPT TO/);
      expect(add.code).toBe(0);
    } finally {
      expect(await stop(first)).toBe(0);
    }

    const second = await startCli(home, 'spam');
    try {
      expect(second.info.password).toBe(first.info.password);
      const saved = JSON.parse((await runAddr(['show', 'support@example.com', '--json'], { home })).stdout);
      // The new sandbox listens elsewhere: point the saved address at it (edit tests first; spam is refused at RCPT).
      const edit = await runAddr(['edit', 'support@example.com', '--port', String(second.info.ports.starttls), '--json'], { home });
      expect(edit.code).toBe(69);
      const report = JSON.parse(edit.stdout);
      expect(report.test.failure.stage).toBe('rcpt');
      expect(report.test.diagnosis.category).toBe('spam_rejected');
      expect(JSON.parse((await runAddr(['show', 'support@example.com', '--json'], { home })).stdout)).toEqual(saved);
    } finally {
      expect(await stop(second)).toBe(0);
    }
  });
});
