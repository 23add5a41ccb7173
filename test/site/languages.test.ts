/**
 * The site in every language: addresses under each language's prefix, `<html lang>` and the
 * hreflang alternates, the root's one choice by Accept-Language or the remembered cookie, and
 * the switcher that keeps the page and its filters. The test content has a German catalog (the
 * shipped one, or the tests' own small one: see setup.ts).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { docsLinks } from '../../bot/format/docs-link.ts';
import { docsIn, loadContent, translatorFor } from '../../content/index.ts';
import type { Content, LocaleInfo, Translator } from '../../content/index.ts';

const base = inject('baseUrl');
let content: Content;
let locales: LocaleInfo[];
let de: Translator;
beforeAll(async () => {
  content = await loadContent({ dir: inject('contentDir') });
  locales = content.catalogs.locales;
  de = translatorFor(content.catalogs, 'de', content.rules.info.moneyPrefix);
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { redirect: 'manual', headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const alternatesOf = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const unescape = (s: string) => s.replace(/&amp;/g, '&');

describe('addresses per language', () => {
  it('serves every page under each language prefix, in that language, with its alternates', async () => {
    expect(locales.map((l) => l.id)).toContain('de');
    for (const path of ['/', '/partners/', '/partners/de/', '/partners/isartal-systems/', '/program/', '/program/statuses/', '/check/', '/request/']) {
      for (const locale of locales) {
        const address = locale.prefix ? `/${locale.prefix}${path}` : path;
        const page = await get(address, { cookie: 'lang=en' });
        expect({ address, status: page.status }).toEqual({ address, status: 200 });
        expect({ address, lang: langOf(page.text) }).toEqual({ address, lang: locale.id });
        const site = new URL(canonicalOf(page.text) ?? '').origin;
        expect(canonicalOf(page.text)).toBe(`${site}${address}`);
        const expected = Object.fromEntries([...locales.map((l) => [l.id, `${site}${l.prefix ? `/${l.prefix}` : ''}${path}`]), ['x-default', `${site}${path}`]]);
        expect(alternatesOf(page.text)).toEqual(expected);
      }
    }
  });

  it('says in the page language that a page does not exist, and leaves other prefixes alone', async () => {
    const missing = await get('/de/no-such-page/');
    expect(missing.status).toBe(404);
    expect(langOf(missing.text)).toBe('de');
    expect(missing.text).toContain(de.t('site-notfound-heading'));
    // No language has the prefix "xx": an address like any other, and not found.
    const other = await get('/xx/partners/');
    expect(other.status).toBe(404);
    expect(langOf(other.text)).toBe('en');
    const bare = await get('/de?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/de/?x=1');
  });

  it('keeps each language apart in the page cache', async () => {
    for (let i = 0; i < 2; i++) {
      expect(langOf((await get('/partners/gold/')).text)).toBe('en');
      expect(langOf((await get('/de/partners/gold/')).text)).toBe('de');
    }
  });

  it('takes form posts in every language', async () => {
    const response = await fetch(`${base}/de/check/`, { method: 'POST', body: new URLSearchParams({ status: content.rules.statuses[0]?.id ?? '', sales: '0', clients: '0' }), headers: { origin: base }, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(langOf(await response.text())).toBe('de');
  });

  it('lists every page in every language in the sitemap, each with its alternates and x-default', async () => {
    const sitemap = (await get('/sitemap.xml')).text;
    const site = /<loc>(https?:\/\/[^/<]+)\//.exec(sitemap)?.[1] ?? '';
    expect(sitemap).toContain(`<loc>${site}/de/partners/isartal-systems/</loc>`);
    const entry = new RegExp(`<url><loc>${site}/de/program/nfr/</loc>([\\s\\S]*?)</url>`).exec(sitemap)?.[1] ?? '';
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${site}/program/nfr/"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${site}/de/program/nfr/"/>`);
    expect(entry).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${site}/program/nfr/"/>`);
  });
});

describe('the root chooses a language once', () => {
  it('sends a visitor whose browser asks for German to the German home, and says the answer varies', async () => {
    const chosen = await get('/?utm_source=x', { 'accept-language': 'de-AT,de;q=0.9,en;q=0.8' });
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get('location')).toBe('/de/?utm_source=x');
    expect(chosen.headers.get('vary')).toBe('Accept-Language, Cookie');
    const english = await get('/', { 'accept-language': 'fr-CH, en;q=0.5' });
    expect(english.status).toBe(200);
    expect(langOf(english.text)).toBe('en');
    expect(english.headers.get('vary')).toMatch(/^Accept-Language, Cookie\b/);
    // A language the site does not speak leaves English.
    expect((await get('/', { 'accept-language': 'ja' })).status).toBe(200);
  });

  it('remembers the language chosen with the switcher over the browser’s', async () => {
    expect((await get('/', { 'accept-language': 'de', cookie: 'lang=en' })).status).toBe(200);
    const remembered = await get('/', { cookie: 'theme=dark; lang=de' });
    expect(remembered.status).toBe(302);
    expect(remembered.headers.get('location')).toBe('/de/');
  });

  it('never redirects any other address by language', async () => {
    for (const path of ['/partners/', '/program/', '/check/']) {
      const page = await get(path, { 'accept-language': 'de', cookie: 'lang=de' });
      expect({ path, status: page.status, lang: langOf(page.text) }).toEqual({ path, status: 200, lang: 'en' });
    }
  });
});

describe('the language switcher', () => {
  it('links each page, filters and all, to the same page in every other language, and remembers the choice', async () => {
    const page = await get('/partners/search/?country=us&service=telephony', { cookie: 'lang=en' });
    const links = [...page.text.matchAll(/<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+">([^<]+)<\/a>/g)];
    const german = links.find((m) => m[2] === 'de');
    expect(german?.[3]).toBe('Deutsch');
    const switched = await get(unescape(german?.[1] ?? ''));
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/de/partners/search/?country=us&service=telephony');
    expect(switched.headers.get('set-cookie')).toMatch(/^lang=de; Path=\/; Max-Age=\d+; SameSite=Lax$/);
    const back = (await get('/de/partners/', { cookie: 'lang=de' })).text;
    const english = [...back.matchAll(/<a href="([^"]+)" hreflang="en"/g)][0]?.[1] ?? '';
    const toEnglish = await get(unescape(english));
    expect(toEnglish.headers.get('location')).toBe('/partners/');
    expect(toEnglish.headers.get('set-cookie')).toMatch(/^lang=en;/);
  });

  it('follows the filters the page shows now (the directory script changes them in place), told by the Referer', async () => {
    const switched = await get(`/language/?to=${encodeURIComponent('/de/partners/')}`, { referer: `${base}/partners/search/?country=de&status=gold` });
    expect(switched.headers.get('location')).toBe('/de/partners/search/?country=de&status=gold');
    const fromGerman = await get(`/language/?to=${encodeURIComponent('/partners/')}`, { referer: `${base}/de/partners/gold/` });
    expect(fromGerman.headers.get('location')).toBe('/partners/gold/');
    // Another site's Referer is not followed.
    const elsewhere = await get(`/language/?to=${encodeURIComponent('/de/partners/')}`, { referer: 'https://elsewhere.example/partners/gold/' });
    expect(elsewhere.headers.get('location')).toBe('/de/partners/');
  });

  it('sends nobody to another site', async () => {
    for (const to of ['//evil.example/', 'https://evil.example/', '/\\evil.example/', '']) {
      expect((await get(`/language/?to=${encodeURIComponent(to)}`)).status).toBe(404);
    }
  });
});

/** A page's words as a reader gets them: its text and the words of its attributes people read (labels, placeholders, titles). */
const readable = (html: string) => [
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '),
  ...[...html.matchAll(/\s(?:aria-label|placeholder|title|alt|content)="([^"]*)"/g)].map((m) => m[1] ?? ''),
].join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

