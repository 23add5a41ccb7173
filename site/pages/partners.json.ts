/** /partners.json: the public directory as open data. */
import type { APIRoute } from 'astro';
import { openRecord } from '../lib/open-data.ts';
import { siteData } from '../lib/site-data.ts';

export const GET: APIRoute = async ({ locals }) => {
  const data = await siteData(locals);
  const body = {
    program: data.rules.info.name,
    rulesVersion: data.rules.info.version,
    count: data.directory.length,
    partners: data.directory.map((p) => openRecord(p, locals.routes)),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
};
