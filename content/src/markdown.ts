/**
 * The one markdown reader of the content module: remark (with GitHub's extensions) turns a text into
 * an mdast tree, and everything else (docs sections and passages, links and anchors, plain text,
 * summaries) is read off that tree. The site renders HTML with its own pipeline; nothing here reads
 * markdown with regular expressions.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/** The mdast tree of `markdown` (GitHub-flavoured: tables, strikethrough, autolinks). */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
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
