// Fails the run when a test left addr-* folders or files in the temp folder (sandbox keys, homes, databases):
// every fixture must clean up after itself. The run's own temp folder is removed either way.
const fs = require('node:fs');

module.exports = async () => {
  const root = process.env.ADDR_JEST_TMP;
  if (!root) return;
  const left = fs.readdirSync(root).filter((name) => name.startsWith('addr-'));
  fs.rmSync(root, { recursive: true, force: true });
  if (left.length > 0) {
    throw new Error(`The tests left ${left.length} addr-* entr${left.length === 1 ? 'y' : 'ies'} in the temp folder: ${left.sort().join(', ')}`);
  }
};
