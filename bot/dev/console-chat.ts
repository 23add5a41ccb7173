/**
 * One side of a chat with the bot, through the Bot API imitation: turns typed lines into updates
 * (a number presses the button with that number) and prints what the bot sent back as text, with
 * buttons as numbered choices.
 */
import type { FakeBotApi, RecordedCall } from './fake-bot-api.ts';
import { parseTelegramHtml } from './telegram-html.ts';

/** Who is typing, and where. */
export interface ChatUser {
  userId: number;
  /** Write in a group rather than a private chat. */
  group?: boolean;
  firstName?: string;
}

interface Button {
  text: string;
  callback_data?: string;
  url?: string;
}

const GROUP_ID = -100200300;

/** A chat in the terminal. */
export class ConsoleChat {
  private readonly api: FakeBotApi;
  private readonly user: ChatUser;
  private readonly write: (text: string) => void;
  /** The buttons last shown, by number, with the message they are under. */
  private buttons: { button: Button; chatId: number; messageId: number }[] = [];
  private nextQueryId = 1;
  private nextMessageId = 1_000_000;

  constructor(api: FakeBotApi, user: ChatUser, write: (text: string) => void) {
    this.api = api;
    this.user = user;
    this.write = write;
  }

  private get chat() {
    return this.user.group
      ? { id: GROUP_ID, type: 'group' as const, title: 'Console group' }
      : { id: this.user.userId, type: 'private' as const, first_name: this.user.firstName ?? 'You' };
  }

  private get from() {
    return { id: this.user.userId, is_bot: false, first_name: this.user.firstName ?? 'You', language_code: 'en' };
  }

  /** Sends one line (or presses button number `line`) and prints the bot's answers. */
  async send(line: string): Promise<void> {
    const mark = this.api.calls.length;
    const pressed = /^\d+$/.test(line) ? this.buttons[Number(line) - 1] : undefined;
    if (pressed?.button.url) {
      this.write(`(opens ${pressed.button.url})\n\n`);
      return;
    }
    const date = Math.floor(Date.now() / 1000);
    const command = /^\/\S+/.exec(line);
    const id = pressed
      ? this.api.pushUpdate({
        callback_query: {
          id: String(this.nextQueryId++), from: this.from, chat_instance: '1', data: pressed.button.callback_data,
          message: { message_id: pressed.messageId, date, chat: this.chat, text: '' },
        },
      })
      : this.api.pushUpdate({
        message: {
          message_id: this.nextMessageId++, date, chat: this.chat, from: this.from, text: line,
          ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
        },
      });
    await this.api.handled(id, 30_000);
    this.print(this.api.calls.slice(mark));
  }

  private print(calls: RecordedCall[]): void {
    for (const call of calls) {
      if (call.failedWith) continue;
      const p = call.params;
      if (call.method === 'answerCallbackQuery' && typeof p.text === 'string') this.write(`(${p.text})\n\n`);
      if (call.method !== 'sendMessage' && call.method !== 'editMessageText') continue;
      const text = typeof p.text === 'string' ? p.text : '';
      const shown = p.parse_mode === 'HTML' ? parseTelegramHtml(text).plain : text;
      const messageId = Number((call.result as { message_id?: number } | undefined)?.message_id ?? p.message_id);
      this.write(`${call.method === 'editMessageText' ? '(updated)\n' : ''}${shown}\n`);
      this.showButtons(p.reply_markup, Number(p.chat_id), messageId);
      this.write('\n');
    }
  }

  private showButtons(markup: unknown, chatId: number, messageId: number): void {
    const rows = (markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard;
    if (!rows?.length) return;
    this.buttons = [];
    for (const row of rows) {
      const cells = row.map((button) => {
        this.buttons.push({ button, chatId, messageId });
        return `[${this.buttons.length}] ${button.text}`;
      });
      this.write(`  ${cells.join('   ')}\n`);
    }
  }
}
