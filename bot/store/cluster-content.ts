/**
 * An instance's content in a cluster (cluster.ts): every version it loads is recorded with the
 * digest of its content files (the same files give the same digest on every instance, whatever
 * each loads of them); a change seen in its own folder, or a /reload, reaches the others, and what
 * the others announce makes it reload its own folder.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.ts';
import type { Cluster } from './cluster.ts';

/** The content folders whose files make up a content version. */
const FOLDERS = ['program', 'partners', 'docs'];

/** A digest of the content files in `dir` (names and bytes), the same on every machine for the same files. */
export async function contentDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of FOLDERS) {
    const names = (await readdir(path.join(dir, folder), { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name)).map((entry) => entry.name).sort();
    for (let i = 0; i < names.length; i += 64) {
      const slice = names.slice(i, i + 64);
      const texts = await Promise.all(slice.map((name) => readFile(path.join(dir, folder, name))));
      for (const [j, name] of slice.entries()) hash.update(`${folder}/${name}\0`).update(texts[j] ?? '').update('\0');
    }
  }
  return hash.digest('hex');
}

/** The live content as this needs it: the site's source or the bot's. */
export interface FollowedContent {
  current(): { version: number } | undefined;
  reload(trigger: 'command'): Promise<unknown>;
  onReload(listener: (result: { ok: true; snapshot: { version: number } } | { ok: false }, trigger: string) => void): unknown;
}

/** What `/healthz` says about the instance. */
export interface ClusterHealth {
  instance: string;
  /** The first 12 hex digits of the content digest this instance serves. */
  content?: string;
  /** Serves the newest content version recorded. */
  newest: boolean;
}

/**
 * Records `live`'s versions in `cluster` and follows the others: a reload seen here (the watcher,
 * /reload) is recorded as a local change, and /reload is passed on; a message from another
 * instance reloads the folder here (recorded as not local, so it never outranks the newest).
 */
export function followContent(cluster: Cluster, live: FollowedContent, dir: string, log: Pick<Logger, 'info' | 'error'>): { health(): ClusterHealth } {
  // Reloads this instance makes because another told it to; a reload meanwhile counts as theirs.
  let told = 0;
  const recorded = new Set<number>();
  const record = async (version: number, local: boolean) => {
    if (recorded.has(version)) return;
    recorded.add(version);
    const digest = await contentDigest(dir);
    const standing = await cluster.recordContent(digest, version, local);
    if (standing.announced) log.info(`content version ${version} (${digest.slice(0, 12)}) is the newest; the other instances were told`);
    else if (!standing.newest) log.info(`content version ${version} (${digest.slice(0, 12)}) is behind the newest recorded: this instance does not plan reminders until it has it`);
  };
  const fail = (error: unknown) => log.error('cluster: could not record the content version', error);

  live.onReload((result, trigger) => {
    if (!result.ok) return;
    const local = told === 0;
    void record(result.snapshot.version, local).catch(fail);
    if (local && trigger === 'command') void cluster.announce({ kind: 'reload', from: cluster.instance }).catch(fail);
  });
  const first = live.current();
  if (first) void record(first.version, true).catch(fail);

  cluster.onMessage((message) => {
    if (message.kind !== 'content' && message.kind !== 'reload') return;
    const current = live.current();
    // Already there: nothing to read again.
    if (message.kind === 'content' && current && cluster.digestOf(current.version) === message.digest) return;
    told++;
    void live.reload('command').catch(fail).finally(() => told--);
  });

  return {
    health: () => {
      const current = live.current();
      const digest = current ? cluster.digestOf(current.version) : undefined;
      return { instance: cluster.instance, ...(digest && { content: digest.slice(0, 12) }), newest: cluster.isNewest() };
    },
  };
}
