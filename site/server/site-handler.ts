/**
 * Serving the site behind the front: static files from memory, pages from the page cache, and
 * only on a miss a render by the Astro app, kept when the page says it may be (`Cache-Control:
 * public`). Form posts and other uncacheable answers are rendered for each request and compressed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import compression from 'compression';
import { SOURCE_LOCALE, translatorOf } from '../../content/index.ts';
import type { LiveContentSnapshot, PartnerProfile, SiteRequests, StartingContentSource, Translator } from '../../content/index.ts';
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
  /** Implementation requests, when the server has a store. */
  requests?: SiteRequests;
  /** The page's language (English for now). */
  locale: string;
  /** Its words and formats (the catalogs of the page's content version). */
  t: Translator;
  /** The client's address, read through the trusted proxies (site/server/client-address.ts). */
  clientAddress?: string;
}

/** Longest wait for the first content load before a request is answered 503. */
const LOAD_WAIT_MS = 15_000;

/** The handler for requests the front let through. */
export function createSiteHandler(options: SiteHandlerOptions): (req: ReadRequest, res: ServerResponse) => void {
  const trusted = new Set(options.trustedProxies);
  const compress = compression();
  const { app, statics, cache, content } = options;
  const handle = (req: ReadRequest, res: ServerResponse): void => {
    const url = req.url ?? '/';
    const snapshot = content.current();
    if (!snapshot) return void waitForContent(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const locals: SiteLocals = { site: siteDataOf(snapshot, options.outDir), requests: options.requests, clientAddress: clientAddressOf(req, trusted), locale: SOURCE_LOCALE, t: translatorOf(snapshot, SOURCE_LOCALE) };
      compress(req as never, res as never, () => void app(req, res, undefined, locals));
      return;
    }
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const file = statics.get(pathname);
    if (file) return sendPage(req, res, file);
    if (!pathname.endsWith('/') && statics.has(`${pathname}/`)) {
      res.writeHead(301, { location: `${pathname}/${queryAt === -1 ? '' : url.slice(queryAt)}`, 'cache-control': 'public, max-age=3600' });
      res.end();
      return;
    }
    const hit = cache.get(snapshot.version, url);
    if (hit) return sendPage(req, res, hit);
    void render(req, res, url, snapshot);
  };
  return handle;

  /** Before the first content load: wait for it (a start takes about a second), or say the site is not ready. */
  async function waitForContent(req: ReadRequest, res: ServerResponse): Promise<void> {
    const loaded = content.state().state === 'failed' ? undefined : await Promise.race([content.ready(), sleep(LOAD_WAIT_MS, undefined, { ref: false })]);
    if (loaded) return handle(req, res);
    res.setHeader('retry-after', '30');
    sendProblem(req, res, 503, 'The site is being updated', 'The partner directory is not available for a moment. Please try again in a minute.');
  }

  async function render(req: IncomingMessage, res: ServerResponse, url: string, snapshot: LiveContentSnapshot<PartnerProfile>): Promise<void> {
    try {
      const locals: SiteLocals = { site: siteDataOf(snapshot, options.outDir), requests: options.requests, clientAddress: clientAddressOf(req, trusted), locale: SOURCE_LOCALE, t: translatorOf(snapshot, SOURCE_LOCALE) };
      const rendered = await renderToMemory(app, req, locals);
      const page = cachedPage(rendered.status, rendered.headers, rendered.body);
      if (keepable(rendered.status, rendered.headers, rendered.setCookie)) cache.set(snapshot.version, url, page);
      else if (rendered.setCookie.length) res.setHeader('set-cookie', rendered.setCookie);
      sendPage(req, res, page);
    } catch (error) {
      options.onError?.(url, error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end('Something went wrong on our side. Please try again in a moment.');
      } else {
        res.destroy();
      }
    }
  }
}
