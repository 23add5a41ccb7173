/**
 * The one index of a content version, built once and shared by the bot and the site: the
 * understanding of questions and searches, the program's facts and docs passages, and the
 * directory's search over the public projection of partners (never program data).
 */
import type { KnowledgeSource } from '../understand/knowledge.ts';
import { buildKnowledge, buildUnderstanding } from '../understand/knowledge.ts';
import type { Knowledge } from '../understand/program.ts';
import type { Understanding } from '../understand/understanding.ts';
import { SearchIndex } from './directory-index.ts';

/** Everything that searches one content version. */
export interface ContentIndex {
  understanding: Understanding;
  /** Facts and docs passages, for questions. */
  knowledge: Knowledge;
  /** Listed partners, for the directory's search and filters. */
  directory: SearchIndex;
}

/**
 * Builds the index of `source` (its public parts only), in its language. The knowledge is built
 * on first use: the site's directory in a language needs only the understanding and the directory.
 * `locale` is the reader's (`pt-BR`): the partners' descriptions in it are what the search reads.
 */
export function buildContentIndex(source: KnowledgeSource, locale: string = source.language ?? 'en'): ContentIndex {
  const understanding = buildUnderstanding(source);
  const directory = new SearchIndex(source.directory, source.rules, understanding, locale);
  let knowledge: Knowledge | undefined;
  return {
    understanding,
    get knowledge() {
      knowledge ??= buildKnowledge(source, understanding);
      return knowledge;
    },
    directory,
  };
}

/**
 * The same index built in parts, each on first use, from `parts`' (memoized) builders: the
 * directory's filters need neither the understanding nor the text index.
 */
export function contentIndexOf(parts: { understanding: () => Understanding; knowledge: () => Knowledge; directory: () => SearchIndex }): ContentIndex {
  return {
    get understanding() { return parts.understanding(); },
    get knowledge() { return parts.knowledge(); },
    get directory() { return parts.directory(); },
  };
}
