/** Sending HTML replies: split to Telegram's limit, links without previews, edits where a button was pressed. */
import { GrammyError } from 'grammy';
import type { Context, InlineKeyboard } from 'grammy';
import type { Html } from './format/html.ts';
import { splitHtml } from './format/split.ts';

function options(ctx: Context, keyboard?: InlineKeyboard) {
  return {
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    reply_markup: keyboard,
    // In a group, answer the message that asked, so the thread stays readable.
    reply_parameters: ctx.chat?.type !== 'private' && ctx.msg?.message_id
      ? { message_id: ctx.msg.message_id, allow_sending_without_reply: true }
      : undefined,
  };
}

/** Sends `message` as one or more messages; `keyboard` goes with the last one. */
export async function replyHtml(ctx: Context, message: Html, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitHtml(message);
  for (const [i, part] of parts.entries()) {
    await ctx.reply(part.value, options(ctx, i === parts.length - 1 ? keyboard : undefined));
  }
}

/** True for Telegram's answers to an edit that cannot be made (message gone, too old, not changed). */
function isUneditable(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400;
}

/**
 * Replaces the message whose button was pressed with `message`; sends a new message instead when
 * there is no such message, it cannot be edited any more, or `message` needs more than one part.
 */
export async function editOrReply(ctx: Context, message: Html, keyboard?: InlineKeyboard): Promise<void> {
  const parts = splitHtml(message);
  if (parts.length === 1 && parts[0] && ctx.callbackQuery?.message) {
    try {
      await ctx.editMessageText(parts[0].value, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: keyboard });
      return;
    } catch (error) {
      if (!isUneditable(error)) throw error;
      if (/not modified/i.test((error as GrammyError).description)) return;
    }
  }
  await replyHtml(ctx, message, keyboard);
}

/** Removes the buttons under a message, if it still can be edited; never fails. */
export async function dropButtons(ctx: Context, chatId?: number, messageId?: number): Promise<void> {
  try {
    if (chatId !== undefined && messageId !== undefined) await ctx.api.editMessageReplyMarkup(chatId, messageId);
    else if (ctx.callbackQuery?.message) await ctx.editMessageReplyMarkup();
  } catch {
    // An old or deleted message keeps its buttons; pressing them answers that they expired.
  }
}
