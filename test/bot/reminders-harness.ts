/**
 * What the reminder tests share: a copy of the shipped content they may edit (only the partners a
 * test names), a clock they move by hand, the reminder service wired to the Bot API imitation,
 * and a look at what each user received.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDeps, openDeps } from '../../bot/app.ts';
import type { Clock } from '../../bot/clock.ts';
import type { BotConfig, ReminderConfig } from '../../bot/config.ts';
import { DEFAULT_REMINDERS } from '../../bot/config.ts';
import type { BotDeps } from '../../bot/context.ts';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { createLogger } from '../../bot/logger.ts';
import type { ReminderService } from '../../bot/reminders/service.ts';
import { createReminderService } from '../../bot/reminders/service.ts';
import type { Pacer } from '../../bot/reminders/rate-gate.ts';
import { projectRoot } from '../helpers.ts';
import { ADMIN, SITE, TEST_TOKEN } from './harness.ts';

/** Reminders as fast as the imitation takes them, retries after 10 ms of (test) clock time. */
export const FAST: ReminderConfig = { ...DEFAULT_REMINDERS, perSecond: 1000, perChatMs: 0, retryBaseMs: 10_000, claimTimeoutMs: 60_000 };

/** A clock the test moves. */
export interface ManualClock extends Clock {
  set(iso: string | Date): void;
  advance(ms: number): void;
}

export function manualClock(iso: string): ManualClock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    set: (to) => void (at = new Date(to).getTime()),
    advance: (ms) => void (at += ms),
  };
}

/** Pacing on a virtual clock: waits pass at once, so 429 pauses cost no real time. */
export function virtualPacer(): Pacer & { elapsed(): number } {
  let t = 0;
  return { now: () => t, sleep: async (ms) => void (t += ms), elapsed: () => t };
}

/**
 * A copy of content/ with only the partners `slugs` (all when empty), in a temporary folder.
 * `edit` changes a partner file's text.
 */
export async function contentCopy(slugs: readonly string[] = []): Promise<{ dir: string; edit(slug: string, change: (text: string) => string): Promise<void>; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'reminders-content-'));
  const dir = path.join(root, 'content');
  await cp(path.join(projectRoot, 'content'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') && !src.includes(`${path.sep}src`) && !src.includes(`${path.sep}schema`) });
  if (slugs.length > 0) {
    for (const file of await readdir(path.join(dir, 'partners'))) {
      if (!slugs.includes(file.replace(/\.md$/, ''))) await rm(path.join(dir, 'partners', file));
    }
  }
  return {
    dir,
    async edit(slug, change) {
      const file = path.join(dir, 'partners', `${slug}.md`);
      await writeFile(file, change(await readFile(file, 'utf8')));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Adds Telegram ids to a partner file's text (replacing its list). */
export function withTelegram(text: string, ids: readonly string[]): string {
  const list = `  telegram: [${ids.map((id) => `"${id}"`).join(', ')}]`;
  return /^ {2}telegram: .*$/m.test(text) ? text.replace(/^ {2}telegram: .*$/m, list) : text.replace(/\n---\n/, `\n${list}\n---\n`);
}

/** A reminder service on an imitation of the Bot API. */
export interface ReminderRig {
  api: FakeBotApi;
  deps: BotDeps;
  clock: ManualClock;
  service: ReminderService;
  logs: string[];
  /** Reminder texts each user received (plain), in order. */
  received(userId?: number): { userId: number; text: string; messageId: number }[];
  close(): Promise<void>;
}

/** Options for `startRig`. */
export interface RigOptions {
  contentDir: string;
  /** Start time. */
  at: string;
  /** Store folder; default in memory. */
  dataDir?: string;
  reminders?: Partial<ReminderConfig>;
  /** An imitation to share (a restart talks to the same Telegram). */
  api?: FakeBotApi;
  pacer?: Pacer;
  worker?: string;
}

/** The bot's configuration for a rig. */
export function rigConfig(apiRoot: string, dataDir: string, reminders: Partial<ReminderConfig> = {}): BotConfig {
  return {
    token: TEST_TOKEN, adminIds: [ADMIN], dataDir, siteUrl: SITE, mode: 'polling', rateLimit: { limit: 1000, windowMs: 60_000 },
    apiRoot, reminders: { ...FAST, ...reminders },
  };
}

export async function startRig(options: RigOptions): Promise<ReminderRig> {
  const api = options.api ?? await startFakeBotApi({ token: TEST_TOKEN });
  const clock = manualClock(options.at);
  const logs: string[] = [];
  const deps = await openDeps(rigConfig(api.apiRoot, options.dataDir ?? ':memory:', options.reminders), {
    watch: false, contentDir: options.contentDir, clock, log: createLogger(TEST_TOKEN, (line) => logs.push(line)),
  });
  const service = createReminderService(deps, { pacer: options.pacer, worker: options.worker });
  return {
    api, deps, clock, service, logs,
    received(userId) {
      return api.calls
        .filter((c) => c.method === 'sendMessage' && !c.failedWith && c.result && (userId === undefined || c.params.chat_id === userId))
        .map((c) => ({ userId: Number(c.params.chat_id), text: parseTelegramHtml(String(c.params.text)).plain, messageId: (c.result as { message_id: number }).message_id }));
    },
    async close() {
      await service.stop();
      await closeDeps(deps);
      if (!options.api) await api.close();
    },
  };
}
