/**
 * Every dated deadline that applies to a partner, computed from the rules: what it is about, what
 * is missing and what happens if it is missed, as messages (`deadline-…`, `todo-…`, `consequence-…`).
 */
import type { PlainDate } from '../dates.ts';
import { addDays, addMonths, daysBetween, endOfYear } from '../dates.ts';
import type { Message } from '../i18n/message.ts';
import { msg } from '../i18n/message.ts';
import { deadlineWord, statusWord } from '../i18n/rule-words.ts';
import type { Rules } from '../rules.ts';
import { lowerStatus } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { DeadlineKind, Status } from '../schemas/program.ts';
import type { NfrCopy } from './nfr.ts';
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
  /** The kind's name, from deadlines.yaml (`rule-deadline-<kind>`). */
  name: Message;
  /** What it is about (`deadline-…`: "Award bonus of $/€2,000 credited 3 March 2026"). */
  subject: Message;
  date: PlainDate;
  /** Days from the evaluation day to the deadline; negative once passed. */
  daysLeft: number;
  /** What happens on that day if nothing is done (`consequence-…`). */
  consequence: Message;
  /** Whether everything it asks for is done (then no reminder is needed). */
  met: boolean;
  /**
   * What the program data shows as still missing (`missing-…`, `todo-…`): only what the file would
   * record once done. Empty when there is nothing to do (a copy that cannot be extended simply ends).
   */
  missing: Message[];
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
  probation: { date: PlainDate; days: number; status: Status; met: boolean; missing: Message[] } | null;
  nextReview: PlainDate | null;
  /** The review target still missing. */
  reviewMissing: Message[];
  /** Every claimed NFR copy judged as of `asOf` (`nfrCopies`; empty when cancelled): the standing lists the same copies. */
  nfr: readonly NfrCopy[];
}

/** All deadlines for a partner, soonest first, passed ones included. */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const { rules, partner, asOf, status, ctx } = input;
  const p = partner.program;
  const out: Deadline[] = [];
  const add = (kind: DeadlineKind, d: Omit<Deadline, 'kind' | 'name' | 'daysLeft' | 'docs' | 'advice'> & { advice?: AdviceCode[] }) => {
    const info = rules.deadlines.kinds[kind];
    out.push({ kind, name: deadlineWord(rules, kind), daysLeft: daysBetween(asOf, d.date), docs: info.docs, advice: [], ...d });
  };

  if (input.probation) {
    add('bronze-cutoff', {
      subject: msg('deadline-bronze-cutoff', { status: statusWord(input.probation.status), days: input.probation.days }),
      date: input.probation.date,
      consequence: msg('consequence-bronze-cutoff'),
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
        ? msg('deadline-kickstart-credited', { amount: bonus.amount, date: bonus.credited })
        : msg('deadline-kickstart-open', { amount: kickstart.amount }),
      date: addDays(p.approved, kickstart.validDays),
      consequence: msg(bonus ? 'consequence-kickstart-credited' : 'consequence-kickstart-open'),
      met: false,
      missing: bonus ? [] : missingList(receive.results),
      advice: bonus ? ['use-bonus'] : ['apply-for-bonus'],
      kickstart: { credited: bonus !== undefined, eligible: receive.met },
    });
  }
  for (const bonus of p.bonuses.filter((b) => b.kind === 'award' && b.credited <= asOf)) {
    add('award-expiry', {
      subject: msg('deadline-award', { amount: bonus.amount, date: bonus.credited }),
      date: endOfYear(bonus.credited),
      consequence: msg('consequence-award'),
      met: false,
      missing: [],
      advice: ['use-bonus'],
    });
  }
  for (const copy of input.nfr) {
    if (copy.claimed > asOf) continue;
    const cloud = copy.kind === 'cloud';
    const beyond = copy.running && !copy.withinAllowance;
    const which = cloud ? 'cloud' : 'key';
    add(cloud ? 'nfr-cloud-expiry' : 'nfr-key-expiry', {
      subject: cloud ? msg('deadline-nfr-cloud', { date: copy.claimed }) : msg('deadline-nfr-key', { edition: rules.nfr.onPremise.edition, date: copy.claimed }),
      date: copy.expires,
      consequence: copy.extendable
        ? msg(`consequence-nfr-${which}-extendable`)
        : beyond
          ? msg(`consequence-nfr-${which}-beyond`, { status: statusWord(status), allowance: copy.allowance })
          : msg(`consequence-nfr-${which}-not-extendable`),
      met: false,
      missing: copy.extendable ? [msg('todo-nfr-extension')] : [],
      extendable: copy.extendable,
      nfr: copy,
    });
  }
  for (const sale of p.sales.filter((s) => !s.activated && s.date <= asOf)) {
    add('product-activation', {
      subject: msg('deadline-activation', { amount: sale.amount, client: sale.client, date: sale.date }),
      date: addDays(sale.date, rules.timelines.activation.days),
      consequence: msg('consequence-activation'),
      met: false,
      missing: [msg('todo-activation')],
    });
  }
  if (input.nextReview) {
    add('annual-review', {
      subject: msg('deadline-review', { status: statusWord(status) }),
      date: input.nextReview,
      consequence: msg('consequence-review', { status: statusWord(lowerStatus(rules, status.id, rules.timelines.review.demoteLevels)) }),
      met: input.reviewMissing.length === 0,
      missing: input.reviewMissing,
    });
  }
  const active = p.sales.some((s) => s.date <= asOf) || Object.values(p.endorsements).some((d) => d !== undefined && d <= asOf);
  if (!active) {
    add('zero-activity', {
      subject: msg('deadline-zero-activity'),
      // The rules count from the registration date: the day the application was sent.
      date: addMonths(p.applied, rules.timelines.zeroActivity.months),
      consequence: msg('consequence-zero-activity'),
      met: false,
      missing: [msg('todo-zero-activity')],
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
