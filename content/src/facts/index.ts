/** Every answerable fact of the program, generated from the rules data, each with its docs section. */
import type { DocPage } from '../load/docs.ts';
import type { Rules } from '../rules.ts';
import { docsRefs } from './docs-refs.ts';
import { programFacts } from './program.ts';
import { statusFacts } from './statuses.ts';
import type { Fact } from './types.ts';

export type { Decision, Fact, FactCode, FactData, FactMatch, FactTier } from './types.ts';

/** The facts of `rules`, linked to the sections of `docs` that explain them (`english`: the pages whose anchors the rules name). */
export function buildFacts(rules: Rules, docs: readonly DocPage[], english: readonly DocPage[] = docs): Fact[] {
  const refs = docsRefs(docs, english);
  return [...statusFacts(rules, refs), ...programFacts(rules, refs)];
}
