/**
 * No regular expression of the log reader or the classifier backtracks without bound: lines made of long runs of one piece
 * (spaces, dashes, brackets, a failure word, an address, Chinese or Cyrillic letters…) behind the heads a log puts before a
 * reply and before the tails that make a rule almost match are read by the built binary within a deadline. An expression with
 * a nested quantifier over such a run takes 2^n steps: 40 spaces before a line's words would take hours (session 22 found one,
 * a failed-send prefix written as `(?:[\s…]+|…)*`, which took 66 ms at 24 spaces and doubled with each one more). The lines go
 * to a child process because a runaway expression cannot be interrupted inside the test's own thread.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import ts from 'typescript';
import { boundRuns, RUN_LIMIT } from '../src/core/logparse/common.js';
import { repoRoot, runAddr, tempDir } from './helpers.js';

/** Every regular expression literal in src/, with where it stands. */
function literals(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const sf = ts.createSourceFile(p, readFileSync(p, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            out.push({ where: `${path.relative(repoRoot, p)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, text: node.getText() });
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
  };
  walk(path.join(repoRoot, 'src'));
  return out;
}

const FILLERS = [' ', '-', '*', '[a] ', 'error ', 'a', '.', '@', '<', '550 ', 'x.', '\t', 'é', '中', '0', '1.', ': ', 'ab', '"', "'",
  '(', ')', '=', '/', '\\', '_', '`', '> ', '# ', 'mail ', 'failed ', 'to ', 'smtp ', 'a-', 'aa.', '<a@b> ', 'from=<> ', '5.7.1 ',
  'ERROR: ', '[ERROR] ', 'connect ', 'не ', '的', '| ', '\\n', '%', '...', '—'];
const HEADS = ['', 'Dec  3 08:01:12 host postfix/smtp[1]: ', '2026-12-03 08:01:12 ERROR ', '550 ', 'Error: ', '{"msg":"', '> '];
const TAILS = ['', 'x', '!', ':', 'failed to send', ' 550', '"}', ' (in reply to RCPT TO command)', ' user unknown', ': Connection refused'];

describe('no expression backtracks without bound', () => {
  test('no regular expression in src/ is exponential for any input (scslre\'s analysis of each literal)', () => {
    const parser = new RegExpParser({ ecmaVersion: 2025 });
    const all = literals();
    expect(all.length).toBeGreaterThan(500);
    const exponential = all.filter(({ text }) => analyse(parser.parseLiteral(text), { maxReports: 1 }).reports.some((r) => r.exponential))
      .map(({ where, text }) => `${where} ${text.slice(0, 80)}`);
    expect(exponential).toEqual([]);
  }, 60_000);

  test('a long line keeps its runs of whitespace or of one character up to RUN_LIMIT, the rest of it as it was', () => {
    expect(boundRuns(`a${' '.repeat(5000)}b`)).toBe(`a${' '.repeat(RUN_LIMIT)}b`);
    expect(boundRuns(`x ${'-'.repeat(70_000)} y`)).toBe(`x ${'-'.repeat(RUN_LIMIT)} y`);
    expect(boundRuns(`\t \t${'\t '.repeat(1200)}z`)).toBe(`${`\t \t${'\t '.repeat(1200)}`.slice(0, RUN_LIMIT)}z`);
    const ordinary = `Dec  3 08:01:12 mx postfix/smtp[1]: 4F2A: to=<a@b.example>, status=bounced (host b.example[192.0.2.1] said: 550 5.1.1 ${'x'.repeat(200)} (in reply to RCPT TO command))`;
    expect(boundRuns(ordinary)).toBe(ordinary);
    expect(boundRuns('ab'.repeat(1000))).toBe('ab'.repeat(1000));
    // A line of ordinary length is left as it is, runs and all.
    expect(boundRuns(`a${' '.repeat(1000)}b`)).toBe(`a${' '.repeat(1000)}b`);
  });

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
