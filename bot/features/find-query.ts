/** Reading "/find germany automation": a country among the directory's, and a service from the rules. */
import countries from 'i18n-iso-countries';
import type { PublicPartner, Rules } from '../../content/index.ts';

/** What a /find query asks for; `unknown` holds words that are neither. */
export interface FindQuery {
  country?: string;
  service?: string;
  unknown?: string;
}

const normalize = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, ' ').trim();

const allNames = Object.entries(countries.getNames('en', { select: 'all' })) as [string, string[]][];

/**
 * The ISO code of the country `text` names: its English name, a common alias ("USA"), or its code
 * in capitals ("DE"; in lowercase only when `bareCode`, since "in" is also India).
 */
export function countryCode(text: string, bareCode = false): string | undefined {
  const trimmed = text.trim();
  if ((/^[A-Z]{2}$/.test(trimmed) || (bareCode && /^[a-z]{2}$/i.test(trimmed))) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const wanted = normalize(trimmed);
  if (wanted.length < 3) return undefined;
  return allNames.find(([, names]) => names.some((n) => normalize(n) === wanted))?.[0];
}

/** A country name short enough for a button: the official name, or a shorter common one. */
export function shortCountryName(code: string, official: string): string {
  if (official.length <= 16) return official;
  const names = allNames.find(([c]) => c === code)?.[1] ?? [];
  return names.filter((n) => n.length > 3 && n.length < official.length).sort((a, b) => a.length - b.length).at(-1) ?? official;
}

/** The service `word` refers to, by id or a word of its name ("automation", "voip"). */
function serviceOf(rules: Rules, word: string): string | undefined {
  const w = normalize(word);
  if (w.length < 3) return undefined;
  return rules.services.find((s) => s.id === w || normalize(s.name).split(' ').some((part) => part.length > 2 && part.startsWith(w)))?.id;
}

/** Splits a query into a country (the longest run of words naming one) and a service. */
export function parseFindQuery(text: string, rules: Rules): FindQuery {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  const query: FindQuery = {};
  const left: string[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(words.length - i, 5); n >= 1 && !query.country; n--) {
      const code = countryCode(words.slice(i, i + n).join(' '), words.length === 1);
      if (code) [query.country, taken] = [code, n];
    }
    if (taken) {
      i += taken;
      continue;
    }
    const service = query.service ? undefined : serviceOf(rules, words[i] ?? '');
    if (service) query.service = service;
    else left.push(words[i] ?? '');
    i++;
  }
  if (left.length) query.unknown = left.join(' ');
  return query;
}

/** Countries with listed partners, with their counts, by name. */
export function directoryCountries(directory: readonly PublicPartner[]): { code: string; name: string; count: number }[] {
  const byCode = new Map<string, { code: string; name: string; count: number }>();
  for (const p of directory) {
    const entry = byCode.get(p.country) ?? { code: p.country, name: p.countryName, count: 0 };
    entry.count++;
    byCode.set(p.country, entry);
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
