/**
 * Short answers to questions about the program, drawn from the docs.
 *
 * Every docs passage is scored by how much of the question it covers: each content word of the
 * question counts by its rarity in the docs (a word in few passages says more), and counts fully
 * when it is in the passage's own text, less when only in its heading, section or page title.
 * Words the docs never use count against every passage, so "what's the weather in Paris" finds
 * nothing. Below `ANSWER_THRESHOLD` there is no answer: the caller says it does not know.
 *
 * The best passage is the answer. A figure of the kind the question asks for (a duration for
 * "how long", a percentage for "what discount", an amount for "how much") is picked from its best
 * sentence, and a yes-no question gets "yes" or "no" only when the passage says so plainly.
 */
import { distance } from 'fastest-levenshtein';
import type { DocPage } from '../load/docs.ts';
import { plainSummary } from '../search.ts';
import type { Passage } from './passages.ts';
import { docPassages } from './passages.ts';
import { contentWords, synonyms } from './words.ts';

/** Below this share of the question covered, there is no answer. */
const ANSWER_THRESHOLD = 0.5;

/**
 * Field weights: the passage's text, its heading and list lead, its section title, its page title,
 * and the rest of its page (a bonus rule on the Bonuses page applies to the kickstart bonus there).
 */
const FIELD_WEIGHTS = [1, 0.8, 0.6, 0.45, 0.2] as const;
/** Ranking bonus for a passage holding the kind of figure the question asks for. */
const FIGURE_BONUS = 0.2;
/** A synonym counts this much of the word itself. */
const SYNONYM_FACTOR = 0.75;

interface Entry {
  passage: Passage;
  fields: Set<string>[];
  plain: string;
}

/** The docs prepared for answering questions. */
export interface AnswerIndex {
  entries: Entry[];
  /** Number of passages each stem appears in. */
  df: Map<string, number>;
}

/** The kinds of figure a question can ask for. */
export type FigureKind = 'money' | 'percent' | 'duration' | 'quantity' | 'number';

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

/** Plain text of markdown, whole. */
function plain(markdown: string): string {
  return plainSummary(markdown, Number.POSITIVE_INFINITY);
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

/** Prepares `docs` for `answerQuestion`. */
export function buildAnswerIndex(docs: readonly DocPage[]): AnswerIndex {
  const df = new Map<string, number>();
  const pageWords = new Map(docs.map((d) => [d.slug, new Set(contentWords(plain(d.body)))]));
  const entries = docPassages(docs).filter((p) => !isNavigation(p)).map((passage) => {
    const text = plain(passage.text);
    const fields = [
      `${text} ${passage.row ?? ''} ${passage.column ?? ''}`,
      `${passage.heading ?? ''} ${passage.kind === 'item' ? plain(passage.lead ?? '') : ''}`,
      passage.section,
      passage.pageTitle,
    ].map((f) => new Set(contentWords(f)));
    for (const stem of new Set(fields.flatMap((f) => [...f]))) df.set(stem, (df.get(stem) ?? 0) + 1);
    fields.push(pageWords.get(passage.page) ?? new Set());
    return { passage, fields, plain: text };
  });
  return { entries, df };
}

/** A list item or table cell that is only a link to another page: it points at an answer, it is not one. */
function isNavigation(p: Passage): boolean {
  return p.kind !== 'paragraph' && /^\[[^\]]*\]\([^)]*\)(?:[:,.]|\s*$)/.test(p.text);
}

/** Words in more than this share of passages say nothing about which one answers (like "partner"). */
const COMMON_SHARE = 0.4;

/**
 * The question's content words, a misspelt word replaced by the nearest word of the docs, and the
 * docs' most common words left out unless nothing else is left.
 */
function questionTerms(index: AnswerIndex, question: string): string[] {
  const terms = correctedTerms(index, question);
  const telling = terms.filter((t) => (index.df.get(t) ?? 0) <= COMMON_SHARE * index.entries.length);
  return telling.length ? telling : terms;
}

function correctedTerms(index: AnswerIndex, question: string): string[] {
  const terms = new Set<string>();
  for (const word of contentWords(question)) {
    if (index.df.has(word) || word.length < 5 || /\d/.test(word)) {
      terms.add(word);
      continue;
    }
    let best = word;
    let bestDistance = word.length >= 8 ? 3 : 2;
    for (const known of index.df.keys()) {
      const d = distance(word, known);
      if (d < bestDistance) [best, bestDistance] = [known, d];
    }
    terms.add(best);
  }
  return [...terms];
}

/** How strongly `entry` holds `term` (0 to 1), through the word or one of its synonyms. */
function weightIn(fields: readonly Set<string>[], term: string): number {
  let best = 0;
  fields.forEach((field, i) => {
    const weight = FIELD_WEIGHTS[i] ?? 0;
    if (field.has(term)) best = Math.max(best, weight);
    else if (synonyms(term).some((s) => field.has(s))) best = Math.max(best, weight * SYNONYM_FACTOR);
  });
  return best;
}

/** Rarity of a term in the docs; a word the docs never use is the rarest. */
function idf(index: AnswerIndex, term: string): number {
  const df = index.df.get(term) ?? Math.max(0, ...synonyms(term).map((s) => index.df.get(s) ?? 0));
  return Math.log(1 + index.entries.length / (1 + df));
}

