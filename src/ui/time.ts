/**
 * The one way addr shows a point in time to people: the local time zone with its offset,
 * `2026-12-02 14:05:09 +03:00`, so that a time read in `list`, `show` or `log` needs no guessing.
 * JSON keeps ISO 8601 in UTC, as stored.
 */

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Zone offsets by UTC quarter hour ("2026-12-02T11:0" + quarter), with their text (+03:00). Offsets change only
 * on quarter hours (DST and zone changes fall on such boundaries), so one zone lookup serves all the times of
 * a quarter: `addr list` shows thousands of times taken within minutes of each other (test --all).
 */
const offsets = new Map<string, { off: number; text: string }>();

function zone(off: number): string {
  const abs = Math.abs(off);
  return `${off < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Two ASCII digits at i as a number. */
const num2 = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;

/** An ISO 8601 instant (or a Date) in local time with the offset; text that is not a time is returned as is. */
export function localTime(value: string | Date): string {
  // The stored form, 2026-12-02T11:05:09.000Z (toISOString), shifted within its day: arithmetic on the text.
  if (typeof value === 'string' && value.length === 24 && value.charCodeAt(10) === 84 && value.charCodeAt(23) === 90) {
    const minute = num2(value, 14);
    const key = value.slice(0, 14) + (minute >= 30 ? (minute >= 45 ? '3' : '2') : (minute >= 15 ? '1' : '0'));
    let z = offsets.get(key);
    if (z === undefined) {
      const off = -new Date(Date.parse(value)).getTimezoneOffset();
      z = { off, text: zone(off) };
      offsets.set(key, z);
    }
    const minutes = num2(value, 11) * 60 + minute + z.off;
    if (minutes >= 0 && minutes < 1440 && minute < 60) {
      return `${value.slice(0, 10)} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${value.slice(17, 19)} ${z.text}`;
    }
  }
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms)) return String(value);
  const off = -new Date(ms).getTimezoneOffset();
  // Across midnight (or from a Date): the shifted instant's UTC form gives the wall clock without another lookup.
  const wall = new Date(ms + off * 60_000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)} ${zone(off)}`;
}
