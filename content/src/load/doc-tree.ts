/**
 * A docs page read from its one mdast tree: the `##` sections the site links to, the passages an
 * answer can quote (a paragraph, one list item with the sentence that leads its list, one table
 * cell with its row and column), the links it writes and the anchor of every heading.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, List, ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { FigureSpan } from '../figures.ts';
import { plainText } from '../markdown.ts';

/** A section of a docs page: a `##` heading and the text up to the next one. */
export interface DocSection {
  /** The heading's anchor, as the site makes it (`kickstart-bonus`). */
  anchor: string;
  title: string;
  /** The section's markdown, figures filled in. */
  text: string;
}

/** One passage of the docs, small enough to answer one question, with where it sits. */
export interface Passage {
  page: string;
  pageTitle: string;
  /** Anchor of the `##` section; empty for the text above the first section. */
  anchor: string;
  /** Title of the `##` section; the page title for the text above the first section. */
  section: string;
  /** The `###` (or deeper) heading the passage sits under, if any. */
  heading?: string;
  kind: 'paragraph' | 'item' | 'cell';
  /** The passage's markdown; for a table cell, the cell's. */
  text: string;
  /** What a reader sees of it: the plain text. */
  plain: string;
  /** Its inline nodes (text, emphasis, links…): what a front end renders. */
  inline: PhrasingContent[];
  /** For a list item: the plain text of the paragraph just before its list ("Never use them to:"). */
  lead?: string;
  /**
   * Number of the list an item belongs to, or of the list a paragraph introduces (it ends with a
   * colon): an answer shows the whole list. Numbered per page.
   */
  group?: number;
  /** For a table cell: the label in the row's first cell, and the column's header. */
  row?: string;
  column?: string;
  /** The rule figures it states, by name (`nfrCloud.months`): see figures.ts. */
  figures: string[];
  /** A list item or cell that only links to another page: it points at an answer, it is not one. */
  pointer: boolean;
}

/** A link as written in a docs page, with its 1-based line within the page's markdown. */
export interface WrittenLink {
  href: string;
  line: number;
}

/** What a docs page's tree yields. */
export interface DocTree {
  /** Text before the first `##` heading. */
  intro: string;
  sections: DocSection[];
  passages: Passage[];
  links: WrittenLink[];
  /** The id of every heading, as the site gives it (GitHub's slugs, in order). */
  anchors: string[];
}

/** Where the tree came from: the rendered markdown, its figures, and how its lines map to the file's. */
export interface DocSource {
  slug: string;
  title: string;
  /** The markdown the tree was parsed from (figures filled in). */
  markdown: string;
  spans: readonly FigureSpan[];
  /** The 1-based line in the written markdown of a 1-based line of `markdown`. */
  line: (renderedLine: number) => number;
}

const start = (node: Nodes) => node.position?.start.offset ?? 0;
const end = (node: Nodes) => node.position?.end.offset ?? 0;

/** Reads sections, passages, links and anchors off the tree of one page. */
export function readDocTree(tree: Root, source: DocSource): DocTree {
  const { markdown } = source;
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const links: WrittenLink[] = [];
  const passages: Passage[] = [];
  const sections: DocSection[] = [];
  const slice = (from: number, to: number) => markdown.slice(from, to).trim();
  const figuresIn = (node: Nodes) => {
    const [from, to] = [start(node), end(node)];
    // A figure inside the passage, or one the passage is part of (a cell of the status table).
    return [...new Set(source.spans.filter((s) => s.from < to && s.to > from).map((s) => s.name))];
  };
  collectLinks(tree, links, source.line);

  let where = { anchor: '', section: source.title, heading: undefined as string | undefined };
  let open: { anchor: string; title: string; from: number } | undefined;
  let introEnd: number | undefined;
  let lastParagraph: Passage | undefined;
  let groups = 0;
  const base = () => ({ page: source.slug, pageTitle: source.title, anchor: where.anchor, section: where.section, ...(where.heading ? { heading: where.heading } : {}) });
  const closeSection = (to: number) => {
    if (open) sections.push({ anchor: open.anchor, title: open.title, text: slice(open.from, to) });
  };
  const paragraph = (node: Nodes & { children: PhrasingContent[] }) => {
    const passage: Passage = {
      ...base(), kind: 'paragraph', text: slice(start(node), end(node)), plain: clean(plainText(node)), inline: node.children, figures: figuresIn(node), pointer: false,
    };
    if (passage.plain) passages.push(passage);
    return passage;
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const title = clean(plainText(node));
      const anchor = slugger.slug(title);
      anchors.push(anchor);
      lastParagraph = undefined;
      if (node.depth === 2) {
        introEnd ??= start(node);
        closeSection(start(node));
        open = { anchor, title, from: end(node) };
        where = { anchor, section: title, heading: undefined };
      } else if (node.depth > 2) {
        where = { ...where, heading: title };
      }
      continue;
    }
    if (node.type === 'paragraph') {
      lastParagraph = paragraph(node);
    } else if (node.type === 'list') {
      const group = ++groups;
      // A paragraph ending in a colon introduces the list: they are shown together.
      if (lastParagraph?.plain.endsWith(':')) lastParagraph.group = group;
      passages.push(...listItems(node, group, lastParagraph?.plain, base(), slice, figuresIn));
      lastParagraph = undefined;
    } else if (node.type === 'table') {
      passages.push(...tableCells(node, base(), slice, figuresIn));
    } else if (node.type === 'blockquote') {
      for (const child of node.children) if (child.type === 'paragraph') lastParagraph = paragraph(child);
    }
    collectAnchors(node, slugger, anchors);
  }
  closeSection(markdown.length);
  return { intro: slice(0, introEnd ?? markdown.length), sections, passages, links, anchors };
}

