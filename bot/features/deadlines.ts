/** /deadlines: every upcoming date that applies to a linked partner, soonest first, with days left. */
import { Composer, InlineKeyboard } from 'grammy';
import { evaluatePartner } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { BotContext } from '../context.ts';
import { track } from '../context.ts';
import { deadlinesMessage } from '../format/deadlines.ts';
import { replyHtml } from '../reply.ts';
import { requireLinked } from './linking.ts';

/** Shows the sender's own partner's upcoming deadlines (private chat, linked users only). */
export async function showDeadlines(ctx: BotContext): Promise<void> {
  await track(ctx, 'deadlines');
  const partner = await requireLinked(ctx, 'deadlines');
  if (!partner) return;
  const { content } = ctx.snapshot;
  const standing = evaluatePartner(partner, content.rules, today(ctx.deps.clock));
  await replyHtml(ctx, deadlinesMessage(ctx.t, content, ctx.deps.config.siteUrl, partner, standing),
    new InlineKeyboard().text(ctx.t.plain('bot-button-status'), 'h:status'));
}

/** /deadlines. */
export const deadlinesFeature = new Composer<BotContext>();
deadlinesFeature.command('deadlines', showDeadlines);
