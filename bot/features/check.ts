/**
 * /check: an eligibility walk-through for anyone, with buttons for choices and short typed answers
 * for figures. The answers become a partner record the rules engine evaluates (content's
 * `selfCheck`), so the result is the engine's, with nothing about thresholds known here.
 *
 * The conversation is the state machine in check-session.ts, stored per user: it survives a
 * restart, needs no replay, and makes every stale or forged button answer plainly.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { selfCheck } from '../../content/index.ts';
import type { Rules } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { BotContext } from '../context.ts';
import { isPrivate, track } from '../context.ts';
import { checkResultMessage } from '../format/check-result.ts';
import { prospectMessage } from '../format/prospect.ts';
import { deepLink } from '../format/links.ts';
import { dropButtons, editOrReply, replyHtml } from '../reply.ts';
import type { CheckSession } from './check-session.ts';
import { asSession, CHECK_BUTTON, currentQuestion, exampleAnswer, newSession, questionsOf, questionView, readFigure } from './check-session.ts';

/** A message of this many words, or ending in "?", is a question rather than a figure. */
const QUESTION_WORDS = 4;
/** A check whose question was shown longer ago than this is not asked again after an answer: it was left. */
const ASK_AGAIN_WITHIN_MS = 30 * 60_000;

/** Saves the check as its current question is shown (or, with undefined, ends it). */
async function save(ctx: BotContext, session: CheckSession | undefined): Promise<void> {
  const now = ctx.deps.clock.now();
  if (ctx.from) await ctx.deps.store.setConversation(ctx.from.id, session && { ...session, shownAt: now.toISOString() }, now);
}

/** Starts a new check (a running one is dropped, and its buttons expire). */
export async function startCheck(ctx: BotContext): Promise<void> {
  await track(ctx, 'check');
  if (!isPrivate(ctx) || !ctx.chat) {
    await replyHtml(ctx, ctx.t('bot-check-in-group'), new InlineKeyboard().url(ctx.t.plain('bot-button-open-private'), deepLink(ctx.me.username, 'check')));
    return;
  }
  const session = newSession(ctx.snapshot.content.rules, ctx.chat.id);
  const view = questionView(ctx.t, ctx.snapshot.content.rules, session);
  const sent = await ctx.reply(view.text.value, { parse_mode: 'HTML', reply_markup: view.keyboard });
  await save(ctx, { ...session, messageId: sent.message_id });
}

/**
 * Moves to the next step: the next question, or the result after the last. `typed` sends it as a
 * new message (the answer was typed) rather than editing the message whose button was pressed.
 */
async function advance(ctx: BotContext, session: CheckSession, typed: boolean): Promise<void> {
  const { rules } = ctx.snapshot.content;
  const next = { ...session, step: session.step + 1 };
  if (next.step > questionsOf(rules, next).length) {
    await save(ctx, undefined);
    const { siteUrl } = ctx.deps.config;
    const message = next.status === null
      ? prospectMessage(ctx.t, ctx.snapshot.content, siteUrl)
      : checkResultMessage(ctx.t, ctx.snapshot.content, siteUrl, selfCheck(rules, next.status, next.answers, today(ctx.deps.clock)));
    const again = new InlineKeyboard().text(ctx.t.plain('bot-button-again'), 'c:go');
    await (typed ? replyHtml(ctx, message, again) : editOrReply(ctx, message, again));
    return;
  }
  await show(ctx, next, typed);
}

async function show(ctx: BotContext, session: CheckSession, typed: boolean): Promise<void> {
  const view = questionView(ctx.t, ctx.snapshot.content.rules, session);
  if (typed) {
    const sent = await ctx.reply(view.text.value, { parse_mode: 'HTML', reply_markup: view.keyboard });
    await save(ctx, { ...session, messageId: sent.message_id });
  } else {
    await save(ctx, session);
    await editOrReply(ctx, view.text, view.keyboard);
  }
}

