#!/usr/bin/env node
// Bench for `addr diagnose`: writes a ~200 MB Postfix-style log (about 1 % failures) to a temp dir, then times
// the built binary, `node bin/addr.cjs diagnose FILE`, against `grep -cE` for status codes on the same file, in
// one run, interleaved, RUNS times each (medians). Reports wall time and peak RSS (from /usr/bin/time -v when
// present). Cleans up and stops by itself. Run `npm run build` first.
// Usage: node bench/diagnose.mjs [sizeMB=200] [runs=5]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

const root = path.resolve(import.meta.dirname, '..');
const sizeMB = Number(process.argv[2] ?? 200);
const RUNS = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(path.join(tmpdir(), 'addr-bench-diagnose-'));
const file = path.join(dir, 'mail.log');

const FAILURES = [
  'dsn=5.1.1, status=bounced (host mx.example.org[203.0.113.7] said: 550 5.1.1 <u@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
  'dsn=4.4.1, status=deferred (connect to mx.slow.example[198.51.100.9]:25: Connection timed out)',
  'dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[142.250.1.27] said: 550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. 550 5.7.26 The sender must authenticate with at least one of SPF or DKIM. - gsmtp (in reply to end of DATA command))',
  'dsn=4.2.2, status=deferred (host mx.example.net[203.0.113.8] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
  'dsn=5.0.0, status=bounced (host mxs.mail.ru[94.100.180.31] said: 550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbC (in reply to end of DATA command))',
];

async function generate() {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const target = sizeMB * 1024 * 1024;
  let written = 0;
  let n = 0;
  let batch = '';
  while (written < target) {
    n += 1;
    const qid = (0x10000000 + n).toString(16).toUpperCase();
    const ts = `Jan 10 ${String(Math.floor(n / 3600) % 24).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
    let line;
    switch (n % 4) {
      case 0: line = `${ts} mail postfix/smtpd[${n % 30000}]: connect from app${n % 50}.local[10.0.${n % 250}.${n % 200}]`; break;
      case 1: line = `${ts} mail postfix/qmgr[811]: ${qid}: from=<sender${n % 40}@shop.example>, size=${1000 + (n % 9000)}, nrcpt=1 (queue active)`; break;
      case 2: line = `${ts} mail postfix/cleanup[${n % 30000}]: ${qid}: message-id=<${n}.${qid}@shop.example>`; break;
      default:
        line = n % 100 === 3
          ? `${ts} mail postfix/smtp[${n % 30000}]: ${qid}: to=<rcpt${n % 997}@dest${n % 13}.example>, relay=mx.dest.example[203.0.113.7]:25, delay=0.5, delays=0.1/0/0.2/0.2, ${FAILURES[Math.floor(n / 100) % FAILURES.length]}`
          : `${ts} mail postfix/smtp[${n % 30000}]: ${qid}: to=<rcpt${n % 997}@dest${n % 13}.example>, relay=mx.dest.example[203.0.113.7]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${qid})`;
    }
    batch += `${line}\n`;
    if (batch.length > 1 << 20) {
      written += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await once(out, 'finish');
}

const hasTime = existsSync('/usr/bin/time');
function timed(cmd, args, env = process.env) {
  const full = hasTime ? ['/usr/bin/time', ['-v', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000, env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1];
  return { ms, rssMiB: rss ? Number(rss) / 1024 : null, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

try {
  console.log(`generating ${sizeMB} MB in ${dir} …`);
  await generate();
  console.log(`log: ${(statSync(file).size / 1048576).toFixed(1)} MiB`);
  const grepRuns = [];
  const addrRuns = [];
  // NODE_EXTRA_CA_CERTS makes Node 20 parse its CA store and that file at every start, before any of our code
  // runs (nodejs/node#40524; later Node versions load them lazily). When it is set, addr is also timed without
  // it, and `node -e 0` both ways, so that this fixed cost shows separately.
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  const cleanEnv = { ...process.env };
  delete cleanEnv.NODE_EXTRA_CA_CERTS;
  const cleanRuns = [];
  const nodeRuns = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    grepRuns.push(timed('grep', ['-cE', 'status=(bounced|deferred)|said: [45][0-9][0-9]', file]));
    addrRuns.push(timed(process.execPath, [path.join(root, 'bin', 'addr.cjs'), 'diagnose', file]));
    if (extraCa) {
      cleanRuns.push(timed(process.execPath, [path.join(root, 'bin', 'addr.cjs'), 'diagnose', file], cleanEnv));
      nodeRuns.with.push(timed(process.execPath, ['-e', '0']));
      nodeRuns.without.push(timed(process.execPath, ['-e', '0'], cleanEnv));
    }
  }
  const median = (runs, key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const grep = { ms: median(grepRuns, 'ms'), rssMiB: hasTime ? median(grepRuns, 'rssMiB') : null, stdout: grepRuns[0].stdout };
  const addr = { ms: median(addrRuns, 'ms'), rssMiB: hasTime ? Math.max(...addrRuns.map((r) => r.rssMiB)) : null, status: addrRuns[0].status, stdout: addrRuns[0].stdout, stderr: addrRuns[0].stderr };
  const summary = addr.stdout.trim().split('\n').pop();
  console.log(`grep -cE:      median ${grep.ms.toFixed(0)} ms of ${RUNS}, peak RSS ${grep.rssMiB?.toFixed(1) ?? '?'} MiB, count ${grep.stdout.trim()}`);
  console.log(`addr diagnose: median ${addr.ms.toFixed(0)} ms of ${RUNS} (min ${Math.min(...addrRuns.map((r) => r.ms)).toFixed(0)}), peak RSS ${addr.rssMiB?.toFixed(1) ?? '?'} MiB, exit ${addr.status}`);
  console.log(`               ${summary}`);
  const verdict = (ratio) => (ratio <= 2 ? 'met' : 'NOT met');
  console.log(`ratio: ${(addr.ms / grep.ms).toFixed(2)}× grep (target ≤ 2×: ${verdict(addr.ms / grep.ms)}); peak RSS < 150 MiB: ${addr.rssMiB === null ? '?' : addr.rssMiB < 150 ? 'met' : 'NOT met'}`);
  if (extraCa) {
    const clean = median(cleanRuns, 'ms');
    console.log(`NODE_EXTRA_CA_CERTS is set here (${extraCa}): \`node -e 0\` takes ${median(nodeRuns.with, 'ms').toFixed(0)} ms with it, ${median(nodeRuns.without, 'ms').toFixed(0)} ms without.`);
    console.log(`addr diagnose with it unset: median ${clean.toFixed(0)} ms → ${(clean / grep.ms).toFixed(2)}× grep (target ≤ 2×: ${verdict(clean / grep.ms)})`);
  }
  if (addr.status !== 0 && addr.status !== 1) console.log(addr.stderr.slice(-2000));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
