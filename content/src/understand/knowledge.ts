/**
 * Building what the understanding knows of one content version, from its public parts only (the
 * rules, the docs, the glossary and the public directory: never program data): the reading of
 * questions, the facts and the indexed docs passages.
 */
import { buildFacts } from '../facts/index.ts';
import type { Fact } from '../facts/types.ts';
import type { DocPage } from '../load/docs.ts';
import type { Glossary } from '../load/glossary.ts';
import type { PublicPartner } from '../public.ts';
import type { Rules } from '../rules.ts';
import { topicWeights } from './match.ts';
import { PassageIndex } from './passages.ts';
import type { Knowledge } from './program.ts';
import { Understanding } from './understanding.ts';

/** The public content the understanding is built from. */
export interface KnowledgeSource {
  rules: Rules;
  docs: readonly DocPage[];
  /** The English pages, whose anchors the rules name (default: `docs`). */
  englishDocs?: readonly DocPage[];
  glossaries: ReadonlyMap<string, Glossary>;
  directory: readonly PublicPartner[];
  /** Language code; default English. */
  language?: string;
}

/** What the understanding takes from the directory: its places, its languages and the partners' names. */
export interface DirectoryWords {
  places: { city: string; country: string }[];
  languages: string[];
  names: string[];
}

/**
 * The directory's part of an understanding: two directories with the same (most edits to a
 * partner's description, services or contacts) give understandings that read every text alike.
 */
export function directoryWords(directory: KnowledgeSource['directory']): DirectoryWords {
  const places = new Map<string, { city: string; country: string }>();
  for (const p of directory) if (p.city && !places.has(p.city)) places.set(p.city, { city: p.city, country: p.country });
  return { places: [...places.values()], languages: [...new Set(directory.flatMap((p) => p.languages))], names: [...new Set(directory.map((p) => p.name))] };
}

/** The understanding of `source`'s language over its content. */
export function buildUnderstanding(source: KnowledgeSource, words: DirectoryWords = directoryWords(source.directory)): Understanding {
  const language = source.language ?? 'en';
  const { rules, docs } = source;
  return new Understanding({
    language,
    glossary: source.glossaries.get(language),
    rules,
    places: words.places,
    languages: words.languages,
    texts: [
      ...docs.flatMap((d) => [d.title, d.description, ...d.passages.map((p) => p.plain)]),
      ...rules.statuses.flatMap((s) => [s.summary, ...s.benefits.map((b) => b.text)]),
      ...rules.courses.map((c) => `${c.name} ${c.summary}`),
      ...rules.services.map((s) => s.summary),
      ...rules.bonuses.canPay, ...rules.bonuses.cannotPay,
      ...words.names,
    ],
  });
}

/**
 * The words each fact knows: its docs section's, the passages stating its figures, and its
 * topics' own words. A question term none of them has is one the fact does not answer.
 */
function factWords(facts: readonly Fact[], docs: readonly DocPage[], understanding: Understanding): Map<string, Set<string>> {
  const sections = new Map<string, Set<string>>();
  const byFigure = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const p of doc.passages) {
      const terms = understanding.terms(`${p.plain} ${p.heading ?? ''} ${p.section} ${p.row ?? ''} ${p.column ?? ''}`);
      for (const key of [`${p.page}#${p.anchor}`, p.page]) {
        const set = sections.get(key) ?? new Set();
        for (const t of terms) set.add(t);
        sections.set(key, set);
      }
      for (const figure of p.figures) {
        const set = byFigure.get(figure) ?? new Set();
        for (const t of terms) set.add(t);
        byFigure.set(figure, set);
      }
    }
  }
  const topicWords = (topic: string) => (understanding.language.topics[topic] ?? []).flatMap((phrase) => understanding.terms(phrase));
  const out = new Map<string, Set<string>>();
  const figureNames = figuresOf(facts);
  for (const fact of facts) {
    // The passages that state the fact's own figures say what it is about; lacking those, its section.
    const stating = (figureNames.get(fact.id) ?? []).flatMap((f) => [...byFigure.get(f) ?? []]);
    const words = new Set(stating.length ? stating : sections.get(fact.docs) ?? []);
    for (const topic of [...fact.match.needs.flat(), ...fact.match.about]) for (const w of topicWords(topic)) words.add(w);
    out.set(fact.id, words);
  }
  return out;
}

