/**
 * The directory's search on the shared understanding: typos, diacritics, the glossary's names for
 * places, words naming filters, widening when nothing has every word, updates of one partner, and
 * never private data. Through the site's own directory code (one page of results and the facets).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContentIndex, publicDirectory, snapshotOf } from '../content/index.ts';
import { toPublicPartner } from '../content/src/public.ts';
import type { Content } from '../content/index.ts';
import { SearchIndex } from '../content/index.ts';
import { applyFilters, readFilters, stateTitle } from '../site/lib/directory.ts';
import type { SiteData } from '../site/lib/site-data.ts';
import { siteDataOf } from '../site/lib/site-data.ts';
import { shippedContent } from './helpers.ts';

let content: Content;
let index: SearchIndex;
let data: SiteData;
beforeAll(async () => {
  content = (await shippedContent()).content as Content;
  index = buildContentIndex({ ...content, directory: publicDirectory(content.partners, content.rules) }).directory;
  data = siteDataOf(snapshotOf(content, 1, new Date()), '/nonexistent');
});

/** The directory page for a search, as the site shows it. */
const page = (q: string, extra: Record<string, string> = {}) => {
  const { filters, problems } = readFilters(new URLSearchParams({ q, ...extra }), data);
  expect(problems).toEqual([]);
  const result = applyFilters(data, filters);
  return { result, title: stateTitle(data, result.filters, result.understood), slugs: result.partners.map((p) => p.slug) };
};
const listed = () => publicDirectory(content.partners, content.rules);

