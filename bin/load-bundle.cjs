// Compiles and runs a CommonJS file with V8's code cache from `<file>.cache` (Node 20 has no built-in
// compile cache). A missing, stale or foreign cache only costs the normal compile: V8 checks it and
// rejects what does not match this source and this Node.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

function compile(file, cachedData) {
  const source = fs.readFileSync(file, 'utf8').replace(/^#!.*/, '');
  return new vm.Script(Module.wrap(source), { filename: file, cachedData });
}

function run(script, file) {
  // A bare import() inside a vm.Script has no loader: the bundle asks for this one instead (its packages
  // resolve from here exactly as from dist/, both being inside the package).
  globalThis[Symbol.for('addr.import')] = (specifier) => import(specifier);
  const mod = { exports: {}, id: file, filename: file, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}

function loadWithCodeCache(file) {
  let cachedData;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    return require(file);
  }
  return run(compile(file, cachedData), file);
}

module.exports = { compile, run, loadWithCodeCache };
