// Gives the whole test run its own temp folder (TMPDIR, inherited by the test workers and, through
// childEnv, by every addr they spawn), so that test/global-teardown.cjs can tell what the run left behind
// even while other runs share the machine's temp folder.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'addr-jest-run-'));
  process.env.ADDR_JEST_TMP = root;
  process.env.TMPDIR = root;
};
