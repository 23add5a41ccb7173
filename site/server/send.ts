/** Sending a page kept in memory: the best encoding the client takes, 304 for a page it already has. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedPage } from './page-cache.ts';
import { identityOf } from './page-cache.ts';

/** The encodings a client accepts, from `Accept-Encoding` (q=0 refuses one). */
function accepts(header: string | undefined, encoding: string): boolean {
  if (!header) return false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== encoding) continue;
    return !params.some((p) => /^\s*q=0(?:\.0*)?\s*$/.test(p));
  }
  return false;
}

/** Answers `req` with `page` (and `extra` headers): br, gzip or identity; 304 when the client's copy is current. */
export function sendPage(req: IncomingMessage, res: ServerResponse, page: CachedPage, extra?: Record<string, string>): void {
  const headers: Record<string, string | number> = { ...page.headers, ...extra, etag: page.etag };
  if (page.gzip || page.br) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  const match = req.headers['if-none-match'];
  if (match && page.status === 200 && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag)) {
    delete headers['content-type'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = req.headers['accept-encoding'];
  let body: Buffer;
  if (page.br && accepts(encoding, 'br')) {
    body = page.br;
    headers['content-encoding'] = 'br';
  } else if (page.gzip && accepts(encoding, 'gzip')) {
    body = page.gzip;
    headers['content-encoding'] = 'gzip';
  } else {
    body = identityOf(page);
  }
  headers['content-length'] = body.length;
  res.writeHead(page.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
