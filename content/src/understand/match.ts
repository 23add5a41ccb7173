/**
 * Which facts answer a question: each fact says which topics a question must name, which make it
 * more likely, which rule it out, which aspects it answers and which status it is about. A fact is
 * scored by how much of the question's topics it explains (rare topics count more), whether it
 * answers the aspect asked about, and whether its status is the one named.
 */
import type { Fact, FactMatch } from '../facts/types.ts';
import type { Aspect } from './language.ts';
import type { Reading } from './understanding.ts';

/** A fact with its score for one question. */
export interface ScoredFact {
  fact: Fact;
  score: number;
  /** The question's topics the fact leaves unexplained. */
  unexplained: string[];
}

/** Aspects that ask for much the same answer. */
const NEAR: Partial<Record<Aspect, Aspect[]>> = {
  duration: ['deadline'],
  deadline: ['duration'],
  amount: ['count', 'limit', 'percent'],
  count: ['amount', 'limit'],
  limit: ['amount', 'count'],
  percent: ['amount'],
  requirements: ['howTo', 'list'],
  howTo: ['requirements'],
  benefits: ['list'],
  list: ['benefits', 'requirements'],
};
/** Topics that name what happens when a rule is missed: a status lowered, a place lost, a thing run out. */
const CONSEQUENCES: ReadonlySet<string> = new Set(['demote', 'cancel', 'expire']);

/** Whether `reading` names one of `topics` that `m` is about. */
function names(reading: Reading, m: FactMatch, topics: ReadonlySet<string>): boolean {
  return [...reading.topics].some((t) => topics.has(t) && topicsOf(m).has(t));
}

/** Aspects too general to tell facts apart ("what is", "get"): they neither help nor hurt much. */
const WEAK = new Set<Aspect>(['definition', 'list', 'benefits']);

/** What facts are scored with besides their own data: the weight of topics, and each fact's words. */
export interface FactScoring {
  weights: ReadonlyMap<string, number>;
  /** The stems of each fact's docs section and topics, by fact id. */
  words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Rarity of a question term in the docs. */
  idf(term: string): number;
  /** The question terms that tell passages apart (common ones left out). */
  telling(terms: readonly string[]): string[];
  /** Whether the content uses a term at all (docs, rules, topics). */
  known(term: string): boolean;
  /** The terms of each docs heading the question names ("preliminary review"), each with the topics it names. */
  named(reading: Reading): readonly (readonly { term: string; topics: readonly string[] }[])[];
}

/** Each reading's place stems, worked out once for all the facts it is scored against. */
const placesOf = new WeakMap<Reading, ReadonlySet<string>>();

/**
 * The stems of the places a question names ("Do partners in Germany get leads by e-mail?"): they
 * say where the asker is, not what is asked, since the rules hold for every country alike.
 */
function placeStems(reading: Reading): ReadonlySet<string> {
  let stems = placesOf.get(reading);
  if (!stems) placesOf.set(reading, (stems = new Set(reading.entities.filter((e) => e.kind === 'country' || e.kind === 'city').flatMap((e) => reading.stems.slice(e.start, e.start + e.length)))));
  return stems;
}

/**
 * The share of a question's telling terms (by rarity) that `words` holds: a fact about the silver
 * clients' count does not answer "how much can I charge my clients", whose "charge" it never uses.
 */
export function termCoverage(reading: Reading, words: ReadonlySet<string> | undefined, scoring: FactScoring): number | undefined {
  const places = placeStems(reading);
  const terms = scoring.telling(reading.ownTerms).filter((t) => !places.has(t));
  if (!words || terms.length === 0) return undefined;
  let held = 0;
  let total = 0;
  for (const term of terms) {
    const w = scoring.idf(term);
    total += w;
    if (words.has(term)) held += w;
  }
  return total > 0 ? held / total : undefined;
}

/** What each word the content never uses takes off a fact's score. */
const UNKNOWN_WORD = 0.35;
/** What a fact loses for each docs heading the question names that its words leave out. */
const OTHER_THING = 0.5;
/** What naming one of a fact's figures adds to its score. */
const NAMED_FIGURE = 0.3;

