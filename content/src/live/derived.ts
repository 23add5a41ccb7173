/** Values derived from a content snapshot that several front ends share, built once per version. */
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { PartnerProfile } from '../schemas/partner.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
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
 * The one index of `snapshot` in a language (English by default): the understanding, facts and
 * docs passages, and the directory's search, built on first use and shared by the bot and the
 * site. `locale` is a catalog's (`de`, `pt-BR`): its language's data, glossary and stemmer read the
 * words (English where the language has no data yet), its docs pages are the passages, and the
 * partners' descriptions in it are searched. Each language's is built only when first asked for.
 */
export function indexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): ContentIndex {
  return snapshot.derive(keyOf('index', locale), (s) => contentIndexOf(knowledgeSourceOf(s, locale), {
    understanding: () => understandingOf(s, locale),
    directory: () => directoryIndexOf(s, locale),
  }));
}

/** The understanding of questions and searches of `snapshot` in `locale`'s language, built once per version. */
export function understandingOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): Understanding {
  return snapshot.derive(keyOf('understanding', locale), (s) => buildUnderstanding(knowledgeSourceOf(s, locale)));
}

/**
 * The directory's search and filters of `snapshot` for a reader of `locale`: the filter sets at
 * once, the text index and the understanding when a query first needs them (or `warmIndexOf`
 * builds them, for English).
 */
export function directoryIndexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): SearchIndex {
  return snapshot.derive(keyOf('directory-index', locale), (s) => new SearchIndex(directoryOf(s), s.content.rules, () => understandingOf(s, locale), locale));
}

/**
 * Builds `snapshot`'s index ahead of the first question or search: the understanding, then the
 * directory's text index in steps that leave the event loop free between them. English only: a
 * language's is built when it is first searched.
 */
export async function warmIndexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>): Promise<void> {
  const index = indexOf(snapshot);
  await new Promise((resolve) => setImmediate(resolve));
  void index.understanding;
  await new Promise((resolve) => setImmediate(resolve));
  void index.knowledge;
  await index.directory.warm();
}

/** The key of a derived value in `locale` (English keeps the key it always had). */
const keyOf = (name: string, locale: string) => (locale === SOURCE_LOCALE ? name : `${name}:${locale}`);

/**
 * What a language's index is built from: its language's data (English where the language has no
 * data file yet), glossary and docs pages (its translations, and the English pages it lacks).
 */
function knowledgeSourceOf<P extends PartnerProfile>(s: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): KnowledgeSource {
  const code = locale.split('-')[0]?.toLowerCase() ?? SOURCE_LOCALE;
  const language = locale === SOURCE_LOCALE || !languageCodes().includes(code) ? SOURCE_LOCALE : code;
  const docs = s.content.docsByLocale.get(locale) ?? s.content.docs;
  return { rules: s.content.rules, docs, glossaries: s.content.glossaries, directory: directoryOf(s), language };
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
  // The language's own docs (pt reads pt-BR's), English pages where it has none: the facts and
  // passages a question in that language is matched against, as its corpus was written for them.
  return snapshot.derive(`knowledge:${language}`, (s) => {
    const locale = s.content.catalogs.locales.find((l) => l.id.split('-')[0]?.toLowerCase() === language)?.id
      ?? [...s.content.docsByLocale.keys()].find((id) => id.split('-')[0]?.toLowerCase() === language);
    return buildKnowledge({ ...knowledgeSourceOf(s, locale), language });
  });
}

