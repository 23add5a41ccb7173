/**
 * The store's schema, one migration per version. `PRAGMA user_version` records how many have run;
 * a new version is a new entry at the end of the list, never an edit of an old one.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL,
     blocked INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
   CREATE TABLE conversations (user_id INTEGER PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL);`,
  // 2: the reminder ledger (bot/reminders/ledger.ts) and the kinds users turned off. Times are ISO
  // instants in UTC, so they sort as text.
  `CREATE TABLE reminders (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL,
     partner TEXT NOT NULL,
     kind TEXT NOT NULL,
     deadline TEXT NOT NULL,
     offset_days INTEGER NOT NULL,
     time_zone TEXT NOT NULL,
     due_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     next_at TEXT NOT NULL,
     state TEXT NOT NULL DEFAULT 'pending',
     attempts INTEGER NOT NULL DEFAULT 0,
     claimed_by TEXT,
     claimed_at TEXT,
     sent_at TEXT,
     message_id INTEGER,
     reason TEXT,
     plan_run TEXT,
     updated_at TEXT NOT NULL,
     UNIQUE (user_id, partner, kind, deadline, offset_days)
   );
   CREATE INDEX reminders_by_state ON reminders (state, next_at);
   CREATE INDEX reminders_by_user ON reminders (user_id, state);
   CREATE TABLE reminder_mutes (
     user_id INTEGER NOT NULL,
     kind TEXT NOT NULL,
     since TEXT NOT NULL,
     PRIMARY KEY (user_id, kind)
   );`,
];
