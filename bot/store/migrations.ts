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
];
