/**
 * msmtp's log (its `logfile`, or syslog with `syslog on`): one line per mail, key=value pairs, e.g.
 *   Mar 13 11:29:50 host=smtp.gmail.com tls=on auth=on user=me@gmail.com from=me@gmail.com recipients=a@b.example
 *   smtpstatus=535 smtpmsg='535-5.7.8 Username and Password not accepted. …' errormsg='authentication failed
 *   (method PLAIN)' exitcode=EX_NOPERM
 * (msmtp.c, msmtp_get_log_info: smtpstatus/smtpmsg when the server replied, errormsg on failure, exitcode a
 * sysexits name). Lines with exitcode=EX_OK are deliveries. Pure.
 */
import type { Stage } from '../stages.js';
import { lowerAddress, timeOf, type LogRecord } from './common.js';

/** What msmtp's own error message says about the stage that failed. */
const STAGES: Array<[RegExp, Stage]> = [
  [/cannot (?:connect|locate host)|network|connection (?:refused|timed out)/i, 'connect'],
  [/\bTLS\b|certificate|STARTTLS/i, 'tls'],
  [/authentication|\bAUTH\b|password/i, 'auth'],
  [/envelope from address/i, 'mail'],
  [/recipient address/i, 'rcpt'],
  [/did not accept the mail/i, 'data'],
];

const field = (line: string, key: string): string | undefined => {
  const quoted = new RegExp(`(?:^|\\s)${key}='((?:[^']|'(?!\\s+\\w+=|$))*)'`).exec(line);
  if (quoted) return quoted[1];
  return new RegExp(`(?:^|\\s)${key}=(\\S+)`).exec(line)?.[1];
};

export class MsmtpParser {
  static claims(line: string): boolean {
    return line.includes(' exitcode=EX_') && line.includes('host=');
  }

  parse(line: string): LogRecord | undefined {
    const exit = /\bexitcode=(EX_[A-Z]+)/.exec(line)?.[1];
    if (!exit || exit === 'EX_OK') return undefined;
    const reply = field(line, 'smtpmsg');
    const error = field(line, 'errormsg');
    const status = Number(field(line, 'smtpstatus'));
    const text = reply ? (error ? `${reply} (${error})` : reply) : error ?? exit;
    const stage = error ? STAGES.find(([re]) => re.test(error))?.[1] : undefined;
    const from = field(line, 'from')?.replace(/^'|'$/g, '');
    const recipient = field(line, 'recipients')?.split(',')[0];
    return {
      source: 'msmtp',
      line,
      time: timeOf(line),
      status: exit === 'EX_TEMPFAIL' ? 'deferred' : 'failed',
      sender: lowerAddress(from),
      recipient: lowerAddress(recipient),
      signal: { text, code: Number.isInteger(status) && status >= 200 ? status : undefined, stage },
    };
  }
}
