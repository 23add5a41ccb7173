/**
 * Every internal link of the built site resolves: a crawl from / follows each href and src (and
 * the sitemap's addresses), and every #anchor must be an id on its target page.
 */
import { describe, expect, inject, it } from 'vitest';
import { crawlSite } from './crawl.ts';

const base = inject('baseUrl');

describe('the link check', () => {
  it('finds no broken link or anchor anywhere on the site', { timeout: 120_000 }, async () => {
    // The site's public address, as its canonical links and sitemap use it.
    const home = await (await fetch(`${base}/`)).text();
    const siteUrl = /<link rel="canonical" href="([^"]+?)\/?"/.exec(home)?.[1] ?? '';
    expect(siteUrl).toMatch(/^https?:\/\//);
    const { visited, broken } = await crawlSite(base, siteUrl);
    expect(broken.map((b) => `${b.page}: ${b.link}: ${b.problem}`)).toEqual([]);
    // It reached every kind of page (and so is not passing because it found nothing to follow).
    for (const kind of ['/partners/', '/partners/de/', '/partners/gold/', '/partners/isartal-systems/', '/program/', '/program/statuses/', '/check/', '/sitemap.xml', '/partners.json']) {
      expect(visited).toContain(kind);
      // Every page in every other language too (the test content has German: see setup.ts); the data files have one address.
      if (kind.endsWith('/')) expect(visited).toContain(`/de${kind}`);
    }
    for (const page of ['/de/', '/de/program/penalties/']) expect(visited).toContain(page);
  });

  it('reports a broken link and a missing anchor with the page they are on', async () => {
    // The crawler itself, against a page that links to nowhere: this is what a failure looks like.
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      const pages: Record<string, string> = {
        '/': '<a href="/a/">a</a> <a href="/gone/">gone</a>',
        '/a/': '<h2 id="here">Here</h2><a href="/#nowhere">home</a> <a href="#here">here</a>',
      };
      const body = Object.hasOwn(pages, req.url ?? '') ? pages[req.url ?? ''] : undefined;
      res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html' }).end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const { broken } = await crawlSite(url, 'https://example.com');
      expect(broken.map((b) => `${b.page}: ${b.link}: ${b.problem}`)).toEqual([
        "/: /gone/: answers 404",
        "/a/: /#nowhere: / has no element with id 'nowhere'",
      ]);
    } finally {
      server.close();
    }
  });
});
