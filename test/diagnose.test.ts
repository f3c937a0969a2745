import { describe, expect, test, afterAll } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, PassThrough } from 'node:stream';
import { diagnoseCommand, diagnoseInputs } from '../src/commands/diagnose.js';
import { LogScanner, maskSecrets, POSTFIX_TRIGGERS, type LogRecord } from '../src/core/logparse/index.js';
import { postfixTag } from '../src/core/logparse/postfix.js';
import { scanEngine } from '../src/diagnose/read.js';
import { AddrError, ExitCode } from '../src/errors.js';
import { repoRoot, tempDir } from './helpers.js';
import { classifyDetailed } from '../src/core/classify.js';

const fixture = (name: string): string => path.join(repoRoot, 'test', 'fixtures', 'diagnose', name);
const dir = tempDir('addr-diagnose-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8').on('data', (d: string) => { text += d; });
  return { stream, text: () => text };
}

/** The failure records of some lines (deliveries, which only recover deferrals, left out). */
function scan(lines: string[]): LogRecord[] {
  const out: LogRecord[] = [];
  const s = new LogScanner((r) => { if (r.status !== 'delivered') out.push(r); });
  for (const l of lines) s.push(l);
  s.end();
  return out;
}

/** Failures per category (a category can have several findings: one per cause). */
const counts = async (file: string, opts: { inbound?: boolean } = {}): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  for (const f of (await diagnoseInputs([file], opts)).findings) if (f.count) out[f.category] = (out[f.category] ?? 0) + f.count;
  return out;
};

describe('diagnose: fixture corpus, one expected category set per input form', () => {
  test.each([
    ['postfix.log', { auth_failed: 2, connection_timeout: 2, blacklisted: 1, recipient_unknown: 1, sender_not_owned: 1, spam_rejected: 1, spf_failed: 1, tls_handshake_failed: 1 }],
    ['exim_mainlog', { auth_failed: 1, connection_timeout: 1, mailbox_full: 1, recipient_unknown: 1 }],
    ['sendmail.log', { connection_refused: 1, message_too_big: 1 }],
    ['nodemailer.log', { auth_failed: 1, connection_refused: 1, dns_not_found: 1, greeting_timeout: 1, sender_not_owned: 1, wrong_security_mode: 1 }],
    ['msmtp.log', { auth_failed: 1, connection_timeout: 1, sender_not_owned: 2 }],
    ['swaks.txt', { auth_failed: 1 }],
    ['transcript.txt', { dmarc_failed: 1 }],
    ['replies-ru.txt', { app_password_required: 1, spam_rejected: 2, mailbox_full: 1 }],
    ['bounce.eml', { recipient_unknown: 1, mailbox_full: 1 }],
  ])('%s', async (name, expected) => {
    expect(await counts(fixture(name))).toEqual(expected);
  });
});

