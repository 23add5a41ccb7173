/**
 * Loads the program docs per language: `<content>/docs/en/<slug>.md` are the pages (English is
 * the source), `<content>/docs/<locale>/<slug>.md` their translations under the same file names.
 * Figures are filled in written the language's way; links between pages are checked per language
 * (a link resolves to the language's own page when it has one, else to the English page it falls
 * back to). A page a language lacks is a warning that says what is left to translate.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { parseDocHref } from '../doc-links.ts';
import { englishName, LOCALE_ID, SOURCE_LOCALE } from '../i18n/locales.ts';
import type { ContentIssue } from '../issues.ts';
import { parseWithFriendlyErrors } from '../issues.ts';
import { renderFigures } from '../figures.ts';
import { parseMarkdown } from '../markdown.ts';
import { docFrontmatter } from '../schemas/doc.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import type { DocSection, DocTree, Passage } from './doc-tree.ts';
import { readDocTree } from './doc-tree.ts';
import { readFolder } from './files.ts';
import { digestOf, keptOr } from './kept.ts';
import { parseMarkdownSource } from './source.ts';

export type { DocSection, Passage } from './doc-tree.ts';

/** A docs page. */
export interface DocPage extends DocFrontmatter {
  /** `statuses` for `content/docs/en/statuses.md` (and its translations); `index` for the docs home. */
  slug: string;
  /** The language the page is written in (`en`, `de`, `pt-BR`): English where a language falls back to it. */
  locale: string;
  /** The page's markdown with every `{{figure}}` replaced. */
  body: string;
  /** Text before the first `##` heading, then each section. */
  intro: string;
  sections: DocSection[];
  /** The anchor of every heading of the page (`##` and deeper), in order, as the site gives them ids. */
  anchors: string[];
  /** Every passage of the page, in order (see doc-tree.ts). */
  passages: Passage[];
  /** The file, relative to the folder above the content folder: `content/docs/de/statuses.md`. */
  file: string;
}

/**
 * Reads a page's markdown (figures already filled in) into its tree once: sections, passages,
 * links and anchors. `line` maps a line of `markdown` back to the written file's, for messages.
 */
export function readDoc(slug: string, title: string, rendered: ReturnType<typeof renderFigures>, lineOffset = 1, source = rendered.text): DocTree {
  // A reload (or a restart, through the start cache) parses only the pages whose text or figures
  // changed: the same page read the same way is the same tree, so it is taken from the last load's.
  return keptOr('doc-tree', digestOf(slug, title, String(lineOffset), source, rendered.text), () => readDocTree(parseMarkdown(rendered.text), {
    slug, title, markdown: rendered.text, spans: rendered.spans, line: (l) => rendered.sourceLine(l - 1) + lineOffset,
  }));
}

/** What `loadDocs` found. */
export interface LoadedDocs {
  /** The English pages, in menu order. */
  docs: DocPage[];
  /**
   * Every language's pages (each language in `locales` and each docs folder), in the English
   * menu order: its own page where it has one, the English page where not (`locale: 'en'`).
   */
  byLocale: Map<string, DocPage[]>;
  issues: ContentIssue[];
  /** Pages a language with catalogs lacks. */
  warnings: ContentIssue[];
  /** Every English page's slug and `##` section anchors, including pages with problems, for checking links to sections. */
  outline: { slug: string; anchors: string[] }[];
}

/** One page as read, before its links are checked. */
interface Written {
  slug: string;
  file: string;
  links: DocTree['links'];
  anchors: string[];
  sections: string[];
  page?: DocPage;
}

