/** A per-user rate limit: past the limit, updates are dropped and the user gets one polite reply per window. */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotConfig } from '../config.ts';
import type { BotContext } from '../context.ts';

/** At most `config.limit` updates per user per `config.windowMs`. */
export function rateLimit(config: BotConfig['rateLimit']): MiddlewareFn<BotContext> {
  return limit<BotContext, never>({
    timeFrame: config.windowMs,
    limit: config.limit,
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-error-rate-limited-short') });
      else if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('bot-error-rate-limited').value, { parse_mode: 'HTML' });
    },
  }) as MiddlewareFn<BotContext>;
}
