/** The bot's sense of time, passed in so tests can fix the day. */
import { todayUtc } from '../content/index.ts';
import type { PlainDate } from '../content/index.ts';

/** Where the current time comes from. */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `iso` (a date like 2026-11-24 or a full timestamp). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return { now: () => new Date(at) };
}

/** Today's date in UTC by `clock`: the day the rules engine evaluates. */
export function today(clock: Clock): PlainDate {
  return todayUtc(clock.now());
}
