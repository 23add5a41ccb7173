/**
 * Reading "/find germany automation": a country among the world's (by name in any language the
 * country library knows, or by its two-letter code in any case) and a service from the rules.
 * Every word is accounted for: a country, a service, a filler word ("partners", "in"), or one
 * that was not used, which the reply then names.
 */
import countries from 'i18n-iso-countries';
import type { PublicPartner, Rules } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';

/** What a /find query asks for. */
export interface FindQuery {
  /** ISO 3166 alpha-2 code of the country named, when one was (a city's, when a city was). */
  country?: string;
  /** A city of the directory named, as the partners' files write it. */
  city?: string;
  /** Id of the service named, when one was. */
  service?: string;
  /** Code of a language the partners should speak ("Portuguese", "español"), when one was named. */
  language?: string;
  /** Words that are neither a country, a service nor a filler word (and any past `MAX_QUERY_WORDS`). */
  unknown: string[];
  /** A second country or service, understood but not used: /find takes one of each. */
  extra: string[];
}

/** Words read from a query; the rest is not looked at, and is reported as not used. */
export const MAX_QUERY_WORDS = 12;

/** Words read from a message asking to find partners in a sentence of its own. */
const MAX_SENTENCE_WORDS = 60;

/**
 * Whether `text` asks to find partners, in `t`'s language or English: it names a partner (a word
 * of `bot-find-partner-words`) and asks to find one (a phrase of `bot-find-intent-phrases`: "find",
 * "is there a partner", "busco"). "How do I find clients in Germany?" names no partner.
 */
export function asksToFind(text: string, ...words: Pick<T, 'plain'>[]): boolean {
  const folded = ` ${normalize(text)} `;
  const list = (id: string, split: RegExp) => words.flatMap((w) => w.plain(id).split(split).map(normalize).filter(Boolean));
  return list('bot-find-partner-words', /\s+/).some((p) => folded.includes(` ${p} `)) && list('bot-find-intent-phrases', /,/).some((p) => folded.includes(` ${p} `));
}

const normalize = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The English names of every country (official first), by code. */
const englishNames = new Map(Object.entries(countries.getNames('en', { select: 'all' })));

/**
 * Every country name the library knows, normalized, to its code: English names and aliases of 3
 * letters or more ("usa"), then the names in every other language of 4 letters or more
 * ("deutschland", "espana"); shorter foreign names ("us", "man") are too often ordinary words.
 * An English name wins over a foreign one that is spelt the same.
 */
const countryByName: ReadonlyMap<string, string> = (() => {
  const byName = new Map<string, string>();
  const add = (code: string, names: readonly string[], minLength: number) => {
    for (const name of names) {
      const key = normalize(name);
      if (key.length >= minLength && !byName.has(key)) byName.set(key, code);
    }
  };
  for (const [code, names] of englishNames) add(code, names, 3);
  for (const language of countries.getSupportedLanguages()) {
    if (language === 'en') continue;
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) add(code, names, 4);
  }
  return byName;
})();

/** The most words any country name has ("united kingdom of great britain and northern ireland"). */
const LONGEST_NAME = Math.max(...[...countryByName.keys()].map((name) => name.split(' ').length));

/** The code of the country `text` names in full (not a bare two-letter code); undefined when none. */
export function countryByFullName(text: string): string | undefined {
  return countryByName.get(normalize(text));
}

/** The code a two-letter word stands for ("de", "DE"), when it is a country's code. */
function countryOfCode(word: string): string | undefined {
  return /^[a-z]{2}$/i.test(word) && countries.isValid(word.toUpperCase()) ? word.toUpperCase() : undefined;
}

/** The languages the country library has names in (`de`, `pt`: Portugal's Portuguese). */
const libraryLanguages = new Set(countries.getSupportedLanguages());

/**
 * A country name short enough for a button: the official name, or a shorter common one in
 * `language`: the country library's other names where it has that very language (`de`, `es`), else
 * Intl's short name, as the site names countries (the library's only Portuguese is Portugal's:
 * "Bósnia-Herzegovina" where Brazil writes "Bósnia e Herzegovina").
 */
