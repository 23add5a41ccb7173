/**
 * The reminder ledger on PostgreSQL, for several instances sharing one database. A claim is one
 * statement whose inner SELECT takes the due rows `FOR UPDATE SKIP LOCKED`: two senders claiming
 * at once each get rows the other did not lock, never the same one, and never wait on each
 * other. The plan is written set by set (the rows go up as arrays), in one transaction that first
 * checks, under a shared advisory lock, that it is planned from the newest content version any
 * instance recorded (cluster.ts): an instance behind the newest never rewrites the plan.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Cluster } from '../store/cluster.ts';
import type { Queryable } from '../store/pg.ts';
import { transaction } from '../store/pg.ts';
import type {
  LedgerCounts, MutedKinds, PlannedReminderRow, PlanResult, PrepareResult, ReminderKind, ReminderLedger, ReminderRow, ReminderState,
} from './ledger.ts';

/** A row as PostgreSQL returns it. */
interface Raw {
  id: number;
  user_id: number;
  partner: string;
  kind: string;
  deadline: string;
  offset_days: number;
  time_zone: string;
  due_at: Date;
  expires_at: Date;
  next_at: Date;
  state: string;
  attempts: number;
  claimed_by: string | null;
  claimed_at: Date | null;
  sent_at: Date | null;
  message_id: number | null;
  reason: string | null;
}

const COLUMNS = 'id, user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, next_at, state, attempts, claimed_by, claimed_at, sent_at, message_id, reason';

function toRow(r: Raw): ReminderRow {
  return {
    id: r.id, userId: r.user_id, partner: r.partner, kind: r.kind as ReminderKind, deadline: r.deadline, offset: r.offset_days,
    timeZone: r.time_zone, dueAt: r.due_at, expiresAt: r.expires_at, nextAt: r.next_at,
    state: r.state as ReminderState, attempts: r.attempts, claimedBy: r.claimed_by, claimedAt: r.claimed_at,
    sentAt: r.sent_at, messageId: r.message_id, reason: r.reason,
  };
}

const byTime = (a: ReminderRow, b: ReminderRow) => a.nextAt.getTime() - b.nextAt.getTime() || a.id - b.id;

/** A user the bot can write to: they opened a chat with it (so they are in `users`) and have not blocked it. */
const REACHABLE = 'EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id AND NOT u.blocked)';

/** The lock of whoever rewrites many rows at once: the planner, or the housekeeping before a claim. */
const HOUSEKEEPING = "hashtextextended(current_schema() || ':reminders-housekeeping', 0)";

const EXPIRE = `UPDATE reminders SET state = 'expired', reason = 'the deadline passed before it could be sent', updated_at = $1
  WHERE (state = 'pending' OR (state = 'sending' AND claimed_at <= $2)) AND expires_at <= $1`;

/** The planned rows as arrays, one per column, for `unnest`. */
function columns(rows: readonly PlannedReminderRow[]): unknown[] {
  return [
    rows.map((r) => r.userId), rows.map((r) => r.partner), rows.map((r) => r.kind), rows.map((r) => r.deadline), rows.map((r) => r.offset),
    rows.map((r) => r.timeZone), rows.map((r) => r.dueAt), rows.map((r) => r.expiresAt),
  ];
}
const UNNEST = `unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], $7::timestamptz[], $8::timestamptz[])
  AS p (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at)`;
const SAME_KEY = 'r.user_id = p.user_id AND r.partner = p.partner AND r.kind = p.kind AND r.deadline = p.deadline AND r.offset_days = p.offset_days';

