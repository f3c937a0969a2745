/**
 * The one way addr shows a point in time to people: the local time zone with its offset,
 * `2026-12-02 14:05:09 +03:00`, so that a time read in `list`, `show` or `log` needs no guessing.
 * JSON keeps ISO 8601 in UTC, as stored.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** An ISO 8601 instant (or a Date) in local time with the offset; text that is not a time is returned as is. */
export function localTime(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const off = -d.getTimezoneOffset();
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
