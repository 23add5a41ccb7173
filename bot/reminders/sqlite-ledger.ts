/**
 * The reminder ledger on node:sqlite, in the bot's store file. A claim is one
 * `UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING *` statement: SQLite runs it under its write
 * lock, so two processes sharing the file can never claim the same row.
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type {
  LedgerCounts, MutedKinds, PlannedReminderRow, PlanResult, PrepareResult, ReminderKind, ReminderLedger, ReminderRow, ReminderState,
} from './ledger.ts';

/** A row as SQLite returns it. */
interface Raw {
  id: number;
  user_id: number;
  partner: string;
  kind: string;
  deadline: string;
  offset_days: number;
  time_zone: string;
  due_at: string;
  expires_at: string;
  next_at: string;
  state: string;
  attempts: number;
  claimed_by: string | null;
  claimed_at: string | null;
  sent_at: string | null;
  message_id: number | null;
  reason: string | null;
}

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

function toRow(r: Raw): ReminderRow {
  return {
    id: r.id, userId: r.user_id, partner: r.partner, kind: r.kind as ReminderKind, deadline: r.deadline, offset: r.offset_days,
    timeZone: r.time_zone, dueAt: new Date(r.due_at), expiresAt: new Date(r.expires_at), nextAt: new Date(r.next_at),
    state: r.state as ReminderState, attempts: r.attempts, claimedBy: r.claimed_by, claimedAt: date(r.claimed_at),
    sentAt: date(r.sent_at), messageId: r.message_id, reason: r.reason,
  };
}

const byTime = (a: ReminderRow, b: ReminderRow) => a.nextAt.getTime() - b.nextAt.getTime() || a.id - b.id;

/** A user the bot can write to: they opened a chat with it (so they are in `users`) and have not blocked it. */
const REACHABLE = 'EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id AND u.blocked = 0)';

