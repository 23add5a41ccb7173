/**
 * The message catalogs: Fluent files (`.ftl`) in `content/locales/<locale>/`, one folder per
 * language, shared by the site and the bot. English is the source. The content check reads every
 * file with Fluent's own parser and reports, with file and line:
 *
 * - a syntax error (an error: the message cannot be shown);
 * - a message of another language that uses a variable its English source does not give (an
 *   error: it would show `{$name}` to people);
 * - a message English has and another language lacks (a warning: it falls back to English, and
 *   the check says what is left to translate), and one only another language has (a warning).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { FluentParser, Junk, Message, Term, Visitor } from '@fluent/syntax';
import { closest, distance } from 'fastest-levenshtein';
import type { Resource, VariableReference } from '@fluent/syntax';
import type { ContentIssue } from '../issues.ts';
import { readFolder } from '../load/files.ts';
import { digestOf, keptOr } from '../load/kept.ts';
import type { Rules } from '../rules.ts';
import { ruleTextIds } from './rule-words.ts';
import type { LocaleInfo } from './locales.ts';
import { englishName, LOCALE_ID, localesOf, SOURCE_LOCALE } from './locales.ts';

/** The ids of the rules' own words in a catalog (`rule-status-gold`, …: rule-words.ts). */
const RULE_PREFIX = 'rule-';

/** One message of a catalog, as the check needs it. */
export interface MessageInfo {
  file: string;
  line: number;
  /** Variables the message (value and attributes) uses. */
  variables: Set<string>;
}

/** Every catalog, read and checked. */
export interface Catalogs {
  /** English first. */
  locales: LocaleInfo[];
  /** The Fluent text of each locale's files, in file order, for the bundles. */
  sources: Map<string, { file: string; text: string }[]>;
  /** Each locale's messages and terms (terms as `-name`), by id. */
  messages: Map<string, Map<string, MessageInfo>>;
}

/** Collects the variables of a message. */
class Variables extends Visitor {
  readonly found = new Set<string>();
  override visitVariableReference(node: VariableReference): void {
    this.found.add(node.id.name);
  }
}

/** The 1-based line of an offset in `text`: line starts found once, each offset by bisection. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** One entry of a catalog file as the check reads it: a message or term (terms as `-name`), or what cannot be read. */
type CatalogEntry = { key: string; line: number; variables: string[]; junk?: undefined } | { junk: string; line: number };

/** The entries of a catalog file, in order (kept by the file's text: a reload or restart reads an unchanged file once). */
function readEntries(parser: FluentParser, text: string): CatalogEntry[] {
  const resource: Resource = parser.parse(text);
  const lineAt = lineFinder(text);
  const entries: CatalogEntry[] = [];
  for (const entry of resource.body) {
    if (entry instanceof Junk) {
      const note = entry.annotations[0];
      entries.push({ junk: note?.message ?? 'a syntax error', line: lineAt(note?.span?.start ?? entry.span?.start ?? 0) });
    } else if (entry instanceof Message || entry instanceof Term) {
      const variables = new Variables();
      variables.visit(entry);
      entries.push({ key: entry instanceof Term ? `-${entry.id.name}` : entry.id.name, line: lineAt(entry.span?.start ?? 0), variables: [...variables.found] });
    }
  }
  return entries;
}

/** What loadCatalogs keeps each file's entries as (kept.ts). */
const KEPT_KIND = 'catalog-file';

/**
 * Every catalog file's entries as loadCatalogs reads them, made ahead by a parse worker while this
 * thread still loads its modules and the rules (parse-worker.ts): loadCatalogs then takes them
 * back by the files' texts. In the form `keepResults` takes.
 */
export async function catalogEntriesAhead(contentDir: string): Promise<[string, [string, unknown][]][]> {
  const root = path.join(contentDir, 'locales');
  const parser = new FluentParser({ withSpans: true });
  const entries: [string, unknown][] = [];
  for (const folder of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!folder.isDirectory() || !LOCALE_ID.test(folder.name)) continue;
    for (const source of await readFolder(path.join(root, folder.name), ['.ftl'])) entries.push([digestOf(source.text), readEntries(parser, source.text)]);
  }
  return [[KEPT_KIND, entries]];
}

