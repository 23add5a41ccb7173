/**
 * Webhook mode: Telegram posts each update to a secret path of the site's server. The handler is a
 * plain Node request listener, so any server can mount it:
 *
 *   const bot = await startWebhookBot();           // config from the environment
 *   server.on('request', (req, res) => req.url === bot.path ? bot.handle(req, res) : site(req, res));
 *
 * A request without Telegram's secret-token header (or with a wrong one) is refused with 401. The
 * update is answered with 200 as soon as it is handled, or after a few seconds if it takes longer
 * (it carries on in the background), well inside Telegram's time limit.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { closeDeps, openOrExit } from './app.ts';
import { commandMenu, createBot } from './bot.ts';
import type { BotConfig } from './config.ts';
import type { BotContext, BotDeps } from './context.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';

/** A Node request listener for Telegram's webhook calls. */
export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The largest update body accepted. */
const MAX_BODY = 1_000_000;

/** The secret path Telegram posts to: derived from the token, so it cannot be guessed. */
export function webhookPath(config: Pick<BotConfig, 'token'>): string {
  return `/telegram/${createHash('sha256').update(config.token).digest('hex').slice(0, 32)}`;
}

function sameSecret(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? header[0] ?? '' : header ?? '');
  const wanted = Buffer.from(secret);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function parseUpdate(body: string | undefined): Update | undefined {
  try {
    const value = JSON.parse(body ?? '') as { update_id?: unknown };
    return value && typeof value === 'object' && Number.isInteger(value.update_id) ? (value as Update) : undefined;
  } catch {
    return undefined;
  }
}

/** Options for `createWebhookHandler`. */
export interface WebhookOptions {
  /** Answer Telegram after this long even if the update is still being handled (default 8 s). */
  answerWithinMs?: number;
  log?: Logger;
}

/**
 * A handler that checks `secret` against the `X-Telegram-Bot-Api-Secret-Token` header and hands
 * the update to `bot`. Answers 405 for anything but POST, 401 for a wrong secret, 400 for a body
 * that is not an update, and 200 once handled or after `answerWithinMs`.
 */
export function createWebhookHandler(bot: Bot<BotContext>, secret: string, options: WebhookOptions = {}): WebhookHandler {
  const { answerWithinMs = 8000, log = createLogger(bot.token) } = options;
  let ready: Promise<void> | undefined;
  return async (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (!sameSecret(req.headers['x-telegram-bot-api-secret-token'], secret)) return void res.writeHead(401).end('secret token is wrong');
    const update = parseUpdate(await readBody(req));
    if (!update) return void res.writeHead(400).end('not a Telegram update');
    ready ??= bot.init();
    await ready;
    let timer: NodeJS.Timeout | undefined;
    const handled = bot.handleUpdate(update).catch((error: unknown) => {
      // Answered with 200 anyway: Telegram would only send the same failing update again.
      log.error(`update ${update.update_id} failed`, error);
    });
    await Promise.race([handled, new Promise((resolve) => (timer = setTimeout(resolve, answerWithinMs)))]);
    clearTimeout(timer);
    res.writeHead(200).end();
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
  await bot.api.setMyCommands(commandMenu());
  await bot.api.setWebhook(url, { secret_token: config.webhook.secret, drop_pending_updates: false });
  deps.log.info(`@${bot.botInfo.username} receives updates at ${new URL(url).origin}/telegram/…`);
  return { path, port: config.webhook.port, handle: createWebhookHandler(bot, config.webhook.secret, { log: deps.log }), stop: () => closeDeps(deps) };
}
