/**
 * /language/?to=<path>: where the language switcher's links go. It remembers the language of the
 * page it leads to (the `lang` cookie, which the root `/` reads) and sends the visitor there, so a
 * plain link both switches and remembers, with no script. Only paths of this site are followed.
 */
import type { APIRoute } from 'astro';
import { languageCookie } from '../lib/language-choice.ts';
import { isSitePath, localeOfPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ url, locals }) => {
  const to = url.searchParams.get('to') ?? '';
  const { locales } = locals.routes;
  if (!isSitePath(to)) return new Response(null, { status: 404 });
  const queryAt = to.indexOf('?');
  const locale = localeOfPath(queryAt === -1 ? to : to.slice(0, queryAt), locales).locale ?? locales[0];
  const headers = new Headers({ location: to, 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
  if (locale) headers.set('set-cookie', languageCookie(locale));
  return new Response(null, { status: 303, headers });
};
