/**
 * Inline markdown from the docs as Telegram HTML: bold, italics, code and links (resolved to the
 * site). Everything else is text and is escaped.
 */
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|(?<![\w*])[*_]([^*_\s][^*_]*)[*_](?![\w*])/g;

/** `markdown` (one paragraph or list item) as HTML; `resolve` turns a link target into an address. */
export function inlineMarkdown(markdown: string, resolve: (href: string) => string): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const match of markdown.matchAll(INLINE)) {
    const at = match.index ?? 0;
    parts.push(html`${markdown.slice(last, at)}`);
    const [, strong, code, text, href, em] = match;
    if (strong !== undefined) parts.push(html`<b>${inlineMarkdown(strong, resolve)}</b>`);
    else if (code !== undefined) parts.push(html`<code>${code}</code>`);
    else if (text !== undefined && href !== undefined) parts.push(link(resolve(href), inlineMarkdown(text, resolve)));
    else if (em !== undefined) parts.push(html`<i>${inlineMarkdown(em, resolve)}</i>`);
    last = at + match[0].length;
  }
  parts.push(html`${markdown.slice(last)}`);
  return joinHtml(parts, '');
}
