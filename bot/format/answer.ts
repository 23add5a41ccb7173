/** A short answer from the docs: the yes/no or the figure first, then the passage, then the link. */
import type { Answer, DocPage, Passage } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';
import { docsLink } from './docs-link.ts';
import { docsUrl, resolveDocsLink } from './links.ts';
import { inlineHtml } from './markdown.ts';

/** Below this confidence the answer says where to look if it missed the point. */
const SURE = 0.7;
/** A list longer than this shows only the matching item. */
const MAX_LIST = 6;

/** The reply for `answer`. */
export function answerMessage(t: Messages, docs: readonly DocPage[], siteUrl: string, answer: Answer): Html {
  const pages = new Set(docs.map((d) => d.slug));
  const p = answer.passage;
  const md = (passage: Passage) => inlineHtml(passage.inline, (href) => resolveDocsLink(siteUrl, passage.page, href, pages));
  const lead = answer.verdict ? (answer.verdict === 'yes' ? t.answers.yes : t.answers.no) : answer.figure;
  const body: Html[] = [];
  if (p.kind === 'cell') {
    body.push(html`<b>${p.row ?? ''}</b> · ${p.column ?? ''}: ${md(p)}`);
  } else {
    const whole = answer.list.length <= MAX_LIST;
    const intro = p.kind === 'paragraph' ? p : whole ? answer.intro : undefined;
    if (intro) body.push(md(intro));
    const list = whole ? answer.list : answer.list.filter((item) => item === p);
    const marked = list.length > 1 && p.kind === 'item';
    body.push(...list.map((item) => html`${marked && item === p ? '👉' : '•'} ${md(item)}`));
  }
  return joinHtml([
    joinHtml([lead && html`<b>${lead}</b>`, ...body]),
    joinHtml([
      t.answers.source(docsLink(docs, siteUrl, p.page, p.anchor || undefined)),
      answer.confidence < SURE && t.answers.unsure(link(docsUrl(siteUrl, 'index'), t.answers.docsHome)),
    ]),
  ], '\n\n');
}
