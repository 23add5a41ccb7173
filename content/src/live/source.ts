/**
 * Live content: loaded once, then kept current while a process runs. A change to a file in the
 * content folder (or a reload on demand) reads the content again; a reload that finds problems
 * keeps the last good content and reports them, so a typo in a partner file never takes the site
 * or the bot down. One source per process, shared by the site and the bot, so they never disagree.
 *
 * Every successful load is a new snapshot with a higher `version`. What is derived from content
 * (the public directory, search indexes, the bot's lookups) is built per snapshot, once, on first
 * use (`derive`), and shared by everything that asks.
 */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { contentDir as defaultContentDir } from '../config.ts';
import type { ContentIssue } from '../issues.ts';
import { ContentError, formatIssue } from '../issues.ts';
import type { Content } from '../load/content.ts';
import { checkContent } from '../load/content.ts';

/** One loaded version of the content. */
export interface ContentSnapshot {
  /** 1 for the first load, one more for each successful reload. */
  version: number;
  content: Content;
  loadedAt: Date;
  /** The value `build` makes from this snapshot, built on first use and kept with the snapshot. */
  derive<T>(key: string, build: (snapshot: ContentSnapshot) => T): T;
}

/** How a reload went. */
export type ReloadResult =
  | { ok: true; snapshot: ContentSnapshot }
  | { ok: false; problems: string[]; kept: ContentSnapshot };

/** What set off a reload. */
export type ReloadTrigger = 'watch' | 'command' | 'start';

/** The current content, and ways to reload it. */
export interface ContentSource {
  current(): ContentSnapshot;
  reload(trigger: ReloadTrigger): Promise<ReloadResult>;
  /** Calls `listener` after every reload; returns a function that stops calling it. */
  onReload(listener: (result: ReloadResult, trigger: ReloadTrigger) => void): () => void;
  /** Problems of the last failed reload, until a reload succeeds. */
  lastProblems(): { at: Date; problems: string[] } | undefined;
  /** Stops watching the folder. */
  close(): void;
}

/** Options for `openContentSource`. */
export interface ContentSourceOptions {
  /** The content folder; default CONTENT_DIR or the project's content/. */
  dir?: string;
  /** The time of a load, for `loadedAt` and problem reports. */
  now?: () => Date;
  /** Watch the folder and reload on changes, `debounceMs` after the last one (default 100 ms). */
  watch?: boolean;
  debounceMs?: number;
}

/** A snapshot of `content` as `version`. */
export function snapshotOf(content: Content, version: number, loadedAt: Date): ContentSnapshot {
  const derived = new Map<string, unknown>();
  const snapshot: ContentSnapshot = {
    version,
    content,
    loadedAt,
    derive<T>(key: string, build: (s: ContentSnapshot) => T): T {
      if (!derived.has(key)) derived.set(key, build(snapshot));
      return derived.get(key) as T;
    },
  };
  return snapshot;
}

/** Reads the content folder: the content, or every problem. */
async function read(dir: string): Promise<{ content?: Content; issues: ContentIssue[] }> {
  try {
    const { content, issues } = await checkContent({ dir });
    if (!content || issues.length > 0) return { issues };
    return { content, issues: [] };
  } catch (error) {
    // A file vanishing mid-read, for one: report it like any other problem.
    return { issues: [{ file: dir, path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** Loads the content (throwing a ContentError listing every problem) and keeps it current. */
export async function openContentSource(options: ContentSourceOptions = {}): Promise<ContentSource> {
  const dir = options.dir ?? defaultContentDir();
  const now = options.now ?? (() => new Date());
  const first = await read(dir);
  if (!first.content) throw new ContentError(first.issues);
  let snapshot = snapshotOf(first.content, 1, now());
  let problems: { at: Date; problems: string[] } | undefined;
  const listeners = new Set<(result: ReloadResult, trigger: ReloadTrigger) => void>();
  let running: Promise<ReloadResult> | undefined;

  const reload = async (trigger: ReloadTrigger): Promise<ReloadResult> => {
    // One reload at a time: a burst of file events becomes one reload after the running one.
    while (running) await running.catch(() => undefined);
    running = (async () => {
      const next = await read(dir);
      let result: ReloadResult;
      if (next.content) {
        snapshot = snapshotOf(next.content, snapshot.version + 1, now());
        problems = undefined;
        result = { ok: true, snapshot };
      } else {
        problems = { at: now(), problems: next.issues.map(formatIssue) };
        result = { ok: false, problems: problems.problems, kept: snapshot };
      }
      for (const listener of listeners) listener(result, trigger);
      return result;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };

  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch) {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload('watch'), options.debounceMs ?? 100);
    });
  }

  return {
    current: () => snapshot,
    reload,
    onReload: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lastProblems: () => problems,
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
