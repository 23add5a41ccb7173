/**
 * The one place the site chooses a language for a visitor: the root address `/`. A language
 * chosen with the switcher is remembered in a cookie and wins; without one, the browser's
 * Accept-Language header chooses, once. Every other address names its language itself (its
 * prefix), so it stays shareable and never redirects by language.
 */
import { acceptedLanguages, matchLocale, SOURCE_LOCALE } from '../../content/index.ts';
import type { LocaleInfo } from '../../content/index.ts';
import { LANGUAGE_COOKIE } from './routes.ts';

/** A year, in seconds: how long a chosen language is remembered. */
const REMEMBER_SECONDS = 365 * 24 * 3600;

/** The value of cookie `name` in a Cookie header, if set. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The language for the root: the remembered one (cookie), else the best of Accept-Language, else English. */
export function rootLocale(cookie: string | undefined, acceptLanguage: string | undefined, locales: readonly LocaleInfo[]): LocaleInfo | undefined {
  const remembered = cookieValue(cookie, LANGUAGE_COOKIE)?.toLowerCase();
  const chosen = remembered ? locales.find((l) => l.id.toLowerCase() === remembered) : undefined;
  return chosen ?? matchLocale(acceptedLanguages(acceptLanguage), locales) ?? locales.find((l) => l.id === SOURCE_LOCALE);
}

/** The Set-Cookie value that remembers `locale` for the whole site. */
export function languageCookie(locale: LocaleInfo): string {
  return `${LANGUAGE_COOKIE}=${locale.id}; Path=/; Max-Age=${REMEMBER_SECONDS}; SameSite=Lax`;
}
