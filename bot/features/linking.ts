/** The gate in front of a partner's private data: a private chat, and a sender linked to the partner. */
import { InlineKeyboard } from 'grammy';
import type { Partner } from '../../content/index.ts';
import type { BotContext } from '../context.ts';
import { isPrivate, linkedPartner } from '../context.ts';
import { deepLink } from '../format/links.ts';
import { replyHtml } from '../reply.ts';

/**
 * The sender's own partner, or undefined after telling them why not: in a group, a button to a
 * private chat (which opens with `/start <payload>`); unlinked, how to get linked.
 */
export async function requireLinked(ctx: BotContext, payload: string): Promise<Partner | undefined> {
  if (!isPrivate(ctx)) {
    await replyHtml(ctx, ctx.t('bot-privacy-private-only'), new InlineKeyboard().url(ctx.t.plain('bot-button-open-private'), deepLink(ctx.me.username, payload)));
    return undefined;
  }
  const partner = linkedPartner(ctx);
  if (!partner) await replyHtml(ctx, ctx.t('bot-privacy-not-linked', { userId: String(ctx.from?.id ?? 0) }));
  return partner;
}
