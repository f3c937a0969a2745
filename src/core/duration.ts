/**
 * The one duration syntax of addr, for the timeouts (flags and config file), --deadline and --since.
 * A bare number means seconds, as in curl (--max-time 5) and swaks (--timeout 5); a unit may follow:
 * ms, s, m, and for --since also h, d, w. Pure: `now` is handed in.
 */
import { UsageError } from '../errors.js';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
type Unit = keyof typeof UNIT_MS;

/** A timeout or deadline may be at most an hour: longer would look like a hang. */
export const MAX_TIMEOUT_MS = 3_600_000;

const TIMEOUT_UNITS: readonly Unit[] = ['ms', 's', 'm'];
const SINCE_UNITS: readonly Unit[] = ['ms', 's', 'm', 'h', 'd', 'w'];

/** Milliseconds, or null when `value` is not a positive duration with one of `units`. */
function toMs(value: unknown, units: readonly Unit[]): number | null {
  let n: number;
  let unit: Unit = 's';
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*([a-z]*)\s*$/i.exec(value);
    if (!m) return null;
    n = Number(m[1]);
    if (m[2]) {
      const u = m[2].toLowerCase() as Unit;
      if (!units.includes(u)) return null;
      unit = u;
    }
  } else {
    return null;
  }
  const ms = Math.round(n * UNIT_MS[unit]);
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/** A timeout: "5" (seconds), "800ms", "10s", "2m", or a number of seconds (config files); null if not one. */
export function timeoutMs(value: unknown): number | null {
  const ms = toMs(value, TIMEOUT_UNITS);
  return ms !== null && ms <= MAX_TIMEOUT_MS ? ms : null;
}

export const TIMEOUT_SYNTAX = 'a number of seconds (5) or a number with a unit: 800ms, 10s, 2m (at most 1 hour)';

/** A timeout flag's value in milliseconds, or a usage error naming the flag. */
export function parseTimeoutFlag(value: string, flag: string): number {
  const ms = timeoutMs(value);
  if (ms === null) throw new UsageError(`${flag} "${value}" is not a duration.`, `Write ${TIMEOUT_SYNTAX}.`);
  return ms;
}

/**
 * --since: an ISO date or date-time (2025-03-01, 2025-03-01T10:00Z, 2025-03-01 10:00+03:00) or a
 * duration back from `now` (3600 = seconds, 90m, 24h, 7d, 2w). Returns the ISO 8601 UTC instant.
 */
export function parseSince(value: string, now: Date, flag = '--since'): string {
  const v = value.trim();
  const ms = toMs(v, SINCE_UNITS);
  if (ms !== null) return new Date(now.getTime() - ms).toISOString();
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(v)) {
    const t = Date.parse(v.replace(' ', 'T'));
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  throw new UsageError(`${flag} "${value}" is neither a date nor a duration.`,
    'Use an ISO date such as 2025-03-01 (or 2025-03-01T10:00Z), or a duration back from now: 3600 (seconds), 30m, 24h, 7d, 2w.');
}

/** 10000 → "10s", 800 → "800ms". */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