/** The ledger on `db`, which the store has migrated. */
export function openSqliteLedger(db: DatabaseSync): ReminderLedger {
  const transaction = <T>(work: () => T): T => {
    // IMMEDIATE takes the write lock first, so another process cannot slip in between the reads and writes.
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  const find = db.prepare(`SELECT id, state, time_zone, due_at, expires_at, next_at, attempts FROM reminders
    WHERE user_id = ? AND partner = ? AND kind = ? AND deadline = ? AND offset_days = ?`);
  const insert = db.prepare(`INSERT INTO reminders (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, next_at, plan_run, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const replan = db.prepare(`UPDATE reminders SET state = 'pending', time_zone = ?, due_at = ?, expires_at = ?, next_at = ?, reason = NULL,
    plan_run = ?, updated_at = ? WHERE id = ?`);
  const touch = db.prepare('UPDATE reminders SET plan_run = ? WHERE id = ?');
  const expire = db.prepare(`UPDATE reminders SET state = 'expired', reason = 'the deadline passed before it could be sent', updated_at = :now
    WHERE (state = 'pending' OR (state = 'sending' AND claimed_at <= :stale)) AND expires_at <= :now`);
  // New-request notices are not the planner's: it never cancels them.
  const cancelRest = db.prepare(`UPDATE reminders SET state = 'cancelled', reason = :reason, updated_at = :now
    WHERE state = 'pending' AND plan_run IS NOT :run AND kind <> 'lead-offer'`);
  const enqueue = db.prepare(`INSERT INTO reminders (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, next_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  const supersede = db.prepare(`UPDATE reminders SET state = 'skipped', reason = 'a later reminder for the same deadline was due too', updated_at = :now
    WHERE state = 'pending' AND next_at <= :now AND EXISTS (
      SELECT 1 FROM reminders later WHERE later.user_id = reminders.user_id AND later.partner = reminders.partner
        AND later.kind = reminders.kind AND later.deadline = reminders.deadline AND later.offset_days < reminders.offset_days
        AND later.due_at <= :now AND later.state IN ('pending', 'sending', 'sent'))`);
  const mute = db.prepare(`UPDATE reminders SET state = 'skipped', reason = 'turned off by the user', updated_at = :now
    WHERE state = 'pending' AND next_at <= :now AND EXISTS (
      SELECT 1 FROM reminder_mutes m WHERE m.user_id = reminders.user_id AND m.kind IN (reminders.kind, '*')) AND reminders.kind <> 'lead-offer'`);
  const claim = db.prepare(`UPDATE reminders SET state = 'sending', claimed_by = :worker, claimed_at = :now, attempts = attempts + 1, updated_at = :now
    WHERE id IN (
      SELECT r.id FROM reminders r
      WHERE r.expires_at > :now AND ${REACHABLE}
        AND ((r.state = 'pending' AND r.next_at <= :now) OR (r.state = 'sending' AND r.claimed_at <= :stale))
        AND (:user IS NULL OR r.user_id = :user) AND (:kinds IS NULL OR r.kind IN (SELECT value FROM json_each(:kinds)))
      ORDER BY r.next_at, r.id LIMIT :limit)
    RETURNING *`);
  const heartbeat = db.prepare(`UPDATE reminders SET claimed_at = ? WHERE state = 'sending' AND claimed_by = ?`);
  const sent = db.prepare(`UPDATE reminders SET state = 'sent', sent_at = ?, message_id = ?, reason = NULL, updated_at = ?
    WHERE id = ? AND claimed_by = ? AND state = 'sending'`);
  const retry = db.prepare(`UPDATE reminders SET state = 'pending', next_at = ?, reason = ?, claimed_by = NULL, claimed_at = NULL, updated_at = ?
    WHERE id = ? AND claimed_by = ? AND state = 'sending'`);
  const done = db.prepare(`UPDATE reminders SET state = ?, reason = ?, updated_at = ? WHERE id = ? AND claimed_by = ? AND state = 'sending'`);
  const release = db.prepare(`UPDATE reminders SET state = 'pending', claimed_by = NULL, claimed_at = NULL, attempts = MAX(attempts - 1, 0)
    WHERE id = ? AND claimed_by = ? AND state = 'sending'`);
  const pendingFor = db.prepare(`SELECT * FROM reminders WHERE user_id = ? AND state = 'pending' AND expires_at > ? ORDER BY due_at, kind`);
  const allRows = db.prepare('SELECT * FROM reminders ORDER BY id');
  const byState = db.prepare('SELECT state, COUNT(*) AS n FROM reminders GROUP BY state');
  const pendingSplit = db.prepare(`SELECT COALESCE(SUM(r.next_at <= :now AND ${REACHABLE}), 0) AS due,
    COALESCE(SUM(r.next_at <= :now AND NOT ${REACHABLE}), 0) AS waiting, COALESCE(SUM(r.next_at > :now), 0) AS upcoming
    FROM reminders r WHERE r.state = 'pending' AND r.expires_at > :now`);
  const failures = db.prepare(`SELECT user_id, kind, updated_at, reason FROM reminders WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT 5`);
  const mutes = db.prepare('SELECT kind FROM reminder_mutes WHERE user_id = ?');
  const addMute = db.prepare('INSERT INTO reminder_mutes (user_id, kind, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const dropMute = db.prepare('DELETE FROM reminder_mutes WHERE user_id = ? AND kind = ?');
  const dropMutes = db.prepare('DELETE FROM reminder_mutes WHERE user_id = ?');

  return {
    async syncPlan(rows: readonly PlannedReminderRow[], now: Date, reason: string): Promise<PlanResult> {
      const at = now.toISOString();
      const run = randomUUID();
      return transaction(() => {
        const result: PlanResult = { added: 0, updated: 0, cancelled: 0 };
        expire.run({ now: at, stale: '' });
        for (const row of rows) {
          const due = row.dueAt.toISOString();
          const expires = row.expiresAt.toISOString();
          const old = find.get(row.userId, row.partner, row.kind, row.deadline, row.offset) as
            { id: number; state: string; time_zone: string; due_at: string; expires_at: string; next_at: string; attempts: number } | undefined;
          if (!old) {
            insert.run(row.userId, row.partner, row.kind, row.deadline, row.offset, row.timeZone, due, expires, due, run, at);
            result.added++;
          } else if (old.state === 'cancelled' || (old.state === 'pending' && (old.due_at !== due || old.expires_at !== expires || old.time_zone !== row.timeZone))) {
            // A row waiting for a retry keeps waiting; otherwise it is due at its (new) time.
            const next = old.state === 'pending' && old.attempts > 0 && old.next_at > due ? old.next_at : due;
            replan.run(row.timeZone, due, expires, next, run, at, old.id);
            result.updated++;
          } else {
            touch.run(run, old.id);
          }
        }
        result.cancelled = Number(cancelRest.run({ reason, now: at, run }).changes);
        return result;
      });
    },

    async prepareDue(now, staleBefore) {
      const at = now.toISOString();
      return transaction((): PrepareResult => ({
        expired: Number(expire.run({ now: at, stale: staleBefore.toISOString() }).changes),
        superseded: Number(supersede.run({ now: at }).changes),
        muted: Number(mute.run({ now: at }).changes),
      }));
    },

    async enqueue(rows, now) {
      const at = now.toISOString();
      return transaction(() => {
        let added = 0;
        for (const row of rows) {
          const due = row.dueAt.toISOString();
          added += Number(enqueue.run(row.userId, row.partner, row.kind, row.deadline, row.offset, row.timeZone, due, row.expiresAt.toISOString(), due, at).changes);
        }
        return added;
      });
    },

    async claimDue(worker, now, staleBefore, limit, only) {
      const raw = claim.all({
        worker, now: now.toISOString(), stale: staleBefore.toISOString(), limit,
        user: only?.userId ?? null, kinds: only?.kinds ? JSON.stringify(only.kinds) : null,
      }) as unknown as Raw[];
      return raw.map(toRow).sort(byTime);
    },

    async heartbeat(worker, now) {
      heartbeat.run(now.toISOString(), worker);
    },

    async markSent(id, worker, at, messageId) {
      const iso = at.toISOString();
      return Number(sent.run(iso, messageId, iso, id, worker).changes) > 0;
    },

    async markRetry(id, worker, nextAt, reason, at) {
      return Number(retry.run(nextAt.toISOString(), reason, at.toISOString(), id, worker).changes) > 0;
    },

    async markDone(id, worker, state, reason, at) {
      return Number(done.run(state, reason, at.toISOString(), id, worker).changes) > 0;
    },

    async release(id, worker) {
      release.run(id, worker);
    },

    async pendingFor(userId, from) {
      return (pendingFor.all(userId, from.toISOString()) as unknown as Raw[]).map(toRow);
    },

    async rows(ids) {
      const all = (allRows.all() as unknown as Raw[]).map(toRow);
      if (!ids) return all;
      const wanted = new Set(ids);
      return all.filter((row) => wanted.has(row.id));
    },

    async counts(now): Promise<LedgerCounts> {
      const states = Object.fromEntries((byState.all() as { state: string; n: number }[]).map((r) => [r.state, r.n])) as Partial<Record<ReminderState, number>>;
      const split = pendingSplit.get({ now: now.toISOString() }) as { due: number; waiting: number; upcoming: number };
      return {
        due: split.due, waiting: split.waiting, upcoming: split.upcoming,
        sending: states.sending ?? 0, sent: states.sent ?? 0, failed: states.failed ?? 0, unreachable: states.unreachable ?? 0,
        expired: states.expired ?? 0, cancelled: states.cancelled ?? 0, skipped: states.skipped ?? 0,
        recentFailures: (failures.all() as { user_id: number; kind: string; updated_at: string; reason: string | null }[])
          .map((r) => ({ userId: r.user_id, kind: r.kind as ReminderKind, at: new Date(r.updated_at), reason: r.reason ?? '' })),
      };
    },

    async mutedKinds(userId): Promise<MutedKinds> {
      return new Set((mutes.all(userId) as { kind: string }[]).map((r) => r.kind as ReminderKind | '*'));
    },

    async setMuted(userId, kind, muted, kinds, at) {
      const since = at.toISOString();
      transaction(() => {
        const current = new Set((mutes.all(userId) as { kind: string }[]).map((r) => r.kind));
        if (kind === '*') {
          dropMutes.run(userId);
          if (muted) addMute.run(userId, '*', since);
        } else if (muted) {
          addMute.run(userId, kind, since);
        } else if (current.has('*')) {
          // "All off" but this one back on: the others stay off, one by one.
          dropMutes.run(userId);
          for (const other of kinds) if (other !== kind) addMute.run(userId, other, since);
        } else {
          dropMute.run(userId, kind);
        }
      });
    },
  };
}
