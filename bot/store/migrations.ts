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
  // 3: implementation requests (bot/store/leads.ts). The contact details sit in their own table so
  // erasing them is one DELETE and the rest stays for the rating and the statistics. A request's
  // private link is kept as a SHA-256 hash of its token, never the token. Submissions keep only a
  // keyed hash of the sender's address, for the rate limit, and only for its window.
  `CREATE TABLE lead_requests (
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
  // users-language: the language each user reads (bot/i18n/words.ts), as the catalog folder's id
  // (`de`, `pt-BR`): set from Telegram's language_code at first contact, changed with /language;
  // NULL until one of the catalogs' languages is known for the user.
  `ALTER TABLE users ADD COLUMN language TEXT;`,
];
