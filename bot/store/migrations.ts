/**
 * The store's schema for both engines, from one list: entry N is version N, with its SQL for
 * node:sqlite and for PostgreSQL side by side (same tables, columns and meaning; each engine's own
 * types). A new version is a new entry at the end of the list, never an edit of an old one.
 *
 * Versions are recorded per engine: `PRAGMA user_version` in the SQLite file (sqlite.ts), a
 * `schema_migrations` table in PostgreSQL (postgres.ts), where instances starting together
 * migrate once, under an advisory lock.
 *
 * On PostgreSQL times are `timestamptz` (SQLite keeps ISO instants in UTC as text, which sort as
 * text), Telegram ids `bigint`, flags `boolean`; `lead_reservations.seq` stands in for SQLite's
 * rowid (the order reservations were made in).
 */

/** One version of the schema, for each engine. */
export interface Migration {
  /** What it adds, in a few words (recorded with the version on PostgreSQL). */
  name: string;
  /** SQL for node:sqlite; empty when the version has nothing for it. */
  sqlite: string;
  /** SQL for PostgreSQL; empty when the version has nothing for it. */
  postgres: string;
}

/** Every version of the schema, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'users, counters, conversations',
    sqlite: `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     first_seen TEXT NOT NULL,
     last_seen TEXT NOT NULL,
     blocked INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
   CREATE TABLE conversations (user_id INTEGER PRIMARY KEY, state TEXT NOT NULL, updated_at TEXT NOT NULL);`,
    postgres: `CREATE TABLE users (
     id bigint PRIMARY KEY,
     first_seen timestamptz NOT NULL,
     last_seen timestamptz NOT NULL,
     blocked boolean NOT NULL DEFAULT false
   );
   CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
   CREATE TABLE conversations (user_id bigint PRIMARY KEY, state text NOT NULL, updated_at timestamptz NOT NULL);`,
  },
  // 2: the reminder ledger (bot/reminders/ledger.ts) and the kinds users turned off. Times are ISO
  // instants in UTC, so they sort as text.
  {
    name: 'reminder ledger',
    sqlite: `CREATE TABLE reminders (
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
    postgres: `CREATE TABLE reminders (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     user_id bigint NOT NULL,
     partner text NOT NULL,
     kind text NOT NULL,
     deadline text NOT NULL,
     offset_days integer NOT NULL,
     time_zone text NOT NULL,
     due_at timestamptz NOT NULL,
     expires_at timestamptz NOT NULL,
     next_at timestamptz NOT NULL,
     state text NOT NULL DEFAULT 'pending',
     attempts integer NOT NULL DEFAULT 0,
     claimed_by text,
     claimed_at timestamptz,
     sent_at timestamptz,
     message_id bigint,
     reason text,
     plan_run text,
     updated_at timestamptz NOT NULL,
     UNIQUE (user_id, partner, kind, deadline, offset_days)
   );
   CREATE INDEX reminders_by_state ON reminders (state, next_at);
   CREATE INDEX reminders_by_user ON reminders (user_id, state);
   CREATE TABLE reminder_mutes (
     user_id bigint NOT NULL,
     kind text NOT NULL,
     since timestamptz NOT NULL,
     PRIMARY KEY (user_id, kind)
   );`,
  },
  // 3: implementation requests (bot/store/leads.ts). The contact details sit in their own table so
  // erasing them is one DELETE and the rest stays for the rating and the statistics. A request's
  // private link is kept as a SHA-256 hash of its token, never the token. Submissions keep only a
  // keyed hash of the sender's address, for the rate limit, and only for its window.
  {
    name: 'implementation requests',
    sqlite: `CREATE TABLE lead_requests (
     id INTEGER PRIMARY KEY,
     reference TEXT NOT NULL UNIQUE,
     token_hash TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL,
     country TEXT NOT NULL,
     city TEXT NOT NULL,
     language TEXT NOT NULL,
     description TEXT NOT NULL,
     addressed_to TEXT,
     created_at TEXT NOT NULL,
     open_until TEXT NOT NULL,
     offered_at TEXT,
     offered_to INTEGER NOT NULL DEFAULT 0,
     closed_at TEXT,
     close_reason TEXT,
     chosen TEXT,
     erased_at TEXT
   );
   CREATE INDEX lead_requests_to_offer ON lead_requests (offered_at, closed_at);
   CREATE INDEX lead_requests_by_close ON lead_requests (closed_at);
   CREATE TABLE lead_contacts (
     request_id INTEGER PRIMARY KEY REFERENCES lead_requests (id),
     name TEXT NOT NULL,
     company TEXT NOT NULL,
     email TEXT NOT NULL,
     phone TEXT
   );
   CREATE TABLE lead_offers (
     request_id INTEGER NOT NULL REFERENCES lead_requests (id),
     partner TEXT NOT NULL,
     rank INTEGER NOT NULL,
     PRIMARY KEY (request_id, partner)
   );
   CREATE TABLE lead_reservations (
     request_id INTEGER NOT NULL REFERENCES lead_requests (id),
     partner TEXT NOT NULL,
     partner_name TEXT NOT NULL,
     user_id INTEGER NOT NULL,
     reserved_at TEXT NOT NULL,
     outcome TEXT,
     outcome_at TEXT,
     outcome_by INTEGER,
     PRIMARY KEY (request_id, partner)
   );
   CREATE INDEX lead_reservations_by_partner ON lead_reservations (partner, outcome);
   CREATE INDEX lead_reservations_by_outcome ON lead_reservations (outcome_at);
   CREATE TABLE lead_submissions (client_key TEXT NOT NULL, at TEXT NOT NULL);
   CREATE INDEX lead_submissions_by_key ON lead_submissions (client_key, at);
   CREATE INDEX lead_submissions_by_time ON lead_submissions (at);`,
    postgres: `CREATE TABLE lead_requests (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     reference text NOT NULL UNIQUE,
     token_hash text NOT NULL UNIQUE,
     kind text NOT NULL,
     country text NOT NULL,
     city text NOT NULL,
     language text NOT NULL,
     description text NOT NULL,
     addressed_to text,
     created_at timestamptz NOT NULL,
     open_until timestamptz NOT NULL,
     offered_at timestamptz,
     offered_to integer NOT NULL DEFAULT 0,
     closed_at timestamptz,
     close_reason text,
     chosen text,
     erased_at timestamptz
   );
   CREATE INDEX lead_requests_to_offer ON lead_requests (offered_at, closed_at);
   CREATE INDEX lead_requests_by_close ON lead_requests (closed_at);
   CREATE TABLE lead_contacts (
     request_id bigint PRIMARY KEY REFERENCES lead_requests (id),
     name text NOT NULL,
     company text NOT NULL,
     email text NOT NULL,
     phone text
   );
   CREATE TABLE lead_offers (
     request_id bigint NOT NULL REFERENCES lead_requests (id),
     partner text NOT NULL,
     rank integer NOT NULL,
     PRIMARY KEY (request_id, partner)
   );
   CREATE TABLE lead_reservations (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
     request_id bigint NOT NULL REFERENCES lead_requests (id),
     partner text NOT NULL,
     partner_name text NOT NULL,
     user_id bigint NOT NULL,
     reserved_at timestamptz NOT NULL,
     outcome text,
     outcome_at timestamptz,
     outcome_by bigint,
     PRIMARY KEY (request_id, partner)
   );
   CREATE INDEX lead_reservations_by_partner ON lead_reservations (partner, outcome);
   CREATE INDEX lead_reservations_by_outcome ON lead_reservations (outcome_at);
   CREATE TABLE lead_submissions (client_key text NOT NULL, at timestamptz NOT NULL);
   CREATE INDEX lead_submissions_by_key ON lead_submissions (client_key, at);
   CREATE INDEX lead_submissions_by_time ON lead_submissions (at);`,
  },
  // 4: several instances on one PostgreSQL (bot/store/cluster.ts): the instances and the content
  // version each serves, every content version any of them loaded, leases (the planner), the
  // shared pace toward Telegram, and the per-user rate limit. Nothing on SQLite: one process
  // keeps these in memory.
  {
    name: 'instances, content versions, leases, pace, rate limit',
    sqlite: '',
    postgres: `CREATE TABLE cluster_instances (
     id text PRIMARY KEY,
     host text NOT NULL,
     pid integer NOT NULL,
     started_at timestamptz NOT NULL,
     heartbeat_at timestamptz NOT NULL,
     content_digest text,
     content_version integer,
     content_seq bigint,
     stopped_at timestamptz
   );
   CREATE TABLE content_versions (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     digest text NOT NULL,
     loaded_at timestamptz NOT NULL,
     loaded_by text NOT NULL
   );
   CREATE TABLE leases (name text PRIMARY KEY, holder text NOT NULL, expires_at timestamptz NOT NULL);
   CREATE TABLE pace (name text PRIMARY KEY, next_at timestamptz NOT NULL, paused_until timestamptz NOT NULL);
   INSERT INTO pace (name, next_at, paused_until) VALUES ('telegram', now(), now());
   CREATE TABLE pace_chats (chat bigint PRIMARY KEY, next_at timestamptz NOT NULL);
   CREATE INDEX pace_chats_by_time ON pace_chats (next_at);
   CREATE TABLE rate_hits (key text PRIMARY KEY, hits integer NOT NULL, expires_at timestamptz NOT NULL);
   CREATE INDEX rate_hits_by_time ON rate_hits (expires_at);`,
  },
  // 5: the language each user reads (bot/i18n/words.ts), as the catalog folder's id (`de`,
  // `pt-BR`): set from Telegram's language_code at first contact, changed with /language; NULL
  // until one of the catalogs' languages is known for the user.
  {
    name: 'users language',
    sqlite: 'ALTER TABLE users ADD COLUMN language TEXT;',
    postgres: 'ALTER TABLE users ADD COLUMN language text;',
  },
];
