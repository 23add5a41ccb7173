/**
 * What several instances sharing one PostgreSQL coordinate through, on PostgreSQL itself (no
 * service of our own): the store opens it with the pool; node:sqlite has none (one process keeps
 * all of this in memory, as before).
 *
 * - **Instances** (`cluster_instances`): each running instance, its heartbeat, and the content
 *   version it serves (the digest of its content files and its own version number).
 * - **Content versions** (`content_versions`): every content any instance loaded from its own
 *   folder, numbered in the order they were first seen; the last is the newest. A change seen in
 *   an instance's folder (at start, by the watcher, or by /reload) that differs from the newest
 *   becomes the newest, and the others are told (NOTIFY) to reload theirs; a reload they make
 *   because they were told never becomes the newest, so two folders that differ cannot take
 *   turns. The heartbeat also compares, in case a notification was missed.
 * - **Leases** (`leases`): a row per job with its holder and an expiry in the database's time,
 *   taken over once expired. The reminder planner holds one (bot/reminders/service.ts).
 * - **The pace toward Telegram** (`pace`, `pace_chats`): every message takes the next free slot,
 *   evenly spaced over all instances, and its chat's next slot a second later; a 429 holds them all.
 * - **Per-user rate limit** (`rate_hits`): a counter row per user and window.
 * - **Per-user order**: an advisory lock per user around each update, on connections of its own.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { PgOptions, Queryable } from './pg.ts';
import { transaction } from './pg.ts';

/** The channel instances tell each other things on. */
const CHANNEL = 'partner_hub';
/** How often an instance says it is alive and compares its content with the newest. */
const HEARTBEAT_MS = 5_000;
/** An instance not heard of for this long is shown as gone. */
const GONE_MS = 30_000;

/** What instances tell each other. */
export type ClusterMessage =
  /** A new newest content version: reload yours. */
  | { kind: 'content'; digest: string; seq: number; from: string }
  /** An admin asked one instance to reload (/reload): reload yours too. */
  | { kind: 'reload'; from: string }
  /** The planner wrote rows that may be due now: send without waiting for the next tick. */
  | { kind: 'due'; from: string };

/** An instance as the others see it. */
export interface InstanceInfo {
  id: string;
  host: string;
  pid: number;
  startedAt: Date;
  heartbeatAt: Date;
  /** Not heard of for a while, or stopped. */
  gone: boolean;
  contentDigest: string | null;
  contentVersion: number | null;
  /** Serves the newest content version. */
  newest: boolean;
}

/** Where an instance's content stands after recording it. */
export interface ContentStanding {
  /** Its content is the newest version recorded. */
  newest: boolean;
  /** The newest version's number, over all instances. */
  seq: number;
  /** It became the newest just now (the others were told). */
  announced: boolean;
}

/** The answer to a request for a slot toward Telegram. */
export type PaceSlot =
  /** Send after `waitMs` (the slot is yours, at `at`: epoch milliseconds on the database's clock). */
  | { waitMs: number; at: number }
  /** The chat got a message (from any instance) too recently: try another one; free in `chatBusyMs`. */
  | { chatBusyMs: number };

/** A counter store for @grammyjs/ratelimiter (its Redis-like interface). */
export interface RateCounter {
  incr(key: string): Promise<number>;
  pexpire(key: string, milliseconds: number): Promise<number>;
}

