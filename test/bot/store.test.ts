/** The store on both engines: migrations, state that survives a restart, usage figures. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../bot/store/migrations.ts';
import { createPool, migratePostgres } from '../../bot/store/pg.ts';
import { migrate, openSqliteStore, STORE_FILE } from '../../bot/store/sqlite.ts';
import { engines, testPostgres } from './engines.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bot-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const ENGINES = engines();

describe.each(ENGINES)('the $name store', (engine) => {
  it('keeps conversations across a restart', async () => {
    const folder = path.join(dir, engine.name, 'nested', 'data');
    const first = await engine.open(folder);
    await first.setConversation(1, { kind: 'check', step: 2 }, new Date('2026-11-24T12:00:00Z'));
    await first.close();
    const second = await engine.open(folder);
    expect(await second.getConversation(1)).toEqual({ kind: 'check', step: 2 });
    await second.setConversation(1, undefined, new Date('2026-11-24T12:01:00Z'));
    expect(await second.getConversation(1)).toBeUndefined();
    await second.close();
  });

  it('counts users, active users, blocked users and features', async () => {
    const store = await engine.open();
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

  it('writes feature counts within a second, and on close, so a restart keeps them', async () => {
    const folder = path.join(dir, engine.name, 'counters');
    const first = await engine.open(folder);
    const reader = await engine.open(folder);
    await first.count('status');
    await first.count('status');
    // Another process (or instance) sees the counts once the first writes them, without asking it.
    const deadline = Date.now() + 3000;
    while ((await reader.stats(new Date(0))).counters.status !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await reader.stats(new Date(0))).counters).toEqual({ status: 2 });
    await first.count('check');
    await first.close();
    await reader.close();
    const second = await engine.open(folder);
    await second.count('status');
    expect((await second.stats(new Date(0))).counters).toEqual({ status: 3, check: 1 });
    await second.close();
  });

  it("keeps each user's language across a restart, and changes it", async () => {
    const folder = path.join(dir, engine.name, 'languages');
    const first = await engine.open(folder);
    await first.seeUser(7, new Date('2026-11-01T00:00:00Z'));
    expect(await first.userLanguage(7)).toBeUndefined();
    await first.setUserLanguage(7, 'pt-BR', new Date('2026-11-01T00:00:01Z'));
    // A user not seen yet (a /language tap can come first) is recorded with it.
    await first.setUserLanguage(8, 'de', new Date('2026-11-01T00:00:02Z'));
    await first.close();
    const second = await engine.open(folder);
    expect([await second.userLanguage(7), await second.userLanguage(8), await second.userLanguage(9)]).toEqual(['pt-BR', 'de', undefined]);
    await second.setUserLanguage(7, 'en', new Date('2026-11-02T00:00:00Z'));
    await second.seeUser(7, new Date('2026-11-03T00:00:00Z'));
    expect(await second.userLanguage(7)).toBe('en');
    expect((await second.stats(new Date('2026-10-01T00:00:00Z'))).users).toBe(2);
    await second.close();
  });

  it('keeps Telegram ids beyond 32 bits', async () => {
    const store = await engine.open();
    const id = 7_123_456_789;
    await store.setConversation(id, { kind: 'check' }, new Date('2026-11-24T12:00:00Z'));
    expect(await store.getConversation(id)).toEqual({ kind: 'check' });
    expect(await store.getConversation(id % 2 ** 32)).toBeUndefined();
    await store.close();
  });

  it('stores the times it is given, never its own clock (conversations, retries, turned-off kinds)', async () => {
    const folder = path.join(dir, engine.name, 'times');
    const store = await engine.open(folder);
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
    const read = await rowsOf(engine.name, folder, [
      'SELECT updated_at FROM conversations WHERE user_id = 7', 'SELECT since FROM reminder_mutes WHERE user_id = 7', 'SELECT updated_at, next_at FROM reminders WHERE user_id = 7',
    ]);
    expect(read).toEqual([{ updated_at: at.toISOString() }, { since: at.toISOString() }, { updated_at: at.toISOString(), next_at: '2031-02-03T05:00:00.000Z' }]);
  });
});

/** Rows as the engine keeps them, straight from its file or database, times as ISO text. */
async function rowsOf(engine: 'sqlite' | 'postgres', folder: string, queries: string[]): Promise<unknown[]> {
  if (engine === 'sqlite') {
    const db = new DatabaseSync(path.join(folder, STORE_FILE));
    const rows = queries.map((q) => db.prepare(q).get());
    db.close();
    return rows;
  }
  const target = await ENGINES[1]?.url?.(folder);
  const client = new pg.Client({ connectionString: target?.url, options: `-c search_path=${target?.schema}` });
  await client.connect();
  const rows = [];
  for (const q of queries) {
    const [row] = (await client.query<Record<string, unknown>>(q)).rows;
    rows.push(Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
  }
  await client.end();
  return rows;
}

describe('migrations', () => {
  it('create the sqlite folder and file, and run once', () => {
    const folder = path.join(dir, 'migrations', 'data');
    openSqliteStore(folder).close();
    const db = new DatabaseSync(path.join(folder, STORE_FILE));
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('run once on PostgreSQL when several instances start together', async () => {
    const { url } = await testPostgres();
    const pools = Array.from({ length: 4 }, () => createPool({ url, schema: 't_migrate_together' }));
    expect(await Promise.all(pools.map((p) => migratePostgres(p, 't_migrate_together')))).toEqual([4, 4, 4, 4].map(() => MIGRATIONS.length));
    const { rows } = await pools[0]?.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version') ?? { rows: [] };
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    await Promise.all(pools.map((p) => p.end()));
  });
});
