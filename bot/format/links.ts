/**
 * Addresses the bot links to, in the reader's language: docs pages and directory pages on the site
 * (its paths from the content module, under the language's prefix: `/de/program/statuses/`), and
 * deep links to itself.
 */
import { DIRECTORY_PATH, docPath, localizedPath, partnerPath } from '../../content/index.ts';
import type { LocaleInfo } from '../../content/index.ts';

/** The language an address is in: its prefix (none for English). */
export type Prefixed = Pick<LocaleInfo, 'prefix'>;

/**
 * A docs page (`index` is the docs home) in `locale`, at section `anchor` when given, as the page
 * there has it. The anchor is percent-encoded: a translation's headings make anchors with
 * accents (`#jährliche-überprüfung`), which a browser matches either way.
 */
export function docsUrl(siteUrl: string, locale: Prefixed, page: string, anchor?: string): string {
  return `${siteUrl}${localizedPath(locale, docPath(page))}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** A path of the site outside the docs, as docs pages write it (`/partners/`), in `locale`. */
export function siteUrlOf(siteUrl: string, locale: Prefixed, path: string): string {
  return `${siteUrl}${localizedPath(locale, path)}`;
}

/** A listed partner's page in the directory, in `locale`. */
export function partnerUrl(siteUrl: string, locale: Prefixed, slug: string): string {
  return siteUrlOf(siteUrl, locale, partnerPath(slug));
}

/** The public partner directory, in `locale`. */
export function directoryUrl(siteUrl: string, locale: Prefixed): string {
  return siteUrlOf(siteUrl, locale, DIRECTORY_PATH);
}

/** A link that opens a private chat with the bot and sends `/start <payload>`. */
export function deepLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}
