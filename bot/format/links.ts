/** Addresses the bot links to: docs sections and directory pages on the site, and deep links to itself. */
import { parseDocHref } from '../../content/index.ts';

/** A docs page (`index` is the docs home), with a section anchor when given. */
export function docsUrl(siteUrl: string, page: string, anchor?: string): string {
  const base = page === 'index' ? `${siteUrl}/program/` : `${siteUrl}/program/${page}/`;
  return anchor ? `${base}#${anchor}` : base;
}

/** A listed partner's page in the directory. */
export function partnerUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/partners/${slug}/`;
}

/** The public partner directory. */
export function directoryUrl(siteUrl: string): string {
  return `${siteUrl}/partners/`;
}

/** A link that opens a private chat with the bot and sends `/start <payload>`. */
export function deepLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}

/**
 * Where a link written in a docs page points. Docs link to each other by file name
 * (`statuses.md#bronze`, `#limits` on the same page), read by the content module's `parseDocHref`.
 */
export function resolveDocsLink(siteUrl: string, page: string, href: string, pages: ReadonlySet<string>): string {
  const target = parseDocHref(href);
  if (target.kind === 'external') return href;
  if (target.kind === 'doc' && (target.page === undefined || pages.has(target.page))) return docsUrl(siteUrl, target.page ?? page, target.anchor);
  return new URL(href, docsUrl(siteUrl, page)).toString();
}
