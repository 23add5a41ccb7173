/**
 * The understanding of questions and searches, shared by the bot's free text and the site's
 * search. Built once per content version from the language data, the glossary, the rules and the
 * public directory; `read` turns a text into a Reading: its words after typo correction and the
 * glossary, their stems, the entities it names (statuses, services, countries, cities, languages),
 * the program topics, the aspects it asks about, and whether it asks for a yes or no, what happens
 * if, or about the asker's own partner. `question` also cuts a message into its questions.
 */
import type { Glossary } from '../load/glossary.ts';
import type { Rules } from '../rules.ts';
import type { UnitWords } from './decide.ts';
import type { Aspect, LanguageData } from './language.ts';
import { ASPECTS, languageData } from './language.ts';
import { Phrases } from './phrases.ts';
import { countriesByName, isCountryCode, languageName } from './places.ts';
import { languageStemmer } from './stem.ts';
import type { Token } from './text.ts';
import { fold, phraseWords, tokenize } from './text.ts';
import type { Correction } from './vocabulary.ts';
import { Vocabulary } from './vocabulary.ts';
import { wordList } from './word-list.ts';

/** The kinds of thing a text can name. */
export type EntityKind = 'status' | 'service' | 'country' | 'city' | 'language';

/** Something a text names: a status, a service, a country, a city or a language. */
export interface Entity {
  kind: EntityKind;
  /** Status, service or language id; country code (upper case); city name as the directory writes it. */
  id: string;
  /** The words that named it, as written. */
  text: string;
  /** First token and number of tokens. */
  start: number;
  length: number;
  /** For a city: its country's code. */
  country?: string;
}

/** A word replaced by a known one. */
export interface WordCorrection extends Correction {
  /** As it was written. */
  from: string;
}

/** What the understanding makes of one question (or one search). */
export interface Reading {
  /** The text as written. */
  text: string;
  /** Its words, corrected and with the glossary's aliases read as their terms. */
  tokens: Token[];
  /** Stems of `tokens`, one each. */
  stems: string[];
  /** Misspelt words and what they were read as. */
  corrections: WordCorrection[];
  /** The stems that say what it is about (stop words left out), each once, in order. */
  terms: string[];
  /** Of those, the ones it says itself (not taken from the question before). */
  ownTerms: string[];
  entities: Entity[];
  /** Program topics named, by id. */
  topics: Set<string>;
  /** Aspects asked about, the first found first. */
  aspects: Aspect[];
  /** It asks for a yes or a no. */
  yesNo: boolean;
  /** It asks what happens if (or when) something is done or missed. */
  whatIf: boolean;
  /** It is about the asker's own partner ("my", "we", "am I"). */
  personal: boolean;
  /** It plainly asks about what the asker's partner has ("my", "our", "am I"), not only "we". */
  owned: boolean;
  /** It names partners as others ("how many partners…"). */
  namesPartners: boolean;
  /** It asks whether something may or can be done ("can we claim…?"), not whether it was. */
  asksAbility: boolean;
  /** It has a negation ("not", "never", "without"). */
  negated: boolean;
  /** It asks whether a rule can be skipped ("without notice"). */
  without: boolean;
  /** Numbers in it, as values. */
  numbers: number[];
  /** Each number with the word after it (folded), or `money` after a currency sign: what it counts. */
  quantities: { value: number; unit: string }[];
  /** How the question compares with its number, when it does ("more than 4"). */
  comparison?: 'more' | 'less' | 'atLeast' | 'atMost';
  /** Topics, entities or aspects taken from the question before it (a follow-up part). */
  inherited: boolean;
  /** It asks something (a question mark, a question word, a yes/no opener); otherwise it only sets the scene. */
  asks: boolean;
}

