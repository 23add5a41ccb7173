/**
 * The reminder ledger: the truth about every reminder, kept in the store so nothing depends on the
 * scheduler's memory. One row per (user, partner, deadline kind, deadline day, offset). The planner
 * writes rows idempotently; senders claim due rows atomically, send, and record the outcome.
 *
 * The default implementation is node:sqlite (sqlite-ledger.ts). Every method is one statement or
 * one transaction and async, so an implementation on a shared database (Postgres with
 * `FOR UPDATE SKIP LOCKED` in the claim) can replace it when several bot instances run.
 */
import type { DeadlineKind } from '../../content/index.ts';

/**
 * Notices about implementation requests, sent through the same ledger and sender as the deadline
 * reminders (one pace toward Telegram for both): `lead-offer` tells a partner's team about a new
 * request (written by the lead dispatcher, never cancelled by the planner); `lead-outcome` asks
 * the member who reserved one how it went (planned like a deadline reminder, and turned off like one).
 */
export const LEAD_NOTICE_KINDS = ['lead-offer', 'lead-outcome'] as const;
/** One kind of lead notice. */
export type LeadNoticeKind = (typeof LEAD_NOTICE_KINDS)[number];
/** What a ledger row is about: a deadline, or an implementation request. */
export type ReminderKind = DeadlineKind | LeadNoticeKind;

/** True for a lead notice kind. */
export function isLeadNotice(kind: string): kind is LeadNoticeKind {
  return (LEAD_NOTICE_KINDS as readonly string[]).includes(kind);
}

/**
 * Where a reminder is in its life:
 * - `pending`: planned, waiting for its time (or for a retry after `nextAt`);
 * - `sending`: claimed by a sender (`claimedBy`), being sent;
 * - `sent`: Telegram accepted it (`messageId`);
 * - `failed`: Telegram kept failing or refused the message; `reason` says why;
 * - `unreachable`: Telegram answered 403 (the user blocked the bot);
 * - `expired`: its deadline passed before it could be sent (after downtime);
 * - `cancelled`: content changed and it no longer applies (met, dropped, user unlinked);
 * - `skipped`: not sent on purpose: the user turned the kind off, or a later reminder for the
 *   same deadline fell due at the same time (after downtime only the latest is sent).
 */
export type ReminderState = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'expired' | 'cancelled' | 'skipped';

/** What identifies a reminder: the planner writes at most one row per key. */
export interface ReminderKey {
  userId: number;
  /** The partner's slug. */
  partner: string;
  kind: ReminderKind;
  /** The deadline's day (YYYY-MM-DD); for a lead notice, the request's reference. */
  deadline: string;
  /** Days before the deadline (0 for a lead notice). */
  offset: number;
}

/** A reminder as the planner computes it. */
export interface PlannedReminderRow extends ReminderKey {
  /** When to send it: the local hour on the send day, as an instant. */
  dueAt: Date;
  /** When the deadline has passed (the start of the next local day): not sent after that. */
  expiresAt: Date;
  /** The time zone the hour is in. */
  timeZone: string;
}

/** A reminder as the ledger keeps it. */
export interface ReminderRow extends PlannedReminderRow {
  id: number;
  state: ReminderState;
  /** When a sender may take it: `dueAt`, or later after a failed attempt. */
  nextAt: Date;
  /** Times a sender claimed it. */
  attempts: number;
  claimedBy: string | null;
  claimedAt: Date | null;
  sentAt: Date | null;
  /** Telegram's id of the message sent. */
  messageId: number | null;
  /** Why it failed, was skipped or cancelled; the last error while it is retried. */
  reason: string | null;
}

/** What one planning pass changed. */
export interface PlanResult {
  /** Rows written for the first time. */
  added: number;
  /** Pending rows whose time changed (a new hour or time zone), or cancelled rows that apply again. */
  updated: number;
  /** Pending rows that no longer apply. */
  cancelled: number;
  /**
   * Nothing was written: the plan came from content older than the newest version an instance
   * recorded (only with a `PlanGuard`, on a shared database).
   */
  stale?: true;
}

/** What a plan must come from, on a store several instances share. */
export interface PlanGuard {
  /** The digest of the content the rows were planned from: written only if it is the newest recorded version. */
  contentDigest: string;
}

/** What the housekeeping before a claim did. */
export interface PrepareResult {
  expired: number;
  /** Skipped because a later reminder for the same deadline is due too. */
  superseded: number;
  /** Skipped because the user turned the kind off. */
  muted: number;
}

