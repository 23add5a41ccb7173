/**
 * Private program data never reaches the public site: everything a visitor can download (every
 * page the site links to, crawled from the home page and the sitemap, the build's scripts and
 * styles, searches, the calculator) is searched for every private value of every partner, and for
 * every Bronze partner's name. Implementation requests sent through the form before the crawl leave
 * no contact detail anywhere either: not in any page, search, open data, nor on their own private
 * pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../content/index.ts';
import type { Content } from '../../content/index.ts';
import { crawlSite } from './crawl.ts';
import { postForm, privatePath, requestBody } from './request-form.ts';

/** Contact details of requests sent before the crawl: none may appear anywhere. */
const CLIENTS = [
  { name: 'Zofia Quellbrunn-Ostrowska', company: 'Quellbrunn Spedition Sp. z o.o.', email: 'zofia.quellbrunn@spedition.example', phone: '+48 61 555 02 34', country: 'PL', city: 'Poznań', kind: 'integration', language: 'pl' },
  { name: 'Teodoro Almagrave', company: 'Almagrave Ferreterías SL', email: 'teodoro@almagrave.example', phone: '+34 955 55 01 88', country: 'ES', city: 'Sevilla', kind: 'training', language: 'es' },
];
/** The phone numbers as the store writes them (international format) and as typed. */
const phoneForms = (phone: string) => [phone, phone.replace(/\s/g, '')];

let content: Content;
let output: { file: string; text: string }[];

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return files.flat();
}

beforeAll(async () => {
  content = await loadContent({ dir: inject('contentDir') });
  const outDir = inject('outDir');
  // Everything a visitor can download: the built files served as they are...
  const files = (await walk(path.join(outDir, 'client'))).filter((f) => /\.(html|json|csv|js|mjs|xml|txt|css|map|svg)$/.test(f));
  output = await Promise.all(files.map(async (file) => ({ file: path.relative(outDir, file), text: await readFile(file, 'utf8') })));
  // Requests with contact details, sent as a client would, and their private pages.
  const base = inject('baseUrl');
  const privatePages: string[] = [];
  for (const client of CLIENTS) {
    const response = await postForm(base, '/request/', requestBody(client));
    expect(response.status).toBe(303);
    privatePages.push(privatePath(response));
  }
  // ...and every page, rendered on demand: all the site links to, and a few it does not.
  const { visited } = await crawlSite(base, 'http://localhost:4321');
  const pages = [
    ...visited,
    '/partners/search/?country=nl&service=integration', '/partners/search/?status=silver&language=en', '/healthz', '/check/',
    ...content.partners.filter((p) => p.status !== 'bronze').map((p) => `/partners/${p.slug}/`),
    ...privatePages, ...privatePages.map((p) => `${p}?sent=1`), '/request/',
  ];
  for (const page of new Set(pages)) output.push({ file: page, text: await (await fetch(base + page)).text() });
  expect(output.length).toBeGreaterThan(50);
});

/** The files of the build that contain `value`. */
const foundIn = (value: string) => output.filter((o) => o.text.includes(value)).map((o) => o.file);

/**
 * Every YYYY-MM-DD written anywhere in the output, read once: the site in every language is a lot
 * of text to scan for each of hundreds of dates, and a test that keeps the process busy for
 * seconds lets the server's idle connections time out under the next test's requests.
 */
let dates: Set<string> | undefined;
const shownDates = () => (dates ??= new Set(output.flatMap((o) => [...o.text.matchAll(/(?=(\d{4}-\d{2}-\d{2}))/g)].map((m) => m[1] ?? ''))));

