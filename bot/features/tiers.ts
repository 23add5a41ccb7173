/** /tiers: the statuses side by side, from the rules. */
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { track } from '../context.ts';
import { tiersMessage } from '../format/tiers.ts';
import { replyHtml } from '../reply.ts';

/** Shows every status with its requirements, discount and benefits. */
export async function showTiers(ctx: BotContext): Promise<void> {
  await track(ctx, 'tiers');
  await replyHtml(ctx, tiersMessage(ctx.t, ctx.snapshot.content, ctx.deps.config.siteUrl),
    new InlineKeyboard().text(ctx.t.plain('bot-button-check'), 'c:go').text(ctx.t.plain('bot-button-find'), 'h:find'));
}

/** /tiers. */
export const tiersFeature = new Composer<BotContext>();
tiersFeature.command('tiers', showTiers);
