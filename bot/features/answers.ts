/**
 * Free text: a question about the program gets a short answer from the docs (the yes/no or the
 * figure first, then the passage and a link to its section). One word gets the sections about it.
 * When no passage covers enough of the question, the bot says it does not know and links the docs;
 * it never passes off a weak match as an answer. In groups it answers only when addressed.
 */
import { Composer } from 'grammy';
import { answerQuestion, search } from '../../content/index.ts';
import type { BotContext } from '../context.ts';
import { isPrivate, track } from '../context.ts';
import { answerMessage } from '../format/answer.ts';
import { docsLink } from '../format/docs-link.ts';
import type { Html } from '../format/html.ts';
import { html, joinHtml, link } from '../format/html.ts';
import { echo } from '../format/echo.ts';
import { docsUrl } from '../format/links.ts';
import { replyHtml } from '../reply.ts';

/** Longer messages are not questions the docs can answer; they are declined without searching. */
const MAX_QUESTION = 500;
/** Sections listed for a one-word topic. */
const TOPIC_SECTIONS = 3;

/** The question in a group message addressed to the bot (a mention or a reply to it), else undefined. */
function addressed(ctx: BotContext, text: string): string | undefined {
  if (isPrivate(ctx)) return text;
  const mention = `@${ctx.me.username}`;
  if (text.toLowerCase().includes(mention.toLowerCase())) return text.replace(new RegExp(mention, 'ig'), ' ').trim();
  return ctx.message?.reply_to_message?.from?.id === ctx.me.id ? text : undefined;
}

/** The sections about a one-word topic, or undefined when there are none. */
function topicMessage(ctx: BotContext, question: string): Html | undefined {
  const { docs } = ctx.snapshot.content;
  const seen = new Set<string>();
  const links: Html[] = [];
  for (const hit of search(ctx.snapshot.search, question, { match: 'any' })) {
    const target = hit.target;
    if (target.type !== 'doc' || seen.has(`${target.page}#${target.anchor}`)) continue;
    seen.add(`${target.page}#${target.anchor}`);
    links.push(html`• ${docsLink(docs, ctx.deps.config.siteUrl, target.page, target.anchor)}`);
    if (links.length === TOPIC_SECTIONS) break;
  }
  return links.length ? joinHtml([ctx.t.answers.topic(echo(question)), ...links]) : undefined;
}

/** Answers one question. */
async function answer(ctx: BotContext, question: string): Promise<void> {
  const t = ctx.t;
  if (question.length > MAX_QUESTION) return replyHtml(ctx, t.answers.tooLong);
  await track(ctx, 'question');
  const { docs } = ctx.snapshot.content;
  const siteUrl = ctx.deps.config.siteUrl;
  const unknown = t.answers.unknown(link(docsUrl(siteUrl, 'index'), t.answers.docsHome));
  // A bare number or emoji is not a question (a figure typed after a /check ended, for one).
  const result = /\p{L}/u.test(question) ? answerQuestion(ctx.snapshot.answers, question) : { kind: 'empty' as const };
  switch (result.kind) {
    case 'answer':
      return replyHtml(ctx, answerMessage(t, docs, siteUrl, result.answer));
    case 'topic':
      return replyHtml(ctx, topicMessage(ctx, question) ?? unknown);
    case 'empty':
      return replyHtml(ctx, t.answers.empty);
    case 'unknown':
      await track(ctx, 'question:unknown');
      return replyHtml(ctx, unknown);
  }
}

/** Free-text questions (commands go on to the next feature). */
export const answersFeature = new Composer<BotContext>();

answersFeature.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) return next();
  const question = addressed(ctx, text);
  if (question !== undefined) await answer(ctx, question);
});
