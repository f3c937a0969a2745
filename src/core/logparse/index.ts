export { LogScanner } from './scanner.js';
export { maskSecrets, clip, type LogRecord, type RecordSource } from './common.js';
export { PostfixParser, POSTFIX_TRIGGERS } from './postfix.js';
export { EximParser } from './exim.js';
export { SendmailParser } from './sendmail.js';
export { MsmtpParser } from './msmtp.js';
export { NodemailerParser, signalFromError } from './nodemailer.js';
export { SmtpReplyParser } from './smtp.js';
export { DsnParser } from './dsn.js';
