#!/usr/bin/env node
// Bench for `addr diagnose` on realistic mail logs. Writes two ~200 MB logs to a temp dir, a quiet day (1 % of the
// lines are failures) and an incident day (9.5 %), then times the built binary, `node bin/addr.cjs diagnose FILE`,
// against `grep -cE 'status=(bounced|deferred|expired)|said: [45][0-9][0-9]|[*][*] '` on the same file, in one
// run, interleaved, RUNS times each (medians), and the floor of any Node reader (bench/floor-read.cjs). Reports wall
// time and peak RSS (from /usr/bin/time -v when present).
// Cleans up and stops by itself. Run `npm run build` first.
//
// What makes the logs realistic (and a cache keyed on whole replies useless): every message has its own queue id,
// client IP, message id, sender and recipient; each failure quotes its own recipient, our sending IP, the remote
// host's IP and the provider's session or tracking id; 36 failure templates from two dozen providers and MTAs;
// deferred messages are retried (qmgr activates them again) until delivered or expired; Exim main-log lines
// (arrivals, deliveries, ** and == lines) make up a tenth of the file; inbound rejects, SASL guessing and
// postscreen chatter are mixed in. A seeded generator: the same file on every run.
// Usage: node bench/diagnose.mjs [sizeMB=200] [runs=5] [shares=1,9.5]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

// Or: node bench/diagnose.mjs --write FILE [share=1] [sizeMB=200] to keep one log for profiling.
const root = path.resolve(import.meta.dirname, '..');
const writeOnly = process.argv[2] === '--write';
const args = writeOnly ? process.argv.slice(5) : process.argv.slice(2);
const sizeMB = Number((writeOnly ? process.argv[5] : args[0]) ?? 200);
const RUNS = Number(args[1] ?? 5);
const SHARES = (args[2] ?? '1,9.5').split(',').map(Number);
const GREP = 'status=(bounced|deferred|expired)|said: [45][0-9][0-9]|[*][*] ';
let dir;

