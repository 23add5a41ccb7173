/** /healthz: 200 with a small JSON body when the content is loaded, 503 when it is not. */
import type { APIRoute } from 'astro';
import { siteData } from '../lib/site-data.ts';

export const prerender = false;

export const GET: APIRoute = async () => {
  try {
    const data = await siteData();
    return Response.json({ status: 'ok', partners: data.directory.length, docs: data.docs.length, rules: data.rules.info.version }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'error', message: 'content could not be loaded' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
};
