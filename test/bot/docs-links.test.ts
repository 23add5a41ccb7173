/** Links inside docs passages come out in the bot as the site's addresses, anchors included. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDocsLink } from '../../bot/format/links.ts';
import { docOutline, parseDocHref } from '../../content/src/doc-links.ts';
import { shippedContent } from '../helpers.ts';
import type { Harness } from './harness.ts';
import { SITE, startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('docs links in the bot', () => {
  it('resolves every link between docs pages to the page and section it names', async () => {
    const { content } = await shippedContent();
    const docs = content?.docs ?? [];
    const pages = new Set(docs.map((d) => d.slug));
    const anchors = new Map(docs.map((d) => [d.slug, docOutline(d.body).anchors]));
    let checked = 0;
    for (const doc of docs) {
      for (const { href } of docOutline(doc.body).links) {
        const target = parseDocHref(href);
        if (target.kind !== 'doc') continue;
        const page = target.page ?? doc.slug;
        const url = new URL(resolveDocsLink(SITE, doc.slug, href, pages));
        expect({ href, url: url.origin + url.pathname }).toEqual({ href, url: `${SITE}/program/${page === 'index' ? '' : `${page}/`}` });
        if (target.anchor) expect({ href, anchor: anchors.get(page)?.includes(url.hash.slice(1)) }).toEqual({ href, anchor: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('links a passage to the page it names', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('Who can add the Implementation Requests app?');
    expect(reply).toContain(`completed the Partner Program Tutorial <${SITE}/program/training/#partner-program-tutorial>`);
  });
});
