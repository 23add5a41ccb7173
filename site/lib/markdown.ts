/**
 * Markdown to safe HTML. Content is untrusted: descriptions and docs pass through rehype-sanitize
 * (GitHub's allow-list), so a `<script>`, an `onerror=` or a `javascript:` link never reaches a page.
 * Headings get GitHub-style ids after sanitizing, matching the anchors the content module gives.
 */
import { toString } from 'hast-util-to-string';
import type { Root as HastRoot } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A heading for a table of contents. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

/** Collects h2 and h3 headings into `toc`. */
function collectHeadings(toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        toc.push({ depth: node.tagName === 'h2' ? 2 : 3, id: node.properties.id, text: toString(node) });
      }
    });
  };
}

/**
 * Renders untrusted markdown to sanitized HTML, with a table of contents. With `anchors`, h2 and
 * h3 get ids and a visible link to themselves (docs pages).
 */
export function renderMarkdown(markdown: string, { anchors = false } = {}): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  let pipeline = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize);
  if (anchors) {
    pipeline = pipeline
      .use(rehypeSlug)
      .use(collectHeadings(toc))
      .use(rehypeAutolinkHeadings, {
        behavior: 'append',
        test: ['h2', 'h3'],
        properties: { className: ['heading-anchor'] },
        content: (heading) => [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to “${toString(heading)}”` }] },
        ],
      });
  }
  const file = pipeline.use(rehypeStringify).processSync(markdown);
  return { html: String(file), toc };
}
