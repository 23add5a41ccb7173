/**
 * Reading an answer off a docs passage: the sentence that best matches the question, the figure the
 * question asks for (a duration for "how long", a percentage for "what discount"), and a plain yes
 * or no when the sentence says it without a "but" or an "only". The words for all of it come from
 * the language data.
 */
import type { Passage } from '../load/docs.ts';
import type { Aspect } from './language.ts';
import type { PassageIndex } from './passages.ts';
import type { Reading, Understanding } from './understanding.ts';
import { fold } from './text.ts';

/** Kinds of figure, in the order tried for an aspect. */
type FigureKind = 'money' | 'percent' | 'duration' | 'quantity' | 'number';

const FIGURES_FOR: Partial<Record<Aspect, FigureKind[]>> = {
  percent: ['percent'],
  duration: ['duration'],
  deadline: ['duration'],
  frequency: ['duration'],
  amount: ['money', 'quantity', 'percent'],
  count: ['quantity', 'number'],
  limit: ['quantity', 'money', 'number'],
};

/** Whether a question asks for a figure (how much, how long, how many…). */
export function asksFigure(reading: Reading): boolean {
  return reading.aspects.some((a) => FIGURES_FOR[a] !== undefined);
}

/** The sentences of a passage's plain text. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+/).filter(Boolean);
}

/** The sentence of `passage` holding most of the question, by term rarity. */
export function bestSentence(index: PassageIndex, understanding: Understanding, passage: Passage, reading: Reading): string {
  let best = passage.plain;
  let bestScore = -1;
  for (const sentence of sentences(passage.plain)) {
    const words = new Set(understanding.terms(sentence));
    const score = reading.terms.reduce((sum, t) => sum + (words.has(t) ? index.idf(t) : 0), 0);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return best;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How many words away from a question term a figure may stand and still be its answer. */
const NEAR_WORDS = 5;

/**
 * The first figure of a kind the question asks for in `text`, as the docs write it, standing near
 * one of `near` (the question's telling terms), when given: the "12 months" of "sales within 12
 * months and a product presentation" is not how long the presentation is.
 */
export function findFigure(understanding: Understanding, reading: Reading, text: string, passage: Passage, near?: readonly string[]): string | undefined {
  const { durationUnits, quantityUnits, rangeWords } = understanding.language;
  const units = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
  // "1 to 7 business days" or "1–7 days" is one figure.
  const from = `(?:\\d[\\d,]*\\s*(?:[–-]|(?:${[...rangeWords].map(escape).join('|') || '$^'})\\b)\\s*)?`;
  const patterns: Record<FigureKind, RegExp> = {
    money: /[$€£¥][^\s\d]{0,3}\d[\d,]*(?:\.\d+)?/gu,
    percent: /\d+(?:\.\d+)?\s?%/g,
    duration: new RegExp(`\\b${from}\\d[\\d,]*[\\s-](?:${units(durationUnits)})\\b`, 'gi'),
    quantity: quantityUnits.length ? new RegExp(`\\b${from}\\d[\\d,]*\\s?(?:${units(quantityUnits)})\\b`, 'gi') : /$^/g,
    number: /\b\d[\d,]*(?:\.\d+)?\b/g,
  };
  const kinds = [...new Set(reading.aspects.flatMap((a) => FIGURES_FOR[a] ?? []))];
  for (const kind of kinds) {
    for (const match of text.matchAll(patterns[kind])) {
      // A bare number counts in a table cell, or when a question term follows it ("up to 5 partners").
      if (kind === 'number' && passage.kind !== 'cell') {
        const after = understanding.terms(text.slice((match.index ?? 0) + match[0].length).split(/\s+/).slice(0, 4).join(' '));
        if (!after.some((w) => reading.terms.includes(w))) continue;
      }
      if (near && near.length > 0 && passage.kind !== 'cell') {
        const at = match.index ?? 0;
        const before = text.slice(0, at).split(/\s+/).slice(-NEAR_WORDS).join(' ');
        const after = text.slice(at + match[0].length).split(/\s+/).slice(0, NEAR_WORDS + 1).join(' ');
        const around = new Set(understanding.terms(`${before} ${after}`));
        if (!near.some((t) => around.has(t))) continue;
      }
      return match[0].replace(/(\d)-(?=\p{L})/gu, '$1 ').trim();
    }
  }
  return undefined;
}

/** The share of the question's words found in its passage that the deciding sentence must hold. */
const SENTENCE_HOLDS = 0.6;

/** The share of the question's deciding words (by rarity) the passage and its titles must hold for a yes or a no. */
const ASKED_HOLDS = 0.75;

/**
 * Whether `text` holds one of `phrases` as words. A word joined to another by a hyphen is part
 * of it: the "nicht" of "nicht-technischen Support" negates nothing.
 */
function says(understanding: Understanding, text: string, phrases: readonly string[]): boolean {
  const words = ` ${fold(text).replace(/n't\b/g, ' not').replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2010').replace(/[^\p{L}\p{N}%\u2010]+/gu, ' ')} `;
  return phrases.some((p) => words.includes(` ${fold(p).replace(/-/g, '\u2010')} `));
}

/**
 * Whether `text` grants something: a permission phrase not itself negated ("can", not "can not"
 * or "may not").
 */
function permits(text: string, permission: readonly string[], negation: readonly string[]): boolean {
  const words = fold(text).replace(/n't\b/g, ' not').replace(/[^\p{L}\p{N}%]+/gu, ' ').trim().split(' ');
  const negated = new Set(negation.map(fold));
  for (const phrase of permission.map((p) => fold(p).split(' '))) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, j) => words[i + j] === w) && !negated.has(words[i + phrase.length] ?? '')) return true;
    }
  }
  return false;
}

