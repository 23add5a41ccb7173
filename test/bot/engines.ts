/**
 * The store's two engines for suites that run against both (`describe.each(engines())`):
 * node:sqlite (a folder, or memory) and PostgreSQL (a throwaway cluster started once per test
 * file by test/servers/postgres.ts, a fresh schema per store). Without PostgreSQL installed the
 * PostgreSQL half fails with the harness's one line; it is never skipped.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { openPostgresStore } from '../../bot/store/postgres.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import type { Store } from '../../bot/store/store.ts';
import type { TestPostgres } from '../servers/postgres.ts';
import { startPostgres } from '../servers/postgres.ts';

/** One engine. */
export interface Engine {
  name: 'sqlite' | 'postgres';
  /**
   * Opens a store. With `folder`, the same folder opens the same data again (a restart); without
   * it, a store of its own that is not kept.
   */
  open(folder?: string): Promise<Store>;
  /** The database URL and schema of a PostgreSQL store opened for `folder` (for child processes). */
  url?(folder: string): Promise<{ url: string; schema: string }>;
}

let server: Promise<TestPostgres> | undefined;

/** The test file's PostgreSQL, started on first use (`engines()` stops it after the file). */
export function testPostgres(): Promise<TestPostgres> {
  server ??= startPostgres();
  return server;
}

/** A schema name for `folder` (the same every time), or a new one. */
const schemaFor = (folder?: string) => `t_${folder ? createHash('sha256').update(folder).digest('hex').slice(0, 16) : randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** Both engines. Call at the top of a test file (it registers the PostgreSQL cluster's cleanup). */
export function engines(): Engine[] {
  const postgres: Engine = {
    name: 'postgres',
    open: async (folder) => openPostgresStore({ url: (await testPostgres()).url, schema: schemaFor(folder) }),
    url: async (folder) => ({ url: (await testPostgres()).url, schema: schemaFor(folder) }),
  };
  // Registered now, while the file is being collected: afterAll cannot be added from inside a test.
  afterAll(async () => {
    if (server) await (await server).stop();
    server = undefined;
  }, 30_000);
  return [{ name: 'sqlite', open: async (folder) => openSqliteStore(folder ?? ':memory:') }, postgres];
}
