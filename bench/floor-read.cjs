#!/usr/bin/env node
// The floor of `addr diagnose` on this machine: the least work any Node program does that reads a log: start
// Node, read the file in 1 MiB chunks and count one literal ("status=") with Buffer#indexOf. No line split, no
// decoding, no parsing. bench/diagnose.mjs times it beside grep and addr.
// Usage: node bench/floor-read.cjs FILE
'use strict';
const { openSync, readSync } = require('node:fs');
const fd = openSync(process.argv[2], 'r');
const buf = Buffer.allocUnsafe(1 << 20);
let n;
let count = 0;
while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {
  const view = n === buf.length ? buf : buf.subarray(0, n);
  for (let i = view.indexOf('status='); i >= 0; i = view.indexOf('status=', i + 7)) count++;
}
process.stdout.write(`${count}\n`);
