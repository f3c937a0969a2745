/**
 * Colour for people, plain text for pipes and NO_COLOR. chalk is loaded only when colour is on.
 */
export interface Style {
  enabled: boolean;
  ok(s: string): string;
  fail(s: string): string;
  warn(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  accent(s: string): string;
}

const id = (s: string) => s;
export const PLAIN: Style = { enabled: false, ok: id, fail: id, warn: id, dim: id, bold: id, accent: id };

export async function makeStyle(enabled: boolean): Promise<Style> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    enabled: true,
    ok: (s) => c.green(s),
    fail: (s) => c.red(s),
    warn: (s) => c.yellow(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    accent: (s) => c.cyan(s),
  };
}

/** Visible width of a string: strips ANSI escapes; counts each code point as one column. */
export function visibleWidth(s: string): number {
  // Fast path: plain ASCII (the common case in tables of addresses and hosts).
  // eslint-disable-next-line no-control-regex
  if (!/[^\x20-\x7e]/.test(s)) return s.length;
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

export function pad(s: string, width: number): string {
  const w = visibleWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** A plain aligned table: header row, then rows; columns separated by two spaces. */
export function table(header: string[], rows: string[][], style: Style): string {
  // Widths are measured once per cell: `addr list` renders thousands of them on every run.
  const all = [header, ...rows];
  const cellWidths = all.map((r) => r.map(visibleWidth));
  const widths = header.map((_, i) => Math.max(...cellWidths.map((w) => w[i] ?? 0)));
  const last = header.length - 1;
  const lines = all.map((cells, r) => {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
      line += i === last ? cells[i] : cells[i] + ' '.repeat(widths[i]! - cellWidths[r]![i]! + 2);
    }
    return line.trimEnd();
  });
  lines[0] = style.bold(lines[0]!);
  return lines.join('\n');
}