/** Every kind of page, by address without its language prefix (one English docs page shows in German: see setup.ts). */
const PAGE_KINDS = [
  '/', '/partners/', '/partners/page/2/', '/partners/de/', '/partners/gold/', '/partners/search/?q=training+germany', '/partners/search/?q=Isartall',
  '/partners/search/?country=jp&service=telephony', '/partners/search/?country=zz', '/partners/isartal-systems/', '/partners/alpen-werkstatt/',
  '/program/', '/program/nfr/', '/program/statuses/', '/program/penalties/', '/check/', '/request/', '/request/?partner=isartal-systems', '/no-such-page/',
];

describe('every page kind in every language', () => {
  it('shows no message id: every message the pages use is in the catalogs', async () => {
    const ids = [...(content.catalogs.messages.get('en')?.keys() ?? [])].filter((id) => !id.startsWith('-'));
    expect(ids.length).toBeGreaterThan(100);
    const id = new RegExp(`(?<![\\w-])(?:${ids.join('|')}|site-[a-z0-9]+(?:-[a-z0-9]+)+)(?![\\w-])`);
    for (const locale of locales) {
      for (const path of PAGE_KINDS) {
        const address = `${locale.prefix ? `/${locale.prefix}` : ''}${path}`;
        const words = readable((await get(address)).text);
        expect({ address, id: id.exec(words)?.[0] }).toEqual({ address, id: undefined });
      }
      const posted = await fetch(`${base}${locale.prefix ? `/${locale.prefix}` : ''}/check/`, { method: 'POST', body: new URLSearchParams({ status: 'silver', sales: '2.600', clients: 'x' }), headers: { origin: base } });
      expect({ locale: locale.id, id: id.exec(readable(await posted.text()))?.[0] }).toEqual({ locale: locale.id, id: undefined });
    }
  });

  it('leaves no English words where the language has its own', async () => {
    // Messages without variables, of several words: one word ("Partners") may be in a partner's name.
    const english = translatorFor(content.catalogs, 'en', content.rules.info.moneyPrefix);
    const withoutVariables = (id: string) => content.catalogs.messages.get('en')?.get(id)?.variables.size === 0;
    const plain = [...(content.catalogs.messages.get('de')?.keys() ?? [])]
      .filter((id) => !id.startsWith('-') && withoutVariables(id) && de.has(id))
      .map((id) => ({ id, en: english.t(id), de: de.t(id) }))
      .filter((m) => m.en.length >= 8 && /\s/.test(m.en.trim()) && m.en !== m.de && !/[{}]/.test(m.en));
    // The same English words may be another message's, one the language has not translated yet: those show in English.
    const untranslated = new Set([...(content.catalogs.messages.get('en')?.keys() ?? [])].filter((id) => !id.startsWith('-') && withoutVariables(id) && !de.has(id)).map((id) => english.t(id)));
    const own = plain.filter((m) => !untranslated.has(m.en));
    expect(own.length).toBeGreaterThan(5);
    // Parts marked as written in another language (an English page's title in the docs menu) are left out.
    const others = /<(a|span|p|strong|li|ul)\b[^>]*\slang="(?!de")[^"]*"[^>]*>[\s\S]*?<\/\1>/g;
    // Docs pages German shows in English are English, as they say.
    const inEnglish = new Set((content.docsByLocale.get('de') ?? []).filter((d) => d.locale !== 'de').map((d) => (d.slug === 'index' ? '/program/' : `/program/${d.slug}/`)));
    expect(inEnglish.has('/program/penalties/')).toBe(true);
    for (const path of PAGE_KINDS.filter((p) => !inEnglish.has(p))) {
      const words = readable((await get(`/de${path}`)).text.replace(others, ' '));
      expect({ path, english: own.filter((m) => words.includes(m.en)).map((m) => m.id) }).toEqual({ path, english: [] });
    }
  });
});

