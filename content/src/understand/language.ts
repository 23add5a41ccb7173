/**
 * A language as the understanding reads it: how questions are put (yes/no openers, "what happens
 * if", "how much"), which words say nothing, words for numbers, the program's topics, and which
 * stemmer to use. Each language is one data file, `languages/<code>.yaml`; adding a language is
 * adding a file (and its glossary in content/glossary/). Phrases are compared folded (lowercase,
 * no diacritics), word by word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config.ts';
import { englishName } from '../i18n/locales.ts';
import type { ContentIssue } from '../issues.ts';
import { ContentError, parseWithFriendlyErrors } from '../issues.ts';
import { parseYamlSource } from '../load/source.ts';
import { stemmerNames } from './stem.ts';

/** The aspects a question can ask about. */
export const ASPECTS = ['amount', 'percent', 'duration', 'deadline', 'count', 'limit', 'who', 'whatIf', 'howTo', 'requirements', 'benefits', 'definition', 'list', 'frequency', 'uses'] as const;
/** One aspect: what kind of answer a question wants ("how long" wants a duration). */
export type Aspect = (typeof ASPECTS)[number];

const phrases = z.array(z.string().min(1));

/** The schema of `languages/<code>.yaml`. */
export const languageFile = z.strictObject({
  /** The ISO 639-1 code, the file's name. */
  language: z.string().regex(/^[a-z]{2}$/),
  /** The stemmer of @orama/stemmers for this language (english, german, spanish, portuguese…). */
  stemmer: z.enum(stemmerNames),
  /**
   * The language's words, from a package that ships a list of them, one a line: a word in it is
   * never taken for a misspelling of the program's words ("cash" is not "case").
   */
  wordList: z.strictObject({ package: z.string(), file: z.string() }).optional(),
  /** Contractions written out before anything else ("can't" → "can not"). */
  contractions: z.record(z.string(), z.string()).default({}),
  /** Word → stem, where the stemmer gives forms of one word different stems. */
  stems: z.record(z.string(), z.string()).default({}),
  /**
   * Letters that, doubled at the end of a stem, are made single: the English stemmer gives "add"
   * for "add" but "ad" for "adding".
   */
  undouble: z.string().default(''),
  /** Words that say nothing about what a question is about. */
  stopWords: phrases,
  /** Words for numbers ("twelve" → 12). */
  numbers: z.record(z.string(), z.number()).default({}),
  /** Words after a number that multiply it ("10k", "2 thousand"). */
  multipliers: z.record(z.string(), z.number()).default({}),
  /** Openers of a question asking for yes or no. */
  yesNo: phrases,
  /**
   * Where a language asks yes or no by tone alone ("¿Las ventas de antes cuentan para Gold?"), the
   * words that ask what, which, how, when (`qué`, `cómo`, `con qué`): a question ending in "?" with
   * a yes/no word anywhere (`cuentan`) and none of these asks yes or no, like one opened by it.
   * Empty (English, German): only a clause's opener says so.
   */
  questionWords: phrases.default([]),
  /**
   * Of those, the words that ask wherever they stand, written with their accent or not
   * (`cuánto`, `quanto`, `qual`: "A NFR dura quanto tempo?"); the others ask there only when
   * written with their accent (`qué`) or opening a clause (`que` is also "that").
   */
  askingAnywhere: phrases.default([]),
  /** Words that make a question about the asker's own partner. */
  personal: phrases,
  /**
   * Words that make it plainly about what the asker's partner has ("my", "our", "am I"): from
   * someone not linked, only these ask for their own data ("Can we get the bonus?" asks the rule).
   */
  owned: phrases.default([]),
  /**
   * Single words naming partners as others ("how many partners will see my request?"): whoever asks so
   * is not asking about their own partner's requests.
   */
  partnerWords: phrases.default([]),
  /** Greetings and lead-ins skipped at the start of a question. */
  leadIns: phrases.default([]),
  /** Phrases signalling each aspect. */
  aspects: z.partialRecord(z.enum(ASPECTS), phrases),
  /** Words before a number that ask for more or less than it ("more than 4"), not for it exactly. */
  comparisons: z.strictObject({ more: phrases, less: phrases, atLeast: phrases, atMost: phrases }).default({ more: [], less: [], atLeast: [], atMost: [] }),
  /** Words that make a yes/no opener ask which of two options ("Is it 1000 or 2500?"). */
  alternatives: phrases.default([]),
  /** Words that cut one message into several questions. */
  splitters: phrases.default([]),
  /** Words that point back at the question before ("it", "that one"): such a part takes its topics. */
  references: phrases.default([]),
  /**
   * Words for reading a yes or a no: yes, negations, "without" (asking whether a rule can be
   * skipped), contrasts ("but", "only"), permissions ("can"), and conditions ("who", "if"): a
   * permission under a condition ("partners who applied after 2019 can") answers nobody in particular.
   */
  verdictWords: z.strictObject({ affirmation: phrases, negation: phrases, without: phrases, contrast: phrases, permission: phrases, condition: phrases }),
  /**
   * Words that say what is done with a thing, not which thing ("use", "provide", "towards"): a
   * rule decides "Can I use a custom domain?" without naming them.
   */
  lightWords: phrases.default([]),
  /**
   * Words naming a whole kind of thing ("products", "things"): an item of a rule's list that shares
   * only such a word with a question is not what it asks about ("Can I pay for products with the
   * bonus?" is not about "products for your own company's use").
   */
  categoryWords: phrases.default([]),
  /** Words that say what a thing is ("means", "stands for"): a passage with one defines. */
  definitionWords: phrases.default([]),
  /** Words that say what then happens ("cancelled", "expires"): a passage with one answers "what happens if". */
  consequenceWords: phrases.default([]),
  /** Words of a heading that says what a thing is for ("What NFR copies are for"): its section answers "what can I use it for?". */
  purposeWords: phrases.default([]),
  /** The words of the units a fact's figure is compared in: "Is it valid for 12 months?". */
  units: z.strictObject({ days: phrases, months: phrases, gb: phrases }).default({ days: [], months: [], gb: [] }),
  /** Units a duration is written in ("days", "business days", "months"). */
  durationUnits: phrases,
  /** Units a quantity is written in ("GB"). */
  quantityUnits: phrases.default([]),
  /** Words between the two ends of a range ("1 to 7 business days"): the range is the figure, not its end. */
  rangeWords: phrases.default([]),
  /** The program's topics, by id, each with the words that name it. */
  topics: z.record(z.string().regex(/^[a-z][a-z-]*$/), phrases),
  /**
   * Topics that say how much or how far rather than what about ("more", "still"): they weigh
   * little in telling which rule a question is about.
   */
  lightTopics: z.array(z.string()).default([]),
});

