/**
 * Webhook mode: Telegram posts each update to a secret path of the site's server. The handler is
 * grammY's own `webhookCallback` for Node's http module (the secret-token check, reading the
 * update, answering within Telegram's time limit), behind a few checks of our own; any server can
 * mount it:
 *
 *   const bot = await startWebhookBot();           // config from the environment
 *   server.on('request', (req, res) => req.url === bot.path ? bot.handle(req, res) : site(req, res));
 *
 * Anything but POST is refused with 405; a body without a Content-Length (411) or larger than an
 * update can be (413) is refused unread; a request without Telegram's secret-token header, or with
 * a wrong one, gets 401; a body that is not JSON gets 400. An update is answered with 200 as soon
 * as it is handled, or after a few seconds if it takes longer (it carries on in the background).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webhookCallback } from 'grammy';
import type { Bot } from 'grammy';
import { closeDeps, openOrExit } from './app.ts';
import { createBot, setCommandMenus } from './bot.ts';
import type { BotConfig } from './config.ts';
import type { BotContext, BotDeps } from './context.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';

/** A Node request listener for Telegram's webhook calls. */
export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The largest update body accepted, in bytes (Telegram's updates are a few KB). */
export const MAX_BODY = 1_000_000;

/** The secret path Telegram posts to: derived from the token, so it cannot be guessed. */
export function webhookPath(config: Pick<BotConfig, 'token'>): string {
  return `/telegram/${createHash('sha256').update(config.token).digest('hex').slice(0, 32)}`;
}

/** Options for `createWebhookHandler`. */
export interface WebhookOptions {
  /** Answer Telegram after this long even if the update is still being handled (default 8 s). */
  answerWithinMs?: number;
  log?: Logger;
}

/** Ends `res` with `status` unless an answer was already sent; the connection closes, so an unread body is dropped. */
function refuse(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (!res.headersSent) res.writeHead(status, { connection: 'close', 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/**
 * A handler that hands Telegram's updates to `bot` through grammY's `webhookCallback`, which
 * checks `secret` against the `X-Telegram-Bot-Api-Secret-Token` header (401 when wrong) and
 * answers 200 once the update is handled or after `answerWithinMs`. Before it: 405 for anything
 * but POST, 411 without a Content-Length, 413 for more than `MAX_BODY` bytes; after it, 400 when
 * the body was not JSON (or not an object). A failing update never reaches here: `createBot`
 * catches everything.
 */
export function createWebhookHandler(bot: Bot<BotContext>, secret: string, options: WebhookOptions = {}): WebhookHandler {
  const { answerWithinMs = 8000, log = createLogger(bot.token) } = options;
  const callback = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: answerWithinMs });
  return async (req, res) => {
    if (req.method !== 'POST') return refuse(res, 405, 'only POST', { allow: 'POST' });
    const length = req.headers['content-length'];
    if (length === undefined) return refuse(res, 411, 'a Content-Length is required');
    if (!/^\d{1,9}$/.test(length) || Number(length) > MAX_BODY) return refuse(res, 413, 'an update is never this large');
    try {
      await callback(req, res);
    } catch (error) {
      // Not JSON, or JSON that is no object: the request is at fault.
      if (error instanceof SyntaxError || error instanceof TypeError) return refuse(res, 400, 'not a Telegram update');
      log.error('webhook call failed', error);
      refuse(res, 500, 'the bot could not take the update');
    }
  };
}

/** A bot running in webhook mode. */
export interface WebhookBot {
  /** The path to mount `handle` on. */
  path: string;
  /** PORT from the configuration, for a server of the bot's own. */
  port: number;
  handle: WebhookHandler;
  /** Stops watching content and closes the store (the webhook stays set for the next start). */
  stop(): Promise<void>;
}

/**
 * Starts the bot for webhook mode (BOT_MODE=webhook, WEBHOOK_SECRET, and SITE_URL or WEBHOOK_URL
 * the public https address) and registers the webhook with Telegram. Without `opened`
 * dependencies it reads the environment, exiting with one line per problem when it is wrong.
 */
export async function startWebhookBot(opened?: BotDeps): Promise<WebhookBot> {
  const deps = opened ?? await openOrExit();
  const { config } = deps;
  if (!config.webhook) throw new Error('WEBHOOK_SECRET is required in webhook mode');
  const bot = createBot(deps);
  await bot.init();
  const url = config.webhook.url ?? `${config.siteUrl}${webhookPath(config)}`;
  const path = new URL(url).pathname;
  await setCommandMenus(bot.api, deps.content.current().content);
  await bot.api.setWebhook(url, { secret_token: config.webhook.secret, drop_pending_updates: false });
  deps.log.info(`@${bot.botInfo.username} receives updates at ${new URL(url).origin}/telegram/…`);
  return { path, port: config.webhook.port, handle: createWebhookHandler(bot, config.webhook.secret, { log: deps.log }), stop: () => closeDeps(deps) };
}
