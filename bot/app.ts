/** Start-up shared by `npm run bot`, webhook mode and the console: configuration to running dependencies. */
import { ContentError, contentDir } from '../content/index.ts';
import type { LiveContentSource } from '../content/index.ts';
import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import type { BotConfig } from './config.ts';
import { ConfigError, DEFAULT_LEADS, loadConfig, loadReminderConfig, loadStoreConfig } from './config.ts';
import { botContent, openContentSource } from './content-source.ts';
import type { BotDeps } from './context.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import { startLeadHousekeeping } from './leads/housekeeping.ts';
import { startReminders, stopReminders } from './reminders/service.ts';
import { followContent } from './store/cluster-content.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/store.ts';

/** Options for `openDeps`. */
export interface OpenDepsOptions {
  /** Reload when files in the content folder change. */
  watch: boolean;
  /** The content folder; default CONTENT_DIR or the project's content/. */
  contentDir?: string;
  clock?: Clock;
  log?: Logger;
  /** Content already loaded and kept current by the process (the site's, under `npm start`). */
  live?: LiveContentSource;
  /**
   * A store the process opened already (under `npm start`, the one the site takes requests into):
   * the bot uses it and leaves closing it to its opener.
   */
  store?: Store;
}

/** Stores the bot opened itself, which `closeDeps` closes (stopping their housekeeping, if started). */
const ownStores = new WeakMap<Store, { stop(): void } | undefined>();

/** Opens the store (unless given one) and loads the content; throws a ContentError when the content has problems. */
export async function openDeps(config: BotConfig, options: OpenDepsOptions): Promise<BotDeps> {
  const clock = options.clock ?? systemClock;
  const content = options.live ? botContent(options.live) : await openContentSource({ dir: options.contentDir, clock, watch: options.watch });
  let store = options.store;
  if (!store) ownStores.set((store = await openStore(config)), undefined);
  return { config, content, store, clock, log: options.log ?? createLogger(config.token) };
}

/** Stops the reminders (if started), stops watching the content and closes the store if it opened it. */
export async function closeDeps(deps: BotDeps): Promise<void> {
  await stopReminders(deps);
  deps.content.close();
  if (ownStores.has(deps.store)) {
    ownStores.get(deps.store)?.stop();
    await deps.store.close();
  }
}

/** Reads the bot's and the reminders' configuration, naming every bad variable of both at once. */
export function loadFullConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const lines: string[] = [];
  const attempt = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      lines.push(...error.lines);
      return undefined;
    }
  };
  const config = attempt(() => loadConfig(env));
  const reminders = attempt(() => loadReminderConfig(env));
  const store = attempt(() => loadStoreConfig(env));
  if (!config || !reminders || !store) throw new ConfigError(lines);
  return { ...config, reminders, leads: store.leads, databaseUrl: store.databaseUrl };
}

/**
 * Reads the configuration and opens the dependencies, or prints why not (one line per problem,
 * no stack trace) and exits with code 1. Starts the deadline reminders and the lead notices (with
 * REMINDERS=off, the lead notices only), and, for a store it opened itself, the requests'
 * housekeeping: this is how the bot starts for real, in polling and in webhook mode.
 */
export async function openOrExit(env: NodeJS.ProcessEnv = process.env, live?: LiveContentSource, store?: Store): Promise<BotDeps> {
  try {
    const config = loadFullConfig(env);
    const deps = await openDeps(config, { watch: true, live, store });
    // A store opened here is ours to keep tidy: closing requests and erasing contact details in time.
    if (!store) ownStores.set(deps.store, startLeadHousekeeping(deps.store, config.leads ?? DEFAULT_LEADS, deps.clock, deps.log));
    // The bot on its own (npm run bot) on a shared PostgreSQL: it joins the instances with its own content.
    if (!store && !live && deps.store.cluster) {
      await deps.store.cluster.join();
      followContent(deps.store.cluster, deps.content, contentDir(), deps.log);
    }
    startReminders(deps);
    return deps;
  } catch (error) {
    if (error instanceof ConfigError) for (const line of error.lines) console.error(`Configuration error: ${line}`);
    else if (error instanceof ContentError) console.error(`The bot cannot start: ${error.message}`);
    else console.error(`The bot cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
