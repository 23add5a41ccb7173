/**
 * The languages the project speaks: one per folder of `content/locales/` (English, `en`, is the
 * source; `de`, `es`, `pt-BR`…). A fifth language is a new folder of catalogs (and of docs): no code.
 */

/** A language the site and the bot speak. */
export interface LocaleInfo {
  /** BCP 47 tag as the folder is named: `en`, `de`, `pt-BR`. */
  id: string;
  /** The site's address prefix: none for English, `de`, `pt-br` (lowercase). */
  prefix: string;
  /** The language's name in itself ("Deutsch", "Português (Brasil)"). */
  name: string;
}

/** The source language: every message is written in it first, and every other falls back to it. */
export const SOURCE_LOCALE = 'en';

/** A folder name that can be a locale: a language code, optionally with a region (`pt-BR`). */
export const LOCALE_ID = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** The language's name in itself, capitalised as a menu shows it. */
function nativeName(id: string): string {
  const name = new Intl.DisplayNames([id], { type: 'language' }).of(id) ?? id;
  return name.charAt(0).toLocaleUpperCase(id) + name.slice(1);
}

/** The language's name in English, as the content check's messages name it ("French", "Brazilian Portuguese"). */
export function englishName(id: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(id) ?? id;
}

/** The locales of these catalog folders, English first, then by id. */
export function localesOf(ids: readonly string[]): LocaleInfo[] {
  return [...ids]
    .sort((a, b) => Number(b === SOURCE_LOCALE) - Number(a === SOURCE_LOCALE) || a.localeCompare(b))
    .map((id) => ({ id, prefix: id === SOURCE_LOCALE ? '' : id.toLowerCase(), name: nativeName(id) }));
}

/**
 * The best of `available` for a list of wanted languages (an Accept-Language header's, or a
 * Telegram user's `language_code`), by exact tag, then by language alone (`pt` → `pt-BR`,
 * `de-AT` → `de`); undefined when none fits.
 */
export function matchLocale(wanted: readonly string[], available: readonly LocaleInfo[]): LocaleInfo | undefined {
  for (const tag of wanted) {
    const lower = tag.trim().toLowerCase();
    if (!lower) continue;
    const exact = available.find((l) => l.id.toLowerCase() === lower);
    if (exact) return exact;
    const language = lower.split(/[-_]/)[0];
    const same = available.find((l) => l.id.toLowerCase().split('-')[0] === language);
    if (same) return same;
  }
  return undefined;
}

/** The languages an Accept-Language header asks for, most wanted first (q=0 left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((l) => l.tag && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .slice(0, 20)
    .map((l) => l.tag);
}
