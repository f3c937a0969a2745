/**
 * nodemailer errors as applications log them: the JSON of an error object (possibly nested in a pino/winston
 * record) and the printed err.message ("Invalid login: 535 …", "connect ECONNREFUSED 1.2.3.4:465",
 * "Greeting never received"). Pure.
 */
import { signalFromError, type ErrorLike } from '../signal.js';
import { lowerAddress, timeOf, type LogRecord } from './common.js';

// Where a printed message starts; messageAt says where it ends.
const NODEMAILER_MESSAGE = /(?:Invalid login|Mail command failed|Recipient command failed|Can't send mail - all recipients were rejected|Data command failed|Message failed|Error upgrading connection with STARTTLS|Invalid greeting|Greeting never received|Connection timeout(?!\s*[:=]\s*\d|\s+(?:is|was|means|indicates|suggests)\b)|Connection closed unexpectedly|Server terminates connection|connect E[A-Z]+ [\w.:[\]-]+|getaddrinfo E[A-Z_]+ [\w.-]+|read ECONNRESET|write EPROTO|Client network socket disconnected[^"'}]*|self[- ]signed certificate[^"'}]*|Hostname\/IP does not match certificate[^"'}]*|certificate has expired|unable to verify the first certificate|wrong version number|Missing credentials for "[A-Z-]+")/;

/**
 * The printed message that starts at `at`: inside a quoted string (console.log's `message: '…'`, a JSON "msg" that
 * did not parse, a template literal) up to its closing quote, escapes skipped; otherwise to the end of the line, so
 * that an apostrophe of the server's words ("weren't sent", "doesn't have") does not cut the reply. The quote is
 * the one just before the message or before its "Error: " prefix; after old Node's "[Error: " to its closing bracket.
 * A JSON-escaped quote inside the message (\"\", GoDaddy's 'Ensure the mailfrom domain: \"\" has a valid MX or A record.' in
 * strapi/strapi#8125) is part of it.
 */
function messageAt(line: string, at: number): string {
  let k = at;
  while (k > 0 && at - k < 24 && /[A-Za-z: ]/.test(line[k - 1]!)) k--;
  const q = line[k - 1];
  if (q === '[') {
    // Old Node's inspect: "{ [Error: Invalid login: 535 …] code: 'EAUTH' }": to the bracket that closes it.
    for (let i = at, depth = 1; i < line.length; i++) {
      if (line[i] === '[') depth++;
      else if (line[i] === ']' && --depth === 0) return line.slice(at, i).trimEnd();
    }
    return line.slice(at).trimEnd();
  }
  if (q !== '"' && q !== "'" && q !== '`') return line.slice(at).trimEnd();
  for (let i = at; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') { i++; continue; }
    if (c === q) return line.slice(at, i).trimEnd();
  }
  return line.slice(at).trimEnd();
}

function findError(value: unknown, depth = 0): ErrorLike | undefined {
  if (!value || typeof value !== 'object' || depth > 3) return undefined;
  const o = value as Record<string, unknown>;
  // A success logged with its reply ("response": "250 2.0.0 OK") is not an error.
  if ((typeof o.response === 'string' && !/^\s*[23]\d\d\b/.test(o.response)) || (typeof o.responseCode === 'number' && o.responseCode >= 400)
    || (typeof o.code === 'string' && /^E[A-Z_]+$|^ERR_|CERT|SELF_SIGNED/.test(o.code))) return o as ErrorLike;
  for (const key of ['err', 'error', 'e', 'exception', 'cause', 'data', 'meta', 'details']) {
    const found = findError(o[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * A printed error object's fields on a line of their own, without its message: util.inspect's output flattened by a paste
 * ('errno: -4077 code: "ESOCKET" syscall: "read" command: "CONN"', test-22: nodemailer on Windows) or a one-line object
 * ("{ errno: -104, code: 'ESOCKET', syscall: 'read', command: 'CONN' }"). A Node error code and the errno or syscall beside it
 * say what happened (signalFromError), as in a JSON-logged error. Indented, such a line is a field of the error above it
 * (the scanner's INSPECT_FIELD) and not read again.
 */
// nodemailer's codes and Node's network ones only: a file's or a server socket's error ("code: 'ENOENT', syscall: 'open'", "code:
// 'EADDRINUSE', syscall: 'listen'") is no mail failure.
const INSPECT_CODE = /(?:^|[\s{,])code:\s*['"]E(?:SOCKET|CONNECTION|TIMEDOUT|DNS|TLS|AUTH|ENVELOPE|MESSAGE|PROTOCOL|CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE)['"]/;
const NETWORK_SYSCALL = /^(?:connect|read|write|writev|shutdown|getaddrinfo|query\w*)$/;
const INSPECT_ERRNO = /(?:^|[\s{,])(?:errno|syscall):\s*['"-]?\w/;
const INSPECT_PAIR = /(?:^|[\s{,])(errno|code|syscall|command|address|port|hostname|responseCode|response)\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(-?\d+)\b)/g;

function inspectedFields(line: string): ErrorLike | undefined {
  if (!INSPECT_CODE.test(line) || !INSPECT_ERRNO.test(line)) return undefined;
  const o: Record<string, unknown> = {};
  for (const m of line.matchAll(INSPECT_PAIR)) o[m[1]!] = m[4] !== undefined ? Number(m[4]) : (m[2] ?? m[3]);
  if (typeof o.syscall === 'string' && !NETWORK_SYSCALL.test(o.syscall)) return undefined;
  return findError(o);
}

export class NodemailerParser {
  static claims(line: string): boolean {
    return (line.includes('{') && (line.includes('"response') || line.includes('"code"') || line.includes('"responseCode"')))
      || NODEMAILER_MESSAGE.test(line) || (INSPECT_CODE.test(line) && INSPECT_ERRNO.test(line));
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
            return { source: 'nodemailer', line, time, status: 'error', sender: lowerAddress(from), recipient: lowerAddress(to), signal: signalFromError(err).signal };
          }
        } catch { /* not JSON: fall through to the message form */ }
      }
    }
    const m = NODEMAILER_MESSAGE.exec(line);
    if (!m) {
      const fields = inspectedFields(line);
      return fields ? { source: 'nodemailer', line, time: timeOf(line), status: 'error', signal: signalFromError(fields).signal } : undefined;
    }
    const code = /\[?\b(E(?:AUTH|ENVELOPE|MESSAGE|SOCKET|CONNECTION|TIMEDOUT|DNS|TLS|PROTOCOL|NOAUTH))\b/.exec(line)?.[1];
    return { source: 'nodemailer', line, time: timeOf(line), status: 'error', signal: { text: messageAt(line, m.index), errorCode: code } };
  }
}
