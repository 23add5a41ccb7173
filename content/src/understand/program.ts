/**
 * Answers to questions about the program, as data: for each part of a question, the facts from
 * the rules that answer it (with a yes or no decided by their data), or else the docs passage that
 * covers it best, or nothing. Facts come first; a passage answers what no fact does; when neither
 * is sure, the answer says so and offers the nearest sections. A wrong figure is worse than none.
 */
import type { Fact } from '../facts/types.ts';
import type { Passage } from '../load/docs.ts';
import type { Aspect } from './language.ts';
import type { Verdict } from './decide.ts';
import { decide } from './decide.ts';
import type { FactScoring, ScoredFact } from './match.ts';
import { rankFacts, statusesOf, topicsOf } from './match.ts';
import { asksFigure, bestSentence, comparesStatusesElsewhere, findFigure, namesNoStatus, passageVerdict } from './passage-reading.ts';
import type { PassageIndex, SectionRef } from './passages.ts';
import type { Reading, Understanding } from './understanding.ts';

/** A fact at least this good answers on its own. */
const FACT_SURE = 0.95;
/** A fact scoring this is as sure as can be. */
const FACT_FULL = 1.25;
/** Below this a fact is not an answer at all. */
const FACT_LEAST = 0.7;
/** A passage covering at least this share of a question answers it. */
const PASSAGE_SURE = 0.5;
/** A passage answering this surely may lead with its plain yes or no. */
const VERDICT_LEAST = 0.6;
/** Below this confidence an answer says where else to look. */
const SURE = 0.7;
/** What a passage keeps of its confidence when the figure asked for is not in its best sentence. */
const NO_FIGURE = 0.6;
/** What a passage that tells no consequence keeps of its confidence for "what happens if". */
const NO_CONSEQUENCE = 0.8;
/** Aspects asking something other than a figure: what a thing is for, how to do it, what it is, what happens. */
const ASKS_NO_FIGURE = new Set<Aspect>(['uses', 'howTo', 'definition', 'whatIf']);
/** How much a fact's confidence counts over a passage's. */
const FACT_EDGE = 0.1;
/** A second fact this close to the best answers too ("silver target?": to reach it and to keep it). */
const TIE = 0.05;

/** What the understanding knows of one content version: its reading, the facts and the docs passages. */
export interface Knowledge {
  understanding: Understanding;
  facts: Fact[];
  /** How facts are scored: topic weights and each fact's words. */
  scoring: FactScoring;
  passages: PassageIndex;
}

/** A passage that answers a question, with what to show around it. */
export interface PassageAnswer {
  passage: Passage;
  /** The sentence that best matches the question. */
  sentence: string;
  /** The figure the question asks for, as the docs write it ("6 months"). */
  figure?: string;
  /** The paragraph leading the passage's list, and the whole list (empty when none). */
  intro?: Passage;
  list: Passage[];
}

/** The answer to one part of a question. */
export interface PartAnswer {
  /** The part as written. */
  question: string;
  /** The yes or no, when the data (or a plain sentence of the docs) decides it. */
  verdict?: Verdict;
  /** The facts that answer it; empty when a passage does. */
  facts: Fact[];
  passage?: PassageAnswer;
  /** How sure, 0 to 1. */
  confidence: number;
}

/** What the understanding makes of a question about the program. */
export type ProgramAnswer =
  /** Every part it could answer; `nearest` sections when it is not sure. */
  | { kind: 'answer'; parts: PartAnswer[]; sure: boolean; nearest: SectionRef[] }
  /** One telling word ("NFR"): better answered with the sections about it. */
  | { kind: 'topic'; sections: SectionRef[] }
  /** Nothing it can answer; the nearest sections, if any come close. */
  | { kind: 'unknown'; nearest: SectionRef[] }
  /** No question at all ("hi", "thanks"). */
  | { kind: 'empty' };

/** Sections offered when an answer is unsure or missing. */
const NEAREST = 3;

/** Stems of a rules text that tell it apart (for matching "an on-premise upgrade" to a list item). */
function distinctTerms(k: Knowledge): (text: string) => string[] {
  // Not the words of how a thing is asked or done ("use": "products for your own use" is not what
  // "Can I use a bonus for…?" names), nor those of a whole kind ("products").
  return (text) => k.understanding.decidingTerms(k.understanding.terms(text)).filter((t) => !k.passages.isCommon(t) && !k.understanding.isCategory(t));
}

