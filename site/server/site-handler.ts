/**
 * Serving the site behind the front: static files from memory, pages from the page cache, and
 * only on a miss a render by the Astro app, kept when the page says it may be (`Cache-Control:
 * public`). Form posts and other uncacheable answers are rendered for each request and compressed.
 *
 * Languages: an address's prefix (`/de/…`, `/pt-br/…`, one per catalog folder of the content)
 * names the language; the app renders the same page for the rest of the path, with the language
 * and its translator in `Astro.locals`. The cache keeps each address apart, so each language's page
 * too. The root `/` alone chooses a language for a visitor (site/lib/language-choice.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import compression from 'compression';
import { SOURCE_LOCALE, translatorOf } from '../../content/index.ts';
import type { LiveContentSnapshot, LocaleInfo, PartnerProfile, SiteRequests, StartingContentSource, Translator } from '../../content/index.ts';
import { rootLocale } from '../lib/language-choice.ts';
import type { Routes } from '../lib/routes.ts';
import { localeOfPath, routesFor } from '../lib/routes.ts';
import type { SiteData } from '../lib/site-data.ts';
import { siteDataOf } from '../lib/site-data.ts';
import type { AppHandler } from './capture.ts';
import { clientAddressOf } from './client-address.ts';
import { renderToMemory } from './capture.ts';
import type { ReadRequest } from './front.ts';
import type { PageCache } from './page-cache.ts';
import { cachedPage } from './page-cache.ts';
import { sendProblem } from './problem.ts';
import { sendPage } from './send.ts';
import type { StaticFiles } from './static-files.ts';

/** What the site handler serves from. */
export interface SiteHandlerOptions {
  /** The Astro adapter's handler (middleware mode). */
  app: AppHandler;
  statics: StaticFiles;
  cache: PageCache;
  /** The live content pages are rendered from (`Astro.locals.site` is its current version's data). */
  content: Pick<StartingContentSource<PartnerProfile>, 'current' | 'ready' | 'state'>;
  /** The build output (where the build recorded the docs' dates). */
  outDir: string;
  /** The site's public address, for the absolute addresses pages print. */
  siteUrl: string;
  /** Logs a render that failed. */
  onError?: (url: string, error: unknown) => void;
  /** Where the request pages take clients' implementation requests (`Astro.locals.requests`). */
  requests?: SiteRequests;
  /** Proxies whose X-Forwarded-For names the client (`Astro.locals.clientAddress`). */
  trustedProxies?: readonly string[];
}

/** A rendered page may be kept when it says so and sets no cookie. */
function keepable(status: number, headers: Record<string, string>, setCookie: readonly string[]): boolean {
  const control = headers['cache-control'] ?? '';
  return [200, 301, 308, 404].includes(status) && setCookie.length === 0 && /\bpublic\b/.test(control) && !/no-store|private/.test(control);
}

/** What pages get as `Astro.locals`. */
export interface SiteLocals {
  /** The site's data of the content version this request is rendered from, for the whole page. */
  site: SiteData;
  /** The language the page is rendered in. */
  locale: LocaleInfo;
  /** Words and figures in that language, from the same content version's catalogs. */
  t: Translator;
  /** Every address the page prints, in its language. */
  routes: Routes;
  /** Implementation requests, when the server has a store. */
  requests?: SiteRequests;
  /** The client's address, read through the trusted proxies (site/server/client-address.ts). */
  clientAddress?: string;
}

/** The locals of a request rendered in `locale` from `snapshot`. */
export function localsOf(snapshot: LiveContentSnapshot<PartnerProfile>, locale: string, options: { outDir: string; siteUrl: string; requests?: SiteRequests }): SiteLocals {
  const t = translatorOf(snapshot, locale);
  const routes = routesFor(t.locale, snapshot.content.catalogs.locales, options.siteUrl);
  return { site: siteDataOf(snapshot, options.outDir), locale: t.locale, t, routes, requests: options.requests };
}

