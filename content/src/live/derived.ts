/** Values derived from a content snapshot that several front ends share, built once per version. */
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { PartnerProfile } from '../schemas/partner.ts';
import type { Translator } from '../i18n/translator.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { ContentIndex } from '../search/content-index.ts';
import { buildContentIndex } from '../search/content-index.ts';
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
