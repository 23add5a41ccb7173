/**
 * The words a content version uses, for checking a glossary: a term must be something the docs,
 * the rules or the directory say, or its aliases would lead nowhere.
 */
import { digestOf, keptOr } from '../load/kept.ts';
import { languageData } from './language.ts';
import { languageStemmer } from './stem.ts';
import { tokenize } from './text.ts';
import { Vocabulary } from './vocabulary.ts';

/** Whether a phrase's words are all used, and the nearest used word for one that is not. */
export interface KnownWords {
  known(phrase: string): boolean;
  near(phrase: string): string | undefined;
}

/**
 * The words of `groups` of texts in `language`, compared by stem (so "endorse" is known from
 * "endorsed"). Each group's stems are kept by its texts (`stemsOf`), so a group that did not change
 * (the docs and rules, while a partner's city did) is not read again.
 */
export function knownWords(language: string, groups: readonly (readonly string[])[]): KnownWords {
  const data = languageData(language);
  const stem = languageStemmer(data);
  const all = [...groups, topicTexts(language)];
  const stems = new Set(all.flatMap((texts) => stemsOf(language, texts)));
  // The vocabulary of corrections is needed only for a term that is not known (a problem to
  // report): built then, not on every load.
  let vocabulary: Vocabulary | undefined;
  const corrections = () => {
    if (!vocabulary) {
      vocabulary = new Vocabulary();
      for (const text of all.flat()) vocabulary.add(tokenize(text, data).map((t) => t.word));
    }
    return vocabulary;
  };
  const stopWords = new Set(data.stopWords);
  const contentWords = (phrase: string) => tokenize(phrase, data).map((t) => t.word).filter((w) => !stopWords.has(w));
  return {
    known: (phrase) => contentWords(phrase).every((w) => stems.has(stem(w))),
    near: (phrase) => {
      const words = contentWords(phrase);
      if (!words.some((w) => !stems.has(stem(w)))) return undefined;
      const fixed = words.map((w) => (stems.has(stem(w)) ? w : corrections().correct(w)?.word));
      return fixed.every(Boolean) ? fixed.join(' ') : undefined;
    },
  };
}

/**
 * Reads the stems of `groups` ahead (kept by their texts), so that a later `knownWords` with the
 * same groups among its own only looks them up: the rules' and docs' words can be read while the
 * partner files are still being parsed.
 */
export function prepareKnownWords(language: string, groups: readonly (readonly string[])[]): void {
  for (const texts of [...groups, topicTexts(language)]) stemsOf(language, texts);
}

/** The words of the language data's topics, which every glossary term may use too. */
function topicTexts(language: string): string[] {
  return Object.values(languageData(language).topics).flat();
}

/** The stems of `texts`' words in `language`, kept by the texts (a restart takes them back through the start cache). */
function stemsOf(language: string, texts: readonly string[]): string[] {
  return keptOr('known-stems', digestOf(language, ...texts), () => {
    const data = languageData(language);
    const stem = languageStemmer(data);
    // Texts repeat their words: each word is stemmed once.
    const words = new Set<string>();
    for (const text of texts) for (const token of tokenize(text, data)) words.add(token.word);
    return [...new Set(Array.from(words, stem))];
  });
}
