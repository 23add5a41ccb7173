/**
 * Opens the store the configuration names: PostgreSQL when DATABASE_URL is set (loaded only then:
 * the default never loads the pg client), else the node:sqlite file in DATA_DIR.
 */
import type { StoreConfig } from '../config.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

/** The store for `config`, migrated. */
export async function openStore(config: Pick<StoreConfig, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  if (!config.databaseUrl) return openSqliteStore(config.dataDir);
  const { openPostgresStore } = await import('./postgres.ts');
  return openPostgresStore({ url: config.databaseUrl });
}

/** Where the store is, for messages: the database's host and name (never its password), or the folder. */
export function storeLocation(config: Pick<StoreConfig, 'dataDir' | 'databaseUrl'>): string {
  if (!config.databaseUrl) return config.dataDir;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
