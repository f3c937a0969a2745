// The floor for any Node client in bench/test-vs-swaks.mjs: the same ladder as `addr test` (EHLO, STARTTLS with the
// certificate verified, EHLO, AUTH PLAIN, MAIL FROM, RCPT TO, QUIT) in as few lines of plain node:net/node:tls as
// possible: no CLI, no checks, no report. Not part of addr.  Usage: node floor-client.cjs PORT CA USER PASSWORD
'use strict';
const net = require('node:net');
const tls = require('node:tls');
const fs = require('node:fs');
const [port, caFile, user, pass] = process.argv.slice(2);
const ca = fs.readFileSync(caFile, 'utf8');
let socket = net.connect({ host: '127.0.0.1', port: Number(port) });
let buf = '';
let waiting = null;
const onData = (d) => {
  buf += d;
  const m = /(?:^|\n)\d{3} [^\n]*\n$/.exec(buf);
  if (m && waiting) { const r = buf; buf = ''; const w = waiting; waiting = null; w(r); }
};
socket.on('data', onData);
const read = () => new Promise((resolve) => { waiting = resolve; if (/(?:^|\n)\d{3} [^\n]*\n$/.test(buf)) onData(''); });
const cmd = (line) => { socket.write(`${line}\r\n`); return read(); };
(async () => {
  await read();
  await cmd('EHLO floor.test');
  await cmd('STARTTLS');
  socket.off('data', onData);
  socket = await new Promise((resolve, reject) => { const s = tls.connect({ socket, ca, servername: 'localhost' }, () => resolve(s)); s.on('error', reject); });
  socket.on('data', onData);
  await cmd('EHLO floor.test');
  const auth = await cmd(`AUTH PLAIN ${Buffer.from(`\0${user}\0${pass}`).toString('base64')}`);
  if (!auth.startsWith('235')) throw new Error(auth);
  await cmd(`MAIL FROM:<${user}>`);
  await cmd(`RCPT TO:<${user}>`);
  await cmd('QUIT');
  socket.end();
})().catch((err) => { console.error(err.message); process.exitCode = 1; });
