/**
 * The directory's search index (MiniSearch), over the public projection of listed partners only:
 * never program data. Built once per content version and shared by the site and the bot; one
 * partner can be replaced or dropped in place (`update`), so an edit goes live without a rebuild.
 *
 * Beside the text index it keeps, per filter value (a country, a status, a service, a language, a
 * city), the set of partners that have it, as bits: a search is one text query and a few
 * intersections, and every facet count a popcount.
 *
 * The sets are built at once and are cheap; the text index and the understanding it reads
 * queries with are built on the first query (or by `warm`, in steps between requests), so a
 * directory page without a query never waits for them after a start or an edit.
 */
import MiniSearch from 'minisearch';
import type { PublicPartner } from '../public.ts';
import { descriptionIn } from '../public.ts';
import type { Rules } from '../rules.ts';
import { serviceName } from '../rules.ts';
import { languageName } from '../understand/places.ts';
import { fold } from '../understand/text.ts';
import type { Entity, Understanding } from '../understand/understanding.ts';
import { Bits } from './bits.ts';

/** The directory's filter dimensions. */
export const FILTER_DIMENSIONS = ['country', 'status', 'service', 'language', 'city'] as const;
/** One filter dimension. */
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The key of a city in the filters: its name folded, words joined by hyphens ("sao-paulo"). */
export function cityKey(city: string): string {
  return fold(city).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

/** A filter value the words of a query name, with the words that named it. */
export interface UnderstoodFilter {
  value: string;
  /** The words as typed ("germany", "München"). */
  text: string;
}

/** What the search understands of a query's words. */
export interface QueryReading {
  /** Filters named by words: "gold training germany" is Gold, Training, Germany. */
  filters: Partial<Record<FilterDimension, UnderstoodFilter>>;
  /** The words left for the text search, as typed. */
  text: string;
  /** Misspelt words read as known ones ("Isartall" as "isartal"). */
  corrections: { from: string; to: string }[];
  /** The query with the corrections made, when there are some: for "did you mean". */
  suggestion?: string;
}

/** What text search found: positions with scores, and whether only some of the words matched. */
export interface TextMatch {
  scores: Map<number, number>;
  /** Nothing had every word, so partners with some of them are shown. */
  widened: boolean;
}

const FIELDS = ['name', 'place', 'services', 'languages', 'text'] as const;
const BOOST = { name: 10, place: 5, services: 3, languages: 2, text: 1 };
/** Longest query read, in words: the rest is left out. */
const MAX_WORDS = 12;

/** The directory, searchable and filterable. */
export class SearchIndex {
  /** Partners by position; a dropped one leaves a hole. */
  private readonly partners: (PublicPartner | undefined)[] = [];
  private readonly positions = new Map<string, number>();
  private readonly sets = new Map<FilterDimension, Map<string, Bits>>(FILTER_DIMENSIONS.map((d) => [d, new Map()]));
  private readonly live = new Bits();
  private textIndex: MiniSearch<{ id: number }> | undefined;
  private order: number[] | undefined;
  /** Display names of cities by key. */
  private readonly cities = new Map<string, string>();
  /** What each position is indexed by, field by field (MiniSearch asks again when discarding). */
  private readonly docs = new Map<number, Record<(typeof FIELDS)[number], string>>();
  private readonly rules: Rules;
  private understand: () => Understanding;
  /** The reader's language (`de`, `pt-BR`): descriptions in it are searched, and names of places and languages in it too. */
  readonly locale: string;
  private readonly countryNames: Intl.DisplayNames;
  private readonly languageNames: Intl.DisplayNames;

  /** `understanding` may be given as a function, called when a query first needs it; `locale` is the reader's. */
  constructor(directory: readonly PublicPartner[], rules: Rules, understanding: Understanding | (() => Understanding), locale = 'en') {
    this.rules = rules;
    this.understand = typeof understanding === 'function' ? understanding : () => understanding;
    this.locale = locale;
    this.countryNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    this.languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const partner of directory) this.add(partner);
  }

  /** The understanding queries are read with. */
  get understanding(): Understanding {
    return this.understand();
  }

  /**
   * Reads queries with another understanding from now on (a newer content version's). Only for
   * one that splits texts into the same terms (the same language and glossary): the text index
   * keeps the terms it was built with.
   */
  readWith(understanding: () => Understanding): void {
    this.understand = understanding;
  }

  /** The text index, built over every listed partner on first use. */
  private get text(): MiniSearch<{ id: number }> {
    if (!this.textIndex) {
      const text = this.newTextIndex();
      text.addAll([...this.positions.values()].map((id) => ({ id })));
      this.textIndex = text;
    }
    return this.textIndex;
  }

  private newTextIndex(): MiniSearch<{ id: number }> {
    const understanding = this.understanding;
    return new MiniSearch<{ id: number }>({
      fields: [...FIELDS],
      extractField: (doc, field) => (field === 'id' ? doc.id : this.docs.get(doc.id)?.[field as (typeof FIELDS)[number]] ?? '') as string,
      tokenize: (text) => understanding.terms(text),
      processTerm: (term) => term,
      searchOptions: { boost: BOOST },
    });
  }

  /**
   * Builds the text index ahead of the first query, a few hundred partners at a time with the
   * event loop free in between, so requests meanwhile are answered at once. (The understanding
   * is built in one go first, when nothing has built it yet.)
   */
  async warm(): Promise<void> {
    if (this.textIndex) return;
    const text = this.newTextIndex();
    const ids = [...this.positions.values()];
    const pending = this.positions.size;
    await text.addAllAsync(ids.map((id) => ({ id })), { chunkSize: 250 });
    // Partners changed meanwhile (an update in place): the text index is built at once instead.
    if (this.textIndex || this.positions.size !== pending || ids.some((id) => !this.live.has(id))) return;
    this.textIndex = text;
  }

  /** Every listed partner in directory order: featured first, then by name. */
  ordered(): number[] {
    this.order ??= [...this.positions.values()].sort((a, b) => {
      const pa = this.partners[a] as PublicPartner;
      const pb = this.partners[b] as PublicPartner;
      return Number(pb.featured) - Number(pa.featured) || pa.name.localeCompare(pb.name, 'en');
    });
    return this.order;
  }

  /** The text index as JSON (what it would weigh if it were sent anywhere: it never is). */
  toJSON(): unknown {
    return this.text.toJSON();
  }

  /** The partner at a position. */
  partner(position: number): PublicPartner | undefined {
    return this.partners[position];
  }

  /** How many partners are listed. */
  get size(): number {
    return this.positions.size;
  }

  /** Every listed partner, as bits (a copy to intersect). */
  all(): Bits {
    return this.live.clone();
  }

  /** The partners with `value` in `dimension`; undefined when none has it. */
  withValue(dimension: FilterDimension, value: string): Bits | undefined {
    return this.sets.get(dimension)?.get(value);
  }

  /** The values of a dimension with the partners having each. */
  values(dimension: FilterDimension): ReadonlyMap<string, Bits> {
    return this.sets.get(dimension) ?? new Map();
  }

  /** The display name of a city key. */
  cityName(key: string): string | undefined {
    return this.cities.get(key);
  }

  /** The filter values of a partner, by dimension. */
  private valuesOf(p: PublicPartner): [FilterDimension, string][] {
    return [
      ['country', p.country.toLowerCase()], ['status', p.status], ['city', cityKey(p.city)],
      ...p.services.map((s) => ['service', s] as [FilterDimension, string]),
      ...p.languages.map((l) => ['language', l] as [FilterDimension, string]),
    ];
  }

  private add(p: PublicPartner): void {
    const id = this.partners.length;
    this.partners.push(p);
    this.positions.set(p.slug, id);
    this.live.add(id);
    for (const [d, v] of this.valuesOf(p)) {
      const values = this.sets.get(d) as Map<string, Bits>;
      let bits = values.get(v);
      if (!bits) values.set(v, (bits = new Bits()));
      bits.add(id);
    }
    if (p.city) this.cities.set(cityKey(p.city), p.city);
    // Names in English and in the reader's language: "Germany" and "Deutschland" both find it.
    const local = (names: Intl.DisplayNames, code: string) => (this.locale === 'en' ? '' : names.of(code) ?? '');
    this.docs.set(id, {
      name: p.name,
      place: `${p.city} ${p.countryName} ${local(this.countryNames, p.country)} ${p.country}`,
      services: p.services.map((s) => `${s} ${serviceName(this.rules, s)}`).join(' '),
      languages: p.languages.map((l) => `${languageName(l) ?? l} ${local(this.languageNames, l)}`).join(' '),
      text: descriptionIn(p, this.locale).text,
    });
    this.textIndex?.add({ id });
    this.order = undefined;
  }

  /**
   * Replaces the partner `slug` with `partner`, adds it, or (null) drops it: one discard and one
   * add in the text index and a few bits, no rebuild.
   */
  update(slug: string, partner: PublicPartner | null): void {
    const at = this.positions.get(slug);
    if (at !== undefined) {
      const old = this.partners[at] as PublicPartner;
      for (const [d, v] of this.valuesOf(old)) this.sets.get(d)?.get(v)?.delete(at);
      this.textIndex?.discard(at);
      this.docs.delete(at);
      this.partners[at] = undefined;
      this.positions.delete(slug);
      this.live.delete(at);
      this.order = undefined;
    }
    if (partner) this.add(partner);
  }

  /**
   * What a query's words name: statuses, services, countries, cities and languages become
   * filters (the first of each, when the dimension is not already set); the other words are left
   * for the text search. Misspelt words are read as known ones, and the corrected query is
   * offered as "did you mean".
   */
  readQuery(q: string, set: ReadonlySet<FilterDimension> = new Set()): QueryReading {
    const reading = this.understanding.read(q.split(/\s+/).slice(0, MAX_WORDS).join(' '));
    const filters: QueryReading['filters'] = {};
    const used = new Set<number>();
    const listed = (d: FilterDimension, v: string) => (this.sets.get(d)?.get(v)?.count() ?? 0) > 0;
    const byLength = [...reading.entities].sort((a, b) => b.length - a.length);
    for (const e of byLength) {
      const dimension = filterOf(e);
      const value = e.kind === 'country' ? e.id.toLowerCase() : e.kind === 'city' ? cityKey(e.id) : e.id;
      if (!dimension || set.has(dimension) || filters[dimension]) continue;
      if ([...Array(e.length).keys()].some((i) => used.has(e.start + i))) continue;
      // A status is a filter only when the directory lists it (Bronze is never listed).
      if (dimension === 'status' && !listed('status', value)) continue;
      filters[dimension] = { value, text: e.text };
      for (let i = 0; i < e.length; i++) used.add(e.start + i);
    }
    const rest = reading.tokens.filter((_, i) => !used.has(i)).filter((t) => !this.understanding.isStopWord(t.word));
    // The words as typed, each once (the glossary may have made one word into several).
    const text = [...new Set(rest.map((t) => q.slice(t.start, t.end)))].join(' ');
    const corrections = reading.corrections.map((c) => ({ from: c.from, to: c.word }));
    let suggestion: string | undefined;
    if (corrections.length) {
      suggestion = q;
      for (const c of corrections) suggestion = suggestion.replace(c.from, c.to);
    }
    return { filters, text, corrections, ...(suggestion ? { suggestion } : {}) };
  }

  /**
   * Partners whose text holds every word of `text` (whole, misspelt by a little, or as the start
   * of a longer word); when none does, those holding some of them, `widened`.
   */
  matchText(text: string): TextMatch {
    const terms = this.understanding.terms(text);
    if (terms.length === 0) return { scores: new Map(), widened: false };
    const options = { fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false), prefix: (_: string, i: number, all: string[]) => i === all.length - 1, weights: { fuzzy: 0.3, prefix: 0.5 } };
    const query = terms.join(' ');
    let results = this.text.search(query, { ...options, combineWith: 'AND' });
    let widened = false;
    if (results.length === 0 && terms.length > 1) {
      results = this.text.search(query, { ...options, combineWith: 'OR' });
      widened = results.length > 0;
    }
    return { scores: new Map(results.map((r) => [r.id as number, r.score])), widened };
  }
}

/** The filter dimension an entity gives. */
function filterOf(e: Entity): FilterDimension | undefined {
  switch (e.kind) {
    case 'status': return 'status';
    case 'service': return 'service';
    case 'country': return 'country';
    case 'city': return 'city';
    case 'language': return 'language';
  }
}