describe('diagnose: parsers', () => {
  test('postfix: sent lines are skipped, the queue sender is attached, the stage is read', () => {
    const r = scan([
      'Jan 10 12:00:01 mail postfix/qmgr[1]: ABCDE12345: from=<a@shop.example>, size=1, nrcpt=1 (queue active)',
      'Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<b@x.example>, relay=mx[1.2.3.4]:25, dsn=2.0.0, status=sent (250 ok)',
      'Jan 10 12:00:03 mail postfix/smtp[2]: ABCDE12345: to=<c@y.example>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))',
    ]);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ source: 'postfix', sender: 'a@shop.example', recipient: 'c@y.example', time: 'Jan 10 12:00:03', status: 'failed' });
    expect(r[0]!.signal.stage).toBe('rcpt');
  });
  test('multi-line raw replies are joined into one record', () => {
    const r = scan(['550-5.7.1 first part', '550-5.7.1 second part', '550 5.7.1 spf check failed']);
    expect(r).toHaveLength(1);
    expect(r[0]!.signal.text).toBe('550 5.7.1 first part second part spf check failed');
  });
  test('a reply still open at the end of input is flushed', () => {
    expect(scan(['451-4.7.1 try again'])).toHaveLength(1);
  });
  test('stack traces and inspected fields of a printed error are not counted again', () => {
    expect(scan(['Error: Invalid login: 535 5.7.8 bad', "  response: '535 5.7.8 bad',", '    at SMTPConnection._formatError (x.js:1:1)'])).toHaveLength(1);
  });
  test('a client\'s transcript: the failure the server replied is counted once, not again in the client\'s own summary lines', () => {
    const php = [
      '2024-01-15 09:12:01\tSERVER -> CLIENT: 220 smtp.gmail.com ESMTP d9443c01a7336-1d5e2a3b4c5sm1234567pla.12 - gsmtp',
      '2024-01-15 09:12:02\tCLIENT -> SERVER: AUTH LOGIN',
      '2024-01-15 09:12:02\tSERVER -> CLIENT: 334 UGFzc3dvcmQ6',
      '2024-01-15 09:12:02\tSERVER -> CLIENT: 535-5.7.8 Username and Password not accepted. For more information, go to535 5.7.8  https://support.google.com/mail/?p=BadCredentials d9443c01a7336-1d5e2a3b4c5sm1234567pla.12 - gsmtp',
      '2024-01-15 09:12:02\tSMTP ERROR: Password command failed: 535-5.7.8 Username and Password not accepted. For more information, go to535 5.7.8  https://support.google.com/mail/?p=BadCredentials d9443c01a7336-1d5e2a3b4c5sm1234567pla.12 - gsmtp',
      '2024-01-15 09:12:02\tSMTP Error: Could not authenticate.',
      '2024-01-15 09:12:02\tCLIENT -> SERVER: QUIT',
      '2024-01-15 09:12:02\tSERVER -> CLIENT: 221 2.0.0 closing connection d9443c01a7336-1d5e2a3b4c5sm1234567pla.12 - gsmtp',
      '2024-01-15 09:12:02\tSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting',
    ];
    const r = scan(php);
    expect(r.map((x) => x.line)).toEqual([php[3]]);
    expect(classifyDetailed(r[0]!.signal).diagnosis).toMatchObject({ category: 'auth_failed', provider: 'gmail' });
    // smtplib's debug output, then its traceback: one failure.
    expect(scan([
      "reply: b'550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table'",
      "reply: retcode (550); Msg: b'5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table'",
      "smtplib.SMTPRecipientsRefused: {'nobody@example.org': (550, b'5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table')}",
    ])).toHaveLength(1);
    // Another reply in the same session is a failure of its own; so is the next session's, after its greeting.
    const again = scan([
      ...php.slice(0, 4),
      '2024-01-15 09:12:03\tSERVER -> CLIENT: 550 5.7.1 Relaying denied',
      '2024-01-15 09:13:00\tSERVER -> CLIENT: 220 smtp.gmail.com ESMTP - gsmtp',
      '2024-01-15 09:13:01\tSMTP Error: Could not authenticate.',
    ]);
    expect(again.map((x) => x.signal.text)).toEqual([
      expect.stringContaining('535-5.7.8'), expect.stringContaining('550 5.7.1 Relaying denied'), expect.stringContaining('Could not authenticate'),
    ]);
    // Bare replies that follow each other are no transcript: each is counted.
    expect(scan(['550 5.1.1 no such user here', 'Error: could not send mail: Connection timed out'])).toHaveLength(2);
  });
  test('an error message that ends inside a multi-line reply takes the reply\'s next lines (console.error of a nodemailer error)', () => {
    const gmail = [
      '2024-11-02T10:11:12.345Z error: Mail send failed Error: Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to',
      '535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-aa5b3c2f1e0sm123456466b.12 - gsmtp',
      '    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)',
      '    at SMTPConnection._actionAUTHComplete (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1577:34) {',
      "  code: 'EAUTH',",
      "  response: '535-5.7.8 Username and Password not accepted. For more information, go to\\n' +",
      "    '535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a-aa5b3c2f1e0sm123456466b.12 - gsmtp',",
      '  responseCode: 535,',
      "  command: 'AUTH PLAIN'",
      '}',
    ];
    const r = scan(gmail);
    expect(r).toHaveLength(1);
    expect(r[0]!.line).toBe(gmail[0]);
    expect(r[0]!.signal.text).toMatch(/go to 5\.7\.8 {1,2}https:\/\/support\.google\.com\/mail\/\?p=BadCredentials .* - gsmtp$/);
    expect(classifyDetailed(r[0]!.signal).diagnosis.provider).toBe('gmail');
    // Without the rest of the reply, or with another line after it, the error is still one record, in its place.
    expect(scan([gmail[0]!])).toHaveLength(1);
    const two = scan([gmail[0]!, 'Jan 10 12:00:03 app: Error: Message failed: 550 5.1.1 no such user']);
    expect(two.map((x) => x.signal.text.slice(0, 19))).toEqual(['Invalid login: 535-', 'Message failed: 550']);
    // A reply of another code after it is its own record.
    expect(scan([gmail[0]!, '451 4.7.1 try again later'])).toHaveLength(2);
  });
  test('a logged error object without its message (JSON.stringify drops it) is read from errno and syscall', () => {
    const r = scan([
      '{"code":"ESOCKET","errno":-111,"syscall":"connect","address":"203.0.113.5","port":465,"command":"CONN"}',
      '{"err":{"code":"EDNS","errno":-3008,"syscall":"getaddrinfo","hostname":"smtp.example.con","command":"CONN"}}',
    ]);
    expect(r.map((x) => x.signal.text)).toEqual(['connect ECONNREFUSED 203.0.113.5:465', 'getaddrinfo ENOTFOUND smtp.example.con']);
  });
  test('msmtp: a line per mail; EX_OK is a delivery; the reply, the error, the sender and the first recipient are read', () => {
    const r = scan([
      "Dec 02 06:17:02 host=smtp.gmail.com tls=on auth=on user=me@gmail.com from=me@gmail.com recipients=ok@b.example mailsize=211 smtpstatus=250 smtpmsg='250 2.0.0 OK' exitcode=EX_OK",
      "Dec 02 06:18:02 web1 msmtp: host=smtp.yandex.ru tls=on auth=on user=shop@yandex.ru from=Sales@Shop.ru recipients=c@d.example,e@f.example smtpstatus=553 smtpmsg='553 5.7.1 Sender address rejected: not owned by auth user.' errormsg='envelope from address sales@shop.ru not accepted by the server' exitcode=EX_DATAERR",
    ]);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ source: 'msmtp', sender: 'sales@shop.ru', recipient: 'c@d.example', status: 'failed', time: 'Dec 02 06:18:02' });
    expect(r[0]!.signal).toEqual({ text: '553 5.7.1 Sender address rejected: not owned by auth user. (envelope from address sales@shop.ru not accepted by the server)', code: 553, stage: 'mail' });
  });
  test('exim: outgoing TLS errors and connections closed by the remote host', async () => {
    const file = path.join(dir, 'exim-tls.log');
    writeFileSync(file, [
      '2024-01-10 12:00:06 TLS error on connection to mx.example.com [203.0.113.7] (SSL_connect): error:0A000086:SSL routines::certificate verify failed',
      '2024-01-10 12:00:07 1rNXYZ-000133-AB == u@example.com R=dnslookup T=remote_smtp defer (-18): Remote host mx.example.com [203.0.113.7] closed connection in response to end of data',
      '2024-01-10 12:00:08 TLS error on connection from client.example [198.51.100.1] (SSL_accept): error:0A000418:SSL routines::tlsv1 alert unknown ca',
    ].join('\n'));
    expect(await counts(file)).toEqual({ certificate_invalid: 1, connection_lost: 1 }); // "from" is an incoming client, not a send
    // The client's alert says it does not trust our server's certificate (the twenty-ninth pass: TLS alerts about a certificate).
    expect(await counts(file, { inbound: true })).toEqual({ certificate_invalid: 1 });
  });
  test('postfix: a message that expired in the queue is a failure of its own sender, with the advice to look at its deferrals', async () => {
    const file = path.join(dir, 'expired.log');
    writeFileSync(file, 'Jan 10 12:00:07 mail postfix/qmgr[811]: 4ABCDEF129: from=<root@mail.local>, status=expired, returned to sender\n');
    const report = await diagnoseInputs([file], {});
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ category: 'server_temporary', permanent: true, senders: ['root@mail.local'] });
    expect(report.findings[0]!.remedy).toMatch(/earlier deferred attempts/);
  });
  test('successful replies and chatter are not failures', () => {
    expect(scan(['250 2.0.0 OK', 'hello world', 'port 465 and 587 are fine', '2024-01-01 12:00:00 1rA-000-XY Completed'])).toHaveLength(0);
  });
});

