/** Loading everything at once: rules, partners and docs, with every problem found. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir as defaultContentDir } from '../config.ts';
import { programFigures } from '../figures.ts';
import type { Catalogs } from '../i18n/catalogs.ts';
import { loadCatalogs, ruleTextWarnings } from '../i18n/catalogs.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { ContentIssue } from '../issues.ts';
import { ContentError, formatPath } from '../issues.ts';
import type { PublicPartner } from '../public.ts';
import { publicDirectory } from '../public.ts';
import type { Rules } from '../rules.ts';
import { countryName } from '../public.ts';
import type { Partner, PartnerProfile } from '../schemas/partner.ts';
import { knownWords, prepareKnownWords } from '../understand/known-words.ts';
import { missingLanguageData } from '../understand/language.ts';
import type { DocPage } from './docs.ts';
import { loadDocs } from './docs.ts';
import type { Glossary } from './glossary.ts';
import { checkGlossaryTerms, loadGlossaries } from './glossary.ts';
import type { PartnerCache, PartnerChanges, Scope } from './partners.ts';
import { readAhead } from './parse-pool.ts';
import { loadPartners, prepareParse } from './partners.ts';
import { loadRules } from './rules.ts';

/**
 * All content, validated. `P` is what a partner is loaded as: `Partner` (with its private program
 * data) by default, `PartnerProfile` for the public scope (see `Scope`).
 */
export interface Content<P extends PartnerProfile = Partner> {
  rules: Rules;
  partners: P[];
  /** The English docs pages (the source), in menu order. */
  docs: DocPage[];
  /** Every language's docs pages, in the same order: its own translation, or the English page where it has none (`locale` says which). */
  docsByLocale: Map<string, DocPage[]>;
  /** Figures for docs placeholders, by name, written the English way. */
  figures: Record<string, string>;
  /** The same figures in each language the docs are read in, written its way (`2.500`, `1. Dezember 2026`). */
  figuresByLocale: Map<string, Record<string, string>>;
  /** The message catalogs of every language (content/locales/), English first. */
  catalogs: Catalogs;
  /** The words people use for the program's own, per language code (content/glossary/<code>.yaml). */
  glossaries: Map<string, Glossary>;
  /** What the check found worth a look that is not wrong (NFR copies beyond an allowance, messages not translated yet), one per problem. */
  warnings: ContentIssue[];
  /** The folder it was read from. */
  dir: string;
}

/** Where to read content from. */
export interface LoadOptions {
  /** The content folder; default `CONTENT_DIR` or the project's `content/`. */
  dir?: string;
  /** Partner files parsed by an earlier load of the same folder, reused while unchanged (see PartnerCache). */
  cache?: PartnerCache;
}

/** What `checkContent` found: the content (when it could be read), every problem and warning, and what changed. */
export interface CheckResult<P extends PartnerProfile = Partner> {
  content?: Content<P>;
  issues: ContentIssue[];
  warnings: ContentIssue[];
  changes?: PartnerChanges;
}

/**
 * Reads and checks all content; returns whatever loaded, every problem (`issues`, empty when
 * valid) and every warning (not problems: the content is valid with them; also in `content.warnings`).
 */
export async function checkContent(options?: LoadOptions & { scope?: 'full' }): Promise<CheckResult>;
/** The same for the public scope: partners as their profiles only, the program data never parsed. */
export async function checkContent(options: LoadOptions & { scope: 'public' }): Promise<CheckResult<PartnerProfile>>;
export async function checkContent(options: LoadOptions & { scope?: Scope } = {}): Promise<CheckResult<PartnerProfile>> {
  const dir = options.dir ?? defaultContentDir();
  // Messages name files relative to the folder above the content folder: `content/partners/x.md`.
  const displayRoot = path.dirname(dir);
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    return { issues: [{ file: dir, path: '', message: 'the content folder does not exist; check CONTENT_DIR (unset it to use the project\'s content/)' }], warnings: [] };
  }
  prepareParse(dir, options.cache, options.scope ?? 'full');
  const { rules, issues, locate } = await loadRules(dir, displayRoot);
  if (!rules) return { issues, warnings: [] };
  // The partner files first (they need only the rules): once they are handed out (to workers, when
  // many), the catalogs, docs and glossaries are read beside them instead of before, and this
  // thread takes partner files of its own only when they are done.
  const handedOut = Promise.withResolvers<void>();
  const ownWork = Promise.withResolvers<void>();
  const partnersLoad = loadPartners(dir, displayRoot, rules, options.cache, options.scope, { parsing: () => handedOut.resolve(), joinAfter: ownWork.promise });
  // Awaited below; a failure before the hand-out must not go unhandled meanwhile.
  partnersLoad.catch(() => undefined);
  await Promise.race([handedOut.promise, partnersLoad.then(() => undefined, () => undefined)]);
  // The glossaries first: they need nothing else, and meanwhile a parse worker started ahead of
  // this load may be finishing reading the catalogs for this thread (readAhead).
  const glossariesLoad = loadGlossaries(dir, displayRoot);
  await glossariesLoad.catch(() => undefined);
  await readAhead();
  // The catalogs before the docs: their folders are the languages whose docs the site shows, and
  // the docs' figures are written with their messages, in each language's formats.
  const locales = await loadCatalogs(dir, displayRoot);
  const figuresIn = new Map<string, Record<string, string>>();
  const figuresOf = (locale: string): Record<string, string> => {
    if (!figuresIn.has(locale)) figuresIn.set(locale, programFigures(rules, translatorFor(locales.catalogs, locale, rules.info.moneyPrefix)));
    return figuresIn.get(locale) as Record<string, string>;
  };
  const figures = figuresOf(SOURCE_LOCALE);
  const docsLoad = loadDocs(dir, displayRoot, figuresOf, locales.catalogs.locales.map((l) => l.id));
  // The glossary check's words of the rules and docs are read while the partner files are still
  // being parsed (when many, on the other threads): only the partners' places wait for them.
  // A glossary's terms may be the English docs' and rules' words or its own language's docs' words.
  const programWords = Promise.all([docsLoad, glossariesLoad]).then(([loaded, { glossaries }]) => {
    const english = programTexts(rules, loaded.docs);
    const groups = new Map([...glossaries.values()].map((g) => [g.language, [english, translatedTexts(loaded.byLocale, g.language)]]));
    for (const [language, texts] of groups) prepareKnownWords(language, texts);
    return groups;
  });
  programWords.then(() => ownWork.resolve(), () => ownWork.resolve());
  const [partners, docs, glossaries, programWordTexts] = await Promise.all([partnersLoad, docsLoad, glossariesLoad, programWords]);
  issues.push(...partners.issues, ...docs.issues, ...glossaries.issues, ...locales.issues);
  for (const glossary of glossaries.glossaries.values()) {
    const words = knownWords(glossary.language, [...(programWordTexts.get(glossary.language) ?? []), placeTexts(partners.partners)]);
    issues.push(...checkGlossaryTerms(glossary, words.known, words.near));
  }
  const deadlinesFile = path.relative(displayRoot, path.join(dir, 'program', 'deadlines.yaml'));
  for (const problem of checkDocsLinks(rules, docs.outline)) {
    issues.push({ file: deadlinesFile, line: locate('deadlines.yaml', problem.path), path: formatPath(problem.path), message: problem.message });
  }
  // One file's problems together, top to bottom.
  const byPlace = (a: ContentIssue, b: ContentIssue) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  issues.sort(byPlace);
  const warnings = [
    ...partners.warnings, ...locales.warnings, ...docs.warnings, ...ruleTextWarnings(locales.catalogs, rules, displayRoot, dir),
    ...missingLanguageData(locales.catalogs.locales.map((l) => l.id)),
  ].sort(byPlace);
  return { content: { rules, partners: partners.partners, docs: docs.docs, docsByLocale: docs.byLocale, figures, figuresByLocale: figuresIn, catalogs: locales.catalogs, glossaries: glossaries.glossaries, warnings, dir }, issues, warnings, changes: partners.changes };
}

