/**
 * The words the program's content uses (docs, rules, directory, language data, glossary), with how
 * often, and the correction of a misspelt word against them. A word that is itself known is never
 * "corrected"; an unknown one is replaced by the known word within a few edits (more edits allowed
 * the longer the word), the commonest first.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** The most edits a misspelling of a word this long may have. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  if (length < 12) return 2;
  return 3;
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment):
 * "reveiw" is one edit from "review", not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: rows * cols }, () => 0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[(i - 1) * cols + j] as number) + 1, (d[i * cols + j - 1] as number) + 1, (d[(i - 1) * cols + j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] as number;
}

/** Up to this length, a correction must keep the first letter. */
const SHORT_WORD = 5;

/** A correction: the known word and how many edits away. */
export interface Correction {
  word: string;
  edits: number;
}

/** Known words (folded) and their counts. */
export class Vocabulary {
  private readonly counts = new SearchableMap<number>();

  /** Counts `words` as used (once each, `times` times). */
  add(words: Iterable<string>, times = 1): void {
    for (const word of words) {
      if (word.length === 0) continue;
      this.counts.set(word, (this.counts.get(word) ?? 0) + times);
    }
  }

  /** Whether `word` (folded) is known. */
  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** How often `word` is used (0 when unknown). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /**
   * The known word `word` (folded) is most likely a misspelling of, or undefined when it is known
   * itself, holds a digit, is too short to tell, or nothing known is near enough. `isWord` tells
   * the language's own words: one of them is taken as written ("cash" is not "case"), unless two of
   * its letters swapped make a known word ("sliver" for "silver").
   */
  correct(word: string, isWord?: (word: string) => boolean): Correction | undefined {
    if (this.has(word) || /\d/.test(word)) return undefined;
    const max = allowedEdits(word.length);
    if (max === 0) return undefined;
    const real = isWord?.(word) ?? false;
    let best: { word: string; edits: number; count: number } | undefined;
    // The radix tree finds candidates by plain edit distance, where a swap of two letters counts
    // two: swaps are tried on their own.
    const candidates = new Map<string, number>();
    if (!real) for (const [candidate, [count]] of this.counts.fuzzyGet(word, max)) candidates.set(candidate, count);
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      const count = this.counts.get(swapped);
      if (count !== undefined) candidates.set(swapped, count);
    }
    // Fewer edits first; then the longer start in common (a misspelling keeps its first letters
    // more often than not: "limt" is "limit" before "list"); then the commoner word.
    const prefix = (c: string) => {
      let n = 0;
      while (n < c.length && c[n] === word[n]) n++;
      return n;
    };
    let bestRank: [number, number, number] | undefined;
    for (const [candidate, count] of candidates) {
      const edits = editDistance(word, candidate);
      if (edits > max || Math.abs(candidate.length - word.length) > max) continue;
      // A known word with an ending added is another word, not a misspelling ("contractor" is not "contract").
      if (word.startsWith(candidate) && word.length - candidate.length >= 2) continue;
      // A short word with another first letter is more often another word than a typo ("told", "gold").
      if (word.length <= SHORT_WORD && candidate[0] !== word[0]) continue;
      const rank: [number, number, number] = [edits, -Math.min(prefix(candidate), 3), -count];
      if (!bestRank || rank[0] < bestRank[0] || (rank[0] === bestRank[0] && (rank[1] < bestRank[1] || (rank[1] === bestRank[1] && rank[2] < bestRank[2])))) {
        best = { word: candidate, edits, count };
        bestRank = rank;
      }
    }
    return best && { word: best.word, edits: best.edits };
  }
}
