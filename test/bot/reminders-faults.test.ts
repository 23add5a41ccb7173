/**
 * Telegram's errors while sending reminders, against the Bot API imitation: 403 (the user blocked
 * the bot), 500 (retried with a doubling wait, then failed with the reason), 429 (everything waits
 * retry_after) and network errors.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Api } from 'grammy';
import { afterAll, describe, expect, it } from 'vitest';
import { html } from '../../bot/format/html.ts';
import { createLogger } from '../../bot/logger.ts';
import { createSender } from '../../bot/reminders/sender.ts';
import type { ReminderRig } from './reminders-harness.ts';
import { contentCopy, FAST, startRig, virtualPacer } from './reminders-harness.ts';
import { LAKESHORE_USER, TEST_TOKEN } from './harness.ts';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const done of cleanup.reverse()) await done();
});

async function rig(options: Parameters<typeof startRig>[0]): Promise<ReminderRig> {
  const r = await startRig(options);
  cleanup.push(r.close);
  return r;
}

describe('Telegram errors', () => {
  /** Lakeshore's 30-day annual-review reminder, due at the start. */
  async function lakeshore(reminders = {}) {
    const copy = await contentCopy(['lakeshore-workflow']);
    cleanup.push(copy.remove);
    const pacer = virtualPacer();
    const r = await rig({ contentDir: copy.dir, at: '2026-11-20T15:00:00Z', reminders, pacer });
    await r.deps.store.seeUser(LAKESHORE_USER, new Date('2026-01-01T00:00:00Z'));
    await r.service.plan();
    const row = async () => (await r.deps.store.reminders.rows()).find((x) => x.kind === 'annual-review' && x.offset === 30);
    return { r, pacer, row };
  }

  it('403: the reminder ends unreachable, and nothing more goes to that user until they talk to the bot again', async () => {
    const { r, row } = await lakeshore();
    r.api.fail({ method: 'sendMessage', code: 403, chatId: LAKESHORE_USER });
    expect(await r.service.send()).toMatchObject({ claimed: 1, sent: 0, unreachable: 1 });
    expect(await row()).toMatchObject({ state: 'unreachable', reason: '403 Forbidden: bot was blocked by the user' });
    expect((await r.deps.store.stats(new Date(0))).blockedUsers).toBe(1);
    r.clock.set('2026-12-13T15:00:00Z');
    expect((await r.service.send()).claimed).toBe(0);
    expect((await r.deps.store.reminders.counts(r.clock.now())).waiting).toBe(1);
    await r.deps.store.seeUser(LAKESHORE_USER, r.clock.now()); // they write to the bot again
    expect(await r.service.send()).toMatchObject({ claimed: 1, sent: 1 });
    expect(r.received(LAKESHORE_USER).map((m) => m.text.split('\n')[0])).toEqual(['⏰ Annual status review · in 7 days']);
  });

  it('500: retried with a doubling wait, then sent', async () => {
    const { r, row } = await lakeshore();
    r.api.fail({ method: 'sendMessage', code: 500, times: 2 });
    expect(await r.service.send()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await row()).toMatchObject({ state: 'pending', attempts: 1, reason: '500 Internal Server Error', nextAt: new Date('2026-11-20T15:00:10Z') });
    expect((await r.service.send()).claimed).toBe(0); // not before its time
    r.clock.advance(10_000);
    expect(await r.service.send()).toMatchObject({ claimed: 1, retried: 1 });
    expect(await row()).toMatchObject({ attempts: 2, nextAt: new Date('2026-11-20T15:00:30Z') });
    r.clock.advance(20_000);
    expect(await r.service.send()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await row()).toMatchObject({ state: 'sent', attempts: 3, reason: null });
    expect(r.received(LAKESHORE_USER)).toHaveLength(1);
  });

  it('500 every time: failed after the last try, with the reason', async () => {
    const { r, row } = await lakeshore({ maxAttempts: 3 });
    r.api.fail({ method: 'sendMessage', code: 500, times: 10 });
    for (let i = 0; i < 3; i++) {
      await r.service.send();
      r.clock.advance(60_000);
    }
    expect(await row()).toMatchObject({ state: 'failed', attempts: 3, reason: '500 Internal Server Error (gave up after 3 tries)' });
    expect((await r.deps.store.reminders.counts(r.clock.now())).recentFailures).toMatchObject([{ userId: LAKESHORE_USER, kind: 'annual-review', reason: '500 Internal Server Error (gave up after 3 tries)' }]);
    expect(r.logs.some((line) => line.includes('failed for good'))).toBe(true);
  });

  it('429: everything waits retry_after, then the same message goes once', async () => {
    const { r, pacer } = await lakeshore();
    r.api.fail({ method: 'sendMessage', code: 429, retryAfter: 7, chatId: LAKESHORE_USER });
    expect(await r.service.send()).toMatchObject({ claimed: 1, sent: 1, tooManyRequests: 1, retried: 0 });
    expect(pacer.elapsed()).toBeGreaterThanOrEqual(7000);
    expect(r.received(LAKESHORE_USER)).toHaveLength(1);
  });

  it('a network error is retried like a 5xx', async () => {
    const copy = await contentCopy(['lakeshore-workflow']);
    cleanup.push(copy.remove);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const r = await rig({ contentDir: copy.dir, at: '2026-11-20T15:00:00Z' });
    await r.deps.store.seeUser(LAKESHORE_USER, new Date('2026-01-01T00:00:00Z'));
    await r.service.plan();
    const offline = createSender({
      ledger: r.deps.store.reminders, api: new Api(TEST_TOKEN, { apiRoot: `http://127.0.0.1:${port}` }), clock: r.clock,
      log: createLogger(TEST_TOKEN, () => undefined), config: FAST, resolve: () => ({ send: { text: html`hello` } }),
    });
    expect(await offline.run()).toMatchObject({ claimed: 1, retried: 1 });
    const row = (await r.deps.store.reminders.rows()).find((x) => x.offset === 30 && x.kind === 'annual-review');
    expect(row?.reason).toMatch(/^network error: /);
    expect(row?.state).toBe('pending');
  });
});