describe('diagnose: a line is Postfix\'s only when it carries a Postfix program tag', () => {
  // Lines that mention postfix without being written by it: a Python traceback whose login or address contains
  // the word, prose that names the program, a container named postfix_1, a config path.
  const mentions = [
    "smtplib.SMTPSenderRefused: (553, b'5.7.1 <app@shop.example>: Sender address rejected: not owned by user postfix@shop.example', 'app@shop.example')",
    'All I get is `553 5.7.1 <user2@example.com>: Sender address rejected: not owned by user user2@example.com` by postfix.',
    "aiosmtplib.errors.SMTPAuthenticationError: (535, '5.7.8 Error: authentication failed: authentication failure') user=postfix-relay@shop.example",
    'Jan 10 12:00:09 app worker[77]: smtp login as postfixadmin@shop.example failed: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6',
  ];
  test('postfixTag: the tags syslog writes, not a mention, a path or a longer word', () => {
    for (const tagged of ['Jan 10 12:00:01 mail postfix/smtp[2]: x', 'postfix/qmgr: x', 'Jan 10 mail postfix-out/qmgr[811]: x',
      'Jan 10 mail postfix/submission/smtpd[261155]: x', 'Jan 10 mail postfix[4242]: x', 'web_1 | Jan 10 mail postfix/smtp[3]: x',
      '2024-01-10T12:00:00+00:00 mail postfix/smtpd 1234 - - x', '`postfix/local[18897]: 16E94B1D012: to=<a@b.example>']) {
      expect([tagged, postfixTag(tagged) >= 0]).toEqual([tagged, true]);
    }
    for (const plain of [...mentions, 'postfix_1 | Feb 16 22:13:11 santa-maria opendkim[290]: x', 'open /etc/postfix/main.cf: no such file',
      'postfix/smtpd\\[\\d+\\]: NOQUEUE: reject', 'disconnect from postfix[172.21.0.3] ehlo=1', 'run postfix reload', 'mypostfix/smtp[2]: x',
      'postfix-log/ here', 'postfix/ smtp', 'postfix/smtp']) {
      expect([plain, postfixTag(plain)]).toEqual([plain, -1]);
    }
  });
  test('a line that mentions postfix with a 553 or 535 reply is found and classified as any other line', async () => {
    const r = scan(mentions);
    expect(r.map((x) => x.source)).toEqual(['text', 'text', 'text', 'text']);
    const report = await diagnoseInputs(['-'], {}, { stdin: Readable.from([Buffer.from(mentions.join('\n'))]) });
    expect(report.findings.map((f) => [f.category, f.count]).sort()).toEqual([['auth_failed', 2], ['sender_not_owned', 2]]);
  });
  test('a real Postfix line is read by the Postfix parser as before', () => {
    const r = scan([
      'Jan 10 12:00:01 mail postfix-out/qmgr[1]: ABCDE12345: from=<a@shop.example>, size=1, nrcpt=1 (queue active)',
      'Jan 10 12:00:03 mail postfix-out/smtp[2]: ABCDE12345: to=<c@y.example>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))',
      'Jan 10 12:00:04 mail postfix/submission/smtpd[905]: NOQUEUE: reject: RCPT from app.local[10.0.0.5]: 553 5.7.1 <s@o.example>: Sender address rejected: not owned by user postfix@shop.example; from=<s@o.example> to=<c@client.example> proto=ESMTP helo=<app>',
    ]);
    expect(r).toHaveLength(2);
    expect(r[0]).toMatchObject({ source: 'postfix', sender: 'a@shop.example', recipient: 'c@y.example', status: 'failed', queueId: 'ABCDE12345' });
    expect(r[1]).toMatchObject({ source: 'postfix', status: 'rejected', direction: 'outbound', sender: 's@o.example' });
  });
});

describe('diagnose: a header-like line in a log is no bounce message', () => {
  test('a "Subject:" line followed by log lines: the lines after it are read as lines, not as headers', () => {
    const records = scan([
      'Subject: Undelivered Mail Returned to Sender',
      '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown',
      'smtplib.SMTPAuthenticationError: (535, b"5.7.8 Username and Password not accepted")',
    ]);
    expect(records.map((r) => r.signal.text.slice(0, 7))).toEqual(['550 5.1', 'smtplib']);
  });

  test('a message body ends at a timestamped log line: failures after it are not held back or dropped with the bounce', () => {
    const records = scan([
      'Subject: Delivery Status Notification (Failure)',
      '',
      'Status: 5.1.1',
      '2024-12-01T09:00:00.000Z ERROR mailer: Error: Invalid login: 535-5.7.8 Username and Password not accepted.',
      'Dec  1 08:04:01 app php: Expected response code "250" but got code "550", with message "550 5.7.1 Relaying denied"',
    ]);
    expect(records.map((r) => r.signal.text.slice(0, 12))).toEqual(['Status: 5.1.', 'Invalid logi', 'Expected res']);
  });

  test('a line that ends a pending multi-line reply is read on as a line of its own', () => {
    const records = scan(['554-mx.example.net', 'Error: queryA ENOTFOUND smtp.example.invalid', '550-5.7.1 first', '550 5.7.1 last']);
    expect(records.map((r) => r.signal.text.slice(0, 9))).toEqual(['554 mx.ex', 'Error: qu', '550 5.7.1']);
  });

  test('a real bounce keeps its header block and body whole', () => {
    const records = scan(readFileSync(fixture('bounce.eml'), 'utf8').split('\n'));
    expect(records.every((r) => r.source === 'dsn')).toBe(true);
    expect(records.length).toBeGreaterThan(0);
  });
});

