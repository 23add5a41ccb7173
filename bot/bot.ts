/**
 * `createBot(deps)`: the whole bot, built from its dependencies (content, store, clock, config,
 * log) so tests and the console build the very same bot with fakes. Features are registered here,
 * in order, with the fallback for anything unhandled last.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { Api } from 'grammy';
import type { LanguageCode, UserFromGetMe } from 'grammy/types';
import { SOURCE_LOCALE } from '../content/index.ts';
import type { BotContext, BotDeps } from './context.ts';
import { adminFeature, notifyAdmins } from './features/admin.ts';
import { answersFeature } from './features/answers.ts';
import { checkFeature } from './features/check.ts';
import { deadlinesFeature } from './features/deadlines.ts';
import { findFeature } from './features/find.ts';
import { languageFeature } from './features/language.ts';
import { leadsFeature } from './features/leads.ts';
import { startFeature } from './features/start.ts';
import { statusFeature } from './features/status.ts';
import { tiersFeature } from './features/tiers.ts';
import { unhandledFeature } from './features/unhandled.ts';
import type { T, WordsSource } from './i18n/words.ts';
import { wordsFor } from './i18n/words.ts';
import { remindersFeature } from './reminders/feature.ts';
import { errorBoundary } from './middleware/errors.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { setup } from './middleware/setup.ts';
import { usersMiddleware } from './middleware/users.ts';

/** How often a failed Bot API call is retried (429 after `retry_after`, 5xx and network errors with backoff). */
const RETRIES = { maxRetryAttempts: 4, maxDelaySeconds: 60 };

/** Options for `createBot`. */
export interface CreateBotOptions {
  /** The bot's own user, when known: skips the getMe call at start (tests, webhooks). */
  botInfo?: UserFromGetMe;
}

/** Builds the bot. Start it with the runner (main.ts), a webhook (webhook.ts) or the console. */
export function createBot(deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.token, {
    botInfo: options.botInfo,
    client: deps.config.apiRoot ? { apiRoot: deps.config.apiRoot } : undefined,
  });
  bot.api.config.use(autoRetry(RETRIES));

  // The last resort, first: nothing escapes an update, so neither the runner nor grammY's webhook
  // callback ever sees a failure (one after the webhook answered would be an unhandled rejection).
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      deps.log.error(`update ${ctx.update.update_id} failed outside the error boundary`, error);
    }
  });
  bot.use(setup(deps));
  bot.use(errorBoundary);
  // One update at a time per user, so a double tap cannot run a /check step twice: in this process,
  // and with several instances on one PostgreSQL, across them (the user's turn, an advisory lock).
  bot.use(sequentialize((ctx: BotContext) => ctx.from?.id.toString()));
  const cluster = deps.store.cluster;
  if (cluster) bot.use((ctx, next) => (ctx.from ? cluster.withUserTurn(ctx.from.id, next) : next()));
  bot.use(rateLimit(deps.config.rateLimit, cluster?.rateCounter(deps.config.rateLimit.windowMs)));
  bot.use(usersMiddleware);

  bot.use(startFeature);
  bot.use(tiersFeature);
  bot.use(checkFeature);
  bot.use(findFeature);
  bot.use(statusFeature);
  bot.use(deadlinesFeature);
  bot.use(remindersFeature);
  bot.use(leadsFeature);
  bot.use(languageFeature);
  bot.use(adminFeature);
  bot.use(answersFeature);
  bot.use(unhandledFeature);

  deps.content.onReload((result, trigger) => {
    if (!result.ok && trigger === 'watch') void notifyAdmins(bot.api, deps, result);
    else if (result.ok) deps.log.info(`content reloaded (${trigger})`);
  });
  return bot;
}

/** The commands of the menu, in its order; each described by `bot-command-<name>` in bot.ftl. */
const COMMANDS = ['start', 'tiers', 'check', 'find', 'status', 'deadlines', 'reminders', 'leads', 'language', 'help'] as const;

/** The command menu Telegram shows, in `t`'s language. */
export function commandMenu(t: T): { command: string; description: string }[] {
  return COMMANDS.map((command) => ({ command, description: t.plain(`bot-command-${command}`) }));
}

/**
 * Sets the command menu for every language of the catalogs: English for everyone, and each other
 * language for the users whose Telegram is set to it (its `language_code` scope: `de`, `es`, `pt`).
 */
export async function setCommandMenus(api: Pick<Api, 'setMyCommands'>, content: WordsSource): Promise<void> {
  await api.setMyCommands(commandMenu(wordsFor(content, SOURCE_LOCALE)));
  for (const locale of content.catalogs.locales) {
    if (locale.id === SOURCE_LOCALE) continue;
    await api.setMyCommands(commandMenu(wordsFor(content, locale.id)), { language_code: locale.id.split('-')[0]?.toLowerCase() as LanguageCode });
  }
}
