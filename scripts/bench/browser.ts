/** Measurements in Chromium against the served site: JavaScript and HTML per page, and a first search. */
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';

/** What one page costs a visitor. */
export interface PageWeight {
  path: string;
  /** JavaScript transferred or inlined, gzipped bytes. */
  jsGzip: number;
  /** The HTML document, gzipped bytes as transferred. */
  htmlGzip: number;
  htmlRaw: number;
}

/** A first search on the directory, as a visitor types it. */
export interface FirstSearch {
  /** Bytes transferred for the search (everything fetched after typing). */
  bytes: number;
  /** From the request leaving the browser to the results on screen, ms. */
  answerMs: number;
  /** The same, including the typing pause the page waits for before searching, ms. */
  withPauseMs: number;
}

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

async function inlineScriptGzip(page: Page): Promise<number> {
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')]
    .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
    .map((s) => s.textContent ?? '').join(''));
  return inline ? gzipSync(inline).length : 0;
}

/** Weighs each page: scripts (external and inline) and the document, gzipped. */
export async function weighPages(base: string, paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await launch();
  const out: PageWeight[] = [];
  for (const path of paths) {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((b) => gzipSync(b).length));
    });
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    const html = (await response?.body()) ?? Buffer.alloc(0);
    out.push({ path, jsGzip: (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + (await inlineScriptGzip(page)), htmlGzip: gzipSync(html).length, htmlRaw: html.length });
    await page.close();
  }
  await browser.close();
  return out;
}

/** Types `query` into the directory's search box and measures the first search, with the page's own clock. */
export async function firstSearch(base: string, query: string): Promise<FirstSearch> {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${base}/partners/`, { waitUntil: 'networkidle' });
  const bytes: Promise<number>[] = [];
  page.on('response', (response) => bytes.push(response.body().then((b) => gzipSync(b).length).catch(() => 0)));
  // The moment the results change on screen, in the page's clock.
  await page.evaluate(() => {
    const w = window as unknown as { swappedAt?: number; typedAt?: number };
    const region = document.querySelector('[data-results]')?.parentElement;
    if (!region) throw new Error('no results region');
    new MutationObserver(() => { w.swappedAt ??= performance.now(); }).observe(region, { childList: true, subtree: true });
    document.querySelector('#filter-q')?.addEventListener('input', () => { w.typedAt ??= performance.now(); });
  });
  await page.fill('#filter-q', query);
  await page.waitForFunction(() => (window as unknown as { swappedAt?: number }).swappedAt !== undefined, undefined, { timeout: 10_000 });
  const timing = await page.evaluate(() => {
    const w = window as unknown as { swappedAt: number; typedAt: number };
    const request = performance.getEntriesByType('resource').find((e) => /\/partners\/(results|search)\//.test(e.name));
    return { swappedAt: w.swappedAt, typedAt: w.typedAt, requestAt: request?.startTime ?? w.typedAt };
  });
  const total = (await Promise.all(bytes)).reduce((a, b) => a + b, 0);
  await browser.close();
  return { bytes: total, answerMs: timing.swappedAt - timing.requestAt, withPauseMs: timing.swappedAt - timing.typedAt };
}
