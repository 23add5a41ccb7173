import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePartner, publicDirectory } from '../content/index.ts';
import type { Content } from '../content/index.ts';
import { shippedContent } from './helpers.ts';

let content: Content;
beforeAll(async () => {
  const result = await shippedContent();
  expect(result.issues).toEqual([]);
  content = result.content as Content;
});

describe('the shipped content', () => {
  it('has at least 40 partners in at least 12 countries and all three statuses', () => {
    expect(content.partners.length).toBeGreaterThanOrEqual(40);
    expect(new Set(content.partners.map((p) => p.country)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(content.partners.map((p) => p.status))).toEqual(new Set(['bronze', 'silver', 'gold']));
  });

  it('uses only fictional example domains', () => {
    for (const p of content.partners) {
      if (p.website) expect(new URL(p.website).hostname).toMatch(/(^|\.)example\.(com|org)$/);
      if (p.email) expect(p.email).toMatch(/@([a-z0-9-]+\.)*example\.(com|org)$/);
    }
  });

  it('shows every deadline kind for some partner on 24 November 2026', () => {
    const kinds = new Set(content.partners.flatMap((p) => evaluatePartner(p, content.rules, '2026-11-24').deadlines.filter((d) => d.daysLeft >= 0).map((d) => d.kind)));
    expect([...kinds].sort()).toEqual(Object.keys(content.rules.deadlines.kinds).sort());
  });

  it('has every requirement kind both met and missing somewhere', () => {
    const seen = new Map<string, Set<boolean>>();
    for (const p of content.partners) {
      const s = evaluatePartner(p, content.rules, '2026-11-24');
      for (const r of [...(s.next?.requirements ?? []), ...(s.keep?.requirements ?? [])]) {
        const key = r.requirement.kind === 'course' ? `course:${r.requirement.course}` : r.requirement.kind === 'endorsement' ? `endorsement:${r.requirement.channel}` : r.requirement.kind;
        seen.set(key, (seen.get(key) ?? new Set()).add(r.met));
      }
    }
    for (const [kind, values] of seen) expect({ kind, values: [...values].sort() }).toEqual({ kind, values: [false, true] });
    expect(seen.size).toBeGreaterThanOrEqual(11);
  });

  it('has a lapsed Bronze partner, a demotion at review and a Silver partner ready for Gold', () => {
    const standings = content.partners.map((p) => evaluatePartner(p, content.rules, '2026-11-24'));
    expect(standings.some((s) => s.lapsed)).toBe(true);
    expect(standings.some((s) => s.reviews.some((r) => !r.kept))).toBe(true);
    expect(standings.some((s) => s.status?.id === 'silver' && s.next?.qualifies)).toBe(true);
  });
});

describe('the docs', () => {
  it('have one page per topic, each with sections', () => {
    expect(content.docs.map((d) => d.slug)).toEqual([
      'index', 'joining', 'buying-and-reselling', 'statuses', 'client-tracking', 'leads', 'nfr',
      'bonuses', 'support', 'training', 'fair-practice', 'penalties',
    ]);
    for (const doc of content.docs) expect(doc.sections.length, doc.slug).toBeGreaterThan(0);
  });

  it('take their figures from the rules, with no placeholder left', () => {
    for (const doc of content.docs) expect(doc.body, doc.slug).not.toMatch(/\{\{/);
    const statuses = content.docs.find((d) => d.slug === 'statuses');
    expect(statuses?.body).toContain('$/€2,500');
    expect(statuses?.body).toContain('| **Bronze** | **Silver** | **Gold** |');
    const nfr = content.docs.find((d) => d.slug === 'nfr');
    expect(nfr?.sections.map((s) => s.anchor)).toContain('cloud-subscription');
  });

  it('are cut into passages from one parse: paragraphs, list items with their lead, table cells with row and column, each naming its figures', () => {
    const nfr = content.docs.find((d) => d.slug === 'nfr');
    const runs = nfr?.passages.find((p) => p.plain.startsWith('The subscription first runs for'));
    expect(runs).toMatchObject({ kind: 'paragraph', anchor: 'cloud-subscription', heading: 'How long it lasts', plain: 'The subscription first runs for 6 months from when you claim it. After that:', figures: ['nfrCloud.months'] });
    const bronze = nfr?.passages.find((p) => p.plain.startsWith('Bronze partners'));
    expect(bronze).toMatchObject({ kind: 'item', lead: runs?.plain, group: runs?.group, figures: [] });
    expect(bronze?.inline[0]).toMatchObject({ type: 'strong' });
    const cell = nfr?.passages.find((p) => p.kind === 'cell' && p.row === 'Gold' && p.column === 'NFR on-premise keys');
    expect(cell).toMatchObject({ plain: '2', figures: ['gold.nfrKeys'], anchor: 'what-nfr-copies-are-for' });
    const index = content.docs.find((d) => d.slug === 'index');
    expect(index?.passages.find((p) => p.plain.startsWith('Joining the program:'))).toMatchObject({ kind: 'item', pointer: true });
  });

  it('state the readings the rules engine takes', () => {
    const reading = content.docs.find((d) => d.slug === 'statuses')?.sections.find((s) => s.anchor === 'how-we-read-the-rules')?.text ?? '';
    expect(reading).toContain('$/€2,500');
    expect(reading.toLowerCase()).toContain('affiliated');
    expect(reading.toLowerCase()).toMatch(/one to one|1:1/);
    // The one boundary rule (engine/sales.ts periodAfter), the registration date, the NFR allowance.
    expect(reading).toContain('Every sale counts in exactly one review year: a review year runs from the day after your status was granted or confirmed up to and including the next review day.');
    expect(reading).toContain('A sale made on the day a status is granted belongs to the time before it');
    expect(reading).toContain('A sale made on a review day counts in the year that ends that day');
    expect(reading).toContain('The zero-activity period counts from the day you sent your application, not from its approval.');
    expect(reading).toContain('the copies claimed first keep their place and can be extended');
  });
});

describe('the public directory', () => {
  it('lists Silver and Gold partners only, Gold first', () => {
    const directory = publicDirectory(content.partners, content.rules);
    expect(directory.length).toBe(content.partners.filter((p) => p.status !== 'bronze').length);
    expect(directory.some((p) => p.status === 'bronze')).toBe(false);
    const firstSilver = directory.findIndex((p) => p.status === 'silver');
    expect(directory.slice(firstSilver).some((p) => p.status === 'gold')).toBe(false);
  });

  it('carries no private program data', () => {
    const json = JSON.stringify(publicDirectory(content.partners, content.rules));
    for (const p of content.partners) {
      for (const s of p.program.sales) expect(json).not.toContain(s.client);
      for (const id of p.program.telegram) expect(json).not.toContain(id);
      expect(json).not.toContain(p.program.approved);
    }
    expect(json).not.toContain('"program"');
  });
});
