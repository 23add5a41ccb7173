/**
 * One side of a chat with the bot, through the Bot API imitation: turns typed lines into updates
 * (a number presses the button with that number) and renders what the bot sent back as a user
 * reads it, with buttons as numbered choices. The console prints it; tests assert on it.
 */
import type { Update } from 'grammy/types';
import type { FakeBotApi, RecordedCall } from './fake-bot-api.ts';
import { parseTelegramHtml } from './telegram-html.ts';

/** Who is typing, and where. */
export interface ChatUser {
  userId: number;
  /** Write in a group rather than a private chat. */
  group?: boolean;
  firstName?: string;
  /** The language the user's Telegram is set to (its `language_code`); default `en`. */
  languageCode?: string;
}

/** Hands an update (without its id) to the bot and resolves once the bot has handled it. */
export type Deliver = (update: Omit<Update, 'update_id'>) => Promise<void>;

interface Button {
  text: string;
  callback_data?: string;
  url?: string;
}

/** The group chat a `group: true` user writes in. */
const GROUP_ID = -100200300;

/** A chat with the bot. */
export class ConsoleChat {
  private readonly api: FakeBotApi;
  private readonly user: ChatUser;
  private readonly deliver: Deliver;
  /** The buttons last shown, by number, with the message they are under. */
  private buttons: { button: Button; messageId: number }[] = [];
  private nextQueryId = 1;
  /** Callback queries this chat sent: only their answers are this chat's (other chats may run at the same time). */
  private readonly queries = new Set<string>();
  /** Calls already shown (by an exchange or as pushed messages). */
  private seen = 0;
  /** An exchange is under way: its calls are its own to show. */
  private busy = 0;
  private nextMessageId = 1_000_000;

  constructor(api: FakeBotApi, user: ChatUser, deliver: Deliver) {
    this.api = api;
    this.user = user;
    this.deliver = deliver;
  }

  private get chat() {
    return this.user.group
      ? { id: GROUP_ID, type: 'group' as const, title: 'Console group' }
      : { id: this.user.userId, type: 'private' as const, first_name: this.user.firstName ?? 'You' };
  }

  private get from() {
    return { id: this.user.userId, is_bot: false, first_name: this.user.firstName ?? 'You', language_code: this.user.languageCode ?? 'en' };
  }

  /** Sends one line, or presses button number `line` when one is shown; returns what the bot answered. */
  async send(line: string): Promise<string> {
    const pressed = /^\d+$/.test(line) ? this.buttons[Number(line) - 1] : undefined;
    if (pressed) return this.click(pressed);
    const command = /^\/\S+/.exec(line);
    return this.exchange({
      message: {
        message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: this.chat, from: this.from, text: line,
        ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
      },
    });
  }

  /** Presses the shown button whose text contains `label`. */
  async press(label: string): Promise<string> {
    const found = this.buttons.find((b) => b.button.text.includes(label));
    if (!found) throw new Error(`no button "${label}" among: ${this.buttons.map((b) => b.button.text).join(', ') || 'none'}`);
    return this.click(found);
  }

  /** Sends a callback query with any data, as a forged or stale button would. */
  async pressData(data: string, messageId = 1): Promise<string> {
    return this.click({ button: { text: '', callback_data: data }, messageId });
  }

  /** Sends any update (a sticker, an edited message...) and returns what the bot answered. */
  async exchange(update: Omit<Update, 'update_id'>): Promise<string> {
    if (update.callback_query) this.queries.add(update.callback_query.id);
    const mark = this.api.calls.length;
    this.busy++;
    try {
      await this.deliver(update);
    } finally {
      this.busy--;
    }
    this.seen = this.api.calls.length;
    return this.render(this.api.calls.slice(mark));
  }

  /**
   * What the bot sent this chat on its own since last shown (a new request offered, a reminder),
   * rendered the same way; empty while an exchange is under way or when there is nothing new.
   */
  pushed(): string {
    if (this.busy > 0) return '';
    const calls = this.api.calls.slice(this.seen);
    this.seen = this.api.calls.length;
    return this.render(calls.filter((c) => c.method === 'sendMessage'));
  }

  private click(pressed: { button: Button; messageId: number }): Promise<string> {
    if (pressed.button.url) return Promise.resolve(`(opens ${pressed.button.url})\n\n`);
    return this.exchange({
      callback_query: {
        id: `${this.user.userId}:${this.nextQueryId++}`, from: this.from, chat_instance: '1', data: pressed.button.callback_data,
        message: { message_id: pressed.messageId, date: Math.floor(Date.now() / 1000), chat: this.chat, text: '' },
      },
    } as Omit<Update, 'update_id'>);
  }

  private render(calls: RecordedCall[]): string {
    let out = '';
    for (const call of calls) {
      if (call.failedWith) continue;
      const p = call.params;
      if (!this.isMine(call)) continue;
      if (call.method === 'answerCallbackQuery' && typeof p.text === 'string') out += `(${p.text})\n\n`;
      if (call.method !== 'sendMessage' && call.method !== 'editMessageText') continue;
      const text = typeof p.text === 'string' ? p.text : '';
      const shown = p.parse_mode === 'HTML' ? parseTelegramHtml(text).plain : text;
      out += `${call.method === 'editMessageText' ? '(updated)\n' : ''}${shown}\n`;
      out += this.showButtons(p.reply_markup, Number((call.result as { message_id?: number } | undefined)?.message_id ?? p.message_id));
      out += '\n';
    }
    return out;
  }

  /** A call the bot made to this chat (or answering this chat's button). */
  private isMine(call: RecordedCall): boolean {
    if (call.method === 'answerCallbackQuery') return this.queries.has(String(call.params.callback_query_id));
    return call.params.chat_id === undefined || Number(call.params.chat_id) === this.chat.id;
  }

  private showButtons(markup: unknown, messageId: number): string {
    const rows = (markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard;
    if (!rows?.length) return '';
    this.buttons = [];
    return rows.map((row) => `  ${row.map((button) => {
      this.buttons.push({ button, messageId });
      return `[${this.buttons.length}] ${button.text}`;
    }).join('   ')}\n`).join('');
  }
}