/** The best answer to `question`; `unknown` when no passage covers at least `threshold` of it. */
export function answerQuestion(index: AnswerIndex, question: string, threshold = ANSWER_THRESHOLD): AnswerResult {
  const terms = questionTerms(index, question);
  if (terms.length === 0) return { kind: 'empty' };
  if (terms.length === 1) return { kind: 'topic' };
  const weights = terms.map((t) => idf(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const wanted = wantedFigures(question);
  let best: { entry: Entry; score: number; rank: number; inText: number } | undefined;
  for (const entry of index.entries) {
    let score = 0;
    let inText = 0;
    terms.forEach((term, i) => {
      const w = weightIn(entry.fields, term);
      score += (weights[i] ?? 0) * w;
      if (w >= FIELD_WEIGHTS[1] * SYNONYM_FACTOR) inText++;
    });
    score /= total;
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
    ? index.entries.find((e) => e.passage.kind === 'paragraph' && e.passage.group === entry.passage.group)?.passage
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
  return index.entries.filter((e) => e.passage.kind === 'item' && e.passage.group === passage.group).map((e) => e.passage);
}

/** The sentence of `entry` holding most of the question, by weight. */
function bestSentence(index: AnswerIndex, entry: Entry, terms: readonly string[]): string {
  const sentences = entry.plain.split(/(?<=[.!?;])\s+/).filter(Boolean);
  let best = sentences[0] ?? entry.plain;
  let bestScore = -1;
  for (const sentence of sentences) {
    const words = new Set(contentWords(sentence));
    const score = terms.reduce((sum, t) => sum + (words.has(t) || synonyms(t).some((s) => words.has(s)) ? idf(index, t) : 0), 0);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return best;
}

const FIGURES: Record<FigureKind, RegExp> = {
  money: /[$€£¥][^\s\d]{0,3}\d[\d,]*(?:\.\d+)?/u,
  percent: /\d+(?:\.\d+)?\s?%/,
  duration: /\b\d[\d,]*[\s-](?:business\s+)?(?:days?|weeks?|months?|years?)\b/i,
  quantity: /\b\d[\d,]*\s?(?:GB|MB|TB)\b/,
  number: /\b\d[\d,]*(?:\.\d+)?\b/,
};

/** The kinds of figure `question` asks for, most likely first. */
function wantedFigures(question: string): FigureKind[] {
  const q = question.toLowerCase();
  if (/\bhow (?:many|much) (?:days|weeks|months|years|time)\b/.test(q)) return ['duration'];
  if (/\bdiscount|\bpercent|%/.test(q)) return ['percent'];
  if (/\bhow (?:long|soon|quickly)\b|\bvalid\b|\bwhen\b|\bdeadline|\bexpire|\blast\b/.test(q)) return ['duration'];
  if (/\bhow much\b|\bamount\b|\bworth\b|\bcost\b|\bprice\b|\btarget\b|\bminimum\b|\bmaximum\b/.test(q)) return ['money', 'quantity', 'percent'];
  if (/\bhow many\b/.test(q)) return ['quantity', 'number'];
  return [];
}

/**
 * The first figure of a wanted kind in `text`. A bare number only counts in a table cell or when one
 * of the next few words is a question word ("up to 5 partners" for "how many partners"), so the 50
 * of "Business 50 edition" is not taken for a count.
 */
function findFigure(wanted: readonly FigureKind[], text: string, passage: Passage, terms: readonly string[]): string | undefined {
  for (const kind of wanted) {
    const pattern = new RegExp(FIGURES[kind].source, `${FIGURES[kind].flags}g`);
    for (const match of text.matchAll(pattern)) {
      if (kind === 'number' && passage.kind !== 'cell') {
        const after = contentWords(text.slice((match.index ?? 0) + match[0].length).split(/\s+/).slice(0, 4).join(' '));
        if (!after.some((w) => terms.includes(w))) continue;
      }
      return match[0].replace(/-/g, ' ').trim();
    }
  }
  return undefined;
}

const YES_NO_QUESTION = /^\s*(?:can|could|may|might|is|are|am|do|does|did|will|would|should|shall|must|has|have)\b/i;
const NEGATION = /\b(?:not|never|no|none|nothing|cannot)\b|n[’']t\b/i;
const CONTRAST = /;|\bbut\b|\bwhile\b|\bwhereas\b|\bunless\b|\bexcept\b|\bonly\b/i;
const PERMISSION = /\b(?:can|may|allowed)\b/i;
/** How much less of the question the sentence may hold than its passage, to say yes or no. */
const VERDICT_SLACK = 0.05;

/** "yes" or "no" when the question asks for one and the passage says it plainly; else undefined. */
function yesOrNo(index: AnswerIndex, question: string, entry: Entry, score: number, sentence: string, terms: readonly string[]): 'yes' | 'no' | undefined {
  if (!YES_NO_QUESTION.test(question) || NEGATION.test(question)) return undefined;
  const p = entry.passage;
  if (p.kind === 'cell') {
    if (/^yes\b/i.test(entry.plain)) return 'yes';
    if (/^(?:no|none|not)\b|^—$/i.test(entry.plain)) return 'no';
    return undefined;
  }
  // The sentence itself, with its heading and titles, must hold what matched the passage.
  const fields = [new Set(contentWords(sentence)), ...entry.fields.slice(1)];
  const covered = terms.reduce((sum, t) => sum + idf(index, t) * weightIn(fields, t), 0) / terms.reduce((sum, t) => sum + idf(index, t), 0);
  if (covered < score - VERDICT_SLACK) return undefined;
  const context = `${p.heading ?? ''} ${p.kind === 'item' ? plain(p.lead ?? '') : ''}`;
  const negative = NEGATION.test(sentence);
  if (CONTRAST.test(sentence)) return undefined;
  if (p.kind === 'item' && NEGATION.test(context)) return negative ? undefined : 'no';
  if (negative) return 'no';
  if (PERMISSION.test(sentence) || (p.kind === 'item' && PERMISSION.test(context))) return 'yes';
  return undefined;
}
