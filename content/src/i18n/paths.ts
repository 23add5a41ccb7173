/**
 * The site's addresses that both front ends print, in a language: English at the root, every other
 * language under its prefix with the same paths and slugs (`/program/statuses/`,
 * `/de/program/statuses/`). The site's route table (site/lib/routes.ts) builds on these, and the
 * bot links with them, so a new prefix or path is one change for both.
 */
import type { LocaleInfo } from './locales.ts';

/** `path` (an address of the site without prefix, from `/`) in `locale`: `/partners/` → `/de/partners/`. */
export function localizedPath(locale: Pick<LocaleInfo, 'prefix'>, path: string): string {
  return locale.prefix ? `/${locale.prefix}${path}` : path;
}

/**
 * Whether `href`, an address of the site from `/` (`/partners/`, `/request/?partner=x#form`), is
 * a page, which the site serves in every language under its prefix, rather than a file with one
 * address for all (`/partners.json`, `/sitemap.xml`, `/_astro/…`): a page's path ends in `/`.
 */
export function isPagePath(href: string): boolean {
  return /^\/(?![/\\])(?:[^?#]*\/)?(?:[?#]|$)/.test(href);
}

/**
 * `href`, an address of the site written without a language (a link in a docs page or a
 * description: `/partners/`), as a reader in `locale` follows it: a page at the language's address
 * (`/de/partners/`), a file as written.
 */
export function localizedHref(locale: Pick<LocaleInfo, 'prefix'>, href: string): string {
  return isPagePath(href) ? localizedPath(locale, href) : href;
}

/** The path of a docs page: `/program/` for the index, `/program/<slug>/` otherwise, with a section. */
export function docPath(slug: string, anchor?: string): string {
  return `/program/${slug === 'index' ? '' : `${slug}/`}${anchor ? `#${anchor}` : ''}`;
}

/** The path of a listed partner's page in the directory. */
export function partnerPath(slug: string): string {
  return `/partners/${slug}/`;
}

/** The path of the directory's first page, every listed partner. */
export const DIRECTORY_PATH = '/partners/';
