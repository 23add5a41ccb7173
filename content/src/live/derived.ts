/** Values derived from a content snapshot that several front ends share, built once per version. */
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { PartnerProfile } from '../schemas/partner.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import type { Translator } from '../i18n/translator.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { ContentIndex } from '../search/content-index.ts';
import { buildContentIndex } from '../search/content-index.ts';
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
 * The one index of `snapshot` in a language (English by default): the understanding, facts and
 * docs passages, and the directory's search, built on first use and shared by the bot and the
 * site. `locale` is a catalog's (`de`, `pt-BR`): its language's data, glossary and stemmer read the
 * words (English where the language has no data yet), its docs pages are the passages, and the
 * partners' descriptions in it are searched. Each language's is built only when first asked for.
 */
export function indexOf<P extends PartnerProfile>(snapshot: ContentSnapshot<P>, locale: string = SOURCE_LOCALE): ContentIndex {
  return snapshot.derive(locale === SOURCE_LOCALE ? 'index' : `index:${locale}`, (s) => {
    const code = locale.split('-')[0]?.toLowerCase() ?? SOURCE_LOCALE;
    const language = languageCodes().includes(code) ? code : SOURCE_LOCALE;
    const docs = s.content.docsByLocale.get(locale) ?? s.content.docs;
    return buildContentIndex({ rules: s.content.rules, docs, glossaries: s.content.glossaries, directory: directoryOf(s), language }, locale);
  });
}
