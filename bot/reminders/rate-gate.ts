/**
 * Pacing for Telegram's limits: about 30 messages a second over all chats and one a second per
 * chat. Messages are spaced evenly (never a burst of 30 at the top of a second, which a sliding
 * window counts twice), with a small margin, and a 429 pauses everything for its `retry_after`.
 *
 * Our own small gate rather than @grammyjs/transformer-throttler: the throttler refills a
 * reservoir of 30 every second (bursts), cannot be told about a 429 (grammY recommends auto-retry
 * next to it, which would hide the 429 from the ledger), and runs on Bottleneck's real timers. The
 * gate is 50 lines, is told about every 429, and its clock can be replaced.
 */

/** Real time for pacing: a monotonic clock and a way to wait. */
export interface Pacer {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The process's monotonic clock and timers. */
export const realPacer: Pacer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Room left under each limit, so jitter on the way to Telegram does not push two messages into one window. */
const MARGIN = 1.04;

/** Spaces messages: `perSecond` over all chats, `perChatMs` apart in one chat. */
export class RateGate {
  /** Least time between two messages over all chats, margin included. */
  readonly intervalMs: number;
  /** Least time between two messages to one chat, margin included. */
  readonly perChatMs: number;
  private readonly pacer: Pacer;
  private nextAt = 0;
  private pausedUntil = 0;
  private readonly chats = new Map<number, number>();

  constructor(perSecond: number, perChatMs: number, pacer: Pacer = realPacer) {
    this.intervalMs = (1000 / perSecond) * MARGIN;
    this.perChatMs = perChatMs * MARGIN;
    this.pacer = pacer;
  }

  /** Milliseconds until a message to `chat` may go out; 0 when it may go now. */
  waitFor(chat: number): number {
    const now = this.pacer.now();
    return Math.max(0, this.nextAt - now, this.pausedUntil - now, (this.chats.get(chat) ?? 0) - now);
  }

  /** Records a message to `chat` going out now. */
  take(chat: number): void {
    const now = this.pacer.now();
    this.nextAt = Math.max(now, this.nextAt) + this.intervalMs;
    if (this.perChatMs > 0) this.chats.set(chat, now + this.perChatMs);
    if (this.chats.size > 10_000) {
      for (const [id, until] of this.chats) if (until <= now) this.chats.delete(id);
    }
  }

  /** Holds messages to `chat` for `ms` (another instance sent it one just now). */
  holdChat(chat: number, ms: number): void {
    this.chats.set(chat, Math.max(this.chats.get(chat) ?? 0, this.pacer.now() + ms));
  }

  /** Holds every message for `ms` (Telegram answered 429 with `retry_after`). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.pacer.now() + ms);
  }
}
