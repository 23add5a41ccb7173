/** Links to the docs, named by their page and section titles as the content has them. */
import type { DocPage } from '../../content/index.ts';
import type { Html } from './html.ts';
import { link } from './html.ts';
import { docsUrl } from './links.ts';

/** A link to docs page `page` (section `anchor` when given), titled "Page › Section". */
export function docsLink(docs: readonly DocPage[], siteUrl: string, page: string, anchor?: string): Html {
  const doc = docs.find((d) => d.slug === page);
  const section = anchor ? doc?.sections.find((s) => s.anchor === anchor) : undefined;
  const title = [doc?.title ?? page, section?.title].filter(Boolean).join(' › ');
  return link(docsUrl(siteUrl, page, anchor), title);
}

/** A link for a docs reference as the rules write it, `bonuses#kickstart-bonus`. */
export function docsRefLink(docs: readonly DocPage[], siteUrl: string, ref: string): Html {
  const [page = 'index', anchor] = ref.split('#');
  return docsLink(docs, siteUrl, page, anchor);
}
