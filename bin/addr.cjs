#!/usr/bin/env node
// The installed entry point. dist/addr.cjs is built by `npm install` (the prepare script).
require('../dist/addr.cjs');
