/**
 * /language/?to=<path>: where the language switcher's links go. It remembers the language of the
 * page it leads to (the `lang` cookie, which the root `/` reads) and sends the visitor there, so a
 * plain link both switches and remembers, with no script. The page and filters the visitor is on
 * come from the Referer when it is this site's (the directory's script may have changed the
 * filters since the page was served), else from `to` itself. Only paths of this site are followed.
 */
import type { APIRoute } from 'astro';
import { languageCookie } from '../lib/language-choice.ts';
import { isSitePath, localeOfPath, localizedPath } from '../lib/routes.ts';

export const GET: APIRoute = ({ url, request, locals }) => {
  const to = url.searchParams.get('to') ?? '';
  const { locales } = locals.routes;
  if (!isSitePath(to)) return new Response(null, { status: 404 });
  const locale = localeOfPath(to.split('?')[0] ?? '/', locales).locale ?? locales[0];
  if (!locale) return new Response(null, { status: 404 });
  let target = to;
  const referer = URL.parse(request.headers.get('referer') ?? '');
  if (referer && referer.host === url.host && isSitePath(referer.pathname + referer.search)) {
    target = `${localizedPath(locale, localeOfPath(referer.pathname, locales).path)}${referer.search}`;
  }
  return new Response(null, { status: 303, headers: { location: target, 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'set-cookie': languageCookie(locale) } });
};
