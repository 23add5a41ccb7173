/**
 * Loads the glossaries, `<content>/glossary/<language>.yaml`: for each language, the words people
 * use and the program's own word each stands for. One file per language; a language needs its
 * data file in content/src/understand/languages/. Whether each term is a word the docs, the rules
 * or the directory use is checked once everything is loaded (see checkGlossaryTerms).
 */
import path from 'node:path';
import type { ContentIssue, Locator } from '../issues.ts';
import { dropRepeats, parseWithFriendlyErrors } from '../issues.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { glossaryFile } from '../schemas/glossary.ts';
import { languageCodes, languageData } from '../understand/language.ts';
import { phraseWords } from '../understand/text.ts';
import { readFolder } from './files.ts';
import { digestOf, keptOr } from './kept.ts';
import { parseYamlSource } from './source.ts';

/** One language's glossary. */
export interface Glossary {
  /** ISO 639-1 code: the file's name. */
  language: string;
  /** The program's words. */
  entries: GlossaryEntry[];
  /** Places: names of cities and countries. */
  places: GlossaryEntry[];
  /** The file, as messages name it. */
  file: string;
  /** Line of a field, for messages. */
  locate: Locator;
}

/** Reads every glossary; problems name the file, the line and the field. A missing folder is no glossary. */
export async function loadGlossaries(contentDir: string, displayRoot: string): Promise<{ glossaries: Map<string, Glossary>; issues: ContentIssue[] }> {
  const glossaries = new Map<string, Glossary>();
  const issues: ContentIssue[] = [];
  const languages = languageCodes();
  for (const source of await readFolder(path.join(contentDir, 'glossary'), ['.yaml'])) {
    const file = path.relative(displayRoot, source.absolute);
    const language = source.name.replace(/\.yaml$/, '');
    if (!languages.includes(language)) {
      issues.push({ file, path: '', message: `the understanding does not read '${language}', so nothing would read this glossary: name a glossary after a language it reads (${languages.map((l) => `${l}.yaml`).join(', ')}), or, for a new language, add its data first (content/src/understand/languages/${language}.yaml: see "Add a language" in the README)` });
      continue;
    }
    // Read and checked once per text (kept.ts): a restart takes an unchanged glossary back.
    const read = keptOr('glossary', digestOf(file, source.text), () => readGlossary(source.text, file, language));
    issues.push(...read.issues);
    if (!read.lists) continue;
    // Lines are found again only for a problem the later checks report (checkGlossaryTerms).
    let locate: Locator | undefined;
    const glossary: Glossary = { language, ...read.lists, file, locate: (at) => (locate ??= parseYamlSource(source.text, file).locate)(at) };
    glossaries.set(language, glossary);
  }
  return { glossaries, issues };
}

/** One glossary file read and checked: its lists when it has them, and its problems (lines included). */
function readGlossary(text: string, file: string, language: string): { lists?: Pick<Glossary, 'entries' | 'places'>; issues: ContentIssue[] } {
  const parsed = parseYamlSource(text, file);
  if (parsed.data === undefined) return { issues: parsed.issues };
  const result = parseWithFriendlyErrors(glossaryFile, parsed.data, file, parsed.locate);
  const issues = [...parsed.issues, ...dropRepeats(parsed.issues, result.issues)];
  if (!result.data) return { issues };
  const glossary: Glossary = { language, entries: result.data.terms, places: result.data.places, file, locate: parsed.locate };
  issues.push(...repeatedAliases(glossary));
  return { lists: { entries: glossary.entries, places: glossary.places }, issues };
}

/** An alias given twice (for one term or two), or that is its own term once folded. */
function repeatedAliases(glossary: Glossary): ContentIssue[] {
  const language = languageData(glossary.language);
  const key = (phrase: string) => phraseWords(phrase, language).join(' ');
  const seen = new Map<string, string>();
  const issues: ContentIssue[] = [];
  const lists = [['terms', glossary.entries], ['places', glossary.places]] as const;
  for (const [list, entries] of lists) entries.forEach((entry, i) => {
    const term = key(entry.term);
    entry.aliases.forEach((alias, j) => {
      const at = [list, i, 'aliases', j];
      const problem = (message: string) => issues.push({ file: glossary.file, line: glossary.locate(at), path: `${list}[${i}].aliases[${j}]`, message });
      const words = key(alias);
      if (words === '') problem(`'${alias}' has no letters or digits to match`);
      else if (words === term) problem(`'${alias}' is the term '${entry.term}' itself once case and accents are set aside; remove it`);
      else if (seen.has(words)) problem(`'${alias}' is already an alias of '${seen.get(words)}'; an alias can stand for one term only`);
      else seen.set(words, entry.term);
    });
  });
  return issues;
}

/**
 * Terms that no docs page, rule or partner uses: an alias must lead to words the bot and the search
 * can find. `known(words)` says whether a term's words are in that vocabulary, and `near(word)`
 * suggests a known word for one that is not.
 */
export function checkGlossaryTerms(glossary: Glossary, known: (phrase: string) => boolean, near: (phrase: string) => string | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  glossary.entries.forEach((entry, i) => {
    if (known(entry.term)) return;
    const guess = near(entry.term);
    issues.push({
      file: glossary.file, line: glossary.locate(['terms', i, 'term']), path: `terms[${i}].term`,
      message: `'${entry.term}' is not a word the docs, the rules or the partner directory use, so its aliases would lead nowhere${guess ? `; did you mean '${guess}'?` : ''}`,
    });
  });
  return issues;
}
