/** Values derived from a content snapshot that several front ends share, built once per version. */
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { PartnerProfile } from '../schemas/partner.ts';
import type { Translator } from '../i18n/translator.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { ContentIndex } from '../search/content-index.ts';
import { contentIndexOf } from '../search/content-index.ts';
import { SearchIndex } from '../search/directory-index.ts';
import type { KnowledgeSource } from '../understand/knowledge.ts';
import { buildKnowledge, buildUnderstanding } from '../understand/knowledge.ts';
import { languageCodes } from '../understand/language.ts';
import type { Knowledge } from '../understand/program.ts';
import type { Understanding } from '../understand/understanding.ts';
import type { ContentSnapshot } from './source.ts';

/** The public directory of `snapshot`: listed partners only, featured first (see publicDirectory). */
export function directoryOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): PublicPartner[] {
  return snapshot.derive('directory', (s) => publicDirectory(s.content.partners, s.content.rules));
}

/** The translator for `locale` of `snapshot`'s catalogs (English when there is none), built once per version. */
export function translatorOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string): Translator {
  return snapshot.derive(`translator:${locale}`, (s) => translatorFor(s.content.catalogs, locale, s.content.rules.info.moneyPrefix));
}

/**
 * The one index of `snapshot`: the understanding, facts and docs passages, and the directory's
 * search, built on first use and shared by the bot and the site.
 */
export function indexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): ContentIndex {
  return snapshot.derive('index', (s) => contentIndexOf(knowledgeSourceOf(s), { understanding: () => understandingOf(s), directory: () => directoryIndexOf(s) }));
}

/** The understanding of questions and searches of `snapshot`, built once per version. */
export function understandingOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): Understanding {
  return snapshot.derive('understanding', (s) => buildUnderstanding(knowledgeSourceOf(s)));
}

/**
 * The directory's search and filters of `snapshot`: the filter sets at once, the text index and
 * the understanding when a query first needs them (or `warmIndexOf` builds them).
 */
export function directoryIndexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): SearchIndex {
  return snapshot.derive('directory-index', (s) => new SearchIndex(directoryOf(s), s.content.rules, () => understandingOf(s)));
}

/**
 * Builds `snapshot`'s index ahead of the first question or search: the understanding, then the
 * directory's text index in steps that leave the event loop free between them.
 */
export async function warmIndexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): Promise<void> {
  const index = indexOf(snapshot);
  await new Promise((resolve) => setImmediate(resolve));
  void index.understanding;
  await new Promise((resolve) => setImmediate(resolve));
  void index.knowledge;
  await index.directory.warm();
}

function knowledgeSourceOf<P extends PartnerProfile>(s: ContentSnapshot<P>): KnowledgeSource {
  return { rules: s.content.rules, docs: s.content.docs, glossaries: s.content.glossaries, directory: directoryOf(s) };
}

/** The languages the understanding has data for (`languages/<code>.yaml`), read once. */
let understood: Set<string> | undefined;

/**
 * What the understanding knows of `snapshot` in `language` (a 2-letter code: `de`, `pt`), built
 * once per version: English's is the index's; undefined for a language without its data file
 * (content/src/understand/languages/<code>.yaml), which is then asked in English.
 */
export function knowledgeOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, language: string): Knowledge | undefined {
  if (language === 'en') return indexOf(snapshot).knowledge;
  understood ??= new Set(languageCodes());
  if (!understood.has(language)) return undefined;
  return snapshot.derive(`knowledge:${language}`, (s) => buildKnowledge({ ...knowledgeSourceOf(s), language }));
}

