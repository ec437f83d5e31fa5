import { describe, expect, it } from 'vitest';
import { calendarPeriodStart, expiredWindowStart, parseDuration, resetDurationError, windowStart } from '../../src/domain/duration.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000, null],
    ['5m', 300_000, null],
    ['1h', HOUR, null],
    ['1.5h', 1.5 * HOUR, null],
    ['1h30m', 1.5 * HOUR, null],
    ['250ms', 250, null],
    ['1d', DAY, { unit: 'd', count: 1 }],
    ['2d', 2 * DAY, { unit: 'd', count: 2 }],
    ['1w', 7 * DAY, { unit: 'w', count: 1 }],
    ['1M', 30 * DAY, { unit: 'M', count: 1 }],
    ['1Y', 365 * DAY, { unit: 'Y', count: 1 }],
    ['monthly', 30 * DAY, { unit: 'M', count: 1 }],
    ['Daily', DAY, { unit: 'd', count: 1 }],
    ['1.5d', 1.5 * DAY, null],
    ['2562047h', 2562047 * HOUR, null],
    ['292Y', 292 * 365 * DAY, { unit: 'Y', count: 292 }],
  ])('accepts %s', (text, ms, calendar) => {
    expect(parseDuration(text)).toEqual({ ms, calendar });
  });

  it.each(['', '1x', 'd', '1 d', '1mo', 'abc', '0s', '0d', '-1h', '1D', '1d12h', '2562048h', '100000000000h', '293Y', '99999999999999999999d', '1e3d'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('resetDurationError', () => {
  it.each(['1s', '1000ms', '0.5m', '30s', '1h', '1d', '1M', '100Y', '36500d', '876000h', 'yearly'])('lets a client set %s', (text) => {
    expect(resetDurationError(text)).toBeNull();
  });

  it.each(['1ns', '999ms', '0.5s', '999999us', '101Y', '36501d', '1217M', '876001h'])('refuses %s as out of range', (text) => {
    expect(resetDurationError(text)).toBe('range');
  });

  it.each(['', '1x', '0s', '-1h', '293Y'])('refuses %j as outside the grammar', (text) => {
    expect(resetDurationError(text)).toBe('format');
  });
});

describe('calendar periods (UTC, weeks start on Monday)', () => {
  it.each([
    ['2026-03-17T15:30:00Z', 'd', '2026-03-17T00:00:00.000Z'],
    ['2026-03-18T15:30:00Z', 'w', '2026-03-16T00:00:00.000Z'], // Wednesday -> Monday
    ['2026-03-16T00:00:00Z', 'w', '2026-03-16T00:00:00.000Z'], // Monday itself
    ['2026-03-22T23:59:59Z', 'w', '2026-03-16T00:00:00.000Z'], // Sunday
    ['2026-03-17T15:30:00Z', 'M', '2026-03-01T00:00:00.000Z'],
    ['2026-03-17T15:30:00Z', 'Y', '2026-01-01T00:00:00.000Z'],
  ] as const)('%s in %s starts at %s', (at, unit, start) => {
    expect(calendarPeriodStart(new Date(at), unit).toISOString()).toBe(start);
  });

  it('starts a new window at the period start only when aligned', () => {
    const monthly = parseDuration('1M')!;
    const now = new Date('2026-03-17T12:00:00Z');
    expect(windowStart(monthly, true, now).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(windowStart(monthly, false, now)).toEqual(now);
    expect(windowStart(parseDuration('1h')!, true, now)).toEqual(now); // sub-day units stay rolling
  });
});

describe('expiredWindowStart', () => {
  it('rolls on the lattice from last_reset, never drifting', () => {
    const hourly = parseDuration('1h')!;
    const last = new Date('2026-03-17T10:00:00Z');
    expect(expiredWindowStart(hourly, false, last, new Date('2026-03-17T10:59:59.999Z'))).toBeNull();
    expect(expiredWindowStart(hourly, false, last, new Date('2026-03-17T11:00:00Z'))?.toISOString()).toBe(
      '2026-03-17T11:00:00.000Z',
    );
    expect(expiredWindowStart(hourly, false, last, new Date('2026-03-17T13:20:00Z'))?.toISOString()).toBe(
      '2026-03-17T13:00:00.000Z',
    );
  });

  it('resets a calendar month at the first of the next month, whatever its length', () => {
    const monthly = parseDuration('1M')!;
    const last = new Date('2026-01-01T00:00:00Z');
    expect(expiredWindowStart(monthly, true, last, new Date('2026-01-31T23:59:59Z'))).toBeNull();
    expect(expiredWindowStart(monthly, true, last, new Date('2026-02-01T00:00:00Z'))?.toISOString()).toBe(
      '2026-02-01T00:00:00.000Z',
    );
    expect(expiredWindowStart(monthly, true, new Date('2026-02-01T00:00:00Z'), new Date('2026-02-28T23:59:59Z'))).toBeNull();
    expect(expiredWindowStart(monthly, true, new Date('2026-02-01T00:00:00Z'), new Date('2026-05-10T00:00:00Z'))?.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });

  it('handles leap days for daily and yearly windows', () => {
    const daily = parseDuration('1d')!;
    expect(expiredWindowStart(daily, true, new Date('2028-02-28T10:00:00Z'), new Date('2028-02-29T00:00:00Z'))?.toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
    const yearly = parseDuration('1Y')!;
    expect(expiredWindowStart(yearly, true, new Date('2028-02-29T00:00:00Z'), new Date('2028-12-31T23:59:59Z'))).toBeNull();
    expect(expiredWindowStart(yearly, true, new Date('2028-02-29T00:00:00Z'), new Date('2029-01-01T00:00:00Z'))?.toISOString()).toBe(
      '2029-01-01T00:00:00.000Z',
    );
  });

  it('resets an aligned week on Monday 00:00 UTC', () => {
    const weekly = parseDuration('1w')!;
    const wednesday = new Date('2026-03-18T09:00:00Z');
    expect(expiredWindowStart(weekly, true, wednesday, new Date('2026-03-22T23:59:59Z'))).toBeNull();
    expect(expiredWindowStart(weekly, true, wednesday, new Date('2026-03-23T00:00:00Z'))?.toISOString()).toBe(
      '2026-03-23T00:00:00.000Z',
    );
  });

  it('counts N calendar units from the period start of last_reset', () => {
    const twoMonths = parseDuration('2M')!;
    const last = new Date('2026-03-17T00:00:00Z');
    expect(expiredWindowStart(twoMonths, true, last, new Date('2026-04-30T00:00:00Z'))).toBeNull();
    expect(expiredWindowStart(twoMonths, true, last, new Date('2026-05-01T00:00:00Z'))?.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });
});
