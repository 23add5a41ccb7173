/** Every dated deadline that applies to a partner, computed from the rules. */
import type { PlainDate } from '../dates.ts';
import { addDays, addMonths, daysBetween, endOfYear, formatDate } from '../dates.ts';
import { formatMoney, formatNumber } from '../format.ts';
import type { Rules } from '../rules.ts';
import { lowerStatus } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { DeadlineKind, Status } from '../schemas/program.ts';
import type { NfrCopy } from './nfr.ts';
import { nfrCopies } from './nfr.ts';
import type { RequirementContext } from './requirements.ts';
import { evaluateAll, missingList } from './requirements.ts';

/**
 * Something a partner can do that the program data cannot show as done (whether a bonus was used,
 * whether a new application was sent): advice, as a code the front ends put in words.
 * `use-bonus`: use the bonus on orders for new clients; `apply-for-bonus`: apply for the kickstart
 * bonus; `contact-partner-department`: talk to the vendor's partner department; `apply-again`:
 * send a new application to the program.
 */
export type AdviceCode = 'use-bonus' | 'apply-for-bonus' | 'contact-partner-department' | 'apply-again';

/** One deadline. */
export interface Deadline {
  kind: DeadlineKind;
  /** The kind's name, from deadlines.yaml. */
  name: string;
  /** What it is about ("Award bonus of $/€2,000", "Licence for Hotel Seeblick"). */
  subject: string;
  date: PlainDate;
  /** Days from the evaluation day to the deadline; negative once passed. */
  daysLeft: number;
  /** What happens on that day if nothing is done. */
  consequence: string;
  /** Whether everything it asks for is done (then no reminder is needed). */
  met: boolean;
  /**
   * What the program data shows as still missing, in words: only what the file would record once
   * done. Empty when there is nothing to do (a copy that cannot be extended simply ends).
   */
  missing: string[];
  /** What the partner can do that the program data cannot track (using a bonus): advice, never "missing". */
  advice: AdviceCode[];
  /** For NFR copies: whether the partner may ask to extend it (its status extends the kind, and the copy is within the allowance). */
  extendable?: boolean;
  /** For NFR copies: the copy, with whether it is within the allowance of the current status. */
  nfr?: NfrCopy;
  /** For the kickstart bonus: whether it was credited, and whether the partner meets what receiving it requires. */
  kickstart?: { credited: boolean; eligible: boolean };
  /** Docs page and section that explain it, like `bonuses#kickstart-bonus`. */
  docs: string;
}

/** What deadlines are computed from. */
export interface DeadlineInput {
  rules: Rules;
  partner: Partner;
  asOf: PlainDate;
  /** The partner's status now (after reviews); null when cancelled. */
  status: Status | null;
  /** Context for checking requirements as of `asOf`. */
  ctx: RequirementContext;
  /** Bronze cut-off and its requirements, while the partner is in that first period. */
  probation: { date: PlainDate; days: number; statusName: string; met: boolean; missing: string[] } | null;
  nextReview: PlainDate | null;
  /** The review target still missing, in words. */
  reviewMissing: string[];
}

