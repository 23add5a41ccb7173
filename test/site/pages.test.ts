/** The served site, page by page, as a browser without JavaScript gets it. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../content/index.ts';
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

/** The visible text of some HTML, roughly: tags dropped, whitespace folded. */
const text = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').replace(/ ([,.])/g, '$1');

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
    expect(html).toContain('href="https://git.example.org/partner-hub/edit/main/content/docs/nfr.md"');
    expect(html).toMatch(/rel="prev"[\s\S]*Leads/);
    expect(html).toMatch(/rel="next"[\s\S]*Bonuses/);
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
    expect(page).toContain('Missing: $/€500 more in sales');
    expect(page).toContain('Missing: sales to 1 more client');
    expect(html).toContain('aria-valuetext="$/€2,000 of $/€2,500"');
  });

  it('says when every requirement is met', async () => {
    const { text: html } = await post('status=bronze&sales=2600&clients=2&course=tutorial&course=sales&endorsement=website&endorsement=social&firstLineSupport=yes');
    expect(text(html)).toContain('You qualify for Silver');
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

  it('compresses responses', async () => {
    const response = await fetch(`${base}/partners/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });
});
