/** Days and instants the lead notices and the rating need. */
import { addMonths } from '../../content/index.ts';
import type { PlainDate, Rules } from '../../content/index.ts';

/** The first instant whose outcomes can count in a rating as of `asOf` (the window starts the next day; the engine checks the days). */
export function trailingWindowStart(rules: Rules, asOf: PlainDate): Date {
  return new Date(`${addMonths(asOf, -rules.leads.rating.windowMonths)}T00:00:00.000Z`);
}
