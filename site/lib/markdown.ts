/**
 * Markdown to safe HTML. Content is untrusted: descriptions and docs pass through rehype-sanitize
 * (GitHub's allow-list), so a `<script>`, an `onerror=` or a `javascript:` link never reaches a page.
 * Headings get GitHub-style ids after sanitizing, matching the anchors the content module gives.
 * Links between docs pages (`statuses.md#annual-review`) become the pages' addresses, a link to a
 * page of the site (`/partners/`) goes to that page in the text's reader's language
 * (`/de/partners/`), and tables scroll inside their own box on narrow screens.
 */
import { toString } from 'hast-util-to-string';
import type { Element, Root as HastRoot } from 'hast';
import { localizedHref, parseDocHref, parseMarkdown } from '../../content/index.ts';
import type { LocaleInfo, Translator } from '../../content/index.ts';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { docPath } from './routes.ts';
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

/** Points every link to a docs page (`nfr.md#limits`, `#limits`) at its address on the site, by `docLink`. */
function resolveDocLinks(page: string, docLink: DocLink) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string') return;
      const target = parseDocHref(href);
      if (target.kind !== 'doc') return;
      const samePage = target.page === undefined || target.page === page;
      node.properties.href = samePage && target.anchor ? `#${target.anchor}` : docLink(target.page ?? page, target.anchor);
    });
  };
}

/**
 * Points every link to a page of the site written without a language (`/partners/`, as docs and
 * descriptions are written) at that page in `locale` (`/de/partners/`); a file of the site
 * (`/partners.json`) has one address and keeps it, and other sites' addresses are left alone.
 */
function localizeSiteLinks(locale: LocaleInfo) {
  return () => (tree: HastRoot) => {
    if (!locale.prefix) return;
    visit(tree, 'element', (node) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href === 'string') node.properties.href = localizedHref(locale, href);
    });
  };
}

/**
 * Wraps each table in a box that scrolls sideways when the table is wider than the screen. The box
 * is focusable, so it scrolls from the keyboard too, and named after the table's column headers.
 */
function scrollableTables(t: Translator) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headers: string[] = [];
      visit(node, 'element', (cell) => {
        if (cell.tagName === 'th') headers.push(toString(cell).trim());
      });
      const box: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-wrap'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(headers, t) },
        children: [node],
      };
      parent.children[index] = box;
      return 'skip';
    });
  };
}

/** A scrolling table's name, from its column headers ("Table: Rating, Requests"). */
function tableLabel(headers: string[], t: Translator): string {
  return headers.length > 0 ? t.t('site-table-named', { headers: headers.join(', ') }) : t.t('site-table');
}

/** Options of {@link renderMarkdown}. */
export interface RenderOptions {
  /** Give h2 and h3 ids and a visible link to themselves (docs pages). */
  anchors?: boolean;
  /** The docs page being rendered: links to docs pages by file name become site addresses, by `docLink`. */
  docsPage?: string;
  /** The address of a docs page, in the page's language (the route table's `doc`). */
  docLink?: DocLink;
}

/** The address of docs page `slug` at `anchor`. */
export type DocLink = (slug: string, anchor?: string) => string;

/** Renders untrusted markdown to sanitized HTML (the words it adds in `t`'s language), with a table of contents of its h2 and h3 headings when `anchors` is set. */
export function renderMarkdown(markdown: string, t: Translator, { anchors = false, docsPage, docLink = docPath }: RenderOptions = {}): { html: string; toc: TocEntry[] } {
  const toc: TocEntry[] = [];
  // The content module's reader gives the tree (GitHub-flavoured, as the content check reads it).
  // Site links first: a docs link comes out already at the language's address.
  let pipeline = unified().use(remarkRehype).use(rehypeSanitize).use(scrollableTables, t).use(localizeSiteLinks(t.locale));
  if (docsPage !== undefined) pipeline = pipeline.use(resolveDocLinks(docsPage, docLink));
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
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: t.t('site-heading-link', { heading: toString(heading) }) }] },
        ],
      });
  }
  const processor = pipeline.use(rehypeStringify);
  return { html: processor.stringify(processor.runSync(parseMarkdown(markdown))), toc };
}
