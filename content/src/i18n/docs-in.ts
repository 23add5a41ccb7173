/**
 * The docs as a language shows them. Each language has every page, at its own address: its
 * translation, or the English page where it has none yet (shown there with a line saying so).
 * A section's anchor is made from its heading, so a translation's anchors are its own
 * (`#bronze`, but `#jährliche-überprüfung` for `#annual-review`); the rules and the code name
 * sections by the English anchors, and a link to one is mapped to the same section of the page
 * the language shows.
 */
import type { DocPage } from '../load/docs.ts';

/** The docs of every language, as the content has them. */
export interface DocsByLocale {
  /** The English pages, in menu order. */
  docs: DocPage[];
  /** Every language's pages, in the same order (see `Content.docsByLocale`). */
  docsByLocale: ReadonlyMap<string, DocPage[]>;
}

/** The docs pages in `locale`, in menu order: its translations, and the English pages it lacks (their `locale` is `en`). */
export function docsIn(content: DocsByLocale, locale: string): DocPage[] {
  return content.docsByLocale.get(locale) ?? content.docs;
}

/**
 * The anchor, on page `slug` as `locale` shows it, of section `anchor`: the same anchor where that
 * page has a heading with it (an English page, a translation that kept it, or an anchor of the
 * translation's own), else, for a `##` section of the English page, the section at the same place
 * when the translation has as many; undefined (the page's top) when neither.
 */
export function sectionIn(content: DocsByLocale, locale: string, slug: string, anchor: string): string | undefined {
  return anchorOn(content.docs.find((d) => d.slug === slug), docsIn(content, locale).find((d) => d.slug === slug), anchor);
}

/** The anchor on `page` (a translation) of the English page's section `anchor`, as `sectionIn` finds it. */
export function anchorOn(english: DocPage | undefined, page: DocPage | undefined, anchor: string): string | undefined {
  if (!english || !page) return undefined;
  if (page.anchors.includes(anchor)) return anchor;
  const at = english.sections.findIndex((x) => x.anchor === anchor);
  return at !== -1 && page.sections.length === english.sections.length ? page.sections[at]?.anchor : undefined;
}