/** What an understanding is built from: one content version's public parts. */
export interface UnderstandingSource {
  /** Language code; its data file is languages/<code>.yaml. */
  language: string;
  glossary?: Glossary;
  rules: Rules;
  /** Cities of listed partners, with their country codes. */
  places: readonly { city: string; country: string }[];
  /** Language codes listed partners speak. */
  languages: readonly string[];
  /** Texts whose words are known (docs, rules, partner names and descriptions): never corrected, and corrections to offer. */
  texts: Iterable<string>;
}

/** The understanding of one language over one content version. */
export class Understanding {
  readonly language: LanguageData;
  readonly vocabulary = new Vocabulary();
  private readonly stemOf: (word: string) => string;
  private readonly stemCache = new Map<string, string>();
  private readonly glossary = new Phrases<string[]>();
  private readonly entities = new Phrases<Omit<Entity, 'text' | 'start' | 'length'>>();
  private readonly topicPhrases = new Phrases<string>();
  private readonly aspectPhrases = new Phrases<Aspect>();
  private readonly yesNoPhrases = new Phrases<true>();
  private readonly personalPhrases = new Phrases<true>();
  private readonly ownedPhrases = new Phrases<true>();
  private readonly leadIns = new Phrases<true>();
  private readonly questionWords = new Phrases<true>();
  /** The question words written with an accent (`qué`), which ask wherever they stand. */
  private readonly accentedQuestionWords: ReadonlySet<string>;
  private readonly askingAnywhere = new Phrases<true>();
  private readonly splitters = new Phrases<true>();
  private readonly references = new Phrases<true>();
  private readonly stopWords: Set<string>;
  /** Stems of the stop words longer than two letters ("tell" for "told"; not "us", the stem of "uses"). */
  private readonly stopStems: Set<string>;
  /** Folded words that, written in lower case, are words and not country codes ("in", "it", "us"). */
  private readonly wordsNotCodes: Set<string>;
  /** Question openers: a part after "and" that starts with one is a new question. */
  private readonly openers: Set<string>;
  /** Each status's id by the stem of its name, to tell which statuses a text names. */
  readonly statusStems: ReadonlyMap<string, string>;
  /** The words of each unit, to compare a question's number with a fact's figure. */
  readonly unitWords: UnitWords;
  /** Whether a folded word is one of the language's own (from its word list), never a misspelling. */
  private readonly isWord?: (word: string) => boolean;

