/**
 * A self-check anyone can run: a few answers about a company's situation are turned into a partner
 * record that the rules engine evaluates, so the bot's /check (and any calculator on the site) give
 * the same answers as the engine does for real partners. Which questions are asked follows from the
 * requirements in the rules: nothing here knows a threshold.
 */
import type { PlainDate } from './dates.ts';
import { addDays } from './dates.ts';
import type { Standing } from './engine/evaluate.ts';
import { evaluatePartner } from './engine/evaluate.ts';
import type { Rules } from './rules.ts';
import { nextStatus, statusById } from './rules.ts';
import type { Partner, Sale } from './schemas/partner.ts';
import type { Requirement } from './schemas/requirement.ts';

/** How a self-check question is answered. */
export type SelfCheckAnswerKind = 'amount' | 'count' | 'yes-no';

/** One question of the self-check. */
export interface SelfCheckQuestion {
  /** Stable key of the answer: `sales`, `clients`, `course:tutorial`, `endorsement:website`, `case-study`... */
  key: string;
  /** `amount`: money; `count`: a whole number; `yes-no`: done or not. */
  answer: SelfCheckAnswerKind;
  /** The first requirement that asks it, for wording the question. */
  requirement: Requirement;
}

/** Answers by question key: numbers for amounts and counts, booleans for yes-no questions. */
export type SelfCheckAnswers = Record<string, number | boolean>;

/** The question that checks `requirement`. */
function questionFor(requirement: Requirement): SelfCheckQuestion {
  switch (requirement.kind) {
    case 'sales':
      return { key: 'sales', answer: 'amount', requirement };
    case 'clients':
      return { key: 'clients', answer: 'count', requirement };
    case 'course':
      return { key: `course:${requirement.course}`, answer: 'yes-no', requirement };
    case 'endorsement':
      return { key: `endorsement:${requirement.channel}`, answer: 'yes-no', requirement };
    default:
      return { key: requirement.kind, answer: 'yes-no', requirement };
  }
}

/**
 * The questions that matter to a partner holding `statusId`, most important first: what the next
 * status asks for, then what keeping this one asks for, then what its discount and benefits need.
 * A sales figure is asked once even when several requirements count sales.
 */
export function selfCheckQuestions(rules: Rules, statusId: string): SelfCheckQuestion[] {
  const status = statusById(rules, statusId);
  const lists: (readonly Requirement[])[] = [
    nextStatus(rules, status.id)?.entry.requires ?? [],
    status.probation?.requires ?? [],
    status.maintain?.requires ?? [],
    ...status.discount.map((d) => d.requires),
    ...status.benefits.map((b) => b.requires),
  ];
  const questions = new Map<string, SelfCheckQuestion>();
  for (const requirement of lists.flat()) {
    const question = questionFor(requirement);
    if (!questions.has(question.key)) questions.set(question.key, question);
  }
  // Clients are counted among sales: ask for the amount first.
  return [...questions.values()].sort((a, b) => rank(a) - rank(b));
}

function rank(q: SelfCheckQuestion): number {
  return q.key === 'sales' ? 0 : q.key === 'clients' ? 1 : 2;
}

/** The months the sales question covers: the first trailing sales window the status meets, else the review period. */
export function selfCheckSalesMonths(rules: Rules, statusId: string): number {
  const sales = selfCheckQuestions(rules, statusId)
    .map((q) => q.requirement)
    .find((r): r is Extract<Requirement, { kind: 'sales' }> => r.kind === 'sales' && r.window === 'trailing');
  return sales?.months ?? rules.timelines.review.months;
}

/**
 * A partner record built from `answers` as of `asOf`: it has held `statusId` since the day before
 * (so no review has passed and every sales window includes the sales), and every sale, course and
 * other item answered "yes" is dated `asOf`. The sales amount is spread over the number of clients.
 */
export function selfCheckPartner(rules: Rules, statusId: string, answers: SelfCheckAnswers, asOf: PlainDate): Partner {
  const since = addDays(asOf, -1);
  const yes = (key: string) => answers[key] === true;
  const done = (key: string) => (yes(key) ? asOf : undefined);
  const courses: Record<string, PlainDate> = {};
  for (const course of rules.courses) if (yes(`course:${course.id}`)) courses[course.id] = asOf;
  const program: Partner['program'] = {
    applied: since,
    approved: since,
    statusSince: since,
    courses,
    nfr: yes('nfr-cloud') ? [{ kind: 'cloud', claimed: asOf, extensions: 0 }] : [],
    endorsements: { website: done('endorsement:website'), social: done('endorsement:social') },
    firstLineSupport: yes('first-line-support'),
    caseStudy: done('case-study'),
    marketingPlan: done('marketing-plan'),
    productPresentation: done('product-presentation'),
    sales: selfCheckSales(rules, Number(answers.sales ?? 0), Number(answers.clients ?? 0), asOf),
    bonuses: [],
    telegram: [],
  };
  return {
    slug: 'self-check', file: '', name: 'Self-check', status: statusId, country: '', city: '',
    languages: [], services: [], description: '', program,
  };
}

/** `amount` spread in whole cents over `clients` different clients (at least one when there are sales). */
function selfCheckSales(rules: Rules, amount: number, clients: number, asOf: PlainDate): Sale[] {
  const count = Math.max(Math.floor(clients), amount > 0 ? 1 : 0);
  const cents = Math.round(Math.max(0, amount) * 100);
  const share = Math.floor(cents / Math.max(count, 1));
  return Array.from({ length: count }, (_, i) => ({
    date: asOf,
    amount: (i === 0 ? cents - share * (count - 1) : share) / 100,
    currency: rules.info.currencies[0] ?? '',
    client: `Client ${i + 1}`,
    activated: true,
    ownOrAffiliated: false,
  }));
}

/** The rules engine's answer for a self-check. */
export function selfCheck(rules: Rules, statusId: string, answers: SelfCheckAnswers, asOf: PlainDate): Standing {
  return evaluatePartner(selfCheckPartner(rules, statusId, answers, asOf), rules, asOf);
}
