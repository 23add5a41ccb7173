/**
 * The site in every language: addresses under each language's prefix, `<html lang>` and the
 * hreflang alternates, the root's one choice by Accept-Language or the remembered cookie, and
 * the switcher that keeps the page and its filters. The test content has a German catalog (the
 * shipped one, or the tests' own small one: see setup.ts).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent, translatorFor } from '../../content/index.ts';
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
