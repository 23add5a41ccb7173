/**
 * The store on PostgreSQL (DATABASE_URL=postgres://…), for several instances sharing one
 * database: the same interface as the node:sqlite store (sqlite.ts), with the reminder ledger
 * (postgres-ledger.ts), the implementation requests (postgres-leads.ts) and what the instances
 * coordinate through (cluster.ts) on the same pool.
 */
import { openPostgresLedger } from '../reminders/postgres-ledger.ts';
import { openCluster } from './cluster.ts';
import { counterBuffer } from './counters.ts';
import type { PgOptions } from './pg.ts';
import { createPool, migratePostgres } from './pg.ts';
import { openPostgresLeads } from './postgres-leads.ts';
import type { Store, StoreStats } from './store.ts';

/** Connects, runs any pending migrations, and returns the store. */
export async function openPostgresStore(options: PgOptions): Promise<Store> {
  const pool = createPool(options);
  try {
    await migratePostgres(pool, options.schema);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const cluster = openCluster(pool, options);
  let closed = false;
  const featureCounts = counterBuffer(async (counts) => {
    await pool.query(`INSERT INTO counters (name, value) SELECT * FROM unnest($1::text[], $2::bigint[])
      ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`, [[...counts.keys()], [...counts.values()]]);
  });
  return {
    async seeUser(userId, at) {
      await pool.query(`INSERT INTO users (id, first_seen, last_seen) VALUES ($1, $2, $2)
        ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, blocked = false`, [userId, at]);
    },
    async setBlocked(userId, blocked) {
      await pool.query('UPDATE users SET blocked = $1 WHERE id = $2', [blocked, userId]);
    },
    async userLanguage(userId) {
      const { rows: [row] } = await pool.query<{ language: string | null }>('SELECT language FROM users WHERE id = $1', [userId]);
      return row?.language ?? undefined;
    },
    async setUserLanguage(userId, language, at) {
      await pool.query(`INSERT INTO users (id, first_seen, last_seen, language) VALUES ($1, $2, $2, $3)
        ON CONFLICT (id) DO UPDATE SET language = excluded.language`, [userId, at, language]);
    },
    async count(name) {
      featureCounts.add(name);
    },
    async stats(activeSince): Promise<StoreStats> {
      await featureCounts.flush();
      const { rows: [users] } = await pool.query<{ users: number; active: number; blocked: number }>(`SELECT count(*) AS users,
        count(*) FILTER (WHERE last_seen >= $1) AS active, count(*) FILTER (WHERE blocked) AS blocked FROM users`, [activeSince]);
      const counters: Record<string, number> = {};
      // COLLATE "C": the order SQLite gives text, whatever the database's locale.
      for (const row of (await pool.query<{ name: string; value: number }>('SELECT name, value FROM counters ORDER BY value DESC, name COLLATE "C"')).rows) {
        counters[row.name] = row.value;
      }
      return { users: users?.users ?? 0, activeUsers: users?.active ?? 0, blockedUsers: users?.blocked ?? 0, counters };
    },
    async getConversation(userId) {
      const { rows: [row] } = await pool.query<{ state: string }>('SELECT state FROM conversations WHERE user_id = $1', [userId]);
      if (!row) return undefined;
      try {
        return JSON.parse(row.state) as unknown;
      } catch {
        return undefined;
      }
    },
    async setConversation(userId, state, at) {
      if (state === undefined) await pool.query('DELETE FROM conversations WHERE user_id = $1', [userId]);
      else {
        await pool.query(`INSERT INTO conversations (user_id, state, updated_at) VALUES ($1, $2, $3)
          ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`, [userId, JSON.stringify(state), at]);
      }
    },
    reminders: openPostgresLedger(pool, cluster),
    leads: openPostgresLeads(pool),
    cluster,
    async close() {
      if (closed) return;
      closed = true;
      await featureCounts.close().catch(() => undefined);
      await cluster.close();
      await pool.end();
    },
  };
}
