/**
 * Input adapter for `addr diagnose`: files or stdin ("-"), gzip detected by its magic bytes, streamed line by line
 * with constant memory. Lines are capped (the rest of an overlong line is skipped); invalid UTF-8 becomes U+FFFD.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

/** Longest line kept, in characters; the rest of a longer line is dropped. */
export const MAX_LINE = 64 * 1024;

export interface ReadStats { lines: number; truncated: number }

async function* withGunzip(source: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  let first = await it.next();
  // Make sure two bytes are there for the magic test.
  while (!first.done && first.value.length < 2) {
    const next = await it.next();
    if (next.done) break;
    first = { done: false, value: Buffer.concat([first.value, next.value]) };
  }
  if (first.done) return;
  const head = first.value;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest();
    return;
  }
  const gunzip = Readable.from(rest()).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    throw new InputError(`${name} is not valid gzip: ${(err as Error).message}.`, 'Check the file, or decompress it first.', { cause: err });
  }
}

/** Calls onLine for each line of the input; resolves with counts. Throws InputError when it cannot be read. */
export async function readLines(file: string, onLine: (line: string) => void, stdin: NodeJS.ReadableStream = process.stdin): Promise<ReadStats> {
  const name = file === '-' ? 'standard input' : file;
  const stream = file === '-' ? stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  const decoder = new StringDecoder('utf8');
  const stats: ReadStats = { lines: 0, truncated: 0 };
  let carry = '';
  let dropping = false;
  const emit = (line: string): void => {
    stats.lines += 1;
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  };
  const take = (s: string): void => {
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      if (dropping) {
        dropping = false;
        emit(carry);
        carry = '';
      } else if (carry) {
        const line = carry + s.slice(start, Math.min(nl, start + MAX_LINE));
        if (nl - start + carry.length > MAX_LINE) stats.truncated += 1;
        carry = '';
        emit(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
      } else if (nl - start > MAX_LINE) {
        stats.truncated += 1;
        emit(s.slice(start, start + MAX_LINE));
      } else {
        emit(s.slice(start, nl));
      }
      start = nl + 1;
    }
    if (start < s.length && !dropping) {
      carry += s.slice(start, start + MAX_LINE - carry.length + 1);
      if (carry.length > MAX_LINE) {
        carry = carry.slice(0, MAX_LINE);
        dropping = true;
        stats.truncated += 1;
      }
    }
  };
  try {
    for await (const chunk of withGunzip(stream as AsyncIterable<Buffer>, name)) {
      take(decoder.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`Cannot read ${name}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message}.`,
      'Check the path and permissions; use - to read standard input.', { cause: err });
  }
  take(decoder.end());
  if (carry || dropping) emit(carry);
  return stats;
}
