/**
 * Reading an answer off its passage: the sentence that best matches the question, the figure the
 * question asks for, and a plain yes or no when the passage says it.
 */
import type { Passage } from './passages.ts';
import type { AnswerIndex, Entry } from './scoring.ts';
import { idf, weightIn } from './scoring.ts';
import { contentWords, synonyms } from './words.ts';

/** The kinds of figure a question can ask for. */
export type FigureKind = 'money' | 'percent' | 'duration' | 'quantity' | 'number';

/** The sentence of `entry` holding most of the question, by weight. */
export function bestSentence(index: AnswerIndex, entry: Entry, terms: readonly string[]): string {
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
export function wantedFigures(question: string): FigureKind[] {
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
export function findFigure(wanted: readonly FigureKind[], text: string, passage: Passage, terms: readonly string[]): string | undefined {
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
export function yesOrNo(index: AnswerIndex, question: string, entry: Entry, score: number, sentence: string, terms: readonly string[]): 'yes' | 'no' | undefined {
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
  const context = `${p.heading ?? ''} ${p.kind === 'item' ? p.lead ?? '' : ''}`;
  const negative = NEGATION.test(sentence);
  if (CONTRAST.test(sentence)) return undefined;
  if (p.kind === 'item' && NEGATION.test(context)) return negative ? undefined : 'no';
  if (negative) return 'no';
  if (PERMISSION.test(sentence) || (p.kind === 'item' && PERMISSION.test(context))) return 'yes';
  return undefined;
}
