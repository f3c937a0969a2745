/**
 * The live test as add, edit and test run it: Ctrl-C while it runs cancels the command (exit 130, nothing is
 * written after it), and the diagnosis is fitted to the address (the certificate advice knows its --ca).
 */
import type { App } from '../app.js';
import { fitDiagnosis } from '../core/outcome.js';
import { liveTest, type LiveTestRequest, type LiveTestResult } from './live-test.js';

export async function runLiveTest(app: App, req: LiveTestRequest): Promise<LiveTestResult> {
  const result = await app.untilInterrupted(liveTest(app, req));
  const d = result.report.diagnosis;
  if (d) result.report.diagnosis = fitDiagnosis(d, result.report.target);
  return result;
}
