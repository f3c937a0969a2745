/**
 * The one mapping of an error object (nodemailer's, or Node's as an application logged it) onto the FailureSignal
 * the classifier reads. Used by `addr send` (a live error) and by the log parsers (a JSON-logged error). Pure.
 *
 * nodemailer overwrites Node's code (ECONNREFUSED, ERR_SSL_…) with its own (ESOCKET, EDNS…) and keeps the first in
 * `originalCode` (recent versions) or only in the message and `errno`; timeouts carry `timeoutType`.
 * JSON.stringify(err) drops err.message, so a logged error may carry only errno and syscall.
 */
import type { FailureSignal } from './diagnosis.js';
import { stageOfCommand, type Stage } from './stages.js';

/** The fields of an error that matter (all optional, of unknown type when they come from a log). */
export interface ErrorLike {
  message?: unknown; code?: unknown; originalCode?: unknown; response?: unknown; responseCode?: unknown; command?: unknown;
  timeoutType?: unknown; errno?: unknown; syscall?: unknown; address?: unknown; hostname?: unknown; port?: unknown; reason?: unknown;
}

/**
 * libuv's negative errno numbers as Node puts them in err.errno: Linux's, macOS's and the BSDs' (the system's errno), and
 * Windows's (libuv's own UV__E… numbers, include/uv/errno.h: -4078 ECONNREFUSED, -4077 ECONNRESET, …; test-22's nodemailer
 * on Windows printed "errno: -4077 code: \"ESOCKET\" syscall: \"read\""); the getaddrinfo ones are libuv's own, the same
 * everywhere. The numbers do not collide: Linux's -51/-54/-60/-61/-65 name no socket error.
 */
const ERRNO: Record<number, string> = {
  [-111]: 'ECONNREFUSED', [-110]: 'ETIMEDOUT', [-113]: 'EHOSTUNREACH', [-101]: 'ENETUNREACH', [-104]: 'ECONNRESET',
  [-32]: 'EPIPE', [-3008]: 'ENOTFOUND', [-3001]: 'EAI_AGAIN', [-3007]: 'ENOTFOUND',
  [-61]: 'ECONNREFUSED', [-60]: 'ETIMEDOUT', [-65]: 'EHOSTUNREACH', [-51]: 'ENETUNREACH', [-54]: 'ECONNRESET',
  [-4078]: 'ECONNREFUSED', [-4039]: 'ETIMEDOUT', [-4073]: 'EHOSTUNREACH', [-4062]: 'ENETUNREACH', [-4077]: 'ECONNRESET', [-4047]: 'EPIPE',
};

const TLS_CODE = /^(?:ERR_SSL_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERT_|UNABLE_TO_|HOSTNAME_MISMATCH|EPROTO$)/;
const DNS_CODE = /^(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|EDNS|ENODATA)$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

export function signalFromError(e: ErrorLike): { signal: FailureSignal; stage: Stage | null } {
  const response = str(e.response);
  let message = str(e.message);
  const code = str(e.code);
  const errno = typeof e.errno === 'number' ? ERRNO[e.errno] : str(e.errno);
  if (!message && !response && errno && typeof e.syscall === 'string') {
    // Node's own wording: "connect ECONNREFUSED 203.0.113.5:465", "getaddrinfo ENOTFOUND smtp.example.com".
    const host = str(e.address) ?? str(e.hostname);
    message = `${e.syscall} ${errno}${host ? ` ${host}${typeof e.port === 'number' ? `:${e.port}` : ''}` : ''}`;
  }
  const parts = [response ?? message ?? 'unknown error'];
  if (response && message && !message.includes(response)) parts.unshift(message);
  const reason = str(e.reason);
  if (reason && !parts.join(' ').includes(reason)) parts.push(reason);
  if (errno && !parts.join(' ').includes(errno)) parts.push(errno);
  const text = parts.join(' ');

  let errorCode = str(e.originalCode) ?? code;
  if (/wrong version number/i.test(text)) errorCode = 'ERR_SSL_WRONG_VERSION_NUMBER';
  else if (!e.originalCode && (code === 'ESOCKET' || code === 'ECONNECTION' || code === undefined)) {
    const m = /\b(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b/.exec(text);
    if (m) errorCode = m[1];
    else if (errno) errorCode = errno;
  }

  let stage: Stage | null = stageOfCommand(str(e.command)) ?? null;
  let timeout: FailureSignal['timeout'];
  switch (e.timeoutType) {
    case 'GREETING_TIMEOUT': timeout = 'greeting'; stage = 'greeting'; break;
    case 'CONNECT_TIMEOUT': timeout = 'connect'; stage = 'connect'; break;
    case 'UPGRADE_TIMEOUT': timeout = 'command'; stage = 'tls'; break;
    case 'SOCKET_TIMEOUT': timeout = 'command'; if (stage === 'connect') stage = null; break;
    default:
      if (code === 'ETIMEDOUT' && /greeting/i.test(text)) { timeout = 'greeting'; stage = 'greeting'; }
      else if (code === 'ETIMEDOUT') timeout = stage === 'connect' || stage === null ? 'connect' : 'command';
  }
  if (errorCode && DNS_CODE.test(errorCode)) stage = 'dns';
  else if (errorCode && TLS_CODE.test(errorCode)) stage = 'tls';
  else if (code === 'ETLS' && stage !== 'auth') stage = 'tls';

  const signal: FailureSignal = { text, stage: stage ?? undefined, errorCode: errorCode ?? undefined };
  if (typeof e.responseCode === 'number' && e.responseCode >= 200) signal.code = e.responseCode;
  if (timeout) signal.timeout = timeout;
  return { signal, stage };
}