  constructor(source: UnderstandingSource) {
    const language = languageData(source.language);
    this.language = language;
    this.stemOf = languageStemmer(language);
    if (language.wordList) {
      const list = wordList(language.wordList);
      this.isWord = (word) => list.has(word);
    }
    const words = (phrase: string) => phraseWords(phrase, language);
    this.stopWords = new Set(language.stopWords.flatMap(words));
    this.stopStems = new Set([...this.stopWords].filter((w) => w.length > 2).map((w) => this.stemOf(w)).filter((s) => s.length > 2));

    for (const entry of [...source.glossary?.entries ?? [], ...source.glossary?.places ?? []]) {
      const term = words(entry.term);
      for (const alias of entry.aliases) this.glossary.add(words(alias), term);
      this.vocabulary.add(term, 5);
      for (const alias of entry.aliases) this.vocabulary.add(words(alias));
    }

    const { rules } = source;
    this.unitWords = {
      ...language.units,
      all: [...language.units.days, ...language.units.months, ...language.units.gb, ...language.durationUnits, ...language.quantityUnits].flatMap(words),
    };
    this.statusStems = new Map(rules.statuses.flatMap((s) => [[this.stemOf(fold(s.name)), s.id], [this.stemOf(s.id), s.id]]));
    for (const status of rules.statuses) {
      const value = { kind: 'status' as const, id: status.id };
      for (const name of new Set([status.name, status.id])) this.entities.add(words(name), value);
    }
    const serviceWords = new Map<string, string[]>();
    const services = new Map(rules.services.map((s) => [s.id, { kind: 'service' as const, id: s.id }]));
    for (const service of rules.services) {
      this.entities.add(words(service.id), services.get(service.id) as Entity);
      for (const word of words(service.name)) serviceWords.set(word, [...new Set([...(serviceWords.get(word) ?? []), service.id])]);
    }
    // A word of one service's name names it ("voip", "automation"); a word several share does not.
    for (const [word, ids] of serviceWords) {
      if (ids.length === 1 && word.length >= 4 && !this.stopWords.has(word)) this.entities.add([word], services.get(ids[0] as string) as Entity);
    }
    for (const { city, country } of source.places) this.entities.add(words(city), { kind: 'city', id: city, country });
    for (const [name, code] of countriesByName()) this.entities.add(name.split(' '), { kind: 'country', id: code });
    for (const code of source.languages) {
      const name = languageName(code);
      if (name) this.entities.add(words(name), { kind: 'language', id: code });
    }

    for (const [topic, list] of Object.entries(language.topics)) for (const phrase of list) this.topicPhrases.add(this.stems(words(phrase)), topic);
    // Aspects by the words as written: "listed" is not "list", "counts" is not "count".
    for (const aspect of ASPECTS) for (const phrase of language.aspects[aspect] ?? []) this.aspectPhrases.add(words(phrase), aspect);
    for (const phrase of language.yesNo) this.yesNoPhrases.add(words(phrase), true);
    for (const phrase of language.personal) this.personalPhrases.add(words(phrase), true);
    for (const phrase of language.owned) this.ownedPhrases.add(words(phrase), true);
    for (const phrase of language.leadIns) this.leadIns.add(words(phrase), true);
    for (const phrase of language.questionWords) this.questionWords.add(words(phrase), true);
    this.accentedQuestionWords = new Set(language.questionWords.filter((w) => !/^[a-z ]+$/.test(w)).map((w) => w.toLocaleLowerCase()));
    for (const phrase of language.askingAnywhere) this.askingAnywhere.add(words(phrase), true);
    for (const phrase of language.splitters) this.splitters.add(words(phrase), true);
    for (const phrase of language.references) this.references.add(words(phrase), true);
    this.openers = new Set([...language.yesNo, ...Object.values(language.aspects).flat()].map((p) => words(p)[0]).filter((w): w is string => Boolean(w)));
    this.wordsNotCodes = new Set([...this.stopWords, ...language.personal.flatMap(words), ...language.yesNo.flatMap(words)]);

    // Known words: the content's, the language data's and every name above.
    for (const text of source.texts) this.vocabulary.add(tokenize(text, language).map((t) => t.word), 3);
    const dataWords = [
      ...language.stopWords, ...language.yesNo, ...language.personal, ...language.leadIns, ...language.splitters,
      ...Object.keys(language.numbers), ...Object.keys(language.contractions), ...Object.keys(language.stems),
      ...Object.values(language.aspects).flat(), ...Object.values(language.topics).flat(),
      ...rules.statuses.map((s) => s.name), ...rules.services.flatMap((s) => [s.id, s.name]),
      ...source.places.map((p) => p.city), ...source.languages.map((l) => languageName(l) ?? l),
    ];
    this.vocabulary.add(dataWords.flatMap(words), 2);
    this.vocabulary.add([...countriesByName().keys()].filter((n) => !n.includes(' ')));
  }

  private asking?: Set<string>;

  /**
   * Stems of the words that only say how a question is put (its yes/no openers, the words of its
   * aspects: "required", "how long"; comparisons: "more than", "below"; "without", "can") or what is done with a thing rather than
   * which thing (the language's `lightWords`: "use", "provide"). What a yes/no question asks
   * whether is in its other words, and a rule or a sentence decides it only when it holds them.
   */
  private askingStems(): ReadonlySet<string> {
    if (!this.asking) {
      const words = (phrase: string) => phraseWords(phrase, this.language);
      const { yesNo, aspects, comparisons, verdictWords, lightWords } = this.language;
      const how = [...yesNo, ...Object.values(aspects).flat(), ...Object.values(comparisons).flat(), ...verdictWords.without, ...verdictWords.permission, ...lightWords];
      this.asking = new Set(how.flatMap(words).map((w) => this.stem(w)));
    }
    return this.asking;
  }

