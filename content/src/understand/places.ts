/**
 * Countries and languages by name, for reading questions and searches: every country by its ISO
 * code and by its names (English ones, and the names in every other language the country library
 * knows, so "Mexiko" and "Deutschland" are countries too), and languages by their English names.
 */
import countries from 'i18n-iso-countries';
import { fold } from './text.ts';

/** A country's names, folded, with its code; built once per process. */
let countryNames: ReadonlyMap<string, string> | undefined;

/**
 * Every country name the library knows, folded and cut into words joined by one space, to its ISO
 * code: English names and aliases of three letters or more ("usa"), then the names in other
 * languages of four letters or more; shorter foreign names ("us", "man") are too often words. An
 * English name wins over a foreign one spelt the same.
 */
export function countriesByName(): ReadonlyMap<string, string> {
  if (countryNames) return countryNames;
  const byName = new Map<string, string>();
  const add = (code: string, names: readonly string[], minLength: number) => {
    for (const name of names) {
      const key = fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
      if (key.length >= minLength && !byName.has(key)) byName.set(key, code);
    }
  };
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) add(code, names, 3);
  for (const language of countries.getSupportedLanguages()) {
    if (language === 'en') continue;
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) add(code, names, 4);
  }
  countryNames = byName;
  return byName;
}

/** Whether `code` (any case) is an ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  return /^[a-z]{2}$/i.test(code) && countries.isValid(code.toUpperCase());
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a language code ("de" → "German"), when the runtime knows it. */
export function languageName(code: string): string | undefined {
  // Asked for every partner's languages: each code is looked up once.
  if (!languageNamesByCode.has(code)) languageNamesByCode.set(code, languageNames.of(code));
  return languageNamesByCode.get(code);
}
const languageNamesByCode = new Map<string, string | undefined>();
