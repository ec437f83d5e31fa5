// Reset-duration grammar (spec §4.1) and the window arithmetic of budgets and rate limits (§4.2):
// rolling windows on a lattice from last_reset, or calendar periods in UTC.
import { boundedCache } from './bounded-cache.js';

export type CalendarUnit = 'd' | 'w' | 'M' | 'Y';

export interface Duration {
  /** Length in milliseconds (M = 30 days, Y = 365 days for rolling windows). */
  ms: number;
  /** Set when the duration is a whole number of calendar-alignable units. */
  calendar: { unit: CalendarUnit; count: number } | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EXTENDED_UNITS: Record<CalendarUnit, number> = { d: DAY, w: 7 * DAY, M: 30 * DAY, Y: 365 * DAY };
const GO_UNITS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: HOUR,
};
const ALIASES: Record<string, string> = { daily: '1d', weekly: '1w', monthly: '1M', yearly: '1Y' };
const DECIMAL = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
const EXTENDED = new RegExp(`^(${DECIMAL})([dwMY])$`);
const GO_DURATION = new RegExp(`^(?:${DECIMAL}(?:ns|us|µs|μs|ms|s|m|h))+$`);
const GO_PART = new RegExp(`(${DECIMAL})(ns|us|µs|μs|ms|s|m|h)`, 'g');

/** Go's time.Duration ceiling (2^63-1 ns, about 292 years): longer windows would end past any date. */
const MAX_DURATION_MS = 9_223_372_036_854;

const parsed = boundedCache<Duration | null>(1000);

/** Parses a reset duration; returns null when the text is not in the grammar or not positive. */
export function parseDuration(text: string): Duration | null {
  // Every budget read parses its duration; the distinct texts are few, so remember them.
  return parsed.get(text, parseDurationText);
}

function parseDurationText(text: string): Duration | null {
  const source = ALIASES[text.toLowerCase()] ?? text;
  const extended = EXTENDED.exec(source);
  if (extended) {
    const count = Number(extended[1]);
    const unit = extended[2] as CalendarUnit;
    const ms = count * EXTENDED_UNITS[unit];
    if (!(count > 0) || ms > MAX_DURATION_MS) return null;
    return { ms, calendar: Number.isInteger(count) ? { unit, count } : null };
  }
  if (!GO_DURATION.test(source)) return null;
  let ms = 0;
  for (const [, amount, unit] of source.matchAll(GO_PART)) ms += Number(amount) * GO_UNITS[unit!]!;
  return ms > 0 && ms <= MAX_DURATION_MS ? { ms, calendar: null } : null;
}

/** The shortest reset duration a client may set: shorter windows would keep the reset sweep busy. */
export const MIN_RESET_DURATION_MS = 1000;
/** The longest: a century outlasts any budget period. */
export const MAX_RESET_DURATION_MS = 100 * EXTENDED_UNITS.Y;
/** MIN and MAX_RESET_DURATION_MS in the grammar, for messages and docs. */
export const RESET_DURATION_RANGE = '1s to 100Y';

/** Why a client may not set `text` as a reset duration: not in the grammar, or out of range; else null. */
export function resetDurationError(text: string): 'format' | 'range' | null {
  const duration = parseDuration(text);
  if (!duration) return 'format';
  return duration.ms < MIN_RESET_DURATION_MS || duration.ms > MAX_RESET_DURATION_MS ? 'range' : null;
}

/** Start (UTC) of the calendar period of `unit` that contains `at`; weeks start on Monday. */
export function calendarPeriodStart(at: Date, unit: CalendarUnit): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  switch (unit) {
    case 'd':
      return new Date(Date.UTC(y, m, d));
    case 'w': {
      const sinceMonday = (at.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(y, m, d - sinceMonday));
    }
    case 'M':
      return new Date(Date.UTC(y, m, 1));
    case 'Y':
      return new Date(Date.UTC(y, 0, 1));
  }
}

function addCalendarUnits(start: Date, unit: CalendarUnit, count: number): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  switch (unit) {
    case 'd':
      return new Date(Date.UTC(y, m, d + count));
    case 'w':
      return new Date(Date.UTC(y, m, d + 7 * count));
    case 'M':
      return new Date(Date.UTC(y, m + count, 1));
    case 'Y':
      return new Date(Date.UTC(y + count, 0, 1));
  }
}

/** Whether a window of this duration follows calendar periods when its owner is calendar-aligned. */
export function calendarUnitOf(duration: Duration, calendarAligned: boolean): Duration['calendar'] {
  return calendarAligned ? duration.calendar : null;
}

/** The last_reset a new (or newly aligned) window gets at `now`. */
export function windowStart(duration: Duration, calendarAligned: boolean, now: Date): Date {
  const calendar = calendarUnitOf(duration, calendarAligned);
  return calendar ? calendarPeriodStart(now, calendar.unit) : now;
}

/**
 * The new last_reset when the window that began at `lastReset` has ended by `now`, else null.
 * Rolling windows advance on the lattice lastReset + k·duration so they never drift; calendar windows
 * of N units are counted from the period start that contains lastReset.
 */
export function expiredWindowStart(
  duration: Duration,
  calendarAligned: boolean,
  lastReset: Date,
  now: Date,
): Date | null {
  const end = windowEnd(duration, calendarAligned, lastReset);
  if (now < end) return null;
  const calendar = calendarUnitOf(duration, calendarAligned);
  if (!calendar) {
    const elapsed = now.getTime() - lastReset.getTime();
    return new Date(lastReset.getTime() + Math.floor(elapsed / duration.ms) * duration.ms);
  }
  let start = end;
  let next = addCalendarUnits(start, calendar.unit, calendar.count);
  while (next <= now) {
    start = next;
    next = addCalendarUnits(start, calendar.unit, calendar.count);
  }
  return start;
}

/** When the window that began at `lastReset` ends (the scheduler's next reset time). */
export function windowEnd(duration: Duration, calendarAligned: boolean, lastReset: Date): Date {
  const calendar = calendarUnitOf(duration, calendarAligned);
  if (!calendar) return new Date(lastReset.getTime() + duration.ms);
  return addCalendarUnits(calendarPeriodStart(lastReset, calendar.unit), calendar.unit, calendar.count);
}

/** windowEnd for stored text fields; null when there is no (valid) duration, i.e. no window. */
export function windowEndText(resetDuration: string | null, calendarAligned: boolean, lastReset: string): string | null {
  const duration = resetDuration ? parseDuration(resetDuration) : null;
  return duration ? windowEnd(duration, calendarAligned, new Date(lastReset)).toISOString() : null;
}