/** Reads every catalog under `<contentDir>/locales/`; returns them with every problem and warning. */
export async function loadCatalogs(contentDir: string, displayRoot: string): Promise<{ catalogs: Catalogs; issues: ContentIssue[]; warnings: ContentIssue[] }> {
  const root = path.join(contentDir, 'locales');
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const folders = await readdir(root, { withFileTypes: true }).catch(() => []);
  const ids: string[] = [];
  for (const entry of folders) {
    if (!entry.isDirectory()) continue;
    if (LOCALE_ID.test(entry.name)) ids.push(entry.name);
    else issues.push({ file: path.relative(displayRoot, path.join(root, entry.name)), path: '', message: `'${entry.name}' is not a language tag; name a catalog folder like de, es or pt-BR` });
  }
  if (!ids.includes(SOURCE_LOCALE)) {
    issues.push({ file: path.relative(displayRoot, root), path: '', message: `there is no '${SOURCE_LOCALE}' catalog folder: English is the source every other language is checked against` });
  }
  const catalogs: Catalogs = { locales: localesOf(ids), sources: new Map(), messages: new Map() };
  const parser = new FluentParser({ withSpans: true });
  for (const { id } of catalogs.locales) {
    const files = await readFolder(path.join(root, id), ['.ftl']);
    const sources: { file: string; text: string }[] = [];
    const messages = new Map<string, MessageInfo>();
    for (const source of files) {
      const file = path.relative(displayRoot, source.absolute);
      sources.push({ file, text: source.text });
      for (const entry of keptOr(KEPT_KIND, digestOf(source.text), () => readEntries(parser, source.text))) {
        if (entry.junk !== undefined) {
          issues.push({ file, line: entry.line, path: '', message: `this Fluent message cannot be read: ${entry.junk}` });
          continue;
        }
        if (messages.has(entry.key)) {
          issues.push({ file, line: entry.line, path: entry.key, message: `is defined twice (first in ${messages.get(entry.key)?.file}:${messages.get(entry.key)?.line}); keep one` });
          continue;
        }
        messages.set(entry.key, { file, line: entry.line, variables: new Set(entry.variables) });
      }
    }
    catalogs.sources.set(id, sources);
    catalogs.messages.set(id, messages);
  }
  const english = catalogs.messages.get(SOURCE_LOCALE) ?? new Map<string, MessageInfo>();
  for (const { id } of catalogs.locales) {
    if (id === SOURCE_LOCALE) continue;
    const own = catalogs.messages.get(id) ?? new Map<string, MessageInfo>();
    for (const [key, info] of own) {
      const source = english.get(key);
      // The rules' own words have their English in the rules, not in a catalog: ruleTextWarnings checks them.
      if (!source && key.startsWith(RULE_PREFIX)) continue;
      if (!source) {
        warnings.push({ file: info.file, line: info.line, path: key, message: 'is not in the English catalog, so nothing shows it; remove it or add it to English first', severity: 'warning' });
        continue;
      }
      const unknown = [...info.variables].filter((v) => !source.variables.has(v));
      if (unknown.length) {
        issues.push({ file: info.file, line: info.line, path: key, message: `uses ${unknown.map((v) => `{$${v}}`).join(', ')}, which the English message (${source.file}:${source.line}) does not give; use only ${[...source.variables].map((v) => `{$${v}}`).join(', ') || 'no variables'}` });
      }
    }
    warnings.push(...untranslated(english, own, path.relative(displayRoot, path.join(root, id)), id, catalogs.sources.get(id) ?? []));
  }
  return { catalogs, issues, warnings };
}

/** Up to this many messages of one English file left to translate are named one per line; more, in one line. */
const NAMED_ONE_BY_ONE = 8;

