/**
 * The first middleware: gives each update the bot's dependencies, the current content and words in
 * the language the sender's Telegram is set to (the users middleware then puts in the stored one).
 */
import type { MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../context.ts';
import { wordsFor } from '../i18n/words.ts';

/** Attaches `deps`, the content snapshot and the words to every context. */
export function setup(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.snapshot = deps.content.current();
    ctx.t = wordsFor(ctx.snapshot.content, ctx.from?.language_code);
    await next();
  };
}