describe('the directory search', () => {
  it('finds a partner by name, by prefix, and misspelt, offering what was meant', () => {
    expect(page('Isartal').slugs).toEqual(['isartal-systems']);
    expect(page('isart').slugs).toEqual(['isartal-systems']);
    const typo = page('Isartall');
    expect(typo.slugs).toEqual(['isartal-systems']);
    expect(typo.result.understood.suggestion).toBe('isartal');
    expect(page('Bluebonet').slugs).toEqual(['bluebonnet-cloudworks']);
  });

  it('reads city names with or without accents and in other languages, as a filter', () => {
    for (const q of ['Munich', 'München', 'Munchen', 'munchen']) {
      const { result, slugs, title } = page(q);
      expect({ q, slugs }).toEqual({ q, slugs: ['isartal-systems'] });
      expect(result.understood.chips.map((c) => c.label)).toEqual(['Munich']);
      expect(title).toBe('Partners in Munich');
    }
    expect(page('Bangalore').slugs).toEqual(['kaveri-cloud-solutions']);
    const hamburg = page('Hamburgh');
    expect(hamburg.slugs).toEqual(['elbkante-it']);
    expect(hamburg.result.understood.suggestion).toBe('hamburg');
  });

  it('reads a country in another language', () => {
    const mexico = page('Mexiko');
    expect(mexico.slugs.sort()).toEqual(listed().filter((p) => p.country === 'MX').map((p) => p.slug).sort());
    expect(mexico.title).toBe('Partners in Mexico');
  });

  it('applies words naming a status, a service and a country as filters, each a chip, all in the heading', () => {
    const { result, slugs, title } = page('gold training germany');
    const expected = listed().filter((p) => p.status === 'gold' && p.services.includes('training') && p.country === 'DE').map((p) => p.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(slugs).toEqual(expected);
    expect(result.understood.chips.map((c) => c.label)).toEqual(['Gold', 'Training', 'Germany']);
    expect(title).toBe('Gold partners for Training in Germany');
    expect(result.facets.status.find((o) => o.value === 'gold')?.count).toBe(expected.length);
  });

  it('shows partners matching some of the words when none matches all, and says so', () => {
    const { result, slugs } = page('Isartal Bluebonnet');
    expect(slugs.sort()).toEqual(['bluebonnet-cloudworks', 'isartal-systems']);
    expect(result.understood.widened).toBe(true);
  });

  it('never finds Bronze partners or private data', () => {
    for (const p of content.partners.filter((x) => x.status === 'bronze')) expect(page(p.name).slugs).not.toContain(p.slug);
    const client = content.partners.find((p) => p.program.sales.length > 0)?.program.sales[0]?.client ?? '';
    expect(page(client).result.partners.some((p) => p.name === client)).toBe(false);
  });

  it('finds the same partners for a client name as if no partner had program data', () => {
    // An index built from partners stripped of their private `program:` block: any difference
    // in what a client's name finds is private data leaking into the index.
    const stripped = content.partners.map((p) => ({ ...p, program: { ...p.program, sales: [], telegram: [], bonuses: [] } }));
    const control = buildContentIndex({ ...content, directory: publicDirectory(stripped, content.rules) }).directory;
    const partnersFound = (built: SearchIndex, q: string) => [...built.matchText(built.readQuery(q).text).scores.keys()].map((i) => built.partner(i)?.slug).sort();
    const clients = content.partners.filter((p) => p.status !== 'bronze').flatMap((p) => p.program.sales.map((s) => s.client));
    expect(clients.length).toBeGreaterThan(100);
    for (const client of clients) expect(partnersFound(index, client), client).toEqual(partnersFound(control, client));
  });

  it('accepts any text without throwing', () => {
    for (const q of ['', '   ', 'title:foo', '+-*~^', 'NFR:', '"unclosed', '日本', 'constructor', '__proto__']) expect(() => index.matchText(index.readQuery(q).text)).not.toThrow();
  });

  it('takes one partner out or in without a rebuild', () => {
    const local = buildContentIndex({ ...content, directory: publicDirectory(content.partners, content.rules) }).directory;
    const isartal = content.partners.find((p) => p.slug === 'isartal-systems');
    if (!isartal) throw new Error('isartal-systems is missing');
    local.update('isartal-systems', null);
    expect(local.matchText('Isartal').scores.size).toBe(0);
    expect(local.withValue('city', 'munich')?.count()).toBe(0);
    local.update('isartal-systems', toPublicPartner({ ...isartal, name: 'Isarblick Systems GmbH' }, content.rules));
    expect([...local.matchText('Isarblick').scores.keys()].map((i) => local.partner(i)?.slug)).toEqual(['isartal-systems']);
    expect(local.withValue('city', 'munich')?.count()).toBe(1);
    expect(local.size).toBe(listed().length);
  });

  it('filters and pages the directory without building the understanding or the text index', async () => {
    let built = 0;
    const lazy = new SearchIndex(listed(), content.rules, () => {
      built++;
      return index.understanding;
    });
    const silver = lazy.withValue('status', 'silver')?.count() ?? 0;
    expect(silver).toBeGreaterThan(0);
    expect(lazy.ordered()).toHaveLength(listed().length);
    expect(built).toBe(0);
    // Built ahead of the first query, in steps: the same results as built at once.
    await lazy.warm();
    expect(built).toBeGreaterThan(0);
    expect([...lazy.matchText('Isartal').scores.keys()].map((i) => lazy.partner(i)?.slug)).toEqual(['isartal-systems']);
    expect(lazy.matchText('training').scores.size).toBe(index.matchText('training').scores.size);
  });

  it('keeps a partner changed while the text index is being built', async () => {
    const lazy = new SearchIndex(listed(), content.rules, index.understanding);
    const isartal = content.partners.find((p) => p.slug === 'isartal-systems');
    if (!isartal) throw new Error('isartal-systems is missing');
    const warming = lazy.warm();
    lazy.update('isartal-systems', toPublicPartner({ ...isartal, name: 'Isarblick Systems GmbH' }, content.rules));
    await warming;
    expect([...lazy.matchText('Isarblick').scores.keys()].map((i) => lazy.partner(i)?.slug)).toEqual(['isartal-systems']);
  });
});
