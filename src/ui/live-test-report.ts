/**
 * What add, edit and test print after a live test: the failure block on stderr (or the JSON report on
 * stdout with `saved: false`), and after a pass the certificate and the test message sent.
 */
import type { App } from '../app.js';
import type { ProbeReport } from '../core/probe.js';
import { certificateLines, failureBlock, reportJson } from './probe-view.js';

export interface TestOutcome {
  report: ProbeReport;
  exitCode: number;
}

/** The failed-test block (stderr), or the JSON report (stdout) with `saved: false`; `tail` says what was (not) written. */
export function reportFailure(app: App, result: TestOutcome, tail: string, extra: Record<string, unknown> = {}): void {
  if (app.json) {
    app.out(JSON.stringify({ saved: false, ...extra, exitCode: result.exitCode, test: reportJson(result.report, {}, app.debug) }, null, 2));
    return;
  }
  app.err(failureBlock(result.report, app.errStyle));
  app.err(`  ${tail}`);
}

/** After a pass (human output): the server's certificate and the Message-ID of a test message, on stderr. */
export function reportPassDetails(app: App, report: ProbeReport): void {
  if (report.certificate) app.err(certificateLines(report.certificate, app.now(), app.errStyle).join('\n'));
  if (report.sentMessageId) app.err(`  Test message sent to ${report.target.rcpt} (Message-ID ${report.sentMessageId}).`);
}
