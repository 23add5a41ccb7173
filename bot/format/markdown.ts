/**
 * Inline markdown of a docs passage as Telegram HTML, rendered from the passage's mdast inline
 * nodes (the content module parses every page once): bold, italics, strikethrough, code and links
 * (resolved to the site). Text is escaped; raw HTML in the docs is shown as the text it is.
 */
import type { PhrasingContent } from 'mdast';
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';

/** `nodes` (one paragraph, list item or table cell) as HTML; `resolve` turns a link target into an address. */
export function inlineHtml(nodes: readonly PhrasingContent[], resolve: (href: string) => string): Html {
  return joinHtml(nodes.map((node) => one(node, resolve)), '');
}

function one(node: PhrasingContent, resolve: (href: string) => string): Html {
  switch (node.type) {
    case 'text':
    case 'html':
      return html`${node.value}`;
    case 'inlineCode':
      return html`<code>${node.value}</code>`;
    case 'strong':
      return html`<b>${inlineHtml(node.children, resolve)}</b>`;
    case 'emphasis':
      return html`<i>${inlineHtml(node.children, resolve)}</i>`;
    case 'delete':
      return html`<s>${inlineHtml(node.children, resolve)}</s>`;
    case 'link':
      return link(resolve(node.url), inlineHtml(node.children, resolve));
    case 'break':
      return html`\n`;
    case 'image':
      return html`${node.alt ?? ''}`;
    default:
      return 'children' in node ? inlineHtml(node.children as PhrasingContent[], resolve) : html``;
  }
}
