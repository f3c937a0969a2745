/**
 * The sender index's two questions about a raw input line, as LogScanner.push reads it (its "name | " prefix
 * stripped): what the line records as a queue id's sender, and which queue id's sender it asks for. Kept apart
 * from scanner.ts so that the walk's second thread (src/diagnose/walk-worker.ts) can answer them without loading
 * the classifier. Pure.
 */
import { stripPrefix } from './common.js';
import { EximParser } from './exim.js';
import { MsmtpParser } from './msmtp.js';
import { PostfixParser, postfixTag } from './postfix.js';

/** What push(raw) would record as a queue id → sender (a Postfix qmgr line, an Exim arrival), if anything. */
export function senderEntryOf(raw: string): { qid: string; sender: string } | undefined {
  const line = raw.includes('|') ? stripPrefix(raw) : raw;
  const tag = postfixTag(line);
  if (tag >= 0) return PostfixParser.senderEntry(line, tag);
  return line.startsWith('From ') || MsmtpParser.claims(line) ? undefined : EximParser.arrivalEntry(line);
}

/**
 * The queue id whose sender push(raw) asks the lookup for, when raw is a Postfix delivery or an Exim failure
 * (PostfixParser.senderQuery, EximParser.senderQuery); a guess may name an id push(raw) does not ask for.
 */
export function senderQuery(raw: string): string | undefined {
  const line = raw.includes('|') ? stripPrefix(raw) : raw;
  return postfixTag(line) >= 0 ? PostfixParser.senderQuery(line) : EximParser.senderQuery(line);
}