// ---- a seeded generator ----------------------------------------------------------------------------------------
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeLog(share, seed = 42) {
  const rand = rng(seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (a) => a[int(a.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789ABCDEF'[int(16)]).join('');
  const alnum = (n) => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[int(62)]).join('');
  const ip = () => `${pick([5, 31, 37, 46, 62, 77, 81, 85, 91, 93, 95, 109, 176, 185, 188, 193, 194, 195, 212, 213, 217])}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const names = ['anna', 'ivan', 'max', 'olga', 'john', 'mary', 'li.wei', 'pierre', 'hans', 'maria', 'joao', 'sven', 'kate', 'alex', 'dmitry', 'sara'];
  const local = () => `${pick(names)}${int(3) ? int(10000) : ''}${pick(['', '.', '_'])}${pick(['', 'k', 'p', 'x', 'smith', 'ivanov'])}`;
  const OURS = ['203.0.113.10', '203.0.113.11', '203.0.113.12'];
  const senders = Array.from({ length: 300 }, (_, i) => `${pick(['noreply', 'info', 'billing', 'support', 'news', 'alerts'])}${i}@${pick(['shop.example', 'mail.shop.example', 'crm.example.net', 'app.example.org'])}`);

  const providers = {
    gmail: { mx: 'gmail-smtp-in.l.google.com', domains: ['gmail.com', 'googlemail.com'] },
    outlook: { mx: 'hotmail-com.olc.protection.outlook.com', domains: ['hotmail.com', 'outlook.com', 'live.com'] },
    m365: { mx: 'contoso-com.mail.protection.outlook.com', domains: ['contoso.com', 'fabrikam.example'] },
    yahoo: { mx: 'mta7.am0.yahoodns.net', domains: ['yahoo.com', 'aol.com'] },
    mailru: { mx: 'mxs.mail.ru', domains: ['mail.ru', 'bk.ru', 'inbox.ru'] },
    yandex: { mx: 'mx.yandex.ru', domains: ['yandex.ru', 'ya.ru'] },
    gmx: { mx: 'mx00.emig.gmx.net', domains: ['gmx.de', 'web.de'] },
    orange: { mx: 'smtp-in.orange.fr', domains: ['orange.fr', 'wanadoo.fr'] },
    comcast: { mx: 'mx1.comcast.net', domains: ['comcast.net'] },
    generic: { mx: 'mx.example-isp.net', domains: ['example-isp.net', 'corp.example', 'firma.example.de', 'empresa.example.es'] },
    mimecast: { mx: 'eu-smtp-inbound-1.mimecast.com', domains: ['bigcorp.example'] },
    proofpoint: { mx: 'mx0a-00123401.pphosted.com', domains: ['bank.example'] },
  };
  const session = () => `${alnum(2)}${int(10)}-${int(10)}${hex(16).toLowerCase()}.${int(1000)}`;
  const outlookHost = () => `${pick(['AM', 'DB', 'VI', 'HE', 'CO'])}${int(10)}PEPF0000${hex(5)}.${pick(['eurprd', 'namprd'])}0${int(9)}.prod.outlook.com`;

  // [provider, dsn, deferred?, reply(rcpt, ourIp, mxIp), command]. Postfix words the rest.
  const replies = [
    ['gmail', '5.1.1', false, (r) => `550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser ${session()} - gsmtp`, 'RCPT TO'],
    ['gmail', '5.7.26', false, () => `550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [shop.example] did not pass with ip: [${pick(OURS)}]. 550 5.7.26  https://support.google.com/mail/answer/81126#authentication ${session()} - gsmtp`, 'end of DATA'],
    ['gmail', '4.7.28', true, (r, our) => `421-4.7.28 [${our}      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. 421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError ${session()} - gsmtp`, 'end of DATA'],
    ['gmail', '4.2.2', true, () => `452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp ${session()} - gsmtp`, 'RCPT TO'],
    ['gmail', '5.7.1', false, () => `550-5.7.1 [${pick(OURS)}] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. 550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError ${session()} - gsmtp`, 'end of DATA'],
    ['gmail', '5.7.25', false, (r, our) => `550-5.7.25 [${our}] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. 550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices ${session()} - gsmtp`, 'end of DATA'],
    ['outlook', '5.5.0', false, () => `550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [${outlookHost()} 2024-01-10T12:00:0${int(10)}.${int(1000)}Z 08DC${hex(12)}]`, 'RCPT TO'],
    ['outlook', '5.7.1', false, (r, our) => `550 5.7.1 Unfortunately, messages from [${our}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [${outlookHost()} 2024-01-10T12:00:00.${int(1000)}Z 08DC${hex(12)}]`, 'MAIL FROM'],
    ['outlook', '4.7.650', true, (r, our) => `451 4.7.650 The mail server [${our}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [${outlookHost()} 2024-01-10T12:00:00.${int(1000)}Z 08DC${hex(12)}]`, 'MAIL FROM'],
    ['m365', '5.4.1', false, (r) => `550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [${outlookHost()}]`, 'RCPT TO'],
    ['m365', '5.7.1', false, (r) => `550 5.7.1 Service unavailable, Client host [${pick(OURS)}] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/${pick(OURS)} AS(1450) [${outlookHost()}]`, 'RCPT TO'],
    ['yahoo', '4.7.0', true, (r, our) => `421 4.7.0 [TSS04] Messages from ${our} temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`, 'MAIL FROM'],
    ['yahoo', '5.0.0', false, (r) => `554 delivery error: dd Sorry your message to ${r} cannot be delivered. This mailbox is disabled (554.30). - mta${int(9999)}.mail.gq1.yahoo.com`, 'end of DATA'],
    ['yahoo', '5.7.9', false, (r) => `550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF ( shop.example with ip: ${pick(OURS)} ) = did not pass For instructions on setting up authentication, go to https://senders.yahooinc.com/smtp-error-codes#unauthenticated-messages`, 'end of DATA'],
    ['mailru', '5.0.0', false, () => `550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=${alnum(40)} or report details to abuse@corp.mail.ru. Error code: ${hex(32)}. ID: ${hex(16)}.`, 'end of DATA'],
    ['mailru', '5.0.0', false, (r) => `550 Message was not accepted -- invalid mailbox.  Local mailbox ${r} is unavailable: user not found`, 'end of DATA'],
    ['yandex', '5.7.1', false, () => `554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc ${int(1e10)}-${alnum(8)}`, 'end of DATA'],
    ['yandex', '5.7.1', false, () => '550 5.7.1 No such user!', 'RCPT TO'],
    ['yandex', '4.7.1', true, () => `451 4.7.1 Sorry, the service is currently unavailable. Please come back later. ${int(1e10)}-${alnum(8)}`, 'MAIL FROM'],
    ['gmx', '5.0.0', false, (r, our) => `554-mx.gmx.net (mxgmx${int(200)}) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0701&i=ip&v=${our}&r=${alnum(10)}`, 'CONNECT'],
    ['orange', '5.7.1', false, () => `550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. OFR004_104 [${int(1000)}]`, 'MAIL FROM'],
    ['comcast', '5.7.1', false, (r, our) => `554 resimta-po-${int(99)}v.sys.comcast.net resimta-po-${int(99)}v.sys.comcast.net ${our} Comcast block for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000001`, 'CONNECT'],
    ['generic', '5.1.1', false, (r) => `550 5.1.1 <${r}>: Recipient address rejected: User unknown in virtual mailbox table`, 'RCPT TO'],
    ['generic', '4.2.0', true, (r) => `450 4.2.0 <${r}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/${r.split('@')[1]}.html`, 'RCPT TO'],
    ['generic', '5.2.2', false, (r) => `552 5.2.2 <${r}>: Recipient address rejected: Mailbox quota exceeded (${int(2000)}M/${int(2000)}M)`, 'RCPT TO'],
    ['generic', '5.3.4', false, () => '552 5.3.4 Message size exceeds fixed limit', 'end of DATA'],
    ['generic', '5.7.1', false, () => 'Unauthenticated email from shop.example is not accepted due to domain\'s DMARC policy. Please contact the administrator of shop.example domain if this was a legitimate mail.', 'end of DATA', '550 5.7.1 '],
    ['generic', '5.7.1', false, (r, our) => `550 5.7.1 Sender IP ${our} is not designated by SPF for domain shop.example (SPF fail)`, 'MAIL FROM'],
    ['generic', '5.7.1', false, (r, our) => `554 5.7.1 Service unavailable; Client host [${our}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/${our}`, 'RCPT TO'],
    ['generic', '5.7.1', false, (r) => `554 5.7.1 <${r}>: Relay access denied`, 'RCPT TO'],
    ['mimecast', '5.0.0', false, () => `550 Rejected by header based Anti-Spoofing policy: ${pick(senders)} - https://community.mimecast.com/docs/DOC-1369#550 [${alnum(22)}.uk${int(300)}]`, 'end of DATA'],
    ['proofpoint', '5.0.0', false, (r, our) => `554 Blocked - see https://ipcheck.proofpoint.com/?ip=${our}`, 'CONNECT'],
  ];
  // Failures without a reply.
  const noReply = [
    ['4.4.1', true, (mx, mxIp) => `connect to ${mx}[${mxIp}]:25: Connection timed out`],
    ['4.4.1', true, (mx, mxIp) => `connect to ${mx}[${mxIp}]:25: Connection refused`],
    ['4.4.2', true, (mx, mxIp) => `lost connection with ${mx}[${mxIp}] while receiving the initial server greeting`],
    ['5.4.4', false, (mx, mxIp, domain) => `Host or domain name not found. Name service error for name=${domain} type=MX: Host not found`],
    ['4.7.5', true, (mx, mxIp) => `Cannot start TLS: handshake failure`],
  ];
  const oks = [
    (q) => `250 2.0.0 OK  ${1700000000 + int(1e7)} ${session()} - gsmtp`,
    () => `250 2.6.0 <${hex(12)}@shop.example> [InternalId=${int(1e13)}, Hostname=${outlookHost()}] ${int(20000)} bytes in 0.${int(999)}, ${int(99)}.${int(999)} KB/sec Queued mail for delivery`,
    (q) => `250 2.0.0 Ok: queued as ${hex(10)}`,
    () => `250 ok dirdel`,
    () => `250 OK id=1r${alnum(4)}-000${alnum(3)}-${alnum(2)}`,
    () => `250 2.0.0 Ok: queued on ${pick(['mx1', 'mx2', 'mxfront7'])}.mail.ru as ${int(1e10)}-${alnum(8)}`,
  ];

  let seconds = 36000;
  const ts = () => {
    seconds += rand() < 0.3 ? 1 : 0;
    const s = seconds % 86400;
    return `Jan 10 ${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const isoTs = () => {
    const s = seconds % 86400;
    return `2024-01-10 ${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  };
  const pid = () => 1000 + int(60000);
  const qidOf = () => (rand() < 0.5 ? hex(10) : `4T${alnum(10)}`);

  let lines = 0;
  let failures = 0;
  const out = [];
  const push = (line, failure = false) => { out.push(line); lines += 1; if (failure) failures += 1; };
  const wantFailure = () => failures < share * (lines + 1) / 100 - rand() * 2;
  const retries = []; // { due, qid, sender, rcpt, template, tries }

  function delivery(qid, sender, rcpt, retry) {
    const domain = rcpt.split('@')[1];
    const prov = Object.values(providers).find((p) => p.domains.includes(domain)) ?? providers.generic;
    const mxIp = ip();
    const our = pick(OURS);
    const head = `${ts()} mail postfix/smtp[${pid()}]: ${qid}: to=<${rcpt}>, relay=${prov.mx}[${mxIp}]:25, delay=${(rand() * 5).toFixed(1)}, delays=0.${int(9)}/0/0.${int(9)}/${(rand() * 3).toFixed(1)}`;
    const fail = retry ? (retry.tries < 3 && rand() < 0.5) || wantFailure() : wantFailure();
    if (!fail) {
      push(`${head}, dsn=2.0.0, status=sent (${pick(oks)(qid)})`);
      return;
    }
    // A failure: a reply from the recipient's provider (templates of that provider first), or none.
    let template = retry?.template;
    if (!template) {
      const own = replies.filter((t) => providers[t[0]] === prov);
      template = rand() < 0.12 ? ['none', ...pick(noReply)] : rand() < 0.7 && own.length ? own[int(own.length)] : pick(replies);
    }
    if (template[0] === 'none') {
      const [, dsn, deferred, text] = template;
      const expire = retry && retry.tries >= 4;
      push(`${head.replace(/relay=[^,]+/, 'relay=none')}, dsn=${dsn}, status=${expire ? 'expired' : deferred ? 'deferred' : 'bounced'} (${text(prov.mx, mxIp, domain)})`, true);
      if (deferred && !expire) retries.push({ due: lines + 2000 + int(20000), qid, sender, rcpt, template, tries: (retry?.tries ?? 0) + 1 });
      return;
    }
    const [, dsn, deferred, text, command, prefix = ''] = template;
    push(`${head}, dsn=${dsn}, status=${deferred ? 'deferred' : 'bounced'} (host ${prov.mx}[${mxIp}] said: ${prefix}${text(rcpt, our, mxIp)} (in reply to ${command} command))`, true);
    if (deferred) retries.push({ due: lines + 2000 + int(20000), qid, sender, rcpt, template, tries: (retry?.tries ?? 0) + 1 });
  }

  function message() {
    const qid = qidOf();
    const client = `10.1.${int(4)}.${1 + int(200)}`;
    const sender = pick(senders);
    const prov = pick(Object.values(providers));
    const rcpt = `${local()}@${pick(prov.domains)}`;
    const p = pid();
    push(`${ts()} mail postfix/smtpd[${p}]: connect from app${int(40)}.internal[${client}]`);
    push(`${ts()} mail postfix/smtpd[${p}]: ${qid}: client=app${int(40)}.internal[${client}], sasl_method=PLAIN, sasl_username=${sender}`);
    push(`${ts()} mail postfix/cleanup[${pid()}]: ${qid}: message-id=<${hex(8).toLowerCase()}.${int(1e6)}@shop.example>`);
    push(`${ts()} mail postfix/qmgr[811]: ${qid}: from=<${sender}>, size=${1000 + int(90000)}, nrcpt=1 (queue active)`);
    push(`${ts()} mail postfix/smtpd[${p}]: disconnect from app${int(40)}.internal[${client}] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6`);
    delivery(qid, sender, rcpt);
    push(`${ts()} mail postfix/qmgr[811]: ${qid}: removed`);
  }

  function retry(r) {
    push(`${ts()} mail postfix/qmgr[811]: ${r.qid}: from=<${r.sender}>, size=${1000 + int(90000)}, nrcpt=1 (queue active)`);
    delivery(r.qid, r.sender, r.rcpt, r);
  }

  function exim() {
    const id = `1r${alnum(4)}-000${alnum(3)}-${alnum(2)}`;
    const sender = pick(senders);
    const prov = pick(Object.values(providers));
    const rcpt = `${local()}@${pick(prov.domains)}`;
    const mxIp = ip();
    push(`${isoTs()} ${id} <= ${sender} H=app${int(40)}.internal [10.2.0.${1 + int(200)}] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=plain:${sender} S=${1000 + int(90000)} id=${hex(16).toLowerCase()}@shop.example`);
    if (wantFailure()) {
      const own = replies.filter((t) => providers[t[0]] === prov);
      const [, , deferred, text, command] = own.length ? own[int(own.length)] : pick(replies);
      const cmd = command === 'end of DATA' ? 'end of data' : command === 'CONNECT' ? 'initial connection' : `${command}:<${rcpt}>`;
      push(`${isoTs()} ${id} ${deferred ? '==' : '**'} ${rcpt} R=dnslookup T=remote_smtp${deferred ? ' defer (-44)' : ''} H=${prov.mx} [${mxIp}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after ${cmd}: ${text(rcpt, pick(OURS), mxIp)}`, true);
      if (!deferred) push(`${isoTs()} ${id} <= <> R=${id} U=Debian-exim P=local S=${2000 + int(3000)}`);
    } else {
      push(`${isoTs()} ${id} => ${rcpt} R=dnslookup T=remote_smtp H=${prov.mx} [${mxIp}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="${pick(oks)(id)}"`);
    }
    push(`${isoTs()} ${id} Completed`);
  }

  function noise() {
    const stranger = ip();
    const p = pid();
    switch (int(4)) {
      case 0: push(`${ts()} mail postfix/smtpd[${p}]: NOQUEUE: reject: RCPT from unknown[${stranger}]: 554 5.7.1 <${local()}@${pick(['gmail.com', 'example.biz'])}>: Relay access denied; from=<${local()}@spam.example> to=<${local()}@gmail.com> proto=ESMTP helo=<User>`); break;
      case 1: push(`${ts()} mail postfix/smtpd[${p}]: warning: unknown[${stranger}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6`); break;
      case 2: push(`${ts()} mail postfix/postscreen[${p}]: CONNECT from [${stranger}]:${1024 + int(60000)} to [203.0.113.10]:25`); break;
      default: push(`${ts()} mail postfix/anvil[${p}]: statistics: max connection rate 1/60s for (smtp:${stranger}) at ${ts().slice(7)}`);
    }
  }

  return {
    /** About `bytes` of log text, in pieces. */
    *chunks(bytes) {
      let written = 0;
      while (written < bytes) {
        const r = rand();
        if (retries.length && retries[0].due <= lines) retry(retries.shift());
        else if (r < 0.1) exim();
        else if (r < 0.115) noise();
        else message();
        if (out.length >= 4096) {
          const text = `${out.join('\n')}\n`;
          out.length = 0;
          written += Buffer.byteLength(text);
          yield text;
        }
      }
      if (out.length) yield `${out.join('\n')}\n`;
    },
    stats: () => ({ lines, failures }),
  };
}

async function generate(file, share) {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  const log = makeLog(share);
  for (const text of log.chunks(sizeMB * 1024 * 1024)) {
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return log.stats();
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

const median = (runs, key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];

async function bench(share) {
  const file = path.join(dir, `mail-${share}.log`);
  console.log(`\n== ${share} % of the lines are failures: generating ${sizeMB} MB …`);
  const stats = await generate(file, share);
  console.log(`log: ${(statSync(file).size / 1048576).toFixed(1)} MiB, ${stats.lines.toLocaleString('en')} lines, ${stats.failures.toLocaleString('en')} failure lines (${(100 * stats.failures / stats.lines).toFixed(2)} %)`);
  const grepRuns = [];
  const addrRuns = [];
  const floorRuns = [];
  // NODE_EXTRA_CA_CERTS makes Node 20 parse its CA store and that file at every start, before any of our code
  // runs (nodejs/node#40524; later Node versions load them lazily). When it is set, addr is also timed without
  // it, and `node -e 0` both ways, so that this fixed cost shows separately.
  const extraCa = process.env.NODE_EXTRA_CA_CERTS;
  const cleanEnv = { ...process.env };
  delete cleanEnv.NODE_EXTRA_CA_CERTS;
  const cleanRuns = [];
  const nodeRuns = { with: [], without: [] };
  const addr = [process.execPath, [path.join(root, 'bin', 'addr.cjs'), 'diagnose', file]];
  for (let i = 0; i < RUNS; i++) {
    grepRuns.push(timed('grep', ['-cE', GREP, file]));
    addrRuns.push(timed(...addr));
    floorRuns.push(timed(process.execPath, [path.join(root, 'bench', 'floor-read.cjs'), file]));
    if (extraCa) {
      cleanRuns.push(timed(...addr, cleanEnv));
      nodeRuns.with.push(timed(process.execPath, ['-e', '0']));
      nodeRuns.without.push(timed(process.execPath, ['-e', '0'], cleanEnv));
    }
  }
  const grep = { ms: median(grepRuns, 'ms'), rssMiB: hasTime ? median(grepRuns, 'rssMiB') : null, stdout: grepRuns[0].stdout };
  const a = { ms: median(addrRuns, 'ms'), rssMiB: hasTime ? Math.max(...addrRuns.map((r) => r.rssMiB)) : null, status: addrRuns[0].status, stdout: addrRuns[0].stdout, stderr: addrRuns[0].stderr };
  const summary = a.stdout.trim().split('\n').find((l) => /^(?:[\d,]+ failures? in|No failures)/.test(l)) ?? '';
  const verdict = (ratio) => (ratio <= 2 ? 'met' : 'NOT met');
  console.log(`grep -cE:      median ${grep.ms.toFixed(0)} ms of ${RUNS}, peak RSS ${grep.rssMiB?.toFixed(1) ?? '?'} MiB, count ${grep.stdout.trim()}`);
  console.log(`addr diagnose: median ${a.ms.toFixed(0)} ms of ${RUNS} (min ${Math.min(...addrRuns.map((r) => r.ms)).toFixed(0)}), peak RSS ${a.rssMiB?.toFixed(1) ?? '?'} MiB, exit ${a.status}`);
  console.log(`               ${summary}`);
  const floor = median(floorRuns, 'ms');
  console.log(`floor (Node reads the file and counts "status=", bench/floor-read.cjs): median ${floor.toFixed(0)} ms → ${(floor / grep.ms).toFixed(2)}× grep`);
  console.log(`ratio: ${(a.ms / grep.ms).toFixed(2)}× grep (target ≤ 2×: ${verdict(a.ms / grep.ms)}); peak RSS < 150 MiB: ${a.rssMiB === null ? '?' : a.rssMiB < 150 ? 'met' : 'NOT met'}`);
  if (extraCa) {
    const clean = median(cleanRuns, 'ms');
    console.log(`NODE_EXTRA_CA_CERTS is set here (${extraCa}): \`node -e 0\` takes ${median(nodeRuns.with, 'ms').toFixed(0)} ms with it, ${median(nodeRuns.without, 'ms').toFixed(0)} ms without.`);
    console.log(`addr diagnose with it unset: median ${clean.toFixed(0)} ms → ${(clean / grep.ms).toFixed(2)}× grep (target ≤ 2×: ${verdict(clean / grep.ms)})`);
  }
  if (a.status !== 0 && a.status !== 1) console.log(a.stderr.slice(-2000));
  rmSync(file, { force: true });
}

if (writeOnly) {
  const stats = await generate(process.argv[3], Number(process.argv[4] ?? 1));
  console.log(`${process.argv[3]}: ${stats.lines} lines, ${stats.failures} failure lines`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  dir = mkdtempSync(path.join(tmpdir(), 'addr-bench-diagnose-'));
  try {
    for (const share of SHARES) await bench(share);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
