import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, publicDirectory, search } from '../content/index.ts';
import type { Content, SearchIndex } from '../content/index.ts';
import { shippedContent } from './helpers.ts';

let content: Content;
let index: SearchIndex;
beforeAll(async () => {
  content = (await shippedContent()).content as Content;
  index = buildSearchIndex(publicDirectory(content.partners, content.rules), content.docs, content.rules);
});

const titles = (q: string) => search(index, q).map((h) => h.target.title);
const first = (q: string) => search(index, q)[0]?.target;

describe('search', () => {
  it('finds a partner by name, by prefix too', () => {
    expect(first('Isartal')).toMatchObject({ type: 'partner', slug: 'isartal-systems' });
    expect(first('isart')).toMatchObject({ type: 'partner', slug: 'isartal-systems' });
  });

  it('finds partners by city and country', () => {
    const hits = search(index, 'São Paulo').filter((h) => h.target.type === 'partner');
    expect(hits.map((h) => h.target.type === 'partner' && h.target.slug)).toContain('paulista-integra');
    const germany = search(index, 'Germany').filter((h) => h.target.type === 'partner');
    expect(germany.length).toBeGreaterThan(0);
    for (const h of germany) expect(h.target).toMatchObject({ country: 'DE' });
  });

  it('finds partners by service and language', () => {
    const telephony = search(index, 'telephony').filter((h) => h.target.type === 'partner').map((h) => h.target.type === 'partner' && h.target.slug);
    const offering = content.partners.filter((p) => p.status !== 'bronze' && p.services.includes('telephony')).map((p) => p.slug);
    expect(telephony.sort()).toEqual(offering.sort());
    expect(search(index, 'Japanese').some((h) => h.target.type === 'partner' && h.target.slug === 'sakuragi-works')).toBe(true);
  });

  it('finds the docs section that answers a question', () => {
    expect(first('kickstart bonus')).toMatchObject({ type: 'doc', page: 'bonuses', anchor: 'kickstart-bonus' });
    expect(search(index, 'how long is the NFR subscription valid', { match: 'any' }).slice(0, 3).map((h) => h.target)).toContainEqual(expect.objectContaining({ page: 'nfr', anchor: 'cloud-subscription' }));
    expect(first('annual review')).toMatchObject({ type: 'doc', page: 'statuses', anchor: 'annual-review' });
  });

  it('never finds Bronze partners', () => {
    for (const p of content.partners.filter((x) => x.status === 'bronze')) expect(titles(p.name)).not.toContain(p.name);
  });

  it('finds the same partners for a client name as if no partner had program data', () => {
    // A search index built from partners stripped of their private `program:` block: any difference
    // in what a client's name finds is private data leaking into the index.
    const stripped = content.partners.map((p) => ({ ...p, program: { ...p.program, sales: [], telegram: [], bonuses: [] } }));
    const control = buildSearchIndex(publicDirectory(stripped, content.rules), content.docs, content.rules);
    const partnersFound = (built: SearchIndex, q: string) => search(built, q).flatMap((h) => (h.target.type === 'partner' ? [h.target.slug] : []));
    const clients = content.partners.filter((p) => p.status !== 'bronze').flatMap((p) => p.program.sales.map((s) => s.client));
    expect(clients.length).toBeGreaterThan(100);
    for (const client of clients) expect(partnersFound(index, client), client).toEqual(partnersFound(control, client));
  });

  it('accepts any text without throwing', () => {
    for (const q of ['', '   ', 'title:foo', '+-*~^', 'NFR:', '"unclosed', '日本']) expect(() => search(index, q)).not.toThrow();
    expect(search(index, '')).toEqual([]);
  });
});
