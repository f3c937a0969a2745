// The exact path a line takes in `addr diagnose` (LogScanner, then the classifier), for the tests that judge lines one at a time.
import { classifyDetailed } from '../src/core/classify.js';
import { LogScanner, type LogRecord } from '../src/core/logparse/index.js';

/**
 * Category and direction the product gives one line ('-' when it reports no failure). A non-failure line is a false
 * alarm when it shows in the default report, which has our outbound failures only (--inbound shows the rest).
 */
export function judge(line: string): { category: string; direction: string } {
  const out: LogRecord[] = [];
  const scanner = new LogScanner((r) => out.push(r));
  scanner.push(line);
  scanner.end();
  const r = out.find((x) => x.status !== 'delivered');
  if (!r) return { category: '-', direction: '-' };
  return { category: classifyDetailed({ ...r.signal, sender: r.sender }).diagnosis.category, direction: r.direction ?? 'outbound' };
}
