/**
 * The site's route table: every address the site prints comes from here, for a language (links,
 * the canonical URL, hreflang alternates, the sitemap, open data, JSON-LD), and the server reads
 * the same table to know which paths take a form post and which language an address is in.
 *
 * English is at the root, as the site always was (`/partners/`, `/program/statuses/`); every other
 * language has the same paths and slugs under its prefix (`/de/partners/`,
 * `/pt-br/program/statuses/`), so each page has exactly one address per language, they map one to
 * one (hreflang, the language switcher), and English addresses never change. A language is a
 * folder of catalogs (content/locales/<locale>/), so the prefixes come from the content: nothing
 * here names one.
 */
import { docPath, localizedPath, partnerPath } from '../../content/index.ts';
import type { LocaleInfo } from '../../content/index.ts';
import type { Filters } from './directory.ts';

/** The cookie that remembers a language chosen with the switcher (its value: the locale id, `pt-BR`). */
export const LANGUAGE_COOKIE = 'lang';

/** The switcher's address: it sets the language cookie and sends the visitor on to the page. */
export const LANGUAGE_PATH = '/language/';

/**
 * What a language prefix can look like: a language code, optionally with a region, lowercase
 * (`/de`, `/pt-br`). No page of the site's own is named so (`/check/`, `/program/`…), so a path can
 * be cut without knowing the languages.
 */
const PREFIX = /^\/([a-z]{2,3}(?:-[a-z]{2})?)(?=\/|$)/;

/** A request's private link: `/request/<token>/`, the token 43 characters of base64url. */
const PRIVATE_REQUEST = /^\/request\/([\w-]{43})\/$/;

/** Paths that accept a form POST, exactly, in every language (the server's front refuses POST everywhere else). */
export const FORM_PATHS: readonly string[] = ['/check/', '/request/'];

/** `pathname` without anything that looks like a language prefix. */
function withoutPrefix(pathname: string): string {
  const match = PREFIX.exec(pathname);
  return match ? pathname.slice(match[0].length) || '/' : pathname;
}

/** Whether `pathname` (with its trailing slash) accepts a form POST: the fixed form paths and a request's private page, in any language. */
export function isFormPath(pathname: string): boolean {
  const path = withoutPrefix(pathname);
  return FORM_PATHS.includes(path) || PRIVATE_REQUEST.test(path);
}

/** The paths the server's front lets a form POST through to, as a set-like matcher. */
export const formPaths: { has(pathname: string): boolean } = { has: isFormPath };

/**
 * The language of an address and the path without its prefix (`/de/partners/` → German,
 * `/partners/`). An address without a prefix, or with one that is no language of the site
 * (`/fr/…` while there is no French), is English and keeps its path. `bare` is set for the
 * prefix alone without its slash (`/de`).
 */
export function localeOfPath(pathname: string, locales: readonly LocaleInfo[]): { locale: LocaleInfo | undefined; path: string; bare: boolean } {
  const match = PREFIX.exec(pathname);
  const locale = match ? locales.find((l) => l.prefix !== '' && l.prefix === match[1]) : undefined;
  if (!match || !locale) return { locale: undefined, path: pathname, bare: false };
  const path = pathname.slice(match[0].length);
  return { locale, path: path || '/', bare: path === '' };
}

// The paths both front ends print (the bot links with them too), from the content module.
export { docPath, localizedPath } from '../../content/index.ts';

/** The directory's filters, in the order the form shows them and addresses name them. */
const FILTER_PARAMS = ['country', 'status', 'service', 'language'] as const;

/**
 * The path of a directory state: `/partners/`, `/partners/de/`, `/partners/gold/` (and their
 * `page/N/`) are pages of their own; every other combination is `/partners/search/?...`.
 */
export function directoryPath(filters: Filters): string {
  const set = FILTER_PARAMS.filter((d) => filters[d] !== undefined);
  const pageSuffix = filters.page > 1 ? `page/${filters.page}/` : '';
  if (!filters.q && set.length === 0) return `/partners/${pageSuffix}`;
  if (!filters.q && set.length === 1 && (set[0] === 'country' || set[0] === 'status')) return `/partners/${filters[set[0]]}/${pageSuffix}`;
  const params = new URLSearchParams();
  for (const d of FILTER_PARAMS) if (filters[d]) params.set(d, filters[d] as string);
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 1) params.set('page', String(filters.page));
  return `/partners/search/?${params}`;
}

/** A URL with any private request token replaced, for logs. */
export function redactPrivatePath(url: string): string {
  return url.replace(/\/request\/[\w-]{43}\//, '/request/<private>/');
}

/** One language version of a page, for `<link rel="alternate" hreflang>` and the sitemap. */
export interface Alternate {
  /** `en`, `de`, `pt-BR`, or `x-default` (the English page: the root lets the visitor's languages choose). */
  hreflang: string;
  /** The absolute address. */
  href: string;
}

/** Every address of the site in one language. Paths given to it are without prefix, from `/`. */
export interface Routes {
  readonly locale: LocaleInfo;
  /** Every language of the site, English first. */
  readonly locales: readonly LocaleInfo[];
  /** Any path of the site in this language. */
  path(path: string): string;
  /** The absolute address of a path already in a language (`routes.url(routes.partner(slug))`). */
  url(localized: string): string;
  home(): string;
  /** The directory in a filter state; the first page of every listed partner without one. */
  directory(filters?: Filters): string;
  /** Where the search forms send their words. */
  search(): string;
  partner(slug: string): string;
  doc(slug: string, anchor?: string): string;
  check(): string;
  /** The request form; `partner` addresses it to one listed partner first ("Ask this partner"). */
  requestForm(partner?: string): string;
  /** A request's private page, where its client follows it. */
  privateRequest(token: string): string;
  /** The same page (path and query, without prefix) in `other`: the switcher's link, which remembers the choice. */
  switchTo(other: LocaleInfo, path: string): string;
  /** The page at `path` (without prefix) in every language, and x-default. */
  alternates(path: string): Alternate[];
}

/** The route table for `locale`, among the site's `locales`, published at `siteUrl`. */
export function routesFor(locale: LocaleInfo, locales: readonly LocaleInfo[], siteUrl: string): Routes {
  const path = (p: string) => localizedPath(locale, p);
  return {
    locale,
    locales,
    path,
    url: (localized) => `${siteUrl}${localized}`,
    home: () => path('/'),
    directory: (filters = { page: 1 }) => path(directoryPath(filters)),
    search: () => path('/partners/search/'),
    partner: (slug) => path(partnerPath(slug)),
    doc: (slug, anchor) => path(docPath(slug, anchor)),
    check: () => path('/check/'),
    requestForm: (partner) => path(partner ? `/request/?partner=${encodeURIComponent(partner)}` : '/request/'),
    privateRequest: (token) => path(`/request/${token}/`),
    switchTo: (other, p) => `${LANGUAGE_PATH}?${new URLSearchParams({ to: localizedPath(other, p) })}`,
    alternates: (p) => [
      ...locales.map((l) => ({ hreflang: l.id, href: `${siteUrl}${localizedPath(l, p)}` })),
      { hreflang: 'x-default', href: `${siteUrl}${p}` },
    ],
  };
}

/** Whether `to` is a path of this site to send a visitor on to (never another site: `//host`, `/\host`). */
export function isSitePath(to: string): boolean {
  return /^\/(?![/\\])/.test(to) && !/[\s\\]/.test(to) && to.length <= 2048;
}
