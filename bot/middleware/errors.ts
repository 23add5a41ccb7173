/**
 * The error boundary: no update can crash the bot or go unanswered. A failure is logged with the
 * update id (never the token) and the user is told in plain words; a user who blocked the bot is
 * only recorded, since nothing can reach them.
 */
import { GrammyError } from 'grammy';
import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.ts';
import { describeError } from '../logger.ts';

/** True when Telegram refused because the user blocked the bot or the bot cannot write to the chat. */
function isBlocked(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}

/** Logs `error` for the update in `ctx` and tells the user something went wrong. */
async function reportError(ctx: BotContext, error: unknown): Promise<void> {
  const { log, store, config } = ctx.deps;
  const id = ctx.update.update_id;
  if (isBlocked(error)) {
    log.info(`update ${id}: Telegram refused to deliver to chat ${ctx.chat?.id ?? '?'} (${describeError(error, config.token)})`);
    if (ctx.from && ctx.chat?.type === 'private') await store.setBlocked(ctx.from.id, true).catch(() => undefined);
    return;
  }
  log.error(`update ${id} failed`, error);
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat) await ctx.reply(ctx.t('bot-error-failed').value, { parse_mode: 'HTML' });
  } catch (notice) {
    log.warn(`update ${id}: could not tell the user about the failure (${describeError(notice, config.token)})`);
  }
}

/** Catches everything thrown by the middleware after it. */
export const errorBoundary: MiddlewareFn<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    await reportError(ctx, error);
  }
};
