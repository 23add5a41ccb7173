/**
 * The bot's configuration, read from environment variables and checked at start-up. A missing or
 * malformed variable stops the bot with one line naming it and saying what to write.
 */
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, parseEnv } from '../content/index.ts';
import { isTimeZone } from './reminders/time-zones.ts';

const TOKEN = /^\d{5,}:[\w-]{30,}$/;

/** Environment variables the bot reads. */
const envSchema = z.object({
  /** The bot's token from @BotFather. */
  BOT_TOKEN: z.string({ error: 'is missing: create a bot with @BotFather and set BOT_TOKEN=123456789:AA…' })
    .trim()
    .regex(TOKEN, { error: 'does not look like a bot token from @BotFather (digits, a colon, then 30 or more letters, digits, _ or -)' }),
  /** Telegram user ids allowed to use /reload and /stats, comma-separated. */
  BOT_ADMIN_IDS: z.string().default('')
    .refine((s) => s.split(',').every((id) => /^\s*(\d{1,16})?\s*$/.test(id)), { error: 'must be Telegram user ids (digits) separated by commas, like 12345678,87654321' })
    .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean).map(Number)),
  /** Folder for the bot's store. */
  DATA_DIR: z.string().trim().min(1).default('./data').transform((dir) => path.resolve(dir)),
  /** A PostgreSQL database for the store instead of the SQLite file in DATA_DIR (several instances share it). */
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a PostgreSQL address, like postgres://partnerhub:secret@db.internal:5432/partnerhub' }).optional(),
  /** Public address of the site, for links to the docs and the partner directory. */
  SITE_URL: z.url({ protocol: /^https?$/, error: 'must be the site\'s address, like https://partners.example.com' })
    .default('http://localhost:4321')
    .transform((url) => url.replace(/\/+$/, '')),
  /** `polling` (npm run bot) or `webhook` (Telegram calls the site's server). */
  BOT_MODE: z.enum(['polling', 'webhook'], { error: 'must be polling or webhook' }).default('polling'),
  /** Secret Telegram sends with each webhook call; required in webhook mode. */
  WEBHOOK_SECRET: z.string().regex(/^[\w-]{16,256}$/, { error: 'must be 16 to 256 letters, digits, _ or - (Telegram\'s rule for secret tokens)' }).optional(),
  /** Public address Telegram posts updates to; default SITE_URL plus the webhook path. */
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'must be an https:// address (Telegram only calls https webhooks)' }).optional(),
  /** Port of the bot's own webhook server, when `npm run bot` runs in webhook mode. */
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(8080),
  /** A self-hosted Bot API server to talk to instead of Telegram's (https://github.com/tdlib/telegram-bot-api). */
  BOT_API_ROOT: z.url({ protocol: /^https?$/, error: 'must be the address of a Bot API server, like http://127.0.0.1:8081' }).optional(),
  /** Updates one user may send per minute before the bot asks them to slow down. */
  BOT_RATE_LIMIT: z.coerce.number({ error: 'must be a number of messages per minute' }).int().min(1).default(30),
}).superRefine((env, ctx) => {
  if (env.BOT_MODE === 'webhook' && !env.WEBHOOK_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when BOT_MODE=webhook: set it to a random string of 16 or more letters and digits' });
  }
});

/** The bot's configuration. */
export interface BotConfig {
  token: string;
  adminIds: readonly number[];
  /** Absolute path of the data folder, or `:memory:` for a store that is not kept. */
  dataDir: string;
  /** A PostgreSQL database for the store (DATABASE_URL); the SQLite file in `dataDir` when not set. */
  databaseUrl?: string;
  /** The site's base address, without a trailing slash. */
  siteUrl: string;
  mode: 'polling' | 'webhook';
  webhook?: { secret: string; url?: string; port: number };
  /** At most `limit` updates per user in `windowMs` milliseconds. */
  rateLimit: { limit: number; windowMs: number };
  /** Where the Bot API lives; Telegram's unless a test or the console points elsewhere. */
  apiRoot?: string;
  /** Deadline reminders; the defaults (`DEFAULT_REMINDERS`) when not given. */
  reminders?: ReminderConfig;
  /** Implementation requests; the defaults (`DEFAULT_LEADS`) when not given. */
  leads?: LeadConfig;
}

export { ConfigError };

