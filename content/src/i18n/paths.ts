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