describe('the built site', () => {
  it('holds no sales client, and no sale amount with its client', () => {
    for (const partner of content.partners) {
      for (const sale of partner.program.sales) {
        expect({ client: sale.client, files: foundIn(sale.client) }).toEqual({ client: sale.client, files: [] });
      }
    }
  });

  it('holds no Telegram id', () => {
    for (const id of content.partners.flatMap((p) => p.program.telegram)) expect({ id, files: foundIn(id) }).toEqual({ id, files: [] });
  });

  it('holds no program date', () => {
    for (const partner of content.partners) {
      const p = partner.program;
      const dates = [
        p.applied, p.approved, p.statusSince, p.lastReview, p.caseStudy, p.marketingPlan, p.productPresentation,
        ...Object.values(p.courses), ...Object.values(p.endorsements),
        ...p.sales.map((s) => s.date), ...p.nfr.map((n) => n.claimed), ...p.bonuses.map((b) => b.credited),
      ].filter((d): d is string => Boolean(d) && d !== content.rules.info.effective);
      for (const date of new Set(dates)) expect({ slug: partner.slug, date, files: shownDates().has(date) ? foundIn(date) : [] }).toEqual({ slug: partner.slug, date, files: [] });
    }
  });

  it('holds no Bronze partner', () => {
    for (const partner of content.partners.filter((p) => p.status === 'bronze')) {
      for (const value of [partner.name, `/partners/${partner.slug}/`, partner.email, partner.website].filter((v): v is string => Boolean(v))) {
        expect({ value, files: foundIn(value) }).toEqual({ value, files: [] });
      }
    }
  });

  it('finds no request when searched for a client: the page echoes what was asked, nothing more', async () => {
    const base = inject('baseUrl');
    for (const client of CLIENTS) {
      for (const q of [client.name, client.email, client.company, client.city]) {
        const html = await (await fetch(`${base}/partners/search/?q=${encodeURIComponent(q)}`)).text();
        const others = [client.name, client.company, client.email, ...phoneForms(client.phone)].filter((v) => v !== q);
        expect({ q, leaked: others.filter((v) => html.includes(v)) }).toEqual({ q, leaked: [] });
      }
    }
  });

  it('finds nothing when searched for a private client or a Bronze partner', async () => {
    const base = inject('baseUrl');
    const values = [
      ...content.partners.filter((p) => p.status === 'bronze').map((p) => p.name),
      ...content.partners.flatMap((p) => p.program.sales.map((s) => s.client)).slice(0, 40),
    ];
    let results = 0;
    for (const value of values) {
      const html = await (await fetch(`${base}/partners/search/?q=${encodeURIComponent(value)}`)).text();
      const shown = [...html.matchAll(/<h2><a href="\/partners\/([^/]+)\/"/g)].map((m) => m[1]);
      // The cards found are the ones the page counts: a change of the result markup fails here
      // rather than leaving nothing to check.
      const count = /<p id="results-count"[^>]*>\s*(No partners match|1 partner|(\d+) partners)/.exec(html);
      expect({ value, counted: Boolean(count) }).toEqual({ value, counted: true });
      const total = count?.[1] === 'No partners match' ? 0 : count?.[1] === '1 partner' ? 1 : Number(count?.[2]);
      expect({ value, shown: shown.length }).toEqual({ value, shown: Math.min(total, 24) });
      results += shown.length;
      for (const slug of shown) expect({ value, slug, status: content.partners.find((p) => p.slug === slug)?.status }).not.toMatchObject({ status: 'bronze' });
      expect(html).not.toContain('/partners/' + (content.partners.find((p) => p.name === value)?.slug ?? '\0') + '/"');
    }
    // Some of these searches show partners (a word such as "GmbH" is in listed names too), so the
    // status of what is shown was checked at least once.
    expect(results).toBeGreaterThan(0);
  });

  it('holds no contact detail of an implementation request, not even on its private page', () => {
    expect(output.some((o) => o.file.startsWith('/request/') && o.text.includes('Your request R-'))).toBe(true);
    for (const client of CLIENTS) {
      for (const value of [client.name, client.company, client.email, ...phoneForms(client.phone)]) {
        expect({ value, files: foundIn(value) }).toEqual({ value, files: [] });
      }
    }
  });

  it('finds no request when searched for a client: the page echoes what was asked, nothing more', async () => {
    const base = inject('baseUrl');
    for (const client of CLIENTS) {
      for (const q of [client.name, client.email, client.company, client.city]) {
        const html = await (await fetch(`${base}/partners/search/?q=${encodeURIComponent(q)}`)).text();
        const others = [client.name, client.company, client.email, ...phoneForms(client.phone)].filter((v) => v !== q);
        expect({ q, leaked: others.filter((v) => html.includes(v)) }).toEqual({ q, leaked: [] });
      }
    }
  });

  it('and the check itself can fail: a public value is found', () => {
    const gold = content.partners.find((p) => p.status === 'gold');
    expect(foundIn(gold?.name ?? 'x').length).toBeGreaterThan(0);
  });
});
