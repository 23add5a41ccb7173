/**
 * `deliverBatch`: a batch of reminders, all due at once, delivered by the real ledger and sender
 * to the Bot API imitation behind Telegram's limits (limited-bot-api.ts). Reports the rate
 * achieved, the 429s, and what was lost or doubled. The rate test runs it small; the benchmark
 * (scripts/bench.ts) runs it with thousands.
 */
import { Api } from 'grammy';
import { addDays } from '../../content/index.ts';
import { systemClock } from '../clock.ts';
import { DEFAULT_REMINDERS } from '../config.ts';
import { html } from '../format/html.ts';
import type { Logger } from '../logger.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import type { PlannedReminderRow } from './ledger.ts';
import { startLimitedBotApi } from './limited-bot-api.ts';
import { createSender } from './sender.ts';

const TOKEN = '123456789:BENCH-token-for-the-bot-api-imitation-0';
/** Telegram user ids of the batch's recipients start here. */
const FIRST_USER = 900_000_000;

/** What to deliver, and under which limits. */
export interface BatchOptions {
  /** Reminders in the batch. */
  messages: number;
  /** Distinct recipients; default a third of `messages` (three reminders each). */
  chats?: number;
  /** The sender's pace over all chats; default REMINDER_RATE's default, 30 a second. */
  perSecond?: number;
  /** The sender's least time between two messages to one chat; default 1000 ms. */
  perChatMs?: number;
  /** Messages in flight at once; default REMINDER_IN_FLIGHT's default. */
  inFlight?: number;
  /** Added to every Bot API answer, like the round trip to Telegram; default none. */
  roundTripMs?: number;
  /** The limits the imitation enforces with 429s; default 30 a second and 1000 ms per chat. */
  limits?: { perSecond: number; perChatMs: number };
  /** Where the store lives; default in memory. */
  dataDir?: string;
  log?: Logger;
}

/** How the batch went. */
export interface BatchReport {
  messages: number;
  /** Distinct reminders that arrived. */
  delivered: number;
  /** Reminders that never arrived. */
  lost: number;
  /** Extra copies that arrived. */
  duplicates: number;
  /** 429 answers the imitation gave. */
  tooManyRequests: number;
  /** Rows the ledger does not show as sent at the end. */
  notRecorded: number;
  elapsedMs: number;
  /** Messages delivered per second, over the whole batch. */
  perSecond: number;
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Plans `messages` reminders due now for `chats` users, delivers them through the imitation, and
 * checks what arrived against the ledger.
 */
export async function deliverBatch(options: BatchOptions): Promise<BatchReport> {
  const chats = options.chats ?? Math.max(1, Math.ceil(options.messages / 3));
  const limits = options.limits ?? { perSecond: DEFAULT_REMINDERS.perSecond, perChatMs: DEFAULT_REMINDERS.perChatMs };
  const server = await startLimitedBotApi({ token: TOKEN, ...limits, roundTripMs: options.roundTripMs });
  const store = openSqliteStore(options.dataDir ?? ':memory:');
  try {
    const now = new Date();
    const rows: PlannedReminderRow[] = [];
    for (let i = 0; i < options.messages; i++) {
      rows.push({
        // A deadline of its own for each, so that none supersedes another.
        userId: FIRST_USER + (i % chats), partner: 'bench', kind: 'award-expiry', deadline: addDays('2090-01-01', i), offset: 1,
        dueAt: new Date(now.getTime() - 1000), expiresAt: new Date(now.getTime() + 86_400_000), timeZone: 'UTC',
      });
    }
    for (let c = 0; c < chats; c++) await store.seeUser(FIRST_USER + c, now);
    await store.reminders.syncPlan(rows, now, 'bench');
    const sender = createSender({
      ledger: store.reminders,
      api: new Api(TOKEN, { apiRoot: server.apiRoot, timeoutSeconds: 30 }),
      resolve: (row) => ({ send: { text: html`Reminder <b>#${row.id}</b>` } }),
      clock: systemClock,
      log: options.log ?? quiet,
      config: {
        ...DEFAULT_REMINDERS,
        perSecond: options.perSecond ?? DEFAULT_REMINDERS.perSecond,
        perChatMs: options.perChatMs ?? DEFAULT_REMINDERS.perChatMs,
        inFlight: options.inFlight ?? DEFAULT_REMINDERS.inFlight,
      },
    });
    const report = await sender.run();
    const arrived = new Map<string, number>();
    for (const m of server.upstream.state.messages.values()) arrived.set(m.text, (arrived.get(m.text) ?? 0) + 1);
    const copies = [...arrived.values()].reduce((a, b) => a + b, 0);
    const sent = (await store.reminders.rows()).filter((r) => r.state === 'sent').length;
    return {
      messages: options.messages,
      delivered: arrived.size,
      lost: options.messages - arrived.size,
      duplicates: copies - arrived.size,
      tooManyRequests: server.rejected.overall + server.rejected.perChat,
      notRecorded: options.messages - sent,
      elapsedMs: report.elapsedMs,
      perSecond: Math.round((arrived.size / Math.max(1, report.elapsedMs)) * 10_000) / 10,
    };
  } finally {
    await store.close();
    await server.close();
  }
}