/** All deadlines for a partner, soonest first, passed ones included. */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const { rules, partner, asOf, status, ctx } = input;
  const p = partner.program;
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, d: Omit<Deadline, 'kind' | 'name' | 'daysLeft' | 'docs' | 'advice'> & { advice?: AdviceCode[] }) => {
    const info = rules.deadlines.kinds[kind];
    out.push({ kind, name: info.name, daysLeft: daysBetween(asOf, d.date), docs: info.docs, advice: [], ...d });
  };

  if (input.probation) {
    add('bronze-cutoff', {
      subject: `Keeping ${input.probation.statusName} after the first ${input.probation.days} days`,
      date: input.probation.date,
      consequence: 'Your status and your place in the program are cancelled.',
      met: input.probation.met,
      missing: input.probation.missing,
    });
  }
  if (!status) return sortDeadlines(out);

  const { kickstart } = rules.bonuses;
  if (p.applied > kickstart.appliedAfter) {
    const bonus = p.bonuses.find((b) => b.kind === 'kickstart' && b.credited <= asOf);
    const receive = evaluateAll(kickstart.requires, ctx);
    // Whether a credited bonus was used, or a bonus applied for, is not in the program data: advice.
    add('kickstart-expiry', {
      subject: bonus
        ? `Kickstart bonus of ${formatMoney(rules, bonus.amount)} credited ${formatDate(bonus.credited)}`
        : `Kickstart bonus of ${formatMoney(rules, kickstart.amount)}, not credited yet`,
      date: addDays(p.approved, kickstart.validDays),
      consequence: bonus ? 'Any unused kickstart bonus expires.' : 'The kickstart bonus can no longer be received.',
      met: false,
      missing: bonus ? [] : missingList(receive.results),
      advice: bonus ? ['use-bonus'] : ['apply-for-bonus'],
      kickstart: { credited: bonus !== undefined, eligible: receive.met },
    });
  }
  for (const bonus of p.bonuses.filter((b) => b.kind === 'award' && b.credited <= asOf)) {
    add('award-expiry', {
      subject: `Award bonus of ${formatMoney(rules, bonus.amount)} credited ${formatDate(bonus.credited)}`,
      date: endOfYear(bonus.credited),
      consequence: 'Any unused award bonus expires.',
      met: false,
      missing: [],
      advice: ['use-bonus'],
    });
  }
  for (const copy of nfrCopies(rules, p.nfr, status, asOf).filter((c) => c.claimed <= asOf)) {
    const cloud = copy.kind === 'cloud';
    const beyond = copy.running && !copy.withinAllowance;
    const ends = cloud ? 'The account falls back to the free plan' : 'The key stops working';
    const what = cloud ? `cloud subscription${copy.allowance === 1 ? '' : 's'}` : `on-premise key${copy.allowance === 1 ? '' : 's'}`;
    add(cloud ? 'nfr-cloud-expiry' : 'nfr-key-expiry', {
      subject: cloud ? `NFR cloud subscription claimed ${formatDate(copy.claimed)}` : `NFR ${rules.nfr.onPremise.edition} key claimed ${formatDate(copy.claimed)}`,
      date: copy.expires,
      consequence: copy.extendable
        ? (cloud ? 'The subscription ends unless you ask for an extension.' : 'The key stops working unless you ask for an extension.')
        : beyond
          ? `${ends}: a ${status.name} partner gets ${copy.allowance === 0 ? 'no' : formatNumber(copy.allowance)} ${what}, and this copy is beyond that, so it cannot be extended.`
          : `${ends}; your status cannot extend it.`,
      met: false,
      missing: copy.extendable ? ['ask for an extension'] : [],
      extendable: copy.extendable,
      nfr: copy,
    });
  }
  for (const sale of p.sales.filter((s) => !s.activated && s.date <= asOf)) {
    add('product-activation', {
      subject: `Purchase of ${formatMoney(rules, sale.amount)} for ${sale.client} on ${formatDate(sale.date)}`,
      date: addDays(sale.date, rules.timelines.activation.days),
      consequence: 'The vendor may deactivate the product.',
      met: false,
      missing: ['activate and register the product for the client'],
    });
  }
  if (input.nextReview) {
    add('annual-review', {
      subject: `Annual review of your ${status.name} status`,
      date: input.nextReview,
      consequence: `You move down to ${lowerStatus(rules, status.id, rules.timelines.review.demoteLevels).name}.`,
      met: input.reviewMissing.length === 0,
      missing: input.reviewMissing,
    });
  }
  const active = p.sales.some((s) => s.date <= asOf) || Object.values(p.endorsements).some((d) => d !== undefined && d <= asOf);
  if (!active) {
    add('zero-activity', {
      subject: 'Activity in the program',
      // The rules count from the registration date: the day the application was sent.
      date: addMonths(p.applied, rules.timelines.zeroActivity.months),
      consequence: 'Your partner account can be suspended without notice.',
      met: false,
      missing: ['make a first sale or endorse the products on your website or social media'],
    });
  }
  return sortDeadlines(out);
}

function sortDeadlines(list: Deadline[]): Deadline[] {
  return list.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** Deadlines from `asOf` on (today included), soonest first. */
export function upcomingDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.filter((d) => d.daysLeft >= 0);
}
