/**
 * Links between docs pages. Authors link to another page by its file name, with a section anchor
 * when they want one: `[annual review](statuses.md#annual-review)`, `[NFR](nfr.md)`, and to a
 * section of the same page with `[limits](#limits)`. That is the form GitHub and editors follow and
 * check, and it names the page by its id (`statuses`), never by a site address. The site and the
 * bot turn such a link into the page's address when they render it; the content check rejects a
 * link to a page or a section that does not exist.
 */
import type { WrittenLink } from './load/doc-tree.ts';
import { readDocTree } from './load/doc-tree.ts';
import { parseMarkdown } from './markdown.ts';

export type { WrittenLink } from './load/doc-tree.ts';

/** What a link written in a docs page points at. */
export type DocHref =
  /** Another docs page (`page`), or this one (no `page`), at a section when `anchor` is set. */
  | { kind: 'doc'; page?: string; anchor?: string }
  /** A web address, e-mail or phone link: left as it is. */
  | { kind: 'external' }
  /** A path on the site outside the docs (`/check/`): left as it is. */
  | { kind: 'site' }
  /** Not a form docs links take; `suggestion` is the link in the right form, when one is apparent. */
  | { kind: 'invalid'; suggestion?: string };

const PAGE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Reads a link target from a docs page: see the module comment for the forms. */
export function parseDocHref(href: string): DocHref {
  if (/^(?:https?:|mailto:|tel:)/i.test(href)) return { kind: 'external' };
  const hash = href.indexOf('#');
  const target = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? undefined : decoded(href.slice(hash + 1));
  if (hash >= 0 && !anchor) return { kind: 'invalid', suggestion: target || undefined };
  if (target === '') return { kind: 'doc', anchor };
  const file = /^([^/]+)\.md$/.exec(target)?.[1];
  if (file !== undefined && PAGE_ID.test(file)) return { kind: 'doc', page: file, anchor };
  // A docs page by its site address (`/program/statuses/`), or a relative address (`./statuses/`):
  // both break when pages move, so the link is refused with its id form as the suggestion.
  const docsPath = /^\/program(?:\/|$)/.test(target);
  if (target.startsWith('/') && !docsPath) return { kind: 'site' };
  const segments = target.split('/').filter((s) => s !== '' && s !== '.' && s !== '..' && s !== 'program');
  const last = segments[segments.length - 1]?.replace(/\.md$/, '') ?? (docsPath ? 'index' : undefined);
  const suggestion = last && PAGE_ID.test(last) ? `${last}.md${anchor ? `#${anchor}` : ''}` : undefined;
  return { kind: 'invalid', suggestion };
}

/** `%`-escapes decoded; a malformed escape is kept as written (and then matches no anchor). */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The links and heading anchors of a docs page's markdown, read from one parse. */
export interface DocOutline {
  links: WrittenLink[];
  /** The id of every heading, as the site gives it (GitHub's slugs, in order: `sales-targets`). */
  anchors: string[];
}

/** Reads the links and heading anchors of `markdown` (figures already filled in). */
export function docOutline(markdown: string): DocOutline {
  const { links, anchors } = readDocTree(parseMarkdown(markdown), { slug: '', title: '', markdown, spans: [], line: (l) => l });
  return { links, anchors };
}
