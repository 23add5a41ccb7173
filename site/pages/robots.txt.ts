/** /robots.txt: everything may be crawled except free-text searches and the language switcher (in every language); where the sitemap is. */
import type { APIRoute } from 'astro';
import { LANGUAGE_PATH, localizedPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ locals }) => {
  const { routes } = locals;
  const closed = routes.locales.flatMap((l) => ['/partners/search/', '/partners/results/', '/check/'].map((p) => `Disallow: ${localizedPath(l, p)}`));
  return new Response(`User-agent: *\n${closed.join('\n')}\nDisallow: ${LANGUAGE_PATH}\n\nSitemap: ${routes.url('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
};
