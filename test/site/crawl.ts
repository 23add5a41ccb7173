/**
 * A link checker for the served site: from `/`, it follows every internal link (`href` and `src`,
 * and the `<loc>`s of the sitemap) and checks that each answers 2xx and that each `#anchor` is an
 * id on its target page. It reports every broken link with the page it is on.
 */

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
  page: string;
  link: string;
  problem: string;
}

/** A link from one page of the site to another address of it. */
export interface InternalLink {
  page: string;
  /** As written. */
  link: string;
  /** The address it resolves to. */
  target: URL;
  /** The `hreflang` of the element that holds it: a link that says it goes to the page in another language. */
  hreflang?: string;
}

/** What a crawl found. */
export interface CrawlResult {
  /** Every internal address fetched (path and query). */
  visited: string[];
  broken: BrokenLink[];
  /** Every internal link of every page fetched, once per page and link as written. */
  links: InternalLink[];
}

/** The most pages a crawl fetches: more means the site links to addresses without end. */
const MAX_PAGES = 3000;
const AT_ONCE = 4;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' };
const unescape = (value: string) => value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ENTITIES[e] ?? '');

/** A link as written in a page: its `href`/`src` value, and the `hreflang` of its element. */
interface WrittenLink {
  link: string;
  hreflang?: string;
}

/** Every `href`/`src` value of an HTML page (with its element's `hreflang`), and every sitemap `<loc>`. */
function linksOf(body: string, type: string): WrittenLink[] {
  if (type.includes('xml')) return [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ({ link: unescape(m[1] ?? '') }));
  if (!type.includes('html')) return [];
  // Scripts' and styles' contents are not markup.
  const markup = body.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  // Each start tag, its quoted values whole (one may hold a `>`).
  return [...markup.matchAll(/<[a-z][\w-]*(?:"[^"]*"|'[^']*'|[^'">])*>/gi)].flatMap((tag) => {
    const hreflang = /\shreflang="([^"]*)"/.exec(tag[0])?.[1];
    return [...tag[0].matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => ({ link: unescape(m[1] ?? ''), ...(hreflang === undefined ? {} : { hreflang }) }));
  });
}

/** The ids an address can point at with `#`: every `id`, and `name` of `<a>`. */
function idsOf(body: string): Set<string> {
  const ids = [...body.matchAll(/\sid="([^"]*)"/g), ...body.matchAll(/<a\s[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''));
  return new Set(ids);
}

/**
 * Crawls the site at `base` (`http://127.0.0.1:1234`) from `/`. `siteUrl` is the site's public
 * address, used in canonical links and the sitemap: addresses under it are internal too.
 */
export async function crawlSite(base: string, siteUrl: string): Promise<CrawlResult> {
  type Page = { status: number; ids: Set<string>; links: WrittenLink[] } | { error: string };
  const results = new Map<string, Page>();
  const referrers: InternalLink[] = [];
  const discovered = new Set<string>(['/']);

  const internal = (link: string, from: string): URL | undefined => {
    if (/^(?:mailto:|tel:|data:|javascript:)/i.test(link)) return undefined;
    const absolute = link.startsWith(siteUrl) ? base + link.slice(siteUrl.length) : link;
    const url = new URL(absolute, base + from);
    return url.origin === new URL(base).origin ? url : undefined;
  };
  const fetchPage = async (address: string): Promise<Page> => {
    try {
      const response = await fetch(base + address, { redirect: 'follow' });
      const type = response.headers.get('content-type') ?? '';
      const body = type.includes('html') || type.includes('xml') ? await response.text() : (await response.arrayBuffer(), '');
      return { status: response.status, ids: idsOf(body), links: response.ok ? linksOf(body, type) : [] };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  // Breadth first, a few requests at a time.
  let frontier = ['/'];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += AT_ONCE) {
      const batch = frontier.slice(i, i + AT_ONCE);
      const fetched = await Promise.all(batch.map(fetchPage));
      batch.forEach((address, j) => {
        const page = fetched[j] as Page;
        results.set(address, page);
        if ('error' in page) return;
        for (const { link, hreflang } of page.links) {
          const target = internal(link, address);
          if (!target) continue;
          referrers.push({ page: address, link, target, ...(hreflang === undefined ? {} : { hreflang }) });
          const key = target.pathname + target.search;
          if (discovered.has(key)) continue;
          if (discovered.size >= MAX_PAGES) throw new Error(`the site links to more than ${MAX_PAGES} addresses (last: ${key} on ${address})`);
          discovered.add(key);
          next.push(key);
        }
      });
    }
    frontier = next;
  }

  const broken: BrokenLink[] = [];
  const links: InternalLink[] = [];
  const seen = new Set<string>();
  for (const referrer of referrers) {
    const { page, link, target } = referrer;
    const key = `${page} ${link}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(referrer);
    const result = results.get(target.pathname + target.search);
    if (!result) continue;
    const anchor = target.hash.length > 1 ? decodeURIComponent(target.hash.slice(1)) : undefined;
    if ('error' in result) broken.push({ page, link, problem: result.error });
    else if (result.status < 200 || result.status > 299) broken.push({ page, link, problem: `answers ${result.status}` });
    else if (anchor !== undefined && !result.ids.has(anchor)) broken.push({ page, link, problem: `${target.pathname} has no element with id '${anchor}'` });
  }
  return { visited: [...results.keys()], broken, links };
}