/** The texts of the docs and the rules whose words a glossary term may use (the partners' places are the other). */
function programTexts(rules: Rules, docs: readonly DocPage[]): string[] {
  return [
    ...docs.flatMap((d) => [d.title, d.description, ...d.passages.map((p) => p.plain), ...d.sections.map((s) => s.title)]),
    ...rules.statuses.flatMap((s) => [s.id, s.name, s.summary, ...s.benefits.map((b) => b.text)]),
    ...rules.services.flatMap((s) => [s.id, s.name, s.summary]),
    ...rules.courses.flatMap((c) => [c.name, c.summary]),
    ...Object.values(rules.deadlines.kinds).map((k) => k.name),
  ];
}

/** The texts of the docs pages written in `language` (`de`; `pt` for pt-BR's), none for English's. */
function translatedTexts(byLocale: ReadonlyMap<string, readonly DocPage[]>, language: string): string[] {
  const pages = [...byLocale].find(([id]) => id.split('-')[0]?.toLowerCase() === language)?.[1] ?? [];
  return pages.filter((d) => d.locale !== SOURCE_LOCALE).flatMap((d) => [d.title, d.description, ...d.passages.map((p) => p.plain), ...d.sections.map((x) => x.title)]);
}

/** The partners' cities and countries, which a glossary's place names may use. */
function placeTexts(partners: readonly PartnerProfile[]): string[] {
  return [...new Set(partners.flatMap((p) => [p.city, countryName(p.country)]))];
}

/** Every deadline kind must point at a docs page and section that exist. */
function checkDocsLinks(rules: Rules, outline: readonly { slug: string; anchors: string[] }[]): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  for (const [kind, info] of Object.entries(rules.deadlines.kinds)) {
    const [page, anchor] = info.docs.split('#');
    const doc = outline.find((d) => d.slug === page);
    const path = ['kinds', kind, 'docs'];
    if (!doc) problems.push({ path, message: `there is no docs page '${page}' (pages: ${outline.map((d) => d.slug).join(', ')})` });
    else if (anchor && !doc.anchors.includes(anchor)) {
      problems.push({ path, message: `the page '${page}' has no section '#${anchor}' (sections: ${doc.anchors.join(', ')})` });
    }
  }
  return problems;
}

/** Reads all content; throws a ContentError listing every problem if any. */
export async function loadContent(options: LoadOptions = {}): Promise<Content> {
  const { content, issues } = await checkContent(options);
  if (!content || issues.length > 0) throw new ContentError(issues);
  return content;
}

/** What the public site may see: the rules, the docs and the public directory, never program data. */
export interface PublicContent {
  rules: Rules;
  docs: DocPage[];
  /** Every language's docs pages (see Content). */
  docsByLocale: Map<string, DocPage[]>;
  figures: Record<string, string>;
  /** The figures in each language (see Content). */
  figuresByLocale: Map<string, Record<string, string>>;
  glossaries: Map<string, Glossary>;
  directory: PublicPartner[];
}

/** Loads content for the public site: partners only through their public projection. */
export async function loadPublicContent(options: LoadOptions = {}): Promise<PublicContent> {
  const { rules, docs, docsByLocale, figures, figuresByLocale, glossaries, partners } = await loadContent(options);
  return { rules, docs, docsByLocale, figures, figuresByLocale, glossaries, directory: publicDirectory(partners, rules) };
}
