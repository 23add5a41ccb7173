/**
 * Serving the site behind the front: static files from memory, pages from the page cache, and
 * only on a miss a render by the Astro app, kept when the page says it may be (`Cache-Control:
 * public`). Form posts and other uncacheable answers are rendered for each request and compressed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import type { AppHandler } from './capture.ts';
import { renderToMemory } from './capture.ts';
import type { ReadRequest } from './front.ts';
import type { PageCache } from './page-cache.ts';
import { cachedPage } from './page-cache.ts';
import { sendPage } from './send.ts';
import type { StaticFiles } from './static-files.ts';

/** What the site handler serves from. */
export interface SiteHandlerOptions {
  /** The Astro adapter's handler (middleware mode). */
  app: AppHandler;
  statics: StaticFiles;
  cache: PageCache;
  /** The content version pages are rendered from now. */
  version: () => number;
  /** What pages get as `Astro.locals` for this request. */
  locals?: () => object;
  /** Logs a render that failed. */
  onError?: (url: string, error: unknown) => void;
}

/** A rendered page may be kept when it says so and sets no cookie. */
function keepable(status: number, headers: Record<string, string>, setCookie: readonly string[]): boolean {
  const control = headers['cache-control'] ?? '';
  return [200, 301, 308, 404].includes(status) && setCookie.length === 0 && /\bpublic\b/.test(control) && !/no-store|private/.test(control);
}

/** The handler for requests the front let through. */
export function createSiteHandler(options: SiteHandlerOptions): (req: ReadRequest, res: ServerResponse) => void {
  const compress = compression();
  const { app, statics, cache } = options;
  return (req, res) => {
    const url = req.url ?? '/';
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      compress(req as never, res as never, () => void app(req, res, undefined, options.locals?.()));
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
    const version = options.version();
    const hit = cache.get(version, url);
    if (hit) return sendPage(req, res, hit);
    void render(req, res, url, version);
  };

  async function render(req: IncomingMessage, res: ServerResponse, url: string, version: number): Promise<void> {
    try {
      const rendered = await renderToMemory(app, req, options.locals?.());
      const page = cachedPage(rendered.status, rendered.headers, rendered.body);
      if (keepable(rendered.status, rendered.headers, rendered.setCookie)) cache.set(version, url, page);
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
