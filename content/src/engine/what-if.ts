/**
 * "What if": a partner described by a few answers instead of a file, for the site's eligibility
 * calculator and the bot's /check. The answers become a synthetic partner that the very same
 * `evaluatePartner` judges, so the calculator can never disagree with the engine.
 */
import type { PlainDate } from '../dates.ts';
import { addDays, addMonths } from '../dates.ts';
import type { Rules } from '../rules.ts';
import type { Partner, Sale } from '../schemas/partner.ts';

/** What someone tells the calculator about a partner. */
export interface EligibilityAnswers {
  /** Current status id. */
  status: string;
  /** Counted sales (amount paid, own and affiliated excluded) in the last 12 months. */
  salesLast12Months: number;
  /** Of those, sales made since reaching the current status (counts toward keeping it and toward the next one). */
  salesSinceStatus?: number;
  /** Different clients sold to. */
  clients: number;
  /** Ids of completed courses. */
  courses: string[];
  endorsements: ('website' | 'social')[];
  firstLineSupport: boolean;
  caseStudy: boolean;
  marketingPlan: boolean;
  productPresentation: boolean;
  nfrCloud: boolean;
}

/** How long ago the synthetic partner reached its status: inside one review year and one trailing window. */
const MONTHS_IN_STATUS = 6;
/** How long ago a synthetic lowest-status partner was approved: inside its first period. */
const DAYS_SINCE_APPROVAL = 30;

/** A partner that answers exactly as given, as of `asOf`. */
export function partnerFromAnswers(answers: EligibilityAnswers, rules: Rules, asOf: PlainDate): Partner {
  const lowest = rules.statuses[0]?.id === answers.status;
  const approved = lowest ? addDays(asOf, -DAYS_SINCE_APPROVAL) : addMonths(asOf, -2 * MONTHS_IN_STATUS - 12);
  const statusSince = lowest ? approved : addMonths(asOf, -MONTHS_IN_STATUS);
  const total = Math.max(0, answers.salesLast12Months);
  const since = Math.min(total, Math.max(0, answers.salesSinceStatus ?? total));
  const done = addDays(approved, 1);
  const clients = Array.from({ length: Math.max(answers.clients, total > 0 ? 1 : 0) }, (_, i) => `Client ${i + 1}`);
  const sale = (date: PlainDate, amount: number, client: string): Sale => ({
    date, amount, client, currency: rules.info.currencies[0] ?? 'USD', activated: true, ownOrAffiliated: false,
  });
  // Sales since the status are spread over every client, dated today; earlier ones fall the day
  // before the status began. Zero-amount sales still count a client.
  const sales: Sale[] = [];
  const before = total - since;
  if (since > 0 || before === 0) sales.push(...clients.map((c) => sale(asOf, since / clients.length, c)));
  if (before > 0) {
    const to = since > 0 ? clients.slice(0, 1) : clients;
    sales.push(...to.map((c) => sale(addDays(statusSince, -1), before / to.length, c)));
  }
  return {
    slug: 'what-if',
    file: '',
    name: 'Your company',
    status: answers.status,
    country: 'US',
    city: '',
    languages: [],
    services: [],
    description: '',
    program: {
      applied: addDays(approved, -1),
      approved,
      statusSince,
      courses: Object.fromEntries(answers.courses.map((c) => [c, done])),
      nfr: answers.nfrCloud ? [{ kind: 'cloud', claimed: done, extensions: 0 }] : [],
      endorsements: Object.fromEntries(answers.endorsements.map((e) => [e, done])),
      firstLineSupport: answers.firstLineSupport,
      caseStudy: answers.caseStudy ? done : undefined,
      marketingPlan: answers.marketingPlan ? done : undefined,
      productPresentation: answers.productPresentation ? done : undefined,
      sales,
      bonuses: [],
      telegram: [],
    },
  };
}
