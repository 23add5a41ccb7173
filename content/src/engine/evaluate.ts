/**
 * The rules engine's answer for one partner on one day: a pure function of the partner's file,
 * the rules and the date. The site's calculator, the eligibility CLI, the bot and the reminders
 * all call `evaluatePartner`.
 */
import type { PlainDate } from '../dates.ts';
import { addDays } from '../dates.ts';
import type { Message } from '../i18n/message.ts';
import { msg } from '../i18n/message.ts';
import { benefitWord, statusWord } from '../i18n/rule-words.ts';
import type { Rules } from '../rules.ts';
import { nextStatus, statusById, statusRank } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { Status } from '../schemas/program.ts';
import type { Requirement, SalesRequirement } from '../schemas/requirement.ts';
import { requirementContext } from './context.ts';
import type { AdviceCode, Deadline } from './deadlines.ts';
import { computeDeadlines } from './deadlines.ts';
import type { NfrCopy } from './nfr.ts';
import { nfrCopies } from './nfr.ts';
import type { RequirementResult } from './requirements.ts';
import { evaluateAll, evaluateRequirement, missingList } from './requirements.ts';
import type { ReviewOutcome } from './reviews.ts';
import { runReviews } from './reviews.ts';
import type { DateWindow } from './sales.ts';
import { salesTotal } from './sales.ts';

/** A benefit with whether the partner has it now and, if not, what it needs. */
export interface BenefitState {
  id: string;
  /** The benefit in words (`rule-benefit-<status>-<id>`, the rules' English). */
  text: Message;
  available: boolean;
  missing: Message[];
}

/** What keeping the current status asks for, and by when. */
export interface KeepCheck {
  /** `probation`: the first period of the lowest status; `annual-review`: the yearly target. */
  kind: 'probation' | 'annual-review';
  by: PlainDate;
  met: boolean;
  requirements: RequirementResult[];
  /** Missing items with the day (`missing-by`: "$/€1,800 more in sales by 1 December 2026"). */
  missing: Message[];
}

/** What moving up to the next status asks for. */
export interface NextCheck {
  status: Status;
  /** Every entry requirement is met: the partner can apply for the status now. */
  qualifies: boolean;
  requirements: RequirementResult[];
  missing: Message[];
  /**
   * The partner held this status until a review moved it down (since the last confirmation in its
   * file): reaching it means moving back up.
   */
  regain: boolean;
}

/** One sales figure of a partner and what it counts toward. */
export interface SalesFigure {
  /** `keep`: the target for keeping the current status at its review; `next`: the sales the next status asks for. */
  toward: 'keep' | 'next';
  /** The status kept or reached. */
  status: Status;
  /** The rule counted against. */
  requirement: SalesRequirement;
  /** The days counted, both included. */
  window: DateWindow;
  /** Counted sales (what the partner paid; own and affiliated purchases left out). */
  counted: number;
  target: number;
  /** Own or affiliated purchases in the same days, which do not count. */
  excluded: number;
  /** For `keep`: the review day the target is judged on. */
  by?: PlainDate;
}

/** The engine's full answer for one partner as of one day. */
export interface Standing {
  slug: string;
  asOf: PlainDate;
  /** The status written in the partner's file. */
  recordedStatus: Status;
  /** The status the partner holds now, after passed reviews and cut-offs; null when cancelled. */
  status: Status | null;
  /** Day the current status began. */
  statusSince: PlainDate;
  /** True when a Bronze partner missed its cut-off: status and participation are cancelled. */
  lapsed: boolean;
  /** Reviews whose day has passed since the last one recorded in the file. */
  reviews: ReviewOutcome[];
  /** The discount in percent. */
  discount: number;
  benefits: BenefitState[];
  keep: KeepCheck | null;
  next: NextCheck | null;
  /** Every deadline, passed ones included, soonest first. */
  deadlines: Deadline[];
  /** Each sales figure that decides something, with what it counts toward: keeping the status first, then reaching the next. */
  sales: SalesFigure[];
  /** Every claimed NFR copy, judged against the allowance of the current status (empty when cancelled). */
  nfr: NfrCopy[];
  /** What a partner can do now that nothing else applies (a cancelled participation): advice codes. */
  nextSteps: AdviceCode[];
}

/**
 * Whether the partner has done each of `requirements` by the standing's day, read from its record
 * whatever its status asks ("have we finished the tutorial?").
 */
export function partnerRecord(partner: Partner, rules: Rules, standing: Standing, requirements: readonly Requirement[]): RequirementResult[] {
  const ctx = requirementContext(rules, partner, standing.asOf, standing.status ?? standing.recordedStatus, standing.statusSince);
  return requirements.map((r) => evaluateRequirement(r, ctx));
}

