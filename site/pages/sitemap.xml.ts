/** /sitemap.xml: every static page, per-country and per-status directory pages included. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/config.ts';
import { filterUrl, staticFilterStates } from '../lib/directory.ts';
import { docPath, siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async ({ locals }) => {
  const data = await siteData(locals);
  const paths = [
    '/', '/check/',
    ...staticFilterStates(data).map(filterUrl),
    ...data.directory.map((p) => `/partners/${p.slug}/`),
    ...data.docs.map((d) => docPath(d.slug)),
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths.map((p) => `  <url><loc>${escape(siteUrl + p)}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
