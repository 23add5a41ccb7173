/**
 * A per-user rate limit: past the limit, updates are dropped and the user gets one polite reply per
 * window. The counts are kept in memory, or, when several instances share a PostgreSQL store, in
 * a counter row per user there (cluster.ts), so a user's updates count wherever they arrive.
 */
import { limit } from '@grammyjs/ratelimiter';
import type { MiddlewareFn } from 'grammy';
import type { BotConfig } from '../config.ts';
import type { BotContext } from '../context.ts';
import type { RateCounter } from '../store/cluster.ts';

/** At most `config.limit` updates per user per `config.windowMs`, counted in memory or by `shared`. */
export function rateLimit(config: BotConfig['rateLimit'], shared?: RateCounter): MiddlewareFn<BotContext> {
  return limit<BotContext, RateCounter>({
    timeFrame: config.windowMs,
    limit: config.limit,
    storageClient: shared ?? 'MEMORY_STORE',
    keyGenerator: (ctx) => ctx.from?.id.toString(),
    onLimitExceeded: async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-error-rate-limited-short') });
      else if (ctx.chat?.type === 'private') await ctx.reply(ctx.t('bot-error-rate-limited').value, { parse_mode: 'HTML' });
    },
  }) as MiddlewareFn<BotContext>;
}
