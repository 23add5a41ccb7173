/** The first middleware: gives each update the bot's dependencies, the current content and the user's language. */
import type { MiddlewareFn } from 'grammy';
import type { BotContext, BotDeps } from '../context.ts';
import { messagesFor } from '../i18n/index.ts';
import { wordsFor } from '../i18n/words.ts';

/** Attaches `deps`, the content snapshot and the messages to every context. */
export function setup(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.deps = deps;
    ctx.snapshot = deps.content.current();
    ctx.m = messagesFor(ctx.from?.language_code);
    ctx.t = wordsFor(ctx.snapshot.content, ctx.from?.language_code);
    await next();
  };
}
