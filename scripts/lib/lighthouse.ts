/**
 * Lighthouse on the site, in Debian's chromium (never a downloaded browser): the four categories'
 * scores of a page and the audits that keep any of them below 100. Used by `npm run lighthouse`
 * and by the site tests (test/site/lighthouse.test.ts). One page at a time: Lighthouse measures
 * timing, and two runs side by side on a small machine slow each other down.
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';

export { PAGE_KINDS } from './page-kinds.ts';

/** The categories audited, as Lighthouse names them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What the browser is started with: headless, no sandbox (root in a container), and nothing fetched from outside. */
export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** An audit that keeps a category below 100. */
export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  /** 0 to 100. */
  score: number;
  /** Lighthouse's figure or count ("1.2 s", "2 elements"), when it gives one. */
  value?: string;
  /** The elements or resources it names, a few. */
  items: string[];
  /** Whether it counts in the category's score (weight above 0); advice such as Lighthouse's insights does not. */
  weighted: boolean;
}

/** A page's scores (0 to 100 per category) and what keeps any below 100. */
export interface PageAudit {
  url: string;
  scores: Record<Category, number>;
  failing: FailingAudit[];
  /** Audits that did not apply as the site intends (see {@link NOT_INDEXED}): failing, yet expected. */
  expected: FailingAudit[];
}

/**
 * Pages the site keeps out of search engines on purpose: free-text searches (robots.txt) and the
 * request form (`noindex`). Lighthouse's "is-crawlable" fails there, and
 * should: making them crawlable would be the mistake. It is the one audit set apart, and only on
 * these pages; every other audit must pass on them as anywhere.
 */
export const NOT_INDEXED = /^(?:\/[a-z]{2,3}(?:-[a-z]{2})?)?\/(?:partners\/search\/|partners\/results\/|request\/)/;

/** The browser, started for Lighthouse to drive. */
export interface Chrome {
  port: number;
  close: () => Promise<void>;
}

/** The chromium to use: CHROME_PATH, else Debian's. */
export function chromePath(): string {
  const found = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(found)) throw new Error(`no chromium at ${found}: install Debian's (apt-get install chromium) or set CHROME_PATH; nothing is downloaded`);
  return found;
}

/** Starts chromium for Lighthouse. */
export async function startChrome(): Promise<Chrome> {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  return { port: chrome.port, close: async () => { chrome.kill(); } };
}


/** Runs Lighthouse on `url` in `chrome` (its default: a phone on a slow network, simulated). */
export async function auditPage(chrome: Chrome, url: string): Promise<PageAudit> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableFullPageScreenshot: true });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing: FailingAudit[] = [];
  const expected: FailingAudit[] = [];
  const path = new URL(url).pathname;
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric' && audit.scoreDisplayMode !== 'metricSavings') continue;
      const found: FailingAudit = {
        category, id: audit.id, title: audit.title, score: Math.round(audit.score * 100), items: itemsOf(audit), weighted: ref.weight > 0, ...(audit.displayValue ? { value: audit.displayValue } : {}),
      };
      if (audit.id === 'is-crawlable' && NOT_INDEXED.test(path)) expected.push(found);
      else failing.push(found);
    }
  }
  return { url, scores, failing, expected };
}

/** A few of the elements or addresses an audit names. */
function itemsOf(audit: Result['audits'][string]): string[] {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const items: string[] = [];
  for (const item of details?.items ?? []) {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const text = node?.selector ?? (typeof item.url === 'string' ? item.url : undefined) ?? (typeof item.source === 'string' ? item.source : undefined);
    if (text) items.push(text);
    if (items.length >= 5) break;
  }
  return items;
}

/**
 * The categories below 100, once the audit set apart as expected is left out of SEO: a page kept
 * out of search engines on purpose whose other SEO audits all pass is at 100 there.
 */
export function categoriesBelow100(audit: PageAudit): Category[] {
  return CATEGORIES.filter((c) => (c === 'seo' && audit.expected.length > 0 && !audit.failing.some((f) => f.category === 'seo' && f.weighted) ? 100 : audit.scores[c]) < 100);
}

/** One page's line and its failing audits, for a terminal; with `advice`, Lighthouse's unscored advice too. */
export function describeAudit(kind: string, audit: PageAudit, advice = false): string {
  const apart = audit.expected.length > 0 && !categoriesBelow100(audit).includes('seo');
  const scores = CATEGORIES.map((c) => `${c} ${audit.scores[c]}${c === 'seo' && apart ? ` (every audit but ${audit.expected.map((f) => f.id).join(', ')} passes: the page is kept out of search engines on purpose)` : ''}`).join(' · ');
  const lines = [`${kind.padEnd(20)} ${new URL(audit.url).pathname}${new URL(audit.url).search}\n  ${scores}`];
  for (const f of audit.failing.filter((a) => a.weighted)) lines.push(`  ✗ ${f.category}: ${f.id} (${f.score})${f.value ? ` ${f.value}` : ''}: ${f.title}${f.items.length ? `\n      ${f.items.join('\n      ')}` : ''}`);
  const unscored = audit.failing.filter((a) => !a.weighted);
  if (advice && unscored.length > 0) lines.push(`  · advice, not scored: ${unscored.map((a) => `${a.id}${a.value ? ` (${a.value})` : ''}`).join(', ')}`);
  return lines.join('\n');
}