describe('diagnose: masking', () => {
  test('AUTH arguments, base64 blobs, passwords and URL credentials are masked', () => {
    expect(maskSecrets('AUTH PLAIN AGluZm9Ac2hvcC5leGFtcGxlAHNlY3JldA==')).toBe('AUTH PLAIN ***');
    expect(maskSecrets('SASL LOGIN authentication failed: UGFzc3dvcmQ6aGVsbG8xMjM=')).toBe('SASL LOGIN authentication failed: [base64]');
    expect(maskSecrets('{"user":"a@b","pass":"s3cret!"}')).toBe('{"user":"a@b","pass":"***"}');
    expect(maskSecrets('smtp://info:hunter2@smtp.x.ru:465')).toBe('smtp://info:***@smtp.x.ru:465');
    expect(maskSecrets('550 5.1.1 <a@b.example>: user unknown')).toBe('550 5.1.1 <a@b.example>: user unknown');
    // a list of mechanisms is not a credential, also in a summary of the EHLO extensions
    expect(maskSecrets('250 AUTH PLAIN LOGIN')).toBe('250 AUTH PLAIN LOGIN');
    expect(maskSecrets('5 extensions, AUTH PLAIN LOGIN, STARTTLS')).toBe('5 extensions, AUTH PLAIN LOGIN, STARTTLS');
    // a Postfix long queue id is no credential
    expect(maskSecrets('postfix/smtp[5649]: 4T32FN5YrhbU: to=<a@b.example>')).toBe('postfix/smtp[5649]: 4T32FN5YrhbU: to=<a@b.example>');
  });
  test('the report never echoes a credential from the input', async () => {
    const file = path.join(dir, 'secret.log');
    writeFileSync(file, 'Jan 1 00:00:00 h app: AUTH PLAIN AGluZm9Ac2hvcC5leGFtcGxlAHNlY3JldC1wYXNzd29yZA== failed: 535 5.7.8 Error: authentication failed password=hunter2\n');
    const out = sink();
    await diagnoseCommand([file], { json: true }, { stdout: out.stream, stderr: new PassThrough() });
    expect(out.text()).not.toContain('AGluZm9Ac2hvcC5leGFtcGxl');
    expect(out.text()).not.toContain('hunter2');
  });
});

describe('diagnose: inputs', () => {
  test('gzip is detected by its magic bytes', async () => {
    const file = path.join(dir, 'mail.log.1');
    writeFileSync(file, gzipSync(Buffer.from('550 5.7.1 spf check failed\n535 Incorrect authentication data\n')));
    expect(await counts(file)).toEqual({ spf_failed: 1, auth_failed: 1 });
  });
  test('a named pipe is opened once and read to its end (a second open would wait for another writer)', async () => {
    const fifo = path.join(dir, 'mail.fifo');
    execFileSync('mkfifo', [fifo]);
    // The writer opens the pipe, writes two replies and closes it, as `journalctl … > fifo` would.
    const writer = spawn('sh', ['-c', `printf '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\\n452 4.2.2 Mailbox full\\n' > '${fifo}'`]);
    const done = new Promise((resolve) => writer.on('close', resolve));
    const report = await diagnoseInputs([fifo], {});
    await done;
    expect(Object.fromEntries(report.findings.map((f) => [f.category, f.count]))).toEqual({ recipient_unknown: 1, mailbox_full: 1 });
    expect(report.summary.lines).toBe(2);
  });
  test('the walk\'s Postfix triggers (asm/triggers.ts) are generated from POSTFIX_TRIGGERS and in step with it', async () => {
    const { generateTriggers, walkTriggers } = await import('../scripts/asm-triggers.mjs' as string) as { generateTriggers: (t: unknown) => string; walkTriggers: (t: unknown) => unknown };
    expect(readFileSync(path.join(repoRoot, 'asm', 'triggers.ts'), 'utf8')).toBe(generateTriggers(walkTriggers(POSTFIX_TRIGGERS)));
  });
  test('stdin is read for -', async () => {
    const out = sink();
    const code = await diagnoseCommand(['-'], {}, { stdout: out.stream, stderr: new PassThrough(), stdin: Readable.from([Buffer.from('553 5.7.1 Sender address rejected: not owned by auth user\n')]) });
    expect(code).toBe(ExitCode.FOUND);
    expect(out.text()).toContain('sender_not_owned');
  });
  test('a 10 MB line, binary junk and invalid UTF-8 do not crash', async () => {
    const file = path.join(dir, 'junk.log');
    const junk = Buffer.concat([
      Buffer.from('x'.repeat(10 * 1024 * 1024)), Buffer.from('\n'),
      Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a, 0x80, 0x81]), Buffer.from('\n550 5.1.1 user unknown\n'),
    ]);
    writeFileSync(file, junk);
    const report = await diagnoseInputs([file], {});
    expect(report.summary.truncatedLines).toBe(1);
    expect(report.findings.map((f) => f.category)).toEqual(['recipient_unknown']);
  });
  test('an unreadable file is an InputError (exit 66)', async () => {
    const err = await diagnoseCommand([path.join(dir, 'missing.log')], {}, { stdout: new PassThrough(), stderr: new PassThrough() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AddrError);
    expect((err as AddrError).exitCode).toBe(ExitCode.NOINPUT);
  });
  test('nothing given is a usage error', async () => {
    await expect(diagnoseCommand([], {}, { stdout: new PassThrough(), stderr: new PassThrough() })).rejects.toMatchObject({ exitCode: ExitCode.USAGE });
  });
});

