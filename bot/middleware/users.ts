/**
 * Keeps track of who uses the bot (for /stats), of users blocking or unblocking it, and of the
 * language each reads: at first contact the one their Telegram is set to (when the catalogs have
 * it), afterwards the stored one (changed with /language), so every message to them is in it.
 */
import { Composer } from 'grammy';
import { matchLocale } from '../../content/index.ts';
import type { BotContext } from '../context.ts';
import { wordsFor } from '../i18n/words.ts';

/** Records every human sender, and my_chat_member changes in private chats. */
export const usersMiddleware = new Composer<BotContext>();

usersMiddleware.on('my_chat_member', async (ctx, next) => {
  if (ctx.chat.type === 'private') {
    const status = ctx.myChatMember.new_chat_member.status;
    await ctx.deps.store.setBlocked(ctx.myChatMember.from.id, status === 'kicked');
  }
  await next();
});

usersMiddleware.use(async (ctx, next) => {
  if (ctx.from && !ctx.from.is_bot && !ctx.myChatMember) {
    const { store, clock } = ctx.deps;
    await store.seeUser(ctx.from.id, clock.now());
    let language = await store.userLanguage(ctx.from.id);
    if (language === undefined && ctx.from.language_code) {
      language = matchLocale([ctx.from.language_code], ctx.snapshot.content.catalogs.locales)?.id;
      if (language) await store.setUserLanguage(ctx.from.id, language, clock.now());
    }
    if (language) ctx.t = wordsFor(ctx.snapshot.content, language);
  }
  await next();
});
