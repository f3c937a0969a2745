/**
 * nodemailer errors as applications log them: the JSON of an error object (possibly nested in a pino/winston
 * record) and the printed err.message ("Invalid login: 535 …", "connect ECONNREFUSED 1.2.3.4:465",
 * "Greeting never received"). Pure.
 */
import type { FailureSignal } from '../diagnosis.js';
import { lowerAddress, timeOf, type LogRecord } from './common.js';

interface ErrorLike {
  message?: unknown; code?: unknown; response?: unknown; responseCode?: unknown; command?: unknown;
  errno?: unknown; syscall?: unknown; address?: unknown; hostname?: unknown; port?: unknown; reason?: unknown;
}

const NODEMAILER_MESSAGE = /(?:Invalid login|Mail command failed|Recipient command failed|Can't send mail - all recipients were rejected|Data command failed|Message failed|Error upgrading connection with STARTTLS|Invalid greeting|Greeting never received|Connection timeout|Connection closed unexpectedly|Server terminates connection|connect E[A-Z]+ [\w.:[\]-]+|getaddrinfo E[A-Z_]+ [\w.-]+|read ECONNRESET|write EPROTO|Client network socket disconnected[^"'}]*|self[- ]signed certificate[^"'}]*|Hostname\/IP does not match certificate[^"'}]*|certificate has expired|unable to verify the first certificate|wrong version number|Missing credentials for "[A-Z-]+")(?::? [^"'}]*)?/;

function findError(value: unknown, depth = 0): ErrorLike | undefined {
  if (!value || typeof value !== 'object' || depth > 3) return undefined;
  const o = value as Record<string, unknown>;
  if (typeof o.response === 'string' || typeof o.responseCode === 'number'
    || (typeof o.code === 'string' && /^E[A-Z_]+$|^ERR_|CERT|SELF_SIGNED/.test(o.code))) return o as ErrorLike;
  for (const key of ['err', 'error', 'e', 'exception', 'cause', 'data', 'meta', 'details']) {
    const found = findError(o[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * libuv's negative errno numbers as Node puts them in err.errno (Linux values; the getaddrinfo ones are
 * libuv's own, the same everywhere). JSON.stringify(err) drops err.message, so a logged error object may
 * carry only these numbers.
 */
const ERRNO: Record<number, string> = {
  [-111]: 'ECONNREFUSED', [-110]: 'ETIMEDOUT', [-113]: 'EHOSTUNREACH', [-101]: 'ENETUNREACH', [-104]: 'ECONNRESET',
  [-32]: 'EPIPE', [-3008]: 'ENOTFOUND', [-3001]: 'EAI_AGAIN', [-3007]: 'ENOTFOUND',
};

export function signalFromError(e: ErrorLike): FailureSignal {
  const response = typeof e.response === 'string' ? e.response : undefined;
  let message = typeof e.message === 'string' ? e.message : undefined;
  const code = typeof e.code === 'string' ? e.code : undefined;
  // nodemailer overwrites Node's code (ECONNREFUSED → ESOCKET); errno keeps it (a name in old Node, a number now).
  const errno = typeof e.errno === 'string' ? e.errno : typeof e.errno === 'number' ? ERRNO[e.errno] : undefined;
  if (!message && !response && errno && typeof e.syscall === 'string') {
    // Node's own wording: "connect ECONNREFUSED 203.0.113.5:465", "getaddrinfo ENOTFOUND smtp.example.com".
    const host = typeof e.address === 'string' ? e.address : typeof e.hostname === 'string' ? e.hostname : undefined;
    const where = host ? ` ${host}${typeof e.port === 'number' ? `:${e.port}` : ''}` : '';
    message = `${e.syscall} ${errno}${where}`;
  }
  const parts = [response ?? message ?? '', typeof e.reason === 'string' ? e.reason : ''];
  if (response && message && !message.includes(response)) parts.unshift(message);
  if (errno && !parts.join(' ').includes(errno)) parts.push(errno);
  return {
    text: parts.filter(Boolean).join(' '),
    code: typeof e.responseCode === 'number' ? e.responseCode : undefined,
    stage: typeof e.command === 'string' ? e.command : undefined,
    errorCode: code,
  };
}

export class NodemailerParser {
  static claims(line: string): boolean {
    return (line.includes('{') && (line.includes('"response') || line.includes('"code"') || line.includes('"responseCode"')))
      || NODEMAILER_MESSAGE.test(line);
  }

  parse(line: string): LogRecord | undefined {
    const open = line.indexOf('{');
    if (open >= 0 && line.length < 1_000_000) {
      const close = line.lastIndexOf('}');
      if (close > open) {
        try {
          const obj: unknown = JSON.parse(line.slice(open, close + 1));
          const err = findError(obj);
          if (err) {
            const o = obj as Record<string, unknown>;
            const time = typeof o.time === 'string' ? o.time : typeof o.timestamp === 'string' ? o.timestamp : timeOf(line);
            const from = [o.from, o.sender, (o.envelope as Record<string, unknown> | undefined)?.from].find((v) => typeof v === 'string') as string | undefined;
            const to = [o.to, o.recipient].find((v) => typeof v === 'string') as string | undefined;
            return { source: 'nodemailer', line, time, status: 'error', sender: lowerAddress(from), recipient: lowerAddress(to), signal: signalFromError(err) };
          }
        } catch { /* not JSON: fall through to the message form */ }
      }
    }
    const m = NODEMAILER_MESSAGE.exec(line);
    if (!m) return undefined;
    const code = /\[?\b(E(?:AUTH|ENVELOPE|MESSAGE|SOCKET|CONNECTION|TIMEDOUT|DNS|TLS|PROTOCOL|NOAUTH))\b/.exec(line)?.[1];
    return { source: 'nodemailer', line, time: timeOf(line), status: 'error', signal: { text: m[0], errorCode: code } };
  }
}
