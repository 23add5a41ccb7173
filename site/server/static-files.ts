/**
 * The build's static files (scripts, styles, images under `dist/client/`), read into memory once at
 * start with their compressed variants, and served before any page is rendered: no `stat` and no
 * read per request. Hashed assets under `/_astro/` are immutable.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CachedPage } from './page-cache.ts';
import { cachedPage } from './page-cache.ts';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Files larger than this stay on disk (none of the site's are near it). */
const MAX_FILE = 4 * 1024 * 1024;

/** Static files by URL path. */
export type StaticFiles = ReadonlyMap<string, CachedPage>;

/** Reads every file under `clientDir` into memory, by the URL path it is served at. */
export async function loadStaticFiles(clientDir: string): Promise<StaticFiles> {
  const files = new Map<string, CachedPage>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      const body = await readFile(full);
      if (body.length > MAX_FILE) continue;
      const url = `/${path.relative(clientDir, full).split(path.sep).join('/')}`;
      const immutable = url.startsWith('/_astro/');
      const page = cachedPage(200, {
        'content-type': TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      }, body);
      files.set(url, page);
      // A page built ahead of time answers at its folder's address.
      if (entry.name === 'index.html') files.set(url.slice(0, -'index.html'.length), page);
    }
  };
  await walk(clientDir);
  return files;
}
