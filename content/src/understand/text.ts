/**
 * Text as the understanding reads it: folded (lowercase, Unicode NFKD without diacritics, so
 * München, Munchen and munchen are one word), cut into words and numbers, contractions written out,
 * number words read as numbers. Questions, docs, rules and partner data all go through here, so
 * they meet on the same words.
 */
import type { LanguageData } from './language.ts';

/** One word or number of a text. */
export interface Token {
  /** As written (case kept: "US" is a country code, "us" a pronoun). */
  raw: string;
  /** Folded: lowercase, no diacritics. */
  word: string;
  /** Its value, for a number ("2,500", "12k", "twelve"). */
  number?: number;
  /** Where it starts in the text, and where it ends. */
  start: number;
  end: number;
}

/** Letters that NFKD does not take apart. */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'], ['þ', 'th'], ['ı', 'i'],
]);

/** `text` lowercased, without diacritics, with the letters NFKD keeps whole spelt out and one apostrophe. */
export function fold(text: string): string {
  const lower = text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/’/g, "'");
  return /[ßæœøłđðþı]/.test(lower) ? [...lower].map((c) => LETTERS.get(c) ?? c).join('') : lower;
}

/** Words folded already: texts repeat their words, and folding is the costly part of reading one. */
const foldedWords = new Map<string, string>();
/** Most words kept; past that the memory starts again. */
const MAX_FOLDED = 100_000;

/** `fold` of one word, remembered. */
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= MAX_FOLDED) foldedWords.clear();
    folded = fold(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

/** A number (with thousands separators or decimals and a k/m suffix), a word (an apostrophe inside kept), or a percent sign. */
const TOKEN = /(\d+(?:[.,\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)(k|m)?(?![\p{L}\d])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|%/gu;

/** The value of a number as written: "2,500" and "2.500" are 2500, "2.5" is 2.5. */
function numberValue(digits: string, suffix: string | undefined, language: LanguageData): number {
  const grouped = /^\d+(?:[.,\u00a0\u202f ]\d{3})+$/.test(digits);
  const value = grouped ? Number(digits.replace(/[^\d]/g, '')) : Number(digits.replace(',', '.'));
  const times = suffix ? language.multipliers[suffix.toLowerCase()] ?? 1 : 1;
  return value * times;
}

/** The words and numbers of `text`, contractions written out and number words read. */
export function tokenize(text: string, language: LanguageData): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (match[1] !== undefined) {
      out.push({ raw: match[0], word: fold(match[0]).replace(/[\s\u00a0\u202f]/g, ''), number: numberValue(match[1], match[2], language), start, end });
      continue;
    }
    const raw = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    const word = foldWord(raw);
    const written = Object.hasOwn(language.contractions, word) ? language.contractions[word] : undefined;
    if (written !== undefined) {
      for (const part of written.split(/\s+/)) out.push({ raw: part, word: part, start, end });
      continue;
    }
    // "partner's" is "partner"; other apostrophes ("o'clock") stay inside the word.
    const bare = word.includes("'") ? word.replace(/'s$/, '').replace(/'/g, '') : word;
    const number = Object.hasOwn(language.numbers, bare) ? language.numbers[bare] : undefined;
    const previous = out.at(-1);
    const times = Object.hasOwn(language.multipliers, bare) ? language.multipliers[bare] : undefined;
    if (times !== undefined && previous?.number !== undefined && bare.length > 1) {
      previous.number *= times;
      previous.end = end;
      continue;
    }
    out.push(number === undefined ? { raw, word: bare, start, end } : { raw, word: bare, number, start, end });
  }
  return out;
}

/** The folded words of a phrase from the data ("on-premise" → on, premise), for matching. */
export function phraseWords(phrase: string, language: LanguageData): string[] {
  return tokenize(phrase, language).map((t) => t.word);
}