/** A fact with what the question brings to it: "if I sell 12,000" against the target. */
function withQuestion(fact: Fact, reading: Reading): Fact {
  if (fact.code !== 'status-target-missed' || reading.numbers.length === 0) return fact;
  return { ...fact, sold: Math.max(...reading.numbers) };
}

/** The share of a yes/no question's deciding words (by rarity) a fact must know to decide it. */
const DECIDES = 0.7;

/**
 * Whether `fact` decides the yes/no question itself, not another one about the same things: its
 * words (its section's, its figures' passages', its topics') hold nearly all of what the question
 * asks whether. Who gets leads does not decide "may I pass on a lead's contact details?".
 */
function decidesWhole(k: Knowledge, reading: Reading, fact: Fact): boolean {
  const words = k.scoring.words.get(fact.id);
  if (!words) return true;
  const asked = k.understanding.decidingTerms(k.passages.telling(reading.ownTerms));
  if (k.passages.weight(asked.filter((t) => words.has(t))) < DECIDES * k.passages.weight(asked)) return false;
  // A rule that says who has a thing decides whether a status has it, nothing else about it: a
  // question naming another thing besides ("a lead's contact details") asks something else.
  return fact.decide?.kind !== 'statuses' || othersNamed(k, reading, fact, asked).length === 0;
}

/**
 * The topics `reading` names, through words of its own, that `fact` is not about: a word naming
 * one of the fact's topics too ("tutorial": the tutorial and courses) names no other thing.
 */
function othersNamed(k: Knowledge, reading: Reading, fact: Fact, asked: readonly string[]): string[] {
  const own = topicsOf(fact.match);
  const light = new Set(k.understanding.language.lightTopics);
  return [...new Set(asked.flatMap((term) => {
    const named = k.understanding.stemTopics(term);
    return named.some((t) => own.has(t)) ? [] : named.filter((t) => !light.has(t) && reading.topics.has(t));
  }))];
}

/** The facts and the verdict for one part, or undefined when no fact is good enough. */
function factAnswer(k: Knowledge, reading: Reading, ranked: readonly ScoredFact[], status?: string): PartAnswer | undefined {
  const best = ranked[0];
  if (!best || best.score < FACT_LEAST) return undefined;
  const chosen: Fact[] = [best.fact];
  const named = statusesOf(reading);
  // Several statuses named: the same fact for each ("What discount do Silver and Gold get?").
  if (best.fact.match.status && named.length > 1) {
    for (const s of named) {
      const same = ranked.find((r) => r.fact.code === best.fact.code && r.fact.match.status === s);
      if (same && !chosen.includes(same.fact)) chosen.push(same.fact);
    }
  } else {
    const tie = ranked[1];
    if (tie && tie.score >= FACT_SURE && best.score - tie.score <= TIE && tie.fact.code !== best.fact.code) chosen.push(tie.fact);
    // A topic the best fact leaves out may be a second question in one sentence.
    const left = best.unexplained.filter((t) => !chosen.slice(1).some((f) => [...f.match.needs.flat(), ...f.match.about].includes(t)));
    if (left.length > 0) {
      const other = ranked.find((r) => !chosen.includes(r.fact) && r.score >= FACT_SURE && left.some((t) => [...r.fact.match.needs.flat()].includes(t)));
      if (other) chosen.push(other.fact);
    }
  }
  const answer: PartAnswer = { question: reading.text, facts: chosen.map((f) => withQuestion(f, reading)), confidence: Math.min(1, best.score / FACT_FULL) };
  // A rule that decides yes/no questions of its own ("who gets leads") but holds too little of
  // this one to decide it ("Is there an API to push leads into our CRM?") is about another
  // question: as unsure an answer as a passage without the figure asked.
  if (reading.yesNo && best.fact.decide && !decidesWhole(k, reading, best.fact)) answer.confidence *= NO_FIGURE;
  if (reading.yesNo) {
    const verdicts = chosen.map((f) => (decidesWhole(k, reading, f) ? decide(f, reading, distinctTerms(k), status, k.understanding.unitWords) : undefined)).filter((v): v is Verdict => v !== undefined);
    if (verdicts.length > 0 && verdicts.every((v) => v === verdicts[0])) answer.verdict = verdicts[0];
  }
  return answer;
}

/** Passages weighed for an answer: the best by coverage, and those close behind it. */
const CANDIDATES = 4;
/** A passage this far behind the best's coverage is not weighed. */
const CLOSE = 0.12;

