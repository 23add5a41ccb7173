/**
 * Yes or no from the data: a yes/no question is decided by the fact that answers it, when the
 * fact's data can decide it (the statuses a rule applies to, a flag, a list of what is and is not
 * allowed, a figure compared with the one asked about). Otherwise there is no verdict, never a guess.
 */
import type { Decision, Fact, FigureUnit } from '../facts/types.ts';
import { statusesOf } from './match.ts';
import type { Reading } from './understanding.ts';

/** A verdict. */
export type Verdict = 'yes' | 'no';

/** The words of each duration unit in a language ("months" for months), for comparing figures. */
export interface UnitWords {
  days: readonly string[];
  months: readonly string[];
  gb: readonly string[];
  /** Every unit word (a count is a number followed by none of them). */
  all: readonly string[];
}
const NO_UNITS: UnitWords = { days: [], months: [], gb: [], all: [] };

/** Whether a question's number counts what a fact's figure counts. */
function sameUnit(q: { value: number; unit: string }, unit: FigureUnit, words: UnitWords): boolean {
  switch (unit) {
    case 'money': return q.unit === 'money' || (!words.all.includes(q.unit) && q.value >= 100);
    case 'days': return words.days.includes(q.unit);
    case 'months': return words.months.includes(q.unit);
    case 'gb': return words.gb.includes(q.unit);
    case 'count': return q.unit !== 'money' && !words.all.includes(q.unit);
  }
}

/** Years a question may name ("we applied in 2018"). */
const YEAR = { min: 1990, max: 2100 };

/**
 * The verdict `fact` gives `reading`, when its data decides it. `status` is the asker's own
 * status, used when the question names none ("Can I extend the NFR?" from a linked partner).
 * `termsOf` turns a rules text into the stems a question's words are compared with.
 */
export function decide(fact: Fact, reading: Reading, termsOf: (text: string) => string[], status?: string, units: UnitWords = NO_UNITS): Verdict | undefined {
  const decision: Decision | undefined = fact.decide;
  if (!decision) return undefined;
  switch (decision.kind) {
    case 'statuses': {
      const named = statusesOf(reading);
      const asked = named.length > 0 ? named : status ? [status] : [];
      if (asked.length === 0) return undefined;
      const applies = asked.every((s) => decision.ids.includes(s));
      // "Can I become Silver without the sales course?": no when the status requires it.
      if (fact.code === 'who-requires' && reading.without) return applies ? 'no' : 'yes';
      return applies ? 'yes' : 'no';
    }
    case 'flag': {
      return decision.value !== reading.without ? 'yes' : 'no';
    }
    case 'items': {
      const best = bestItem(reading, [...decision.yes.map((t) => ({ t, yes: true })), ...decision.no.map((t) => ({ t, yes: false }))], termsOf);
      return best === undefined ? undefined : best ? 'yes' : 'no';
    }
    case 'equals': {
      // "1000 or 2500?" is not a yes/no question about one figure; "one account" is no number of months.
      const numbers = [...new Set(reading.quantities.filter((q) => (q.value < YEAR.min || q.value > YEAR.max) && sameUnit(q, decision.unit, units)).map((q) => q.value))];
      if (numbers.length !== 1 || reading.quantities.length > numbers.length) return undefined;
      const n = numbers[0] as number;
      // "Can I have more than 4 locations?" asks whether the rule's figure is above 4.
      return reading.comparison ? compare(decision.value, reading.comparison, n) : decision.value === n ? 'yes' : 'no';
    }
    case 'after': {
      const years = reading.numbers.filter((n) => Number.isInteger(n) && n >= YEAR.min && n <= YEAR.max);
      if (years.length !== 1) return undefined;
      return (years[0] as number) > Number(decision.date.slice(0, 4)) ? 'yes' : 'no';
    }
    case 'minimum':
      // "Can a bonus pay the whole order?" no; "Is there a minimum?" yes; anything else it does not decide.
      if (reading.topics.has('whole')) return decision.amount > 0 ? 'no' : 'yes';
      if (reading.aspects.some((a) => a === 'amount' || a === 'limit')) return decision.amount > 0 ? 'yes' : 'no';
      return undefined;
    case 'discount': {
      const [first] = decision.tiers;
      const highest = Math.max(...decision.tiers.map((t) => t.percent));
      // "Is the Silver discount higher than Bronze's?": the first status named against the second.
      const [a, b] = statusesOf(reading);
      if (reading.comparison && a && b) {
        const [pa, pb] = [decision.highest[a], decision.highest[b]];
        return pa === undefined || pb === undefined ? undefined : compare(pa, reading.comparison, pb);
      }
      if (reading.topics.has('before') && !reading.comparison && askedPercents(reading, units).length === 0
        && first && first.percent === 0 && decision.tiers.length > 1) return 'no';
      // "Is the Gold discount 50%?": any of its tiers; "…more than 45%?": the highest.
      return discountVerdict(reading, highest, (n) => decision.tiers.some((t) => t.percent === n), units);
    }
  }
}

/** The percentages a question names: numbers of 1 to 100 that are no money and no duration. */
function askedPercents(reading: Reading, units: UnitWords): Reading['quantities'] {
  return reading.quantities.filter((q) => q.unit !== 'money' && !units.all.includes(q.unit) && q.value > 0 && q.value <= 100);
}

/**
 * Yes or no for a discount of at most `highest` percent: against the one percentage the question
 * names ("Is it 40%?" by `is`, "more than 45%?" by `highest`), or, naming none, whether there is a
 * discount at all. Undefined for several percentages, or a comparison with none.
 */
export function discountVerdict(reading: Reading, highest: number, is: (percent: number) => boolean, units: UnitWords = NO_UNITS): Verdict | undefined {
  const percents = askedPercents(reading, units);
  const [asked] = percents;
  if (percents.length > 1 || (!asked && reading.comparison)) return undefined;
  if (!asked) return highest > 0 ? 'yes' : 'no';
  return reading.comparison ? compare(highest, reading.comparison, asked.value) : is(asked.value) ? 'yes' : 'no';
}

/** Whether `value` stands to `other` as the question's comparison says. */
function compare(value: number, comparison: NonNullable<Reading['comparison']>, other: number): Verdict {
  switch (comparison) {
    case 'more': return value > other ? 'yes' : 'no';
    case 'less': return value < other ? 'yes' : 'no';
    case 'atLeast': return value >= other ? 'yes' : 'no';
    case 'atMost': return value <= other ? 'yes' : 'no';
  }
}

/**
 * Whether the thing the question asks about is in the "yes" list or the "no" one: the item sharing
 * the most of the question's words (and more than any item of the other list). Undefined when no
 * item shares a word, or the best of each list tie.
 */
function bestItem(reading: Reading, items: { t: string; yes: boolean }[], termsOf: (text: string) => string[]): boolean | undefined {
  const asked = new Set(reading.terms);
  let best: { score: number; yes: boolean } | undefined;
  let tie = false;
  for (const item of items) {
    const words = new Set(termsOf(item.t));
    let score = 0;
    for (const w of words) if (asked.has(w)) score++;
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { score, yes: item.yes };
      tie = false;
    } else if (score === best.score && item.yes !== best.yes) {
      tie = true;
    }
  }
  return best && !tie ? best.yes : undefined;
}

/** The item of `items` the question is about, for showing it with the verdict. */
export function matchedItem(reading: Reading, items: readonly string[], termsOf: (text: string) => string[]): string | undefined {
  const asked = new Set(reading.terms);
  let best: { item: string; score: number } | undefined;
  for (const item of items) {
    const score = termsOf(item).filter((w) => asked.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item;
}
