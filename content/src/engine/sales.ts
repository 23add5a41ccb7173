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
 * THE boundary rule, used for every count of sales: a period that starts on a day (a status granted,
 * a status confirmed or lost at a review, the same date a number of months ago) counts sales from
 * the day AFTER it up to and including its last day. So a sale made on the day a status is granted
 * belongs to the time before that status (it is among the sales that earned it), and a sale made on
 * a review day belongs to the review year that ends that day. Every sale belongs to exactly one
 * review year.
 */
export function periodAfter(start: PlainDate, to: PlainDate): DateWindow {
  return { from: addDays(start, 1), to };
}

/**
 * The trailing window of `months` months ending on `asOf`, both days included: it starts the day
 * after the same date `months` months earlier (the boundary rule of `periodAfter`). For 2026-11-24
 * and 12 months: 2025-11-25 to 2026-11-24.
 */
export function trailingWindow(asOf: PlainDate, months: number): DateWindow {
  // Every partner evaluated on one day asks for the same few windows.
  const key = `${asOf}/${months}`;
  let window = windows.get(key);
  if (!window) {
    if (windows.size > 1000) windows.clear();
    window = Object.freeze(periodAfter(addMonths(asOf, -months), asOf));
    windows.set(key, window);
  }
  return window;
}

const windows = new Map<string, DateWindow>();

/** Sales that count toward targets: not own or affiliated, made on or before `asOf`. */
export function countedSales(sales: readonly Sale[], asOf: PlainDate): readonly Sale[] {
  // One partner's standing asks for the same day's list several times (each requirement context):
  // the last list is kept, so counting its clients (distinctClients) is done once too.
  const last = counted.get(sales);
  if (last?.asOf === asOf) return last.list;
  const list = Object.freeze(sales.filter((s) => !s.ownOrAffiliated && s.date <= asOf));
  counted.set(sales, { asOf, list });
  return list;
}

const counted = new WeakMap<readonly Sale[], { asOf: PlainDate; list: readonly Sale[] }>();

/** The days both windows cover (`from` after `to` when they do not overlap, which counts nothing). */
export function intersectWindows(a: DateWindow, b: DateWindow): DateWindow {
  return { from: a.from > b.from ? a.from : b.from, to: a.to < b.to ? a.to : b.to };
}

/** Total of `sales` dated inside `window`. */
export function salesTotal(sales: readonly Sale[], window: DateWindow): number {
  let total = 0;
  for (const sale of sales) {
    if (sale.date >= window.from && sale.date <= window.to) total += sale.amount;
  }
  return Math.round(total * 100) / 100;
}

/** The count of each list of sales asked about, worked out once (the engine asks again for each requirement and status). */
const clientCounts = new WeakMap<readonly Sale[], number>();

/** Number of different clients among `sales` (names compared without case or extra spaces). */
export function distinctClients(sales: readonly Sale[]): number {
  let count = clientCounts.get(sales);
  if (count === undefined) {
    const names = new Set<string>();
    for (const sale of sales) names.add(sale.client.trim().toLowerCase().replace(/\s+/g, ' '));
    count = names.size;
    clientCounts.set(sales, count);
  }
  return count;
}