/** The passage answer for one part, or undefined when none covers enough of it. */
function passageAnswer(k: Knowledge, reading: Reading): PartAnswer | undefined {
  const hits = k.passages.ranked(reading, CANDIDATES, statusesOf(reading));
  const [first] = hits;
  if (!first || first.coverage < PASSAGE_SURE) return undefined;
  // Of passages covering the question alike, the one that answers it best: with the figure asked
  // for ("when do prices change": the one saying how much notice), or telling what then happens.
  let best: PartAnswer | undefined;
  for (const hit of hits) {
    if (hit.coverage < PASSAGE_SURE || hit.coverage < first.coverage - CLOSE) continue;
    const answer = readPassage(k, reading, hit.passage, hit.coverage);
    if (!best || answer.confidence > best.confidence) best = answer;
  }
  return best;
}

/** An e-mail address, a phone number or a link. */
const CONTACT_DETAIL = /[\w.+-]+@[\w-]+\.\w|\+?\d[\d ()/-]{6,}\d|https?:\/\//;

/**
 * Whether a part asks for a contact detail ("the support phone number"): not whether or how to
 * get in touch, nor what not to do with contact details.
 */
function asksContact(reading: Reading): boolean {
  return reading.topics.has('contact') && !reading.yesNo && !reading.negated && !reading.aspects.includes('howTo');
}

/**
 * Whether a question names topics (besides light ones) and `passage` names none of them, nor has
 * a heading with one of the question's telling words ("Using the trademarks" is about "can we use
 * the vendor's trademark on our website?" though it names no website).
 */
function aboutOtherTopics(k: Knowledge, reading: Reading, passage: Passage): boolean {
  const light = new Set(k.understanding.language.lightTopics);
  const asked = [...reading.topics].filter((t) => !light.has(t));
  if (asked.length === 0) return false;
  const headings = new Set(k.understanding.terms(`${passage.heading ?? ''} ${passage.section}`));
  if (k.passages.telling(reading.ownTerms).some((t) => headings.has(t))) return false;
  const named = passageTopics(k.understanding, passage);
  return !asked.some((t) => named.has(t));
}

/** The topics each passage names with its headings and page, as each language's understanding reads them: worked out once. */
const topicsRead = new WeakMap<Understanding, WeakMap<Passage, ReadonlySet<string>>>();
function passageTopics(understanding: Understanding, passage: Passage): ReadonlySet<string> {
  let byPassage = topicsRead.get(understanding);
  if (!byPassage) topicsRead.set(understanding, (byPassage = new WeakMap()));
  let topics = byPassage.get(passage);
  if (!topics) byPassage.set(passage, (topics = understanding.topicsIn(`${passage.plain} ${passage.heading ?? ''} ${passage.section} ${passage.pageTitle}`)));
  return topics;
}

/** The answer `passage` gives one part, with how sure it is. */
function readPassage(k: Knowledge, reading: Reading, hit: Passage, coverage: number): PartAnswer {
  const sentence = bestSentence(k.passages, k.understanding, hit, reading);
  const { intro, items } = k.passages.listOf(hit);
  const passage: PassageAnswer = { passage: hit, sentence, list: items };
  if (hit.kind === 'item' && intro) passage.intro = intro;
  let confidence = coverage;
  if (asksFigure(reading)) {
    // A figure counts only from a sentence that holds everything asked: "How long should the Gold
    // presentation video be?" is not answered by the "12 months" of Gold's sales window.
    const held = new Set(k.understanding.terms(`${hit.heading ?? ''} ${sentence}`));
    const asked = k.passages.telling(reading.ownTerms).filter((t) => !k.understanding.statusStems.has(t));
    const holds = asked.every((t) => held.has(t));
    // What the heading names ("Preliminary review") the whole passage is about: its figure need not stand near it.
    const headed = new Set(k.understanding.terms(hit.heading ?? ''));
    const figure = holds ? findFigure(k.understanding, reading, sentence, hit, asked.filter((t) => !headed.has(t))) : undefined;
    if (figure) passage.figure = figure;
    // A figure of the kind asked that stands apart from what was asked is not the answer; a
    // passage with no such figure at all ("how much can I charge?": a rule) may still be, but not
    // for "how many": a count is a number or nothing.
    else if (!holds || reading.aspects[0] === 'count' || reading.aspects[0] === 'duration' || findFigure(k.understanding, reading, sentence, hit)) confidence *= NO_FIGURE;
  }
  // "What is the support's phone number?" asks how to reach someone: a passage giving no way (an
  // e-mail address, a phone number, a link) does not answer it, however much it says of phones.
  if (asksContact(reading) && !CONTACT_DETAIL.test(hit.plain)) confidence *= NO_FIGURE;
  if (comparesStatusesElsewhere(k.understanding, reading, hit)) confidence *= NO_FIGURE;
  // A table cell is a figure: "what can we use the NFR subscription for?" is not answered by how
  // many of them Bronze gets.
  if (hit.kind === 'cell' && !reading.yesNo && reading.aspects.some((a) => ASKS_NO_FIGURE.has(a))) confidence *= NO_FIGURE;
  // "What happens if..." is not answered by a passage that says nothing of what then happens.
  if (reading.whatIf && !k.passages.tellsConsequence(hit)) confidence *= NO_CONSEQUENCE;
  // A passage naming none of the question's topics, reached through its other words ("Kann ein
  // Freiberufler Partner werden?" and the NFR rule against handing keys to freelancers), is about
  // another question: unsure, and no yes or no.
  const elsewhere = aboutOtherTopics(k, reading, hit);
  if (elsewhere) confidence *= NO_FIGURE;
  const answer: PartAnswer = { question: reading.text, facts: [], passage, confidence: Math.round(confidence * 100) / 100 };
  const verdict = answer.confidence >= VERDICT_LEAST && !elsewhere ? passageVerdict(k.passages, k.understanding, reading, hit, sentence) : undefined;
  if (verdict) answer.verdict = verdict;
  return answer;
}