/** Longest wait for the first content load before a request is answered 503. */
const LOAD_WAIT_MS = 15_000;

/** The root's answer varies with these: shared caches must keep each apart. */
const ROOT_VARY = 'Accept-Language, Cookie';

/** The handler for requests the front let through. */
export function createSiteHandler(options: SiteHandlerOptions): (req: ReadRequest, res: ServerResponse) => void {
  const trusted = new Set(options.trustedProxies);
  const compress = compression();
  const { app, statics, cache, content } = options;
  const handle = (req: ReadRequest, res: ServerResponse): void => {
    // The full address, prefix and all: the cache keeps each language's page apart.
    const url = req.url ?? '/';
    const snapshot = content.current();
    if (!snapshot) return void waitForContent(req, res);
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : url.slice(queryAt);
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (reading) {
      const file = statics.get(pathname);
      if (file) return sendPage(req, res, file);
      if (!pathname.endsWith('/') && statics.has(`${pathname}/`)) return redirect(res, 301, `${pathname}/${query}`, 'public, max-age=3600');
    }
    const locales = snapshot.content.catalogs.locales;
    const { locale, path, bare } = localeOfPath(pathname, locales);
    if (bare) return redirect(res, 301, `${pathname}/${query}`, 'public, max-age=3600');
    let extra: Record<string, string> | undefined;
    if (pathname === '/' && reading) {
      const chosen = rootLocale(req.headers.cookie, req.headers['accept-language'], locales);
      if (chosen && chosen.id !== SOURCE_LOCALE) return redirect(res, 302, `/${chosen.prefix}/${query}`, 'no-store', ROOT_VARY);
      extra = { vary: ROOT_VARY };
    }
    const id = locale?.id ?? SOURCE_LOCALE;
    // The app renders the page for the path without its prefix; the language goes in the locals.
    req.url = `${path}${query}`;
    if (!reading) {
      const locals: SiteLocals = { ...localsOf(snapshot, id, options), clientAddress: clientAddressOf(req, trusted) };
      compress(req as never, res as never, () => void app(req, res, undefined, locals));
      return;
    }
    const hit = cache.get(snapshot.version, url);
    if (hit) return sendPage(req, res, hit, extra);
    void render(req, res, url, snapshot, id, extra);
  };
  return handle;

  /** Before the first content load: wait for it (a start takes about a second), or say the site is not ready. */
  async function waitForContent(req: ReadRequest, res: ServerResponse): Promise<void> {
    const loaded = content.state().state === 'failed' ? undefined : await Promise.race([content.ready(), sleep(LOAD_WAIT_MS, undefined, { ref: false })]);
    if (loaded) return handle(req, res);
    res.setHeader('retry-after', '30');
    sendProblem(req, res, 503, { id: 'loading' });
  }

  async function render(req: IncomingMessage, res: ServerResponse, url: string, snapshot: LiveContentSnapshot<PartnerProfile>, locale: string, extra?: Record<string, string>): Promise<void> {
    const locals: SiteLocals = { ...localsOf(snapshot, locale, options), clientAddress: clientAddressOf(req, trusted) };
    try {
      const rendered = await renderToMemory(app, req, locals);
      const page = cachedPage(rendered.status, rendered.headers, rendered.body);
      if (keepable(rendered.status, rendered.headers, rendered.setCookie)) cache.set(snapshot.version, url, page);
      else if (rendered.setCookie.length) res.setHeader('set-cookie', rendered.setCookie);
      sendPage(req, res, page, extra);
    } catch (error) {
      options.onError?.(url, error);
      if (!res.headersSent) {
        sendProblem(req, res, 500, { id: 'failed' }, locals.t);
      } else {
        res.destroy();
      }
    }
  }
}

/** Answers with a redirect to `location`. */
function redirect(res: ServerResponse, status: 301 | 302, location: string, cacheControl: string, vary?: string): void {
  res.writeHead(status, { location, 'cache-control': cacheControl, ...(vary ? { vary } : {}) });
  res.end();
}
