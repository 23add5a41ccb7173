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

/** Problems of a load that failed, formatted one per line. */
export interface LoadProblems {
  at: Date;
  problems: string[];
}

/** The current content, and ways to reload it. */
export interface ContentSource {
  current(): ContentSnapshot;
  reload(trigger: ReloadTrigger): Promise<ReloadResult>;
  /** Calls `listener` after every reload that follows a good load; returns a function that stops it. */
  onReload(listener: (result: ReloadResult, trigger: ReloadTrigger) => void): () => void;
  /** Problems of the last failed reload, until a reload succeeds. */
  lastProblems(): LoadProblems | undefined;
  /** Stops watching the folder. */
  close(): void;
}

/** Where a source started without waiting stands. */
export type SourceState =
  | { state: 'loading' }
  | { state: 'failed'; problems: LoadProblems }
  | { state: 'ready'; snapshot: ContentSnapshot; problems?: LoadProblems };

/**
 * A source that may not have content yet: a server starts it, answers at once, and waits for
 * `ready()` where it needs content. A first load that fails is tried again when a file changes.
 */
export interface StartingContentSource extends Omit<ContentSource, 'current' | 'reload'> {
  /** The current snapshot, or undefined before the first good load. */
  current(): ContentSnapshot | undefined;
  /** Resolves with the first good snapshot. */
  ready(): Promise<ContentSnapshot>;
  state(): SourceState;
  /** Reads the content again now. */
  reload(trigger: ReloadTrigger): Promise<SourceState>;
  /** The source as a ContentSource once it has content (after `ready()`). */
  loaded(): ContentSource;
  /** Resolves when the first load has run: with its problems (none when it loaded). */
  readonly firstAttempt: Promise<ContentIssue[]>;
}

/** Options for the sources. */
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

/**
 * Starts loading the content at once and keeps it current, without waiting: `ready()` resolves
 * with the first good load. Problems are reported through `onReload` and `state()`.
 */
export function startContentSource(options: ContentSourceOptions = {}): StartingContentSource {
  const dir = options.dir ?? defaultContentDir();
  const now = options.now ?? (() => new Date());
  let snapshot: ContentSnapshot | undefined;
  let problems: LoadProblems | undefined;
  const listeners = new Set<(result: ReloadResult, trigger: ReloadTrigger) => void>();
  let running: Promise<ContentIssue[]> | undefined;
  let resolveReady: (snapshot: ContentSnapshot) => void = () => undefined;
  const firstGood = new Promise<ContentSnapshot>((resolve) => { resolveReady = resolve; });

  const load = async (trigger: ReloadTrigger): Promise<ContentIssue[]> => {
    // One load at a time: a burst of file events becomes one load after the running one.
    while (running) await running.catch(() => undefined);
    running = (async () => {
      const next = await read(dir);
      if (next.content) {
        snapshot = snapshotOf(next.content, (snapshot?.version ?? 0) + 1, now());
        problems = undefined;
        resolveReady(snapshot);
        for (const listener of listeners) listener({ ok: true, snapshot }, trigger);
      } else {
        problems = { at: now(), problems: next.issues.map(formatIssue) };
        if (snapshot) for (const listener of listeners) listener({ ok: false, problems: problems.problems, kept: snapshot }, trigger);
      }
      return next.issues;
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
      timer = setTimeout(() => void load('watch'), options.debounceMs ?? 100);
    });
  }
  const firstAttempt = load('start');
  const state = (): SourceState => (snapshot ? { state: 'ready', snapshot, problems } : problems ? { state: 'failed', problems } : { state: 'loading' });
  const onReload = (listener: (result: ReloadResult, trigger: ReloadTrigger) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const close = () => {
    clearTimeout(timer);
    watcher?.close();
  };

  return {
    firstAttempt,
    current: () => snapshot,
    ready: () => firstGood,
    state,
    reload: async (trigger) => {
      await load(trigger);
      return state();
    },
    onReload,
    lastProblems: () => problems,
    close,
    loaded: () => {
      if (!snapshot) throw new Error('the content is not loaded yet: wait for ready()');
      return {
        current: () => snapshot as ContentSnapshot,
        reload: async (trigger) => {
          await load(trigger);
          const kept = snapshot as ContentSnapshot;
          return problems ? { ok: false, problems: problems.problems, kept } : { ok: true, snapshot: kept };
        },
        onReload,
        lastProblems: () => problems,
        close,
      };
    },
  };
}

/** Loads the content (throwing a ContentError listing every problem) and keeps it current. */
export async function openContentSource(options: ContentSourceOptions = {}): Promise<ContentSource> {
  const source = startContentSource(options);
  const issues = await source.firstAttempt;
  if (!source.current()) {
    source.close();
    throw new ContentError(issues);
  }
  return source.loaded();
}