/** The docs figures each fact states (the placeholders of programFigures), by fact id. */
function figuresOf(facts: readonly Fact[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const fact of facts) {
    const figures = FIGURES_OF[fact.id] ?? figuresOfStatusFact(fact);
    if (figures.length) out.set(fact.id, figures);
  }
  return out;
}

/** Figures of the facts that are not about one status, by fact id. */
const FIGURES_OF: Record<string, string[]> = {
  'bonuses.kickstart.amount': ['kickstart.amount'], 'bonuses.kickstart.validDays': ['kickstart.validDays'], 'bonuses.kickstart.appliedAfter': ['kickstart.appliedAfter'],
  'bonuses.award.amount': ['award.minAmount', 'award.maxAmount'], 'bonuses.minPaidPerOrder': ['bonus.minPaidPerOrder'],
  'nfr.cloud.months': ['nfrCloud.months'], 'nfr.cloud.extendableFor': ['nfrCloud.months'], 'nfr.cloud.limits.storageGb': ['nfrCloud.storageGb'],
  'nfr.cloud.limits.cardScans': ['nfrCloud.cardScans'], 'nfr.cloud.limits.sites': ['nfrCloud.sites'], 'nfr.cloud.limits.bulkEmailsPerMonth': ['nfrCloud.bulkEmailsPerMonth'],
  'nfr.onPremise.months': ['nfrKey.months'], 'nfr.onPremise.extendableFor': ['nfrKey.extensionMonths'], 'nfr.onPremise.edition': ['nfrKey.edition'],
  'timelines.activation.days': ['activation.days'], 'timelines.review.months': ['review.months'], 'timelines.zeroActivity.months': ['zeroActivity.months'],
  'timelines.application.review': ['application.reviewMinDays', 'application.reviewMaxDays'], 'timelines.application.verification': ['application.verificationMaxDays'],
  'timelines.priceChangeNotice.days': ['priceChangeNotice.days'], 'timelines.penalties.maxBlockMonths': ['penalties.maxBlockMonths'],
  'leads.maxLocations': ['leads.maxLocations', 'leads.extraLocations'], 'leads.maxPartnersPerRequest': ['leads.maxPartnersPerRequest'],
};

/** Figures of a fact about one status: `statuses.silver.discount` states `silver.discount`. */
function figuresOfStatusFact(fact: Fact): string[] {
  const m = /^statuses\.([a-z0-9-]+)\.(discount|entry\.sales|entry\.clients|maintain\.sales|probation)$/.exec(fact.id);
  if (!m) return [];
  const name = { discount: 'discount', 'entry.sales': 'entrySales', 'entry.clients': 'entryClients', 'maintain.sales': 'annualTarget', probation: 'probationDays' }[m[2] as string];
  return name ? [`${m[1]}.${name}`] : [];
}

/** What the understanding knows of `source`: built once per content version. */
export function buildKnowledge(source: KnowledgeSource, understanding = buildUnderstanding(source)): Knowledge {
  const facts = buildFacts(source.rules, source.docs, source.englishDocs);
  const passages = new PassageIndex(source.docs, understanding);
  const words = factWords(facts, source.docs, understanding);
  const known = new Set([...words.values()].flatMap((w) => [...w]));
  return {
    understanding, facts, passages,
    scoring: {
      weights: topicWeights(facts, understanding.language.lightTopics), words, idf: (t) => passages.idf(t), telling: (terms) => passages.telling(terms),
      known: (t) => known.has(t) || passages.uses(t),
      named: (reading) => passages.named(reading).map((h) => h.terms.map((term) => ({ term, topics: understanding.stemTopics(term) }))),
    },
  };
}