describe('diagnose: output and exit codes', () => {
  test('--text classifies one message; exit 1 when failures are found, 0 when none', async () => {
    const out = sink();
    expect(await diagnoseCommand([], { text: '553 5.7.1 Sender address rejected: not owned by auth user' }, { stdout: out.stream, stderr: new PassThrough() })).toBe(1);
    expect(out.text()).toMatch(/^sender_not_owned {2}1 failure/);
    expect(out.text()).toMatch(/1 failure in 1 category .* in 1 line\.\n$/);
    const ok = sink();
    const file = path.join(dir, 'ok.log');
    writeFileSync(file, 'Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<b@x.example>, relay=mx[1.2.3.4]:25, dsn=2.0.0, status=sent (250 ok)\n');
    expect(await diagnoseCommand([file], {}, { stdout: ok.stream, stderr: new PassThrough() })).toBe(0);
    expect(ok.text()).toBe('No failures found in 1 line.\n');
  });
  test('--text with CRLF line ends reads its lines as a file\'s', async () => {
    const out = sink();
    const pasted = 'Dec  3 08:04:21 relay1 postfix/smtp[903]: 9A1B21C0440: to=<jdoe@contoso.com>, relay=x[1.2.3.4]:25, dsn=5.1.1, status=bounced (host x[1.2.3.4] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\r\n'
      + '530 Must issue a STARTTLS command first.\r\n'
      + 'smtplib.SMTPAuthenticationError: (535, b"5.7.8 Username and Password not accepted")\r\n';
    await diagnoseCommand([], { text: pasted, json: true }, { stdout: out.stream, stderr: new PassThrough() });
    const report = JSON.parse(out.text()) as { findings: Array<{ category: string; recipientDomains: Array<{ domain: string }> }>; summary: { lines: number } };
    expect(report.findings.map((f) => f.category).sort()).toEqual(['auth_failed', 'recipient_unknown', 'tls_required']);
    expect(report.findings.find((f) => f.category === 'recipient_unknown')!.recipientDomains).toEqual([{ domain: 'contoso.com', count: 1 }]);
    expect(report.summary.lines).toBe(3);
  });
  test('human output: most frequent first, with cause, remedy and the summary line', async () => {
    const out = sink();
    await diagnoseCommand([fixture('postfix.log')], {}, { stdout: out.stream, stderr: new PassThrough() });
    const text = out.text();
    expect(text.indexOf('auth_failed')).toBeLessThan(text.indexOf('spf_failed'));
    expect(text).toContain('remedy:');
    expect(text).toContain('10 failures in 8 categories');
    expect(text).not.toContain('UGFzc3dvcmQ6');
  });
  test('--json: stable field names', async () => {
    const out = sink();
    await diagnoseCommand([fixture('exim_mainlog')], { json: true }, { stdout: out.stream, stderr: new PassThrough() });
    const report = JSON.parse(out.text()) as { findings: Array<Record<string, unknown>>; summary: Record<string, unknown> };
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(Object.keys(report.findings[0]!)).toEqual(['direction', 'category', 'rule', 'count', 'recovered', 'expired', 'permanent', 'fixSide', 'provider', 'cause', 'remedy', 'links',
      'firstSeen', 'lastSeen', 'senders', 'recipientDomains', 'codes', 'example', 'reply', 'sources']);
    expect(Object.keys(report.summary)).toEqual(['lines', 'truncatedLines', 'inputs', 'failures', 'findings', 'permanent', 'temporary', 'recovered', 'notShown']);
  });
  test('saved-address context makes the remedy concrete', async () => {
    const out = sink();
    await diagnoseCommand([fixture('nodemailer.log')], { json: true }, { stdout: out.stream, stderr: new PassThrough() },
      (email) => (email === 'info@shop.example' ? { email, username: email, host: 'smtp.shop.example', port: 465, security: 'ssl' } : undefined));
    const report = JSON.parse(out.text()) as { findings: Array<{ category: string; cause: string }> };
    expect(report.findings.find((f) => f.category === 'connection_refused')!.cause).toContain('smtp.shop.example:465 (security ssl)');
  });
});

