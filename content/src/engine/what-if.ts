/**
 * "What if": a partner described by a few answers instead of a file, for the site's eligibility
 * calculator and the bot's /check. The answers become a synthetic partner that the very same
 * `evaluatePartner` judges, so the calculator can never disagree with the engine.
 */
import type { PlainDate } from '../dates.ts';
import { addDays } from '../dates.ts';
import type { Rules } from '../rules.ts';
import { everyRequirement } from '../rules.ts';
import type { Partner, Sale } from '../schemas/partner.ts';

/** What someone tells the calculator about a partner. */
export interface EligibilityAnswers {
  /** Current status id. */
  status: string;
  /**
   * Counted sales (amount paid, own and affiliated excluded) in the trailing window the questions
   * ask about: the months of the rules' first trailing sales requirement (`selfCheckSalesMonths`),
   * whatever the field's name says.
   */
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

/**
 * The most different clients any requirement in the rules asks for. A synthetic partner with more
 * client sales than that gets exactly the same answer, so it never gets more: the work stays
 * bounded however large the number typed in.
 */
export function clientsWorthCounting(rules: Rules): number {
  let most = 0;
  for (const r of everyRequirement(rules)) if (r.kind === 'clients') most = Math.max(most, r.count);
  return most;
}

/** A whole number of zero or more from an answer (anything else counts as zero). */
const wholeAnswer = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
const amountAnswer = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/**
 * A partner that answers exactly as given, as of `asOf`. Its dates are chosen so that no rule's
 * figure matters: it reached its status yesterday (a lowest-status partner was approved yesterday),
 * so it is inside its first period, before its first review and inside every trailing window.
 */
export function partnerFromAnswers(answers: EligibilityAnswers, rules: Rules, asOf: PlainDate): Partner {
  const lowest = rules.statuses[0]?.id === answers.status;
  const statusSince = addDays(asOf, -1);
  const approved = lowest ? statusSince : addDays(statusSince, -1);
  const total = amountAnswer(answers.salesLast12Months);
  const since = Math.min(total, answers.salesSinceStatus === undefined ? total : amountAnswer(answers.salesSinceStatus));
  const done = asOf;
  // Sales need a client; beyond the most any requirement asks for, more clients change nothing.
  const clientCount = Math.min(Math.max(wholeAnswer(answers.clients), total > 0 ? 1 : 0), Math.max(clientsWorthCounting(rules), 1));
  const clients: string[] = [];
  for (let i = 1; i <= clientCount; i++) clients.push(`Client ${i}`);
  const sale = (date: PlainDate, amount: number, client: string): Sale => ({
    date, amount, client, currency: rules.info.currencies[0] ?? 'USD', activated: true, ownOrAffiliated: false,
  });
  // Sales since the status are spread over every client, dated today; earlier ones fall the day
  // before the status began, so they count in trailing windows but not as sales of the status
  // (sales.ts, periodAfter). Zero-amount sales still count a client.
  const sales: Sale[] = [];
  const before = total - since;
  if (since > 0 || before === 0) {
    for (const client of clients) sales.push(sale(asOf, since / clients.length, client));
  }
  if (before > 0) {
    const to = since > 0 ? clients.slice(0, 1) : clients;
    for (const client of to) sales.push(sale(addDays(statusSince, -1), before / to.length, client));
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
    descriptionLanguage: 'en',
    descriptions: {},
    program: {
      applied: addDays(approved, -1),
      approved,
      statusSince,
      courses: Object.fromEntries(answers.courses.map((c) => [c, done])),
      nfr: answers.nfrCloud ? [{ kind: 'cloud', claimed: done, extensions: 0 }] : [],
      endorsements: Object.fromEntries(answers.endorsements.map((e) => [e, done])),
      locations: [],
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
