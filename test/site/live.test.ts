/**
 * Content is live in a running `npm start`: an edit to a partner file reaches its page, its
 * directory page, the search, the open data and the sitemap without a restart or a rebuild; an
 * edit with a problem keeps the last good content and the log says why.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import type { RunningSite } from './serve.ts';
import { startSite } from './serve.ts';

let dir: string;
let site: RunningSite;
let file: string;
let original: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(projectRoot, '.cache', 'live-test-'));
  const content = path.join(dir, 'content');
  await cp(inject('contentDir'), content, { recursive: true });
  file = path.join(content, 'partners', 'isartal-systems.md');
  original = await readFile(file, 'utf8');
  site = await startSite({ CONTENT_DIR: content });
});

afterAll(async () => {
  await site?.stop();
  await rm(dir, { recursive: true, force: true });
});

const page = async (target: string) => (await fetch(site.url + target)).text();

/** Polls until every check passes, for at most `ms`; returns how long it took. */
async function until(checks: (() => Promise<boolean>)[], ms = 10_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const results = await Promise.all(checks.map((c) => c()));
    if (results.every(Boolean)) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not live after ${ms} ms: ${results.map((r, i) => `check ${i + 1} ${r ? 'passed' : 'failed'}`).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a content change under a running server', () => {
  it('reaches the partner page, its directory pages, the search and the open data', async () => {
    // Rendered (and cached) before the change.
    expect(await page('/partners/isartal-systems/')).toContain('Isartal Systems');
    expect(await page('/partners/de/')).toContain('Isartal Systems');
    await writeFile(file, original.replace(/^name: .*$/m, 'name: Isartal Systemhaus').replace(/\n---\n/, '\n---\nNow with a brand-new espresso bar for clients. '));
    const took = await until([
      async () => (await page('/partners/isartal-systems/')).includes('brand-new espresso bar'),
      async () => (await page('/partners/de/')).includes('Isartal Systemhaus'),
      async () => (await page('/partners/gold/')).includes('Isartal Systemhaus'),
      async () => (await page('/partners/search/?q=espresso')).includes('Isartal Systemhaus'),
      async () => (await page('/partners.json')).includes('Isartal Systemhaus'),
    ]);
    // The figure the issue asks for (at most 1 s, at 10,000 partners) is measured by the bench.
    expect(took).toBeLessThan(10_000);
    expect(site.output()).toMatch(/Content reloaded: version \d+\./);
  });

  it('keeps the last good content when a change has a problem, and says why in the log', async () => {
    await writeFile(file, original.replace(/^country: .*$/m, 'country: Bavaria'));
    await until([async () => site.output().includes("country: 'Bavaria' is not an ISO 3166-1 alpha-2 country code")]);
    const html = await page('/partners/isartal-systems/');
    expect(html).toContain('Isartal');
    expect(html).not.toContain('Bavaria');
    expect(site.output()).toContain('A content change was not applied; the site keeps version');
    const health = await (await fetch(`${site.url}/healthz`)).json() as { status: string; lastReload?: string };
    expect(health).toMatchObject({ status: 'ok', lastReload: 'failed' });
  });

  it('applies the next good change after a bad one', async () => {
    await writeFile(file, original);
    await until([async () => (await page('/partners/isartal-systems/')).includes('Isartal Systems') && !(await page('/partners/isartal-systems/')).includes('espresso')]);
  });
});