  private category?: Set<string>;

  /** Whether a stem is one of the language's `categoryWords` ("product"): it names no item of a list by itself. */
  isCategory(stem: string): boolean {
    this.category ??= new Set(this.language.categoryWords.flatMap((p) => phraseWords(p, this.language)).map((w) => this.stem(w)));
    return this.category.has(stem);
  }

  /**
   * Of `terms` (a question's), those a yes or no must be about: not numbers, status names, nor
   * the words that only say how it is asked ("Can Bronze use the app?": the app).
   */
  decidingTerms(terms: readonly string[]): string[] {
    const asking = this.askingStems();
    return terms.filter((t) => !/^\d/.test(t) && !this.statusStems.has(t) && !asking.has(t));
  }

  /** The stem of one folded word. */
  stem(word: string): string {
    let stem = this.stemCache.get(word);
    if (stem === undefined) {
      stem = /\d/.test(word) ? word : this.stemOf(word);
      if (this.stemCache.size > 50_000) this.stemCache.clear();
      this.stemCache.set(word, stem);
    }
    return stem;
  }

  private stems(words: readonly string[]): string[] {
    return words.map((w) => this.stem(w));
  }

  /** Whether a folded word says nothing about what a text is about. */
  isStopWord(word: string): boolean {
    return this.stopWords.has(word);
  }

  /**
   * How many of `text`'s words are this language's small words (its stop words: "the", "can",
   * "der", "kann"): how much the text reads as written in this language, to tell which language a
   * question is in.
   */
  smallWordsIn(text: string): number {
    return phraseWords(text, this.language).filter((word) => this.stopWords.has(word)).length;
  }

  /**
   * The stems a text is searched by: its words with the glossary's aliases read as their terms,
   * stop words left out. The same for what is indexed and for what is asked, so they meet.
   */
  terms(text: string): string[] {
    return this.termsOf(this.applyGlossary(tokenize(text, this.language)));
  }

  private termsOf(tokens: readonly Token[]): string[] {
    const out: string[] = [];
    for (const token of tokens) {
      // A single letter ("e" of "e-mail") says nothing; a digit may ("5 sites").
      if (this.stopWords.has(token.word) || (token.word.length === 1 && token.number === undefined)) continue;
      const stem = this.stem(token.word);
      // Another form of a stop word is one too ("told" of "tell").
      if (!this.stopStems.has(stem)) out.push(stem);
    }
    return out;
  }

  /** `tokens` with every alias of the glossary replaced by its term's words. */
  private applyGlossary(tokens: Token[]): Token[] {
    const words = tokens.map((t) => t.word);
    const out: Token[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.glossary.at(words, i);
      if (!match) {
        out.push(tokens[i] as Token);
        i++;
        continue;
      }
      const first = tokens[i] as Token;
      const last = tokens[i + match.length - 1] as Token;
      for (const word of match.values[0] ?? []) out.push({ raw: word, word, start: first.start, end: last.end });
      i += match.length;
    }
    return out;
  }

  /** The topics a text names (a docs passage's, to compare with a question's). */
  topicsIn(text: string): Set<string> {
    const tokens = this.applyGlossary(tokenize(text, this.language));
    const asWritten = tokenize(text, this.language).map((t) => t.word);
    return new Set([...this.topicPhrases.all(this.stems(tokens.map((t) => t.word))), ...this.topicPhrases.all(this.stems(asWritten))].flatMap((m) => m.values));
  }

  /** The topics a single stem names on its own ("kickstart" the kickstart bonus). */
  stemTopics(stem: string): string[] {
    return this.topicPhrases.all([stem]).flatMap((m) => m.values);
  }

