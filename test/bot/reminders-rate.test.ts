/**
 * Telegram's flood limits: batches through an imitation of the Bot API that enforces 30 messages
 * a second overall and one a second per chat, answering 429 above that (bot/reminders/bench.ts,
 * which the benchmark runs with thousands).
 */
import { describe, expect, it } from 'vitest';
import { deliverBatch } from '../../bot/reminders/bench.ts';

// Each batch has an imitation of its own, so the two run side by side.
describe.concurrent("Telegram's flood limits", { timeout: 30_000 }, () => {
  it('120 reminders to 40 chats arrive at close to 30 a second, without 429s, none lost or doubled', async () => {
    const report = await deliverBatch({ messages: 120, chats: 40 });
    expect(report).toMatchObject({ messages: 120, delivered: 120, lost: 0, duplicates: 0, notRecorded: 0 });
    expect(report.tooManyRequests).toBeLessThanOrEqual(1);
    expect(report.perSecond).toBeGreaterThan(20);
    expect(report.perSecond).toBeLessThanOrEqual(30);
  });

  it('a sender set too fast gets 429s, honours retry_after, and still delivers every reminder', async () => {
    const report = await deliverBatch({ messages: 60, chats: 60, perSecond: 90 });
    expect(report.tooManyRequests).toBeGreaterThan(0);
    expect(report).toMatchObject({ delivered: 60, lost: 0, duplicates: 0, notRecorded: 0 });
  });
});
