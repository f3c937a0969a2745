/** Output and input shared by several commands: lists, changes, standard input. */
import type { App } from '../app.js';
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

/** All of a stream (standard input) as bytes. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