/** A button of the check was pressed. */
async function onButton(ctx: BotContext): Promise<void> {
  const [, id, step, value = ''] = CHECK_BUTTON.exec(ctx.callbackQuery?.data ?? '') ?? [];
  const session = ctx.from ? asSession(await ctx.deps.store.getConversation(ctx.from.id)) : undefined;
  const { rules } = ctx.snapshot.content;
  if (!session || session.id !== id || String(session.step) !== step) {
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-check-expired') });
    await dropButtons(ctx);
    return;
  }
  if (session.version !== rules.info.version) {
    await save(ctx, undefined);
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-check-rules-changed'), show_alert: true });
    await dropButtons(ctx);
    return;
  }
  const next = interpret(rules, session, value);
  if (!next) {
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-check-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  if (next === 'cancel') {
    await save(ctx, undefined);
    await editOrReply(ctx, ctx.t('bot-check-cancelled'));
  } else if (next === 'back') {
    await show(ctx, { ...session, step: Math.max(0, session.step - 1) }, false);
  } else {
    await advance(ctx, next, false);
  }
}

/** What a button's value does: cancel, go back, or answer (the session with the answer); undefined if it means nothing here. */
function interpret(rules: Rules, session: CheckSession, value: string): 'cancel' | 'back' | CheckSession | undefined {
  if (value === 'x') return 'cancel';
  if (value === 'back') return 'back';
  const question = currentQuestion(rules, session);
  if (!question) {
    const status = value === 'none' ? null : /^s\d+$/.test(value) ? rules.statuses[Number(value.slice(1))]?.id : undefined;
    return status === undefined ? undefined : { ...session, status, answers: {} };
  }
  const answer = question.answer === 'yes-no'
    ? (value === 'y' ? true : value === 'n' ? false : undefined)
    : value === '0' ? 0 : value === 'all' && question.answer === 'part' ? Number(session.answers.sales ?? 0) : undefined;
  return answer === undefined ? undefined : { ...session, answers: { ...session.answers, [question.key]: answer } };
}

/**
 * Something typed mid-check that is not its answer (a question about the program): the next
 * features answer it, then the check's question is asked again below the answer, with its buttons.
 */
async function answerThenAskAgain(ctx: BotContext, session: CheckSession, next: () => Promise<void>): Promise<void> {
  await next();
  const current = ctx.from ? asSession(await ctx.deps.store.getConversation(ctx.from.id)) : undefined;
  if (!current || current.id !== session.id || current.step !== session.step) return;
  const shown = Date.parse(current.shownAt ?? '');
  if (!(ctx.deps.clock.now().getTime() - shown <= ASK_AGAIN_WITHIN_MS)) return;
  await dropButtons(ctx, current.chatId, current.messageId);
  await show(ctx, current, true);
}

/** A typed message while the check waits for a figure; anything else goes on to the next feature. */
async function onText(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const text = ctx.message?.text ?? '';
  if (!ctx.from || !isPrivate(ctx) || text.startsWith('/')) return next();
  const session = asSession(await ctx.deps.store.getConversation(ctx.from.id));
  if (!session || session.version !== ctx.snapshot.content.rules.info.version) return next();
  const question = currentQuestion(ctx.snapshot.content.rules, session);
  if (!question || question.answer === 'yes-no') return answerThenAskAgain(ctx, session, next);
  const figure = readFigure(text, question.answer === 'count');
  if (figure?.kind === 'ambiguous') {
    await replyHtml(ctx, ctx.t('bot-check-ambiguous', { typed: text.trim(), grouped: figure.readings[0], decimal: figure.readings[1] }));
    return;
  }
  const value = figure?.value;
  if (value === undefined) {
    // A question asked mid-check is answered; the check still waits for its figure.
    if (/\?\s*$/.test(text) || text.trim().split(/\s+/).length >= QUESTION_WORDS) return answerThenAskAgain(ctx, session, next);
    await replyHtml(ctx, ctx.t('bot-check-not-a-number', { example: exampleAnswer(question) }));
    return;
  }
  await dropButtons(ctx, session.chatId, session.messageId);
  const answer = question.answer === 'count' ? Math.floor(value) : question.answer === 'part' ? Math.min(value, Number(session.answers.sales ?? 0)) : value;
  await advance(ctx, { ...session, answers: { ...session.answers, [question.key]: answer } }, true);
}

/** /check, its buttons, and typed figures while a check waits for one. */
export const checkFeature = new Composer<BotContext>();
checkFeature.command('check', startCheck);
checkFeature.callbackQuery('c:go', async (ctx) => {
  await ctx.answerCallbackQuery();
  await startCheck(ctx);
});
checkFeature.callbackQuery(CHECK_BUTTON, onButton);
checkFeature.on('message:text', onText);