/** Reads one language's folder of pages. */
async function readLanguage(folder: string, locale: string, displayRoot: string, figures: Record<string, string>, issues: ContentIssue[]): Promise<Written[]> {
  const written: Written[] = [];
  for (const source of await readFolder(folder, ['.md'])) {
    const file = path.relative(displayRoot, source.absolute);
    const parsed = parseMarkdownSource(source.text, file);
    issues.push(...parsed.issues);
    if (parsed.data === undefined) continue;
    const result = parseWithFriendlyErrors(docFrontmatter, parsed.data, file, parsed.locate);
    issues.push(...result.issues);
    const rendered = renderFigures(parsed.body, figures);
    for (const unknown of rendered.unknown) {
      issues.push({
        file,
        line: parsed.bodyLine + unknown.lineIndex,
        path: '',
        message: `{{${unknown.name}}} is not a figure from the rules${unknown.suggestion ? `; did you mean {{${unknown.suggestion}}}?` : ''} (see content/src/figures.ts for the list)`,
      });
    }
    if (!parsed.body) issues.push({ file, path: '', message: 'has no text below the frontmatter' });
    const slug = source.name.replace(/\.md$/, '');
    const tree = readDoc(slug, result.data?.title ?? slug, rendered, parsed.bodyLine, parsed.body);
    const page = result.data && { ...result.data, slug, locale, body: rendered.text, intro: tree.intro, sections: tree.sections, anchors: tree.anchors, passages: tree.passages, file };
    written.push({ slug, file, links: tree.links, anchors: tree.anchors, sections: tree.sections.map((x) => x.anchor), ...(page ? { page } : {}) });
  }
  return written;
}

/** The docs folders of languages (`en`, `de`, `pt-BR`…), and whether pages lie in `docs/` itself (the layout before languages). */
async function languageFolders(docsDir: string, displayRoot: string, issues: ContentIssue[]): Promise<{ folders: string[]; flat: string[] }> {
  const entries = await readdir(docsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const folders: string[] = [];
  const flat: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() && LOCALE_ID.test(entry.name)) folders.push(entry.name);
    else if (entry.isFile() && entry.name.endsWith('.md')) flat.push(path.relative(displayRoot, path.join(docsDir, entry.name)));
    else if (entry.isDirectory()) {
      issues.push({ file: path.relative(displayRoot, path.join(docsDir, entry.name)), path: '', message: `'${entry.name}' is not a language folder; name it by the language's catalog folder in content/locales/, like de or pt-BR` });
    }
  }
  return { folders: folders.sort(), flat: flat.sort() };
}

/**
 * Loads every docs page of every language. `locales` are the languages with catalogs (the site's
 * languages); `figures(locale)` the rules' figures written the language's way.
 */
