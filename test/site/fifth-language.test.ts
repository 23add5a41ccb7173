/**
 * A fifth language reaches a running site as files only: a French catalog folder and one French
 * docs page, added under a running `npm start`, give /fr/ with its own name in the switcher, the
 * root's Accept-Language choice, hreflang alternates and the sitemap, and English where French has
 * no page or message yet. No restart, no rebuild, no code.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import type { RunningSite } from './serve.ts';
import { startSite } from './serve.ts';

let dir: string;
let site: RunningSite;

beforeAll(async () => {
  dir = await mkdtemp(path.join(projectRoot, '.cache', 'fifth-language-test-'));
  const content = path.join(dir, 'content');
  await cp(inject('contentDir'), content, { recursive: true });
  site = await startSite({ CONTENT_DIR: content });
  expect((await fetch(`${site.url}/fr/`)).status).toBe(404);
  // What an admin adds: a catalog folder with one file, and one docs page.
  await mkdir(path.join(content, 'locales', 'fr'));
  await writeFile(path.join(content, 'locales', 'fr', 'site.ftl'), 'site-nav-program = Programme\n');
  await mkdir(path.join(content, 'docs', 'fr'));
  await writeFile(path.join(content, 'docs', 'fr', 'nfr.md'), '---\ntitle: Copies NFR\ndescription: Vos copies gratuites, hors revente.\norder: 6\n---\n\nNFR veut dire « not for resale », hors revente.\n');
  for (const started = Date.now(); ;) {
    const [home, page] = await Promise.all([fetch(`${site.url}/fr/`), fetch(`${site.url}/fr/program/nfr/`).then((r) => r.text())]);
    if (home.status === 200 && page.includes('Copies NFR')) break;
    if (Date.now() - started > 10_000) throw new Error(`French did not reach the running site within 10 s:\n${site.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  await site?.stop();
  await rm(dir, { recursive: true, force: true });
});

const get = async (target: string, headers: Record<string, string> = {}) => {
  const response = await fetch(site.url + target, { redirect: 'manual', headers });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
};

describe('French added to a running site', () => {
  it('is chosen at the root by a French browser', async () => {
    const root = await get('/', { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' });
    expect([root.status, root.location]).toEqual([302, '/fr/']);
  });

  it('has its pages under /fr/, in French where it has words, with its own name in the switcher', async () => {
    const home = await get('/fr/');
    expect(home.text).toMatch(/<html lang="fr"/);
    expect(home.text).toContain('<span aria-current="true" lang="fr">Français</span>');
    expect(home.text).toContain('>Programme</a>');
    const english = await get('/program/statuses/', { cookie: 'lang=en' });
    expect(english.text).toContain('<a href="/language/?to=%2Ffr%2Fprogram%2Fstatuses%2F" hreflang="fr" lang="fr">Français</a>');
    expect(english.text).toMatch(/<link rel="alternate" hreflang="fr" href="[^"]+\/fr\/program\/statuses\/"/);
    for (const page of ['/fr/partners/', '/fr/partners/isartal-systems/', '/fr/check/']) expect((await get(page)).status).toBe(200);
  });

  it('shows its one docs page, and the English page with a line in English for the others', async () => {
    const nfr = await get('/fr/program/nfr/');
    expect(nfr.text).toContain('hors revente');
    expect(nfr.text).not.toContain('class="untranslated"');
    const statuses = await get('/fr/program/statuses/');
    expect(statuses.text).toMatch(/class="untranslated"[^>]*>This page is not translated into French yet\.</);
  });

  it('is in the sitemap', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.text).toMatch(/<loc>[^<]+\/fr\/program\/nfr\/<\/loc>/);
    expect(sitemap.text).toMatch(/hreflang="fr" href="[^"]+\/fr\/partners\/"/);
  });
});
