// Writes jest's own aggregated results to .jest-results.json so that .ci/run can print
// "N passed, N failed" from them (CI does not read jest's summary).
const { writeFileSync } = require('node:fs');
const path = require('node:path');

class ResultsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const summary = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numPendingTests: results.numPendingTests,
      numTotalTests: results.numTotalTests,
      numFailedTestSuites: results.numFailedTestSuites,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      success: results.success,
    };
    writeFileSync(path.join(this.rootDir, '.jest-results.json'), JSON.stringify(summary, null, 2));
  }
}
module.exports = ResultsReporter;
