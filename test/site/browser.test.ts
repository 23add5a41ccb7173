/**
 * The site in a real browser (Debian's chromium): filters and search with and without
 * JavaScript, shareable URLs, the calculator, keyboard use, axe, and untrusted content.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { launchBrowser } from './browser.ts';

const base = inject('baseUrl');
/** The languages' prefixes ('' for English), from the home page's alternates. */
const LANGUAGES = [...(await (await fetch(`${base}/`, { headers: { cookie: 'lang=en' } })).text()).matchAll(/<link rel="alternate" hreflang="(?!x-default")[^"]+" href="([^"]+)"/g)]
  .map((m) => new URL(m[1] ?? '').pathname.replace(/^\/|\/$/g, ''));
let browser: Browser;
let axeSource: string;

beforeAll(async () => {
  browser = await launchBrowser();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, javaScriptEnabled = true, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport });
  const page = await context.newPage();
  await page.goto(base + path);
  return page;
}

const resultCount = (page: Page) => page.locator('#results-count').innerText();

describe('directory without JavaScript', () => {
  it('filters by country and service through the form, to a shareable URL', async () => {
    const page = await open('/partners/', false);
    await page.selectOption('#filter-country', 'us');
    await page.selectOption('#filter-service', 'telephony');
    await page.getByRole('button', { name: 'Show partners' }).click();
    await page.waitForURL(/\/partners\/search\/\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ country: 'us', service: 'telephony' });
    expect(await resultCount(page)).toMatch(/^1 partner/);
    await expect(page.getByRole('heading', { name: 'Front Range Telecom Partners LLC' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('finds a Gold partner in a country through the static country page', async () => {
    const page = await open('/partners/de/', false);
    await page.selectOption('#filter-status', 'gold');
    await page.getByRole('button', { name: 'Show partners' }).click();
    await page.waitForURL(/status=gold/);
    await page.getByRole('link', { name: 'Isartal Systems GmbH' }).click();
    await page.waitForURL(/\/partners\/isartal-systems\/$/);
    expect(await page.locator('h1').innerText()).toBe('Isartal Systems GmbH');
    await page.context().close();
  });
});

describe('directory with JavaScript', () => {
  it('filters instantly in the page and keeps the URL shareable', async () => {
    const page = await open('/partners/');
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await page.selectOption('#filter-country', 'de');
    await page.waitForURL(/\/partners\/de\/$/);
    await expect.poll(() => resultCount(page)).toMatch(/^2 partners/);
    // The same document: nothing was reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.selectOption('#filter-service', 'training');
    await page.waitForURL(/country=de&service=training/);
    const shared = page.url();
    await page.fill('#filter-q', 'Munich');
    await expect.poll(() => resultCount(page)).toMatch(/^1 partner/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // The shared URL opens the same state in a fresh page, filters selected.
    const other = await open(new URL(shared).pathname + new URL(shared).search);
    expect(await other.inputValue('#filter-country')).toBe('de');
    expect(await other.inputValue('#filter-service')).toBe('training');
    await other.context().close();

    await page.goBack();
    await expect.poll(() => page.inputValue('#filter-service')).toBe('');
    await page.context().close();
  });

  it('reads a search of words naming filters in place, chips and heading included', async () => {
    const page = await open('/partners/');
    await page.fill('#filter-q', 'gold training germany');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Gold partners for Training in Germany');
    expect((await page.locator('.active-filters .chip').allInnerTexts()).map((c) => c.split(/\s/)[0])).toEqual(['Gold', 'Training', 'Germany']);
    await page.locator('.active-filters .chip', { hasText: 'Training' }).click();
    await page.waitForURL(/q=gold\+germany/);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Gold partners in Germany');
    await page.context().close();
  });

  it('ships little JavaScript and loads no search data before a search', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script' || r.resourceType() === 'fetch') scripts.push(r.url()); });
    await page.goto(`${base}/partners/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((u) => !u.endsWith('.js'))).toEqual([]);
    await context.close();
  });
});

describe('calculator', () => {
  it('answers as you type with JavaScript', async () => {
    const page = await open('/check/');
    await page.fill('#sales', '2600');
    await page.fill('#clients', '2');
    await page.getByLabel('Partner Program Tutorial').check();
    await page.getByLabel('Partner Sales Course').check();
    await page.getByLabel('On our website').check();
    await page.getByLabel('On our social media').check();
    await expect.poll(() => page.locator('#check-result').innerText()).toContain('Not yet');
    await page.getByLabel('We give clients first-line support by e-mail and phone').check();
    await expect.poll(() => page.locator('#check-result').innerText()).toContain('You qualify for');
    expect(new URL(page.url()).pathname).toBe('/check/');
    await page.context().close();
  });

  it('posts nothing while the form is as it came, so the page does not change under the reader', async () => {
    const page = await open('/check/');
    const posts: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    expect(posts).toEqual([]);
    await page.fill('#sales', '2600');
    await expect.poll(() => page.locator('#check-result').innerText()).toContain('Not yet');
    expect(posts.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('answers for the answers the browser kept when the reader comes back to the page', async () => {
    const page = await open('/check/');
    const result = () => page.locator('#check-result').innerText();
    // Choices, which the browser keeps (the figures' fields are autocomplete="off": it keeps none of them).
    await page.getByLabel('On our website').check();
    await expect.poll(result).toContain('Not yet');
    const before = await result();
    await page.getByLabel('Partner Program Tutorial').check();
    await expect.poll(result).not.toBe(before);
    const answer = await result();
    await page.goto(`${base}/program/`);
    await page.goBack();
    expect(await page.getByLabel('Partner Program Tutorial').isChecked()).toBe(true);
    await expect.poll(result).toBe(answer);
    await page.context().close();
  });

  it('asks which reading of an ambiguous figure was meant, next to the field, as you type', async () => {
    const page = await open('/check/');
    await page.fill('#sales', '2.600');
    await expect.poll(() => page.locator('#sales-error').count()).toBe(1);
    expect(await page.locator('#sales-error').innerText()).toBe('“2.600” can be read two ways: did you mean 2600 or 2.6? Type the one you meant.');
    expect(await page.getAttribute('#sales', 'aria-invalid')).toBe('true');
    await page.fill('#sales', '2.600,00');
    await expect.poll(() => page.locator('#sales-error').count()).toBe(0);
    expect(await page.getAttribute('#sales', 'aria-invalid')).toBeNull();
    await page.context().close();
  });

  it('works as a plain form post without JavaScript', async () => {
    const page = await open('/check/', false);
    await page.fill('#sales', '1000');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForLoadState();
    expect(await page.locator('#check-result').innerText()).toContain('To do: sell $/€1,500 more');
    await page.context().close();
  });
});

describe('narrow screens (390 px)', () => {
  const phone = { width: 390, height: 844 };
  const docs = ['/program/', '/program/statuses/', '/program/penalties/', '/program/nfr/'];

  it.each(['/', '/partners/', '/partners/isartal-systems/', '/check/', ...docs])('%s does not scroll sideways', async (path) => {
    const page = await open(path, true, phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.context().close();
  });

  it('keep the header compact, with the navigation behind a Menu button', async () => {
    const page = await open('/program/statuses/', false, phone);
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(72);
    expect(await page.getByRole('link', { name: 'Find a partner' }).isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    expect(await page.getByRole('link', { name: 'Find a partner' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search partners' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('fold the docs menu so the page starts on the first screen', async () => {
    const page = await open('/program/statuses/', false, phone);
    expect((await page.locator('h1').boundingBox())?.y).toBeLessThan(phone.height / 3);
    const menuLink = page.locator('.docs-menus').getByRole('link', { name: 'Client tracking', exact: true });
    expect(await menuLink.first().isVisible()).toBe(false);
    expect(await menuLink.last().isVisible()).toBe(false);
    await page.locator('.docs-menu summary').click();
    await menuLink.last().click();
    await page.waitForURL(/\/program\/client-tracking\/$/);
    await page.context().close();
  });

  it('scroll the statuses table inside its own box, and say so', async () => {
    const page = await open('/program/statuses/', false, phone);
    const box = page.locator('.status-table .table-wrap');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.getByText('Scroll the table sideways to see every status').isVisible()).toBe(true);
    // At full width the table fits, and the hint is gone.
    const wide = await open('/program/statuses/', false);
    expect(await wide.getByText('Scroll the table sideways to see every status').isVisible()).toBe(false);
    await wide.context().close();
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('starts with a skip link, shows focus, and reaches the filters and a partner', async () => {
    const page = await open('/partners/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    let reached = '';
    for (let i = 0; i < 12 && reached !== 'filter-country'; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(reached).toBe('filter-country');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.focus('.partner-card h2 a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/partners\/[a-z0-9-]+\/$/);
    expect(await page.locator('h1').count()).toBe(1);
    await page.context().close();
  });
});

describe('accessibility (axe)', () => {
  // Every kind of page in every language, at full width; on a phone, a few of them, and a docs page each
  // language has (German's nfr) and one it shows in English (the test content's German penalties page).
  const pages = LANGUAGES.flatMap((prefix) => PAGE_KINDS.map((k) => `${prefix ? `/${prefix}` : ''}${k.path}`));
  const cases: [string, number][] = [
    ...[...pages, '/de/program/nfr/', '/de/program/penalties/'].map((p): [string, number] => [p, 1280]),
    ['/', 390], ['/program/statuses/', 390], ['/de/program/nfr/', 390], ['/es/partners/', 390], ['/pt-br/check/', 390],
  ];
  it('covers every language the site has', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(4);
    expect(pages).toContain('/pt-br/request/?partner=isartal-systems');
  });
  it.each(cases)('%s at %i px has no violations', async (path, width) => {
    const page = await open(path, true, { width, height: 900 });
    // With the menus open (on a phone, they are what shows).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('untrusted content', () => {
  it('never runs a script or event handler from a description', async () => {
    const page = await open('/partners/hostile-script-labs/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    // Raw HTML is dropped and a javascript: link loses its target; click whatever is left.
    for (const element of await page.locator('.prose a, .prose p').all()) await element.click({ timeout: 2000 });
    await page.waitForTimeout(200);
    expect(page.url()).toBe(`${base}/partners/hostile-script-labs/`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const about = await page.locator('.prose').first().innerHTML();
    expect(about).not.toMatch(/<script|\son\w+=|href="javascript:|<iframe|style=/i);
    expect(await page.locator('h1').innerText()).toContain("<script>window.__xss = 'name'</script>");
    await page.context().close();
  });
});
