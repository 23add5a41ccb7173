/**
 * Long polling with grammY's runner: `npm run bot` runs it on its own, `npm start` beside the site
 * in the same process (one loaded content for both).
 */
import { run } from '@grammyjs/runner';
import { closeDeps } from './app.ts';
import { createBot, setCommandMenus } from './bot.ts';
import type { BotDeps } from './context.ts';

/** The update kinds the bot handles. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;

/** A bot polling for updates. */
export interface PollingBot {
  username: string;
  /** Finishes the updates in hand, stops the reminders and closes the store. */
  stop(): Promise<void>;
}

/**
 * Starts polling: checks the token with Telegram (throws when Telegram refuses it), removes any
 * webhook, sets the command menu and runs. `deps` are closed by `stop`.
 */
export async function startPolling(deps: BotDeps): Promise<PollingBot> {
  const bot = createBot(deps);
  await bot.init();
  await bot.api.deleteWebhook();
  await setCommandMenus(bot.api, deps.content.current().content);
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  deps.log.info(`@${bot.botInfo.username} is polling for updates (site ${deps.config.siteUrl})`);
  return {
    username: bot.botInfo.username,
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
      await closeDeps(deps);
    },
  };
}
