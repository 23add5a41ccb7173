/** Values derived from a content snapshot that several front ends share, built once per version. */
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { PartnerProfile } from '../schemas/partner.ts';
import type { Translator } from '../i18n/translator.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { ContentIndex } from '../search/content-index.ts';
import { buildContentIndex } from '../search/content-index.ts';
import type { Knowledge } from '../understand/program.ts';
import { buildKnowledge } from '../understand/knowledge.ts';
import { languageCodes } from '../understand/language.ts';
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
  return snapshot.derive('index', (s) => buildContentIndex({ rules: s.content.rules, docs: s.content.docs, glossaries: s.content.glossaries, directory: directoryOf(s) }));
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
  return snapshot.derive(`knowledge:${language}`, (s) => buildKnowledge({
    rules: s.content.rules, docs: s.content.docs, glossaries: s.content.glossaries, directory: directoryOf(s), language,
  }));
}