export async function loadDocs(contentDir: string, displayRoot: string, figures: (locale: string) => Record<string, string>, locales: readonly string[] = [SOURCE_LOCALE]): Promise<LoadedDocs> {
  const docsDir = path.join(contentDir, 'docs');
  const issues: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const { folders, flat } = await languageFolders(docsDir, displayRoot, issues);
  // Content from before docs had languages (an older commit, for the impact report) keeps its English pages in docs/ itself.
  const legacy = flat.length > 0 && !folders.includes(SOURCE_LOCALE);
  for (const file of flat) {
    const moved = path.join(path.dirname(file), SOURCE_LOCALE, path.basename(file));
    if (legacy) warnings.push({ file, path: '', message: `docs pages live in a folder per language: move it to ${moved}`, severity: 'warning' });
    else issues.push({ file, path: '', message: `docs pages live in a folder per language: move it to ${moved} (or, translated, to its language's folder, like ${path.join(path.dirname(file), 'de', path.basename(file))})` });
  }
  const english = await readLanguage(legacy ? docsDir : path.join(docsDir, SOURCE_LOCALE), SOURCE_LOCALE, displayRoot, figures(SOURCE_LOCALE), issues);
  const order = new Map(english.map((w, i) => [w.slug, w.page?.order ?? i]));
  const byOrder = (a: DocPage, b: DocPage) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0) || a.slug.localeCompare(b.slug);
  const docs = english.flatMap((w) => (w.page ? [w.page] : [])).sort(byOrder);
  const byLocale = new Map<string, DocPage[]>([[SOURCE_LOCALE, docs]]);
  checkLinks(english, new Map(english.map((w) => [w.slug, w.anchors])), issues);
  const others = [...new Set([...locales, ...folders])].filter((l) => l !== SOURCE_LOCALE).sort();
  for (const locale of others) {
    const folder = path.join(docsDir, locale);
    const shown = path.relative(displayRoot, folder);
    // Docs of a language without catalogs yet are checked (the site offers the language once it has them), quietly.
    const offered = locales.includes(locale);
    const translated = folders.includes(locale) ? await readLanguage(folder, locale, displayRoot, figures(locale), issues) : [];
    const own = new Map(translated.map((w) => [w.slug, w]));
    for (const w of translated) {
      if (!order.has(w.slug)) {
        const guess = near(w.slug, [...order.keys()]);
        issues.push({ file: w.file, path: '', message: `there is no English page ${w.slug}.md in content/docs/${SOURCE_LOCALE}/: a translation has the English page's file name${guess ? `; did you mean ${guess}.md?` : ''} (pages: ${[...order.keys()].sort().join(', ')})` });
      }
    }
    for (const w of english) {
      if (offered && !own.has(w.slug)) warnings.push({ file: path.join(shown, `${w.slug}.md`), path: '', message: `not translated into ${englishName(locale)} yet: the site shows the English page ${w.file} there, with a line saying so`, severity: 'warning' });
    }
    // A link goes to the language's own page where there is one, else to the English page shown instead.
    const anchors = new Map(english.map((w) => [w.slug, (own.get(w.slug) ?? w).anchors]));
    checkLinks(translated.filter((w) => order.has(w.slug)), anchors, issues);
    const pages = english.flatMap((w) => {
      const page = own.get(w.slug)?.page ?? w.page;
      return page ? [page] : [];
    });
    byLocale.set(locale, pages.sort(byOrder));
  }
  const outline = english.map((w) => ({ slug: w.slug, anchors: w.sections }));
  return { docs, byLocale, issues, warnings, outline };
}

/** Checks the links written on `pages` against every page's anchors (a link may point at any heading, as the site gives every heading an id). */
function checkLinks(pages: readonly Written[], anchors: ReadonlyMap<string, readonly string[]>, issues: ContentIssue[]): void {
  for (const page of pages) {
    for (const link of page.links) {
      const message = linkProblem(page.slug, link.href, anchors);
      if (message) issues.push({ file: page.file, line: link.line, path: '', message });
    }
  }
}

/** The known name within a few edits of `name`, if any. */
function near(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, [...known]);
  return distance(name, best) <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

/** What is wrong with a link written on the page `slug`, given every page's anchors; undefined when it resolves. */
function linkProblem(slug: string, href: string, anchors: ReadonlyMap<string, readonly string[]>): string | undefined {
  const target = parseDocHref(href);
  if (target.kind === 'external' || target.kind === 'site') return undefined;
  if (target.kind === 'invalid') {
    const fixed = target.suggestion && linkProblem(slug, target.suggestion, anchors) === undefined ? target.suggestion : undefined;
    return fixed
      ? `the link '${href}' is not a link to a docs page by its file name; did you mean '${fixed}'?`
      : `the link '${href}' is not a docs link the site can resolve; link to a docs page by its file name, like statuses.md or statuses.md#annual-review, and to a section of this page like #limits`;
  }
  const page = target.page ?? slug;
  const pageAnchors = anchors.get(page);
  if (!pageAnchors) {
    const guess = near(page, [...anchors.keys()]);
    return `the link '${href}' points at a docs page '${page}' that does not exist${guess ? `; did you mean '${guess}.md${target.anchor ? `#${target.anchor}` : ''}'?` : ''} (pages: ${[...anchors.keys()].sort().join(', ')})`;
  }
  if (target.anchor !== undefined && !pageAnchors.includes(target.anchor)) {
    const guess = near(target.anchor, pageAnchors);
    const where = target.page ? `${page}.md` : 'this page';
    return `the link '${href}' points at a section '#${target.anchor}' that ${where} does not have${guess ? `; did you mean '${target.page ? `${page}.md` : ''}#${guess}'?` : ''} (sections: ${pageAnchors.join(', ')})`;
  }
  return undefined;
}
