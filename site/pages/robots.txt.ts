/** /robots.txt: everything may be crawled except free-text searches; where the sitemap is. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/config.ts';

export const GET: APIRoute = () => new Response(`User-agent: *\nDisallow: /partners/search/\nDisallow: /partners/results/\nDisallow: /check/\n\nSitemap: ${siteUrl}/sitemap.xml\n`, {
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
});
