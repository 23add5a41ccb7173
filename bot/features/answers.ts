/**
 * Free text: a question gets the understanding's answer (content/src/understand/). About the
 * program: the fact or the yes/no first, a sentence or two, the docs link; every part of a
 * question with several; the nearest sections when the bot is not sure. In groups the bot answers
 * only when addressed. About the asker's own partner (a linked team member, in a private chat):
 * the figure or date from the rules engine first, with the /status or /deadlines button; someone
 * not linked is told how to link; a group never hears anything private. `replyTo` is the whole
 * answer as a pure function, for the corpus too.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { answerQuestion, evaluatePartner, SOURCE_LOCALE } from '../../content/index.ts';
import type { Answer, Asker, Partner, PlainDate } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { ContentSnapshot } from '../content-source.ts';
import type { BotContext } from '../context.ts';
import { isPrivate, linkedPartner, track } from '../context.ts';
import { answerMessage, sectionLinks } from '../format/answer.ts';
import { docsLinks } from '../format/docs-link.ts';
import { deepLink } from '../format/links.ts';
import type { AnswerContext } from '../format/answer.ts';
import type { Html } from '../format/html.ts';
import { joinHtml, link } from '../format/html.ts';
import { echo } from '../format/echo.ts';
import type { T } from '../i18n/words.ts';
import { wordsFor } from '../i18n/words.ts';
import { countryQuestion, findResults, readFindQuery } from './find.ts';
import { asksToFind } from './find-query.ts';
import { standingMessage } from '../format/standing.ts';
import { replyHtml } from '../reply.ts';

/** Longer messages are not questions the docs can answer; they are declined without reading. */
const MAX_QUESTION = 500;

/** What a reply is made from: the content version, the asker's words, the site's address and the day. */
export interface ReplyView {
  snapshot: ContentSnapshot;
  /** The asker's words (bot/i18n/words.ts), in their language. */
  t: T;
  /** The language questions are read in (the understanding's 2-letter code); default `t`'s. */
  language?: string;
  siteUrl: string;
  today: PlainDate;
  /** The bot's username, for the button that opens a private chat. */
  botUsername?: string;
}

/** Who sends the question: in a private chat or not, linked to a partner or not. */
export interface Sender {
  private: boolean;
  /** The partner the sender is linked to (only ever given in a private chat). */
  partner?: Partner;
  userId?: number;
}

/** A reply: the message, an optional keyboard, and what to count for /stats. */
export interface Reply {
  message: Html;
  keyboard?: InlineKeyboard;
  /** The /stats counter: `question`, `question:unknown`. */
  counter: string;
}

/**
 * The understanding's answer to `question`, read in `language` (the asker's: the understanding's
 * data is per 2-letter language, `pt` for pt-BR), or in English when the question is written in
 * English (more of English's small words than the language's) or the language has no data; when
 * the first reading does not understand it, the other is asked. The answer is then written in the
 * asker's language.
 */
function understood(snapshot: ContentSnapshot, language: string, question: string, asker: Asker): Answer {
  const { rules } = snapshot.content;
  const own = language === SOURCE_LOCALE ? undefined : snapshot.answersIn(language);
  if (!own) return answerQuestion(snapshot.answers, rules, question, asker);
  const english = snapshot.answers;
  const [first, second] = english.understanding.smallWordsIn(question) > own.understanding.smallWordsIn(question) ? [english, own] : [own, english];
  const answer = answerQuestion(first, rules, question, asker);
  if (answer.kind !== 'unknown') return answer;
  const other = answerQuestion(second, rules, question, asker);
  return other.kind === 'unknown' ? answer : other;
}