/**
 * The answer to one part: the fact or the passage that answers it more surely, a fact winning a
 * tie (it is the rule itself, not a sentence about it).
 */
export function answerPart(k: Knowledge, reading: Reading, status?: string): PartAnswer | undefined {
  // "Can we claim another NFR copy?" asks what may be done, which a rule of what a status requires
  // does not say ("Can we become Silver without the sales course?" it does).
  const ability = reading.asksAbility && !reading.without && !reading.negated;
  const ranked = rankFacts(k.facts, reading, k.scoring).filter((r) => !(ability && r.fact.code === 'who-requires'));
  const fact = factAnswer(k, reading, ranked, status);
  const passage = passageAnswer(k, reading);
  if (!fact) return passage;
  if (!passage) return fact;
  // A yes/no the rules decide beats a passage that gives none or the same; a plain yes/no of the
  // docs beats a fact that cannot decide.
  if (fact.verdict && (!passage.verdict || passage.verdict === fact.verdict) && fact.confidence >= FACT_LEAST / FACT_FULL) return fact;
  // "Can we lose Silver?": the status's own rule, holding all the question names, over a passage
  // that names no status (the penalty for unfair practices).
  const best = ranked[0];
  if (best?.fact.match.status && statusesOf(reading).includes(best.fact.match.status) && best.unexplained.length === 0
    && passage.passage && namesNoStatus(k.understanding, passage.passage.passage)) return fact;
  if (reading.yesNo && passage.verdict && !fact.verdict && passage.confidence >= PASSAGE_SURE) return passage;
  return fact.confidence + FACT_EDGE >= passage.confidence ? fact : passage;
}

/**
 * Answers `text`. `status` is the asker's own status when known (a linked partner), for deciding
 * "Can I extend the NFR?" when the question names no status.
 */
export function answerProgram(k: Knowledge, text: string, status?: string): ProgramAnswer {
  const parts = k.understanding.question(text);
  const telling = parts.flatMap((p) => p.terms);
  if (telling.length === 0) return { kind: 'empty' };
  const only = parts[0];
  if (parts.length === 1 && only && only.terms.length === 1 && only.aspects.length === 0 && !only.yesNo) {
    const sections = k.passages.nearest(only, NEAREST);
    return sections.length ? { kind: 'topic', sections } : { kind: 'unknown', nearest: [] };
  }
  const answered: PartAnswer[] = [];
  for (const reading of parts) {
    const answer = answerPart(k, reading, status);
    // The same facts for two parts ("...for Bronze, and what are they?") are said once.
    if (answer && !answered.some((a) => a.facts.length > 0 && a.facts.every((f) => answer.facts.includes(f)) && answer.facts.length === a.facts.length)) answered.push(answer);
  }
  const whole = parts.reduce((all, p) => ({ ...all, terms: [...all.terms, ...p.terms] }), parts[0] as Reading);
  if (answered.length === 0) return { kind: 'unknown', nearest: k.passages.nearest(whole, NEAREST) };
  const sure = answered.every((a) => a.confidence >= SURE) && answered.length >= parts.filter((p) => p.terms.length > 0).length;
  return { kind: 'answer', parts: answered, sure, nearest: sure ? [] : k.passages.nearest(whole, NEAREST) };
}
