/**
 * The start cache: a restart takes back the partner files parsed by the last run where they are
 * unchanged, and is otherwise exactly a first start: files edited or removed while the server was
 * down show as they are now, and a cache from another folder, other code or a broken file is ignored.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deserialize } from 'node:v8';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContentSource } from '../content/index.ts';
import { loadPartners, partnerCache } from '../content/src/load/partners.ts';
import { loadRules } from '../content/src/load/rules.ts';
import type { Rules } from '../content/src/rules.ts';
import { readStartCache } from '../content/src/live/start-cache.ts';
import { projectRoot } from './helpers.ts';

let dir: string;
let cacheFile: string;
const partner = (slug: string) => path.join(dir, 'content', 'partners', `${slug}.md`);
const contentDir = () => path.join(dir, 'content');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'start-cache-'));
  await cp(path.join(projectRoot, 'content'), contentDir(), { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('.ts') });
  cacheFile = path.join(dir, 'data', 'partners-full.cache');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the start cache', () => {
  it('is written by a run and taken back by the next, which still sees what changed meanwhile', async () => {
    const first = await openContentSource({ dir: contentDir(), startCache: cacheFile });
    first.close();
    expect(existsSync(cacheFile)).toBe(true);
    const kept = partnerCache();
    expect(readStartCache(cacheFile, contentDir(), kept)).toBe(true);
    expect(kept.files.size).toBe(first.current().content.partners.length);

    // While the server is down: one file edited, one removed.
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await writeFile(partner('isartal-systems'), text.replace(/\n---\n/, '\n---\nEdited while down. '));
    await unlink(partner('lakeshore-workflow'));

    const second = await openContentSource({ dir: contentDir(), startCache: cacheFile });
    const fresh = await openContentSource({ dir: contentDir() });
    second.close();
    fresh.close();
    const slugs = second.current().content.partners.map((p) => p.slug);
    expect(slugs).not.toContain('lakeshore-workflow');
    expect(second.current().content.partners.find((p) => p.slug === 'isartal-systems')?.description).toMatch(/^Edited while down\./);
    // Exactly what a start without the cache loads.
    expect(second.current().content.partners).toEqual(fresh.current().content.partners);
  });

  it('reads a file changed just before it was looked at again by its text: a second change within one clock tick keeps the stamp', async () => {
    const cache = partnerCache();
    const rules = (await loadRules(contentDir(), dir)).rules as Rules;
    const text = await readFile(partner('isartal-systems'), 'utf8');
    await writeFile(partner('isartal-systems'), text);
    await loadPartners(contentDir(), dir, rules, cache);
    const kept = cache.files.get('isartal-systems.md');
    // Written a moment ago: the stamp alone is not trusted yet, the text's digest is kept beside it.
    expect(kept?.digest).toMatch(/^[\w-]{43}$/);
    // The same size, and (as when the clock has not moved on) the same stamp as before.
    await writeFile(partner('isartal-systems'), text.replace(/^city: .+$/m, (line) => `city: ${'X'.repeat(line.length - 6)}`));
    const info = statSync(partner('isartal-systems'), { bigint: true });
    (kept as { stamp: string }).stamp = `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}`;
    const again = await loadPartners(contentDir(), dir, rules, cache);
    expect(again.changes.changed).toEqual(['isartal-systems']);
    expect(again.partners.find((p) => p.slug === 'isartal-systems')?.city).toMatch(/^X+$/);
    // The other files, read again by their text, are the same: taken back, not parsed again.
    const unchanged = await loadPartners(contentDir(), dir, rules, cache);
    expect(unchanged.changes.changed).toEqual([]);
    await writeFile(partner('isartal-systems'), text);
  });

  it('keeps the docs pages and catalogs as read, and a page edited while down shows as it is now', async () => {
    const first = await openContentSource({ dir: contentDir(), startCache: cacheFile });
    first.close();
    const kept = new Map((deserialize(await readFile(cacheFile)) as { results: [string, [string, unknown][]][] }).results);
    const pages = [...first.current().content.docsByLocale.values()].flat().filter((p, i, all) => all.findIndex((q) => q.file === p.file) === i);
    expect(kept.get('doc-tree')?.length).toBeGreaterThanOrEqual(pages.length);
    // And every catalog file as checked, and the words glossaries are checked against.
    expect(kept.get('catalog-file')?.length).toBeGreaterThanOrEqual(first.current().content.catalogs.locales.length * 4);
    expect(kept.get('known-stems')?.length).toBeGreaterThanOrEqual(first.current().content.glossaries.size);

    const page = path.join(contentDir(), 'docs', 'en', 'nfr.md');
    await writeFile(page, `${await readFile(page, 'utf8')}\nA line written while the server was down.\n`);
    const second = await openContentSource({ dir: contentDir(), startCache: cacheFile });
    second.close();
    expect(second.current().content.docs.find((d) => d.slug === 'nfr')?.body).toContain('A line written while the server was down.');
  });

  it('is ignored for another content folder, and when broken', async () => {
    expect(readStartCache(cacheFile, path.join(dir, 'elsewhere'), partnerCache())).toBe(false);
    await writeFile(cacheFile, 'not a cache');
    expect(readStartCache(cacheFile, contentDir(), partnerCache())).toBe(false);
    const source = await openContentSource({ dir: contentDir(), startCache: cacheFile });
    source.close();
    expect(source.current().content.partners.length).toBeGreaterThan(10);
    // And written anew.
    expect(readStartCache(cacheFile, contentDir(), partnerCache())).toBe(true);
  });
});
