/**
 * Words as the answer finder compares them: lowercased, English stop words dropped, stemmed with
 * the same stemmer as the search index, with a few synonyms people use for the docs' words.
 */
import lunr from 'lunr';

/** Words of a question that say what kind of answer is wanted, not what it is about. */
const QUESTION_WORDS = new Set([
  'much', 'many', 'please', 'tell', 'know', 'want', 'exactly', 'also', 'ok', 'hi', 'hello', 'thanks',
  'become', 'becoming', 'happen', 'happens', 'mean', 'means', 'explain', 'anything', 'something',
]);

/**
 * Words people use for the docs' words, in groups. A question word matches a passage that holds
 * another word of its group, a little less strongly than the word itself.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['valid', 'last', 'runs', 'expire'],
  ['cost', 'price'],
  ['client', 'customer'],
  ['buy', 'purchase'],
  ['sell', 'resell'],
  ['key', 'licence', 'license'],
  ['extend', 'extension', 'renew'],
  ['leave', 'quit', 'terminate', 'termination'],
  ['need', 'require', 'requirement'],
  ['downgrade', 'demote', 'down'],
  ['tax', 'vat'],
  ['directory', 'listed', 'listing'],
  ['help', 'support'],
  ['join', 'apply', 'application'],
  ['amount', 'worth'],
  ['annual', 'yearly', 'year'],
  ['lead', 'request'],
];

/**
 * The stem of one lowercased word, evened out where the stemmer gives one word two stems: a
 * doubled last consonant is made single ("add" but "ad" for "adding") and a last "us" loses its
 * "s" ("bonu" for "bonus" but "bonus" for "bonuses").
 */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString()
    .replace(/([^aeiouylsz\d])\1$/, '$1')
    .replace(/us$/, 'u');
}

/** Stemmed content words of `text`, in order (repeats kept). */
export function contentWords(text: string): string[] {
  return text.toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 || /\d/.test(w))
    .filter((w) => !QUESTION_WORDS.has(w) && lunr.stopWordFilter(new lunr.Token(w, {})) !== undefined)
    .map(stem);
}

const synonymsByStem = new Map<string, string[]>();
for (const group of SYNONYM_GROUPS) {
  const stems = group.map(stem);
  for (const s of stems) synonymsByStem.set(s, [...new Set([...(synonymsByStem.get(s) ?? []), ...stems.filter((o) => o !== s)])]);
}

/** Other stems that count as `stemmed` (never including it). */
export function synonyms(stemmed: string): readonly string[] {
  return synonymsByStem.get(stemmed) ?? [];
}