/** Reads the configuration from `env`; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const e = parseEnv(envSchema, env);
  return {
    token: e.BOT_TOKEN,
    adminIds: e.BOT_ADMIN_IDS,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    siteUrl: e.SITE_URL,
    mode: e.BOT_MODE,
    webhook: e.WEBHOOK_SECRET ? { secret: e.WEBHOOK_SECRET, url: e.WEBHOOK_URL, port: e.PORT } : undefined,
    rateLimit: { limit: e.BOT_RATE_LIMIT, windowMs: 60_000 },
    apiRoot: e.BOT_API_ROOT?.replace(/\/+$/, ''),
  };
}

/** Environment variables of the deadline reminders (bot/reminders/). */
const reminderEnvSchema = z.object({
  /** `off` stops planning and sending reminders (the /reminders command still answers). */
  REMINDERS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** Local hour reminders are sent at, 0 to 23; a partner file can set its own. */
  REMINDER_HOUR: z.coerce.number({ error: 'must be an hour from 0 to 23, like 9' }).int().min(0).max(23, { error: 'must be an hour from 0 to 23, like 9' }).default(9),
  /** One time zone for every partner without its own, instead of the zone of the partner's country. */
  REMINDER_TIME_ZONE: z.string().trim().refine(isTimeZone, { error: 'must be an IANA time zone name, like Europe/Berlin' }).optional(),
  /** Messages per second over all chats; Telegram allows about 30. */
  REMINDER_RATE: z.coerce.number({ error: 'must be a number of messages per second, like 30' }).positive({ error: 'must be a number of messages per second, like 30' }).max(1000).default(30),
  /** Messages in flight at once: how many may be sent twice if the process is killed mid-send. */
  REMINDER_IN_FLIGHT: z.coerce.number({ error: 'must be a whole number from 1 to 30' }).int().min(1).max(30, { error: 'must be a whole number from 1 to 30' }).default(4),
  /** Tries before a reminder that keeps failing (5xx, network) ends as failed. */
  REMINDER_MAX_ATTEMPTS: z.coerce.number({ error: 'must be a whole number from 1 to 20' }).int().min(1).max(20, { error: 'must be a whole number from 1 to 20' }).default(5),
  /** Seconds after which a reminder claimed by a sender that stopped answering is taken over by another. */
  REMINDER_CLAIM_TIMEOUT: z.coerce.number({ error: 'must be a number of seconds, like 120' }).int().min(1, { error: 'must be a number of seconds, like 120' }).default(120),
});

/** The deadline reminders' configuration. */
export interface ReminderConfig {
  /** Plan and send reminders (REMINDERS=on). */
  enabled: boolean;
  /** Local hour of sending, unless the partner file sets its own. */
  hour: number;
  /** A time zone for every partner without its own; undefined: from the partner's country. */
  timeZone?: string;
  /** Messages per second over all chats. */
  perSecond: number;
  /** Least time between two messages to one chat (Telegram: about one a second). */
  perChatMs: number;
  /** Messages in flight at once. */
  inFlight: number;
  /** Tries before a reminder that keeps failing ends as failed. */
  maxAttempts: number;
  /** A claim not refreshed for this long is taken over. */
  claimTimeoutMs: number;
  /** First wait before retrying after a 5xx or network error; doubles with each try. */
  retryBaseMs: number;
}

/**
 * Reminders with every default: 09:00 local, 30 messages a second, four in flight. Four keep
 * Telegram's 30 a second busy over a 100 ms round trip (one in flight reaches about 9.7); they are
 * also the most a crash can send twice.
 */
export const DEFAULT_REMINDERS: ReminderConfig = {
  enabled: true, hour: 9, perSecond: 30, perChatMs: 1000, inFlight: 4, maxAttempts: 5, claimTimeoutMs: 120_000, retryBaseMs: 60_000,
};

/** Reads the reminders' configuration from `env`; throws a ConfigError naming every bad variable. */
export function loadReminderConfig(env: NodeJS.ProcessEnv = process.env): ReminderConfig {
  const e = parseEnv(reminderEnvSchema, env);
  return {
    ...DEFAULT_REMINDERS,
    enabled: e.REMINDERS === 'on',
    hour: e.REMINDER_HOUR,
    timeZone: e.REMINDER_TIME_ZONE,
    perSecond: e.REMINDER_RATE,
    inFlight: e.REMINDER_IN_FLIGHT,
    maxAttempts: e.REMINDER_MAX_ATTEMPTS,
    claimTimeoutMs: e.REMINDER_CLAIM_TIMEOUT * 1000,
  };
}

/** Environment variables of the store and the implementation requests, read by `npm start` with or without the bot. */
const storeEnvSchema = z.object({
  /** Folder for the bot's store, which also holds the implementation requests. */
  DATA_DIR: z.string().trim().min(1).default('./data').transform((dir) => path.resolve(dir)),
  /** A PostgreSQL database for the store instead of the SQLite file in DATA_DIR (several instances share it). */
  DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\/\S+$/, { error: 'must be a PostgreSQL address, like postgres://partnerhub:secret@db.internal:5432/partnerhub' }).optional(),
  /** Days after a request closes (withdrawn, chosen or expired) before its contact details are erased. */
  LEAD_ERASE_DAYS: z.coerce.number({ error: 'must be a whole number of days, like 30' }).int().min(0, { error: 'must be a whole number of days, like 30' })
    .max(3650, { error: 'must be a whole number of days up to 3650' }).default(30),
});

/** The implementation requests' configuration. */
export interface LeadConfig {
  /** Contact details are erased this many days after a request closes (LEAD_ERASE_DAYS). */
  eraseAfterDays: number;
}

/** Implementation requests with every default: contact details erased 30 days after closing. */
export const DEFAULT_LEADS: LeadConfig = { eraseAfterDays: 30 };

/** Where the store is. */
export interface StoreConfig {
  /** The SQLite store's folder (DATA_DIR), used when `databaseUrl` is not set. */
  dataDir: string;
  /** A PostgreSQL database (DATABASE_URL) shared by every instance. */
  databaseUrl?: string;
  leads: LeadConfig;
}

/** Where the store is and how long contact details are kept; throws a ConfigError naming every bad variable. */
export function loadStoreConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const e = parseEnv(storeEnvSchema, env);
  return { dataDir: e.DATA_DIR, databaseUrl: e.DATABASE_URL, leads: { eraseAfterDays: e.LEAD_ERASE_DAYS } };
}
