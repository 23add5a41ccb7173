/**
 * The understanding of questions: words folded and corrected, the glossary's aliases, entities,
 * topics and aspects, and questions cut into parts. Checked on the shipped content.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatIssue, publicDirectory } from '../content/index.ts';
import type { Content } from '../content/index.ts';
import { languageCodes, languageData } from '../content/src/understand/language.ts';
import { fold, tokenize } from '../content/src/understand/text.ts';
import { Understanding } from '../content/src/understand/understanding.ts';
import { editDistance, Vocabulary } from '../content/src/understand/vocabulary.ts';
import { projectRoot, shippedContent } from './helpers.ts';

let content: Content;
let u: Understanding;
beforeAll(async () => {
  content = (await shippedContent()).content as Content;
  const directory = publicDirectory(content.partners, content.rules);
  u = new Understanding({
    language: 'en', glossary: content.glossaries.get('en'), rules: content.rules,
    places: directory.map((p) => ({ city: p.city, country: p.country })),
    languages: [...new Set(directory.flatMap((p) => p.languages))],
    texts: [...content.docs.flatMap((d) => d.passages.map((p) => p.plain)), ...directory.map((p) => p.name)],
  });
});

const entities = (text: string) => u.read(text).entities.map((e) => `${e.kind}:${e.id}`);

describe('words', () => {
  it('fold case and diacritics, so München, Munchen and munchen are one word', () => {
    expect(['München', 'Munchen', 'MUNCHEN', 'Straße', 'Kraków', 'São Paulo'].map(fold)).toEqual(['munchen', 'munchen', 'munchen', 'strasse', 'krakow', 'sao paulo']);
  });

  it('read numbers as people write them, and contractions written out', () => {
    const en = languageData('en');
    expect(tokenize("It's $/€2,500, 2.500 or 10k; can't be twelve", en).map((t) => t.number ?? t.word))
      .toEqual(['it', 'is', 2500, 2500, 'or', 10000, 'can', 'not', 'be', 12]);
  });

  it('count a swap of two letters as one edit', () => {
    expect(editDistance('reveiw', 'review')).toBe(1);
    expect(editDistance('kickstrat', 'kickstart')).toBe(1);
    expect(editDistance('isartall', 'isartal')).toBe(1);
  });

  it('correct a misspelt word to a known one, and never a word that is known itself', () => {
    const v = new Vocabulary();
    v.add(['subscription', 'review', 'silver', 'sliver', 'gold']);
    expect(v.correct('subscripton')).toEqual({ word: 'subscription', edits: 1 });
    expect(v.correct('reveiw')).toEqual({ word: 'review', edits: 1 });
    expect(v.correct('sliver')).toBeUndefined();
    expect(v.correct('gol')).toBeUndefined();
    expect(v.correct('weather')).toBeUndefined();
  });
});

describe('reading a question', () => {
  it('corrects typos against the content\'s words', () => {
    expect(u.read('how long is the nfr subscripton vaild').corrections.map((c) => `${c.from}→${c.word}`)).toEqual(['subscripton→subscription', 'vaild→valid']);
    expect(u.read('Isartall').corrections.map((c) => c.word)).toEqual(['isartal']);
  });

  it('takes a real word as written, not as a misspelling of one the content uses, unless two letters are swapped', () => {
    // "cash" is one letter from "case", "freelancer" near nothing the docs say; both are English.
    expect(u.read('is the award bonus paid in cash').corrections).toEqual([]);
    expect(u.read('can a freelancer join').corrections).toEqual([]);
    expect(u.read('how do I keep sliver').corrections.map((c) => c.word)).toEqual(['silver']);
    expect(u.read('kickstrat bonus').corrections.map((c) => c.word)).toEqual(['kickstart']);
  });

  it('reads chat spellings too short to correct ("wat", "hw", "u")', () => {
    expect(u.read('wat do silver partnrs get').tokens.map((t) => t.word)).toEqual(['what', 'do', 'silver', 'partners', 'get']);
    expect(u.read('hw much discount do u get').aspects).toContain('amount');
  });

  it('reads the glossary\'s aliases as their terms', () => {
    expect(u.read('how long is the free copy valid').topics).toContain('nfr');
    expect(u.read('what do I need to stay Silver?').topics).toContain('keep');
    expect(u.read('when is my confirmation').topics).toContain('review');
  });

  it('recognizes statuses, services, countries (names in any language, codes in capitals), cities and languages', () => {
    expect(entities('gold training germany')).toEqual(['status:gold', 'service:training', 'country:DE']);
    expect(entities('München')).toEqual(['city:Munich']);
    expect(entities('Munchen')).toEqual(['city:Munich']);
    expect(entities('Bangalore')).toEqual(['city:Bengaluru']);
    expect(entities('Mexiko')).toEqual(['country:MX']);
    expect(entities('voip partners in the US')).toEqual(['service:telephony', 'country:US']);
    expect(entities('tell us about it')).toEqual([]);
    expect(entities('24 GB')).toEqual([]);
    expect(entities('japanese speaking partners')).toEqual(['language:ja']);
    expect(entities('Hamburgh')).toEqual(['city:Hamburg']);
  });

  it('tells a yes/no question, a "what happens if" and a personal one', () => {
    expect(u.read('Can Bronze extend the NFR?')).toMatchObject({ yesNo: true, whatIf: false, personal: false });
    expect(u.read('We applied in 2018, can we get the kickstart bonus?')).toMatchObject({ yesNo: true, personal: true, numbers: [2018] });
    expect(u.read('what happens if I miss the target')).toMatchObject({ yesNo: false, whatIf: true, personal: true });
    expect(u.read('how long is the key valid').aspects[0]).toBe('duration');
  });

  it('cuts a message into its questions, a follow-up taking the topics it leaves out', () => {
    const parts = u.question('How much is the kickstart bonus? And how long is it valid?');
    expect(parts.map((p) => p.text)).toEqual(['How much is the kickstart bonus', 'And how long is it valid']);
    expect(parts[1]?.topics).toContain('kickstart');
    expect(u.question('How long is the NFR valid and can bronze partners extend it?').map((p) => p.text)).toEqual(['How long is the NFR valid', 'and can bronze partners extend it']);
    expect(u.question('What discount do Silver and Gold partners get?')).toHaveLength(1);
  });
});

describe('a yes or no asked by tone alone (Spanish, Portuguese)', () => {
  const reader = (language: string) => new Understanding({ language, rules: content.rules, places: [], languages: [], texts: [] });
  it.each([
    ['es', '¿Las ventas que hice antes de ser Silver cuentan para llegar a Gold?', true],
    ['es', 'si no cumplo la meta como silver bajo a bronze?', true],
    ['es', '¿Con que frecuencia se revisa el nivel?', false],
    ['es', '¿Y para Gold qué necesito?', false],
    ['es', 'y que pasa si no llego a la meta?', false],
    ['es', '¿Descuento para Gold?', false],
    ['es', 'Las ventas que hice antes de ser Silver cuentan para llegar a Gold', false],
    ['pt', 'As vendas pra nossa própria empresa contam pra meta?', true],
    ['pt', 'A NFR na nuvem dura quanto tempo?', false],
    ['pt', 'qnto eu preciso vender ainda?', false],
  ])('%s: %s → %s', (language, question, yesNo) => {
    expect(reader(language).question(question)[0]?.yesNo).toBe(yesNo);
  });
});

describe('language data', () => {
  it('every language file loads', () => {
    for (const code of languageCodes()) expect(languageData(code).language).toBe(code);
  });
});

describe('the glossary in the content check', () => {
  it('reports a term nobody uses, an alias given twice and an unknown language, with file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'glossary-'));
    try {
      await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
      await writeFile(path.join(dir, 'content/glossary/en.yaml'), 'terms:\n  - term: Mnuich\n    aliases: [München]\n  - term: NFR\n    aliases: [free copy, München]\n  - term: keep\n    aliases: [Keep]\n');
      await writeFile(path.join(dir, 'content/glossary/xx.yaml'), 'terms: []\n');
      const { issues } = await checkContent({ dir: path.join(dir, 'content') });
      expect(issues.map(formatIssue).filter((m) => m.includes('glossary'))).toEqual([
        "content/glossary/en.yaml:2: terms[0].term: 'Mnuich' is not a word the docs, the rules or the partner directory use, so its aliases would lead nowhere; did you mean 'munich'?",
        "content/glossary/en.yaml:5: terms[1].aliases[1]: 'München' is already an alias of 'Mnuich'; an alias can stand for one term only",
        "content/glossary/en.yaml:7: terms[2].aliases[0]: 'Keep' is the term 'keep' itself once case and accents are set aside; remove it",
        // Every language with a data file is named, whichever languages have been added.
        `content/glossary/xx.yaml: the understanding does not read 'xx', so nothing would read this glossary: name a glossary after a language it reads (${languageCodes().map((c) => `${c}.yaml`).join(', ')}), or, for a new language, add its data first (content/src/understand/languages/xx.yaml: see "Add a language" in the README)`,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes a term from the docs in the glossary\'s own language, not only from the English docs', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'glossary-'));
    try {
      await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
      // 'kommerzielle Arbeit' is written in the German NFR page only; 'Zuckerwatte' in no page at all.
      await writeFile(path.join(dir, 'content/glossary/de.yaml'), 'terms:\n  - term: kommerzielle Arbeit\n    aliases: [Kundenprojekt]\n  - term: Zuckerwatte\n    aliases: [Watte]\n');
      const { issues } = await checkContent({ dir: path.join(dir, 'content') });
      expect(issues.map(formatIssue).filter((m) => m.includes('glossary'))).toEqual([
        expect.stringMatching(/^content\/glossary\/de\.yaml:4: terms\[1\]\.term: 'Zuckerwatte' is not a word the docs/),
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