/** Whitespace as one space. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Headings nested inside other blocks still take a slug, so later anchors match the site's numbering. */
function collectAnchors(node: RootContent, slugger: GithubSlugger, anchors: string[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as RootContent[]) {
    if (child.type === 'heading') anchors.push(slugger.slug(clean(plainText(child as Heading))));
    collectAnchors(child, slugger, anchors);
  }
}

function collectLinks(node: Nodes, links: WrittenLink[], line: (rendered: number) => number): void {
  if (node.type === 'link' || node.type === 'definition') links.push({ href: node.url, line: line(node.position?.start.line ?? 1) });
  if ('children' in node) for (const child of node.children) collectLinks(child as Nodes, links, line);
}

type Base = Pick<Passage, 'page' | 'pageTitle' | 'anchor' | 'section' | 'heading'>;

/** One passage per list item (nested lists included), with the list's lead and group. */
function listItems(list: List, group: number, lead: string | undefined, base: Base, slice: (from: number, to: number) => string, figuresIn: (node: Nodes) => string[]): Passage[] {
  const out: Passage[] = [];
  const visitItem = (item: ListItem) => {
    const inline: PhrasingContent[] = [];
    let from: number | undefined;
    let to = 0;
    for (const child of item.children) {
      if (child.type === 'list') continue;
      if (inline.length) inline.push({ type: 'text', value: ' ' });
      from ??= start(child);
      to = end(child);
      if (child.type === 'paragraph' || child.type === 'heading') inline.push(...child.children);
      else inline.push({ type: 'text', value: plainText(child) });
    }
    const plain = clean(plainText(inline));
    if (plain) {
      out.push({
        ...base, kind: 'item', text: slice(from ?? start(item), to), plain, inline, group, figures: figuresIn(item), pointer: isPointer(inline),
        ...(lead !== undefined ? { lead } : {}),
      });
    }
    for (const child of item.children) if (child.type === 'list') child.children.forEach(visitItem);
  };
  list.children.forEach(visitItem);
  return out;
}

/** One passage per body cell of a table whose first column labels its rows. */
function tableCells(table: Table, base: Base, slice: (from: number, to: number) => string, figuresIn: (node: Nodes) => string[]): Passage[] {
  const [header, ...body] = table.children;
  if (!header) return [];
  const columns = header.children.map((cell) => clean(plainText(cell)));
  const out: Passage[] = [];
  for (const row of body) {
    const label = clean(plainText(row.children[0] ?? { type: 'text', value: '' }));
    row.children.forEach((cell, i) => {
      if (i === 0) return;
      const plain = clean(plainText(cell));
      if (!plain) return;
      out.push({
        ...base, kind: 'cell', text: slice(start(cell), end(cell)).replace(/^\|\s*|\s*\|$/g, ''), plain, inline: cell.children,
        row: label, column: columns[i] ?? '', figures: figuresIn(cell), pointer: isPointer(cell.children),
      });
    });
  }
  return out;
}

/** True when the inline content is a link, alone or followed only by punctuation. */
function isPointer(inline: readonly PhrasingContent[]): boolean {
  const [first, ...rest] = inline;
  const after = plainText(rest).trim();
  return first?.type === 'link' && (after === '' || [':', ',', '.'].includes(after.charAt(0)));
}
