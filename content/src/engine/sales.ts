/**
 * Counting sales the way the rules count them: at the amount the partner paid (after its discount),
 * US dollars and euros one to one, purchases for the partner's own or an affiliated company excluded.
 */
import type { PlainDate } from '../dates.ts';
import { addDays, addMonths } from '../dates.ts';
import type { Sale } from '../schemas/partner.ts';

/** A span of days, both ends included. */
export interface DateWindow {
  from: PlainDate;
  to: PlainDate;
}

/**
 * The trailing window of `months` months ending on `asOf`, both days included: it starts the day
 * after the same date `months` months earlier. For 2026-11-24 and 12 months: 2025-11-25 to 2026-11-24.
 */
export function trailingWindow(asOf: PlainDate, months: number): DateWindow {
  // Every partner evaluated on one day asks for the same few windows.
  const key = `${asOf}/${months}`;
  let window = windows.get(key);
  if (!window) {
    if (windows.size > 1000) windows.clear();
    window = Object.freeze({ from: addDays(addMonths(asOf, -months), 1), to: asOf });
    windows.set(key, window);
  }
  return window;
}

const windows = new Map<string, DateWindow>();

/** Sales that count toward targets: not own or affiliated, made on or before `asOf`. */
export function countedSales(sales: readonly Sale[], asOf: PlainDate): Sale[] {
  return sales.filter((s) => !s.ownOrAffiliated && s.date <= asOf);
}

/** Total of `sales` dated inside `window` (and on or after `since`, when given). */
export function salesTotal(sales: readonly Sale[], window: DateWindow, since?: PlainDate): number {
  let total = 0;
  for (const sale of sales) {
    if (sale.date >= window.from && sale.date <= window.to && (since === undefined || sale.date >= since)) total += sale.amount;
  }
  return Math.round(total * 100) / 100;
}

/** Number of different clients among `sales` (names compared without case or extra spaces). */
export function distinctClients(sales: readonly Sale[]): number {
  return new Set(sales.map((s) => s.client.trim().toLowerCase().replace(/\s+/g, ' '))).size;
}
