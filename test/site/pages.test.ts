/** The served site, page by page, as a browser without JavaScript gets it. */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { countryName as countryOf, loadContent } from '../../content/index.ts';
import type { Content } from '../../content/index.ts';

const base = inject('baseUrl');
let content: Content;
beforeAll(async () => {
  content = await loadContent({ dir: inject('contentDir') });
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(base + path, { redirect: 'manual', ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The visible text of some HTML, roughly: tags dropped, entities read (messages come escaped), whitespace folded. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')
  .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1');

const listed = () => content.partners.filter((p) => p.status !== 'bronze');
const optionCount = (html: string, name: string, value: string) => {
  const select = new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?</select>`).exec(html)?.[0] ?? '';
  const option = new RegExp(`<option value="${value}"[^>]*>([^<]*)</option>`).exec(select)?.[1] ?? '';
  return Number(/\((\d+)\)$/.exec(option)?.[1]);
};

describe('home', () => {
  it('compares the statuses from the rules and features Gold partners', async () => {
    const { status, text: html } = await get('/');
    expect(status).toBe(200);
    const page = text(html);
    expect(page).toContain('40% discount');
    expect(page).toContain('$/€2,500 in sales over the last 12 months');
    for (const p of listed().filter((x) => x.status === 'gold').slice(0, 3)) expect(page).toContain(p.name);
    expect(html).toContain('action="/partners/search/"');
  });

  it('offers search examples that each find a listed partner', async () => {
    const { text: html } = await get('/');
    const placeholder = /<input id="hero-q"[^>]*placeholder="([^"]*)"/.exec(html)?.[1] ?? '';
    const examples = [...placeholder.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
    expect(examples.length).toBe(3);
    for (const example of examples) {
      const found = text((await get(`/partners/search/?q=${encodeURIComponent(example)}`)).text);
      expect({ example, found: /(\d+) partners?\b/.exec(found)?.[1] }).not.toMatchObject({ found: undefined });
      expect({ example, none: found.includes('No partners match') }).toEqual({ example, none: false });
    }
  });

  it('names the statuses and the featured ones from the rules', async () => {
    const page = text((await get('/')).text);
    const names = content.rules.statuses.map((s) => s.name);
    expect(page).toContain(`The ${content.rules.info.name}: ${new Intl.ListFormat('en-GB').format(names)}`);
    const featured = content.rules.statuses.filter((s) => s.listing === 'featured').map((s) => s.name);
    expect(page).toContain(`Featured ${new Intl.ListFormat('en-GB').format(featured)} partners`);
  });

  it('lists countries with partner counts linking to their pages', async () => {
    const { text: html } = await get('/');
    const de = listed().filter((p) => p.country === 'DE').length;
    expect(text(html)).toContain(`Germany ${de}`);
    expect(html).toContain('href="/partners/de/"');
  });
});

describe('directory', () => {
  it('shows Silver and Gold partners only, Gold first, with a result count', async () => {
    const { text: html } = await get('/partners/');
    expect(text(html)).toContain(`${listed().length} partners, showing 1–24`);
    const names = [...html.matchAll(/<h2><a href="\/partners\/([^/]+)\/"/g)].map((m) => m[1]);
    const statuses = names.map((slug) => content.partners.find((p) => p.slug === slug)?.status);
    expect(statuses.indexOf('silver')).toBeGreaterThan(statuses.lastIndexOf('gold'));
    expect(statuses).not.toContain('bronze');
  });

  it('has a static page per country and status, with counts per option', async () => {
    const { status, text: html } = await get('/partners/de/');
    expect(status).toBe(200);
    const germans = listed().filter((p) => p.country === 'DE');
    expect(text(html)).toContain(`Partners in Germany`);
    expect(text(html)).toContain(`${germans.length} partners`);
    for (const p of germans) expect(html).toContain(`/partners/${p.slug}/`);
    expect(optionCount(html, 'status', 'gold')).toBe(germans.filter((p) => p.status === 'gold').length);
    const gold = await get('/partners/gold/');
    expect(text(gold.text)).toContain(`${listed().filter((p) => p.status === 'gold').length} partners`);
  });

  it('renders any other combination on demand, and an empty state', async () => {
    const { text: html } = await get('/partners/search/?country=us&service=telephony');
    const expected = listed().filter((p) => p.country === 'US' && p.services.includes('telephony'));
    expect(expected.length).toBeGreaterThan(0);
    expect(text(html)).toContain(expected.length === 1 ? '1 partner' : `${expected.length} partners`);
    const none = await get('/partners/search/?country=jp&service=telephony');
    expect(text(none.text)).toContain('No partner matches all of that');
    expect(none.text).toContain('Remove “Japan”');
  });

  it('searches free text', async () => {
    const { text: html } = await get('/partners/search/?q=Munich');
    expect(text(html)).toContain('Isartal Systems GmbH');
    expect(text(html)).toMatch(/1 partner\b/);
  });

  it('reads words naming a status, a service and a country as filters: chips that remove them, all in the heading', async () => {
    const { text: html } = await get('/partners/search/?q=gold+training+germany');
    const expected = listed().filter((p) => p.status === 'gold' && p.services.includes('training') && p.country === 'DE');
    expect(expected.length).toBeGreaterThan(0);
    expect(html).toMatch(/<h1[^>]*>Gold partners for Training in Germany<\/h1>/);
    expect(text(html)).toContain(expected.length === 1 ? '1 partner' : `${expected.length} partners`);
    for (const p of expected) expect(html).toContain(`/partners/${p.slug}/`);
    expect(html).toMatch(/<a class="chip" href="\/partners\/search\/\?q=training\+germany"[^>]*>Gold /);
    expect(html).toMatch(/<a class="chip" href="\/partners\/search\/\?q=gold\+germany"[^>]*>Training /);
    expect(html).toMatch(/<a class="chip" href="\/partners\/search\/\?q=gold\+training"[^>]*>Germany /);
    expect(html).toMatch(/<option value="gold" selected/);
  });

  it('finds what a misspelling, another spelling or another language means, and offers the spelling', async () => {
    const typo = await get('/partners/search/?q=Isartall');
    expect(text(typo.text)).toContain('Isartal Systems GmbH');
    expect(text(typo.text)).toContain('Did you mean “isartal”');
    expect(typo.text).toContain('href="/partners/search/?q=isartal"');
    for (const q of ['M%C3%BCnchen', 'Munchen']) {
      const page = text((await get(`/partners/search/?q=${q}`)).text);
      expect(page).toContain('Partners in Munich');
      expect(page).toContain('Isartal Systems GmbH');
    }
    expect(text((await get('/partners/search/?q=Bluebonet')).text)).toContain('Bluebonnet Cloudworks LLC');
    expect(text((await get('/partners/search/?q=Hamburgh')).text)).toContain('Elbkante IT GmbH');
    expect(text((await get('/partners/search/?q=Mexiko')).text)).toContain('Partners in Mexico');
  });

  it('says when nothing matched every word and it shows partners matching some', async () => {
    const page = text((await get('/partners/search/?q=Isartal+Bluebonnet')).text);
    expect(page).toContain('No partner matches every word of “Isartal Bluebonnet”, so these match some of them.');
    expect(page).toContain('Isartal Systems GmbH');
    expect(page).toContain('Bluebonnet Cloudworks LLC');
  });

  it('paginates and never grows a page beyond 24 partners', async () => {
    const two = await get('/partners/page/2/');
    expect(two.status).toBe(200);
    expect([...two.text.matchAll(/class="card partner-card/g)].length).toBe(Math.min(24, listed().length - 24));
    expect(two.text).toContain('rel="prev"');
  });

  it('serves the form and results alone for the in-page script, not as a page to index', async () => {
    const { status, headers, text: html } = await get('/partners/results/?country=de&service=training');
    expect(status).toBe(200);
    expect(headers.get('x-robots-tag')).toBe('noindex');
    expect(html).not.toMatch(/<html|<head[ >]|<script/);
    expect(html).toMatch(/<h1[^>]*>Partners for Training in Germany<\/h1>/);
    expect(html).toContain('data-canonical="/partners/search/?country=de&amp;service=training"');
  });

  it('names every filter value it does not understand instead of showing the whole list', async () => {
    const { status, text: html } = await get('/partners/search/?country=zz&status=platinum&page=-3');
    expect(status).toBe(400);
    const page = text(html);
    for (const value of ['‘zz’ is not a country code', 'There is no status ‘platinum’', '‘-3’ is not a page number']) expect(page).toContain(value);
    expect(page).not.toContain(`${listed().length} partners`);
  });
});

describe('partner page', () => {
  it('shows the public profile with JSON-LD and Open Graph tags', async () => {
    const partner = listed().find((p) => p.slug === 'isartal-systems');
    const { status, text: html } = await get('/partners/isartal-systems/');
    expect(status).toBe(200);
    const page = text(html);
    for (const value of [partner?.name, partner?.city, 'Germany', partner?.email, partner?.phone, 'Gold']) expect(page).toContain(value);
    // A partner file holds private program data too: when it last changed is not public.
    expect(page).not.toContain('Last updated');
    const head = html.slice(0, html.indexOf('</head>'));
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)?.[1] ?? '{}');
    expect(ld).toMatchObject({ '@type': 'Organization', name: partner?.name, url: partner?.website, address: { addressCountry: 'DE' } });
    expect(html).toContain(`<meta property="og:title" content="${partner?.name}"`);
  });

  it('shows no date: when a partner file changed can be a private change', async () => {
    for (const partner of listed()) {
      const page = text((await get(`/partners/${partner.slug}/`)).text);
      expect({ slug: partner.slug, updated: page.includes('Last updated') }).toEqual({ slug: partner.slug, updated: false });
      expect(page).not.toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
    }
    // Docs pages keep theirs.
    expect(text((await get('/program/nfr/')).text)).toMatch(/Last updated \d{1,2} \w+ \d{4}/);
  });

  it('links to more partners only when there are others, saying how many', async () => {
    const seen = new Set<string>();
    for (const partner of listed()) {
      const html = (await get(`/partners/${partner.slug}/`)).text;
      const link = /<a href="([^"]*)"[^>]*>(\d+ more [^<]*) →<\/a>/.exec(html);
      const others = listed().filter((p) => p.country === partner.country && p.slug !== partner.slug);
      const sameStatus = others.filter((p) => p.status === partner.status);
      const country = partner.country.toLowerCase();
      const statusName = content.rules.statuses.find((s) => s.id === partner.status)?.name;
      const countryName = countryOf(partner.country);
      const plural = (n: number) => (n === 1 ? 'partner' : 'partners');
      const expected = sameStatus.length > 0
        ? [`/partners/search/?country=${country}&amp;status=${partner.status}`, `${sameStatus.length} more ${statusName} ${plural(sameStatus.length)} in ${countryName}`]
        : others.length > 0 ? [`/partners/${country}/`, `${others.length} more ${plural(others.length)} in ${countryName}`] : null;
      expect({ slug: partner.slug, link: link ? [link[1], link[2]] : null }).toEqual({ slug: partner.slug, link: expected });
      if (expected) seen.add(expected[0]?.startsWith('/partners/search/') ? 'status' : 'country');
      else seen.add('none');
      // The list it leads to holds other partners than this one.
      if (link?.[1]) {
        const list = (await get(link[1].replace(/&amp;/g, '&'))).text;
        const slugs = [...list.matchAll(/<h2><a href="\/partners\/([^/]+)\/"/g)].map((m) => m[1]).filter((s) => s !== partner.slug);
        expect(slugs.length, partner.slug).toBe(Number(/^\d+/.exec(link[2] ?? '')?.[0]));
      }
    }
    // The shipped content has partners of all three kinds, so each branch ran.
    expect([...seen].sort()).toEqual(['country', 'none', 'status']);
  });

  it('does not exist for Bronze partners', async () => {
    const bronze = content.partners.find((p) => p.status === 'bronze');
    expect((await get(`/partners/${bronze?.slug}/`)).status).toBe(404);
  });
});

describe('docs', () => {
  it('have a sidebar, a table of contents, anchors, previous/next and an edit link', async () => {
    const { status, text: html } = await get('/program/nfr/');
    expect(status).toBe(200);
    expect(html).toContain('aria-label="Program docs"');
    expect(html).toContain('href="#cloud-subscription"');
    expect(html).toContain('id="cloud-subscription"');
    expect(html).toContain('href="https://git.example.org/partner-hub/edit/main/content/docs/en/nfr.md"');
    expect(html).toMatch(/rel="prev"[\s\S]*Leads/);
    expect(html).toMatch(/rel="next"[\s\S]*Bonuses/);
  });

  it('link to each other by page id, resolved to the pages\' addresses', async () => {
    const joining = (await get('/program/joining/')).text;
    expect(joining).toContain('<a href="/program/statuses/#bronze">Bronze</a>');
    expect(joining).not.toMatch(/href="\.{0,2}\/?[a-z-]+\.md/);
    const home = (await get('/program/')).text;
    expect(home).toContain('<a href="/program/nfr/">NFR copies</a>');
    const statuses = (await get('/program/statuses/')).text;
    expect(statuses).toContain('<a href="#how-we-read-the-rules">How we read the rules</a>');
  });

  it('show every figure from the rules in the statuses table', async () => {
    const { text: html } = await get('/program/statuses/');
    const page = text(html);
    for (const figure of ['$/€2,500', '$/€5,000', '$/€10,000', '$/€15,000', '40%', '50%']) expect(page).toContain(figure);
    expect(html).toMatch(/<th scope="col"[^>]*>[\s\S]*Bronze[\s\S]*Silver[\s\S]*Gold/);
  });
});

describe('calculator', () => {
  const post = (body: string) => get('/check/', { method: 'POST', body: new URLSearchParams(body), headers: { Origin: base } });

  it('answers a plain form post with what is met and missing', async () => {
    const { status, text: html } = await post('status=bronze&sales=2000&clients=1&course=tutorial&endorsement=website');
    expect(status).toBe(200);
    const page = text(html);
    expect(page).toContain('Not yet Silver');
    expect(page).toContain('To do: sell $/€500 more');
    expect(page).toContain('To do: sell to 1 more client');
    expect(html).toContain('aria-valuetext="$/€2,000 of $/€2,500"');
  });

  it('says in German what is still to do, as things to do', async () => {
    const { status, text: html } = await get('/de/check/', { method: 'POST', body: new URLSearchParams('status=bronze&sales=2.000&clients=1&course=tutorial&endorsement=website'), headers: { Origin: base } });
    expect(status).toBe(200);
    const page = text(html);
    expect(page).toContain('Noch zu tun: weitere $/€500 Umsatz erzielen');
    expect(page).toContain('Noch zu tun: an einen weiteren Kunden verkaufen');
    expect(page).toContain('Noch zu tun: die Produkte auf Ihren Social-Media-Kanälen bewerben');
  });

  it('says when every requirement is met', async () => {
    const { text: html } = await post('status=bronze&sales=2600&clients=2&course=tutorial&course=sales&endorsement=website&endorsement=social&firstLineSupport=yes');
    expect(text(html)).toContain('You qualify for Silver');
  });

  it('reads figures typed either way, and asks about one that reads two ways', async () => {
    const all = '&clients=2&course=tutorial&course=sales&endorsement=website&endorsement=social&firstLineSupport=yes';
    expect(text((await post(`status=bronze&sales=${encodeURIComponent('2.600,50')}${all}`)).text)).toContain('You qualify for Silver');
    expect(text((await post(`status=bronze&sales=${encodeURIComponent('€2.600')}${all}`)).text)).toContain('You qualify for Silver');
    const { text: html } = await post(`status=bronze&sales=2.600${all}`);
    expect(/<p class="error" id="sales-error"[^>]*>([^<]*)<\/p>/.exec(html)?.[1]).toBe('“2.600” can be read two ways: did you mean 2600 or 2.6? Type the one you meant.');
    expect(html).toMatch(/<input id="sales" name="sales" type="text" inputmode="decimal"[^>]*aria-invalid="true"/);
    expect(text(html)).not.toContain('You qualify');
  });

  it('gives the discount with what a higher one still takes', async () => {
    const { text: html } = await post('status=bronze&sales=0&clients=0');
    expect(text(html)).toContain('As Bronze your discount is 0% now; 20% once this is done: Partner Program Tutorial completed.');
    const done = await post('status=bronze&sales=0&clients=0&course=tutorial');
    expect(text(done.text)).toContain('As Bronze your discount is 20%.');
  });

  it('keeps its script inside the document', async () => {
    const { text: html } = await get('/check/');
    expect(html.slice(html.lastIndexOf('</html>'))).not.toContain('<script');
    expect(html).toMatch(/<script type="module"[^>]*>[\s\S]*<\/body>/);
  });

  it('shows a long or repeated answer back short, and ignores unknown fields', async () => {
    const long = '9'.repeat(5000);
    const { status, text: html } = await post(`status=bronze&sales=${long}&${'course=tutorial&'.repeat(50)}zzz=${long}`);
    expect(status).toBe(200);
    expect(html).not.toContain('9'.repeat(41));
    expect(html).toContain('Enter your sales in the last 12 months as a number of 0 or more, like 2500.');
  });

  it('explains wrong answers next to the field', async () => {
    const { text: html } = await post('status=bronze&sales=lots&clients=1.5');
    expect(text(html)).toContain('Enter your sales in the last 12 months as a number of 0 or more, like 2500.');
    expect(text(html)).toContain('Enter the number of clients as a whole number, like 3.');
    expect(html).toContain('aria-invalid="true"');
  });
});

describe('open data and the rest', () => {
  it('publishes the directory as JSON and CSV', async () => {
    const json = JSON.parse((await get('/partners.json')).text);
    expect(json.count).toBe(listed().length);
    expect(Object.keys(json.partners[0]).sort()).toEqual(['address', 'city', 'country', 'email', 'languages', 'name', 'phone', 'services', 'slug', 'status', 'url', 'website']);
    const csv = (await get('/partners.csv')).text.trim().split('\r\n');
    expect(csv[0]).toBe('slug,name,status,country,city,address,website,email,phone,languages,services,url');
    expect(csv).toHaveLength(listed().length + 1);
  });

  it('has a sitemap with country pages, robots.txt, a 404 page and /healthz', async () => {
    const sitemap = (await get('/sitemap.xml')).text;
    expect(sitemap).toContain('/partners/de/</loc>');
    expect(sitemap).toContain('/program/nfr/</loc>');
    expect((await get('/robots.txt')).text).toContain('Sitemap: ');
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(text(missing.text)).toContain("We couldn't find that page");
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toMatchObject({ status: 'ok', partners: listed().length });
  });

  it('lets crawlers reach every page the sitemap lists, in every language, and keeps them off searches and the switcher', async () => {
    const robots = (await get('/robots.txt')).text;
    const closed = [...robots.matchAll(/^Disallow: (\S+)$/gm)].map((m) => m[1] ?? '');
    const listed = [...(await get('/sitemap.xml')).text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(listed).toContain('/de/check/');
    expect(listed.filter((p) => closed.some((c) => p.startsWith(c)))).toEqual([]);
    for (const path of ['/partners/search/', '/de/partners/search/', '/partners/results/', '/language/']) expect(closed).toContain(path);
  });

  it('compresses responses', async () => {
    const response = await fetch(`${base}/partners/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the same page to a client that takes br, gzip or no encoding at all, twice', async () => {
    const raw = (encoding?: string) => new Promise<{ encoding?: string; body: string }>((resolve, reject) => {
      http.get(`${base}/partners/isartal-systems/`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const used = res.headers['content-encoding'];
          resolve({ encoding: used, body: (used === 'br' ? brotliDecompressSync(body) : used === 'gzip' ? gunzipSync(body) : body).toString('utf8') });
        });
      }).on('error', reject);
    });
    const [br, gzip, none, again] = [await raw('br'), await raw('gzip'), await raw(), await raw()];
    expect([br.encoding, gzip.encoding, none.encoding]).toEqual(['br', 'gzip', undefined]);
    expect(none.body).toContain('Isartal Systems GmbH');
    expect(gzip.body).toBe(none.body);
    expect(br.body).toBe(none.body);
    expect(again.body).toBe(none.body);
  });
});