/**
 * Warnings for the messages of each English file that language `id` lacks (they show in English),
 * on the file they belong in (`content/locales/fr/bot.ftl` for those of `en/bot.ftl`): each one
 * with its English line when a few are left, else their number and the first of them in one line,
 * so a new language's folder reads as a short list of files to write rather than 800 lines.
 */
function untranslated(english: ReadonlyMap<string, MessageInfo>, own: ReadonlyMap<string, MessageInfo>, folder: string, id: string, files: readonly { file: string }[]): ContentIssue[] {
  const name = englishName(id);
  const byFile = new Map<string, { total: number; missing: [string, MessageInfo][] }>();
  for (const [key, info] of english) {
    const entry = byFile.get(info.file) ?? { total: 0, missing: [] };
    entry.total++;
    if (!own.has(key)) entry.missing.push([key, info]);
    byFile.set(info.file, entry);
  }
  const warnings: ContentIssue[] = [];
  for (const [source, { total, missing }] of byFile) {
    if (missing.length === 0) continue;
    const base = path.basename(source);
    const file = path.join(folder, base);
    if (missing.length <= NAMED_ONE_BY_ONE) {
      for (const [key, info] of missing) warnings.push({ file, path: key, message: `is not translated into ${name} yet (${source}:${info.line}); it shows in English`, severity: 'warning' });
      continue;
    }
    const keys = missing.map(([key]) => key);
    const first = `${keys.slice(0, NAMED_ONE_BY_ONE).join(', ')}, and ${keys.length - NAMED_ONE_BY_ONE} more`;
    const written = files.some((f) => path.basename(f.file) === base);
    warnings.push({
      file,
      path: '',
      message: !written && missing.length === total
        ? `there is no ${name} ${base} yet, so its ${total} messages show in English: copy ${source} here and translate it (${first})`
        : `${missing.length} of the ${total} messages of ${source} are not translated into ${name} yet, so they show in English: ${first}; with ${NAMED_ONE_BY_ONE} or fewer left, each is named with its English line`,
      severity: 'warning',
    });
  }
  return warnings;
}

/**
 * A warning for every rules word (a status's name, a benefit, a course…: see rule-words.ts) that a
 * language other than English does not translate in its catalogs yet: it shows in English.
 */
export function ruleTextWarnings(catalogs: Catalogs, rules: Rules, displayRoot: string, contentDir: string): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  const ids = ruleTextIds(rules);
  const english = catalogs.messages.get(SOURCE_LOCALE) ?? new Map<string, MessageInfo>();
  for (const { id } of catalogs.locales) {
    if (id === SOURCE_LOCALE) continue;
    const name = englishName(id);
    const own = catalogs.messages.get(id) ?? new Map<string, MessageInfo>();
    for (const [key, info] of own) {
      if (!key.startsWith(RULE_PREFIX) || ids.has(key) || english.has(key)) continue;
      const guess = closest(key, [...ids.keys()]);
      warnings.push({ file: info.file, line: info.line, path: key, message: `is not one of the rules' words, so nothing shows it${guess && distance(key, guess) <= 3 ? `; did you mean ${guess}?` : ''} (the rules' words are named after their ids in content/program/)`, severity: 'warning' });
    }
    const missing = [...ids.keys()].filter((key) => !own.has(key));
    if (missing.length === 0) continue;
    warnings.push({
      file: path.relative(displayRoot, path.join(contentDir, 'locales', id, 'program.ftl')),
      path: '',
      message: `${missing.length} of the rules' own words are not translated into ${name} yet, so they show in English: ${missing.slice(0, NAMED_ONE_BY_ONE).join(', ')}${missing.length > NAMED_ONE_BY_ONE ? `, and ${missing.length - NAMED_ONE_BY_ONE} more` : ''}; write each here under its id, from the English in content/program/ (a translated program.ftl lists them all under "The rules' own words")`,
      severity: 'warning',
    });
  }
  return warnings;
}