/** Evaluates `partner` under `rules` as of `asOf`. */
export function evaluatePartner(partner: Partner, rules: Rules, asOf: PlainDate): Standing {
  const recordedStatus = statusById(rules, partner.status);
  const review = runReviews(rules, partner, asOf);
  const p = partner.program;

  // The first period: only for a partner who has held the lowest status since approval.
  let probation: { date: PlainDate; met: boolean; results: RequirementResult[]; missing: Message[] } | null = null;
  let lapsed = false;
  if (recordedStatus.probation && review.outcomes.length === 0) {
    const date = addDays(p.approved, recordedStatus.probation.days);
    const checkDay = asOf < date ? asOf : date;
    const { met, results } = evaluateAll(recordedStatus.probation.requires, requirementContext(rules, partner, checkDay, recordedStatus, p.statusSince));
    lapsed = !met && asOf > date;
    probation = { date, met, results, missing: missingList(results) };
  }
  const status = lapsed ? null : review.status;
  const since = review.since;
  const ctx = requirementContext(rules, partner, asOf, review.status, since, review.yearStart);

  let discount = 0;
  const benefits: BenefitState[] = [];
  if (status) {
    for (const tier of status.discount) {
      if (evaluateAll(tier.requires, ctx).met) discount = Math.max(discount, tier.percent);
    }
    for (const benefit of status.benefits) {
      const { met, results } = evaluateAll(benefit.requires, ctx);
      benefits.push({ id: benefit.id, text: benefitWord(status.id, benefit), available: met, missing: missingList(results) });
    }
  }

  let keep: KeepCheck | null = null;
  if (status && probation && asOf <= probation.date) {
    keep = { kind: 'probation', by: probation.date, met: probation.met, requirements: probation.results, missing: missingList(probation.results, probation.date) };
  } else if (status?.maintain && review.nextReview) {
    const { met, results } = evaluateAll(status.maintain.requires, ctx);
    keep = { kind: 'annual-review', by: review.nextReview, met, requirements: results, missing: missingList(results, review.nextReview) };
  }

  let next: NextCheck | null = null;
  const above = status ? nextStatus(rules, status.id) : null;
  if (status && above) {
    const { met, results } = evaluateAll(above.entry.requires, ctx);
    const regain = review.outcomes.some((o) => !o.kept && o.reviewed.id === above.id);
    next = { status: above, qualifies: met, requirements: results, missing: missingList(results), regain };
  }

  const nfr = status ? nfrCopies(rules, p.nfr, status, asOf) : [];
  const deadlines = computeDeadlines({
    rules, partner, asOf, status, ctx,
    probation: probation && recordedStatus.probation
      ? { date: probation.date, days: recordedStatus.probation.days, status: recordedStatus, met: probation.met, missing: probation.missing }
      : null,
    nextReview: status ? review.nextReview : null,
    reviewMissing: keep?.kind === 'annual-review' ? keep.missing : [],
    nfr,
  });

  // Each sales requirement still ahead, as a figure saying what it counts toward.
  const everySale = p.sales.filter((x) => x.date <= asOf);
  const figures = (toward: SalesFigure['toward'], of: Status, results: readonly RequirementResult[], by?: PlainDate): SalesFigure[] => results.flatMap((r) => {
    if (r.requirement.kind !== 'sales' || !r.window || !r.progress) return [];
    const excluded = Math.round((salesTotal(everySale, r.window) - r.progress.current) * 100) / 100;
    return [{ toward, status: of, requirement: r.requirement, window: r.window, counted: r.progress.current, target: r.progress.target, excluded, ...(by ? { by } : {}) }];
  });
  const sales = [
    ...(status && keep ? figures('keep', status, keep.requirements, keep.by) : []),
    ...(next ? figures('next', next.status, next.requirements) : []),
  ];
  return {
    slug: partner.slug,
    asOf,
    recordedStatus,
    status,
    statusSince: since,
    lapsed,
    reviews: review.outcomes,
    discount,
    benefits,
    keep,
    next,
    deadlines,
    sales,
    nfr,
    nextSteps: lapsed ? ['contact-partner-department', 'apply-again'] : [],
  };
}

/** What a status more than one step above the partner's asks, after the steps before it. */
export interface BeyondCheck {
  /** The status asked about. */
  status: Status;
  /** The status just below it, which the partner holds first: statuses are reached one at a time. */
  below: Status;
  /** Its entry requirements, judged as if the partner held `below` from the standing's day. */
  requirements: RequirementResult[];
}

/**
 * What reaching `target` would ask of the partner when it is above the next status (Gold for a
 * Bronze partner): a partner moves up one status at a time, so the target's entry requirements are
 * judged as if it held the status below from `standing`'s day on. Sales "as a Silver partner" count
 * from then, so none yet; courses, plans and case studies already in the file count. Undefined when
 * `target` is not beyond the next status.
 */
export function beyondNext(partner: Partner, rules: Rules, standing: Standing, target: string): BeyondCheck | undefined {
  if (!standing.status || !standing.next) return undefined;
  const rank = statusRank(rules, target);
  if (rank <= statusRank(rules, standing.next.status.id)) return undefined;
  const status = rules.statuses[rank] as Status;
  const below = rules.statuses[rank - 1] as Status;
  const { results } = evaluateAll(status.entry.requires, requirementContext(rules, partner, standing.asOf, below, standing.asOf));
  return { status, below, requirements: results };
}

/** A one-line summary (`standing-summary`: "Silver since 3 May 2024, 40% discount"). */
export function summarizeStanding(standing: Standing): Message {
  if (!standing.status) {
    return msg('standing-cancelled', { status: statusWord(standing.recordedStatus), date: standing.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date ?? standing.asOf });
  }
  const summary = { status: statusWord(standing.status), since: standing.statusSince, discount: standing.discount };
  // Reviews only ever move a partner down.
  const lastReview = standing.reviews.at(-1);
  return standing.status.id !== standing.recordedStatus.id && lastReview
    ? msg('standing-summary-moved-down', { ...summary, from: statusWord(standing.recordedStatus), date: lastReview.date })
    : msg('standing-summary', summary);
}