  /** One question or search, read; `asked` when it ended in a question mark (the split took it off). */
  read(text: string, asked = /\?\s*$/.test(text)): Reading {
    const corrections: WordCorrection[] = [];
    const written = tokenize(text, this.language);
    for (const token of written) {
      if (token.number !== undefined) continue;
      const correction = this.vocabulary.correct(token.word, this.isWord);
      if (correction) {
        corrections.push({ from: token.raw, ...correction });
        token.word = correction.word;
      }
    }
    const tokens = this.applyGlossary(written);
    const words = tokens.map((t) => t.word);
    const stems = this.stems(words);
    const entities = this.findEntities(tokens);
    // Topics from the words as written and as the glossary reads them ("free copy" is the NFR);
    // how it is asked from the words as written, which an alias may stand for ("minimum").
    const asWritten = written.map((t) => t.word);
    const topics = new Set([...this.topicPhrases.all(stems), ...this.topicPhrases.all(this.stems(asWritten))].flatMap((m) => m.values));
    const aspects: Aspect[] = [];
    // The words of a phrase like "how long" say how it is asked, not what about: not terms.
    const asking = new Set<number>();
    const aspectMatches = this.aspectPhrases.all(asWritten);
    for (const match of aspectMatches) {
      if (match.length > 1) for (let i = match.start; i < match.start + match.length; i++) asking.add(written[i]?.start ?? -1);
    }
    const choice = asWritten.some((w) => this.language.alternatives.includes(w));
    const starts = this.clauseStarts(text, written);
    const openers = starts.map((start) => {
      let first = start;
      for (let m = this.leadIns.at(asWritten, first); m; m = this.leadIns.at(asWritten, first)) first += m.length;
      return first;
    });
    const yesNo = !choice && (openers.some((first) => this.yesNoPhrases.at(asWritten, first) !== undefined) || (asked && this.asksByTone(written, asWritten, starts)));
    // A yes/no question asks whether, not how much: a noun like "target" or "minimum" in it is no aspect.
    for (const match of aspectMatches) {
      if (yesNo && match.length === 1 && !match.values.includes('whatIf')) continue;
      for (const a of match.values) if (!aspects.includes(a)) aspects.push(a);
    }
    const whatIf = aspects.includes('whatIf');
    const personal = asWritten.some((w, i) => this.personalPhrases.at(asWritten, i) !== undefined && !(w === 'us' && written[i]?.raw === 'US'));
    const owned = asWritten.some((_, i) => this.ownedPhrases.at(asWritten, i) !== undefined);
    const namesPartners = asWritten.some((w) => this.language.partnerWords.includes(w));
    const asksAbility = yesNo && asWritten.some((w) => this.language.verdictWords.permission.includes(w));
    // Whether one may sell to a country ("can I resell to a company in Iran?") asks where one may
    // sell, not about the sales targets.
    if (asksAbility && topics.has('sales') && !topics.has('target') && entities.some((e) => e.kind === 'country')) topics.add('territory');
    const { negation, without } = this.language.verdictWords;
    const negated = asWritten.some((w) => negation.includes(w) || without.includes(w));
    const skipping = asWritten.some((w) => without.includes(w));
    const numbers = tokens.filter((t) => t.number !== undefined).map((t) => t.number as number);
    const quantities = written.flatMap((t, i) => {
      if (t.number === undefined) return [];
      const before = text.slice(Math.max(0, t.start - 4), t.start);
      return [{ value: t.number, unit: /[$€£]/.test(before) ? 'money' : written[i + 1]?.word ?? '' }];
    });
    const own = [...new Set(this.termsOf(tokens.filter((t) => !asking.has(t.start))))];
    const comparison = this.comparisonOf(written);
    // "more than 4" compares; it does not ask what is still missing.
    if (comparison) topics.delete('more');
    // "What happens if we don't make it in time?": making it is the condition asked about, not
    // whether one is on track.
    if (whatIf) topics.delete('on-track');
    return {
      text, tokens, stems, corrections, terms: own, ownTerms: own, entities, topics, aspects,
      ...(comparison ? { comparison } : {}),
      yesNo, whatIf, personal, owned, namesPartners, asksAbility, negated, without: skipping, numbers, quantities, inherited: false, asks: yesNo || aspects.length > 0 || /\?\s*$/.test(text),
    };
  }

