/**
 * Evaluates one requirement against a partner's program data: met or not, with the figures, and
 * what it asks and what is missing as messages (codes with parameters, put in words by the front
 * ends). Each requirement kind is one entry in the table below; the thresholds come from the rules data.
 */
import type { PlainDate } from '../dates.ts';
import type { Message } from '../i18n/message.ts';
import { msg } from '../i18n/message.ts';
import { courseWord, statusWord } from '../i18n/rule-words.ts';
import type { Rules } from '../rules.ts';
import type { ProgramData, Sale } from '../schemas/partner.ts';
import type { Status } from '../schemas/program.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { trailingMonths } from '../schemas/requirement.ts';
import { requirementMessage } from './describe.ts';
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
  /** What the requirement asks (`req-…`). */
  label: Message;
  met: boolean;
  /** Figures for sales and clients. */
  progress?: Progress;
  /** The days the figures were counted over. */
  window?: DateWindow;
  /** What is still missing (`missing-…`: "$/€1,800 more in sales"); absent when met. */
  missing?: Message;
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
  /** The current status (its name goes in labels: "as a Silver partner"). */
  status: Pick<Status, 'id' | 'name'>;
  /** Day the current review year began (the grant or the last review): sales after it count (for `review-year` windows). */
  reviewYearStart?: PlainDate;
}

const doneBy = (date: PlainDate | undefined, asOf: PlainDate) => date !== undefined && date <= asOf;

/** Evaluates `requirement` in `ctx`. */
export function evaluateRequirement(requirement: Requirement, ctx: RequirementContext): RequirementResult {
  const label = requirementMessage(ctx.rules, requirement, statusWord(ctx.status));
  const simple = (met: boolean, missing: Message): RequirementResult => (met ? { requirement, label, met } : { requirement, label, met, missing });
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
      if (!met) result.missing = msg('missing-sales', { amount: Math.round((requirement.amount - current) * 100) / 100 });
      return result;
    }
    case 'clients': {
      const current = distinctClients(ctx.sales);
      const met = current >= requirement.count;
      const result: RequirementResult = { requirement, label, met, progress: { current, target: requirement.count, unit: 'count' } };
      if (!met) result.missing = msg('missing-clients', { count: requirement.count - current });
      return result;
    }
    case 'course':
      return simple(doneBy(p.courses[requirement.course], ctx.asOf), msg('missing-course', { course: courseWord(ctx.rules, requirement.course) }));
    case 'endorsement':
      return simple(doneBy(p.endorsements[requirement.channel], ctx.asOf), msg(`missing-endorsement-${requirement.channel}`));
    case 'first-line-support':
      return simple(p.firstLineSupport, msg('missing-first-line-support'));
    case 'case-study':
      return simple(doneBy(p.caseStudy, ctx.asOf), msg('missing-case-study'));
    case 'marketing-plan':
      return simple(doneBy(p.marketingPlan, ctx.asOf), msg('missing-marketing-plan'));
    case 'product-presentation':
      return simple(doneBy(p.productPresentation, ctx.asOf), msg('missing-product-presentation'));
    case 'nfr-cloud':
      return simple(p.nfr.some((c) => c.kind === 'cloud' && c.claimed <= ctx.asOf), msg('missing-nfr-cloud'));
  }
}

/** Evaluates a list of requirements; `met` is true when all are. */
export function evaluateAll(requirements: readonly Requirement[], ctx: RequirementContext): { met: boolean; results: RequirementResult[] } {
  const results = requirements.map((r) => evaluateRequirement(r, ctx));
  return { met: results.every((r) => r.met), results };
}

/** The missing items of `results`, with the day they are due when given (`missing-by`). */
export function missingList(results: readonly RequirementResult[], by?: PlainDate): Message[] {
  return results.filter((r) => !r.met).map((r) => {
    const item = r.missing ?? r.label;
    return by ? msg('missing-by', { item, date: by }) : item;
  });
}
