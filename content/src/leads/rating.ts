/**
 * A partner's rating in the Implementation Requests app (section 5.2): the Won / (Won + Lost) ratio
 * of its reserved requests whose outcome was reported within the window (leads.yaml `rating`),
 * counted from a neutral start: as if the partner had `neutralWeight` more outcomes at
 * `neutralPercent`. So a new partner starts at the neutral figure, every outcome moves the rating,
 * and with many outcomes it tends to the plain ratio. The rating unlocks how many reserved requests
 * without an outcome the partner may hold at once, and sets the order partners are offered a request.
 */
import type { PlainDate } from '../dates.ts';
import type { DateWindow } from '../engine/sales.ts';
import { trailingWindow } from '../engine/sales.ts';
import type { Rules } from '../rules.ts';

/** The outcome of one reserved request, as the partner reported it. */
export interface ReportedOutcome {
  outcome: 'won' | 'lost';
  /** The day it was reported (UTC). */
  on: PlainDate;
}

/** A partner's rating as of a day. */
export interface Rating {
  /** The rating in whole percent, 0 to 100. */
  percent: number;
  /** Outcomes counted, within the window. */
  won: number;
  lost: number;
  /** The days whose outcomes count, both included. */
  window: DateWindow;
  /** Reserved requests without an outcome the partner may hold at once. */
  unlocked: number;
  /** The next step up, when there is one: the rating it takes and what it unlocks. */
  nextStep: { minPercent: number; requests: number } | null;
}

/** The rating a partner with `won` and `lost` outcomes has, in whole percent. */
export function ratingPercent(rules: Rules, won: number, lost: number): number {
  const { neutralPercent, neutralWeight } = rules.leads.rating;
  return Math.round((100 * won + neutralPercent * neutralWeight) / (won + lost + neutralWeight));
}

/** How many reservations awaiting an outcome a rating of `percent` unlocks, and the step above it. */
export function unlockedAt(rules: Rules, percent: number): { unlocked: number; nextStep: Rating['nextStep'] } {
  const steps = rules.leads.rating.unlocked;
  let index = 0;
  steps.forEach((step, i) => {
    if (percent >= step.minPercent) index = i;
  });
  const next = steps[index + 1];
  return { unlocked: steps[index]?.requests ?? 0, nextStep: next ? { minPercent: next.minPercent, requests: next.requests } : null };
}

/** The rating of a partner with these reported outcomes, as of `asOf`. */
export function partnerRating(outcomes: readonly ReportedOutcome[], rules: Rules, asOf: PlainDate): Rating {
  const window = trailingWindow(asOf, rules.leads.rating.windowMonths);
  let won = 0;
  let lost = 0;
  for (const o of outcomes) {
    if (o.on < window.from || o.on > window.to) continue;
    if (o.outcome === 'won') won++;
    else lost++;
  }
  const percent = ratingPercent(rules, won, lost);
  return { percent, won, lost, window, ...unlockedAt(rules, percent) };
}
