/**
 * The bot under test: the real createBot with the shipped content (or a copy), an in-memory store,
 * a fixed day, and the Bot API imitation on 127.0.0.1 recording what the bot sends. Chats drive it
 * with `bot.handleUpdate` and read back what a user would see.
 */
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { closeDeps, openDeps } from '../../bot/app.ts';
import { createBot } from '../../bot/bot.ts';
import { fixedClock } from '../../bot/clock.ts';
import type { BotConfig } from '../../bot/config.ts';
import type { BotContext, BotDeps } from '../../bot/context.ts';
import type { ChatUser } from '../../bot/dev/console-chat.ts';
import { ConsoleChat } from '../../bot/dev/console-chat.ts';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { FAKE_BOT, startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { createLogger } from '../../bot/logger.ts';

export const TEST_TOKEN = '123456789:TEST-token-for-the-bot-api-imitation-0000';
export const SITE = 'https://partners.example.com';
/** The day the tests run on (the sample content's data is recorded up to it). */
export const TODAY = '2026-11-24';
/** A team member of Lakeshore Workflow (Silver), from content/partners/lakeshore-workflow.md. */
export const LAKESHORE_USER = 3253452691;
/** A team member of Isartal Systems, another partner. */
export const ISARTAL_USER = 102977276;
/** Someone linked to no partner. */
export const STRANGER = 555000111;
export const ADMIN = 424242;

/** Options for `startHarness`. */
export interface HarnessOptions {
  /** The day the bot lives on; default TODAY. */
  date?: string;
  contentDir?: string;
  watch?: boolean;
  rateLimit?: number;
  apiRoot?: string;
}

export interface Harness {
  api: FakeBotApi;
  bot: Bot<BotContext>;
  deps: BotDeps;
  config: BotConfig;
  /** Log lines the bot wrote. */
  logs: string[];
  chat(user: ChatUser): ConsoleChat;
  close(): Promise<void>;
}

/** Starts the imitation and builds the bot against it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const api = await startFakeBotApi({ token: TEST_TOKEN });
  const logs: string[] = [];
  const config: BotConfig = {
    token: TEST_TOKEN, adminIds: [ADMIN], dataDir: ':memory:', siteUrl: SITE, mode: 'polling',
    rateLimit: { limit: options.rateLimit ?? 1000, windowMs: 60_000 }, apiRoot: options.apiRoot ?? api.apiRoot,
  };
  const deps = await openDeps(config, {
    watch: options.watch ?? false, contentDir: options.contentDir, clock: fixedClock(options.date ?? TODAY),
    log: createLogger(TEST_TOKEN, (line) => logs.push(line)),
  });
  const bot = createBot(deps, { botInfo: FAKE_BOT });
  let nextId = 1;
  return {
    api, bot, deps, config, logs,
    chat: (user) => new ConsoleChat(api, user, (update) => bot.handleUpdate({ ...update, update_id: nextId++ } as Update)),
    close: async () => {
      await api.close();
      await closeDeps(deps);
    },
  };
}
