/**
 * `npm run bot`: the bot with long polling (grammY's runner), stopping cleanly on SIGTERM or Ctrl-C.
 * With BOT_MODE=webhook it serves the webhook on its own port instead (PORT), for running the bot
 * apart from the site; `npm start` mounts the same handler in the site's server.
 *
 * In both modes `openOrExit` also starts the deadline reminders (bot/reminders/: node-cron every
 * minute, catching up at once on what fell due while the bot was off), and `closeDeps` stops them
 * after the message in flight.
 */
import { createServer } from 'node:http';
import { closeDeps, openOrExit } from './app.ts';
import type { BotDeps } from './context.ts';
import { startPolling } from './polling.ts';
import type { WebhookBot } from './webhook.ts';
import { startWebhookBot } from './webhook.ts';

async function polling(deps: BotDeps): Promise<void> {
  // Signals are handled from the start: the reminders are already sending while polling starts.
  const starting = startPolling(deps);
  const stop = async (signal: string) => {
    deps.log.info(`${signal}: finishing the updates in hand, then stopping`);
    const bot = await starting.catch(() => undefined);
    // A started bot closes its dependencies as it stops.
    await (bot ? bot.stop() : closeDeps(deps));
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  try {
    await starting;
  } catch (error) {
    console.error(`Telegram refused the bot: ${error instanceof Error ? error.message : String(error)} (check BOT_TOKEN)`);
    await closeDeps(deps);
    process.exit(1);
  }
}
async function webhookServer(deps: BotDeps): Promise<void> {
  // Listening before the webhook is registered: Telegram posts the first update right after
  // setWebhook, and one that finds nothing listening waits for Telegram's retry. Until the bot is
  // ready an update is answered 503, which Telegram also retries.
  const started: { bot?: WebhookBot } = {};
  const server = createServer((req, res) => {
    const { bot } = started;
    if (!bot) res.writeHead(503, { 'retry-after': '1' }).end();
    else if (req.url === bot.path) void bot.handle(req, res);
    else res.writeHead(404).end();
  });
  const port = deps.config.webhook?.port;
  await new Promise<void>((resolve) => server.listen(port, resolve));
  deps.log.info(`webhook server listening on port ${port}`);
  const ready = await startWebhookBot(deps);
  started.bot = ready;
  const stop = (signal: string) => {
    deps.log.info(`${signal}: stopping`);
    server.close(() => void ready.stop().then(() => process.exit(0)));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

const deps = await openOrExit();
await (deps.config.mode === 'webhook' ? webhookServer(deps) : polling(deps));
