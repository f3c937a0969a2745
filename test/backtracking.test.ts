/**
 * No regular expression of the log reader or the classifier backtracks without bound: lines made of long runs of one piece
 * (spaces, dashes, brackets, a failure word, an address, Chinese or Cyrillic letters…) behind the heads a log puts before a
 * reply and before the tails that make a rule almost match are read by the built binary within a deadline. An expression with
 * a nested quantifier over such a run takes 2^n steps: 40 spaces before a line's words would take hours (session 22 found one,
 * a failed-send prefix written as `(?:[\s…]+|…)*`, which took 66 ms at 24 spaces and doubled with each one more). The lines go
 * to a child process because a runaway expression cannot be interrupted inside the test's own thread.
 */
import { describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAddr, tempDir } from './helpers.js';

const FILLERS = [' ', '-', '*', '[a] ', 'error ', 'a', '.', '@', '<', '550 ', 'x.', '\t', 'é', '中', '0', '1.', ': ', 'ab', '"', "'",
  '(', ')', '=', '/', '\\', '_', '`', '> ', '# ', 'mail ', 'failed ', 'to ', 'smtp ', 'a-', 'aa.', '<a@b> ', 'from=<> ', '5.7.1 ',
  'ERROR: ', '[ERROR] ', 'connect ', 'не ', '的', '| ', '\\n', '%', '...', '—'];
const HEADS = ['', 'Dec  3 08:01:12 host postfix/smtp[1]: ', '2026-12-03 08:01:12 ERROR ', '550 ', 'Error: ', '{"msg":"', '> '];
const TAILS = ['', 'x', '!', ':', 'failed to send', ' 550', '"}', ' (in reply to RCPT TO command)', ' user unknown', ': Connection refused'];

describe('no expression backtracks without bound', () => {
  test('long runs of one piece between a log\'s heads and near-matching tails: the whole file read within the deadline', async () => {
    const lines: string[] = [];
    for (const head of HEADS) for (const filler of FILLERS) for (const n of [40, 300]) for (const tail of TAILS) lines.push(head + filler.repeat(n) + tail);
    const file = path.join(tempDir(), 'runs.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    // Read linearly, the 6,720 lines take about a second; 2^40 steps on one of them would take hours.
    const r = await runAddr(['diagnose', file, '--json', '--inbound'], { home: tempDir(), timeoutMs: 60_000 });
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect((JSON.parse(r.stdout) as { summary: { lines: number } }).summary.lines).toBe(lines.length);
  }, 90_000);
});
