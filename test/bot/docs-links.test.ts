/**
 * Links to the docs in the bot, in every language: each goes to the page the site shows in the
 * reader's language (its translation, or the English page where it has none), at that language's
 * address, titled as that page is, at a section that page has. Links written inside docs passages
 * come out as the site's addresses, anchors included.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { docsLinks } from '../../bot/format/docs-link.ts';
import { buildFacts, checkContent, docsIn } from '../../content/index.ts';
import type { Content, DocPage, LocaleInfo } from '../../content/index.ts';
import { docOutline, parseDocHref } from '../../content/src/doc-links.ts';
import { projectRoot, shippedContent } from '../helpers.ts';
import type { Harness } from './harness.ts';
import { LAKESHORE_USER, SITE, startHarness, STRANGER } from './harness.ts';

/** A link as the imitation's chat shows it: its text, then the address in angle brackets. */
const LINK = /([^\n<>]*?) <(https?:\/\/[^>\s]+)>/g;

/** The links to the docs in a reply, with their text as the reader sees it. */
function docsLinksIn(reply: string): { title: string; url: URL }[] {
  return [...reply.matchAll(LINK)].map((m) => ({ title: (m[1] ?? '').replace(/^.*?(?:📖|•|:)\s*/u, '').trim(), url: new URL(m[2] ?? '') })).filter((l) => /\/program\//.test(l.url.pathname));
}

/** What a docs address on the site is: the language's prefix, the page and the section. */
function readDocsUrl(url: URL, locale: LocaleInfo): { slug: string; anchor: string | undefined } {
  const prefix = locale.prefix ? `/${locale.prefix}` : '';
  const match = new RegExp(`^${prefix}/program/(?:([a-z0-9-]+)/)?$`).exec(url.pathname);
  expect(match, `${url.href} is not a docs address in ${locale.id}`).not.toBeNull();
  return { slug: match?.[1] ?? 'index', anchor: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/** The anchors of each page's text, read once. */
const outlines = new Map<string, string[]>();
const anchorsOf = (body: string) => outlines.get(body) ?? outlines.set(body, docOutline(body).anchors).get(body) ?? [];

/**
 * Checks that `url` is a page the site builds in `locale`, at an anchor that page has, and (when
 * `title` is given) that the link is titled as that page and section are.
 */
function expectResolves(content: Content, locale: LocaleInfo, url: URL, title?: string): DocPage | undefined {
  const { slug, anchor } = readDocsUrl(url, locale);
  const page = docsIn(content, locale.id).find((d) => d.slug === slug);
  expect(page, `${url.href}: no page ${slug} in ${locale.id}`).toBeDefined();
  if (anchor) expect(anchorsOf(page?.body ?? ''), `${url.href}: no #${anchor} on ${page?.file}`).toContain(anchor);
  if (title !== undefined) {
    const section = anchor && page?.sections.find((s) => s.anchor === anchor);
    expect(title, url.href).toBe([page?.title, section && section.title].filter(Boolean).join(' › '));
  }
  return page;
}

let shipped: Content;
let h: Harness;
beforeAll(async () => {
  const loaded = await shippedContent();
  if (!loaded.content) throw new Error('the shipped content does not load');
  shipped = loaded.content;
  h = await startHarness();
});
afterAll(() => h.close());

describe('docs links in every language', () => {
  it('has the shipped languages to go through', () => {
    expect(shipped.catalogs.locales.map((l) => l.id)).toEqual(['en', 'de', 'es', 'pt-BR']);
  });

  it('resolves every link between docs pages to the page and section it names, at the language\'s address', () => {
    for (const locale of shipped.catalogs.locales) {
      const links = docsLinks(shipped, locale, SITE);
      let checked = 0;
      for (const doc of docsIn(shipped, locale.id)) {
        for (const { href } of docOutline(doc.body).links) {
          const target = parseDocHref(href);
          if (target.kind !== 'doc') continue;
          const url = new URL(links.resolve(doc.slug, href));
          const page = expectResolves(shipped, locale, url);
          expect({ href, page: page?.slug }).toEqual({ href, page: target.page ?? doc.slug });
          if (target.anchor) expect({ href, on: doc.file, anchored: url.hash !== '' }).toEqual({ href, on: doc.file, anchored: true });
          checked++;
        }
      }
      expect(checked, locale.id).toBeGreaterThan(40);
    }
  });

  it('resolves a passage\'s link to a page of the site to that page in the language, and a link to a file as written', () => {
    for (const locale of shipped.catalogs.locales) {
      const prefix = locale.prefix ? `/${locale.prefix}` : '';
      const links = docsLinks(shipped, locale, SITE);
      expect(links.resolve('leads', '/partners/')).toBe(`${SITE}${prefix}/partners/`);
      expect(links.resolve('leads', '/')).toBe(`${SITE}${prefix}/`);
      expect(links.resolve('leads', '/request/?partner=isartal-systems#form')).toBe(`${SITE}${prefix}/request/?partner=isartal-systems#form`);
      expect(links.resolve('leads', '/partners.json')).toBe(`${SITE}/partners.json`);
      expect(links.resolve('leads', 'https://example.org/partners/')).toBe('https://example.org/partners/');
    }
  });

  it('resolves every section the rules and the answers name, in English or in the language, to that section of the language\'s page', () => {
    for (const locale of shipped.catalogs.locales) {
      const links = docsLinks(shipped, locale, SITE);
      // Facts name sections of the docs they are built from: the English pages, and the
      // language's own for a question read in that language.
      const refs = new Set([
        ...Object.values(shipped.rules.deadlines.kinds).map((k) => k.docs),
        ...buildFacts(shipped.rules, shipped.docs).map((f) => f.docs),
        ...buildFacts(shipped.rules, docsIn(shipped, locale.id), shipped.docs).map((f) => f.docs),
        ...shipped.docs.flatMap((d) => d.sections.map((s) => `${d.slug}#${s.anchor}`)),
        ...docsIn(shipped, locale.id).flatMap((d) => d.sections.map((s) => `${d.slug}#${s.anchor}`)),
      ]);
      expect(refs.size, locale.id).toBeGreaterThan(40);
      for (const ref of refs) {
        const [slug = 'index', anchor] = ref.split('#');
        const url = new URL(links.url(slug, anchor));
        expectResolves(shipped, locale, url);
        // Every shipped translation has every section, so no link falls back to the page's top.
        if (anchor) expect({ ref, locale: locale.id, anchored: url.hash !== '' }).toEqual({ ref, locale: locale.id, anchored: true });
        const link = parseTelegramLink(links.link(slug, anchor).value);
        expect(link.href).toBe(url.href);
        expectResolves(shipped, locale, url, link.text);
      }
    }
  });

  it('names, for each fact of a question read in a language, the section of that language\'s page the English fact names', () => {
    for (const locale of shipped.catalogs.locales) {
      const english = new Map(buildFacts(shipped.rules, shipped.docs).map((f) => [f.id, f.docs]));
      for (const fact of buildFacts(shipped.rules, docsIn(shipped, locale.id), shipped.docs)) {
        const anchored = (english.get(fact.id) ?? '').includes('#');
        expect({ fact: fact.id, locale: locale.id, anchored: fact.docs.includes('#') }).toEqual({ fact: fact.id, locale: locale.id, anchored });
      }
    }
  });

  it('maps a section the rules name in English to the same section of the translation', () => {
    const german = shipped.catalogs.locales.find((l) => l.id === 'de') as LocaleInfo;
    const url = new URL(docsLinks(shipped, german, SITE).url('statuses', 'annual-review'));
    const page = docsIn(shipped, 'de').find((d) => d.slug === 'statuses');
    const at = shipped.docs.find((d) => d.slug === 'statuses')?.sections.findIndex((s) => s.anchor === 'annual-review') ?? -1;
    expect(page?.locale).toBe('de');
    expect(at).toBeGreaterThan(-1);
    expect(decodeURIComponent(url.hash.slice(1))).toBe(page?.sections[at]?.anchor);
    expect(url.hash).not.toBe('#annual-review');
  });
});

/** The address and text of a Telegram HTML link, as Telegram reads it. */
function parseTelegramLink(value: string): { href: string; text: string } {
  const [link] = parseTelegramHtml(value).links;
  return { href: link?.url ?? '', text: link?.text ?? '' };
}

describe('docs links in the bot\'s replies', () => {
  it('links a passage to the page it names', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('Who can add the Implementation Requests app?');
    expect(reply).toContain(`completed the Partner Program Tutorial <${SITE}/program/training/#partner-program-tutorial>`);
  });

  it('a German user\'s answer links to the German page, titled in German, at its section', async () => {
    const german = shipped.catalogs.locales.find((l) => l.id === 'de') as LocaleInfo;
    const reply = await h.chat({ userId: 700100001, languageCode: 'de' }).send('Wie lange ist das NFR-Cloud-Abonnement gültig?');
    const [source] = docsLinksIn(reply);
    expect(source?.url.pathname).toBe('/de/program/nfr/');
    const page = expectResolves(shipped, german, source?.url as URL, source?.title);
    expect(page?.locale).toBe('de');
    expect(source?.title).toMatch(/^NFR-Lizenzen › /);
    expect(source?.url.hash).not.toBe('');
  });

  it('a German user asking in English gets the English passage with links to the German pages', async () => {
    const german = shipped.catalogs.locales.find((l) => l.id === 'de') as LocaleInfo;
    const reply = await h.chat({ userId: 700100002, languageCode: 'de' }).send('Who can add the Implementation Requests app?');
    const links = docsLinksIn(reply);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.url.pathname).toMatch(/^\/de\/program\//);
    // The passage's own link (to the English anchor #partner-program-tutorial) goes to the same section of the German page.
    const tutorial = links.find((l) => l.url.pathname === '/de/program/training/');
    expect(tutorial?.url.hash).not.toBe('');
    expectResolves(shipped, german, tutorial?.url as URL);
    const englishAt = shipped.docs.find((d) => d.slug === 'training')?.sections.findIndex((s) => s.anchor === 'partner-program-tutorial') ?? -1;
    expect(decodeURIComponent(tutorial?.url.hash.slice(1) ?? '')).toBe(docsIn(shipped, 'de').find((d) => d.slug === 'training')?.sections[englishAt]?.anchor);
  });

  it('/deadlines, /tiers, /help and /find link to the pages in the user\'s language', async () => {
    for (const locale of shipped.catalogs.locales) {
      const chat = h.chat({ userId: LAKESHORE_USER });
      await chat.pressData(`l:${locale.id}`);
      const prefix = locale.prefix ? `/${locale.prefix}` : '';
      const deadlines = docsLinksIn(await chat.send('/deadlines'));
      // Each deadline's "more" link: the section the rules name, in the language's page and words.
      expect(deadlines.length, locale.id).toBeGreaterThan(1);
      for (const link of deadlines) {
        expect(link.url.hash, `${locale.id} ${link.url.href}`).not.toBe('');
        expectResolves(shipped, locale, link.url, link.title);
      }
      const [tiers] = docsLinksIn(await chat.send('/tiers'));
      expect(tiers?.url.href).toBe(`${SITE}${prefix}/program/statuses/`);
      expectResolves(shipped, locale, tiers?.url as URL, tiers?.title);
      expect(await chat.send('/help')).toContain(`<${SITE}${prefix}/program/>`);
      // /find asks for a service first; the first button is any service.
      await chat.send('/find de');
      const partners = [...(await chat.send('1')).matchAll(LINK)].map((m) => new URL(m[2] ?? ''));
      expect(partners.length, locale.id).toBeGreaterThan(1);
      for (const url of partners) expect(url.pathname, locale.id).toMatch(new RegExp(`^${prefix}/partners/`));
    }
  });
});

describe('a page a language has not translated', () => {
  let dir: string;
  let content: Content;
  let g: Harness;
  beforeAll(async () => {
    // The shipped content without the German penalties page: the site shows the English one there.
    dir = await mkdtemp(path.join(tmpdir(), 'bot-docs-links-'));
    await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.includes(`${path.sep}src`) });
    await rm(path.join(dir, 'docs', 'de', 'penalties.md'));
    const loaded = await checkContent({ dir });
    if (!loaded.content) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
    content = loaded.content;
    g = await startHarness({ contentDir: dir });
  });
  afterAll(async () => {
    await g.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('links to the English page at the German address, with its English title and anchors', async () => {
    const german = content.catalogs.locales.find((l) => l.id === 'de') as LocaleInfo;
    const english = content.docs.find((d) => d.slug === 'penalties');
    const section = english?.sections[0];
    expect(docsIn(content, 'de').find((d) => d.slug === 'penalties')?.locale).toBe('en');
    const link = parseTelegramLink(docsLinks(content, german, SITE).link('penalties', section?.anchor).value);
    expect(link).toEqual({ href: `${SITE}/de/program/penalties/#${section?.anchor}`, text: `${english?.title} › ${section?.title}` });
    // And a German page's link to it, checked against the English anchors the site shows there.
    const from = docsIn(content, 'de').filter((d) => d.locale === 'de').flatMap((d) => docOutline(d.body).links.map((l) => ({ d, href: l.href })))
      .filter(({ href }) => parseDocHref(href).kind === 'doc' && (parseDocHref(href) as { page?: string }).page === 'penalties');
    for (const { d, href } of from) expectResolves(content, german, new URL(docsLinks(content, german, SITE).resolve(d.slug, href)));
  });

  it('answers a German user with the link the site serves', async () => {
    const german = content.catalogs.locales.find((l) => l.id === 'de') as LocaleInfo;
    const reply = await g.chat({ userId: 700100003, languageCode: 'de' }).send('How long can a partner be blocked?');
    const links = docsLinksIn(reply);
    const penalties = links.find((l) => l.url.pathname === '/de/program/penalties/');
    expect(penalties, reply).toBeDefined();
    const page = expectResolves(content, german, penalties?.url as URL, penalties?.title);
    expect(page?.locale).toBe('en');
  });
});
