/** How figures from the rules are written for people, in one place. */
import type { Rules } from './rules.ts';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** `2500` becomes `2,500`; `1840.5` becomes `1,840.5`. */
export function formatNumber(value: number): string {
  // Whole numbers, by far the most common, skip Intl (several times slower).
  if (Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return number.format(value);
}

/** An amount with the program's money prefix: `$/€2,500`. */
export function formatMoney(rules: Rules, value: number): string {
  return `${rules.info.moneyPrefix}${formatNumber(Math.round(value * 100) / 100)}`;
}

/** `40` becomes `40%`. */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** A CSV field (RFC 4180): quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
