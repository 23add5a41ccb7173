/**
 * The docs prepared for answering questions, and how strongly a passage holds a question's word.
 * Each passage keeps its words in five fields, from its own text to what its page is about; a word
 * counts by its rarity in the docs (a word in few passages says more).
 */
import { distance } from 'fastest-levenshtein';
import type { DocPage } from '../load/docs.ts';
import { plainSummary } from '../markdown.ts';
import type { Passage } from './passages.ts';
import { docPassages } from './passages.ts';
import { contentWords, synonyms } from './words.ts';

/**
 * Field weights: the passage's text, its heading and list lead, its section title, its page title,
 * and what its page says it is about (title, description, opening text: the Bonuses page is about
 * the kickstart bonus, so its rules on what bonuses pay for answer a kickstart question).
 */
export const FIELD_WEIGHTS = [1, 0.8, 0.6, 0.45, 0.2] as const;
/** A synonym counts this much of the word itself. */
export const SYNONYM_FACTOR = 0.75;

/** A passage with its words, by field. */
export interface Entry {
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

/** Plain text of markdown, whole. */
export function plain(markdown: string): string {
  return plainSummary(markdown, Number.POSITIVE_INFINITY);
}

/** Prepares `docs` for `answerQuestion`. */
export function buildAnswerIndex(docs: readonly DocPage[]): AnswerIndex {
  const df = new Map<string, number>();
  // What a page says it is about: its title, description and opening text.
  const pageWords = new Map(docs.map((d) => [d.slug, new Set(contentWords(`${d.title} ${d.description} ${plain(d.intro)}`))]));
  const entries = docPassages(docs).filter((p) => !p.pointer).map((passage) => {
    const text = passage.plain;
    const fields = [
      `${text} ${passage.row ?? ''} ${passage.column ?? ''}`,
      `${passage.heading ?? ''} ${passage.kind === 'item' ? passage.lead ?? '' : ''}`,
      passage.section,
      passage.pageTitle,
    ].map((f) => new Set(contentWords(f)));
    for (const stem of new Set(fields.flatMap((f) => [...f]))) df.set(stem, (df.get(stem) ?? 0) + 1);
    fields.push(pageWords.get(passage.page) ?? new Set());
    return { passage, fields, plain: text };
  });
  return { entries, df };
}

/** Words in more than this share of passages say nothing about which one answers (like "partner"). */
const COMMON_SHARE = 0.4;

/**
 * The question's content words, a misspelt word replaced by the nearest word of the docs, and the
 * docs' most common words left out unless nothing else is left.
 */
export function questionTerms(index: AnswerIndex, question: string): string[] {
  // "How long" asks for a duration (see wantedFigures); "long" itself is not what it is about.
  const terms = correctedTerms(index, question.replace(/\bhow long\b/gi, 'how'));
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
export function weightIn(fields: readonly Set<string>[], term: string): number {
  let best = 0;
  fields.forEach((field, i) => {
    const weight = FIELD_WEIGHTS[i] ?? 0;
    if (field.has(term)) best = Math.max(best, weight);
    else if (synonyms(term).some((s) => field.has(s))) best = Math.max(best, weight * SYNONYM_FACTOR);
  });
  return best;
}

/** Rarity of a term in the docs; a word the docs never use is the rarest. */
export function idf(index: AnswerIndex, term: string): number {
  const df = index.df.get(term) ?? Math.max(0, ...synonyms(term).map((s) => index.df.get(s) ?? 0));
  return Math.log(1 + index.entries.length / (1 + df));
}