describe('diagnose: the fast file reader finds what the line-by-line reader finds', () => {
  // The stream path (stdin) pushes every line; the file path skips Postfix lines without a trigger and indexes
  // "from=" lines. Both must give the same report, whatever the mix of formats, line ends and block boundaries.
  const viaStdin = (data: Buffer) => diagnoseInputs(['-'], {}, { stdin: Readable.from([data]) });
  const viaFile = (data: Buffer, name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    return diagnoseInputs([file], {});
  };
  const filler = (n: number, from: number): string => Array.from({ length: n }, (_, i) => {
    const q = (0x10000000 + from + i).toString(16).toUpperCase();
    return i % 3 === 0 ? `Jan 10 12:00:00 mail postfix/smtpd[${i}]: connect from app.local[10.0.0.${i % 250}]`
      : i % 3 === 1 ? `Jan 10 12:00:00 mail postfix/qmgr[811]: ${q}: from=<f${i % 7}@shop.example>, size=10, nrcpt=1 (queue active)`
        : `Jan 10 12:00:00 mail postfix/smtp[9]: ${q}: to=<r@x.example>, relay=mx[1.2.3.4]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)`;
  }).join('\n');

  test.each(readdirSync(path.join(repoRoot, 'test', 'fixtures', 'diagnose')))('%s', async (name) => {
    const data = readFileSync(fixture(name));
    expect(await viaFile(data, `same-${name}`)).toEqual(await viaStdin(data));
  });

  // A container runtime's envelope around every line (Kubernetes' CRI prefix, Docker's json-file object) changes no finding: the
  // same categories, counts, senders, recipient domains, codes and recovered deferrals, by the walk and by the stream path.
  const cri = (text: string): Buffer => Buffer.from(text.split('\n').map((l, i) => `2026-12-03T08:00:${String(i % 60).padStart(2, '0')}.123456789Z stdout F ${l}`).join('\n'));
  const dockerJson = (text: string): Buffer => Buffer.from(text.split('\n').map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stdout', time: '2026-12-03T08:00:00.000000001Z' })).join('\n'));
  const bare = (r: Awaited<ReturnType<typeof viaStdin>>) => ({ summary: r.summary,
    findings: r.findings.map(({ example: _e, ...f }) => f) });
  test.each([['CRI', cri], ['Docker json-file', dockerJson]] as const)('a log inside %s envelopes gives the same report', async (name, wrap) => {
    const plain = readFileSync(fixture('mixed-mail.log'), 'utf8').replace(/\n$/, '');
    const want = bare(await viaFile(Buffer.from(plain), `plain-${name}.log`));
    expect(want.summary.failures).toBeGreaterThan(5);
    expect(bare(await viaFile(wrap(plain), `wrapped-${name}.log`))).toEqual(want);
    expect(bare(await viaStdin(wrap(plain)))).toEqual(want);
  });

  test('the WebAssembly walk and the stream path agree at line-length limits, on multi-instance names and at buffer ends', async () => {
    const bounce = (q: string, to: string, reply = '550 5.1.1 no such user'): string =>
      `Jan 10 12:00:03 mail postfix-out/smtp[2]: ${q}: to=<${to}>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: ${reply} (in reply to RCPT TO command))`;
    const parts: string[] = [];
    for (let k = 0; k < 40; k++) {
      const q = `QQ${(100000 + k).toString(36).toUpperCase()}`;
      parts.push(
        filler(700, k * 1000),
        `Jan 10 12:00:01 mail postfix-out/qmgr[811]: ${q}: from=<s${k}@multi.example>, size=1, nrcpt=1 (queue active)`,
        `Jan 10 12:00:01 mail postfix/qmgr: ${q}X: from=<nopid${k}@shop.example>, size=1, nrcpt=1 (queue active)`,
        `Jan 10 12:00:02 mail postfix/smtp[9]: ${'p'.repeat(65_536 - 60 + (k % 3))} status=sent (250 ok)`, // 65,535…65,537 bytes
        `Jan 10 12:00:02 mail postfix/smtp[9]: ${'é'.repeat(32_760 + (k % 5))}\r`,
        bounce(q, `r${k}@x.example`),
        bounce(`${q}X`, `n${k}@y.example`, '552 5.2.2 Mailbox full'),
        `web_1 | Jan 10 12:00:04 mail postfix/smtp[3]: status=deferred (connect to mx[1.2.3.4]:25: Connection timed out)`,
        // Lines that mention postfix without its tag: read as any other line by both paths, not skipped by the walk.
        `Jan 10 12:00:05 app worker[77]: smtp login as postfixadmin${k}@shop.example failed: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6`,
        `smtplib.SMTPSenderRefused: (553, b'5.7.1 <app${k}@shop.example>: Sender address rejected: not owned by user postfix@shop.example', 'app${k}@shop.example')`,
        `Jan 10 12:00:06 mail /etc/postfix/main.cf: status=deferred, and a mention of postfix-log/ with said: 451 nothing`,
        `Jan 10 12:00:07 mail postfix/smtp[9]: ${q}: to=<m${k}@x.example>, relay=mx[1.2.3.4]:25, dsn=4.0.0, status=deferred (host mx said: 451 see postfix.org (in reply to RCPT TO command))`,
        // Tags with long names (the walk reads a daemon's name 16 bytes at a time), the postfix command's own tag.
        `Jan 10 12:00:08 mail postfix/submission/smtpd[261155]: NOQUEUE: reject: RCPT from unknown[203.0.113.${k % 250}]: 554 5.7.1 <c${k}@client.example>: Relay access denied; from=<s@o.example> to=<c@client.example> proto=ESMTP helo=<app>`,
        `Jan 10 12:00:08 mail postfix-outbound.relay-2/smtp-verylong.daemon-name[3]: ${q}: to=<v${k}@x.example>, relay=mx[1.2.3.4]:25, dsn=5.7.1, status=bounced (host mx said: 554 5.7.1 rejected as spam (in reply to end of DATA command))`,
        `Jan 10 12:00:08 mail postfix/submission/smtpd: warning: unknown[198.51.100.${k % 250}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6`,
        `Jan 10 12:00:08 mail postfix[4242]: status=deferred (fatal: the postfix command's own line)`,
      );
    }
    const data = Buffer.from(parts.join('\n'));
    const wasm = await viaFile(data, 'limits.log');
    // The lines that only mention postfix are found by the walk as by the stream path.
    expect(wasm.findings.find((f) => f.category === 'auth_failed')).toMatchObject({ count: 40 });
    expect(wasm.findings.find((f) => f.category === 'sender_not_owned')).toMatchObject({ count: 40 });
    expect(wasm).toEqual(await viaStdin(data));
    // Senders found through qmgr lines of a multi-instance Postfix ("postfix-out/qmgr[…]") and without a pid.
    expect(wasm.findings.find((f) => f.category === 'recipient_unknown')).toMatchObject({ count: 40 });
    expect(wasm.findings.find((f) => f.category === 'recipient_unknown')!.senders).toContain('s0@multi.example');
    expect(wasm.findings.find((f) => f.category === 'mailbox_full')).toMatchObject({ count: 40 });
    expect(wasm.findings.find((f) => f.category === 'mailbox_full')!.senders).toContain('nopid0@shop.example');
  });

  test('Exim main logs: arrivals indexed, deliveries and "Completed" skipped unless a deferral needs them, as the stream path reads them', async () => {
    const id = (k: number, n: number) => `1t${(k * 7919 + n).toString(36).padStart(4, '0').slice(-4)}-000${(100 + k).toString(36)}X-${['rN', 'Ab1', 'Q2x9'][k % 3]}`;
    const lines: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const m = id(k, 1);
      const t = ['2024-01-10 10:00:02', '2024-01-10 10:00:02.123', '2024-01-10 10:00:02 +0100', '2024-01-10 10:00:02 [4711]'][k % 4];
      lines.push(`${t} ${m} <= ${k % 10 === 0 ? '<>' : `s${k}@shop.example`} H=app.internal [10.2.0.9] P=esmtpsa A=plain:s${k}@shop.example S=1668 id=${k}@shop.example`);
      if (k % 5 === 0) {
        lines.push(`${t} ${m} == r${k}@yahoo.example R=dnslookup T=remote_smtp defer (-44) H=mx.yahoo.example [198.51.100.${k % 250}]: SMTP error from remote mail server after RCPT TO:<r${k}@yahoo.example>: 421 4.7.0 [TSS04] Messages from 203.0.113.10 temporarily deferred due to unexpected volume or user complaints`);
      }
      if (k % 7 === 0) lines.push(`${t} ${m} ** r${k}@gone.example R=dnslookup T=remote_smtp H=mx.gone.example [192.0.2.${k % 250}]: SMTP error from remote mail server after RCPT TO:<r${k}@gone.example>: 550 5.1.1 <r${k}@gone.example>: Recipient address rejected: User unknown`);
      lines.push(`${t} ${m} ${k % 2 ? '=>' : '->'} r${k}@yahoo.example R=dnslookup T=remote_smtp H=mx.yahoo.example [198.51.100.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 ok"`);
      if (k % 97 === 0) lines.push(`${t} ${m} => odd${k}@x.example F=<a@b.example> <= c${k}@arrow.example R=dnslookup`);
      lines.push(`${t} ${m} Completed${k % 2 ? '' : ' QT=1s'}`);
      if (k % 50 === 0) lines.push(filler(300, k * 1000));
    }
    const data = Buffer.from(lines.join('\n'));
    const fast = await viaFile(data, 'exim.log');
    expect(fast).toEqual(await viaStdin(data));
    // The senders of "**" failures come from indexed arrivals; deferrals delivered later are recovered.
    const unknown = fast.findings.find((f) => f.category === 'recipient_unknown')!;
    expect(unknown.count).toBe(Math.ceil(3000 / 7));
    expect(unknown.senders).toHaveLength(20);
    expect(unknown.senders.every((x) => /^s\d+@shop\.example$/.test(x))).toBe(true);
    expect(fast.summary.recovered).toBe(3000 / 5);
  });

  test('all fixtures in one file, with filler across 64 KiB blocks, CRLF, "name | " prefixes and overlong lines', async () => {
    const parts = readdirSync(path.join(repoRoot, 'test', 'fixtures', 'diagnose')).sort().map((n) => readFileSync(fixture(n), 'utf8'));
    const text = [
      filler(3000, 0),
      'Jan 10 12:00:01 mail postfix/qmgr[811]: ABCDE12345: from=<first@shop.example>, size=1, nrcpt=1 (queue active)',
      'Jan 10 12:00:01 mail postfix/qmgr[811]: ABCDE12345: from=<>, size=1, nrcpt=1 (queue active)',
      'Jan 10 12:00:01 mail postfix/cleanup[812]: ABCDE12345: from=<not-qmgr@shop.example>, size=1', // only qmgr writes senders
      filler(20000, 5000),
      'Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<c@y.example>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))',
      'mail_1  | Jan 10 12:00:03 mail postfix/smtpd[905]: NOQUEUE: reject: RCPT from app.local[10.0.0.5]: 553 5.7.1 <s@o.example>: Sender address rejected: not owned by user i@shop.example; from=<s@o.example> to=<c@client.example> proto=ESMTP helo=<app>',
      'postfix_1 | 550 5.7.1 spf check failed',
      'Jan 10 12:00:04 mail postfix/smtpd[906]: warning: unknown[10.0.0.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\r',
      'Jan 10 12:00:05 mail postfix/smtp[907]: certificate verification failed for mx.example.org[203.0.113.7]:25: untrusted issuer',
      `Jan 10 12:00:06 mail postfix/smtp[908]: ${'y'.repeat(70_000)} status=bounced (550 5.1.1 user unknown)`,
      `Jan 10 12:00:07 app: ${'é'.repeat(300_000)} 550 5.7.1 cut away`,
      ...parts,
      filler(5000, 90000),
      '550 5.2.2 mailbox full at the very end',
    ].join('\n');
    const data = Buffer.from(text);
    expect(scanEngine()).toBe('wasm'); // dist/scan.wasm, built by npm test's pretest
    const fast = await viaFile(data, 'mixed.log');
    expect(fast).toEqual(await viaStdin(data));
    expect(fast.summary.truncatedLines).toBe(2);
    expect(fast.findings.find((f) => f.category === 'recipient_unknown')!.senders).toContain('first@shop.example');
  });
});

