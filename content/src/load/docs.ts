/**
 * Loads the program docs, `<content>/docs/<slug>.md`, with rule figures filled in, and checks the
 * links between them (see doc-links.ts for the form they take).
 */
import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { parseDocHref } from '../doc-links.ts';
import type { ContentIssue } from '../issues.ts';
import { parseWithFriendlyErrors } from '../issues.ts';
import { renderFigures } from '../figures.ts';
import { parseMarkdown } from '../markdown.ts';
import { docFrontmatter } from '../schemas/doc.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import type { DocSection, DocTree, Passage } from './doc-tree.ts';
import { readDocTree } from './doc-tree.ts';
import { readFolder } from './files.ts';
import { parseMarkdownSource } from './source.ts';

export type { DocSection, Passage } from './doc-tree.ts';

/** A docs page. */
export interface DocPage extends DocFrontmatter {
  /** `statuses` for `content/docs/statuses.md`; `index` for the docs home. */
  slug: string;
  /** The page's markdown with every `{{figure}}` replaced. */
  body: string;
  /** Text before the first `##` heading, then each section. */
  intro: string;
  sections: DocSection[];
  /** Every passage of the page, in order (see doc-tree.ts). */
  passages: Passage[];
  file: string;
}

/**
 * Reads a page's markdown (figures already filled in) into its tree once: sections, passages,
 * links and anchors. `line` maps a line of `markdown` back to the written file's, for messages.
 */
export function readDoc(slug: string, title: string, rendered: ReturnType<typeof renderFigures>, lineOffset = 1, source = rendered.text): DocTree {
  // A reload parses only the pages whose text (or figures) changed: the same page read the same way
  // is the same tree, so it is taken from the last load's.
  const key = JSON.stringify([slug, title, lineOffset, source, rendered.text]);
  const kept = readTrees.get(key);
  if (kept) return kept;
  const tree = readDocTree(parseMarkdown(rendered.text), {
    slug, title, markdown: rendered.text, spans: rendered.spans, line: (l) => rendered.sourceLine(l - 1) + lineOffset,
  });
  if (readTrees.size >= MAX_KEPT_TREES) readTrees.clear();
  readTrees.set(key, tree);
  return tree;
}

/** Pages read by the loads so far, by what they were read from. */
const readTrees = new Map<string, DocTree>();
/** Enough for every page in every language a few times over; past it the next load reads them again. */
const MAX_KEPT_TREES = 512;

/** Loads every docs page; unknown figures are problems with their line. */
export async function loadDocs(contentDir: string, displayRoot: string, figures: Record<string, string>): Promise<{
  docs: DocPage[];
  issues: ContentIssue[];
  /** Every page's slug and `##` section anchors, including pages with problems, for checking links to sections. */
  outline: { slug: string; anchors: string[] }[];
}> {
  const files = await readFolder(path.join(contentDir, 'docs'), ['.md']);
  const issues: ContentIssue[] = [];
  const docs: DocPage[] = [];
  const outline: { slug: string; anchors: string[] }[] = [];
  const written: { slug: string; file: string; links: DocTree['links']; anchors: string[] }[] = [];
  for (const source of files) {
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
    outline.push({ slug, anchors: tree.sections.map((x) => x.anchor) });
    written.push({ slug, file, links: tree.links, anchors: tree.anchors });
    if (!result.data) continue;
    docs.push({ ...result.data, slug, body: rendered.text, intro: tree.intro, sections: tree.sections, passages: tree.passages, file });
  }
  // A link may point at any heading, as the site gives every heading an id.
  const anchors = new Map(written.map((w) => [w.slug, w.anchors]));
  for (const page of written) {
    for (const link of page.links) {
      const message = linkProblem(page.slug, link.href, anchors);
      if (message) issues.push({ file: page.file, line: link.line, path: '', message });
    }
  }
  docs.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return { docs, issues, outline };
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
