/**
 * /robots.txt: everything may be crawled except free-text searches (in every language) and the
 * language switcher; where the sitemap is. The calculator is a page like the others, and the
 * sitemap lists it: crawlers read its form, and its answers come only from posts, which they never send.
 */
import type { APIRoute } from 'astro';
import { LANGUAGE_PATH, localizedPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ locals }) => {
  const { routes } = locals;
  const closed = routes.locales.flatMap((l) => ['/partners/search/', '/partners/results/'].map((p) => `Disallow: ${localizedPath(l, p)}`));
  return new Response(`User-agent: *\n${closed.join('\n')}\nDisallow: ${LANGUAGE_PATH}\n\nSitemap: ${routes.url('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
};