describe('docs in every language', () => {
  it('shows a translated page in its language, under its own date and edit link', async () => {
    const german = content.docsByLocale.get('de')?.find((d) => d.slug === 'nfr');
    expect(german?.locale).toBe('de');
    const page = (await get('/de/program/nfr/')).text;
    expect(langOf(page)).toBe('de');
    expect(page).toMatch(new RegExp(`<h1[^>]*>${german?.title}</h1>`));
    expect(page).not.toContain('class="untranslated"');
    expect(page).toContain('href="https://git.example.org/partner-hub/edit/main/content/docs/de/nfr.md"');
    // Its links go to the German pages: the German one with its section, an English one shown in German where there is no translation yet.
    const statuses = content.docsByLocale.get('de')?.find((d) => d.slug === 'statuses');
    expect(page).toContain(statuses?.locale === 'de' ? 'href="/de/program/statuses/#bronze"' : 'href="/de/program/statuses/">');
  });

  it('shows a page the language lacks in English, marked as English, with a line saying so in the language', async () => {
    expect(content.docsByLocale.get('de')?.find((d) => d.slug === 'penalties')?.locale).toBe('en');
    const english = content.docs.find((d) => d.slug === 'penalties');
    const { status, text: page } = await get('/de/program/penalties/');
    expect(status).toBe(200);
    expect(langOf(page)).toBe('de');
    expect(page).toMatch(new RegExp(`<p class="untranslated" role="note"[^>]*>${de.t('site-docs-untranslated', { language: 'Deutsch' })}</p>`));
    expect(page).toMatch(new RegExp(`<div lang="en"[^>]*><h1[^>]*>${english?.title}</h1>`));
    // The menu marks it too, and the German pages it lists are German.
    expect(page).toMatch(new RegExp(`lang="en"[^>]*>${english?.title}</a>`));
    expect(page).toMatch(new RegExp(`<a href="/de/program/nfr/"[^>]*>${content.docsByLocale.get('de')?.find((d) => d.slug === 'nfr')?.title}</a>`));
    // Its links to sections of German pages go to the German headings' anchors: the link check (links.test.ts) follows every one.
    // English readers never see the line.
    expect((await get('/program/penalties/')).text).not.toContain('class="untranslated"');
  });

  it('serves every docs address the bot links to, in every language, at a section the page has, under the title the bot gives it', async () => {
    const served = new Map<string, { status: number; text: string }>();
    const page = async (path: string) => served.get(path) ?? served.set(path, await get(path)).get(path) as { status: number; text: string };
    const text = (markup: string) => unescape(markup.replace(/<[^>]*>/g, '')).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
    let fallbacks = 0;
    for (const locale of locales) {
      const links = docsLinks(content, locale, base);
      // What the rules and the bot's code name (English sections), and every section of the pages the language shows.
      const refs = new Set([
        ...Object.values(content.rules.deadlines.kinds).map((k) => k.docs),
        ...[...content.docs, ...docsIn(content, locale.id)].flatMap((d) => [d.slug, ...d.sections.map((x) => `${d.slug}#${x.anchor}`)]),
      ]);
      for (const ref of refs) {
        const [slug = 'index', anchor] = ref.split('#');
        const [link] = parseTelegramHtml(links.link(slug, anchor).value).links;
        const url = new URL(link?.url ?? '');
        expect(url.pathname.startsWith(locale.prefix ? `/${locale.prefix}/program/` : '/program/'), url.href).toBe(true);
        const { status, text: html } = await page(url.pathname);
        expect({ ref, locale: locale.id, status }).toEqual({ ref, locale: locale.id, status: 200 });
        const [pageTitle, sectionTitle] = (link?.text ?? '').split(' › ');
        expect({ url: url.href, title: text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '') }).toEqual({ url: url.href, title: pageTitle });
        if (!anchor) continue;
        const id = decodeURIComponent(url.hash.slice(1));
        expect(html, url.href).toContain(` id="${id}"`);
        const heading = new RegExp(`<h2 id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)<a [^>]*class="heading-anchor"`).exec(html);
        expect({ url: url.href, heading: heading && text(heading[1] ?? '') }).toEqual({ url: url.href, heading: sectionTitle });
        if (docsIn(content, locale.id).find((d) => d.slug === slug)?.locale !== locale.id) fallbacks++;
      }
    }
    // The test content's German has no penalties page (see setup.ts): its English sections were followed at /de/.
    expect(fallbacks).toBeGreaterThan(0);
  });
});

