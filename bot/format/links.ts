/** Addresses the bot links to: docs sections and directory pages on the site, and deep links to itself. */

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
 * Where a link written in a docs page points. Docs link to each other as `./statuses/#bronze`
 * (or `../statuses/`); a first path segment that names a page is that page, whatever the prefix.
 */
export function resolveDocsLink(siteUrl: string, page: string, href: string, pages: ReadonlySet<string>): string {
  if (/^(?:https?:|mailto:|tel:)/i.test(href)) return href;
  const [pathPart = '', anchor] = href.split('#');
  if (pathPart === '') return docsUrl(siteUrl, page, anchor);
  const slug = pathPart.split('/').find((segment) => segment !== '' && segment !== '.' && segment !== '..');
  if (slug && pages.has(slug)) return docsUrl(siteUrl, slug, anchor);
  return new URL(href, docsUrl(siteUrl, page)).toString();
}
