/**
 * Links to the docs as one reader gets them: the pages their language shows (its translations,
 * the English pages it lacks), at that language's addresses (`/de/program/statuses/`), titled as
 * those pages are ("Status › Jährliche Überprüfung"). The rules and the bot's code name sections
 * by the English anchors, a translated passage by its own: either is mapped to the section the
 * page there has (the content module's `sectionIn`, as the site does).
 */
import { docsIn, localizedHref, parseDocHref, sectionIn } from '../../content/index.ts';
import type { DocPage, DocsByLocale, LocaleInfo } from '../../content/index.ts';
import type { Html } from './html.ts';
import { link } from './html.ts';
import { docsUrl } from './links.ts';

/** The docs in one language, for one content version and site. */
export interface DocsLinks {
  /** The language the links are in. */
  readonly locale: LocaleInfo;
  /** The page `slug` as the language shows it; undefined when the docs have no such page. */
  page(slug: string): DocPage | undefined;
  /** The anchor on that page of section `anchor` (English, or the page's own); undefined for the page's top. */
  section(slug: string, anchor: string | undefined): string | undefined;
  /** The address of page `slug` (`index` is the docs home), at section `anchor` where the page has it. */
  url(slug: string, anchor?: string): string;
  /** A link to page `slug` (section `anchor` when given), titled "Page › Section" in the page's words. */
  link(slug: string, anchor?: string): Html;
  /** A link for a docs reference as the rules write it, `bonuses#kickstart-bonus`. */
  ref(ref: string): Html;
  /**
   * Where a link written in docs page `slug` points. Docs link to each other by file name
   * (`statuses.md#bronze`, `#limits` on the same page), read by the content module's
   * `parseDocHref`; a path of the site (`/partners/`) is a page in the reader's language when it
   * is a page (ends in `/`), and a data file (`/partners.json`, one address) as written.
   */
  resolve(slug: string, href: string): string;
}

/** The docs of `content` as a reader in `locale` gets them, on the site at `siteUrl`. */
export function docsLinks(content: DocsByLocale, locale: LocaleInfo, siteUrl: string): DocsLinks {
  const pages = docsIn(content, locale.id);
  const page = (slug: string) => pages.find((d) => d.slug === slug);
  const section = (slug: string, anchor: string | undefined) => (anchor ? sectionIn(content, locale.id, slug, anchor) : undefined);
  const url = (slug: string, anchor?: string) => docsUrl(siteUrl, locale, slug, section(slug, anchor));
  const docLink = (slug: string, anchor?: string) => {
    const doc = page(slug);
    const at = section(slug, anchor);
    const title = [doc?.title ?? slug, at && doc?.sections.find((s) => s.anchor === at)?.title].filter(Boolean).join(' › ');
    return link(docsUrl(siteUrl, locale, slug, at), title);
  };
  return {
    locale,
    page,
    section,
    url,
    link: docLink,
    ref: (ref) => {
      const [slug = 'index', anchor] = ref.split('#');
      return docLink(slug, anchor);
    },
    resolve: (slug, href) => {
      const target = parseDocHref(href);
      if (target.kind === 'external') return href;
      if (target.kind === 'doc' && (target.page === undefined || page(target.page))) return url(target.page ?? slug, target.anchor);
      if (target.kind === 'site') return `${siteUrl}${localizedHref(locale, href)}`;
      return new URL(href, docsUrl(siteUrl, locale, slug)).toString();
    },
  };
}