/**
 * Whether `reading` compares statuses ("Are Gold partners better than Silver?") and `passage`, with
 * its heading, section and page, names none of them: such a passage neither answers it surely nor
 * decides it.
 */
export function comparesStatusesElsewhere(understanding: Understanding, reading: Reading, passage: Passage): boolean {
  if (!reading.topics.has('compare') || !reading.entities.some((e) => e.kind === 'status')) return false;
  return namesNoStatus(understanding, passage);
}

/** Whether `passage`, with its heading, section and page, names no status at all. */
export function namesNoStatus(understanding: Understanding, passage: Passage): boolean {
  return !understanding.terms(`${passage.plain} ${passage.heading ?? ''} ${passage.section} ${passage.pageTitle}`).some((t) => understanding.statusStems.has(t));
}

/**
 * "yes" or "no" when a yes/no question's best sentence says it plainly: a table cell that reads
 * Yes or No, a sentence with a negation and no contrast, or a permission ("can", "may") in the
 * sentence or the lead of its list. Undefined otherwise: never a guess.
 */
export function passageVerdict(index: PassageIndex, understanding: Understanding, reading: Reading, passage: Passage, whole: string): 'yes' | 'no' | undefined {
  if (!reading.yesNo || reading.negated) return undefined;
  // Of a sentence in clauses ("You decide what to charge, with one limit: never less than..."),
  // the clause holding most of what was asked decides; two holding as much, none does.
  const clauses = whole.split(/\s*[:;]\s+/).filter(Boolean);
  let sentence = whole;
  if (clauses.length > 1) {
    const asked = new Set(reading.terms);
    const scored = clauses.map((c) => ({ c, n: understanding.terms(c).filter((t) => asked.has(t)).length })).sort((a, b) => b.n - a.n);
    if (scored[0] && scored[1] && scored[0].n === scored[1].n) return undefined;
    sentence = scored[0]?.c ?? whole;
  }
  const { affirmation, negation, contrast, permission, condition } = understanding.language.verdictWords;
  if (passage.kind === 'cell') {
    const first = passage.plain.split(/[\s,.]+/)[0] ?? '';
    if (says(understanding, first, affirmation)) return 'yes';
    if (says(understanding, first, negation) || passage.plain === '—') return 'no';
    return undefined;
  }
  // The sentence must itself hold most of what the passage matched on.
  const held = new Set(understanding.terms(sentence));
  const inPassage = reading.terms.filter((t) => new Set(understanding.terms(passage.plain)).has(t));
  if (inPassage.filter((t) => held.has(t)).length < SENTENCE_HOLDS * inPassage.length) return undefined;
  if (says(understanding, sentence, contrast)) return undefined;
  // The lead's last sentence is what introduces the list ("Never use them to:").
  const context = `${passage.heading ?? ''} ${passage.kind === 'item' ? sentences(passage.lead ?? '').at(-1) ?? '' : ''}`;
  // A yes or a no needs the sentence's passage (with its heading, its section and its page's
  // title) to say nearly all that was asked whether: "never use a lead's contact details to send mass e-mails"
  // does not say whether you may pass them on, nor "the vendor may hold back some products for a
  // client" that a partner may sell one. Not its list's lead: that gives the permission or the
  // ban ("Never use them to:"), not what is permitted or banned.
  const around = new Set([...held, ...understanding.terms(`${passage.plain} ${passage.heading ?? ''} ${passage.section} ${passage.pageTitle}`)]);
  const asked = understanding.decidingTerms(reading.terms);
  if (index.weight(asked.filter((t) => around.has(t))) < ASKED_HOLDS * index.weight(asked)) return undefined;
  if (comparesStatusesElsewhere(understanding, reading, passage)) return undefined;
  // A sentence that says what a word means ("A new client means an account that has never bought
  // one") defines it: its negation belongs to the definition, not to what was asked.
  if (says(understanding, sentence, understanding.language.definitionWords)) return undefined;
  const negative = says(understanding, sentence, negation);
  // A sentence that grants and forbids at once ("You decide what to charge, with one limit: never
  // less than...") is no plain yes or no, unless the question asks about the limit itself, in the
  // clause's own terms ("Can I sell below the lowest price?").
  if (says(understanding, whole, negation) && permits(whole, permission, negation)) {
    const kinds = Object.values(understanding.language.comparisons).filter((words) => says(understanding, reading.text, words));
    if (sentence === whole || !kinds.some((words) => says(understanding, sentence, words))) return undefined;
  }
  if (passage.kind === 'item' && says(understanding, context, negation)) return negative ? undefined : 'no';
  if (negative) return 'no';
  if (says(understanding, sentence, condition)) return undefined;
  // What one can do does not say what one must: "partners can download a certificate" does not
  // answer "do I need a certificate to become Gold?".
  if (reading.aspects.includes('requirements')) return undefined;
  // Its list's lead gives the permission ("Silver partners can:"), not what is permitted: the
  // "apply" of "one or more of these can apply" is not applying to join.
  if (says(understanding, sentence, permission) || (passage.kind === 'item' && says(understanding, context, permission))) return 'yes';
  return undefined;
}
