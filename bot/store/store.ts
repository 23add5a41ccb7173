/**
 * What the bot keeps between updates and across restarts, behind a small interface. The default is
 * an embedded node:sqlite file (sqlite.ts); when several instances run, the PostgreSQL one
 * (postgres.ts, DATABASE_URL) replaces it without touching the features. Every method is async for that reason.
 */

import type { ReminderLedger } from '../reminders/ledger.ts';
import type { Cluster } from './cluster.ts';
import type { LeadStore } from './leads.ts';

/** Usage figures for /stats. */
export interface StoreStats {
  /** Users who ever sent the bot anything. */
  users: number;
  /** Users seen since the day asked for. */
  activeUsers: number;
  /** Users who blocked the bot (Telegram told us, or a reply failed with 403). */
  blockedUsers: number;
  /** Updates handled, by feature. */
  counters: Record<string, number>;
}

/** The bot's persistent state. */
export interface Store {
  /** Records that `userId` sent an update at `at` (and unblocked the bot, if it had blocked it). */
  seeUser(userId: number, at: Date): Promise<void>;
  /** Records that `userId` blocked (or unblocked) the bot. */
  setBlocked(userId: number, blocked: boolean): Promise<void>;
  /** The language `userId` reads (a catalog folder's id: `de`, `pt-BR`), or undefined while none is known. */
  userLanguage(userId: number): Promise<string | undefined>;
  /** Stores the language `userId` reads (from their Telegram at first contact, or chosen with /language), as of `at`. */
  setUserLanguage(userId: number, language: string, at: Date): Promise<void>;
  /** Adds one to the counter `name` (a feature's name); written within a second (counters.ts), and before `stats` reads. */
  count(name: string): Promise<void>;
  /** Usage figures; `activeSince` sets who counts as active. */
  stats(activeSince: Date): Promise<StoreStats>;
  /** The conversation a user is in the middle of (like /check), as stored; undefined when none. */
  getConversation(userId: number): Promise<unknown>;
  /** Saves (or, with undefined, ends) a user's conversation, as of `at`. */
  setConversation(userId: number, state: unknown, at: Date): Promise<void>;
  /** The deadline reminders: what is planned, claimed, sent; and the kinds users turned off. */
  readonly reminders: ReminderLedger;
  /** Implementation requests: the requests, their offers, reservations and outcomes (also the site's request desk). */
  readonly leads: LeadStore;
  /**
   * How instances sharing this store coordinate (PostgreSQL: the planner's lease, the shared pace,
   * per-user limits and order, content versions); none for node:sqlite, where one process does all.
   */
  readonly cluster?: Cluster;
  /** Closes the store. */
  close(): Promise<void>;
}
