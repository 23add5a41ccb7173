/**
 * The docs cut into passages small enough to answer one question. Each page's passages are read
 * off its one tree when it loads (load/doc-tree.ts); this gathers them.
 */
import type { DocPage, Passage } from '../load/docs.ts';

export type { Passage } from '../load/docs.ts';

/** Every passage of every page, in page order. */
export function docPassages(docs: readonly DocPage[]): Passage[] {
  return docs.flatMap((d) => d.passages);
}