export function shortCountryName(code: string, official: string, language = 'en'): string {
  if (official.length <= 16) return official;
  const lang = language.toLowerCase();
  const names = lang === 'en' ? englishNames.get(code) ?? []
    : libraryLanguages.has(lang) ? [countries.getName(code, lang, { select: 'all' }) ?? []].flat()
      : [new Intl.DisplayNames([language], { type: 'region', style: 'short' }).of(code) ?? official];
  return names.filter((n) => n.length > 3 && n.length < official.length).sort((a, b) => a.length - b.length).at(-1) ?? official;
}

/** The service `word` refers to, by id or a word of its name, in English or the reader's language ("automation", "voip"). */
function serviceOf(rules: Rules, word: string, t?: Pick<T, 'service'>): string | undefined {
  const w = normalize(word);
  if (w.length < 3) return undefined;
  const named = (s: { id: string; name: string }) => [s.name, ...(t ? [t.service(s.id)] : [])]
    .some((name) => normalize(name).split(' ').some((part) => part.length > 2 && part.startsWith(w)));
  return rules.services.find((s) => s.id === w || named(s))?.id;
}

/** The words a /find query may hold besides a country and a service: English's and the reader's language's. */
export function fillerWords(t: Pick<T, 'plain'>, english?: Pick<T, 'plain'>): Set<string> {
  const words = (w: Pick<T, 'plain'>) => w.plain('bot-find-filler-words').toLowerCase().split(/\s+/).filter(Boolean);
  return new Set([...words(t), ...(english ? words(english) : [])]);
}

/** The directory's cities by their normalized names ("sao paulo"), each with its country. */
export type Cities = ReadonlyMap<string, { city: string; country: string }>;

/**
 * The cities of `directory`'s partners, for /find: the first partner's spelling of each name, and
 * the names the glossaries' places give it ("München" for Munich).
 */
export function directoryCities(directory: readonly PublicPartner[], glossaries: Iterable<{ places: readonly { term: string; aliases: readonly string[] }[] }> = []): Cities {
  const cities = new Map<string, { city: string; country: string }>();
  for (const p of directory) {
    const key = normalize(p.city);
    if (key && !cities.has(key)) cities.set(key, { city: p.city, country: p.country });
  }
  for (const glossary of glossaries) {
    for (const place of glossary.places) {
      const city = cities.get(normalize(place.term));
      if (!city) continue;
      for (const alias of place.aliases) if (!cities.has(normalize(alias))) cities.set(normalize(alias), city);
    }
  }
  return cities;
}

/** The languages the directory's partners speak, by their names (normalized) in `locales` and in each language itself. */
export type Languages = ReadonlyMap<string, string>;

/** The directory's languages by name: "portuguese", "portugiesisch", "portugues" all give `pt`. */
export function directoryLanguages(directory: readonly PublicPartner[], locales: readonly string[]): Languages {
  const byName = new Map<string, string>();
  for (const code of new Set(directory.flatMap((p) => p.languages))) {
    for (const locale of [...locales, code]) {
      let name: string | undefined;
      try {
        name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
      } catch {
        name = undefined;
      }
      const key = name ? normalize(name) : '';
      // One word only ("portuguese"), never a phrase a sentence could hold by chance.
      if (key && !key.includes(' ') && !byName.has(key)) byName.set(key, code);
    }
  }
  return byName;
}

/** The most words a city name is looked for in ("rio de janeiro"). */
const LONGEST_CITY = 4;

/** One piece of a query: a run of words naming a country or a city, or one word. */
interface Piece {
  text: string;
  city?: string;
  language?: string;
  /** The country it names, and how surely: 3 a full name, 2 a code in capitals, 1 a code in lowercase. */
  country?: { code: string; sureness: number };
  service?: string;
  filler: boolean;
}

