// The live state of a counter window at a given time: an expired window counts as reset (spec §4.2).
import { expiredWindowStart, parseDuration, windowEndText } from './duration.js';

export interface WindowState {
  usage: number;
  lastReset: string;
  windowEnd: string | null;
}

export interface RolledWindow extends WindowState {
  /** True when the stored window had ended and this state starts a new one. */
  wasReset: boolean;
}

/** Whether a stored window end is still ahead of `now` (then the window reads as stored). */
export function windowRunning(windowEnd: string | null, now: Date): boolean {
  return windowEnd !== null && Date.parse(windowEnd) > now.getTime();
}

/** Rolls a stored window forward to `now`: usage 0 and a new last_reset when its window ended. */
export function rollWindow(
  window: WindowState,
  resetDuration: string | null,
  calendarAligned: boolean,
  now: Date,
): RolledWindow {
  // Hot read path: a stored window end still ahead of `now` means nothing to roll. (Object literals,
  // not spreads: this runs for every counter of every usage batch.)
  const kept = { usage: window.usage, lastReset: window.lastReset, windowEnd: window.windowEnd, wasReset: false };
  if (windowRunning(window.windowEnd, now)) return kept;
  const duration = resetDuration ? parseDuration(resetDuration) : null;
  if (!duration) return kept;
  const start = expiredWindowStart(duration, calendarAligned, new Date(window.lastReset), now);
  if (!start) {
    kept.windowEnd ??= windowEndText(resetDuration, calendarAligned, window.lastReset);
    return kept;
  }
  const lastReset = start.toISOString();
  return { usage: 0, lastReset, windowEnd: windowEndText(resetDuration, calendarAligned, lastReset), wasReset: true };
}
