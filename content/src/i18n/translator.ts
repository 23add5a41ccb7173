/**
 * Words and figures in a language: messages from the catalogs (Fluent: plurals, variables,
 * selectors), numbers, money, percentages, dates, lists and the names of countries and languages
 * through `Intl`, so German gets "2.500", "1. Dezember 2026" and "Deutschland". A message a
 * language lacks comes from English; one English lacks shows its id, which the tests look for.
 */
import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { FluentVariable } from '@fluent/bundle';
import type { Catalogs } from './catalogs.ts';
import type { LocaleInfo } from './locales.ts';
import { SOURCE_LOCALE } from './locales.ts';

/** The tag `Intl` formats a locale's figures with: English is written the British way ("1 December 2026"). */
export function intlTag(locale: string): string {
  return locale === SOURCE_LOCALE ? 'en-GB' : locale;
}

/** Figures and names in one language, through `Intl`. */
export interface Formats {
  /** `2500` → "2,500" (en), "2.500" (de). */
  number(value: number): string;
  /** An amount with the program's money prefix: "$/€2,500", "$/€2.500". */
  money(value: number): string;
  /** `40` → "40%", "40 %". */
  percent(value: number): string;
  /** A plain date `2026-12-01` → "1 December 2026", "1. Dezember 2026". */
  day(date: string): string;
  /** "a, b and c" / "a, b oder c". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** A country's name: `DE` → "Germany", "Deutschland". */
  country(code: string): string;
  /** A language's name: `de` → "German", "Deutsch". */
  language(code: string): string;
  /** Compares as people of the language sort ("Ä" with "A" in German). */
  compare(a: string, b: string): number;
}

/** A language's messages and formats. */
export interface Translator extends Formats {
  locale: LocaleInfo;
  /**
   * The message `id` with `args`; from English when this language lacks it; the id itself when no
   * catalog has it. `id.attribute` names one of the message's attributes (its value when it has none).
   */
  t(id: string, args?: Record<string, FluentVariable>): string;
  /** Whether this language (not English) has `id`. */
  has(id: string): boolean;
}

/** Formats for `locale`, with money written after `moneyPrefix`. */
export function formatsFor(locale: string, moneyPrefix: string): Formats {
  const tag = intlTag(locale);
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const countries = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' });
  const lists = { conjunction: new Intl.ListFormat(tag, { type: 'conjunction' }), disjunction: new Intl.ListFormat(tag, { type: 'disjunction' }) };
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });
  return {
    number: (value) => number.format(value),
    money: (value) => `${moneyPrefix}${number.format(Math.round(value * 100) / 100)}`,
    percent: (value) => percent.format(value / 100),
    day: (value) => date.format(new Date(`${value}T00:00:00Z`)),
    list: (items, type = 'conjunction') => lists[type].format(items),
    country: (code) => countries.of(code.toUpperCase()) ?? code,
    language: (code) => languages.of(code) ?? code,
    compare: (a, b) => collator.compare(a, b),
  };
}

/** A value a Fluent function receives, as its plain value. */
const plainValue = (value: unknown) => (typeof value === 'object' && value !== null ? value.valueOf() : value);

/**
 * The functions messages can call, in `formats`' language: `MONEY($amount)` ("$/€2.500"),
 * `DAY($date)` for a plain date ("1. Dezember 2026"), `PERCENT($value)` for a percentage given as
 * a number of percent ("40 %").
 */
export function bundleFunctions(formats: Formats): Record<string, (positional: unknown[]) => string> {
  return {
    MONEY: ([value]) => formats.money(Number(plainValue(value))),
    DAY: ([value]) => formats.day(String(plainValue(value))),
    PERCENT: ([value]) => formats.percent(Number(plainValue(value))),
  };
}

/**
 * The Fluent text of `locale`'s messages: English's first, then the language's own, which override
 * them. A message the language lacks is then English words with the language's own figures and
 * dates ("20. Dezember 2026"), not a sentence of English formats in the middle of German.
 */
export function catalogText(catalogs: Catalogs, locale: string): string[] {
  const own = (catalogs.sources.get(locale) ?? []).map((f) => f.text);
  return locale === SOURCE_LOCALE ? own : [...(catalogs.sources.get(SOURCE_LOCALE) ?? []).map((f) => f.text), ...own];
}

/** A bundle of `locale`'s messages (`catalogText`), with the functions messages can call (`bundleFunctions`). */
export function bundleFor(catalogs: Catalogs, locale: string, formats: Formats): FluentBundle {
  const bundle = new FluentBundle(intlTag(locale), {
    // Telegram's HTML and the site's markup need no invisible isolation marks around variables.
    useIsolating: false,
    functions: bundleFunctions(formats),
  });
  for (const text of catalogText(catalogs, locale)) bundle.addResource(new FluentResource(text), { allowOverrides: true });
  return bundle;
}

/** Translators already built, per catalogs (one content version) and language. */
const built = new WeakMap<Catalogs, Map<string, Translator>>();

/** The translator for `locale` (English when there is no catalog for it), built once per catalogs and language. */
export function translatorFor(catalogs: Catalogs, locale: string, moneyPrefix: string): Translator {
  const key = `${locale} ${moneyPrefix}`;
  const cache = built.get(catalogs) ?? new Map<string, Translator>();
  built.set(catalogs, cache);
  const known = cache.get(key);
  if (known) return known;
  const made = buildTranslator(catalogs, locale, moneyPrefix);
  cache.set(key, made);
  return made;
}

function buildTranslator(catalogs: Catalogs, locale: string, moneyPrefix: string): Translator {
  const info = catalogs.locales.find((l) => l.id === locale) ?? catalogs.locales.find((l) => l.id === SOURCE_LOCALE) ?? { id: SOURCE_LOCALE, prefix: '', name: 'English' };
  const formats = formatsFor(info.id, moneyPrefix);
  const bundle = bundleFor(catalogs, info.id, formats);
  const own = catalogs.messages.get(info.id);
  const format = (bundle: FluentBundle, path: string, args?: Record<string, FluentVariable>): string | undefined => {
    const [id = '', attribute] = path.split('.', 2);
    const message = bundle.getMessage(id);
    const pattern = (attribute ? message?.attributes[attribute] : undefined) ?? message?.value;
    return pattern ? bundle.formatPattern(pattern, args) : undefined;
  };
  return {
    ...formats,
    locale: info,
    t: (id, args) => format(bundle, id, args) ?? id,
    // The language's own catalog: English's messages in its bundle are not its translations.
    has: (id) => own?.has(id.split('.', 1)[0] ?? id) ?? false,
  };
}
