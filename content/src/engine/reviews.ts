/**
 * Annual reviews. A status with a yearly target is reviewed every `review.months` months after it
 * was granted or last confirmed. The target counts sales made after that day, up to and including
 * the review day (the boundary rule of `periodAfter` in sales.ts). Met: the status is kept for
 * another year, which counts from the day after the review. Missed: the partner moves down
 * `review.demoteLevels` status (Gold to Silver, Silver to Bronze) on the review day, and sales as
 * the lower status count from the day after. Either way a sale on the review day counts once: in
 * the year that ends that day.
 */
import type { PlainDate } from '../dates.ts';
import { addMonths } from '../dates.ts';
import type { Rules } from '../rules.ts';
import { lowerStatus, statusById } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { Status } from '../schemas/program.ts';
import { requirementContext } from './context.ts';
import type { RequirementResult } from './requirements.ts';
import { evaluateAll } from './requirements.ts';

/** The outcome of one annual review whose date has passed. */
export interface ReviewOutcome {
  /** Day of the review. */
  date: PlainDate;
  /** The status that was reviewed. */
  reviewed: Status;
  /** Whether the yearly target was met. */
  kept: boolean;
  /** The status after the review. */
  result: Status;
  requirements: RequirementResult[];
}

/** Where a partner stands after every review up to a day. */
export interface ReviewState {
  status: Status;
  /** Day the status began (a demotion starts a new status on the review day). */
  since: PlainDate;
  /** Day the current review year began: the status grant or the last review. */
  yearStart: PlainDate;
  /** The next review, for statuses with a yearly target. */
  nextReview: PlainDate | null;
  /** Reviews whose day has passed since the last confirmation recorded in the file. */
  outcomes: ReviewOutcome[];
}

/** Runs every review that has passed by `asOf` (a review is decided once its day is over). */
export function runReviews(rules: Rules, partner: Partner, asOf: PlainDate): ReviewState {
  let status = statusById(rules, partner.status);
  let since = partner.program.statusSince;
  let yearStart = partner.program.lastReview ?? since;
  const outcomes: ReviewOutcome[] = [];
  while (status.maintain) {
    const reviewDate = addMonths(yearStart, rules.timelines.review.months);
    if (reviewDate >= asOf) return { status, since, yearStart, nextReview: reviewDate, outcomes };
    const ctx = requirementContext(rules, partner, reviewDate, status, since, yearStart);
    const { met, results } = evaluateAll(status.maintain.requires, ctx);
    const result = met ? status : lowerStatus(rules, status.id, rules.timelines.review.demoteLevels);
    outcomes.push({ date: reviewDate, reviewed: status, kept: met, result, requirements: results });
    if (!met) since = reviewDate;
    status = result;
    yearStart = reviewDate;
  }
  return { status, since, yearStart, nextReview: null, outcomes };
}
