/** The Bot API methods the imitation answers, with Telegram's checks and error messages. */
import type { FakeState, StoredMessage } from './fake-bot-api.ts';
import { parseTelegramHtml } from './telegram-html.ts';

type Answer = { result: unknown } | { error: string; code: number };

const MAX_TEXT = 4096;
const MAX_CALLBACK_DATA = 64;
const MAX_CALLBACK_ANSWER = 200;

const bad = (error: string): Answer => ({ error: `Bad Request: ${error}`, code: 400 });

/** Checks a message text as Telegram would: not empty, at most 4,096 characters once parsed, valid HTML. */
function checkText(params: Record<string, unknown>): string | undefined {
  const text = params.text;
  if (typeof text !== 'string' || text.trim() === '') return 'message text is empty';
  let visible = text;
  if (params.parse_mode === 'HTML') {
    try {
      visible = parseTelegramHtml(text).text;
    } catch (error) {
      return (error as Error).message.replace(/^Bad Request: /, '');
    }
  }
  if (visible.trim() === '') return 'message text is empty';
  if (visible.length > MAX_TEXT) return 'message is too long';
  return undefined;
}

/** Checks an inline keyboard: each button has text and either callback data of at most 64 bytes or a URL. */
function checkMarkup(markup: unknown): string | undefined {
  if (markup === undefined) return undefined;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return 'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array';
  for (const row of rows) {
    for (const button of row as Record<string, unknown>[]) {
      if (typeof button.text !== 'string' || button.text === '') return 'inline keyboard button text is empty';
      if (typeof button.callback_data === 'string') {
        if (Buffer.byteLength(button.callback_data) > MAX_CALLBACK_DATA || button.callback_data === '') return 'BUTTON_DATA_INVALID';
      } else if (typeof button.url === 'string') {
        if (!/^(https?|tg):\/\/\S+$/.test(button.url)) return 'BUTTON_URL_INVALID';
      } else {
        return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
      }
    }
  }
  return undefined;
}

function chatOf(params: Record<string, unknown>): number {
  return Number(params.chat_id);
}

function messageResult(state: FakeState, m: StoredMessage): unknown {
  return {
    message_id: m.messageId,
    date: Math.floor(Date.now() / 1000),
    chat: m.chatId > 0 ? { id: m.chatId, type: 'private', first_name: 'User' } : { id: m.chatId, type: 'group', title: 'Group' },
    from: state.botInfo,
    text: parseTelegramHtml(m.text).text,
    ...(m.replyMarkup ? { reply_markup: m.replyMarkup } : {}),
  };
}

/** Answers `method` with `params`; unknown methods get Telegram's 404. */
export function handleMethod(state: FakeState, method: string, params: Record<string, unknown>): Answer {
  switch (method) {
    case 'getMe':
      return { result: state.botInfo };
    case 'setWebhook':
      state.webhookUrl = String(params.url ?? '');
      return { result: true };
    case 'deleteWebhook':
      state.webhookUrl = '';
      return { result: true };
    case 'getWebhookInfo':
      return { result: { url: state.webhookUrl, has_custom_certificate: false, pending_update_count: 0 } };
    case 'setMyCommands':
    case 'sendChatAction':
    case 'deleteMessage':
      return { result: true };
    case 'answerCallbackQuery': {
      if (typeof params.callback_query_id !== 'string') return bad('query is too old and response timeout expired or query ID is invalid');
      if (typeof params.text === 'string' && params.text.length > MAX_CALLBACK_ANSWER) return bad('MESSAGE_TOO_LONG');
      return { result: true };
    }
    case 'sendMessage': {
      const problem = checkText(params) ?? checkMarkup(params.reply_markup);
      if (problem) return bad(problem);
      if (!Number.isFinite(chatOf(params))) return bad('chat not found');
      const message: StoredMessage = { chatId: chatOf(params), messageId: state.nextMessageId++, text: String(params.text), replyMarkup: params.reply_markup };
      state.messages.set(`${message.chatId}:${message.messageId}`, message);
      return { result: messageResult(state, message) };
    }
    case 'editMessageText':
    case 'editMessageReplyMarkup': {
      const stored = state.messages.get(`${chatOf(params)}:${Number(params.message_id)}`);
      if (!stored) return bad('message to edit not found');
      const problem = (method === 'editMessageText' ? checkText(params) : undefined) ?? checkMarkup(params.reply_markup);
      if (problem) return bad(problem);
      const text = method === 'editMessageText' ? String(params.text) : stored.text;
      if (text === stored.text && JSON.stringify(params.reply_markup ?? null) === JSON.stringify(stored.replyMarkup ?? null)) {
        return bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
      }
      stored.text = text;
      stored.replyMarkup = params.reply_markup;
      return { result: messageResult(state, stored) };
    }
    default:
      return { error: 'Not Found: method not found', code: 404 };
  }
}
