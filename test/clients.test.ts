// Failures whatever program wrote them: lines of mail client libraries (Python, PHP, Java, .NET, MailKit, Go, Ruby,
// nodemailer), MTAs (Postfix, Exim, sendmail, qmail-style bounces) and providers, each read as a log line; and lines
// that are not failures (successes, informational), which must stay silent ('-').
import { describe, expect, test } from '@jest/globals';
import { classifyDetailed } from '../src/core/classify.js';
import { LogScanner, type LogRecord } from '../src/core/logparse/index.js';

const LINES: Array<[string, string]> = [
  ["recipient_unknown", "550 Mailbox not found"],
  ["policy_rejected", "554 5.7.1 <x@y.com>: Recipient address rejected: Access denied"],
  ["server_temporary", "452 4.3.1 Insufficient system storage"],
  ["auth_failed", "535 5.7.1 Authentication failed"],
  ["relay_denied", "454 4.7.1 <x@y.com>: Relay access denied"],
  ["spam_rejected", "550 5.7.1 Message rejected as spam by Content Filtering."],
  ["dmarc_failed", "554 5.7.1 Rejected by DMARC policy"],
  ["spf_failed", "550 SPF check failed"],
  ["server_temporary", "451 Requested action aborted: local error in processing"],
  ["dmarc_failed", "554 5.7.5 Permanent error evaluating DMARC policy"],
  ["policy_rejected", "550 Administrative prohibition"],
  ["recipient_unknown", "553 5.3.0 <x@y.com>... No such user here"],
  ["connection_refused", "SMTP Error: Could not connect to SMTP host."],
  ["connection_refused", "SMTP connect() failed."],
  ["certificate_invalid", "stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:14090086:SSL routines:ssl3_get_server_certificate:certificate verify failed"],
  ["connection_refused", "stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Connection refused)"],
  ["connection_timeout", "Connection could not be established with host smtp.gmail.com :stream_socket_client(): unable to connect to tcp://smtp.gmail.com:587 (Network is unreachable)"],
  ["auth_failed", "Failed to authenticate on SMTP server with username \"x@y.com\" using 3 possible authenticators"],
  ["recipient_unknown", "smtplib.SMTPRecipientsRefused: {'x@y.com': (550, b'5.1.1 <x@y.com>: Recipient address rejected: User unknown in virtual mailbox table')}"],
  ["tls_required", "smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first.', 'x@y.com')"],
  ["auth_failed", "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required', 'x@y.com')"],
  ["quota_exceeded", "smtplib.SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded.')"],
  ["auth_unavailable", "smtplib.SMTPException: No suitable authentication method found."],
  ["connection_lost", "smtplib.SMTPServerDisconnected: please run connect() first"],
  ["wrong_security_mode", "ssl.SSLError: [SSL: UNKNOWN_PROTOCOL] unknown protocol (_ssl.c:852)"],
  ["connection_timeout", "OSError: [Errno 101] Network is unreachable"],
  ["connection_timeout", "socket.timeout: timed out"],
  ["auth_failed", "javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted."],
  ["sender_not_owned", "com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception"],
  ["relay_denied", "com.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Unable to relay"],
  ["tls_handshake_failed", "javax.mail.MessagingException: Could not convert socket to TLS"],
  ["connection_timeout", "jakarta.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out"],
  ["connection_lost", "java.net.SocketException: Connection reset"],
  ["connection_lost", "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed."],
  ["tls_required", "System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: 5.7.3 STARTTLS is required to send mail"],
  ["blacklisted", "MailKit.Net.Smtp.SmtpCommandException: Mailbox unavailable. The server response was: 5.7.1 Service unavailable, Client host [1.2.3.4] blocked using Spamhaus"],
  ["auth_failed", "MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful"],
  ["tls_required", "unencrypted connection"],
  ["dns_not_found", "dial tcp: lookup smtp.gmail.com on 127.0.0.53:53: no such host"],
  ["connection_refused", "Errno::ECONNREFUSED: Connection refused - connect(2) for \"localhost\" port 25"],
  ["certificate_invalid", "OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed (self signed certificate)"],
  ["wrong_security_mode", "OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: wrong version number"],
  ["recipient_unknown", "2024-03-01 10:00:01 1rABCD-000123-XY ** x@y.com: Unrouteable address"],
  ["server_temporary", "2024-03-01 10:00:01 1rABCD-000123-XY == x@y.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host"],
  ["server_temporary", "2024-03-01 10:00:01 1rABCD-000123-XY == x@y.com R=dnslookup T=remote_smtp defer (-44) H=mx.y.com [1.2.3.4]: SMTP error from remote mail server after RCPT TO:<x@y.com>: 451 4.7.1 Greylisting in action, please come back later"],
  ["policy_rejected", "Diagnostic-Code: smtp; 550-5.7.1 [1.2.3.4] Messages missing a valid address in From: header, or having no From: header, are not accepted."],
  ["mailbox_full", "Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota."],
  ["spam_rejected", "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726"],
  ["recipient_unknown", "550 User suspended"],
  ["recipient_unknown", "550 5.1.1 Empfänger unbekannt"],
  ["mailbox_full", "550 Buzón lleno"],
  ["recipient_unknown", "550 Usuário inexistente"],
  ["recipient_unknown", "550 Adresse inconnue"],
  ["recipient_unknown", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"],
  ["blacklisted", "550 5.7.501 Service unavailable. Spam abuse detected from IP range."],
  ["blacklisted", "553 5.7.1 [BL21] Connections will not be accepted from 1.2.3.4, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes"],
  ["ptr_missing", "450 4.7.1 Client host rejected: cannot find your hostname, [1.2.3.4]"],
  ["policy_rejected", "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"],
  ["connection_timeout", "Error: connect ETIMEDOUT 1.2.3.4:587"],
  ["certificate_invalid", "Error: self signed certificate in certificate chain"],
  ["tls_required", "Error: Mail command failed: 530 5.7.0 Must issue a STARTTLS command first."],
  ["recipient_unknown", "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <x@y.com>: Recipient address rejected: User unknown"],
  ["rate_limited", "421 4.7.0 mx.example.com Error: too many connections from 1.2.3.4"],
  ["connection_timeout", "Mar  3 09:04:01 mx1 postfix/smtp[2209]: connect to mx.slow.example[198.51.100.9]:25: Connection timed out"],
  ["connection_lost", "Mar  3 09:04:01 mx1 postfix/smtp[2209]: 4A1B2C3D4E: lost connection with mx.example.com[1.2.3.4] while sending message body"],
  ["-", "Mar  3 09:04:01 mx1 postfix/smtp[2209]: 4A1B2C3D4E: to=<a@b.com>, relay=mx.b.com[1.2.3.4]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 OK 1700000000 x-gsmtp)"],
  ["-", "250 2.0.0 Ok: queued as 4A1B2C3D4E"],
  ["-", "Mar  3 09:04:01 mx1 dovecot: imap-login: Login: user=<a@b.com>, method=PLAIN, rip=1.2.3.4, lip=5.6.7.8, mpid=123, TLS, session=<abc>"],
  ["-", "Mar  3 09:04:01 mx1 postfix/smtpd[1]: Anonymous TLS connection established from unknown[1.2.3.4]: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"],
  ["-", "2024-03-01 10:00:01 1rABCD-000123-XY => x@y.com R=dnslookup T=remote_smtp H=mx.y.com [1.2.3.4] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK id=1rAB\""],
  ["-", "Mar  3 09:04:01 mx1 opendkim[1]: 4A1B2C3D4E: DKIM-Signature field added (s=mail, d=shop.example)"],
  ["-", "Mar  3 09:04:01 mx1 postfix/cleanup[1]: 4A1B2C3D4E: message-id=<x@shop.example>"],
  ["-", "Mar  3 09:04:01 mx1 amavis[1]: (12345-01) Passed CLEAN {RelayedOutbound}, LOCAL [127.0.0.1]:43210 <a@b.com> -> <c@d.com>, Message-ID: <x@y>, mail_id: abc, Hits: -1.1, size: 1234, queued_as: 4A1B2C3D4E, 250 ms"],
  ["-", "May 10 10:00:00 host sendmail[123]: 4ABC12345678: to=<a@b.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.b.com. [1.2.3.4], dsn=2.0.0, stat=Sent (OK 1234)"],
  ["-", "Mar  3 09:04:01 mx1 postfix/postscreen[1]: PASS OLD [1.2.3.4]:12345"],
  ["-", "Mar  3 09:04:01 mx1 postfix/anvil[1]: statistics: max connection rate 1/60s for (smtp:1.2.3.4) at Mar  3 09:00:01"],
  ["-", "{\"level\":\"info\",\"message\":\"Message sent: <abc@shop.example>\",\"response\":\"250 2.0.0 OK  1700000000 a1-20020a05 - gsmtp\",\"accepted\":[\"a@b.com\"]}"],
  ["-", "2024-03-01T10:00:00Z INFO mailer: sent 12 messages in 1.2s (0 failed)"],
  ["-", "msmtp: host=smtp.gmail.com tls=on auth=on user=a@gmail.com from=a@gmail.com recipients=b@c.com mailsize=1234 smtpstatus=250 smtpmsg='250 2.0.0 OK' exitcode=EX_OK"],
];

function judge(line: string): string {
  const out: LogRecord[] = [];
  const scanner = new LogScanner((r) => out.push(r));
  scanner.push(line);
  scanner.end();
  const r = out.find((x) => x.status !== 'delivered');
  return r ? classifyDetailed({ ...r.signal, sender: r.sender }).diagnosis.category : '-';
}

describe('lines of any program', () => {
  test.each(LINES.map(([category, line], i) => ({ i, category, line })))('#$i $category: $line', ({ category, line }) => {
    expect({ line, category: judge(line) }).toEqual({ line, category });
  });
});
