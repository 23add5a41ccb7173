/**
 * Registered last: whatever no feature handled gets a plain answer in a private chat (unknown
 * commands, stickers, photos, voice, edited messages) and expired buttons say so. Group chatter
 * that is not addressed to the bot is left alone.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';
import { isPrivate, track } from '../context.ts';
import { echo } from '../format/echo.ts';
import { dropButtons, replyHtml } from '../reply.ts';

/** The fallback, registered after every other feature. */
export const unhandledFeature = new Composer<BotContext>();

unhandledFeature.on('callback_query', async (ctx) => {
  await track(ctx, 'expired button');
  await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-error-expired-button') });
  await dropButtons(ctx);
});

unhandledFeature.on('message:text', async (ctx) => {
  const command = /^\/([^\s@]+)(@\S+)?/.exec(ctx.message.text);
  // A command for another bot in a group is none of our business.
  if (!command || (command[2] && command[2].toLowerCase() !== `@${ctx.me.username.toLowerCase()}`)) return;
  if (!isPrivate(ctx) && !command[2]) return;
  await track(ctx, 'unknown command');
  await replyHtml(ctx, ctx.t('bot-error-unknown-command', { command: echo(`/${command[1]}`) }));
});

unhandledFeature.on('edited_message', async (ctx) => {
  if (isPrivate(ctx)) await replyHtml(ctx, ctx.t('bot-error-edited'));
});

unhandledFeature.on('message', async (ctx) => {
  if (!isPrivate(ctx)) return;
  await track(ctx, 'not text');
  await replyHtml(ctx, ctx.t('bot-error-not-text'));
});
