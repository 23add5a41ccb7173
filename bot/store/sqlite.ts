/** The default store: one node:sqlite file in the data folder (or in memory, for tests and the console). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openSqliteLedger } from '../reminders/sqlite-ledger.ts';
import { counterBuffer } from './counters.ts';
import { MIGRATIONS } from './migrations.ts';
import { openSqliteLeads } from './sqlite-leads.ts';
import type { Store, StoreStats } from './store.ts';

/** The store's file name inside the data folder. */
export const STORE_FILE = 'bot.sqlite';

/** Brings `db` up to the latest schema; returns the version it is at. */
export function migrate(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  let version = row.user_version;
  while (version < MIGRATIONS.length) {
    db.exec('BEGIN');
    try {
      const sql = MIGRATIONS[version]?.sqlite ?? '';
      if (sql) db.exec(sql);
      version++;
      db.exec(`PRAGMA user_version = ${version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return version;
}

/**
 * Opens the store in `dataDir` (created if missing), or in memory when `dataDir` is `:memory:`,
 * and runs any pending migrations.
 */
export function openSqliteStore(dataDir: string): Store {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, STORE_FILE);
  }
  const db = new DatabaseSync(file);
  // WAL with synchronous=NORMAL: a commit survives the process being killed (only a power cut can
  // lose the last ones), and no fsync per update (it held the bot to about 200 updates a second).
  // The busy timeout first: switching to WAL takes a lock, which another process opening the same
  // file at the same moment may hold ("database is locked" at once, without it).
  db.exec('PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
  // Deleted rows are overwritten with zeros, so erased contact details do not linger in free space.
  db.exec('PRAGMA secure_delete = ON;');
  migrate(db);
  const seeUser = db.prepare(`INSERT INTO users (id, first_seen, last_seen) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, blocked = 0`);
  const setBlocked = db.prepare('UPDATE users SET blocked = ? WHERE id = ?');
  const getLanguage = db.prepare('SELECT language FROM users WHERE id = ?');
  const setLanguage = db.prepare(`INSERT INTO users (id, first_seen, last_seen, language) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET language = excluded.language`);
  const addCount = db.prepare(`INSERT INTO counters (name, value) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET value = value + excluded.value`);
  const featureCounts = counterBuffer((counts) => {
    for (const [name, n] of counts) addCount.run(name, n);
  });
  let closing: Promise<void> | undefined;
  const getConversation = db.prepare('SELECT state FROM conversations WHERE user_id = ?');
  const setConversation = db.prepare(`INSERT INTO conversations (user_id, state, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
  const endConversation = db.prepare('DELETE FROM conversations WHERE user_id = ?');

  return {
    async seeUser(userId, at) {
      const iso = at.toISOString();
      seeUser.run(userId, iso, iso);
    },
    async setBlocked(userId, blocked) {
      setBlocked.run(blocked ? 1 : 0, userId);
    },
    async userLanguage(userId) {
      const row = getLanguage.get(userId) as { language: string | null } | undefined;
      return row?.language ?? undefined;
    },
    async setUserLanguage(userId, language, at) {
      const iso = at.toISOString();
      setLanguage.run(userId, iso, iso, language);
    },
    async count(name) {
      featureCounts.add(name);
    },
    async stats(activeSince): Promise<StoreStats> {
      await featureCounts.flush();
      const users = db.prepare(`SELECT COUNT(*) AS users, COALESCE(SUM(last_seen >= ?), 0) AS active,
        COALESCE(SUM(blocked), 0) AS blocked FROM users`).get(activeSince.toISOString()) as { users: number; active: number; blocked: number };
      const counters: Record<string, number> = {};
      for (const row of db.prepare('SELECT name, value FROM counters ORDER BY value DESC, name').all() as { name: string; value: number }[]) {
        counters[row.name] = row.value;
      }
      return { users: users.users, activeUsers: users.active, blockedUsers: users.blocked, counters };
    },
    async getConversation(userId) {
      const row = getConversation.get(userId) as { state: string } | undefined;
      if (!row) return undefined;
      try {
        return JSON.parse(row.state) as unknown;
      } catch {
        return undefined;
      }
    },
    async setConversation(userId, state, at) {
      if (state === undefined) endConversation.run(userId);
      else setConversation.run(userId, JSON.stringify(state), at.toISOString());
    },
    reminders: openSqliteLedger(db),
    leads: openSqliteLeads(db),
    close() {
      // Once, however often it is called: the counts are written before the file is closed.
      closing ??= featureCounts.close().finally(() => {
        if (db.isOpen) db.close();
      });
      return closing;
    },
  };
}
