/**
 * The docs passages, indexed with MiniSearch by the understanding's terms, and the passage that
 * answers a question. A passage is scored by how much of the question it covers: each term counts
 * by its rarity, fully in the passage's own text, less in its heading or list lead, its section
 * title, its page title, or what its page says it is about. A passage must hold a question term in
 * its own text, and may leave out one term in three (beyond the first).
 */
import MiniSearch from 'minisearch';
import type { DocPage, Passage } from '../load/docs.ts';
import { fold } from './text.ts';
import type { Reading, Understanding } from './understanding.ts';

/** Field weights, from the passage's text to what its page is about. */
const FIELDS = ['text', 'heading', 'lead', 'section', 'page', 'about'] as const;
const WEIGHTS: Record<(typeof FIELDS)[number], number> = { text: 1, heading: 0.8, lead: 0.5, section: 0.6, page: 0.45, about: 0.2 };
/** The fields that are the passage's own (up to its section title): one must hold a question term. */
const OWN_FIELDS = 4;
/** A passage may leave out one question term in this many (beyond the first)... */
const UNMATCHED_EVERY = 3;
/** ...or, in a question of at least LONG terms, any terms weighing at most this share of it. */
const MISSING_SHARE = 0.3;
const LONG = 4;
/** How much the shape of a passage counts among passages covering a question alike. */
const SHAPE = 0.03;
/** What a passage about other statuses than the one asked about keeps of its coverage. */
const OTHER_STATUS = 0.6;
/** What a passage keeps when the question's one telling term is all it shares, and it names none of the question's other topics. */
const ONE_TERM_ONLY = 0.6;
/** Terms in more than this share of passages say nothing about which one answers (like "partner"). */
const COMMON_SHARE = 0.4;

/** A passage that answers a question, with how much of it it covers (0 to 1). */
export interface PassageHit {
  passage: Passage;
  coverage: number;
  /** The question terms found in the passage's own text, heading or section title. */
  inText: number;
}

/** A docs heading a question names ("preliminary review"): the thing a section is about. */
export interface NamedHeading {
  /** Its terms, all of which the question holds. */
  terms: string[];
  page: string;
  /** The `##` section it is, or is in. */
  anchor: string;
}

/**
 * A heading names a thing when it has at least this many terms (one is a word, not a name), one
 * of them rare: in at most this share of passages ("preliminary", not "using" or "clients").
 */
const HEADING_TERMS = 2;
const HEADING_RARE = 0.05;
/** What a passage under a heading the question names gains among passages covering it alike. */
const NAMED = 3 * 0.03;

/** A docs section, by page and anchor (empty for the top of a page). */
export interface SectionRef {
  page: string;
  anchor: string;
}

/** The docs passages, searchable. */
export class PassageIndex {
  readonly passages: Passage[];
  private readonly search: MiniSearch<{ id: number }>;
  private readonly df = new Map<string, number>();
  private readonly fieldTerms: Set<string>[][];
  /** The statuses each passage names in its text, heading or section. */
  private readonly statuses: Set<string>[];
  private readonly statusStems: ReadonlyMap<string, string>;
  /** The terms of each table cell's row and column labels. */
  private readonly labels = new Map<Passage, Set<string>>();
  /** Passages saying what a thing is ("NFR means…"), or what then happens ("…is cancelled"). */
  private readonly defines = new Set<Passage>();
  private readonly consequences = new Set<Passage>();
  /** Passages of a section whose heading says what a thing is for. */
  private readonly purposes = new Set<Passage>();
  private readonly frequencies = new Set<Passage>();
  /** The first passage of each section. */
  private readonly firsts = new Set<Passage>();
  /** The topics each passage names in its own fields, worked out when first needed. */
  private readonly topics = new Map<Passage, Set<string>>();
  private readonly topicsIn: (text: string) => Set<string>;
  private readonly stemTopics: (stem: string) => string[];
  private readonly light: Set<string>;
  /** Headings that name one thing: two terms or more, the same terms under no other heading. */
  private readonly headings: (NamedHeading & { title: string })[] = [];

