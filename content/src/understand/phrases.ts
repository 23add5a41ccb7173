/** Phrases (word sequences) looked up in a sequence of words, the longest first. */

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/** A match: where it starts, how many words it takes, and the values of the phrase. */
export interface PhraseMatch<T> {
  start: number;
  length: number;
  values: T[];
}

/** A set of phrases, each with values. */
export class Phrases<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };

  /** Adds `words` (one phrase) with `value`; an empty phrase is ignored. */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at `start`, if any. */
  at(words: readonly string[], start: number): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = start; i < words.length && node; i++) {
      node = node.next.get(words[i] as string);
      if (node?.values.length) best = { start, length: i - start + 1, values: node.values };
    }
    return best;
  }

  /** Every phrase in `words`, left to right, the longest at each place, never overlapping. */
  all(words: readonly string[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length;) {
      const match = this.at(words, i);
      if (match) {
        out.push(match);
        i += match.length;
      } else {
        i++;
      }
    }
    return out;
  }
}
