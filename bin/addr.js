#!/usr/bin/env node
// The installed entry point: the compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import '../dist/cli.js';