describe('partner descriptions in every language', () => {
  const en = () => translatorFor(content.catalogs, 'en', content.rules.info.moneyPrefix);

  it('shows the description in the visitor\'s language when the partner wrote one', async () => {
    const english = (await get('/partners/alpen-werkstatt/')).text;
    expect(english).toContain('A small team in the Alps');
    expect(english).not.toContain('Ein kleines Team');
    expect(english).not.toContain('description-language');
    const german = (await get('/de/partners/alpen-werkstatt/')).text;
    expect(german).toContain('Ein kleines Team in den Alpen');
    expect(german).not.toContain('A small team');
    expect(german).not.toContain('description-language');
  });

  it('else shows the partner\'s own, marked with its language, in lists too', async () => {
    const page = (await get('/partners/luanda-nuvem/')).text;
    expect(page).toMatch(new RegExp(`<p class="muted small description-language"[^>]*>${en().t('site-partner-description-language', { language: en().language('pt') })}</p>`));
    expect(page).toMatch(/<div class="prose" lang="pt"[^>]*><p>Consultoria em nuvem/);
    const list = (await get('/partners/search/?country=ao')).text;
    expect(list).toMatch(/<p lang="pt"[^>]*>Consultoria em nuvem/);
    const german = (await get('/de/partners/luanda-nuvem/')).text;
    expect(german).toContain(de.t('site-partner-description-language', { language: de.language('pt') }));
  });

  it('searches the descriptions of the visitor\'s language', async () => {
    const found = async (address: string) => (await get(address)).text.includes('/partners/alpen-werkstatt/"');
    expect(await found('/partners/search/?q=workshops+offices')).toBe(true);
    expect(await found('/partners/search/?q=Werkstattkursen')).toBe(false);
    expect(await found('/de/partners/search/?q=Werkstattkursen')).toBe(true);
  });
});

describe('scripts in every language', () => {
  /** A page's scripts (not its JSON-LD data): the files it loads and the size of what it inlines. */
  const scriptsOf = (html: string) => {
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/ld\+json/.test(m[1] ?? ''));
    return { files: tags.map((m) => /\ssrc="([^"]+)"/.exec(m[1] ?? '')?.[1]).filter(Boolean), inline: tags.reduce((n, m) => n + (m[2] ?? '').length, 0) };
  };

  it('ships no page more JavaScript than its English one', async () => {
    for (const path of PAGE_KINDS) {
      const english = scriptsOf((await get(path)).text);
      for (const locale of locales.filter((l) => l.prefix)) {
        expect({ path, locale: locale.id, ...scriptsOf((await get(`/${locale.prefix}${path}`)).text) }).toEqual({ path, locale: locale.id, ...english });
      }
    }
  });
});