/** A language file, read. */
export type LanguageData = z.infer<typeof languageFile>;

// From the project's root, not this module's folder: the site's bundled server code runs from dist/.
const folder = path.join(projectRoot, 'content', 'src', 'understand', 'languages');
const loaded = new Map<string, LanguageData>();

/** The codes of every language that has a file. */
export function languageCodes(): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
}

/** The understanding's code of a locale: its language alone, lowercase (`pt-BR` → `pt`). */
function understandingCode(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/**
 * A warning for each of `locales` (the catalogs' languages) the understanding has no data file
 * for: the bot then reads that language's questions as English, and the site's search in it
 * stems and reads synonyms the English way. The file is engineers' data, so the warning says what
 * it takes: the file, its stemmer, then the glossary.
 */
export function missingLanguageData(locales: readonly string[]): ContentIssue[] {
  const codes = new Set(languageCodes());
  const warnings: ContentIssue[] = [];
  for (const code of new Set(locales.map(understandingCode))) {
    if (codes.has(code)) continue;
    const name = englishName(code);
    const stemmer = stemmerNames.find((n) => n === name.toLowerCase());
    const stemming = stemmer
      ? `stemmer: ${stemmer}`
      : `a stemmer: content/src/understand/stem.ts has ${stemmerNames.join(', ')}; add ${name}'s there from @orama/stemmers if it has one`;
    warnings.push({
      file: path.relative(projectRoot, path.join(folder, `${code}.yaml`)),
      path: '',
      message: `the understanding does not read ${name} yet, so the bot reads questions in ${name} as English (it answers those asked in English) and the site's ${name} search stems and finds synonyms the English way: write this file like ${[...codes].filter((c) => c !== 'en')[0] ?? 'en'}.yaml (${stemming}), then content/glossary/${code}.yaml for ${name} synonyms`,
      severity: 'warning',
    });
  }
  return warnings;
}

/**
 * The data of language `code`, read and checked once. A file with problems throws a ContentError
 * naming each (file, line, field): these files ship with the code, so a test loads every one.
 */
export function languageData(code: string): LanguageData {
  const known = loaded.get(code);
  if (known) return known;
  const file = path.join(folder, `${code}.yaml`);
  const shown = path.relative(process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ file: shown, path: '', message: `there is no language '${code}' (languages: ${languageCodes().join(', ')})` }]);
  }
  const source = parseYamlSource(text, shown);
  const result = source.data === undefined ? undefined : parseWithFriendlyErrors(languageFile, source.data, shown, source.locate);
  const issues = [...source.issues, ...(result?.issues ?? [])];
  if (!result?.data || issues.length > 0) throw new ContentError(issues);
  if (result.data.language !== code) throw new ContentError([{ file: shown, line: source.locate(['language']), path: 'language', message: `is '${result.data.language}' but the file is ${code}.yaml` }]);
  loaded.set(code, result.data);
  return result.data;
}