/** The reply to `question` (any text a user sent that is not a command) from `sender`. */
export function replyTo(view: ReplyView, question: string, sender: Sender): Reply {
  const { t, snapshot, siteUrl } = view;
  if (question.length > MAX_QUESTION) return { message: t('bot-answer-too-long'), counter: 'question' };
  const { rules } = snapshot.content;
  const docs = docsLinks(snapshot.content, t.locale, siteUrl);
  const docsHome = link(docs.url('index'), t.plain('bot-answer-docs-home'));
  // The partner's data only ever in a private chat with one of its team members.
  const asker: Asker = !sender.private ? { kind: 'group' } : sender.partner ? { kind: 'member', partner: sender.partner, standing: evaluatePartner(sender.partner, rules, view.today) } : { kind: 'stranger' };
  const c: AnswerContext = {
    t, rules, docs, userId: sender.userId ?? 0,
    ...(asker.kind === 'member' ? { standing: () => standingMessage(t, snapshot.content, siteUrl, asker.partner, asker.standing) } : {}),
  };
  const language = view.language ?? (t.locale.id.split('-')[0] ?? SOURCE_LOCALE).toLowerCase();
  // "Is there a partner in Madrid?": the directory's answer, as /find gives it.
  const findsPartner = asksToFind(question, t, wordsFor(snapshot.content, SOURCE_LOCALE));
  if (findsPartner) {
    const query = readFindQuery(snapshot, t, question, { sentence: true });
    if (query.country || query.service || query.language) return { ...findResults(t, snapshot, siteUrl, query), counter: 'question:find' };
  }
  // A bare number or emoji is not a question (a figure typed after a /check ended, for one).
  const answer = /\p{L}/u.test(question) ? understood(snapshot, language, question, asker) : { kind: 'empty' as const };
  // In a language the understanding has no data for, the question was read as English: one not
  // made out is most likely written in that language, so the asker is told to ask in English.
  const unread = language !== SOURCE_LOCALE && !snapshot.answersIn(language) ? t('bot-answer-language-unread') : undefined;
  // "How do I find an implementation partner?", naming no place or service, and nothing the docs
  // answer better: /find's first question.
  if (findsPartner && (answer.kind === 'topic' || answer.kind === 'unknown')) return { ...countryQuestion(t, snapshot), counter: 'question:find' };
  switch (answer.kind) {
    case 'answer': {
      const personal = answer.parts.find((p) => p.kind === 'personal');
      const inGroup = answer.parts.some((p) => p.kind === 'private' && p.why === 'group');
      let keyboard: InlineKeyboard | undefined;
      if (personal?.kind === 'personal') keyboard = new InlineKeyboard().text(t.plain(personal.personal.more === 'status' ? 'bot-button-status' : 'bot-button-deadlines'), `h:${personal.personal.more}`);
      else if (inGroup && view.botUsername) keyboard = new InlineKeyboard().url(t.plain('bot-button-open-private'), deepLink(view.botUsername, 'status'));
      return { message: answerMessage(c, answer), keyboard, counter: personal ? 'question:personal' : 'question' };
    }
    case 'topic':
      return { message: joinHtml([joinHtml([t('bot-answer-topic', { text: echo(question) }), sectionLinks(c, answer.sections)]), unread], '\n\n'), counter: 'question' };
    case 'empty':
      return { message: t('bot-answer-empty'), counter: 'question' };
    case 'unknown':
      return {
        message: joinHtml([
          answer.nearest.length
            ? joinHtml([t('bot-answer-unknown-nearest', { docs: docsHome }), sectionLinks(c, answer.nearest), '', t('bot-answer-or-try')], '\n')
            : t('bot-answer-unknown', { docs: docsHome }),
          unread,
        ], '\n\n'),
        counter: 'question:unknown',
      };
  }
}

/** The question in a group message addressed to the bot (a mention or a reply to it), else undefined. */
function addressed(ctx: BotContext, text: string): string | undefined {
  if (isPrivate(ctx)) return text;
  const mention = `@${ctx.me.username}`;
  if (text.toLowerCase().includes(mention.toLowerCase())) return text.replace(new RegExp(mention, 'ig'), ' ').trim();
  return ctx.message?.reply_to_message?.from?.id === ctx.me.id ? text : undefined;
}

/** Free-text questions (commands go on to the next feature). */
export const answersFeature = new Composer<BotContext>();

answersFeature.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) return next();
  const question = addressed(ctx, text);
  if (question === undefined) return;
  const reply = replyTo(
    { snapshot: ctx.snapshot, t: ctx.t, siteUrl: ctx.deps.config.siteUrl, today: today(ctx.deps.clock), botUsername: ctx.me.username },
    question,
    { private: isPrivate(ctx), partner: linkedPartner(ctx), userId: ctx.from?.id },
  );
  await track(ctx, 'question');
  if (reply.counter !== 'question') await track(ctx, reply.counter);
  await replyHtml(ctx, reply.message, reply.keyboard);
});
