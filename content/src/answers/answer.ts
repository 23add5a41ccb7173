/**
 * Short answers to questions about the program, drawn from the docs.
 *
 * Every docs passage is scored by how much of the question it covers (scoring.ts): each content
 * word of the question counts by its rarity in the docs, fully when it is in the passage's own
 * text, less when only in its heading, section or page title. Words the docs never use count
 * against every passage, so "what's the weather in Paris" finds nothing, and a passage must hold
 * nearly every word of the question somewhere in its text, its titles or what its page says it is
 * about. Below `ANSWER_THRESHOLD` there is no answer: the caller says it does not know.
 *
 * The best passage is the answer. A figure of the kind the question asks for (a duration for
 * "how long", a percentage for "what discount", an amount for "how much") is picked from its best
 * sentence, and a yes-no question gets "yes" or "no" only when the passage says so plainly
 * (reading.ts).
 */
import type { Passage } from './passages.ts';
import { bestSentence, findFigure, wantedFigures, yesOrNo } from './reading.ts';
import type { AnswerIndex, Entry } from './scoring.ts';
import { FIELD_WEIGHTS, idf, questionTerms, SYNONYM_FACTOR, weightIn } from './scoring.ts';

/** Below this share of the question covered, there is no answer. */
const ANSWER_THRESHOLD = 0.5;
/**
 * A passage may leave out one question word in this many (beyond the first): "what is the support
 * phone number" is not answered by a passage about the phone numbers partners list, with no word
 * of support anywhere near it, while a long question may carry a word the docs put differently.
 */
const UNMATCHED_EVERY = 3;
/** Ranking bonus for a passage holding the kind of figure the question asks for. */
const FIGURE_BONUS = 0.2;

/** An answer to a question. */
export interface Answer {
  /** Share of the question the passage covers, 0 to 1. */
  confidence: number;
  /** For a yes-no question the passage answers plainly. */
  verdict?: 'yes' | 'no';
  /** The figure the question asks for, as the docs write it ("6 months", "50%"). */
  figure?: string;
  passage: Passage;
  /** The sentence of the passage that best matches the question. */
  sentence: string;
  /** The paragraph that introduces the passage's list, if any. */
  intro?: Passage;
  /** The whole list the passage belongs to or introduces (empty when none). */
  list: Passage[];
}

/**
 * What the answer finder makes of a message: an answer; a topic (one telling word, like "NFR":
 * better answered with the sections about it); nothing it can answer; or no question at all
 * ("hi", "thanks").
 */
export type AnswerResult =
  | { kind: 'answer'; answer: Answer }
  | { kind: 'topic' }
  | { kind: 'unknown' }
  | { kind: 'empty' };

/** The best answer to `question`; `unknown` when no passage covers at least `threshold` of it. */
export function answerQuestion(index: AnswerIndex, question: string, threshold = ANSWER_THRESHOLD): AnswerResult {
  const terms = questionTerms(index, question);
  if (terms.length === 0) return { kind: 'empty' };
  if (terms.length === 1) return { kind: 'topic' };
  const weights = terms.map((t) => idf(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const wanted = wantedFigures(question);
  const allowed = Math.floor((terms.length - 1) / UNMATCHED_EVERY);
  let best: { entry: Entry; score: number; rank: number; inText: number } | undefined;
  for (const entry of index.entries) {
    let score = 0;
    let inText = 0;
    let unmatched = 0;
    terms.forEach((term, i) => {
      const w = weightIn(entry.fields, term);
      score += (weights[i] ?? 0) * w;
      if (w === 0) unmatched++;
      if (w >= FIELD_WEIGHTS[1] * SYNONYM_FACTOR) inText++;
    });
    score /= total;
    if (unmatched > allowed) continue;
    const rank = score + (wanted.length && findFigure(wanted, entry.plain, entry.passage, terms) ? FIGURE_BONUS : 0);
    const better = !best || rank > best.rank + 1e-9
      || (Math.abs(rank - best.rank) <= 1e-9 && (inText > best.inText || (inText === best.inText && entry.plain.length < best.entry.plain.length)));
    if (better) best = { entry, score, rank, inText };
  }
  // An answer needs the passage itself (not only its page or section title) to hold a question word.
  if (!best || best.score < threshold || best.inText === 0) return { kind: 'unknown' };
  const { entry } = best;
  const sentence = bestSentence(index, entry, terms);
  const list = listOf(index, entry.passage);
  const intro = entry.passage.kind === 'item' && entry.passage.group !== undefined
    ? index.entries.find((e) => e.passage.kind === 'paragraph' && e.passage.page === entry.passage.page && e.passage.group === entry.passage.group)?.passage
    : undefined;
  const answer: Answer = { confidence: Math.round(best.score * 100) / 100, passage: entry.passage, sentence, intro, list };
  const figure = findFigure(wanted, sentence, entry.passage, terms) ?? findFigure(wanted, entry.plain, entry.passage, terms);
  if (figure) answer.figure = figure;
  const verdict = yesOrNo(index, question, entry, best.score, sentence, terms);
  if (verdict) answer.verdict = verdict;
  return { kind: 'answer', answer };
}

function listOf(index: AnswerIndex, passage: Passage): Passage[] {
  if (passage.group === undefined) return [];
  return index.entries.filter((e) => e.passage.kind === 'item' && e.passage.page === passage.page && e.passage.group === passage.group).map((e) => e.passage);
}
