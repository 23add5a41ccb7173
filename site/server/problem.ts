/**
 * The small pages the server's front answers with when a request is refused before any page is
 * rendered (405, 413, 414, 415…): plain, valid HTML that says what happened and where to go, in
 * the language of the address (its prefix), from the catalogs' `site-problem-…` messages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FluentVariable } from '@fluent/bundle';
import { SOURCE_LOCALE, translatorOf } from '../../content/index.ts';
import type { LiveContentSnapshot, PartnerProfile, Translator } from '../../content/index.ts';
import { localeOfPath, localizedPath } from '../lib/routes.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What went wrong, as a message id (`site-problem-<id>-title` and `-detail`) with its variables. */
export interface Problem {
  id: 'too-long' | 'bad-escape' | 'too-many-params' | 'method' | 'form-type' | 'too-many-fields' | 'too-large' | 'loading' | 'failed';
  args?: Record<string, FluentVariable>;
}

/**
 * The English words for when no content, and so no catalog, is loaded yet (the server answers
 * before the first load finishes, and while content cannot be loaded at all): the same as
 * content/locales/en/site.ftl's, which a test keeps them to.
 */
export const WITHOUT_CATALOG: Readonly<Record<string, string>> = {
  'site-problem-loading-title': 'The site is being updated',
  'site-problem-loading-detail': 'The partner directory is not available for a moment. Please try again in a minute.',
  'site-problem-failed-title': 'Something went wrong on our side',
  'site-problem-failed-detail': 'Please try again in a moment.',
  'site-problem-error': 'Error { $status }.',
  'site-problem-home': 'Home',
  'site-nav-partners': 'Find a partner',
};

/** Words from the catalog of `t`, or without one the few English words above. */
function words(t: Translator | undefined): (id: string, args?: Record<string, FluentVariable>) => string {
  if (t) return (id, args) => t.t(id, args);
  return (id, args) => (WITHOUT_CATALOG[id] ?? id).replace(/\{ \$(\w+) \}/g, (_, name: string) => String(args?.[name] ?? ''));
}

/** The HTML of a problem page, in `t`'s language (English words without a catalog). */
export function problemHtml(status: number, problem: Problem, t?: Translator): string {
  const say = words(t);
  const prefix = t?.locale ?? { id: SOURCE_LOCALE, prefix: '' };
  const title = escape(say(`site-problem-${problem.id}-title`, problem.args));
  return `<!doctype html>
<html lang="${escape(prefix.id)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1c2430}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escape(say(`site-problem-${problem.id}-detail`, problem.args))}</p>
<p>${escape(say('site-problem-error', { status }))} <a href="${localizedPath(prefix, '/')}">${escape(say('site-problem-home'))}</a> · <a href="${localizedPath(prefix, '/partners/')}">${escape(say('site-nav-partners'))}</a></p>
</main>
</body>
</html>
`;
}

/** Answers `status` with a problem page (headers only for HEAD), in `t`'s language. */
export function sendProblem(req: IncomingMessage, res: ServerResponse, status: number, problem: Problem, t?: Translator): void {
  const body = problemHtml(status, problem, t);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The translator of a request's address (its language prefix) in the content loaded now, or none
 * while nothing is loaded: for the front, which answers before the site renders anything.
 */
export function requestTranslator(content: { current(): LiveContentSnapshot<PartnerProfile> | undefined }): (pathname: string) => Translator | undefined {
  return (pathname) => {
    const snapshot = content.current();
    if (!snapshot) return undefined;
    return translatorOf(snapshot, localeOfPath(pathname, snapshot.content.catalogs.locales).locale?.id ?? SOURCE_LOCALE);
  };
}
