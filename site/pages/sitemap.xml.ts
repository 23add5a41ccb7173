/**
 * /sitemap.xml: every static page (per-country and per-status directory pages included) in every
 * language, each with its alternates in the others and x-default (the English page).
 */
import type { APIRoute } from 'astro';
import { staticFilterStates } from '../lib/directory.ts';
import { directoryPath, docPath, localizedPath } from '../lib/routes.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async ({ locals }) => {
  const data = await siteData(locals);
  const { routes } = locals;
  const paths = [
    '/', '/check/',
    ...staticFilterStates(data, locals.t).map(directoryPath),
    ...data.directory.map((p) => `/partners/${p.slug}/`),
    ...data.docs.map((d) => docPath(d.slug)),
  ];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const multilingual = routes.locales.length > 1;
  const entries = paths.flatMap((p) => {
    const links = multilingual ? routes.alternates(p).map((a) => `\n    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escape(a.href)}"/>`).join('') : '';
    return routes.locales.map((l) => `  <url><loc>${escape(routes.url(localizedPath(l, p)))}</loc>${links}${links ? '\n  ' : ''}</url>`);
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