describe('diagnose: the walk in a second thread gives the report of the walk in this thread', () => {
  // Large files are walked in a worker (src/diagnose/walk-worker.ts) that hands the pieces over through a ring
  // of shared memory while this thread parses them; ADDR_WALK_THREADS=2 sends every file there, =1 none.
  const withThreads = async <T>(threads: '1' | '2', run: () => Promise<T>): Promise<T> => {
    const before = process.env.ADDR_WALK_THREADS;
    process.env.ADDR_WALK_THREADS = threads;
    try {
      return await run();
    } finally {
      if (before === undefined) delete process.env.ADDR_WALK_THREADS;
      else process.env.ADDR_WALK_THREADS = before;
    }
  };
  const both = async (data: Buffer, name: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, data);
    const paths: string[] = [];
    const run = (threads: '1' | '2') => withThreads(threads, () => diagnoseInputs([file], { onPath: (_f, p, why) => paths.push(`${p}: ${why}`) }));
    const one = await run('1');
    const two = await run('2');
    expect(paths).toEqual(['wasm: a regular file, walked in this thread: ADDR_WALK_THREADS=1', 'wasm: a regular file, walked in a second thread']);
    return { one, two };
  };

  test('a realistic mixed log of 12 MB (the bench\'s generator): deferrals delivered pieces later, senders indexed pieces earlier, Exim lines, inbound rejects', async () => {
    const bench = path.join(repoRoot, 'bench', 'diagnose.mjs');
    const { makeLog } = await import(bench) as { makeLog: (share: number, seed?: number) => { chunks(bytes: number): Iterable<string> } };
    const data = Buffer.from([...makeLog(9.5, 7).chunks(12 << 20)].join(''));
    const { one, two } = await both(data, 'bench-mixed.log');
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    // What makes the comparison worth it: the ring (8 slots of one 1 MiB read each) went round,
    // deferrals were recovered by later deliveries, and senders were found through the index.
    expect(one.summary.recovered).toBeGreaterThan(100);
    expect(one.summary.notShown.inbound).toBeGreaterThan(0);
    expect(one.findings.some((f) => f.sources.includes('exim'))).toBe(true);
    expect(one.findings.every((f) => f.senders.length > 0)).toBe(true);
  });

  test('overlong lines, CRLF, a last line without a newline and lines across read boundaries go through the ring as through one thread', async () => {
    const parts: string[] = [];
    for (let k = 0; k < 30; k++) {
      parts.push(
        `Jan 10 12:00:01 mail postfix/qmgr[811]: QQ${k}AAAAA: from=<s${k}@shop.example>, size=1, nrcpt=1 (queue active)`,
        `Jan 10 12:00:02 mail postfix/smtp[9]: ${'x'.repeat(k % 2 ? 300_000 : 65_600)} status=bounced (550 5.1.1 user unknown)`,
        `Jan 10 12:00:02 app: ${'é'.repeat(200_000 + k)} 550 5.7.1 cut away\r`,
        `Jan 10 12:00:03 mail postfix/smtp[2]: QQ${k}AAAAA: to=<r${k}@x.example>, relay=mx[1.2.3.4]:25, dsn=4.2.2, status=deferred (host mx[1.2.3.4] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))`,
        Array.from({ length: 2000 }, (_, i) => `Jan 10 12:00:04 mail postfix/smtpd[${i}]: connect from app.local[10.0.0.${i % 250}]`).join('\n'),
        `Jan 10 12:00:05 mail postfix/smtp[2]: QQ${k}AAAAA: to=<r${k}@x.example>, relay=mx[1.2.3.4]:25, dsn=2.0.0, status=sent (250 ok)`,
      );
    }
    parts.push('550 5.2.2 mailbox full at the very end, no newline');
    const data = Buffer.from(parts.join('\n'));
    const { one, two } = await both(data, 'ring-edges.log');
    expect(two).toEqual(one);
    expect(one.summary.truncatedLines).toBe(60);
    expect(one.summary.recovered).toBe(30);
    expect(two).toEqual(await diagnoseInputs(['-'], {}, { stdin: Readable.from([data]) }));
  });

  test('a small file stays in this thread unless told otherwise, and says why under --debug', async () => {
    const file = path.join(dir, 'small.log');
    writeFileSync(file, 'Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<c@y.example>, relay=mx[1.2.3.4]:25, dsn=5.1.1, status=bounced (host mx[1.2.3.4] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n');
    const before = process.env.ADDR_WALK_THREADS;
    delete process.env.ADDR_WALK_THREADS;
    try {
      const paths: string[] = [];
      await diagnoseInputs([file], { onPath: (_f, p, why) => paths.push(`${p}: ${why}`) });
      expect(paths).toEqual(['wasm: a regular file, walked in this thread: under 32 MiB']);
    } finally {
      if (before !== undefined) process.env.ADDR_WALK_THREADS = before;
    }
  });
});

