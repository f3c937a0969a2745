/**
 * The live test as data: stages, their results, and the report the SMTP adapter returns.
 * Pure types plus small helpers; the adapter in src/smtp/probe.ts fills them in.
 */
import type { Security } from './address.js';
import type { Diagnosis } from './diagnosis.js';

import type { Stage } from './stages.js';

export { STAGES, STAGE_LABELS, type Stage } from './stages.js';

export interface StageResult {
  stage: Stage;
  ok: boolean;
  /** Wall time of the stage in milliseconds. */
  ms: number;
  /** One-line human summary: "127.0.0.1", "TLSv1.3 TLS_AES_256_GCM_SHA384", "PLAIN as alice". */
  detail?: string;
  /** The server's reply to this stage, if it sent one (multi-line replies joined with "\n"). */
  reply?: string;
  /** Reply code (e.g. 250, 535) when the server answered. */
  code?: number;
  /** RFC 3463 enhanced status code, e.g. "5.7.8", when present in the reply. */
  enhanced?: string;
}

export interface CertificateInfo {
  subject: string;
  issuer: string;
  /** Subject alternative names as Node prints them: "DNS:smtp.example.com, IP Address:127.0.0.1". */
  altNames: string | null;
  validFrom: string; // ISO
  validTo: string; // ISO
  fingerprint256: string;
  protocol: string | null; // TLSv1.3
  cipher: string | null;
  /** true when the chain verified against the trust store (or --ca). */
  authorized: boolean;
  authorizationError: string | null;
}

/** One line of the SMTP conversation; secrets are masked before they get here. */
export interface TranscriptLine {
  /** ms since the start of the test */
  t: number;
  dir: 'client' | 'server' | 'info';
  line: string;
}

export interface ProbeTarget {
  host: string;
  port: number;
  security: Security;
  username: string | null;
  from: string;
  rcpt: string;
  tlsVerify: boolean;
  caFile: string | null;
}

/** What went wrong, in raw terms, before classification. */
export interface ProbeFailure {
  stage: Stage;
  /** One sentence, e.g. "The server rejected the login." */
  message: string;
  code?: number;
  enhanced?: string;
  reply?: string;
  /** Node/OpenSSL error code: ECONNREFUSED, ENOTFOUND, ERR_SSL_WRONG_VERSION_NUMBER, DEPTH_ZERO_SELF_SIGNED_CERT… */
  errorCode?: string;
  /** Which timeout fired, when one did. */
  timeout?: 'connect' | 'greeting' | 'command';
}

export interface ProbeReport {
  ok: boolean;
  target: ProbeTarget;
  startedAt: string;
  totalMs: number;
  stages: StageResult[];
  /** The EHLO keywords, after TLS when TLS was used. */
  capabilities: string[];
  authMechanisms: string[];
  certificate: CertificateInfo | null;
  failure: ProbeFailure | null;
  diagnosis: Diagnosis | null;
  transcript: TranscriptLine[];
  /** Message-ID of the test message when --send-to asked for one. */
  sentMessageId: string | null;
}

export interface ProbeTimeouts {
  /** TCP connect (and the implicit TLS handshake). */
  connectMs: number;
  /** From connect to the server's 220 greeting. */
  greetingMs: number;
  /** Each command's reply, STARTTLS handshake included, counted from the command (not from the last byte). */
  commandMs: number;
  /** The whole run for one address (live test or one send), whatever the server does. */
  deadlineMs: number;
}

export const DEFAULT_TIMEOUTS: ProbeTimeouts = { connectMs: 10_000, greetingMs: 10_000, commandMs: 15_000, deadlineMs: 60_000 };

/** Extracts the RFC 3463 enhanced status code from a reply, e.g. "535 5.7.8 Error" -> "5.7.8". */
export function enhancedCode(reply: string | undefined): string | undefined {
  if (!reply) return undefined;
  const m = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/m.exec(reply);
  return m?.[1];
}
