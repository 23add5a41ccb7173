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
  glossaries: ReadonlyMap<string, Glossary>;
  directory: readonly PublicPartner[];
  /** Language code; default English. */
  language?: string;
}

/** The understanding of `source`'s language over its content. */
export function buildUnderstanding(source: KnowledgeSource): Understanding {
  const language = source.language ?? 'en';
  const { rules, docs, directory } = source;
  const places = new Map<string, { city: string; country: string }>();
  for (const p of directory) if (p.city && !places.has(p.city)) places.set(p.city, { city: p.city, country: p.country });
  return new Understanding({
    language,
    glossary: source.glossaries.get(language),
    rules,
    places: [...places.values()],
    languages: [...new Set(directory.flatMap((p) => p.languages))],
    texts: [
      ...docs.flatMap((d) => [d.title, d.description, ...d.passages.map((p) => p.plain)]),
      ...rules.statuses.flatMap((s) => [s.summary, ...s.benefits.map((b) => b.text)]),
      ...rules.courses.map((c) => `${c.name} ${c.summary}`),
      ...rules.services.map((s) => s.summary),
      ...rules.bonuses.canPay, ...rules.bonuses.cannotPay,
      ...new Set(directory.map((p) => p.name)),
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
  for (const fact of facts) {
    const words = new Set(sections.get(fact.docs) ?? []);
    for (const topic of [...fact.match.needs.flat(), ...fact.match.about]) for (const w of topicWords(topic)) words.add(w);
    out.set(fact.id, words);
  }
  return out;
}

/** What the understanding knows of `source`: built once per content version. */
export function buildKnowledge(source: KnowledgeSource, understanding = buildUnderstanding(source)): Knowledge {
  const facts = buildFacts(source.rules, source.docs);
  const passages = new PassageIndex(source.docs, understanding);
  const words = factWords(facts, source.docs, understanding);
  const known = new Set([...words.values()].flatMap((w) => [...w]));
  return {
    understanding, facts, passages,
    scoring: {
      weights: topicWeights(facts), words, idf: (t) => passages.idf(t), telling: (terms) => passages.telling(terms),
      known: (t) => known.has(t) || passages.uses(t),
    },
  };
}
