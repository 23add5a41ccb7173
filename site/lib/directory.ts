/**
 * The directory's filters: parsing them from a URL, applying them with counts per option, and
 * which states have pages of their own (their addresses are in routes.ts: static pages where they exist, /partners/search/
 * for the rest), so every state can be shared and works without JavaScript.
 */
import countries from 'i18n-iso-countries';
import { Bits, listedStatuses } from '../../content/index.ts';
import type { FilterDimension, PublicPartner, Translator } from '../../content/index.ts';
import { MAX_ECHO_LENGTH } from '../server/limits.ts';
import { PAGE_SIZE } from './config.ts';
import type { SiteData } from './site-data.ts';
import { countryLabel, serviceLabel, statusName } from './words.ts';

/** The filter dimensions, in the order the form shows them. */
export const DIMENSIONS = ['country', 'status', 'service', 'language'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A directory state. */
export interface Filters {
  country?: string;
  status?: string;
  service?: string;
  language?: string;
  /** Free text. */
  q?: string;
  /** 1-based page. */
  page: number;
}

/** One option of a filter with the number of partners it would show. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** The result of applying filters. */
export interface DirectoryResult {
  filters: Filters;
  partners: PublicPartner[];
  total: number;
  pages: number;
  facets: Record<Dimension, FacetOption[]>;
  /** What the search box's words were read as. */
  understood: Understood;
}

/** Longest free-text search, in characters; longer text is cut. */
const MAX_QUERY_LENGTH = 200;

/** How an option of a dimension is named, in the page's language. */
export function optionLabel(data: SiteData, t: Translator, dimension: Dimension, value: string): string {
  switch (dimension) {
    case 'country': return countryLabel(t, value);
    case 'status': return statusName(t, data.rules, value);
    case 'service': return serviceLabel(t, data.rules, value);
    case 'language': return t.language(value);
  }
}

/** A filter parameter that names nothing the directory has: the page answers with `status` and says why. */
export interface FilterProblem {
  param: string;
  /** What was sent, cut short for showing. */
  value: string;
  /** 400 for a value that is malformed, 404 for one that names nothing. */
  status: 400 | 404;
  message: string;
}

const languageCodes = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const shown = (value: string) => (value.length > MAX_ECHO_LENGTH ? `${value.slice(0, MAX_ECHO_LENGTH)}…` : value);

/** Why `value` is not an option of `dimension`, in words. */
function unknownValue(data: SiteData, t: Translator, dimension: Dimension, value: string): string {
  const v = shown(value);
  switch (dimension) {
    case 'country':
      return /^[a-z]{2}$/.test(value) && countries.isValid(value.toUpperCase())
        ? t.t('site-filter-country-unlisted', { country: countryLabel(t, value) })
        : t.t('site-filter-country-unknown', { value: v });
    case 'status': {
      const which = t.t('site-filter-statuses-listed', { statuses: t.list(listedStatuses(data.rules).map((x) => statusName(t, data.rules, x.id))) });
      const status = data.rules.statuses.find((x) => x.id === value);
      return `${status ? t.t('site-filter-status-unlisted', { status: statusName(t, data.rules, status.id) }) : t.t('site-filter-status-unknown', { value: v })} ${which}`;
    }
    case 'service':
      return t.t('site-filter-service-unknown', { value: v, services: data.rules.services.map((x) => x.id).join(', ') });
    case 'language':
      return /^[a-z]{2}$/.test(value) && languageCodes.of(value)
        ? t.t('site-filter-language-unlisted', { language: t.language(value) })
        : t.t('site-filter-language-unknown', { value: v });
  }
}

/**
 * Filters from URL parameters, and every parameter that names nothing: an unknown country, status,
 * service or language, a page that is not a positive whole number, or a filter given twice. Other
 * parameters (like utm_source) are ignored. An empty value means "any", as the form sends it.
 */
export function readFilters(params: URLSearchParams, data: SiteData, t: Translator): { filters: Filters; problems: FilterProblem[] } {
  // The index keeps the partners of every value: no pass over the directory per request.
  const index = data.searchIndex(t.locale.id).directory;
  const listed = (d: Dimension) => new Set([...index.values(d)].filter(([, bits]) => bits.count() > 0).map(([v]) => v));
  const known: Record<Dimension, Set<string>> = {
    country: listed('country'),
    status: new Set(listStatusIds(data)),
    service: new Set(data.rules.services.map((s) => s.id)),
    language: listed('language'),
  };
  const problems: FilterProblem[] = [];
  const single = (name: string): string | undefined => {
    const values = params.getAll(name).map((v) => v.trim()).filter(Boolean);
    if (values.length > 1) problems.push({ param: name, value: shown(values.join(', ')), status: 400, message: t.t('site-filter-repeated', { param: name, count: values.length }) });
    return values[0];
  };
  const filters: Filters = { page: 1 };
  const page = single('page');
  if (page !== undefined) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) filters.page = Number(page);
    else problems.push({ param: 'page', value: shown(page), status: 400, message: t.t('site-filter-page-unknown', { value: shown(page) }) });
  }
  for (const d of DIMENSIONS) {
    const value = single(d)?.toLowerCase();
    if (value === undefined) continue;
    if (known[d].has(value)) filters[d] = value;
    else problems.push({ param: d, value: shown(value), status: 404, message: unknownValue(data, t, d, value) });
  }
  const q = single('q')?.slice(0, MAX_QUERY_LENGTH);
  if (q) filters.q = q;
  return { filters, problems };
}