describe('diagnose: postfix delivery fields read without regexes', () => {
  test('dsn= is read as /^[245]\\.\\d{1,3}\\.\\d{1,3}(?=,)/ reads it, and given to the classifier only when the reply has no enhanced code', () => {
    const reference = (dsn: string): string | undefined => /^[245]\.\d{1,3}\.\d{1,3}(?=,)/.exec(`${dsn}, status=`.slice(0, 11))?.[0];
    for (const dsn of ['5.7.650', '4.2.2', '2.0.0', '5.1234.1', '5.1.1234', '3.1.1', '5..1', '5.1.', '5.1', '55.1.1', '5.123.123', 'x', '', '4.4.1x']) {
      const [r] = scan([`Jan 10 12:00:02 mail postfix/smtp[2]: ABCDE12345: to=<c@y.example>, relay=none, delay=1, dsn=${dsn}, status=deferred (connect to mx.example.org: Connection timed out)`]);
      expect(r!.signal.enhanced).toBe(reference(dsn));
    }
  });
});

describe('diagnose: senders and recipient domains tallied per group in batches', () => {
  test('the same top senders and domains as counting record by record: over 200 distinct per group, groups interleaved, more than 50,000 distinct strings', async () => {
    const { FindingsCollector } = await import('../src/core/findings.js');
    const c = new FindingsCollector();
    const replies = ['550 5.1.1 <x@y.example>: Recipient address rejected: User unknown', '552 5.2.2 Mailbox full', '554 5.7.1 Message rejected as spam'];
    // Record by record, the way the collector counted before: the first 200 keys of a group, with their counts.
    const reference = replies.map(() => ({ senders: new Map<string, number>(), domains: new Map<string, number>() }));
    const bump = (m: Map<string, number>, k: string): void => { if (m.has(k)) m.set(k, m.get(k)! + 1); else if (m.size < 200) m.set(k, 1); };
    let seed = 3;
    const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return (seed >>> 8) % n; };
    for (let i = 0; i < 100_000; i++) {
      const k = rnd(3);
      // A few frequent senders and domains, and a long tail of new ones.
      const sender = rnd(4) ? `s${rnd(30)}@shop.example` : `tail${i}@shop.example`;
      const recipient = `r${i}@${rnd(3) ? `d${rnd(25)}.example` : `tail${i}.example`}`;
      c.add({ source: 'postfix', line: `line ${i}`, signal: { text: replies[k]! }, status: 'failed', sender, recipient });
      bump(reference[k]!.senders, sender);
      bump(reference[k]!.domains, recipient.slice(recipient.indexOf('@') + 1));
    }
    const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 20);
    const findings = c.findings();
    expect(findings).toHaveLength(3);
    for (const [k, text] of replies.entries()) {
      const f = findings.find((x) => x.reply === text)!;
      expect(f.senders).toEqual(top(reference[k]!.senders).map(([s]) => s));
      expect(f.recipientDomains).toEqual(top(reference[k]!.domains).map(([domain, count]) => ({ domain, count })));
    }
  });
});

describe('diagnose: a decision made once per template, each group\'s remedy written with its own sender', () => {
  test('two SPF failures of one template from two sender domains: two findings, each remedy names its own domain', async () => {
    const { FindingsCollector } = await import('../src/core/findings.js');
    const c = new FindingsCollector();
    for (const [i, sender] of ['billing@shop.example', 'news@other.example', 'info@shop.example'].entries()) {
      c.add({ source: 'postfix', line: `line ${i}`, status: 'failed', sender, recipient: `r${i}@gmail.com`,
        signal: { text: `550 5.7.1 Sender IP 203.0.113.${i + 1} is not designated by SPF for domain ${sender.split('@')[1]} (SPF fail)` } });
    }
    const f = c.findings();
    expect(f.map((x) => [x.category, x.count])).toEqual([['spf_failed', 2], ['spf_failed', 1]]);
    expect(f[0]!.remedy).toContain('shop.example');
    expect(f[0]!.remedy).not.toContain('other.example');
    expect(f[1]!.remedy).toContain('other.example');
  });
});