/** The ledger on `pool`, which the store has migrated; `cluster` says which content version is the newest. */
export function openPostgresLedger(pool: pg.Pool, cluster?: Pick<Cluster, 'lockNewestShared'>): ReminderLedger {
  const rowsOf = async (db: Queryable, sql: string, values: unknown[]) => (await db.query<Raw>(sql, values)).rows.map(toRow);
  const changed = (result: pg.QueryResult) => result.rowCount ?? 0;

  return {
    async syncPlan(rows, now, reason, guard) {
      const run = randomUUID();
      return transaction(pool, async (db): Promise<PlanResult> => {
        if (guard && cluster && !(await cluster.lockNewestShared(db, guard.contentDigest))) {
          return { added: 0, updated: 0, cancelled: 0, stale: true };
        }
        await db.query(`SELECT pg_advisory_xact_lock(${HOUSEKEEPING})`);
        await db.query(EXPIRE, [now, new Date(0)]);
        await db.query(`CREATE TEMPORARY TABLE plan_rows (user_id bigint, partner text, kind text, deadline text, offset_days integer,
          time_zone text, due_at timestamptz, expires_at timestamptz) ON COMMIT DROP`);
        await db.query(`INSERT INTO plan_rows SELECT * FROM ${UNNEST}`, columns(rows));
        await db.query('CREATE INDEX ON plan_rows (user_id, partner, kind, deadline, offset_days)');
        await db.query('ANALYZE plan_rows');
        // A row waiting for a retry keeps waiting; otherwise it is due at its (new) time.
        const updated = changed(await db.query(`UPDATE reminders r SET state = 'pending', time_zone = p.time_zone, due_at = p.due_at, expires_at = p.expires_at,
            next_at = CASE WHEN r.state = 'pending' AND r.attempts > 0 AND r.next_at > p.due_at THEN r.next_at ELSE p.due_at END,
            reason = NULL, plan_run = $1, updated_at = $2
          FROM plan_rows p WHERE ${SAME_KEY}
            AND (r.state = 'cancelled' OR (r.state = 'pending' AND (r.due_at <> p.due_at OR r.expires_at <> p.expires_at OR r.time_zone <> p.time_zone)))`, [run, now]));
        const added = changed(await db.query(`INSERT INTO reminders (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, next_at, plan_run, updated_at)
          SELECT user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, due_at, $1, $2 FROM plan_rows ON CONFLICT DO NOTHING`, [run, now]));
        // New-request notices are not the planner's: it never cancels them. Rows are matched against
        // the plan rather than marked as planned: only the rows that change are locked, so senders
        // go on claiming the others while the plan is written.
        const cancelled = changed(await db.query(`UPDATE reminders r SET state = 'cancelled', reason = $1, updated_at = $2
          WHERE r.state = 'pending' AND r.kind <> 'lead-offer' AND NOT EXISTS (SELECT 1 FROM plan_rows p WHERE ${SAME_KEY})`, [reason, now]));
        return { added, updated, cancelled };
      });
    },

    async prepareDue(now, staleBefore) {
      return transaction(pool, async (db): Promise<PrepareResult> => {
        // One instance at a time rewrites many rows (two doing it at once could deadlock); the others go on to their claim.
        const { rows: [lock] } = await db.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${HOUSEKEEPING}) AS ok`);
        if (!lock?.ok) return { expired: 0, superseded: 0, muted: 0 };
        return {
        expired: changed(await db.query(EXPIRE, [now, staleBefore])),
        superseded: changed(await db.query(`UPDATE reminders r SET state = 'skipped', reason = 'a later reminder for the same deadline was due too', updated_at = $1
          WHERE r.state = 'pending' AND r.next_at <= $1 AND EXISTS (
            SELECT 1 FROM reminders later WHERE later.user_id = r.user_id AND later.partner = r.partner
              AND later.kind = r.kind AND later.deadline = r.deadline AND later.offset_days < r.offset_days
              AND later.due_at <= $1 AND later.state IN ('pending', 'sending', 'sent'))`, [now])),
        muted: changed(await db.query(`UPDATE reminders r SET state = 'skipped', reason = 'turned off by the user', updated_at = $1
          WHERE r.state = 'pending' AND r.next_at <= $1 AND r.kind <> 'lead-offer' AND EXISTS (
            SELECT 1 FROM reminder_mutes m WHERE m.user_id = r.user_id AND m.kind IN (r.kind, '*'))`, [now])),
        };
      });
    },

    async enqueue(rows, now) {
      if (rows.length === 0) return 0;
      // WITH ORDINALITY keeps the order given, so ids (and the send order) follow it.
      const result = await pool.query(`INSERT INTO reminders (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, next_at, updated_at)
        SELECT user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, due_at, $9
        FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], $7::timestamptz[], $8::timestamptz[]) WITH ORDINALITY
          AS p (user_id, partner, kind, deadline, offset_days, time_zone, due_at, expires_at, n)
        ORDER BY n ON CONFLICT DO NOTHING`, [...columns(rows), now]);
      return changed(result);
    },

    async claimDue(worker, now, staleBefore, limit, only) {
      const claimed = await rowsOf(pool, `UPDATE reminders SET state = 'sending', claimed_by = $1, claimed_at = $2, attempts = attempts + 1, updated_at = $2
        WHERE id IN (
          SELECT r.id FROM reminders r
          WHERE r.expires_at > $2 AND ${REACHABLE}
            AND ((r.state = 'pending' AND r.next_at <= $2) OR (r.state = 'sending' AND r.claimed_at <= $3))
            AND ($5::bigint IS NULL OR r.user_id = $5) AND ($6::text[] IS NULL OR r.kind = ANY ($6))
          ORDER BY r.next_at, r.id LIMIT $4
          FOR UPDATE OF r SKIP LOCKED)
        RETURNING ${COLUMNS}`, [worker, now, staleBefore, limit, only?.userId ?? null, only?.kinds ?? null]);
      return claimed.sort(byTime);
    },

    async heartbeat(worker, now) {
      await pool.query(`UPDATE reminders SET claimed_at = $1 WHERE state = 'sending' AND claimed_by = $2`, [now, worker]);
    },

    async markSent(id, worker, at, messageId) {
      return changed(await pool.query(`UPDATE reminders SET state = 'sent', sent_at = $1, message_id = $2, reason = NULL, updated_at = $1
        WHERE id = $3 AND claimed_by = $4 AND state = 'sending'`, [at, messageId, id, worker])) > 0;
    },

    async markRetry(id, worker, nextAt, reason, at) {
      return changed(await pool.query(`UPDATE reminders SET state = 'pending', next_at = $1, reason = $2, claimed_by = NULL, claimed_at = NULL, updated_at = $3
        WHERE id = $4 AND claimed_by = $5 AND state = 'sending'`, [nextAt, reason, at, id, worker])) > 0;
    },

    async markDone(id, worker, state, reason, at) {
      return changed(await pool.query(`UPDATE reminders SET state = $1, reason = $2, updated_at = $3 WHERE id = $4 AND claimed_by = $5 AND state = 'sending'`,
        [state, reason, at, id, worker])) > 0;
    },

    async release(id, worker) {
      await pool.query(`UPDATE reminders SET state = 'pending', claimed_by = NULL, claimed_at = NULL, attempts = GREATEST(attempts - 1, 0)
        WHERE id = $1 AND claimed_by = $2 AND state = 'sending'`, [id, worker]);
    },

    async pendingFor(userId, from) {
      return rowsOf(pool, `SELECT ${COLUMNS} FROM reminders WHERE user_id = $1 AND state = 'pending' AND expires_at > $2 ORDER BY due_at, kind COLLATE "C"`, [userId, from]);
    },

    async rows(ids) {
      if (ids) return rowsOf(pool, `SELECT ${COLUMNS} FROM reminders WHERE id = ANY ($1::bigint[]) ORDER BY id`, [ids]);
      return rowsOf(pool, `SELECT ${COLUMNS} FROM reminders ORDER BY id`, []);
    },

    async counts(now): Promise<LedgerCounts> {
      const states = new Map((await pool.query<{ state: string; n: number }>('SELECT state, count(*) AS n FROM reminders GROUP BY state')).rows.map((r) => [r.state, r.n]));
      const { rows: [split] } = await pool.query<{ due: number; waiting: number; upcoming: number }>(`SELECT
          count(*) FILTER (WHERE r.next_at <= $1 AND ${REACHABLE}) AS due,
          count(*) FILTER (WHERE r.next_at <= $1 AND NOT ${REACHABLE}) AS waiting,
          count(*) FILTER (WHERE r.next_at > $1) AS upcoming
        FROM reminders r WHERE r.state = 'pending' AND r.expires_at > $1`, [now]);
      const failures = await pool.query<{ user_id: number; kind: string; updated_at: Date; reason: string | null }>(
        `SELECT user_id, kind, updated_at, reason FROM reminders WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT 5`);
      const n = (state: ReminderState) => states.get(state) ?? 0;
      return {
        due: split?.due ?? 0, waiting: split?.waiting ?? 0, upcoming: split?.upcoming ?? 0,
        sending: n('sending'), sent: n('sent'), failed: n('failed'), unreachable: n('unreachable'),
        expired: n('expired'), cancelled: n('cancelled'), skipped: n('skipped'),
        recentFailures: failures.rows.map((r) => ({ userId: r.user_id, kind: r.kind as ReminderKind, at: r.updated_at, reason: r.reason ?? '' })),
      };
    },

    async mutedKinds(userId): Promise<MutedKinds> {
      const { rows } = await pool.query<{ kind: string }>('SELECT kind FROM reminder_mutes WHERE user_id = $1', [userId]);
      return new Set(rows.map((r) => r.kind as ReminderKind | '*'));
    },

    async setMuted(userId, kind, muted, kinds, at) {
      await transaction(pool, async (db) => {
        // One user's mutes at a time, as SQLite's write lock gives.
        await db.query('SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || \':mutes:\' || $1, 0))', [String(userId)]);
        const current = new Set((await db.query<{ kind: string }>('SELECT kind FROM reminder_mutes WHERE user_id = $1', [userId])).rows.map((r) => r.kind));
        const add = (k: string) => db.query('INSERT INTO reminder_mutes (user_id, kind, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, k, at]);
        const dropAll = () => db.query('DELETE FROM reminder_mutes WHERE user_id = $1', [userId]);
        if (kind === '*') {
          await dropAll();
          if (muted) await add('*');
        } else if (muted) {
          await add(kind);
        } else if (current.has('*')) {
          // "All off" but this one back on: the others stay off, one by one.
          await dropAll();
          for (const other of kinds) if (other !== kind) await add(other);
        } else {
          await db.query('DELETE FROM reminder_mutes WHERE user_id = $1 AND kind = $2', [userId, kind]);
        }
      });
    },
  };
}
