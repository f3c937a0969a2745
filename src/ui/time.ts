/**
 * The one way addr shows a point in time to people: the local time zone with its offset,
 * `2026-12-02 14:05:09 +03:00`, so that a time read in `list`, `show` or `log` needs no guessing.
 * JSON keeps ISO 8601 in UTC, as stored.
 */

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The stored form: 2026-12-02T11:05:09.000Z (UTC, as toISOString writes it). */
const STORED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Zone offsets in minutes by UTC quarter hour ("2026-12-02T11:0" + quarter). Offsets change only on quarter
 * hours (DST and zone changes fall on such boundaries), so one zone lookup serves all the times of a quarter:
 * `addr list` shows thousands of times taken within minutes of each other (test --all).
 */
const offsets = new Map<string, number>();

function zone(off: number): string {
  const abs = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** An ISO 8601 instant (or a Date) in local time with the offset; text that is not a time is returned as is. */
export function localTime(value: string | Date): string {
  if (typeof value === 'string' && STORED.test(value)) {
    const minute = Number(value.slice(14, 16));
    const key = `${value.slice(0, 14)}${Math.floor(minute / 15)}`;
    let off = offsets.get(key);
    if (off === undefined) {
      off = -new Date(Date.parse(value)).getTimezoneOffset();
      offsets.set(key, off);
    }
    // Shifted within its day: a little arithmetic on the text; across midnight: the Date way below.
    const minutes = Number(value.slice(11, 13)) * 60 + minute + off;
    if (minutes >= 0 && minutes < 1440) return `${value.slice(0, 10)} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${value.slice(17, 19)} ${zone(off)}`;
  }
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return String(value);
  const off = -new Date(ms).getTimezoneOffset();
  // The shifted instant's UTC form gives the wall-clock fields without another zone lookup.
  const wall = new Date(ms + off * 60_000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)} ${zone(off)}`;
}
