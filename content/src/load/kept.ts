/**
 * What loads have read, kept by a digest of what it was read from, so the next load (a reload, or
 * the next run through the start cache) takes it back instead of reading it again: docs pages as
 * parsed, catalog files as checked, the words a glossary is checked against. Each kind is its own
 * bounded table; every entry is a pure function of its key and of the content module's code (the
 * start cache is tied to that code).
 */
import { createHash } from 'node:crypto';

/** Entries per kind: enough for every page or file in every language a few times over. */
const MAX_ENTRIES = 512;

const tables = new Map<string, Map<string, unknown>>();

/** How many results were made (not taken back) so far: a cache file is worth writing again only when it grew. */
let made = 0;

/** The table of one kind of result. */
function table(kind: string): Map<string, unknown> {
  let found = tables.get(kind);
  if (!found) tables.set(kind, (found = new Map()));
  return found;
}

/** A digest of what a result is read from. */
export function digestOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
}

/** The result of `kind` kept under `key`, or the one `read` makes now (and keeps). */
export function keptOr<T>(kind: string, key: string, read: () => T): T {
  const kept = table(kind);
  if (kept.has(key)) return kept.get(key) as T;
  const value = read();
  made++;
  if (kept.size >= MAX_ENTRIES) kept.clear();
  kept.set(key, value);
  return value;
}

/** How many results loads have made since the process started (see `made`). */
export function resultsMade(): number {
  return made;
}

/** Everything kept, for the start cache. */
export function keptResults(): [string, [string, unknown][]][] {
  return [...tables].map(([kind, entries]) => [kind, [...entries]]);
}

/**
 * Takes back what an earlier run kept (the start cache checks that the same code wrote it), or,
 * with `made`, what another thread of this run made ahead (parse-pool.ts), counted as made here.
 */
export function keepResults(results: Iterable<[string, [string, unknown][]]>, options: { made?: boolean } = {}): void {
  for (const [kind, entries] of results) {
    const kept = table(kind);
    for (const [key, value] of entries) {
      if (kept.size >= MAX_ENTRIES || kept.has(key)) continue;
      kept.set(key, value);
      if (options.made) made++;
    }
  }
}
