/** /partners.csv: the public directory as a spreadsheet. */
import type { APIRoute } from 'astro';
import { toCsv } from '../lib/open-data.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async ({ locals }) => {
  const data = await siteData(locals);
  return new Response(toCsv(data.directory, locals.routes), { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
