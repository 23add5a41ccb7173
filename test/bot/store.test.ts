/** The node:sqlite store: migrations, state that survives a restart, usage figures. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../bot/store/migrations.ts';
import { migrate, openSqliteStore, STORE_FILE } from '../../bot/store/sqlite.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bot-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the sqlite store', () => {
  it('creates its folder and file, and keeps conversations across a restart', async () => {
    const folder = path.join(dir, 'nested', 'data');
    const first = openSqliteStore(folder);
    await first.setConversation(1, { kind: 'check', step: 2 }, new Date('2026-11-24T12:00:00Z'));
    await first.close();
    const second = openSqliteStore(folder);
    expect(await second.getConversation(1)).toEqual({ kind: 'check', step: 2 });
    await second.setConversation(1, undefined, new Date('2026-11-24T12:01:00Z'));
    expect(await second.getConversation(1)).toBeUndefined();
    await second.close();
  });

  it('runs each migration once', () => {
    const db = new DatabaseSync(path.join(dir, STORE_FILE));
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('counts users, active users, blocked users and features', async () => {
    const store = openSqliteStore(':memory:');
    await store.seeUser(1, new Date('2026-11-01T00:00:00Z'));
    await store.seeUser(2, new Date('2026-11-20T00:00:00Z'));
    await store.seeUser(2, new Date('2026-11-23T00:00:00Z'));
    await store.setBlocked(1, true);
    await store.count('status');
    await store.count('status');
    await store.count('check');
    expect(await store.stats(new Date('2026-11-17T00:00:00Z'))).toEqual({ users: 2, activeUsers: 1, blockedUsers: 1, counters: { status: 2, check: 1 } });
    await store.seeUser(1, new Date('2026-11-24T00:00:00Z'));
    expect((await store.stats(new Date(0))).blockedUsers).toBe(0);
    await store.close();
  });

  it('stores the times it is given, never its own clock (conversations, retries, turned-off kinds)', async () => {
    const folder = path.join(dir, 'times');
    const store = openSqliteStore(folder);
    // A day far from the machine's clock: a time read from the clock instead could not match it.
    const at = new Date('2031-02-03T04:05:06.000Z');
    await store.setConversation(7, { kind: 'check' }, at);
    await store.reminders.setMuted(7, 'annual-review', true, ['annual-review'], at);
    await store.reminders.syncPlan([{
      userId: 7, partner: 'p', kind: 'annual-review', deadline: '2031-03-01', offset: 7, timeZone: 'UTC',
      dueAt: new Date('2031-02-01T09:00:00Z'), expiresAt: new Date('2031-03-02T00:00:00Z'),
    }], new Date('2031-02-01T00:00:00Z'), 'test');
    await store.seeUser(7, at);
    const [row] = await store.reminders.claimDue('w', new Date('2031-02-03T00:00:00Z'), new Date(0), 1);
    expect(await store.reminders.markRetry(row?.id ?? 0, 'w', new Date('2031-02-03T05:00:00Z'), '502', at)).toBe(true);
    await store.close();
    const db = new DatabaseSync(path.join(folder, STORE_FILE));
    expect(db.prepare('SELECT updated_at FROM conversations WHERE user_id = 7').get()).toEqual({ updated_at: at.toISOString() });
    expect(db.prepare('SELECT since FROM reminder_mutes WHERE user_id = 7').get()).toEqual({ since: at.toISOString() });
    expect(db.prepare('SELECT updated_at, next_at FROM reminders WHERE user_id = 7').get()).toEqual({ updated_at: at.toISOString(), next_at: '2031-02-03T05:00:00.000Z' });
    db.close();
  });
});
