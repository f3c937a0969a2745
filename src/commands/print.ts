/** Output and input shared by several commands: lists, changes, standard input. */
import type { App } from '../app.js';
import type { InputLimit } from '../core/limits.js';
import { ValidationError } from '../errors.js';
import { table } from '../ui/style.js';

export function printList<T>(app: App, items: T[], opts: { empty: string; header: string[]; row: (item: T) => string[] }): number {
  if (app.json) app.out(JSON.stringify(items, null, 2));
  else if (items.length === 0) app.err(opts.empty);
  else app.out(table(opts.header, items.map(opts.row), app.style));
  return 0;
}

export function printChange(app: App, json: Record<string, unknown>, sentence: string): number {
  app.out(app.json ? JSON.stringify(json) : sentence);
  return 0;
}

/** The error for an input over its limit: "The message on standard input is larger than 25 MiB, the limit of a message." */
export function tooLarge(what: string, limit: InputLimit): ValidationError {
  return new ValidationError('input', `${what} is larger than ${limit.label}, the limit of ${limit.what}.`, 'addr reads no more than that; see "Limits" in the README.');
}

/**
 * All of a stream (standard input) as bytes, up to `limit`: an endless or too large input is refused as soon as
 * it passes the limit (and no longer read), so memory stays bounded.
 */
export async function readStream(stream: NodeJS.ReadableStream, limit: InputLimit, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > limit.bytes) throw tooLarge(what, limit);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The first line of a stream, without its line end; reading stops there (what follows is not read). `null` when
 * the first `limit` bytes hold no line end and more follows.
 */
export async function readFirstLine(stream: NodeJS.ReadableStream, limit: InputLimit): Promise<string | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    const end = b.indexOf(0x0a);
    const part = end >= 0 ? b.subarray(0, end) : b;
    total += part.length;
    if (total > limit.bytes) return null;
    chunks.push(part);
    if (end >= 0) break;
  }
  const line = Buffer.concat(chunks, total).toString('utf8');
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
