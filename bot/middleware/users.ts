/** Keeps track of who uses the bot (for /stats), and of users blocking or unblocking it. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

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
  if (ctx.from && !ctx.from.is_bot && !ctx.myChatMember) await ctx.deps.store.seeUser(ctx.from.id, ctx.deps.clock.now());
  await next();
});