/** Cuts `words` into pieces: the longest run naming a country or a city of `cities` wins, else one word. */
function piecesOf(words: readonly string[], rules: Rules, fillers: ReadonlySet<string>, t?: Pick<T, 'service'>, cities?: Cities, languages?: Languages): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(words.length - i, LONGEST_NAME);
    while (n > 0 && !countryByFullName(words.slice(i, i + n).join(' '))) n--;
    let c = Math.min(words.length - i, LONGEST_CITY);
    while (c > 0 && !cities?.get(normalize(words.slice(i, i + c).join(' ')))) c--;
    // A city named longer than a country ("Mexico City") is the city; as long, the country.
    if (c > n) {
      const text = words.slice(i, i + c).join(' ');
      const found = cities?.get(normalize(text));
      pieces.push({ text, city: found?.city, country: { code: found?.country ?? '', sureness: 3 }, filler: false });
      i += c;
      continue;
    }
    if (n > 0) {
      const text = words.slice(i, i + n).join(' ');
      pieces.push({ text, country: { code: countryByFullName(text) ?? '', sureness: 3 }, filler: false });
      i += n;
      continue;
    }
    const word = words[i] ?? '';
    const language = languages?.get(normalize(word));
    if (language) {
      pieces.push({ text: word, language, filler: false });
      i++;
      continue;
    }
    const code = countryOfCode(word);
    const filler = fillers.has(word.toLowerCase());
    pieces.push({
      text: word, filler,
      country: code ? { code, sureness: word === word.toUpperCase() ? 2 : 1 } : undefined,
      service: code || filler ? undefined : serviceOf(rules, word, t),
    });
    i++;
  }
  return pieces;
}

/**
 * Splits a query into a country and a service. The country is the surest one named: a full name
 * (the longest run of words naming one: "united states"), then a code in capitals ("DE"), then
 * one in lowercase ("de"). Words in `fillers` ("partners", "in", "the") are skipped; one that is
 * also a code ("in" is India) is a country only when written in capitals, or alone. Only the first
 * `MAX_QUERY_WORDS` words are read.
 */
export function parseFindQuery(text: string, rules: Rules, fillers: ReadonlySet<string>, t?: Pick<T, 'service'>, cities?: Cities, options: { sentence?: boolean; languages?: Languages } = {}): FindQuery {
  // "Spanish-speaking" is two words.
  const all = text.split(/[\s,;?!.]+|-(?=\p{L})/u).filter(Boolean);
  // A sentence ("is there a partner in Madrid?") is read whole, and its small words are words:
  // "is", "it" and "my" there are not Iceland, Italy and Malaysia.
  const max = options.sentence ? MAX_SENTENCE_WORDS : MAX_QUERY_WORDS;
  const pieces = piecesOf(all.slice(0, max), rules, fillers, t, cities, options.languages);
  for (const piece of pieces) {
    if (piece.country?.sureness === 1 && ((piece.filler && all.length > 1) || options.sentence)) piece.country = undefined;
  }
  const sureness = (p: Piece) => p.country?.sureness ?? 0;
  const surest = [...pieces].sort((a, b) => sureness(b) - sureness(a) || Number(Boolean(b.city)) - Number(Boolean(a.city)))[0];
  const country = surest?.country?.code;
  const service = pieces.find((p) => p.service)?.service;
  const language = pieces.find((p) => p.language)?.language;
  const query: FindQuery = { country, ...(surest?.city ? { city: surest.city } : {}), service, ...(language ? { language } : {}), unknown: [], extra: [] };
  for (const piece of pieces) {
    if (piece.country) {
      if (piece.country.code !== country || (piece.city ?? query.city) !== query.city) query.extra.push(piece.text);
    } else if (piece.language) {
      if (piece.language !== language) query.extra.push(piece.text);
    } else if (piece.service) {
      if (piece.service !== service) query.extra.push(piece.text);
    } else if (!piece.filler) {
      query.unknown.push(piece.text);
    }
  }
  if (all.length > max) query.unknown.push(all.slice(max).join(' '));
  return query;
}

/** Countries with listed partners, with their counts, by name in the reader's language. */
export function directoryCountries(directory: readonly PublicPartner[], t: Pick<T, 'country' | 'compare'>): { code: string; name: string; count: number }[] {
  const byCode = new Map<string, { code: string; name: string; count: number }>();
  for (const p of directory) {
    const entry = byCode.get(p.country) ?? { code: p.country, name: t.country(p.country), count: 0 };
    entry.count++;
    byCode.set(p.country, entry);
  }
  return [...byCode.values()].sort((a, b) => t.compare(a.name, b.name));
}
