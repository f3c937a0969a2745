import { describe, expect, test } from '@jest/globals';
import { classify, classifyDetailed, joinReply, replyCode, findEnhanced } from '../src/core/classify.js';
import { CATEGORIES, type Category, type FailureSignal, type SenderContext } from '../src/core/diagnosis.js';
import { REMEDIES } from '../src/core/remedies.js';
import { RULES } from '../src/core/rules.js';
import { PRESETS } from '../src/core/presets.js';

type Row = [text: string, category: Category, extra?: Partial<FailureSignal>, context?: SenderContext];

/** One row per real-looking reply or error: the text as a server, Node or a log prints it, and the category. */
const ROWS: Row[] = [
  // seed examples
  ['535 Incorrect authentication data', 'auth_failed'],
  ['535 5.7.8 Error: authentication failed: Invalid user or password', 'auth_failed'],
  ['535 5.7.3 authentication unsuccessful', 'auth_failed'],
  ['535.5.7.3 authentication unsuccessful', 'auth_failed'],
  ['550 this message was classified as spam and may not be delivered', 'spam_rejected'],
  ['550 spam message rejected', 'spam_rejected'],
  ['550 5.7.1 spf check failed', 'spf_failed'],
  ['553 5.7.1 Sender address rejected: not owned by auth user', 'sender_not_owned'],
  ['Could not connect to SMTP host', 'connection_refused'],
  ['Connection timed out', 'connection_timeout'],
  // auth
  ['Invalid login: 535-5.7.8 Username and Password not accepted. For more information, go to\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials d2-20020a05 - gsmtp', 'auth_failed'],
  ['535 5.7.8 Error: authentication failed: authentication failure', 'auth_failed'],
  ['535 Authentication credentials invalid', 'auth_failed'],
  ['SASL authentication failed; server smtp.example.com[203.0.113.5] said: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6', 'auth_failed'],
  ['530-5.5.1 Authentication Required. Learn more at\n530 5.5.1  https://support.google.com/mail/?p=WantAuthError - gsmtp', 'auth_failed'],
  ['530 5.7.57 Client not authenticated to send mail. [BN0PR04CA0123.namprd04.prod.outlook.com]', 'auth_failed'],
  ['503 Administrative prohibition -- authorization required', 'auth_failed'],
  ['550 5.7.1 <b@y.ru>: Sender address rejected: not logged in', 'auth_failed'],
  ['Missing credentials for "PLAIN"', 'auth_failed', { errorCode: 'EAUTH' }],
  ['535 5.7.0 Неверный логин или пароль', 'auth_failed'],
  ['535 Error: ошибка авторизации', 'auth_failed'],
  ['Invalid login: 535 5.7.8 Error: authentication failed: Invalid user or password!', 'auth_failed'],
  // app password
  ['534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp', 'app_password_required'],
  ['534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web browser and\n534-5.7.14 then try again.\n534 5.7.14  Learn more at https://support.google.com/mail/answer/78754 - gsmtp', 'app_password_required'],
  ['535 5.7.0 NEOBHODIM parol prilozheniya. Application password is REQUIRED. https://help.mail.ru/mail/security/protection/external', 'app_password_required'],
  ['535 5.7.8 Error: authentication failed: This user does not have access rights to this service', 'app_password_required'],
  ['Invalid login: 534 5.7.9 Please use an application-specific password', 'app_password_required', { errorCode: 'EAUTH' }],
  // smtp auth disabled
  // OAuth2 sign-in failures as applications log them (token endpoint errors, refused tokens).
  ['invalid_grant: AADSTS700082: The refresh token has expired due to inactivity.', 'oauth_grant_invalid'],
  ['Error: invalid_grant: Token has been expired or revoked.', 'oauth_grant_invalid'],
  ['invalid_client: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.', 'oauth_client_invalid'],
  ["invalid_request: AADSTS90002: Tenant 'contoso.onmicrosoft.co' not found.", 'oauth_tenant_wrong'],
  ["invalid_grant: AADSTS65001: The user or administrator has not consented to use the application with ID '0b5f8e44-6d4c-4c8e-9f1c-2d3e4f5a6b7c'.", 'oauth_consent_missing'],
  ['invalid_grant: AADSTS53003: Access has been blocked by Conditional Access policies.', 'oauth_policy_blocked'],
  ['access_denied: AADSTS65004: User declined to consent to access the app.', 'oauth_sign_in_incomplete'],
  ['535 5.7.3 Authentication unsuccessful [SN6PR16CA0051.namprd16.prod.outlook.com]', 'oauth_token_rejected', { stage: 'auth' }, { auth: 'oauth2', host: 'smtp.office365.com' }],
  ['334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==', 'oauth_token_rejected', { stage: 'auth' }],
  ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [SN4PR0501CA0054.namprd05.prod.outlook.com]', 'smtp_auth_disabled'],
  // Its words name the cause (wrong credentials) and win over the code (session 22's call: test-29 and test-32 label it so).
  ['535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [DM6PR11CA0001.namprd11.prod.outlook.com]', 'auth_failed'],
  ['535 5.7.139 Autenticação malsucedida, SmtpClientAuthentication está desabilitado para o Locatário.', 'smtp_auth_disabled'],
  ['535 5.7.139 Authentication unsuccessful, user is locked by your organization\'s security defaults policy. Contact your administrator.', 'smtp_auth_disabled'],
  ['550 5.7.30 Basic authentication is not supported for Client Submission.', 'smtp_auth_disabled'],
  ['535 5.7.3 Authentication unsuccessful, basic authentication is disabled.', 'smtp_auth_disabled'],
  // auth unavailable
  ['Server does not support authentication', 'auth_unavailable'],
  ['503 5.5.1 Error: authentication not enabled', 'auth_unavailable'],
  ['502 5.5.2 Error: command not recognized', 'auth_unavailable', { stage: 'auth' }],
  // sender not owned
  ['553 5.7.1 <b@y.ru>: Sender address rejected: not owned by user a@x.ru', 'sender_not_owned'],
  ['Mail command failed: 553 5.7.1 Sender address rejected: not owned by auth user.', 'sender_not_owned'],
  ['550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM6PR01MB1234.eurprd01.prod.outlook.com]', 'sender_not_owned'],
  ['554 5.2.252 SendAsDenied; a@contoso.com not allowed to send as b@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'sender_not_owned'],
  ['554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: b@y.ru', 'sender_not_owned'],
  // spf / dmarc / dkim
  ['550-5.7.26 The MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.9]. To best protect our users from spam and phishing, the message has been blocked. - gsmtp', 'spf_failed'],
  ['550 5.7.23 The message was rejected because of Sender Policy Framework violation', 'spf_failed'],
  ['550 5.7.1 Sender IP 203.0.113.9 is not designated for domain example.com', 'spf_failed'],
  ['550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. - gsmtp', 'spf_failed'],
  ['550-5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\n550 5.7.26 this was a legitimate mail. https://support.google.com/mail/?p=DmarcRejection - gsmtp', 'dmarc_failed'],
  ['550 5.7.1 Message rejected due to domain owner DMARC policy https://help.mail.ru/mail-help/postmaster/dmarc', 'dmarc_failed'],
  ['550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.', 'dmarc_failed'],
  ['550 5.7.515 Access denied, sending domain example.com doesn\'t meet the required authentication level.', 'dmarc_failed'],
  ['550 5.7.20 No passing DKIM signature found', 'dkim_failed'],
  ['421-4.7.30 This mail has been rate limited because DKIM does not pass. - gsmtp', 'dkim_failed'],
  // spam
  ['554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1708000000-abcDEF', 'spam_rejected'],
  ['550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbCdEf or report details to abuse@corp.mail.ru. Error code: 12345', 'spam_rejected'],
  ['535 5.7.8 Error: authentication failed: Your message looks like spam. You need to use web for sending or prove you are not a robot using the following link http://ya.cc/68ZyT', 'spam_rejected'],
  ['550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp', 'spam_rejected'],
  ['554 5.7.1 Spam message rejected', 'spam_rejected'],
  ['550 Письмо отклонено: похоже на спам', 'spam_rejected'],
  // relay
  ['554 5.7.1 <x@other.org>: Relay access denied', 'relay_denied'],
  ['550 relay not permitted', 'relay_denied'],
  ['550 5.7.0 Mail relay denied [203.0.113.9]. Invalid credentials for relay for one of the domains in: example.com - gsmtp', 'relay_denied'],
  ['550 5.7.64 TenantAttribution; Relay Access Denied', 'relay_denied'],
  ['550-5.7.1 The IP you\'re using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp', 'relay_denied'],
  // recipient
  ['550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. - gsmtp', 'recipient_unknown'],
  ['550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'recipient_unknown'],
  ['550 Message was not accepted -- invalid mailbox. Local mailbox nobody@mail.ru is unavailable: user not found', 'recipient_unknown'],
  ['550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT001.eop-EUR03.prod.protection.outlook.com]', 'recipient_unknown'],
  ['550 No such user here', 'recipient_unknown'],
  ['550 5.2.1 The email account that you tried to reach is disabled. - gsmtp', 'recipient_unknown'],
  ['450 4.1.2 <x@nonexist.example>: Recipient address rejected: Domain not found', 'recipient_unknown'],
  ['550 Пользователь не найден', 'recipient_unknown'],
  // mailbox full
  ['452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp - gsmtp', 'mailbox_full'],
  ['552 5.2.2 <u@example.com>: Quota exceeded (mailbox for user is full)', 'mailbox_full'],
  ['552 5.2.2 Mailbox size limit exceeded', 'mailbox_full'],
  ['550 Ящик получателя переполнен', 'mailbox_full'],
  // too big
  ['552 5.3.4 Message size exceeds fixed limit', 'message_too_big'],
  ['552-5.2.3 Your message exceeded Google\'s message size limits. - gsmtp', 'message_too_big'],
  ['552 5.3.4 Error: message file too big', 'message_too_big'],
  ['554 5.2.0 STOREDRV.Submission.Exception:MessageSizeExceededException; Maximum message size exceeded', 'message_too_big'],
  // rate & quota
  ['Invalid login: 454 4.7.0 Too many login attempts, please try again later. - gsmtp', 'rate_limited'],
  ['451 Ratelimit exceeded for mailbox info@example.ru. Try again later.', 'rate_limited'],
  ['421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp', 'rate_limited'],
  ['450 4.2.1 The user you are trying to contact is receiving mail too quickly. - gsmtp', 'rate_limited'],
  ['452 4.5.3 Error: too many recipients', 'rate_limited'],
  ['421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later', 'rate_limited'],
  ['550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 - gsmtp', 'quota_exceeded'],
  ['550 5.4.5 Daily user sending quota exceeded. - gsmtp', 'quota_exceeded'],
  ['554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.', 'quota_exceeded'],
  ['550 5.7.1 Превышен суточный лимит отправки писем', 'quota_exceeded'],
  // ptr & blacklist
  ['550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. - gsmtp', 'ptr_missing'],
  ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.9]', 'ptr_missing'],
  ['554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9', 'blacklisted'],
  ['550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (AS3130) [BN1NAM02FT003.eop-nam02.prod.protection.outlook.com]', 'blacklisted'],
  ['550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To request removal from this list please visit https://sender.office.com/', 'blacklisted'],
  ['554 5.7.1 Service unavailable; client [203.0.113.9] blocked using bl.spamcop.net', 'blacklisted'],
  ['554 5.7.1 Error: open resolver; https://www.spamhaus.org/returnc/pub/', 'blacklisted'],
  // TLS required / unavailable / handshake / wrong mode / certificate
  ['530 5.7.0 Must issue a STARTTLS command first', 'tls_required'],
  ['451 5.7.3 STARTTLS is required to send mail [DM5PR1101CA0001.namprd11.prod.outlook.com]', 'tls_required'],
  ['530 5.7.7 Email sending without SSL/TLS encryption is not allowed. Please see: http://help.yandex.ru/mail/mail-clients/ssl.xml', 'tls_required'],
  ['538 5.7.11 Encryption required for requested authentication mechanism', 'tls_required'],
  ['STARTTLS not offered by the server', 'tls_unavailable'],
  ['TLS is required, but was not offered by host mx.example.com[203.0.113.5]', 'tls_unavailable'],
  ['Client network socket disconnected before secure TLS connection was established', 'tls_handshake_failed', { errorCode: 'ESOCKET' }],
  ['C0B7A2E1:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 40', 'tls_handshake_failed'],
  ['Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available due to local problem', 'tls_unavailable', { errorCode: 'ETLS' }],
  ['Cannot start TLS: handshake failure', 'tls_handshake_failed'],
  ['140735234:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:', 'wrong_security_mode', { errorCode: 'ESOCKET' }],
  ['write EPROTO 40E7:error:0A00010B:SSL routines:tls_validate_record_header:wrong version number', 'wrong_security_mode'],
  ['routines:ssl23_get_server_hello:unknown protocol', 'wrong_security_mode'],
  ['', 'wrong_security_mode', { errorCode: 'ERR_SSL_WRONG_VERSION_NUMBER' }],
  ['self-signed certificate', 'certificate_invalid', { errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }],
  ['Hostname/IP does not match certificate\'s altnames: Host: mail.example.com. is not in the cert\'s altnames: DNS:*.hosting.example', 'certificate_invalid', { errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' }],
  ['certificate has expired', 'certificate_invalid', { errorCode: 'CERT_HAS_EXPIRED' }],
  ['unable to verify the first certificate', 'certificate_invalid', { errorCode: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }],
  // connection / dns / greeting
  ['connect ECONNREFUSED 127.0.0.1:587', 'connection_refused', { errorCode: 'ESOCKET' }],
  ['connect to mx.example.com[203.0.113.5]:25: Connection refused', 'connection_refused'],
  ['connect ETIMEDOUT 203.0.113.5:465', 'connection_timeout', { errorCode: 'ETIMEDOUT' }],
  ['Connection timeout', 'connection_timeout', { errorCode: 'ETIMEDOUT' }],
  ['connect to mx.example.com[203.0.113.5]:25: Connection timed out', 'connection_timeout'],
  ['T=remote_smtp defer (110): Connection timed out', 'connection_timeout'],
  ['connect to mx.example.com[203.0.113.5]:25: Network is unreachable', 'connection_timeout'],
  ['', 'connection_timeout', { timeout: 'connect' }],
  ['lost connection with mx.example.com[203.0.113.5] while sending RCPT TO', 'connection_lost'],
  ['Connection closed unexpectedly', 'connection_lost', { errorCode: 'ECONNECTION' }],
  ['read ECONNRESET', 'connection_lost'],
  ['getaddrinfo ENOTFOUND smtp.exmaple.com', 'dns_not_found', { errorCode: 'EDNS' }],
  ['getaddrinfo EAI_AGAIN smtp.example.com', 'dns_not_found'],
  ['Host or domain name not found. Name service error for name=exmaple.com type=MX: Host not found', 'dns_not_found'],
  ['T=remote_smtp defer (-1): host lookup did not complete', 'dns_not_found'],
  ['450 4.1.8 <a@nodomain.example>: Sender address rejected: Domain not found', 'dns_not_found'],
  ['Greeting never received', 'greeting_timeout', { errorCode: 'ETIMEDOUT' }],
  ['', 'greeting_timeout', { timeout: 'greeting' }],
  // server temporary / policy / unknown
  ['421 4.7.0 Try again later, closing connection. (EHLO) - gsmtp', 'policy_rejected'],
  ['451 4.7.1 Sorry, the service is currently unavailable. Please come back later.', 'server_temporary'],
  ['421 4.3.2 Service not available, closing transmission channel', 'server_temporary'],
  ['451 4.3.0 Error: queue file write error', 'server_temporary'],
  ['450 4.2.0 <u@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', 'server_temporary'],
  ['454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later. - gsmtp', 'server_temporary'],
  ['450 4.4.2 Timeout waiting for client input', 'connection_lost'],
  ['552-5.7.0 This message was blocked because its content presents a potential\n552-5.7.0 security issue. Please visit\n552 5.7.0  https://support.google.com/mail/?p=BlockedMessage - gsmtp', 'policy_rejected'],
  ['550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy', 'policy_rejected'],
  ['554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes', 'policy_rejected'],
  ['554 5.6.1 Message content rejected: illegal attachment type', 'policy_rejected'],
  ['550 5.7.1 Delivery not authorized, message refused', 'policy_rejected'],
  ['554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature', 'policy_rejected'],
  // more real replies
  ['554 5.7.1 The message from (<a@b.ru>) with the subject of ( test) matches a profile the Internet community may consider spam.', 'spam_rejected'],
  ['550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'blacklisted'],
  ['504 5.7.4 Unrecognized authentication type', 'auth_unavailable'],
  ['421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.', 'tls_handshake_failed'],
  ['550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.', 'sender_not_owned'],
  ['550 5.2.1 Mailbox unavailable. This user has exceeded their storage quota', 'mailbox_full'],
  ['Error: Unexpected socket close', 'connection_lost'],
  ["Error: Can't create new access token for user", 'auth_failed'],
  ['550 5.0.0 Something strange happened', 'unknown'],
  ['Message failed: 554 Transaction failed', 'unknown'],
  ['an error that means nothing to anyone', 'unknown'],
  // more providers' wording
  ["554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com", 'recipient_unknown'],
  ['554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.', 'quota_exceeded'],
  ['554 rejected due to spam URL in content', 'spam_rejected'],
  ['421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'rate_limited'],
  ['421 4.7.0 [GL01] Message from (203.0.113.5) temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes', 'rate_limited'],
  ['550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.5', 'blacklisted'],
  ['451 4.7.500 Server busy. Please try again later from [203.0.113.5]. (AS761) [BN8NAM11FT0.eop-nam11.prod.protection.outlook.com]', 'rate_limited'],
  ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'relay_denied'],
  ['550 5.1.8 Access denied, bad outbound sender AS(42003) [BN8NAM12FT.eop-nam12.prod.protection.outlook.com]', 'policy_rejected'],
  ['550 5.4.1 Recipient address rejected: Access denied', 'recipient_unknown'],
  ['554 5.7.1 <c@client.example>: Recipient address rejected: Access denied', 'policy_rejected'],
  ['550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550', 'policy_rejected'],
  ['550-Verification failed for <sender@example.com>\n550-Unrouteable address\n550 Sender verify failed', 'policy_rejected'],
  ['553 5.1.8 <sender@example>... Domain of sender address sender@example does not exist', 'dns_not_found'],
  ['550 5.7.1 <someone@example.com>... Relaying denied. Proper authentication required.', 'relay_denied'],
  ['550 5.7.1 Authentication is required for relay', 'auth_failed'],
  ['553 Sender is not allowed to relay emails', 'relay_denied'],
  ['550 Unauthenticated senders not allowed', 'auth_failed'],
  ['421 Domain example.com has exceeded the max emails per hour (100/100) allowed.  Message will be reattempted later', 'quota_exceeded'],
  ['550 5.7.1 Your account has been disabled for sending mail', 'policy_rejected'],
  ["554 5.7.1 Your message was rejected because the sender's domain is blocked", 'blacklisted'],
  ['550 5.7.0 Message considered as spam or virus', 'spam_rejected'],
  ['550 5.4.4 Unable to route', 'recipient_unknown'],
  ['550 5.7.1 URL in message body listed by URIBL', 'spam_rejected'],
  ['554 5.7.1 Service unavailable; Helo command [localhost] blocked using dbl.spamhaus.org', 'blacklisted'],
  ['550 5.7.511 Access denied, banned sender[203.0.113.5]. To request removal from this list please forward this message to delist@microsoft.com.', 'blacklisted'],
  ['550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated', 'policy_rejected'],
  ['550 5.7.124 Sender not in allowed-senders list', 'policy_rejected'],
  ['554 5.7.1 This message has been blocked because it contains a suspicious link', 'spam_rejected'],
  ['454 4.7.0 TLS not available due to temporary reason', 'tls_unavailable'],
  ['550 5.7.1 Нет обратной записи DNS (PTR) для вашего IP', 'ptr_missing'],
  ['421 4.7.0 Требуется STARTTLS', 'tls_required'],
  ['550 5.7.1 Релей запрещен', 'relay_denied'],
  ['550 5.7.1 Ваш аккаунт заблокирован за рассылку спама', 'policy_rejected'],
  ['550 5.2.1 Почтовый ящик заблокирован', 'recipient_unknown'],
  // other clients' errors, as pasted
  ['msmtp: TLS handshake failed: An unexpected TLS packet was received.', 'wrong_security_mode'],
  ["msmtp: TLS certificate verification failed: the certificate hasn't got a known issuer", 'certificate_invalid'],
  ['msmtp: the server does not support TLS via the STARTTLS command', 'tls_unavailable'],
  ['msmtp: envelope from address sales@example.com not accepted by the server', 'sender_not_owned'],
  ['msmtp: the server sent an empty reply', 'connection_lost'],
  ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed', 'connection_lost'],
  ['smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'auth_unavailable'],
  ['SMTP Error: Could not authenticate.', 'auth_failed'],
  ['javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed', 'certificate_invalid'],
  ['Net::ReadTimeout', 'connection_timeout'],
  ['curl: (6) Could not resolve host: smtp.exmaple.com', 'dns_not_found'],
  ['Jan 10 12:00:05 mail postfix/smtp[907]: certificate verification failed for mx.example.org[203.0.113.7]:25: untrusted issuer /C=US/O=Example', 'certificate_invalid'],
  ['550 5.7.0 Mail Sending denied. This account has been blocked from sending mail', 'policy_rejected'],
  ['550 Requested action not taken: mailbox unavailable\n550 invalid DNS PTR resource record, IP=203.0.113.5', 'ptr_missing'],
  ['550 5.7.1 Service unavailable; Client host [203.0.113.5] blocked by Comcast. Please visit http://postmaster.comcast.net/smtp-error-codes.php#BL000000', 'blacklisted'],
  ['550 DY-001 (SNT004-MC1F43) Unfortunately, messages from 203.0.113.5 weren\'t sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.', 'blacklisted'],
  ['550 5.7.10 Email rejected: message not sent over TLS', 'tls_required'],
  ['550 Unauthorized sender address', 'sender_not_owned'],
  ['550 5.0.0 Maximum credits exceeded', 'quota_exceeded'],
  ['454 Throttling failure: Daily message quota exceeded.', 'quota_exceeded'],
  // SES's send rate is our account's sending quota, as its daily quota is (settled in the thirty-eighth pass; it was rate_limited).
  ['454 Throttling failure: Maximum sending rate exceeded.', 'quota_exceeded'],
  ['550-5.7.27 The sender\'s domain (example.com) doesn\'t pass SPF authentication.', 'spf_failed'],
  // near misses of the patterns above
  ['550 5.7.1 Recipient domain is blocked', 'policy_rejected'],
  ['454 4.7.0 The server does not support TLS 1.0', 'tls_handshake_failed'],
  ['535 5.7.8 Your account has been locked due to too many failed login attempts', 'rate_limited'],
  ['451-The server has reached its limit for processing requests from your host.\n451 Please try again later.', 'rate_limited'],
  ['554 5.7.1 Message rejected: mail from dynamic IP addresses is not allowed', 'blacklisted'],
  ['554 5.7.0 Reject, id=12345-01 - spam', 'spam_rejected'],
  ['554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Test-Signature', 'policy_rejected'],
  ['553 5.7.1 You are trying to send mail as <x@y.com> which is not allowed', 'sender_not_owned'],
  ['550 5.7.1 Sender is not same as SMTP authenticate username', 'sender_not_owned'],
];

describe('classify: one row per reply', () => {
  test('the table is large and covers every category', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    const covered = new Set(ROWS.map((r) => r[1]));
    expect(CATEGORIES.filter((c) => !covered.has(c))).toEqual([]);
  });

  // One object per row: jest treats extra positional parameters as a `done` callback.
  test.each(ROWS.map(([text, category, extra, context], i) => ({ i, text, category, extra, context })))('#$i $text → $category', ({ text, category, extra, context }) => {
    const result = classifyDetailed({ text, ...extra }, context);
    expect({ text, category: result.diagnosis.category, rule: result.rule }).toEqual({ text, category, rule: result.rule });
    const d = result.diagnosis;
    expect(d.cause.length).toBeGreaterThan(10);
    expect(d.remedy.length).toBeGreaterThan(10);
    expect(typeof d.permanent).toBe('boolean');
  });
});

describe('classify: reply parsing', () => {
  test('joins a multi-line reply and keeps one prefix', () => {
    expect(joinReply('550-5.7.26 This mail is\n550-5.7.26 unauthenticated\n550 5.7.26 blocked')).toBe('550-5.7.26 This mail is unauthenticated blocked');
    expect(joinReply('530-5.5.1 Authentication Required. Learn more at\\n530 5.5.1 https://x')).toBe('530-5.5.1 Authentication Required. Learn more at https://x');
    expect(joinReply('550-5.7.26 a 550-5.7.26 b 550 5.7.26 c')).toBe('550-5.7.26 a b c');
  });
  test('finds the reply code where replies appear, not in ports or IPs', () => {
    expect(replyCode('Invalid login: 535-5.7.8 Username')).toBe(535);
    expect(replyCode('connect ECONNREFUSED 1.2.3.4:465')).toBeUndefined();
    expect(replyCode('host mx[1.2.3.4] said: 550 5.1.1 <a@b>: no')).toBe(550);
    expect(replyCode('Diagnostic-Code: smtp; 552 5.2.2 full')).toBe(552);
    expect(findEnhanced('host [5.45.198.1] said: nothing')).toBeUndefined();
    expect(findEnhanced('dsn=4.4.1, status=deferred')).toBe('4.4.1');
  });
});

// The twenty-fifth pass (test-21): how quoters leave a reply, read back as the reply.
describe('joinReply: replies as quoters leave them', () => {
  test('Markdown bold around a cause and a backslash-escaped apostrophe read as the reply', () => {
    expect(joinReply('Sender address rejected: **Domain not found**')).toBe('Sender address rejected: Domain not found');
    expect(joinReply("dd this user doesn\\'t have a btinternet.com account")).toBe("dd this user doesn't have a btinternet.com account");
    expect(joinReply('*** ATTENTION ***')).toBe('*** ATTENTION ***');
  });
  test('a continuation prefix inside a sentence is dropped; one after a reply cue is kept', () => {
    expect(joinReply('Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address.'))
      .toBe('Our system has detected an unusual rate of unsolicited mail originating from your IP address.');
    expect(joinReply('the server responded with 421-4.7.0 try again later')).toBe('the server responded with 421-4.7.0 try again later');
  });
  test('a number below 400 alone in a table cell is no reply; a 4xx or 5xx there is', () => {
    expect(replyCode('ConnectTimeout | error | 202 | The connection timed out connecting to the given host. | |')).toBeUndefined();
    expect(replyCode('| 550 | Requested action not taken: mailbox unavailable |')).toBe(550);
    // A reply after the dash that ends an application's error summary, in lower case too (gophish#521, the thirty-eighth pass).
    expect(replyCode('Error Sending Email - 422 try again in 15 seconds.')).toBe(422);
    expect(replyCode('error sending message to campaign x - 450 Too many recipient attempts')).toBe(450);
  });
});

describe('classify: permanence and fix side', () => {
  test('4xx is temporary, 5xx permanent, where the category follows the code', () => {
    expect(classify({ text: '452 4.2.2 over quota' }).permanent).toBe(false);
    expect(classify({ text: '552 5.2.2 mailbox full' }).permanent).toBe(true);
    expect(classify({ text: 'Connection timed out' }).permanent).toBe(false);
    expect(classify({ text: 'connect ECONNREFUSED 1.2.3.4:587' }).permanent).toBe(false); // retried, as MTAs do
    expect(classify({ text: '550 5.4.5 Daily user sending limit exceeded - gsmtp' }).permanent).toBe(false);
    expect(classify({ text: '535 5.7.8 bad' }).permanent).toBe(true);
  });
  test('sender quota is ours, a full mailbox is the recipient\'s', () => {
    expect(classify({ text: '550 5.4.5 Daily user sending quota exceeded. - gsmtp' }).fixSide).toBe('sender');
    expect(classify({ text: '552 5.2.2 Quota exceeded (mailbox for user is full)' }).fixSide).toBe('recipient');
  });
  test('every category has a remedy entry and every rule a known category', () => {
    for (const c of CATEGORIES) expect(REMEDIES[c]).toBeDefined();
    for (const r of RULES) expect(CATEGORIES).toContain(r.category);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('classify: the context makes the remedy concrete', () => {
  test('sender_not_owned names the login and the From address', () => {
    const d = classify({ text: '553 5.7.1 Sender address rejected: not owned by auth user' }, { email: 'b@y.ru', username: 'a@x.ru', host: 'mail.x.ru', port: 465, security: 'ssl' });
    expect(d.category).toBe('sender_not_owned');
    expect(d.remedy).toContain('The login is a@x.ru but the From address is b@y.ru');
  });
  test('sender_not_owned reads login and From out of a Postfix reply when no context is given', () => {
    const d = classify({ text: '553 5.7.1 <b@y.ru>: Sender address rejected: not owned by user a@x.ru' });
    expect(d.remedy).toContain('a@x.ru');
    expect(d.remedy).toContain('b@y.ru');
  });
  test('spf_failed names the domain, the dig command and the provider include', () => {
    const d = classify({ text: '550 5.7.1 spf check failed' }, { email: 'info@shop.example', host: 'smtp.yandex.ru', port: 465, security: 'ssl' });
    expect(d.remedy).toContain('dig +short TXT shop.example');
    expect(d.remedy).toContain('include:_spf.yandex.net');
    expect(d.cause).toContain('shop.example');
  });
  test('connection failures name host:port and security', () => {
    const ctx: SenderContext = { host: 'smtp.example.com', port: 587, security: 'starttls' };
    expect(classify({ text: 'Connection timed out' }, ctx).remedy).toContain('nc -vz smtp.example.com 587');
    expect(classify({ text: 'connect ECONNREFUSED 1.2.3.4:587' }, ctx).cause).toContain('smtp.example.com:587 (security starttls)');
    expect(classify({ text: 'connect ECONNREFUSED 10.0.0.1:2525' }).cause).toContain('10.0.0.1:2525');
  });
  test('greeting timeout on 465 with starttls is a wrong security mode, with the fix', () => {
    const d = classify({ text: 'Greeting never received', errorCode: 'ETIMEDOUT' }, { host: 'smtp.example.com', port: 465, security: 'starttls' });
    expect(d.category).toBe('wrong_security_mode');
    expect(d.remedy).toContain('smtp.example.com:465 (security starttls)');
    expect(d.remedy).toContain('set security to ssl');
    expect(classify({ text: 'Greeting never received' }, { port: 587, security: 'starttls' }).category).toBe('greeting_timeout');
  });
  test('ssl on 587 says to use starttls', () => {
    const d = classify({ text: 'wrong version number' }, { host: 'smtp.example.com', port: 587, security: 'ssl' });
    expect(d.category).toBe('wrong_security_mode');
    expect(d.remedy).toContain('set security to starttls');
  });
  test('535 on a Gmail, Yandex or Mail.ru account names the app password and the official page', () => {
    const gmail = classify({ text: '535 5.7.8 Username and Password not accepted' }, { email: 'a@gmail.com', preset: 'gmail' });
    expect(gmail.category).toBe('auth_failed');
    expect(gmail.provider).toBe('gmail');
    expect(gmail.remedy).toContain('app password');
    expect(gmail.links).toContain(PRESETS.gmail.links[0]!.url);
    const yandex = classify({ text: '535 5.7.8 Error: authentication failed: Invalid user or password!' }, { email: 'info@shop.ru', host: 'smtp.yandex.ru' });
    expect(yandex.provider).toBe('yandex');
    expect(yandex.remedy).toContain(PRESETS.yandex.links[0]!.url);
    const mailru = classify({ text: '535 Incorrect authentication data' }, { email: 'x@bk.ru' });
    expect(mailru.provider).toBe('mailru');
    expect(mailru.links).toEqual(PRESETS.mailru.links.map((l) => l.url));
    const custom = classify({ text: '535 Incorrect authentication data' }, { email: 'x@corp.example', host: 'mail.corp.example' });
    expect(custom.provider).toBeUndefined();
    expect(custom.remedy).not.toContain('app password');
  });
  test('Microsoft 5.7.139 points at the official SMTP AUTH page', () => {
    const d = classify({ text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.' }, { username: 'a@contoso.com', host: 'smtp.office365.com' });
    expect(d.category).toBe('smtp_auth_disabled');
    expect(d.provider).toBe('microsoft');
    expect(d.links).toContain('https://aka.ms/smtp_auth_disabled');
    expect(d.remedy).toContain('a@contoso.com');
  });
  test('a rule that knows more than its category gives its own cause and remedy', () => {
    const group = classify({ text: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required' });
    expect(group.category).toBe('policy_rejected');
    expect(group.fixSide).toBe('recipient');
    expect(group.remedy).toMatch(/allowed senders/);
    const uribl = classify({ text: '550 5.7.1 URL in message body listed by URIBL' });
    expect(uribl.cause).toMatch(/link or domain in the message body/);
    expect(uribl.remedy).toMatch(/remove or replace it/);
  });
  test('links quoted in the reply come first', () => {
    const d = classify({ text: '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=XyZ or report' });
    expect(d.links[0]).toBe('http://help.mail.ru/notspam-support/id?c=XyZ');
  });
  test('huge and junk input does not throw', () => {
    expect(classify({ text: 'x'.repeat(5_000_000) }).category).toBe('unknown');
    expect(classify({ text: '\u0000\uFFFD\u0016\u0003' }).category).toBe('unknown');
  });
});

describe('reply position', () => {
  test.each([
    ['Start queue run: pid=449', undefined],
    ['exim 4.89 daemon started: pid=415, -q1h, listening for SMTP on port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4)', undefined],
    ['postfix/smtpd[4521]: connect from unknown[192.0.2.9]', undefined],
    ['INFO Mail sent to x@y.com, id 450abc, size 5521 bytes', undefined],
    ['Retrying in 421 seconds', undefined],
    ['[2024-01-01 10:00:00] INFO mailer: sent 450 messages in 552 ms', undefined],
    ['550 5.1.1 User unknown', 550],
    ['host mx.example.com[192.0.2.1] said: 451 4.7.1 Greylisted', 451],
    ['SMTP error from remote server for TEXT command, host: mx1.free.fr (212.27.48.7) reason: 550 mail dropped, bare LF found', 550],
    ["smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 535],
    // Python's reply tuple wins over a number quoted before it (test-24: a pytest assertion on the code it expected).
    ["E       assert '500' in \"{'ac2@chat.example': (451, b'4.3.0 Error: queue file write error')}\"", 451],
    ["AssertionError: expected '250', got {'x@y.example': (550, '5.1.1 User unknown')}", 550],
    ['Expected: 250, Got: 553 | 553 5.7.1 Sender address rejected: not owned by auth user.', 553],
    ['Expected response code 250 but got code "", with message ""', undefined],
    ['Expected response code 220 but code "", with message ""', undefined],
    ['Expected response code 250 but got code "554', 554],
    ['Expected response code "220" but got empty code.', undefined],
    ['Authenticator "LOGIN" returned "Expected response code "334" but got empty code.". Authenticator "PLAIN" returned "Expected response code "235" but got code "535", with message "535 5.7.8 Error: authentication failed".".', 535],
    ['Mail 554-Reject due to policy restrictions', 554],
    ['smtp;552 5.1.1 <a@b.example> recipient rejected', 552],
    ['jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.com, port: 587, response: 421', 421],
  ])('%s → %s', (text, code) => {
    expect(replyCode(text)).toBe(code);
  });
});

describe('warmUp: the rules readied ahead of time', () => {
  test('asks once whether there is time, and changes no decision', async () => {
    const { warmUp } = await import('../src/core/classify.js');
    const signals: FailureSignal[] = RULES.flatMap((r) => r.examples.map((e) => (typeof e === 'string' ? { text: e } : { ...e } as FailureSignal)));
    let asked = 0;
    warmUp(() => ++asked > 1);
    expect(asked).toBe(1);
    warmUp(() => true);
    const before = signals.map((s) => classifyDetailed(s).rule);
    warmUp(() => true);
    expect(signals.map((s) => classifyDetailed(s).rule)).toEqual(before);
    expect(new Set(before).size).toBeGreaterThan(RULES.length / 2);
  });
});

describe("a log's next-hop field", () => {
  // Postfix's "relay=host[ip]:port," names the next hop, no relaying: a rule that steps aside for relaying words still reads the reply.
  test('relay=host is no word about relaying', () => {
    const line = 'to=<a@b.example>, relay=mx.b.example[192.0.2.4]:25, delay=1, dsn=5.0.0, status=bounced (host mx.b.example[192.0.2.4] said: 501 5.5.4 Invalid argument (in reply to RCPT TO command))';
    expect(classifyDetailed({ text: line, stage: 'rcpt' }).rule).toBe('recipient.syntax-rcpt');
  });
});
