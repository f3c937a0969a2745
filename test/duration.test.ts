/** One duration syntax (core/duration.ts) and one way to show a time (ui/time.ts), table by table. */
import { describe, it, expect } from '@jest/globals';
import { formatDuration, parseSince, parseTimeoutFlag, timeoutMs } from '../src/core/duration.js';
import { localTime } from '../src/ui/time.js';

describe('timeouts: a bare number is seconds, as in curl and swaks', () => {
  it.each([
    ['5', 5000], ['0.5', 500], ['1.5', 1500], ['10s', 10_000], ['800ms', 800], ['2m', 120_000], [' 3 s ', 3000], ['1.5m', 90_000],
    ['3600', 3_600_000], [5, 5000], [2.5, 2500],
  ] as [string | number, number][])('%j → %d ms', (value, ms) => {
    expect(timeoutMs(value)).toBe(ms);
  });
  it.each(['0', '0s', '-1', 'fast', '5x', '1h', '2d', '', '3601', '61m', 'ms', '5 5'])('%j is refused', (value) => {
    expect(timeoutMs(value)).toBeNull();
  });
  it('names the flag in the usage error', () => {
    expect(() => parseTimeoutFlag('5x', '--greeting-timeout')).toThrow(/--greeting-timeout "5x" is not a duration/);
    expect(parseTimeoutFlag('5', '--greeting-timeout')).toBe(5000);
  });
  it('formats as it parses', () => {
    expect(formatDuration(10_000)).toBe('10s');
    expect(formatDuration(800)).toBe('800ms');
    expect(timeoutMs(formatDuration(1500))).toBe(1500);
  });
});

describe('--since: the same durations back from now (h, d, w too), or a date', () => {
  const now = new Date('2026-12-02T12:00:00.000Z');
  it.each([
    ['3600', '2026-12-02T11:00:00.000Z'], ['90m', '2026-12-02T10:30:00.000Z'], ['24h', '2026-12-01T12:00:00.000Z'], ['7d', '2026-11-25T12:00:00.000Z'],
    ['2w', '2026-11-18T12:00:00.000Z'], ['30s', '2026-12-02T11:59:30.000Z'], ['2026-03-01', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01T10:00Z', '2026-03-01T10:00:00.000Z'], ['2026-03-01 10:00+03:00', '2026-03-01T07:00:00.000Z'],
  ])('%s', (value, iso) => {
    expect(parseSince(value, now)).toBe(iso);
  });
  it.each(['yesterday', '7x', '2026-13-45', '-1d'])('%s is refused with a usage error', (value) => {
    expect(() => parseSince(value, now)).toThrow(/--since .* is neither a date nor a duration/);
  });
});

describe('times for people: local time with its offset', () => {
  // The offset comes from the process's time zone (TZ); the built binary is tested with TZ set.
  it('shows the local wall clock and the offset that goes with it', () => {
    const iso = '2026-12-02T11:05:09.123Z';
    const text = localTime(iso);
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2}):(\d{2})$/.exec(text);
    expect(m).not.toBeNull();
    const [, y, mo, d, h, mi, s, sign, oh, om] = m!;
    const offsetMin = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetMin * 60_000;
    expect(utc).toBe(Date.parse('2026-12-02T11:05:09.000Z'));
  });
  it('agrees with the Date getters for the stored form, a Date, across days and DST changes', () => {
    const fields = (d: Date) => {
      const off = -d.getTimezoneOffset();
      const two = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${off < 0 ? '-' : '+'}${two(Math.floor(Math.abs(off) / 60))}:${two(Math.abs(off) % 60)}`;
    };
    for (let ms = Date.parse('2026-01-01T00:00:00Z'); ms < Date.parse('2027-01-01T00:00:00Z'); ms += 3 * 3_600_000 + 7 * 60_000 + 11_000) {
      const d = new Date(ms);
      expect(localTime(d.toISOString())).toBe(fields(d));
      expect(localTime(d)).toBe(fields(d));
    }
  });
  it('leaves text that is not a time as it is', () => {
    expect(localTime('not a time')).toBe('not a time');
  });
});