  /** "more than", "at least"... right before a number. */
  private comparisonOf(tokens: readonly Token[]): Reading['comparison'] {
    const words = tokens.map((t) => t.word);
    for (const [kind, list] of Object.entries(this.language.comparisons) as [NonNullable<Reading['comparison']>, string[]][]) {
      for (const phrase of list) {
        const p = phraseWords(phrase, this.language);
        for (let i = 0; i + p.length < tokens.length; i++) {
          if (!p.every((w, j) => words[i + j] === w)) continue;
          // Than a number ("more than 4 locations"), or than a status ("higher than Gold's").
          const after = tokens.slice(i + p.length, i + p.length + 3);
          if (after[0]?.number !== undefined || this.stems(after.map((t) => t.word)).some((s) => this.statusStems.has(s))) return kind;
        }
      }
    }
    return undefined;
  }

  /**
   * Whether a question (one that ended in "?") asks yes or no by its tone alone (see
   * `questionWords`): a yes/no word stands somewhere in it, no clause opens with a word asking
   * what or how (as its first or second word: `y que pasa si...`; further on, an unaccented `que`
   * is a relative one: `las ventas que hice`), and none is written with its accent anywhere
   * (`¿Y para Gold qué necesito?`), nor is one of `askingAnywhere` (`quanto`).
   */
  private asksByTone(tokens: readonly Token[], asWritten: readonly string[], starts: readonly number[]): boolean {
    if (this.language.questionWords.length === 0) return false;
    if (starts.some((start) => this.questionWords.at(asWritten, start) !== undefined || this.questionWords.at(asWritten, start + 1) !== undefined)) return false;
    if (tokens.some((t, i) => this.accentedQuestionWords.has(t.raw.toLocaleLowerCase()) || this.askingAnywhere.at(asWritten, i) !== undefined)) return false;
    return asWritten.some((_, i) => this.yesNoPhrases.at(asWritten, i) !== undefined);
  }

  /** Where clauses start: the first word, and each word after a comma, colon or dash. */
  private clauseStarts(text: string, tokens: readonly Token[]): number[] {
    const starts = [0];
    for (let i = 1; i < tokens.length; i++) {
      const between = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
      if (/[,:–—]|\s-\s/.test(between)) starts.push(i);
    }
    return starts;
  }

  /**
   * Entities in `tokens`: the longest name at each place. A two-letter country code counts when
   * written in capitals, or in lower case when it is not also a word ("in", "it", "us"); never
   * right after a number ("24 GB").
   */
  private findEntities(tokens: readonly Token[]): Entity[] {
    const words = tokens.map((t) => t.word);
    const out: Entity[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.entities.at(words, i);
      if (match) {
        const text = tokens.slice(i, i + match.length).map((t) => t.raw).join(' ');
        for (const value of match.values) out.push({ ...value, text, start: i, length: match.length });
        i += match.length;
        continue;
      }
      const token = tokens[i] as Token;
      const afterNumber = tokens[i - 1]?.number !== undefined;
      const capitals = token.raw === token.raw.toUpperCase();
      if (token.word.length === 2 && !afterNumber && isCountryCode(token.word) && (capitals || !this.wordsNotCodes.has(token.word))) {
        out.push({ kind: 'country', id: token.word.toUpperCase(), text: token.raw, start: i, length: 1 });
      }
      i++;
    }
    return out;
  }