function listStatusIds(data: SiteData): string[] {
  return listedStatuses(data.rules).map((s) => s.id);
}

/** `q` without the words `text` (a chip's): the state the chip's × leads to. */
export function withoutWords(q: string | undefined, text: string): string | undefined {
  if (!q) return undefined;
  const rest = q.replace(text, ' ').replace(/\s+/g, ' ').trim();
  return rest || undefined;
}

/**
 * The filters of a directory address `/partners/<key>/`: a country code of a listed partner or a
 * listed status; undefined when the key is neither (a partner's slug, or nothing).
 */
export function filtersForKey(data: SiteData, key: string): Filters | undefined {
  if (/^[a-z]{2}$/.test(key) && data.directory.some((p) => p.country.toLowerCase() === key)) return { country: key, page: 1 };
  if (listedStatuses(data.rules).some((s) => s.id === key)) return { status: key, page: 1 };
  return undefined;
}

/** A page number from an address (`2`, not `02`, `-1` or `abc`), or undefined. */
export function pageNumber(text: string | undefined): number | undefined {
  return text !== undefined && /^[1-9]\d{0,5}$/.test(text) ? Number(text) : undefined;
}

/** The problem of asking for a page past the last one, if `filters` does. */
export function pageProblem(filters: Filters, result: DirectoryResult, t: Translator): FilterProblem | undefined {
  if (filters.page <= result.pages) return undefined;
  return { param: 'page', value: String(filters.page), status: 404, message: t.t('site-filter-page-past', { page: filters.page, pages: result.pages }) };
}

/** Results of the static filter states (no free text, at most one filter) per language, kept per content version. */
const memo = new WeakMap<SiteData, Map<string, Computed>>();

/** A filter the search box's words name, shown as a chip that removes its words. */
export interface UnderstoodChip {
  dimension: Dimension | 'city';
  value: string;
  label: string;
  /** The words that named it, as typed. */
  text: string;
}

/** What the search understood of the free text. */
export interface Understood {
  /** Filters named by the words ("gold training germany": Gold, Training, Germany). */
  chips: UnderstoodChip[];
  /** The words left for the text search. */
  text: string;
  /** Nothing matched every word, so partners matching some are shown. */
  widened: boolean;
  /** The query with misspellings corrected, when there were some. */
  suggestion?: string;
  /** A city named, by its key. */
  city?: string;
}

interface Computed {
  order: number[];
  total: number;
  facets: Record<Dimension, FacetOption[]>;
  understood: Understood;
}

/**
 * Applies `filters` in the language of `t` (its search reads the words; its names label the
 * options): the page of partners, the total, and for each dimension the count of each option.
 */
export function applyFilters(data: SiteData, t: Translator, filters: Filters): DirectoryResult {
  const set = DIMENSIONS.filter((d) => filters[d] !== undefined);
  const key = !filters.q && set.length <= 1 ? `${t.locale.id}:${set.map((d) => `${d}=${filters[d]}`).join('')}` : undefined;
  let computed = key === undefined ? undefined : memo.get(data)?.get(key);
  if (!computed) {
    computed = filterAll(data, t, filters);
    if (key !== undefined) {
      if (!memo.has(data)) memo.set(data, new Map());
      memo.get(data)?.set(key, computed);
    }
  }
  const { order, total, facets, understood } = computed;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const index = data.searchIndex(t.locale.id).directory;
  const partners = order.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((i) => index.partner(i)).filter((p): p is PublicPartner => p !== undefined);
  return { filters: { ...filters, page }, partners, total, pages, facets, understood };
}

/** The filters in effect: those of the address, and those the search box's words name. */
export function effectiveFilters(result: DirectoryResult): Filters {
  const out: Filters = { ...result.filters };
  for (const chip of result.understood.chips) if (chip.dimension !== 'city') out[chip.dimension] = chip.value;
  return out;
}

/**
 * Every partner matching `filters` (as positions, in the order shown), with the counts per
 * option. The free text is read first: words naming a status, service, country, city or language
 * filter by it; the other words are searched, every one of them, or some of them when none has all.
 */
