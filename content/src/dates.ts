/**
 * Calendar dates without a time of day ("plain dates"), written as `YYYY-MM-DD`.
 *
 * The program's rules speak in days and months ("within 90 days of approval", "valid for 6 months"),
 * never in hours, so every rule is computed on plain dates in UTC. A plain date is kept as its ISO
 * string: it sorts and compares correctly as text and prints as it is stored.
 */

/** A calendar date written `YYYY-MM-DD`. */
export type PlainDate = string;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2025-02-29` is false). */
export function isPlainDate(value: string): boolean {
  // Read by its characters, without a pattern's match: every date of every partner file goes through here.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(digits(value, 0, 4), m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in month `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The number written by the digits of `text` from `start` to `end` (no substring made: the engine reads dates by the hundred thousand). */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** `n` (0-99) written with two digits. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** A plain date from its parts (a day already valid for its month). */
function plainDate(year: number, month: number, day: number): PlainDate {
  return `${year >= 1000 ? String(year) : String(year).padStart(4, '0')}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Days since 1970-01-01 of a plain date (Howard Hinnant's days-from-civil, no Date objects). */
function toEpochDay(date: PlainDate): number {
  let y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The plain date `day` days after 1970-01-01 (civil-from-days). */
function fromEpochDay(day: number): PlainDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return plainDate(y, m, d);
}

/** `date` moved by `days` days (negative moves back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * `date` moved by `months` calendar months. When the target month is shorter, the day is clamped
 * to its last day: 2024-02-29 plus 12 months is 2025-02-28, and 2026-08-31 plus 6 months is 2027-02-28.
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const index = digits(date, 0, 4) * 12 + (digits(date, 5, 7) - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return plainDate(year, month, Math.min(digits(date, 8, 10), daysInMonth(year, month)));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** The last day of the calendar year `date` falls in. */
export function endOfYear(date: PlainDate): PlainDate {
  return `${date.slice(0, 4)}-12-31`;
}

/** Today's date in UTC. */
export function todayUtc(now: Date = new Date()): PlainDate {
  return now.toISOString().slice(0, 10);
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A date as people read it: `2026-12-01` becomes `1 December 2026`. */
export function formatDate(date: PlainDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