/** The coordination of instances on one database. */
export interface Cluster {
  /** This instance's id (host, process, random part). */
  readonly instance: string;
  /** Registers this instance, listens for the others' messages and starts the heartbeat. */
  join(): Promise<void>;
  /**
   * Records that this instance serves content `digest` (its own version `version`). With
   * `local`, the content came from this instance's folder (start, watcher, /reload) and becomes
   * the newest version when it differs from it; otherwise it was reloaded because another told it to.
   */
  recordContent(digest: string, version: number, local: boolean): Promise<ContentStanding>;
  /** Calls `listener` each time this instance's content has been recorded. */
  onRecorded(listener: (standing: ContentStanding) => void): () => void;
  /** The digest recorded for this instance's content version `version`, if any. */
  digestOf(version: number): string | undefined;
  /** True when this instance's content is the newest recorded (as of the last record or heartbeat). */
  isNewest(): boolean;
  /**
   * In a transaction: takes the content lock shared (recording a new version waits for the
   * transaction) and says whether `digest` is the newest version. The planner writes under it.
   */
  lockNewestShared(db: Queryable, digest: string): Promise<boolean>;
  /** Tells every other instance (they get it through `onMessage`). */
  announce(message: ClusterMessage): Promise<void>;
  /** Calls `listener` with every message from another instance, and when a heartbeat finds this one behind. */
  onMessage(listener: (message: ClusterMessage) => void): () => void;
  /** Takes or renews the lease `name` for `ttlMs`; true while this instance holds it. */
  holdLease(name: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (when stopping, or when behind the newest content). */
  releaseLease(name: string): Promise<void>;
  /**
   * The next slot toward Telegram for a message to `chat`: `intervalMs` apart overall, `perChatMs`
   * apart per chat. With `again`, a new slot for a message whose slot was missed (its process was
   * held up): the chat's reservation is its own, and moves with it.
   */
  takeSlot(chat: number, intervalMs: number, perChatMs: number, again?: boolean): Promise<PaceSlot>;
  /** Holds every instance's messages for `ms` (Telegram answered 429). */
  pause(ms: number): Promise<void>;
  /** A shared counter for the per-user rate limit, windows of `windowMs`. */
  rateCounter(windowMs: number): RateCounter;
  /** Runs `work` while holding user `userId`'s turn: no other instance runs an update of theirs meanwhile. */
  withUserTurn<T>(userId: number, work: () => Promise<T>): Promise<T>;
  /** The instances that have run, latest first. */
  instances(): Promise<InstanceInfo[]>;
  /** Leaves: releases the leases, marks the instance stopped, stops listening. */
  close(): Promise<void>;
}

/** Options beyond the pool's. */
export interface ClusterOptions extends Pick<PgOptions, 'url' | 'schema'> {
  /** This instance's id; default host, pid and a random part. */
  instance?: string;
  /** Connections for the per-user turns; default 16 (updates of that many users at once). */
  turns?: number;
}

/** The coordination on `pool` (migrated), for the database and schema of `options`. */
export function openCluster(pool: pg.Pool, options: ClusterOptions): Cluster {
  const instance = options.instance ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const listeners = new Set<(message: ClusterMessage) => void>();
  const recordedListeners = new Set<(standing: ContentStanding) => void>();
  const digests = new Map<number, string>();
  const held = new Set<string>();
  let mine: string | undefined;
  let newest = true;
  let newestSeq = 0;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let listener: pg.Client | undefined;
  let closed = false;
  let turns: pg.Pool | undefined;
  const key = (name: string) => `hashtextextended(current_schema() || ':' || ${name}, 0)`;

  const emit = (message: ClusterMessage) => {
    for (const l of listeners) l(message);
  };

  /** A connection of its own for LISTEN, reconnected when it drops. */
  const listen = async (): Promise<void> => {
    if (closed) return;
    const client = new pg.Client({ connectionString: options.url, options: options.schema ? `-c search_path=${options.schema}` : undefined });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (closed) return;
      listener = undefined;
      setTimeout(() => void listen().catch(() => undefined), 1000).unref();
    });
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        const message = JSON.parse(n.payload) as ClusterMessage & { schema?: string };
        if (message.from !== instance && (message.schema ?? '') === (options.schema ?? '')) emit(message);
      } catch {
        // Not ours.
      }
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };

  /** The newest version recorded: its digest and number. */
  const newestVersion = async (db: Queryable) => (await db.query<{ seq: number; digest: string }>('SELECT seq, digest FROM content_versions ORDER BY seq DESC LIMIT 1')).rows[0];

  const beat = async () => {
    await pool.query('UPDATE cluster_instances SET heartbeat_at = now(), stopped_at = NULL WHERE id = $1', [instance]);
    const latest = await newestVersion(pool);
    if (latest && mine !== undefined) {
      const behind = latest.digest !== mine;
      // A newer version this instance was not told about (a notification lost while reconnecting): reload once for it.
      if (behind && latest.seq > newestSeq) emit({ kind: 'content', digest: latest.digest, seq: latest.seq, from: 'heartbeat' });
      newest = !behind;
      newestSeq = Math.max(newestSeq, latest.seq);
    }
    // Old counters and chat slots are of no use any more.
    await pool.query('DELETE FROM rate_hits WHERE expires_at < now()');
    await pool.query("DELETE FROM pace_chats WHERE next_at < now() - interval '1 minute'");
  };

  return {
    instance,

    async join() {
      await pool.query(`INSERT INTO cluster_instances (id, host, pid, started_at, heartbeat_at) VALUES ($1, $2, $3, now(), now())
        ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), stopped_at = NULL`, [instance, hostname(), process.pid]);
      await listen();
      heartbeat = setInterval(() => void beat().catch(() => undefined), HEARTBEAT_MS);
      heartbeat.unref();
    },

    async recordContent(digest, version, local) {
      digests.set(version, digest);
      // Only the latest few are asked for: the planner's current snapshot.
      for (const v of digests.keys()) if (v < version - 4) digests.delete(v);
      mine = digest;
      const standing = await transaction(pool, async (db): Promise<ContentStanding> => {
        await db.query(`SELECT pg_advisory_xact_lock(${key("'content'")})`);
        const latest = await newestVersion(db);
        let seq = latest?.seq ?? 0;
        let announced = false;
        if (local && latest?.digest !== digest) {
          seq = (await db.query<{ seq: number }>('INSERT INTO content_versions (digest, loaded_at, loaded_by) VALUES ($1, now(), $2) RETURNING seq', [digest, instance])).rows[0]?.seq ?? seq;
          const message: ClusterMessage & { schema: string } = { kind: 'content', digest, seq, from: instance, schema: options.schema ?? '' };
          await db.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(message)]);
          announced = true;
        }
        const isNewest = announced || latest?.digest === digest;
        await db.query(`UPDATE cluster_instances SET content_digest = $2, content_version = $3, content_seq = $4, heartbeat_at = now() WHERE id = $1`,
          [instance, digest, version, isNewest ? seq : null]);
        return { newest: isNewest, seq, announced };
      });
      newest = standing.newest;
      newestSeq = Math.max(newestSeq, standing.seq);
      for (const l of recordedListeners) l(standing);
      return standing;
    },

    onRecorded(l) {
      recordedListeners.add(l);
      return () => void recordedListeners.delete(l);
    },

    digestOf: (version) => digests.get(version),
    isNewest: () => newest,

    async lockNewestShared(db, digest) {
      await db.query(`SELECT pg_advisory_xact_lock_shared(${key("'content'")})`);
      const latest = await newestVersion(db);
      return latest === undefined || latest.digest === digest;
    },

    async announce(message) {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ ...message, schema: options.schema ?? '' })]);
    },

    onMessage(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },

    async holdLease(name, ttlMs) {
      const { rows } = await pool.query<{ holder: string }>(`INSERT INTO leases AS l (name, holder, expires_at) VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
          WHERE l.holder = excluded.holder OR l.expires_at < clock_timestamp()
        RETURNING holder`, [name, instance, ttlMs]);
      const mineNow = rows[0]?.holder === instance;
      if (mineNow) held.add(name);
      else held.delete(name);
      return mineNow;
    },

    async releaseLease(name) {
      held.delete(name);
      await pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, instance]);
    },

    async takeSlot(chat, intervalMs, perChatMs, again = false) {
      const { rows: [row] } = await pool.query<{ wait_ms: number | null; at_ms: number | null; took: number; chat_busy_ms: number | null }>(`WITH now AS MATERIALIZED (SELECT clock_timestamp() AS t),
        free AS (SELECT $4::boolean OR NOT EXISTS (SELECT 1 FROM pace_chats WHERE chat = $1 AND next_at > (SELECT t FROM now)) AS ok),
        slot AS (
          UPDATE pace SET next_at = GREATEST(next_at, paused_until, (SELECT t FROM now)) + $2 * interval '1 millisecond'
          WHERE name = 'telegram' AND (SELECT ok FROM free)
          RETURNING next_at - $2 * interval '1 millisecond' AS at),
        taken AS (
          INSERT INTO pace_chats AS c (chat, next_at) SELECT $1, at + $3 * interval '1 millisecond' FROM slot
          ON CONFLICT (chat) DO UPDATE SET next_at = excluded.next_at WHERE $4::boolean OR c.next_at <= (SELECT t FROM now)
          RETURNING next_at)
        SELECT (SELECT extract(epoch FROM at - (SELECT t FROM now)) * 1000 FROM slot)::float8 AS wait_ms,
          (SELECT extract(epoch FROM at) * 1000 FROM slot)::float8 AS at_ms,
          (SELECT count(*) FROM taken)::integer AS took,
          (SELECT extract(epoch FROM next_at - (SELECT t FROM now)) * 1000 FROM pace_chats WHERE chat = $1)::float8 AS chat_busy_ms`, [chat, intervalMs, perChatMs, again]);
      if (row && row.took > 0) return { waitMs: Math.max(0, row.wait_ms ?? 0), at: row.at_ms ?? 0 };
      return { chatBusyMs: Math.max(1, row?.chat_busy_ms ?? perChatMs) };
    },

    async pause(ms) {
      await pool.query(`UPDATE pace SET paused_until = GREATEST(paused_until, clock_timestamp() + $1 * interval '1 millisecond') WHERE name = 'telegram'`, [ms]);
    },

    rateCounter(windowMs) {
      return {
        async incr(counter) {
          const { rows } = await pool.query<{ hits: number }>(`INSERT INTO rate_hits AS h (key, hits, expires_at) VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
            ON CONFLICT (key) DO UPDATE SET
              hits = CASE WHEN h.expires_at <= clock_timestamp() THEN 1 ELSE h.hits + 1 END,
              expires_at = CASE WHEN h.expires_at <= clock_timestamp() THEN excluded.expires_at ELSE h.expires_at END
            RETURNING hits`, [counter, windowMs]);
          return rows[0]?.hits ?? 1;
        },
        // The window is set with the first hit, in the same statement.
        pexpire: async () => 1,
      };
    },

    async withUserTurn(userId, work) {
      // Connections of their own: a turn is held for the whole update, which uses the pool meanwhile.
      if (!turns) {
        turns = new pg.Pool({ connectionString: options.url, max: options.turns ?? 16, options: options.schema ? `-c search_path=${options.schema}` : undefined });
        turns.on('error', () => undefined);
      }
      const client = await turns.connect();
      let broken: Error | undefined;
      try {
        await client.query(`SELECT pg_advisory_lock(${key('$1')})`, [`user:${userId}`]);
        try {
          return await work();
        } finally {
          await client.query(`SELECT pg_advisory_unlock(${key('$1')})`, [`user:${userId}`]).catch((error: unknown) => {
            broken = error as Error;
          });
        }
      } finally {
        // A connection whose unlock failed is closed, which releases the lock.
        client.release(broken);
      }
    },

    async instances() {
      const latest = await newestVersion(pool);
      const { rows } = await pool.query<{ id: string; host: string; pid: number; started_at: Date; heartbeat_at: Date; stopped_at: Date | null; content_digest: string | null; content_version: number | null; gone: boolean }>(
        `SELECT *, (stopped_at IS NOT NULL OR heartbeat_at < now() - $1 * interval '1 millisecond') AS gone FROM cluster_instances ORDER BY started_at DESC`, [GONE_MS]);
      return rows.map((r) => ({
        id: r.id, host: r.host, pid: r.pid, startedAt: r.started_at, heartbeatAt: r.heartbeat_at, gone: r.gone,
        contentDigest: r.content_digest, contentVersion: r.content_version, newest: latest !== undefined && r.content_digest === latest.digest,
      }));
    },

    async close() {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      for (const name of held) await pool.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, instance]).catch(() => undefined);
      await pool.query('UPDATE cluster_instances SET stopped_at = now() WHERE id = $1', [instance]).catch(() => undefined);
      await listener?.end().catch(() => undefined);
      await turns?.end().catch(() => undefined);
    },
  };
}
