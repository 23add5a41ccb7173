/**
 * What the PostgreSQL store's parts share: the connection pool (node-postgres), transactions, and
 * the migrations from the one list (migrations.ts), run under an advisory lock so that instances
 * starting together migrate once.
 */
import pg from 'pg';
import type { PoolClient, QueryResultRow } from 'pg';
import { MIGRATIONS } from './migrations.ts';

/** Something queries can run on: the pool, or one connection inside a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Where and how to connect. */
export interface PgOptions {
  /** `postgres://user:password@host:port/database` (DATABASE_URL). */
  url: string;
  /**
   * A schema of its own to keep the tables in (created when missing); default the database's
   * `public`. Tests give each store a fresh one on one server.
   */
  schema?: string;
  /** Most connections in the pool; default 10. */
  max?: number;
}

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Counts and ids come back as numbers, not strings: node-postgres returns `bigint` and `numeric`
 * as strings, since they can exceed 2^53; Telegram ids and row counts here never do.
 */
const types = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

/** A schema name, checked (it is written into SQL). */
const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** A pool for `options`, with the schema (when given) on every connection's search path. */
export function createPool(options: PgOptions): pg.Pool {
  if (options.schema !== undefined && !SCHEMA.test(options.schema)) throw new Error(`not a schema name: ${options.schema}`);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    types,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
    // A dead server must not hang a request or a send for long.
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server dropped: the pool replaces it; nothing to crash for.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** An advisory lock key for `name` within the current schema, so that stores in other schemas never wait on it. */
export const lockKey = (name: string) => `hashtextextended(current_schema() || ':' || ${name}, 0)`;

/**
 * Brings the database up to the latest schema (creating `schema` first when given); returns the
 * version it is at. Holds an advisory lock meanwhile: of several instances starting together one
 * migrates, the others wait and find nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool, schema?: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtextextended('partner-hub:migrations', 0))");
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      let version = rows[0]?.version ?? 0;
      while (version < MIGRATIONS.length) {
        const migration = MIGRATIONS[version];
        await client.query('BEGIN');
        try {
          if (migration?.postgres) await client.query(migration.postgres);
          version++;
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, migration?.name ?? '']);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return version;
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended('partner-hub:migrations', 0))");
    }
  } finally {
    client.release();
  }
}
