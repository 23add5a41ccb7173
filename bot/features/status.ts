/** /status: where a linked partner stands — status, discount, benefits, and progress with figures. */
import { Composer, InlineKeyboard } from 'grammy';
import { evaluatePartner } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { BotContext } from '../context.ts';
import { track } from '../context.ts';
import { standingMessage } from '../format/standing.ts';
import { replyHtml } from '../reply.ts';
import { requireLinked } from './linking.ts';

/** Shows the sender's own partner's standing (private chat, linked users only). */
export async function showStatus(ctx: BotContext): Promise<void> {
  await track(ctx, 'status');
  const partner = await requireLinked(ctx, 'status');
  if (!partner) return;
  const { content } = ctx.snapshot;
  const standing = evaluatePartner(partner, content.rules, today(ctx.deps.clock));
  await replyHtml(ctx, standingMessage(ctx.t, content, ctx.deps.config.siteUrl, partner, standing),
    new InlineKeyboard().text(ctx.t.plain('bot-button-deadlines'), 'h:deadlines'));
}

/** /status. */
export const statusFeature = new Composer<BotContext>();
statusFeature.command('status', showStatus);
