/**
 * Evaluates one requirement against a partner's program data: met or not, with the figures.
 * Each requirement kind is one entry in the table below; the thresholds come from the rules data.
 */
import type { PlainDate } from '../dates.ts';
import { formatDate } from '../dates.ts';
import { formatMoney, formatNumber } from '../format.ts';
import type { Rules } from '../rules.ts';
import type { ProgramData, Sale } from '../schemas/partner.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { trailingMonths } from '../schemas/requirement.ts';
import { describeRequirement } from './describe.ts';
import type { DateWindow } from './sales.ts';
import { distinctClients, intersectWindows, periodAfter, salesTotal, trailingWindow } from './sales.ts';

/** Progress toward a numeric requirement. */
export interface Progress {
  current: number;
  target: number;
  unit: 'money' | 'count';
}

/** The answer for one requirement. */
export interface RequirementResult {
  requirement: Requirement;
  /** The requirement in words. */
  label: string;
  met: boolean;
  /** Figures for sales and clients. */
  progress?: Progress;
  /** The days the figures were counted over. */
  window?: DateWindow;
  /** What is still missing, in words ("$/€1,800 more in sales"); absent when met. */
  missing?: string;
}

/** What a requirement is checked against. */
export interface RequirementContext {
  rules: Rules;
  program: ProgramData;
  /** Sales that count (own and affiliated excluded), up to the evaluation day. */
  sales: readonly Sale[];
  /** The evaluation day: things done after it do not count. */
  asOf: PlainDate;
  /** Day the partner's current status began; its sales count from the day after (for `whileCurrentStatus`). */
  statusSince: PlainDate;
  /** Name of the current status (for labels). */
  statusName: string;
  /** Day the current review year began (the grant or the last review): sales after it count (for `review-year` windows). */
  reviewYearStart?: PlainDate;
}

const doneBy = (date: PlainDate | undefined, asOf: PlainDate) => date !== undefined && date <= asOf;

/** Evaluates `requirement` in `ctx`. */
export function evaluateRequirement(requirement: Requirement, ctx: RequirementContext): RequirementResult {
  const label = describeRequirement(ctx.rules, requirement, ctx.statusName);
  const simple = (met: boolean, missing: string): RequirementResult => (met ? { requirement, label, met } : { requirement, label, met, missing });
  const p = ctx.program;
  switch (requirement.kind) {
    case 'sales': {
      // One boundary rule for every window (periodAfter): a period counts from the day after it starts.
      const base = requirement.window === 'trailing'
        ? trailingWindow(ctx.asOf, trailingMonths(requirement))
        : periodAfter(ctx.reviewYearStart ?? ctx.statusSince, ctx.asOf);
      const window = requirement.whileCurrentStatus ? intersectWindows(base, periodAfter(ctx.statusSince, ctx.asOf)) : base;
      const current = salesTotal(ctx.sales, window);
      const met = current >= requirement.amount;
      const result: RequirementResult = { requirement, label, met, window, progress: { current, target: requirement.amount, unit: 'money' } };
      if (!met) result.missing = `${formatMoney(ctx.rules, requirement.amount - current)} more in sales`;
      return result;
    }
    case 'clients': {
      const current = distinctClients(ctx.sales);
      const met = current >= requirement.count;
      const result: RequirementResult = { requirement, label, met, progress: { current, target: requirement.count, unit: 'count' } };
      if (!met) {
        const more = requirement.count - current;
        result.missing = `sales to ${formatNumber(more)} more client${more === 1 ? '' : 's'}`;
      }
      return result;
    }
    case 'course':
      return simple(doneBy(p.courses[requirement.course], ctx.asOf), `${label.replace(/ completed$/, '')} not completed`);
    case 'endorsement':
      return simple(doneBy(p.endorsements[requirement.channel], ctx.asOf), requirement.channel === 'website' ? 'no endorsement on your website' : 'no endorsement on social media');
    case 'first-line-support':
      return simple(p.firstLineSupport, 'first-line support not set up');
    case 'case-study':
      return simple(doneBy(p.caseStudy, ctx.asOf), 'case study not submitted');
    case 'marketing-plan':
      return simple(doneBy(p.marketingPlan, ctx.asOf), 'marketing plan not submitted');
    case 'product-presentation':
      return simple(doneBy(p.productPresentation, ctx.asOf), 'product presentation not given');
    case 'nfr-cloud':
      return simple(p.nfr.some((c) => c.kind === 'cloud' && c.claimed <= ctx.asOf), 'NFR cloud subscription not claimed');
  }
}

/** Evaluates a list of requirements; `met` is true when all are. */
export function evaluateAll(requirements: readonly Requirement[], ctx: RequirementContext): { met: boolean; results: RequirementResult[] } {
  const results = requirements.map((r) => evaluateRequirement(r, ctx));
  return { met: results.every((r) => r.met), results };
}

/** The missing items of `results`, in words, with the day they are due when given. */
export function missingList(results: readonly RequirementResult[], by?: PlainDate): string[] {
  return results.filter((r) => !r.met).map((r) => (by ? `${r.missing} by ${formatDate(by)}` : r.missing ?? r.label));
}
