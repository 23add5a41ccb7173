/**
 * The questions of an eligibility self-check (the bot's /check), derived from the rules: a company
 * holding a status is asked only about what its next status, keeping its status, its discount and
 * its benefits require. The answers go through `partnerFromAnswers` (what-if.ts), the same
 * synthetic partner the site's calculator uses, and the engine judges it. No threshold is known here.
 */
import type { PlainDate } from './dates.ts';
import type { Standing } from './engine/evaluate.ts';
import { evaluatePartner } from './engine/evaluate.ts';
import type { EligibilityAnswers } from './engine/what-if.ts';
import { partnerFromAnswers } from './engine/what-if.ts';
import type { Rules } from './rules.ts';
import { nextStatus, statusById } from './rules.ts';
import type { Requirement } from './schemas/requirement.ts';

/**
 * How a question is answered. `amount`: money; `part`: the part of the sales amount made since the
 * status began (so "all of it" is an answer); `count`: a whole number; `yes-no`: done or not.
 */
export type SelfCheckAnswerKind = 'amount' | 'part' | 'count' | 'yes-no';

/** One question of the self-check. */
export interface SelfCheckQuestion {
  /** Key of the answer: `sales`, `salesSinceStatus`, `clients`, `course:<id>`, `endorsement:<channel>` or a requirement kind. */
  key: string;
  answer: SelfCheckAnswerKind;
  /** The first requirement that asks it, for wording the question. */
  requirement: Requirement;
}

/** Answers by question key: numbers for amounts and counts, booleans for yes-no questions. */
export type SelfCheckAnswers = Record<string, number | boolean>;

function questionsFor(requirement: Requirement): SelfCheckQuestion[] {
  switch (requirement.kind) {
    case 'sales': {
      const sales: SelfCheckQuestion = { key: 'sales', answer: 'amount', requirement };
      // Sales counted only since the status began (Gold entry, the review year) need that part too.
      const sinceStatus = requirement.whileCurrentStatus || requirement.window === 'review-year';
      return sinceStatus ? [sales, { key: 'salesSinceStatus', answer: 'part', requirement }] : [sales];
    }
    case 'clients':
      return [{ key: 'clients', answer: 'count', requirement }];
    case 'course':
      return [{ key: `course:${requirement.course}`, answer: 'yes-no', requirement }];
    case 'endorsement':
      return [{ key: `endorsement:${requirement.channel}`, answer: 'yes-no', requirement }];
    default:
      return [{ key: requirement.kind, answer: 'yes-no', requirement }];
  }
}

const ORDER = ['sales', 'salesSinceStatus', 'clients'];

/**
 * The questions for a company holding `statusId`: figures first (sales, the part since the status
 * began, clients), then yes-no questions in the order the rules list the requirements: the next
 * status's entry, then keeping this one, then its discount and benefits.
 */
export function selfCheckQuestions(rules: Rules, statusId: string): SelfCheckQuestion[] {
  const status = statusById(rules, statusId);
  const requirements = [
    ...nextStatus(rules, status.id)?.entry.requires ?? [],
    ...status.probation?.requires ?? [],
    ...status.maintain?.requires ?? [],
    ...status.discount.flatMap((d) => d.requires),
    ...status.benefits.flatMap((b) => b.requires),
  ];
  const questions = new Map<string, SelfCheckQuestion>();
  for (const question of requirements.flatMap(questionsFor)) {
    if (!questions.has(question.key)) questions.set(question.key, question);
  }
  const rank = (q: SelfCheckQuestion) => (ORDER.includes(q.key) ? ORDER.indexOf(q.key) : ORDER.length);
  return [...questions.values()].sort((a, b) => rank(a) - rank(b));
}

/** The months the sales question covers: the first trailing sales window asked about, else the review period. */
export function selfCheckSalesMonths(rules: Rules, statusId: string): number {
  const trailing = selfCheckQuestions(rules, statusId)
    .map((q) => q.requirement)
    .find((r): r is Extract<Requirement, { kind: 'sales' }> => r.kind === 'sales' && r.window === 'trailing');
  return trailing?.months ?? rules.timelines.review.months;
}

/** The answers in the calculator's terms; a question not asked counts as "no" or zero. */
function eligibilityAnswers(rules: Rules, statusId: string, answers: SelfCheckAnswers): EligibilityAnswers {
  const yes = (key: string) => answers[key] === true;
  const sales = Number(answers.sales ?? 0);
  return {
    status: statusId,
    salesLast12Months: sales,
    salesSinceStatus: answers.salesSinceStatus === undefined ? undefined : Math.min(sales, Number(answers.salesSinceStatus)),
    clients: Math.floor(Number(answers.clients ?? 0)),
    courses: rules.courses.map((c) => c.id).filter((id) => yes(`course:${id}`)),
    endorsements: (['website', 'social'] as const).filter((channel) => yes(`endorsement:${channel}`)),
    firstLineSupport: yes('first-line-support'),
    caseStudy: yes('case-study'),
    marketingPlan: yes('marketing-plan'),
    productPresentation: yes('product-presentation'),
    nfrCloud: yes('nfr-cloud'),
  };
}

/** The rules engine's answer for a self-check, as of `asOf`. */
export function selfCheck(rules: Rules, statusId: string, answers: SelfCheckAnswers, asOf: PlainDate): Standing {
  return evaluatePartner(partnerFromAnswers(eligibilityAnswers(rules, statusId, answers), rules, asOf), rules, asOf);
}