/** Counts for admins, by state; `due` and `waiting` are pending rows split by time. */
export interface LedgerCounts {
  /** Pending and due now, for a user the bot can reach. */
  due: number;
  /** Pending and due now, for a user who has not opened the bot or blocked it. */
  waiting: number;
  /** Pending, due later. */
  upcoming: number;
  sending: number;
  sent: number;
  failed: number;
  unreachable: number;
  expired: number;
  cancelled: number;
  skipped: number;
  /** The latest failures: when, to whom, and why. */
  recentFailures: { userId: number; kind: ReminderKind; at: Date; reason: string }[];
}

/** All kinds a user turned off, or `'*'` for all of them (new-request notices are never turned off). */
export type MutedKinds = ReadonlySet<ReminderKind | '*'>;

/** Which rows a sender may claim: only one user's (the console), only some kinds. */
export interface ClaimFilter {
  userId?: number;
  kinds?: readonly ReminderKind[];
}

/** The ledger. Times are passed in, never read from a clock, so tests can travel in time. */
export interface ReminderLedger {
  /**
   * Writes the plan in one transaction: rows not there yet are added; pending rows get the new time;
   * cancelled rows that apply again become pending; every pending row not in `rows` is cancelled
   * with `reason`. Rows already sent, failed, expired or being sent are never touched, and neither
   * are `lead-offer` rows, which the planner does not plan (`enqueue` writes them). With a `guard`
   * (a store shared by several instances), nothing is written unless the rows come from the newest
   * content version (`stale` says so); node:sqlite ignores it.
   */
  syncPlan(rows: readonly PlannedReminderRow[], now: Date, reason: string, guard?: PlanGuard): Promise<PlanResult>;
  /** Adds rows that are not there yet (by key), in the order given, and returns how many were added. */
  enqueue(rows: readonly PlannedReminderRow[], now: Date): Promise<number>;
  /**
   * Housekeeping before a claim: pending rows past `expiresAt` (and rows a stopped sender left in
   * `sending` before `staleBefore`) become expired; due rows with a due later reminder for the same
   * deadline, or of a kind their user turned off, become skipped.
   */
  prepareDue(now: Date, staleBefore: Date): Promise<PrepareResult>;
  /**
   * Atomically claims up to `limit` rows for `worker`: pending rows due by `now`, and rows left in
   * `sending` by a sender that stopped heart-beating before `staleBefore`. Only rows for users the
   * bot can reach (they opened a chat with it and have not blocked it) are claimed; the rest wait.
   * Returns them soonest first, with `attempts` already counted.
   */
  claimDue(worker: string, now: Date, staleBefore: Date, limit: number, only?: ClaimFilter): Promise<ReminderRow[]>;
  /** Tells the others that `worker` is alive: refreshes the claim time of its rows. */
  heartbeat(worker: string, now: Date): Promise<void>;
  /** Records a message Telegram accepted. False when the row was no longer `worker`'s. */
  markSent(id: number, worker: string, at: Date, messageId: number): Promise<boolean>;
  /** Puts a claimed row back to pending until `nextAt`, with the error that made it wait, at `at`. */
  markRetry(id: number, worker: string, nextAt: Date, reason: string, at: Date): Promise<boolean>;
  /** Ends a claimed row that will not be sent: failed, unreachable, cancelled or skipped. */
  markDone(id: number, worker: string, state: 'failed' | 'unreachable' | 'cancelled' | 'skipped', reason: string, at: Date): Promise<boolean>;
  /** Hands a claimed row back untouched (shutting down, or the bot's token was refused). */
  release(id: number, worker: string): Promise<void>;
  /** A user's pending reminders from `from` on, soonest first. */
  pendingFor(userId: number, from: Date): Promise<ReminderRow[]>;
  /** Every row with `ids`, or every row when none are given (tests and the benchmark). */
  rows(ids?: readonly number[]): Promise<ReminderRow[]>;
  counts(now: Date): Promise<LedgerCounts>;
  /** The kinds `userId` turned off. */
  mutedKinds(userId: number): Promise<MutedKinds>;
  /** Turns `kind` (or every kind, `'*'`) off or back on for `userId` at `at`; `kinds` lists them all. */
  setMuted(userId: number, kind: ReminderKind | '*', muted: boolean, kinds: readonly ReminderKind[], at: Date): Promise<void>;
}