  /**
   * A message cut into its questions: at question marks, semicolons and line ends, at a sentence
   * that starts a new question, and at "and how", "also" and the like. A part that names no topic
   * takes the topics, statuses and aspects of the one before ("How much is the kickstart bonus?
   * And how long is it valid?").
   */
  question(text: string): Reading[] {
    const parts: Reading[] = [];
    let scene: Reading | undefined;
    for (const piece of this.split(text)) {
      const reading = this.read(piece.text, piece.question);
      if (reading.tokens.length === 0) continue;
      reading.asks ||= piece.question;
      const before = parts.at(-1) ?? scene;
      if (before && (reading.topics.size === 0 || this.refersBack(reading))) inherit(reading, before);
      else if (before) inheritStatuses(reading, before);
      // The scene's topics too: "We're going for Gold. What else do we need?" is about reaching Gold.
      if (scene && !parts.length) for (const topic of scene.topics) reading.topics.add(topic);
      // The scene's figures belong to the question it sets ("We applied in 2018. Can we get it?").
      if (scene && !parts.length) {
        reading.numbers.push(...scene.numbers.filter((n) => !reading.numbers.includes(n)));
        reading.quantities.push(...scene.quantities.filter((q) => !reading.quantities.some((x) => x.value === q.value)));
      }
      // A sentence that asks nothing ("We are Silver since May.") sets the scene for the next.
      if (reading.asks) parts.push(reading);
      else scene = scene ? { ...reading, topics: new Set([...scene.topics, ...reading.topics]), entities: [...scene.entities, ...reading.entities] } : reading;
    }
    // A message that asks nothing in the form of a question ("kickstart bonus amount") is still one.
    return parts.length ? parts : scene ? [{ ...scene, asks: true }] : [];
  }

  /** Whether a part points back at the question before ("can Bronze extend it?"). */
  private refersBack(reading: Reading): boolean {
    const words = reading.tokens.map((t) => t.word);
    return words.some((_, i) => this.references.at(words, i) !== undefined);
  }

  /** The texts of the questions in a message, and whether each ended with a question mark. */
  private split(text: string): { text: string; question: boolean }[] {
    const pieces: { text: string; question: boolean }[] = [];
    for (const match of text.matchAll(/[^?;\n.!]+(?:[.!](?!\s|$)[^?;\n.!]*)*([?;\n.!]+|$)/gu)) {
      const piece = match[0].replace(/[?;\n.!]+$/, '').trim();
      if (piece) pieces.push({ text: piece, question: (match[1] ?? '').includes('?') });
    }
    const out: { text: string; question: boolean }[] = [];
    for (const { text: piece, question } of pieces) {
      const tokens = tokenize(piece, this.language);
      const words = tokens.map((t) => t.word);
      let from = 0;
      for (let i = 1; i < tokens.length; i++) {
        const match = this.splitters.at(words, i);
        if (!match) continue;
        const next = words[i + match.length];
        // "What discount do Silver and Gold get" is one question: a cut needs a new question after it.
        const startsQuestion = match.length > 1 || (next !== undefined && this.openers.has(next));
        const hasBefore = i - from >= 2;
        if (startsQuestion && hasBefore) {
          out.push({ text: piece.slice(tokens[from]?.start ?? 0, tokens[i - 1]?.end).trim(), question });
          from = i;
          i += match.length - 1;
        }
      }
      out.push({ text: piece.slice(tokens[from]?.start ?? 0).trim(), question });
    }
    return out.filter((s) => /[\p{L}\p{N}]/u.test(s.text));
  }
}

/** A part naming no status takes those of the part before ("We're going for Gold. What else do we need?"). */
function inheritStatuses(reading: Reading, before: Reading): void {
  if (!reading.entities.some((e) => e.kind === 'status')) reading.entities.push(...before.entities.filter((e) => e.kind === 'status'));
}

/** A follow-up part takes what it leaves out from the part before. */
function inherit(reading: Reading, before: Reading): void {
  for (const topic of before.topics) reading.topics.add(topic);
  if (!reading.entities.some((e) => e.kind === 'status')) reading.entities.push(...before.entities.filter((e) => e.kind === 'status'));
  if (reading.aspects.length === 0) reading.aspects.push(...before.aspects);
  reading.terms = [...new Set([...reading.terms, ...before.terms])];
  reading.personal ||= before.personal;
  reading.owned ||= before.owned;
  reading.inherited = true;
}

/** Folded text, for comparing what people typed with names. */
export { fold };
