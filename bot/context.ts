/** The context every handler gets: grammY's, plus the bot's dependencies and this update's content. */
import type { Context } from 'grammy';
import type { Partner } from '../content/index.ts';
import type { Clock } from './clock.ts';
import type { BotConfig } from './config.ts';
import type { ContentSnapshot, ContentSource } from './content-source.ts';
import type { T } from './i18n/words.ts';
import type { Logger } from './logger.ts';
import type { Store } from './store/store.ts';

/** What `createBot` is built from. */
export interface BotDeps {
  config: BotConfig;
  content: ContentSource;
  store: Store;
  clock: Clock;
  log: Logger;
}

/** Added to grammY's context by the bot's first middleware. */
export interface BotFlavor {
  deps: BotDeps;
  /** The content as of this update (a reload mid-update does not change it). */
  snapshot: ContentSnapshot;
  /** The user's words, in their language (see bot/i18n/words.ts). */
  t: T;
}

/** The context type of every handler. */
export type BotContext = Context & BotFlavor;

/** True in a private chat with the bot. */
export function isPrivate(ctx: Context): boolean {
  return ctx.chat?.type === 'private';
}

/** True when the sender is one of the configured admins. */
export function isAdmin(ctx: BotContext): boolean {
  return ctx.from !== undefined && ctx.deps.config.adminIds.includes(ctx.from.id);
}

/**
 * The partner the sender's Telegram id is linked to, only in a private chat: in a group, or for a
 * sender whose id is in no partner file, there is none. The only way to a partner's private data.
 */
export function linkedPartner(ctx: BotContext): Partner | undefined {
  if (!isPrivate(ctx) || !ctx.from) return undefined;
  return ctx.snapshot.linked.get(String(ctx.from.id));
}

/** Counts one use of `feature` for /stats. */
export async function track(ctx: BotContext, feature: string): Promise<void> {
  await ctx.deps.store.count(feature);
}
