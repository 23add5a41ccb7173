/**
 * Every internal link of the built site resolves: a crawl from / follows each href and src (and
 * the sitemap's addresses), and every #anchor must be an id on its target page. And a page's links
 * to other pages stay in its language.
 */
import { describe, expect, inject, it } from 'vitest';
import { isPagePath } from '../../content/index.ts';
import { LANGUAGE_PATH } from '../../site/lib/routes.ts';
import { crawlSite } from './crawl.ts';
import type { CrawlResult } from './crawl.ts';

const base = inject('baseUrl');

/** The home page, the site's public address (as its canonical links and sitemap use it), and one crawl of the whole site. */
let crawled: Promise<{ home: string; siteUrl: string; crawl: CrawlResult }> | undefined;
const crawlOnce = () => (crawled ??= (async () => {
  const home = await (await fetch(`${base}/`, { headers: { cookie: 'lang=en' } })).text();
  const siteUrl = /<link rel="canonical" href="([^"]+?)\/?"/.exec(home)?.[1] ?? '';
  return { home, siteUrl, crawl: await crawlSite(base, siteUrl) };
})());

describe('the link check', () => {
  it('finds no broken link or anchor anywhere on the site', { timeout: 120_000 }, async () => {
    const { siteUrl, crawl: { visited, broken } } = await crawlOnce();
    expect(siteUrl).toMatch(/^https?:\/\//);
    expect(broken.map((b) => `${b.page}: ${b.link}: ${b.problem}`)).toEqual([]);
    // It reached every kind of page (and so is not passing because it found nothing to follow).
    for (const kind of ['/partners/', '/partners/de/', '/partners/gold/', '/partners/isartal-systems/', '/program/', '/program/statuses/', '/check/', '/sitemap.xml', '/partners.json']) {
      expect(visited).toContain(kind);
      // Every page in every other language too (the test content has German: see setup.ts); the data files have one address.
      if (kind.endsWith('/')) expect(visited).toContain(`/de${kind}`);
    }
    for (const page of ['/de/', '/de/program/penalties/']) expect(visited).toContain(page);
  });

  it('keeps every page\'s links to pages in its language, the docs\' and descriptions\' included', { timeout: 120_000 }, async () => {
    const { home, crawl: { visited, links } } = await crawlOnce();
    // The languages' prefixes, from the home page's alternates (`/de/`, `/pt-br/`).
    const prefixes = [...home.matchAll(/<link rel="alternate" hreflang="(?!x-default")[^"]+" href="[^"]*?\/([a-z]{2,3}(?:-[a-z]{2})?)\/"/g)].map((m) => m[1] ?? '');
    expect(prefixes.length).toBeGreaterThanOrEqual(3);
    const languageOf = (path: string) => prefixes.find((p) => path.startsWith(`/${p}/`)) ?? 'en';
    for (const prefix of prefixes) expect(visited.filter((v) => v.startsWith(`/${prefix}/program/`)).length).toBeGreaterThan(5);
    const strays = links
      // The switcher's links and the hreflang alternates say they go to another language; the switcher's address answers with a redirect to a page crawled under its own address.
      .filter((l) => l.hreflang === undefined && !l.page.startsWith(LANGUAGE_PATH) && !l.page.endsWith('.xml'))
      .filter((l) => isPagePath(l.target.pathname) && l.target.pathname !== LANGUAGE_PATH)
      .filter((l) => languageOf(l.target.pathname) !== languageOf(l.page))
      .map((l) => `${l.page}: ${l.link}`);
    expect(strays).toEqual([]);
    // The docs page that links to the directory (leads) and a description that links to a docs page were followed in each language.
    for (const prefix of prefixes) {
      expect(links.some((l) => l.page === `/${prefix}/program/leads/` && l.link === `/${prefix}/partners/`)).toBe(true);
      expect(links.some((l) => l.page === `/${prefix}/partners/alpen-werkstatt/` && l.link === `/${prefix}/program/training/`)).toBe(true);
    }
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
