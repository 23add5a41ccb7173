/** Every dated deadline that applies to a partner, computed from the rules. */
import type { PlainDate } from '../dates.ts';
import { addDays, addMonths, daysBetween, endOfYear, formatDate } from '../dates.ts';
import { formatMoney } from '../format.ts';
import type { Rules } from '../rules.ts';
import { lowerStatus } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { DeadlineKind, Status } from '../schemas/program.ts';
import type { RequirementContext } from './requirements.ts';
import { evaluateAll, missingList } from './requirements.ts';

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
  /** What is still missing, in words. */
  missing: string[];
  /** For NFR copies: whether the partner's status allows extending it. */
  extendable?: boolean;
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
  const add = (kind: DeadlineKind, d: Omit<Deadline, 'kind' | 'name' | 'daysLeft' | 'docs'>) => {
    const info = rules.deadlines.kinds[kind];
    out.push({ kind, name: info.name, daysLeft: daysBetween(asOf, d.date), docs: info.docs, ...d });
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
    const credited = p.bonuses.some((b) => b.kind === 'kickstart');
    const receive = evaluateAll(kickstart.requires, ctx);
    add('kickstart-expiry', {
      subject: `Kickstart bonus of ${formatMoney(rules, kickstart.amount)}`,
      date: addDays(p.approved, kickstart.validDays),
      consequence: credited ? 'Any unused kickstart bonus expires.' : 'The kickstart bonus can no longer be used.',
      met: false,
      missing: credited ? ['use the bonus on orders for new clients'] : missingList(receive.results),
    });
  }
  for (const bonus of p.bonuses.filter((b) => b.kind === 'award')) {
    add('award-expiry', {
      subject: `Award bonus of ${formatMoney(rules, bonus.amount)} credited ${formatDate(bonus.credited)}`,
      date: endOfYear(bonus.credited),
      consequence: 'Any unused award bonus expires.',
      met: false,
      missing: ['use the bonus on orders for new clients'],
    });
  }
  p.nfr.forEach((claim) => {
    const cloud = claim.kind === 'cloud';
    const terms = cloud ? rules.nfr.cloud : rules.nfr.onPremise;
    const months = cloud ? rules.nfr.cloud.months * (1 + claim.extensions) : rules.nfr.onPremise.months + claim.extensions * rules.nfr.onPremise.extensionMonths;
    const extendable = terms.extendableFor.includes(status.id);
    add(cloud ? 'nfr-cloud-expiry' : 'nfr-key-expiry', {
      subject: cloud ? `NFR cloud subscription claimed ${formatDate(claim.claimed)}` : `NFR ${rules.nfr.onPremise.edition} key claimed ${formatDate(claim.claimed)}`,
      date: addMonths(claim.claimed, months),
      consequence: cloud
        ? (extendable ? 'The subscription ends unless you ask for an extension.' : 'The account falls back to the free plan; your status cannot extend it.')
        : (extendable ? 'The key stops working unless you ask for an extension.' : 'The key stops working; your status cannot extend it.'),
      met: false,
      missing: [extendable ? 'ask for an extension' : 'no extension possible at your status'],
      extendable,
    });
  });
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
