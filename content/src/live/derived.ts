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
import { buildKnowledge, buildUnderstanding, directoryWords } from '../understand/knowledge.ts';
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
  return snapshot.derive(keyOf('index', locale), (s) => contentIndexOf({
    understanding: () => understandingOf(s, locale),
    knowledge: () => knowledgeIn(s, locale),
    directory: () => directoryIndexOf(s, locale),
  }));
}

/** The understanding of questions and searches of `snapshot` in `locale`'s language, built once per version. */
export function understandingOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): Understanding {
  const key = keyOf('understanding', locale);
  return snapshot.derive(key, (s): { words: string; understanding: Understanding } => {
    const source = knowledgeSourceOf(s, locale);
    const words = directoryWords(source.directory);
    const text = JSON.stringify(words);
    // An edit that leaves the directory's places, languages and names as they were (and the
    // rules, docs and glossaries) reads texts as the version before did: its understanding is kept.
    const before = s.reuse<{ words: string; understanding: Understanding }>(key);
    if (before && onlyPartnersChanged(s) && before.words === text) return before;
    return { words: text, understanding: buildUnderstanding(source, words) };
  }).understanding;
}

/** The facts and docs passages of `snapshot` in `locale`'s language: kept from the version before while its rules, docs and understanding are. */
function knowledgeIn<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string): Knowledge {
  const key = keyOf('knowledge', locale);
  return snapshot.derive(key, (s) => {
    const understanding = understandingOf(s, locale);
    const before = s.reuse<Knowledge>(key);
    if (before && before.understanding === understanding && !s.changes.rules && !s.changes.docs) return before;
    return buildKnowledge(knowledgeSourceOf(s, locale), understanding);
  });
}

/** Whether only partner files changed since the version before, and not all of them. */
function onlyPartnersChanged<P extends PartnerProfile>(s: ContentSnapshot<P>): boolean {
  const { rules, docs, glossaries, partners } = s.changes;
  return !rules && !docs && !glossaries && !partners.all;
}

/**
 * The directory's search and filters of `snapshot` for a reader of `locale`: the filter sets at
 * once, the text index and the understanding when a query first needs them (or `warmIndexOf`
 * builds them, for English).
 */
export function directoryIndexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): SearchIndex {
  const key = keyOf('directory-index', locale);
  return snapshot.derive(key, (s) => {
    const understanding = () => understandingOf(s, locale);
    // After an edit to a few partner files, the version before's index is updated in place (those
    // partners dropped and added again, in the filters and the text index) instead of rebuilt.
    const before = s.reuse<SearchIndex>(key);
    if (!before || !onlyPartnersChanged(s)) return new SearchIndex(directoryOf(s), s.content.rules, understanding, locale);
    const listed = new Map(directoryOf(s).map((p) => [p.slug, p]));
    for (const slug of [...s.changes.partners.changed, ...s.changes.partners.removed]) before.update(slug, listed.get(slug) ?? null);
    before.readWith(understanding);
    return before;
  });
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
  return { rules: s.content.rules, docs, englishDocs: s.content.docs, glossaries: s.content.glossaries, directory: directoryOf(s), language };
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
  const locale = snapshot.content.catalogs.locales.find((l) => l.id.split('-')[0]?.toLowerCase() === language)?.id
    ?? [...snapshot.content.docsByLocale.keys()].find((id) => id.split('-')[0]?.toLowerCase() === language);
  if (locale) return knowledgeIn(snapshot, locale);
  return snapshot.derive(`knowledge:${language}`, (s) => buildKnowledge({ ...knowledgeSourceOf(s), language }));
}