  constructor(docs: readonly DocPage[], understanding: Understanding) {
    // The statuses compared in a table are the rules themselves, which the facts answer from.
    this.passages = docs.flatMap((d) => d.passages).filter((p) => !p.pointer && !p.figures.includes('statusTable'));
    const about = new Map(docs.map((d) => [d.slug, `${d.title} ${d.description} ${d.passages.filter((p) => p.anchor === '').map((p) => p.plain).join(' ')}`]));
    const fieldText = (p: Passage): Record<(typeof FIELDS)[number], string> => ({
      text: `${p.plain} ${p.row ?? ''} ${p.column ?? ''}`,
      heading: p.heading ?? '',
      lead: p.kind === 'item' ? p.lead ?? '' : '',
      section: p.section,
      page: p.pageTitle,
      about: about.get(p.page) ?? '',
    });
    const texts = this.passages.map(fieldText);
    const saysIn = (plain: string, words: readonly string[]) => {
      const text = ` ${fold(plain).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      return words.some((w) => text.includes(` ${fold(w)} `));
    };
    const says = (p: Passage, words: readonly string[]) => saysIn(p.plain, words);
    const seen = new Set<string>();
    for (const p of this.passages) {
      if (says(p, understanding.language.definitionWords)) this.defines.add(p);
      if (says(p, understanding.language.consequenceWords)) this.consequences.add(p);
      if (saysIn(p.section, understanding.language.purposeWords)) this.purposes.add(p);
      if (says(p, (understanding.language.aspects.frequency ?? []).filter((w) => w.includes(' ')))) this.frequencies.add(p);
      if (!seen.has(`${p.page}#${p.anchor}`)) this.firsts.add(p);
      seen.add(`${p.page}#${p.anchor}`);
    }
    const titles = new Map<string, (NamedHeading & { title: string })[]>();
    for (const d of docs) {
      for (const p of d.passages) {
        for (const title of p.heading ? [p.section, p.heading] : [p.section]) {
          if (p.anchor === '') continue;
          const terms = [...new Set(understanding.terms(title))];
          if (terms.length < HEADING_TERMS) continue;
          const key = [...terms].sort().join(' ');
          const same = titles.get(key) ?? [];
          if (!same.some((h) => h.page === p.page && h.anchor === p.anchor)) same.push({ terms, page: p.page, anchor: p.anchor, title });
          titles.set(key, same);
        }
      }
    }
    for (const p of this.passages) if (p.kind === 'cell') this.labels.set(p, new Set(understanding.terms(`${p.row ?? ''} ${p.column ?? ''}`)));
    this.fieldTerms = texts.map((t) => FIELDS.map((f) => new Set(understanding.terms(t[f]))));
    this.topicsIn = (text) => understanding.topicsIn(text);
    this.stemTopics = (stem) => understanding.stemTopics(stem);
    this.light = new Set(understanding.language.lightTopics);
    this.statuses = this.fieldTerms.map((fields) => new Set(fields.slice(0, OWN_FIELDS).flatMap((f) => [...f].flatMap((t) => understanding.statusStems.get(t) ?? []))));
    this.statusStems = understanding.statusStems;
    for (const fields of this.fieldTerms) {
      for (const term of new Set(fields.slice(0, OWN_FIELDS + 1).flatMap((f) => [...f]))) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    for (const same of titles.values()) {
      const [only] = same;
      if (same.length === 1 && only && only.terms.some((t) => (this.df.get(t) ?? 0) <= HEADING_RARE * this.passages.length)) this.headings.push(only);
    }
    this.search = new MiniSearch<{ id: number }>({
      fields: [...FIELDS],
      // Text reaches the index already cut into the understanding's terms.
      extractField: (doc, field) => (field === 'id' ? doc.id : [...(this.fieldTerms[doc.id]?.[FIELDS.indexOf(field as (typeof FIELDS)[number])] ?? [])].join(' ')) as string,
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
    });
    this.search.addAll(this.passages.map((_, id) => ({ id })));
  }

  /**
   * The headings `reading` names: all of a heading's terms in the question ("how long does the
   * preliminary review take" names "Preliminary review", not "Annual review").
   */
  named(reading: Reading): NamedHeading[] {
    const asked = new Set(reading.terms);
    const found = this.headings.filter((h) => h.terms.every((t) => asked.has(t)));
    // A heading inside another one named ("Kickstart bonus" in "Who can get the kickstart bonus") is the same thing.
    return found.filter((h) => !found.some((o) => o !== h && o.terms.length > h.terms.length && h.terms.every((t) => o.terms.includes(t))));
  }

  /** The topics `passage` names in its text, heading, list lead and section. */
  private topicsOf(passage: Passage): Set<string> {
    let topics = this.topics.get(passage);
    if (!topics) {
      topics = this.topicsIn(`${passage.plain} ${passage.heading ?? ''} ${passage.lead ?? ''} ${passage.section}`);
      this.topics.set(passage, topics);
    }
    return topics;
  }

  /** Rarity of a term among the passages; a term the docs never use is the rarest. */
  idf(term: string): number {
    return Math.log(1 + this.passages.length / (1 + (this.df.get(term) ?? 0)));
  }

  /** What `terms` weigh together, each by its rarity. */
  weight(terms: Iterable<string>): number {
    let sum = 0;
    for (const term of terms) sum += this.idf(term);
    return sum;
  }

  /** Whether a passage says what then happens ("…is cancelled"). */
  tellsConsequence(passage: Passage): boolean {
    return this.consequences.has(passage);
  }

  /** Whether any passage uses a term. */
  uses(term: string): boolean {
    return this.df.has(term);
  }

  /** Whether a term is in so many passages that it tells none apart. */
  isCommon(term: string): boolean {
    return (this.df.get(term) ?? 0) > COMMON_SHARE * this.passages.length;
  }

  /** The question's telling terms: common ones left out unless nothing else is left. */
  telling(terms: readonly string[]): string[] {
    const telling = terms.filter((t) => !this.isCommon(t));
    return telling.length ? telling : [...terms];
  }

  /** The passage covering most of `reading`, if one covers any of it. */
  best(reading: Reading, statuses: readonly string[] = []): PassageHit | undefined {
    return this.ranked(reading, 1, statuses)[0];
  }

  /** Passages covering part of `reading`, best first. `statuses` are the ones the question names. */
  ranked(reading: Reading, limit = 20, statuses: readonly string[] = []): PassageHit[] {
    const terms = this.telling(reading.terms.filter((t) => !/^\d/.test(t) || t.length > 2));
    if (terms.length === 0) return [];
    const weights = terms.map((t) => this.idf(t));
    const total = weights.reduce((a, b) => a + b, 0);
    // One term in three (beyond the first) may be missing, or more when they are common ones.
    const allowed = Math.floor((terms.length - 1) / UNMATCHED_EVERY);
    // Short questions must be covered whole: "support phone number" is not "phone number".
    const allowedWeight = terms.length >= LONG ? total * MISSING_SHARE : 0;
    const heading = reading.aspects.includes('howTo') ? 1 : WEIGHTS.heading;
    const named = this.named(reading);
    // Topics the question names with no telling term of its own ("become a partner": joining).
    const carried = new Set(terms.flatMap((t) => this.stemTopics(t)));
    const termless = terms.length === 1 ? [...reading.topics].filter((t) => !this.light.has(t) && !carried.has(t)) : [];
    const hits: (PassageHit & { rank: number })[] = [];
    for (const result of this.search.search(terms.join(' '), { combineWith: 'OR' })) {
      const fields = this.fieldTerms[result.id as number] as Set<string>[];
      const passage = this.passages[result.id as number] as Passage;
      // Under a heading the question names ("how is the conversion rating calculated"), the passage
      // is about what was asked: the heading's words count as its own, and it may leave out one
      // more of the question's.
      const heads = named.filter((h) => h.page === passage.page && h.anchor === passage.anchor && h.terms.every((t) => fields[1]?.has(t) || fields[3]?.has(t)));
      const under = heads.length > 0;
      const naming = new Set(heads.flatMap((h) => h.terms));
      let covered = 0;
      let inText = 0;
      let missing = 0;
      let missingWeight = 0;
      let asked = total;
      terms.forEach((term, i) => {
        const at = fields.findIndex((f) => f.has(term));
        if (at < 0 && this.statusStems.has(term)) {
          // A passage naming no status is about every status: "Bronze" is not missing from it.
          asked -= weights[i] ?? 0;
        } else if (at < 0) {
          missing++;
          missingWeight += weights[i] ?? 0;
        } else {
          // For "how do I…", a heading ("Claiming it") says as much as the text under it.
          covered += (weights[i] ?? 0) * (naming.has(term) ? 1 : at === 1 ? heading : WEIGHTS[FIELDS[at] as (typeof FIELDS)[number]]);
        }
        // Its own text, its heading, its list's lead or its section: not only what its page is about.
        if (at >= 0 && at < OWN_FIELDS) inText++;
      });
      if ((missing > allowed + (under ? 1 : 0) && missingWeight > allowedWeight) || inText === 0 || asked <= 0) continue;
      let coverage = covered / asked;
      // "How much does it cost to become a partner" shares only "cost" with "what they cost": a
      // passage sharing the one telling term, and naming none of the question's other topics, is a guess.
      if (termless.length > 0 && !termless.some((t) => this.topicsOf(passage).has(t))) coverage *= ONE_TERM_ONLY;
      // A passage about other statuses than the one asked about ("Silver entry figure" for Gold).
      const about = this.statuses[result.id as number] as Set<string>;
      if (statuses.length > 0 && about.size > 0 && !statuses.some((s) => about.has(s))) coverage *= OTHER_STATUS;
      hits.push({ passage, coverage, inText, rank: coverage + (under ? NAMED : 0) + this.shape(passage, reading, fields, terms) + result.score / 1000 });
    }
    return hits.sort((a, b) => b.rank - a.rank || a.passage.plain.length - b.passage.plain.length).slice(0, limit);
  }

  /**
   * Among passages covering a question alike, the one shaped like its answer: a paragraph over a
   * list item, a table cell only when the question names its row or column, and for "what is"
   * the paragraph that says what the thing is ("NFR means...").
   */
  private shape(passage: Passage, reading: Reading, fields: readonly Set<string>[], terms: readonly string[]): number {
    let bonus = passage.kind === 'paragraph' ? SHAPE : 0;
    if (passage.kind === 'cell') {
      const labels = this.labels.get(passage) ?? new Set<string>();
      bonus += terms.filter((t) => labels.has(t)).length >= 2 ? SHAPE : -2 * SHAPE;
    }
    const first = this.firsts.has(passage);
    const titled = terms.some((t) => fields[3]?.has(t) || fields[1]?.has(t));
    if (reading.aspects.includes('definition')) {
      if (this.defines.has(passage)) bonus += 3 * SHAPE;
      // The first paragraph of a section about the thing says what it is.
      if (first && titled) bonus += SHAPE;
      if (passage.plain.endsWith(':')) bonus -= SHAPE;
    }
    // "What penalties…": the list that leads off a page or section named after what is asked.
    const named = terms.some((t) => fields[3]?.has(t) || fields[4]?.has(t));
    if (!reading.yesNo && passage.kind === 'paragraph' && passage.group !== undefined && named && !fields[0]?.has(terms[0] ?? '')) bonus += 3 * SHAPE;
    // "How do I…": under a heading that names what is asked ("Claiming it"), or the steps of a list.
    if (reading.aspects.includes('howTo')) {
      if (terms.some((t) => fields[1]?.has(t))) bonus += 3 * SHAPE;
      if (passage.group !== undefined) bonus += SHAPE;
    }
    // "What happens if…": the passage that says what then happens; "how often": the one that says when.
    if (reading.whatIf && this.consequences.has(passage)) bonus += 2 * SHAPE;
    if (reading.aspects.includes('frequency') && this.frequencies.has(passage)) bonus += 2 * SHAPE;
    // "What can I use it for?": the section that says what it is for.
    if (reading.aspects.includes('uses') && this.purposes.has(passage)) bonus += 2 * SHAPE;
    return bonus;
  }

  /** The sections nearest to `reading` (the sections of its best passages), at most `count`. */
  nearest(reading: Reading, count: number): SectionRef[] {
    const out: SectionRef[] = [];
    for (const result of this.search.search(this.telling(reading.terms).join(' '), { combineWith: 'OR' })) {
      const p = this.passages[result.id as number] as Passage;
      if (!out.some((s) => s.page === p.page && s.anchor === p.anchor)) out.push({ page: p.page, anchor: p.anchor });
      if (out.length === count) break;
    }
    return out;
  }

  /** The passages of a list: the items of `passage`'s group and the paragraph that leads it. */
  listOf(passage: Passage): { intro?: Passage; items: Passage[] } {
    if (passage.group === undefined) return { items: [] };
    const same = this.passages.filter((p) => p.page === passage.page && p.group === passage.group);
    return { intro: same.find((p) => p.kind === 'paragraph'), items: same.filter((p) => p.kind === 'item') };
  }
}
