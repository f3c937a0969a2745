#!/usr/bin/env node
// The installed entry point: runs the CLI bundle dist/addr.cjs (built by `npm install`, the prepare script).
// Start-up time matters (scripts call addr in loops): on Node 22+ Node's own compile cache is switched on;
// on Node 20 the bundle is compiled with the V8 code cache that the build wrote beside it
// (dist/addr.cjs.cache, see scripts/code-cache.cjs). Without a usable cache it is simply compiled.
'use strict';
const path = require('node:path');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'addr.cjs');

if (typeof Module.enableCompileCache === 'function') {
  Module.enableCompileCache();
  require(bundle);
} else {
  const { loadWithCodeCache } = require('./load-bundle.cjs');
  loadWithCodeCache(bundle);
}
