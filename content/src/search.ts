/**
 * The search index (lunr) over the public directory and the docs sections, shared by the site and
 * the bot. Only what people search for is indexed (name, place, services, languages, a short
 * summary), never private program data: the index is built from the public projection alone.
 */
import lunr from 'lunr';
import type { DocPage } from './load/docs.ts';
import type { PublicPartner } from './public.ts';
import { plainSummary } from './markdown.ts';
import type { Rules } from './rules.ts';
import { serviceName } from './rules.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** What a search hit points at. */
export type SearchTarget =
  | { type: 'partner'; slug: string; title: string; status: string; country: string }
  | { type: 'doc'; page: string; anchor: string; title: string; pageTitle: string };

/** A built index with its compact refs: ref `p3` is targets.partners[3], `d7` is targets.docs[7]. */
export interface SearchIndex {
  index: lunr.Index;
  targets: SearchTarget[];
}

/** A search hit. */
export interface SearchHit {
  target: SearchTarget;
  score: number;
}

/** Builds the index over `partners` (public projections) and every section of `docs`. */
export function buildSearchIndex(partners: readonly PublicPartner[], docs: readonly DocPage[], rules: Rules): SearchIndex {
  const targets: SearchTarget[] = [];
  const index = lunr(function () {
    this.ref('ref');
    this.field('title', { boost: 10 });
    this.field('place', { boost: 5 });
    this.field('services', { boost: 3 });
    this.field('languages', { boost: 2 });
    this.field('text');
    this.metadataWhitelist = [];
    for (const p of partners) {
      const ref = `t${targets.length}`;
      targets.push({ type: 'partner', slug: p.slug, title: p.name, status: p.status, country: p.country });
      this.add({
        ref,
        title: p.name,
        place: `${p.city} ${p.countryName} ${p.country}`,
        services: p.services.map((s) => serviceName(rules, s)).join(' '),
        languages: p.languages.map((l) => languageNames.of(l) ?? l).join(' '),
        text: plainSummary(p.description),
      });
    }
    for (const doc of docs) {
      for (const section of doc.sections) {
        const ref = `t${targets.length}`;
        targets.push({ type: 'doc', page: doc.slug, anchor: section.anchor, title: section.title, pageTitle: doc.title });
        this.add({ ref, title: `${section.title} ${doc.title}`, place: '', services: '', languages: '', text: section.text });
      }
    }
  });
  return { index, targets };
}

/** How a multi-word query matches. */
export interface SearchOptions {
  /**
   * `all` (the default, for search boxes): every word must match, exactly or as a prefix.
   * `any` (for questions in a sentence): any word may match; documents matching more words rank higher.
   */
  match?: 'all' | 'any';
  limit?: number;
}

/** Searches free text safely: any input is accepted and no lunr query syntax is interpreted. */
export function search(built: SearchIndex, text: string, options: SearchOptions = {}): SearchHit[] {
  const { match = 'all', limit = 20 } = options;
  // Stop words are dropped first: lunr would otherwise require a word its pipeline removes.
  const words = lunr.tokenizer(text)
    .map((t) => t.toString().replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w && lunr.stopWordFilter(new lunr.Token(w.toLowerCase(), {})));
  if (words.length === 0) return [];
  const anyWord = () => built.index.query((q) => {
    for (const word of words) addWord(q, word);
  });
  let results: { ref: string; score: number }[] = match === 'all' ? allWords(built, words) : anyWord();
  // Nothing has every word: show what has some of them rather than nothing.
  if (results.length === 0 && match === 'all') results = anyWord();
  return results.slice(0, limit).map((r) => ({ target: built.targets[Number(r.ref.slice(1))] as SearchTarget, score: r.score }));
}

/** Matches `word` whole (stemmed, scoring higher) or as the start of a longer word. */
function addWord(q: lunr.Query, word: string): void {
  q.term(word, { boost: 10, usePipeline: true });
  q.term(word.toLowerCase(), { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
}

/** Documents where every word matches, whole or as a prefix (the last word is often half typed). */
function allWords(built: SearchIndex, words: readonly string[]): { ref: string; score: number }[] {
  let refs: Set<string> | undefined;
  const scores = new Map<string, number>();
  for (const word of words) {
    const hits = built.index.query((q) => addWord(q, word));
    const found = new Set(hits.map((h) => h.ref));
    refs = refs ? new Set([...refs].filter((r) => found.has(r))) : found;
    for (const h of hits) scores.set(h.ref, (scores.get(h.ref) ?? 0) + h.score);
  }
  return [...(refs ?? [])]
    .map((ref) => ({ ref, score: scores.get(ref) ?? 0 }))
    .sort((a, b) => b.score - a.score);
}
