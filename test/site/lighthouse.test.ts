/**
 * Lighthouse at 100 in performance, accessibility, best practices and SEO: every kind of page, each
 * in one language, the languages taken in turn so that each has two kinds (eight runs; `npm run
 * lighthouse` audits every kind in every language). It has a server of its own whose public address
 * is the one audited (canonical links and alternates name it), and runs after every other test
 * file, alone (see vitest.config.ts): Lighthouse measures time, and a busy machine slows pages down.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localesOf, projectRoot } from '../../content/index.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { auditPage, categoriesBelow100, describeAudit, NOT_INDEXED, PAGE_KINDS, startChrome } from '../../scripts/lib/lighthouse.ts';
import type { Chrome, PageAudit } from '../../scripts/lib/lighthouse.ts';
import { startSite } from './serve.ts';
import type { RunningSite } from './serve.ts';

/** The languages' prefixes (one per catalog folder, English first), as the home page lists them in its alternates. */
const PREFIXES = localesOf(readdirSync(path.join(projectRoot, 'content', 'locales'))).map((l) => l.prefix);

let site: RunningSite;
let chrome: Chrome;
beforeAll(async () => {
  const port = await freePort();
  site = await startSite({ PORT: String(port), SITE_URL: `http://127.0.0.1:${port}` });
  // Pages wait for the content to load: audited only once it is in, so no page's time includes that wait.
  for (let i = 0; i < 200; i++) {
    const health = (await (await fetch(`${site.url}/healthz`)).json()) as { status: string };
    if (health.status === 'ok') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  chrome = await startChrome();
}, 60_000);
afterAll(async () => {
  await chrome?.close();
  await site?.stop();
});

const cases = PAGE_KINDS.map(({ kind, path }, i) => {
  const prefix = PREFIXES[i % PREFIXES.length] ?? '';
  return { kind, address: `${prefix ? `/${prefix}` : ''}${path}` };
});

describe('Lighthouse', () => {
  it('audits the languages the site has', async () => {
    const home = await (await fetch(`${site.url}/`, { headers: { cookie: 'lang=en' } })).text();
    const prefixes = [...home.matchAll(/<link rel="alternate" hreflang="(?!x-default")[^"]+" href="([^"]+)"/g)].map((m) => new URL(m[1] ?? '').pathname.replace(/^\/|\/$/g, ''));
    expect(prefixes).toEqual(PREFIXES);
  });

  it.each(cases)('$kind at $address: 100 in every category', { timeout: 60_000 }, async ({ kind, address }) => {
    let audit: PageAudit = await auditPage(chrome, site.url + address);
    // Performance is timed, and one run can meet a busy moment: a second run decides. The other
    // categories do not depend on timing, and are read from the first run.
    if (categoriesBelow100(audit).includes('performance')) {
      const again = await auditPage(chrome, site.url + address);
      audit = { ...audit, scores: { ...audit.scores, performance: again.scores.performance }, failing: [...audit.failing.filter((f) => f.category !== 'performance'), ...again.failing.filter((f) => f.category === 'performance')] };
    }
    expect(categoriesBelow100(audit), describeAudit(kind, audit)).toEqual([]);
    // A page kept out of search engines is so (robots.txt or noindex): the one SEO audit set apart fails there, and only there.
    expect(audit.expected.map((f) => f.id)).toEqual(NOT_INDEXED.test(new URL(audit.url).pathname) ? ['is-crawlable'] : []);
  });
});
