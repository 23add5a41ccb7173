/**
 * The one markdown reader of the content module: remark (with GitHub's extensions) turns a text into
 * an mdast tree, and everything else (docs sections and passages, links and anchors, plain text,
 * summaries) is read off that tree, and the site renders its HTML from the same tree. Nothing here
 * reads markdown with regular expressions.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type * as StrikethroughTree from 'mdast-util-gfm-strikethrough';
import type * as TableTree from 'mdast-util-gfm-table';
import type * as StrikethroughSyntax from 'micromark-extension-gfm-strikethrough';
import type * as TableSyntax from 'micromark-extension-gfm-table';
import type * as RemarkGfm from 'remark-gfm';
import type * as RemarkParse from 'remark-parse';
import type * as Unified from 'unified';
import type { Processor } from 'unified';
import { lazyModule } from './lazy.ts';

/** remark and its extensions, loaded with the first text read (lazy.ts). */
const remark = lazyModule<typeof Unified>('unified');
const remarkParse = lazyModule<typeof RemarkParse>('remark-parse');
const remarkGfm = lazyModule<typeof RemarkGfm>('remark-gfm');
const tableSyntax = lazyModule<typeof TableSyntax>('micromark-extension-gfm-table');
const tableTree = lazyModule<typeof TableTree>('mdast-util-gfm-table');
const strikethroughSyntax = lazyModule<typeof StrikethroughSyntax>('micromark-extension-gfm-strikethrough');
const strikethroughTree = lazyModule<typeof StrikethroughTree>('mdast-util-gfm-strikethrough');

/**
 * Each GitHub extension costs time on every text, used or not (the e-mail autolink is tried at
 * every letter), so a text is read with only the extensions it can use, told by the characters
 * each needs; the tree is the one all of them give (test/markdown.test.ts), and the docs of four
 * languages are read in two thirds of the time. Autolinks need `@`, `www.` or `http(s)://`,
 * footnotes `[^`, task lists `[ ]` or `[x]`: a text with any of these gets all of remark-gfm.
 * Otherwise tables (which need `|`) and strikethrough (`~`) are added when the text has their mark.
 */
const NEEDS_ALL = /@|www\.|https?:\/\/|\[\^|\[[\t\n\r xX]\]/i;

/** A unified plugin adding the table and strikethrough extensions alone, as remark-gfm adds them. */
function gfmParts(this: Processor, parts: { table: boolean; strikethrough: boolean }): void {
  const data = this.data();
  const syntax = (data.micromarkExtensions ??= []);
  const trees = (data.fromMarkdownExtensions ??= []);
  if (parts.table) {
    syntax.push(tableSyntax().gfmTable());
    trees.push(tableTree().gfmTableFromMarkdown());
  }
  if (parts.strikethrough) {
    syntax.push(strikethroughSyntax().gfmStrikethrough());
    trees.push(strikethroughTree().gfmStrikethroughFromMarkdown());
  }
}

/** Readers by the extensions they have, made when first needed. */
const processors = new Map<string, Processor<Root>>();

function processorFor(markdown: string): Processor<Root> {
  const all = NEEDS_ALL.test(markdown);
  const table = markdown.includes('|');
  const strikethrough = markdown.includes('~');
  const key = all ? 'all' : `${table ? 't' : ''}${strikethrough ? 's' : ''}`;
  let processor = processors.get(key);
  if (!processor) {
    const base = remark().unified().use(remarkParse().default);
    processor = (all ? base.use(remarkGfm().default) : base.use(gfmParts, { table, strikethrough })).freeze() as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor;
}

/** The mdast tree of `markdown` (GitHub-flavoured: tables, strikethrough, autolinks, footnotes, task lists). */
export function parseMarkdown(markdown: string): Root {
  return processorFor(markdown).parse(markdown);
}

/** Plain text of a node or of a run of inline nodes: what a reader sees, without any markup. */
export function plainText(node: Nodes | readonly PhrasingContent[]): string {
  if (Array.isArray(node)) return node.map((n) => plainText(n)).join('');
  const one = node as Nodes;
  switch (one.type) {
    case 'text':
    case 'inlineCode':
      return one.value;
    case 'break':
      return ' ';
    case 'image':
      return one.alt ?? '';
    case 'html':
    case 'code':
    case 'definition':
      return '';
    default:
      if (!('children' in one)) return '';
      // Blocks are separated by a space, so two paragraphs never run into one word.
      return one.children.map((c) => plainText(c as Nodes)).join(one.type === 'root' || one.type === 'list' || one.type === 'listItem' || one.type === 'blockquote' || one.type === 'table' || one.type === 'tableRow' ? ' ' : '');
  }
}

/** Summaries already made, by text and length: a directory page shows the same cards again and again. */
const summaries = new Map<string, string>();
/** Most summaries kept; past that the oldest go first. */
const MAX_SUMMARIES = 50_000;

/**
 * Plain text from markdown, at most `max` characters. A longer text ends at the last sentence end
 * that keeps at least half of it, as it is; failing that, at a word boundary, without the
 * punctuation and space before the cut, and with an ellipsis ("… a shared workspace…").
 */
export function plainSummary(markdown: string, max = 160): string {
  const key = `${max}\u0000${markdown}`;
  const known = summaries.get(key);
  if (known !== undefined) return known;
  const summary = cut(plainText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim(), max);
  if (summaries.size >= MAX_SUMMARIES) summaries.delete(summaries.keys().next().value as string);
  summaries.set(key, summary);
  return summary;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentenceEnds = [...text.slice(0, max + 1).matchAll(/[.!?](?=\s|$)/g)].map((m) => (m.index ?? 0) + 1).filter((end) => end <= max);
  const lastSentence = sentenceEnds[sentenceEnds.length - 1];
  if (lastSentence !== undefined && lastSentence >= max / 2) return text.slice(0, lastSentence);
  // One character is left for the ellipsis.
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const words = text.charAt(max - 1) === ' ' || space <= 0 ? room : room.slice(0, space);
  return `${words.replace(/[\s.,;:!?…–—-]+$/u, '')}…`;
}