function filterAll(data: SiteData, t: Translator, filters: Filters): Computed {
  const index = data.searchIndex(t.locale.id).directory;
  const explicit = new Set(DIMENSIONS.filter((d) => filters[d] !== undefined));
  const reading = filters.q ? index.readQuery(filters.q, explicit) : undefined;
  const chips: UnderstoodChip[] = [];
  const active: [FilterDimension, string][] = DIMENSIONS.filter((d) => filters[d] !== undefined).map((d) => [d, filters[d] as string]);
  for (const [d, f] of Object.entries(reading?.filters ?? {}) as [FilterDimension, { value: string; text: string }][]) {
    active.push([d, f.value]);
    chips.push({ dimension: d, value: f.value, text: f.text, label: d === 'city' ? index.cityName(f.value) ?? f.text : optionLabel(data, t, d, f.value) });
  }
  const match = reading?.text ? index.matchText(reading.text) : undefined;
  const textBits = match ? Bits.of(match.scores.keys()) : undefined;
  const none = new Bits();
  const base = (except?: FilterDimension) => {
    const bits = textBits ? textBits.clone() : index.all();
    for (const [d, v] of active) if (d !== except) bits.and(index.withValue(d, v) ?? none);
    return bits;
  };
  const results = base();
  const order = match
    ? [...match.scores.entries()].filter(([i]) => results.has(i)).sort((a, b) => Number(index.partner(b[0])?.featured) - Number(index.partner(a[0])?.featured) || b[1] - a[1]).map(([i]) => i)
    : index.ordered().filter((i) => results.has(i));
  const facets = {} as Record<Dimension, FacetOption[]>;
  for (const d of DIMENSIONS) {
    const within = base(d);
    const counts = new Map<string, number>();
    for (const [value, bits] of index.values(d)) {
      const n = within.countAnd(bits);
      if (n > 0) counts.set(value, n);
    }
    // The selected option always shows, even when nothing else matches with it.
    const selected = filters[d] ?? active.find(([x]) => x === d)?.[1];
    if (selected && !counts.has(selected)) counts.set(selected, 0);
    facets[d] = [...counts].map(([value, count]) => ({ value, label: optionLabel(data, t, d, value), count }))
      .sort((a, b) => (d === 'status' ? statusOrder(data, b.value) - statusOrder(data, a.value) : t.compare(a.label, b.label)));
  }
  const understood: Understood = { chips, text: reading?.text ?? '', widened: match?.widened ?? false };
  if (reading?.suggestion) understood.suggestion = reading.suggestion;
  const city = reading?.filters.city?.value;
  if (city) understood.city = city;
  return { order, total: order.length, facets, understood };
}

function statusOrder(data: SiteData, id: string): number {
  return data.rules.statuses.findIndex((s) => s.id === id);
}

/**
 * The heading of a filter state, naming every filter in effect, those the search box's words name
 * too: "Find a partner", "Partners in Germany", "Gold partners for Training in Germany",
 * "Partners in Munich matching “workshop”". Each filter is a message around the title so far, so
 * a language orders the words as it does.
 */
export function stateTitle(data: SiteData, t: Translator, filters: Filters, understood?: Understood): string {
  const effective: Filters = { ...filters };
  for (const chip of understood?.chips ?? []) if (chip.dimension !== 'city') effective[chip.dimension] = chip.value;
  const city = understood?.chips.find((c) => c.dimension === 'city')?.label;
  const text = understood ? understood.text : filters.q ?? '';
  const set = DIMENSIONS.filter((d) => effective[d] !== undefined);
  if (set.length === 0 && !city && !text) return filters.q ? t.t('site-title-matching-only', { text: filters.q }) : t.t('site-directory-title');
  const label = (d: Dimension) => optionLabel(data, t, d, effective[d] as string);
  let title = effective.status ? t.t('site-title-status-partners', { status: label('status') }) : t.t('site-title-partners');
  if (effective.service) title = t.t('site-title-for-service', { title, service: label('service') });
  if (effective.language) title = t.t('site-title-speaking', { title, language: label('language') });
  const where = [city, effective.country && label('country')].filter(Boolean).join(', ');
  if (where) title = t.t('site-title-in', { title, place: where });
  if (text) title = t.t('site-title-matching', { title, text });
  return title;
}

/** Static directory pages: every listed country and status, with their page counts. */
export function staticFilterStates(data: SiteData, t: Translator): Filters[] {
  const states: Filters[] = [{ page: 1 }];
  for (const country of new Set(data.directory.map((p) => p.country.toLowerCase()))) states.push({ country, page: 1 });
  for (const s of data.rules.statuses.filter((x) => x.listing !== 'none')) states.push({ status: s.id, page: 1 });
  return states.flatMap((state) => {
    const { pages } = applyFilters(data, t, state);
    return Array.from({ length: pages }, (_, i) => ({ ...state, page: i + 1 }));
  });
}