const numbersOf = new WeakMap<Fact, Set<number>>();
const ownTopics = new WeakMap<FactMatch, Set<string>>();

/** Every number in a fact's data (days, months, amounts, counts), worked out once per fact. */
function factNumbers(fact: Fact): Set<number> {
  const known = numbersOf.get(fact);
  if (known) return known;
  const out = new Set<number>();
  const visit = (value: unknown) => {
    if (typeof value === 'number') out.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit({ ...fact, match: undefined, decide: undefined });
  numbersOf.set(fact, out);
  return out;
}

/** Whether a fact's data can decide this yes/no question (a status to check, one number to compare…). */
function canDecide(fact: Fact, reading: Reading): boolean {
  switch (fact.decide?.kind) {
    case undefined: return false;
    case 'statuses': return statusesOf(reading).length > 0 || reading.personal;
    case 'equals': return reading.quantities.length === 1;
    case 'after': return reading.numbers.some((n) => n >= 1990 && n <= 2100);
    default: return true;
  }
}

/** What a light topic ("more") weighs. */
const LIGHT = 0.5;

/** The weight of each topic: rarer among the facts is more telling; a light one ("more") weighs little. */
export function topicWeights(facts: readonly Fact[], light: readonly string[] = []): Map<string, number> {
  const df = new Map<string, number>();
  for (const fact of facts) {
    for (const topic of new Set([...fact.match.needs.flat(), ...fact.match.about])) df.set(topic, (df.get(topic) ?? 0) + 1);
  }
  const weights = new Map([...df].map(([topic, n]) => [topic, Math.log(1 + facts.length / n)]));
  for (const topic of light) weights.set(topic, LIGHT);
  return weights;
}

/** The statuses a question names. */
export function statusesOf(reading: Reading): string[] {
  return [...new Set(reading.entities.filter((e) => e.kind === 'status').map((e) => e.id))];
}

/** How much a fact loses when it holds none of the question's telling words. */
const WORDS_SHARE = 0.4;
/** Holding this share of them, by rarity, is enough. */
const WORDS_ENOUGH = 0.5;

/** How well `fact` answers `reading`; undefined when it cannot. */
export function scoreFact(fact: Fact, reading: Reading, scoring: FactScoring): ScoredFact | undefined {
  const scored = scoreMatch(fact.match, reading, scoring.weights);
  if (!scored) return undefined;
  // A yes/no question is better answered by a fact that can decide it, and worse by one that cannot.
  // ("If I miss the target, do I lose my partnership?" asks what happens: the consequence answers it.)
  let score = scored.score + (reading.yesNo ? (canDecide(fact, reading) ? 0.1 : reading.whatIf ? 0 : -0.2) : 0);
  // A figure of the fact named in the question ("within 90 days") says which fact it is about.
  if (reading.numbers.some((n) => factNumbers(fact).has(n))) score += NAMED_FIGURE;
  const coverage = termCoverage(reading, scoring.words.get(fact.id), scoring);
  // Words the fact never uses, when they are most of what is asked.
  if (coverage !== undefined && coverage < WORDS_ENOUGH) score -= WORDS_SHARE * (WORDS_ENOUGH - coverage) / WORDS_ENOUGH;
  // Words the content never uses at all ("best pizza recipe"): the question is about something else.
  const places = placeStems(reading);
  const unknown = reading.ownTerms.filter((t) => !/^\d/.test(t) && !scoring.known(t) && !places.has(t)).length;
  if (unknown > 0) score -= UNKNOWN_WORD * Math.min(2, unknown) * (unknown / reading.ownTerms.length + 0.5);
  // The question names a thing the docs have a heading for ("the preliminary review"): a fact whose
  // words leave out part of its name is about something else ("the annual review").
  // A term of a topic the fact is about counts as held: "kickstart" for a rule of every bonus.
  const words = scoring.words.get(fact.id);
  const topics = [...fact.match.needs.flat(), ...fact.match.about];
  if (words) {
    for (const terms of scoring.named(reading)) {
      if (!terms.every((t) => words.has(t.term) || t.topics.some((topic) => topics.includes(topic)))) score -= OTHER_THING;
    }
  }
  // A rule decided by status ("who can extend it") is about the status the question names.
  if (fact.decide?.kind === 'statuses' && statusesOf(reading).length > 0) score += reading.yesNo ? 0.3 : 0.15;
  return { fact, score, unexplained: scored.unexplained };
}

/** The topics something described by `m` explains: its own, and those that only name an aspect it answers. */
export function topicsOf(m: FactMatch): ReadonlySet<string> {
  let own = ownTopics.get(m);
  if (!own) {
    own = new Set([...m.needs.flat(), ...m.about]);
    // Topics that only name an aspect ("deadline", "limit") are explained by a fact of that aspect.
    if (m.aspects.includes('deadline') || m.aspects.includes('duration')) own.add('deadline');
    // A count is a limit of how many ("a limit on how many NFR subscriptions").
    if (m.aspects.includes('limit') || m.aspects.includes('count')) own.add('limit');
    ownTopics.set(m, own);
  }
  return own;
}

/** How well something described by `m` answers `reading` (facts, and the personal answers too). */
export function scoreMatch(m: FactMatch, reading: Reading, weights: ReadonlyMap<string, number>): { score: number; unexplained: string[] } | undefined {
  const named = statusesOf(reading);
  if (m.status && named.length > 0 && !named.includes(m.status)) return undefined;
  if (m.statuses && named.length === 0 && !reading.topics.has('status')) return undefined;
  if (!m.needs.every((group) => group.some((t) => reading.topics.has(t)))) return undefined;
  if (m.excludes?.some((t) => reading.topics.has(t))) return undefined;
  const own = topicsOf(m);
  const weight = (t: string) => weights.get(t) ?? 1;
  let explained = 0;
  let total = 0;
  const unexplained: string[] = [];
  for (const topic of reading.topics) {
    total += weight(topic);
    if (own.has(topic)) explained += weight(topic);
    else unexplained.push(topic);
  }
  // A question naming no topic ("Silver requirements?") leaves it to the status and the aspect.
  let score = total > 0 ? explained / total : m.needs.length === 0 ? 0.5 : 0;
  // The aspect asked about: the first telling one counts most.
  const asked = reading.aspects.filter((a) => a !== 'whatIf');
  const telling = [...asked.filter((a) => !WEAK.has(a)), ...asked.filter((a) => WEAK.has(a))];
  if (asked.length > 0) {
    const direct = telling.findIndex((a) => m.aspects.includes(a));
    // When a telling aspect is asked ("who"), a general one ("get") matching says little.
    const strong = telling.filter((a) => !WEAK.has(a));
    const near = (strong.length > 0 ? strong : telling).some((a) => (NEAR[a] ?? []).some((n) => m.aspects.includes(n)));
    if (direct === 0) score += 0.35;
    else if (direct > 0 && (strong.length === 0 || !WEAK.has(telling[direct] as Aspect))) score += 0.25;
    else if (near) score += 0.15;
    // "What happens if we miss the deadline?" asks what then happens: its other aspects say of what.
    else if (!asked.every((a) => WEAK.has(a)) && !(reading.whatIf && m.aspects.includes('whatIf'))) score -= 0.35;
    // "What is NFR?" asks what a thing is: a figure about it is a poor answer.
    else if (asked.length === 1 && asked[0] === 'definition' && direct < 0) score -= 0.15;
  }
  if (reading.whatIf) score += m.aspects.includes('whatIf') ? 0.35 : -0.35;
  // A rule of what happens then answers a question naming what happens ("can Silver be downgraded?").
  else if (m.aspects.length === 1 && m.aspects[0] === 'whatIf' && !names(reading, m, CONSEQUENCES)) score -= 0.4;
  if (m.status) score += named.includes(m.status) ? 0.3 : -0.2;
  // Two statuses named are what a fact about statuses side by side compares.
  if (m.statuses && named.length > 1) score += 0.3;
  return { score, unexplained };
}

/** Facts that answer `reading`, best first. */
export function rankFacts(facts: readonly Fact[], reading: Reading, scoring: FactScoring): ScoredFact[] {
  const out: ScoredFact[] = [];
  for (const fact of facts) {
    const scored = scoreFact(fact, reading, scoring);
    if (scored) out.push(scored);
  }
  return out.sort((a, b) => b.score - a.score);
}
