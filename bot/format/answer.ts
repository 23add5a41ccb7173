/**
 * The reply to a question about the program: for each part, the yes or no first when the data
 * decides it, then the fact in a sentence or two (or the docs passage), then the link to the docs
 * section; when the bot is not sure, the two or three nearest sections. Facts and passages come
 * as data from the content module and are put in words here, with bot/i18n/.
 */
import type { Answer, AnswerPart, PartAnswer, Passage, Rules, SectionRef } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';
import type { DocsLinks } from './docs-link.ts';
import { factMessage } from './facts.ts';
import { inlineHtml } from './markdown.ts';
import { personalMessage } from './personal.ts';

/** A list longer than this shows only the matching item. */
const MAX_LIST = 6;

/** What rendering an answer needs. */
export interface AnswerContext {
  /** The asker's words. */
  t: T;
  rules: Rules;
  /** The docs in the asker's language, at its addresses. */
  docs: DocsLinks;
  /** The asker's Telegram user id, for the way to link it. */
  userId: number;
  /** A linked asker's whole standing, as /status shows it ("Where do we stand?"). */
  standing?: () => Html;
}

/** A docs passage in words: a table cell with its row and column, or the paragraph or list around it. */
function passageMessage(c: AnswerContext, part: PartAnswer): Html[] {
  const answer = part.passage;
  if (!answer) return [];
  const md = (passage: Passage) => inlineHtml(passage.inline, (href) => c.docs.resolve(passage.page, href));
  const p = answer.passage;
  if (p.kind === 'cell') return [html`<b>${p.row ?? ''}</b> · ${p.column ?? ''}: ${md(p)}`];
  const whole = answer.list.length <= MAX_LIST;
  const intro = p.kind === 'paragraph' ? p : whole ? answer.intro : undefined;
  const list = whole ? answer.list : answer.list.filter((item) => item === p);
  const marked = list.length > 1 && p.kind === 'item';
  return [intro && md(intro), ...list.map((item) => html`${marked && item === p ? '👉' : '•'} ${md(item)}`)].filter((x): x is Html => Boolean(x));
}

/** Where a part's answer is explained. */
function sources(c: AnswerContext, part: PartAnswer): Html[] {
  if (part.passage) return [c.docs.link(part.passage.passage.page, part.passage.passage.anchor || undefined)];
  return [...new Set(part.facts.map((f) => f.docs))].slice(0, 2).map((ref) => c.docs.ref(ref));
}

/** One part of any kind: about the program, about the asker's partner, or private here. */
function anyPart(c: AnswerContext, part: AnswerPart): Html {
  const { t } = c;
  switch (part.kind) {
    case 'program':
      return partMessage(c, part);
    case 'personal': {
      const v = part.personal.verdict;
      return joinHtml([v && html`<b>${t(v === 'yes' ? 'bot-answer-yes' : 'bot-answer-no')}</b>`, personalMessage(t, part.personal.data, c.standing)]);
    }
    case 'private':
      if (part.why === 'group') return t('bot-privacy-private-only');
      return joinHtml([t('bot-private-not-linked', { userId: String(c.userId) }), part.general && joinHtml([t('bot-private-general'), partMessage(c, part.general)])], '\n\n');
  }
}

/** One part: the verdict or figure in bold first, the fact or passage, the source. */
function partMessage(c: AnswerContext, part: PartAnswer): Html {
  const { t } = c;
  const lead = part.verdict ? t(part.verdict === 'yes' ? 'bot-answer-yes' : 'bot-answer-no') : part.passage?.figure;
  const body = part.facts.length ? part.facts.map((f) => factMessage(t, c.rules, f)) : passageMessage(c, part);
  return joinHtml([joinHtml([lead && html`<b>${lead}</b>`, ...body]), joinHtml(sources(c, part).map((s) => t('bot-answer-source', { link: s })))]);
}

/** The nearest sections, as links. */
export function sectionLinks(c: AnswerContext, sections: readonly SectionRef[]): Html {
  return joinHtml(sections.map((s) => html`• ${c.docs.link(s.page, s.anchor || undefined)}`));
}

/** The reply for an answer of kind `answer`. */
export function answerMessage(c: AnswerContext, answer: Extract<Answer, { kind: 'answer' }>): Html {
  // Two personal parts asked in a group or before linking get one explanation, not two.
  const parts = [...new Map(answer.parts.map((p) => [p.kind === 'private' && !p.general ? `private:${p.why}` : Symbol('part'), anyPart(c, p)] as const)).values()];
  const unsure = !answer.sure && (answer.nearest.length
    ? joinHtml([c.t('bot-answer-unsure-sections'), sectionLinks(c, answer.nearest)])
    : c.t('bot-answer-unsure', { docs: link(c.docs.url('index'), c.t.plain('bot-answer-docs-home')) }));
  return joinHtml([...parts, unsure], '\n\n');
}
