/**
 * The one way addr shows a point in time to people: the local time zone with its offset,
 * `2026-12-02 14:05:09 +03:00`, so that a time read in `list`, `show` or `log` needs no guessing.
 * JSON keeps ISO 8601 in UTC, as stored.
 */

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The zone's offset in minutes at an instant. Offsets change at most every quarter hour (DST and zone
 * changes fall on such boundaries), so one lookup serves a quarter hour; a table of addresses tested within
 * days of each other needs a few lookups instead of thousands.
 */
const offsets = new Map<number, number>();
function offsetAt(ms: number): number {
  const quarter = Math.floor(ms / 900_000);
  let off = offsets.get(quarter);
  if (off === undefined) {
    off = -new Date(quarter * 900_000).getTimezoneOffset();
    offsets.set(quarter, off);
  }
  return off;
}

/** An ISO 8601 instant (or a Date) in local time with the offset; text that is not a time is returned as is. */
export function localTime(value: string | Date): string {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return String(value);
  const off = offsetAt(ms);
  const abs = Math.abs(off);
  const zone = `${off < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  // The stored form (2026-12-02T11:05:09.000Z) shifted within its day: a little arithmetic on the text.
  if (typeof value === 'string' && value.length >= 20 && value[10] === 'T' && value[13] === ':' && value.endsWith('Z')) {
    const minutes = Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16)) + off;
    if (minutes >= 0 && minutes < 1440) return `${value.slice(0, 10)} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${value.slice(17, 19)} ${zone}`;
  }
  // Otherwise the shifted instant's UTC form, which needs no time-zone lookup.
  const wall = new Date(ms + off * 60_000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)} ${zone}`;
}
