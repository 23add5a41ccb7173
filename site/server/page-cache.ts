/**
 * Rendered pages kept in memory, per content version: each page is rendered once, compressed once,
 * and then served from memory until the content changes. Bounded by bytes (least recently used
 * pages go first), so a crawler walking every search URL cannot grow the server without limit.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/** One rendered page, ready to send. */
export interface CachedPage {
  status: number;
  /** Response headers as rendered (content type, cache control, location…), lowercase names. */
  headers: Record<string, string>;
  /**
   * The body as rendered, kept only when it is not compressed: nearly every client takes br or
   * gzip, and the rare one that takes neither gets the gzip copy unpacked (`identityOf`), so a page
   * holds a third of the memory.
   */
  body?: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** Strong validator of the body. */
  etag: string;
  /** Bytes this entry holds. */
  size: number;
}

/** Bodies below this are not worth compressing. */
const COMPRESS_FROM = 1024;

/**
 * `compressed` in memory of its own size. zlib's one-shot functions return a view of their 64 KB
 * output buffer: kept as it is, a 3 KB page held 64 KB, so the cache's bound (which counts the
 * bytes of the views) was off by twenty times.
 */
function exact(compressed: Buffer): Buffer {
  if (compressed.byteLength === compressed.buffer.byteLength) return compressed;
  // Not Buffer.from or copyBytesFrom: those take small buffers from Node's shared pool slab.
  const own = Uint8Array.prototype.slice.call(compressed);
  return Buffer.from(own.buffer, own.byteOffset, own.byteLength);
}

/** A page entry from a rendered response: validator and compressed variants computed once. */
export function cachedPage(status: number, headers: Record<string, string>, body: Buffer): CachedPage {
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  const compressible = body.length >= COMPRESS_FROM && /^(text\/|application\/(json|xml|ld\+json)|image\/svg)/.test(headers['content-type'] ?? '');
  const gzip = compressible ? exact(gzipSync(body, { level: 6 })) : undefined;
  const br = compressible ? exact(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })) : undefined;
  return { status, headers, body: gzip ? undefined : body, gzip, br, etag, size: (gzip ? 0 : body.length) + (gzip?.length ?? 0) + (br?.length ?? 0) + 512 };
}

/** The page's body without any content encoding. */
export function identityOf(page: CachedPage): Buffer {
  return page.body ?? gunzipSync(page.gzip as Buffer);
}

/** The cache. `version` is the content version the pages were rendered from. */
export class PageCache {
  readonly maxBytes: number;
  #version = -1;
  #bytes = 0;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  readonly #pages = new Map<string, CachedPage>();

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** The page for `key` rendered from content `version`, if kept. */
  get(version: number, key: string): CachedPage | undefined {
    if (version !== this.#version) return undefined;
    const page = this.#pages.get(key);
    if (page) {
      this.#pages.delete(key);
      this.#pages.set(key, page);
    }
    return page;
  }

  /** Keeps `page` for `key`; pages of an older content version are dropped first. */
  set(version: number, key: string, page: CachedPage): void {
    if (version < this.#version) return;
    if (version > this.#version) this.clear(version);
    if (page.size > this.maxBytes / 8) return;
    const old = this.#pages.get(key);
    if (old) this.#bytes -= old.size;
    this.#pages.delete(key);
    this.#pages.set(key, page);
    this.#bytes += page.size;
    for (const [oldest, entry] of this.#pages) {
      if (this.#bytes <= this.maxBytes) break;
      this.#pages.delete(oldest);
      this.#bytes -= entry.size;
    }
  }

  /** Forgets every page (a new content version). */
  clear(version = this.#version): void {
    this.#pages.clear();
    this.#bytes = 0;
    this.#version = version;
  }

  /** Pages and bytes held, for /healthz and the bench. */
  stats(): { version: number; pages: number; bytes: number } {
    return { version: this.#version, pages: this.#pages.size, bytes: this.#bytes };
  }
}
