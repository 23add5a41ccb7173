/**
 * The page cache holds what it counts: a rendered page's compressed variants take their own size
 * in memory (zlib's one-shot output is a view of a 64 KB buffer, which made a 3 KB page hold 64 KB
 * and the cache's bound twenty times too small), and the bound is kept.
 */
import { describe, expect, it } from 'vitest';
import { cachedPage, PageCache } from '../site/server/page-cache.ts';

const page = (i: number) => Buffer.from(`<!doctype html><html lang="en"><title>Partner ${i}</title><main>${`<p>Partner ${i} helps with licensing and training in city ${i % 97}.</p>`.repeat(120)}</main></html>`);

/** Bytes of memory behind the buffers the cache keeps (each backing store counted once). */
function heldBytes(pages: ReturnType<typeof cachedPage>[]): number {
  const stores = new Set<ArrayBufferLike>();
  for (const p of pages) for (const b of [p.body, p.gzip, p.br]) if (b) stores.add(b.buffer);
  return [...stores].reduce((sum, s) => sum + s.byteLength, 0);
}

describe('the page cache', () => {
  it('holds about the bytes it counts for each page', () => {
    const pages = Array.from({ length: 200 }, (_, i) => cachedPage(200, { 'content-type': 'text/html; charset=utf-8' }, page(i)));
    const counted = pages.reduce((sum, p) => sum + p.size, 0);
    // Nothing holds a 64 KB output buffer (or a pool slab) for a page of a few KB.
    expect(heldBytes(pages)).toBeLessThan(counted * 2);
    for (const p of pages) expect(p.gzip?.buffer.byteLength).toBe(p.gzip?.length);
  });

  it('keeps within its bound, dropping the least recently used pages', () => {
    const cache = new PageCache(256 * 1024);
    for (let i = 0; i < 500; i++) cache.set(1, `/p/${i}/`, cachedPage(200, { 'content-type': 'text/html' }, page(i)));
    const { pages, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(256 * 1024);
    expect(pages).toBeGreaterThan(50);
    expect(cache.get(1, '/p/499/')).toBeDefined();
    expect(cache.get(1, '/p/0/')).toBeUndefined();
    expect(cache.get(2, '/p/499/')).toBeUndefined();
  });
});
