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
import { contentDir as defaultContentDir } from '../config.ts';
import type { ContentIssue } from '../issues.ts';
import { ContentError, formatIssue } from '../issues.ts';
import type { Content } from '../load/content.ts';
import { checkContent } from '../load/content.ts';
import type { PartnerChanges, Scope } from '../load/partners.ts';
import { partnerCache } from '../load/partners.ts';
import { readStartCache, writeStartCache } from './start-cache.ts';
import type { FolderWatch } from './watch-folders.ts';
import { watchFolders } from './watch-folders.ts';
import type { Partner, PartnerProfile } from '../schemas/partner.ts';

/** What changed from the version before (everything, for the first). */
export interface ContentChanges {
  partners: PartnerChanges;
  rules: boolean;
  docs: boolean;
  /** The glossaries (the words searches and questions are read with). */
  glossaries: boolean;
}

/** One loaded version of the content (partners as `P`: see `Scope`). */
export interface ContentSnapshot<P extends PartnerProfile = Partner> {
  /** 1 for the first load, one more for each successful reload. */
  version: number;
  content: Content<P>;
  loadedAt: Date;
  /** What changed from the version before. */
  changes: ContentChanges;
  /** The value `build` makes from this snapshot, built on first use and kept with the snapshot. */
  derive<T>(key: string, build: (snapshot: ContentSnapshot<P>) => T): T;
  /**
   * The value derived under `key` from the version just before, if it was built: a builder can
   * update it by `changes` instead of starting again (a search index, for one). Only the version
   * just before is kept.
   */
  reuse<T>(key: string): T | undefined;
  /**
   * Lets go of the version before's derived values, once what reuses them is built (the server
   * calls it when a version's index is warm): they are not held until the next version.
   */
  forgetPrevious(): void;
}

/** How a reload went. */
export type ReloadResult<P extends PartnerProfile = Partner> =
  | { ok: true; snapshot: ContentSnapshot<P> }
  | { ok: false; problems: string[]; kept: ContentSnapshot<P> };

/** What set off a reload. */
export type ReloadTrigger = 'watch' | 'command' | 'start';

/** Problems of a load that failed, formatted one per line. */
export interface LoadProblems {
  at: Date;
  problems: string[];
}

/** The current content, and ways to reload it. */
export interface ContentSource<P extends PartnerProfile = Partner> {
  current(): ContentSnapshot<P>;
  reload(trigger: ReloadTrigger): Promise<ReloadResult<P>>;
  /** Calls `listener` after every reload that follows a good load; returns a function that stops it. */
  onReload(listener: (result: ReloadResult<P>, trigger: ReloadTrigger) => void): () => void;
  /** Problems of the last failed reload, until a reload succeeds. */
  lastProblems(): LoadProblems | undefined;
  /** Stops watching the folder. */
  close(): void;
}

/** Where a source started without waiting stands. */
export type SourceState<P extends PartnerProfile = Partner> =
  | { state: 'loading' }
  | { state: 'failed'; problems: LoadProblems }
  | { state: 'ready'; snapshot: ContentSnapshot<P>; problems?: LoadProblems };

/**
 * A source that may not have content yet: a server starts it, answers at once, and waits for
 * `ready()` where it needs content. A first load that fails is tried again when a file changes.
 */
export interface StartingContentSource<P extends PartnerProfile = Partner> extends Omit<ContentSource<P>, 'current' | 'reload'> {
  /** The current snapshot, or undefined before the first good load. */
  current(): ContentSnapshot<P> | undefined;
  /** Resolves with the first good snapshot. */
  ready(): Promise<ContentSnapshot<P>>;
  state(): SourceState<P>;
  /** Reads the content again now. */
  reload(trigger: ReloadTrigger): Promise<SourceState<P>>;
  /** The source as a ContentSource once it has content (after `ready()`). */
  loaded(): ContentSource<P>;
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
  /** What of the partner files is loaded (default `full`). */
  scope?: Scope;
  /**
   * A file keeping the parsed partner files between runs (start-cache.ts): read before the first
   * load, written a moment after a load that parsed anything. None by default.
   */
  startCache?: string;
}

/** How long after a load that parsed files the start cache is written (a burst of edits writes once). */
const START_CACHE_DELAY_MS = 2000;

/** Everything changed: a first load. */
const EVERYTHING: ContentChanges = { partners: { changed: [], removed: [], all: true }, rules: true, docs: true, glossaries: true };

/** A snapshot with what it was derived from kept for `reuse`, and a way to let go of it. */
type Built<P extends PartnerProfile> = ContentSnapshot<P> & { derived: Map<string, unknown> };

/** A snapshot of `content` as `version`; `previous` is the version before, `changes` what changed since. */
export function snapshotOf<P extends PartnerProfile = Partner>(content: Content<P>, version: number, loadedAt: Date, previous?: ContentSnapshot<P>, changes: ContentChanges = EVERYTHING): ContentSnapshot<P> {
  const derived = new Map<string, unknown>();
  let before = (previous as Built<P> | undefined)?.derived;
  const snapshot: Built<P> = {
    version,
    content,
    loadedAt,
    changes,
    derived,
    derive<T>(key: string, build: (s: ContentSnapshot<P>) => T): T {
      if (!derived.has(key)) derived.set(key, build(snapshot));
      return derived.get(key) as T;
    },
    reuse: <T>(key: string) => before?.get(key) as T | undefined,
    forgetPrevious: () => { before = undefined; },
  };
  (previous as Built<P> | undefined)?.forgetPrevious();
  return snapshot;
}

/** What changed between two loads of the content, by comparing what they loaded. */
function changesBetween(before: Content<PartnerProfile> | undefined, after: Content<PartnerProfile>, partners: PartnerChanges): ContentChanges {
  if (!before) return EVERYTHING;
  const docsKey = (c: Content<PartnerProfile>) => JSON.stringify([...c.docsByLocale].map(([locale, docs]) => [locale, docs.map((d) => [d.slug, d.locale, d.title, d.description, d.order, d.body])]));
  const glossariesKey = (c: Content<PartnerProfile>) => JSON.stringify([...c.glossaries].map(([language, g]) => [language, g.entries, g.places]));
  return {
    partners,
    rules: JSON.stringify(before.rules) !== JSON.stringify(after.rules),
    docs: docsKey(before) !== docsKey(after),
    glossaries: glossariesKey(before) !== glossariesKey(after),
  };
}

/** Reads the content folder (reusing what `cache` kept of unchanged partner files): the content, or every problem. */
async function read(dir: string, cache: ReturnType<typeof partnerCache>, scope: Scope): Promise<{ content?: Content<PartnerProfile>; issues: ContentIssue[]; partners?: PartnerChanges }> {
  try {
    const { content, issues, changes } = await checkContent({ dir, cache, scope: scope as 'public' });
    // A failed load still parsed its changed files (the cache holds them): its changes count.
    if (!content || issues.length > 0) return { issues, partners: changes };
    return { content, issues: [], partners: changes };
  } catch (error) {
    // A file vanishing mid-read, for one: report it like any other problem.
    return { issues: [{ file: dir, path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/**
 * Starts loading the content at once and keeps it current, without waiting: `ready()` resolves
 * with the first good load. Problems are reported through `onReload` and `state()`.
 */
export function startContentSource(options?: ContentSourceOptions & { scope?: 'full' }): StartingContentSource;
/** The same for the public scope: partners as their profiles, their program data never loaded. */
export function startContentSource(options: ContentSourceOptions & { scope: 'public' }): StartingContentSource<PartnerProfile>;
export function startContentSource(options: ContentSourceOptions = {}): StartingContentSource<PartnerProfile> {
  type P = PartnerProfile;
  const dir = options.dir ?? defaultContentDir();
  const now = options.now ?? (() => new Date());
  const scope = options.scope ?? 'full';
  let snapshot: ContentSnapshot<P> | undefined;
  let problems: LoadProblems | undefined;
  const listeners = new Set<(result: ReloadResult<P>, trigger: ReloadTrigger) => void>();
  let running: Promise<ContentIssue[]> | undefined;
  let resolveReady: (snapshot: ContentSnapshot<P>) => void = () => undefined;
  const firstGood = new Promise<ContentSnapshot<P>>((resolve) => { resolveReady = resolve; });

  const cache = partnerCache();
  const startCache = options.startCache;
  if (startCache) readStartCache(startCache, dir, cache);
  let keeping: ReturnType<typeof setTimeout> | undefined;
  const keep = () => {
    if (!startCache || keeping) return;
    keeping = setTimeout(() => {
      keeping = undefined;
      try {
        writeStartCache(startCache, dir, cache);
      } catch {
        // Only the next start is slower: it parses every file, as without a cache.
      }
    }, START_CACHE_DELAY_MS);
    keeping.unref();
  };
  // Partner changes accumulate over failed loads, so the next good version names them all.
  let pending: PartnerChanges | undefined;
  const load = async (trigger: ReloadTrigger): Promise<ContentIssue[]> => {
    // One load at a time: a burst of file events becomes one load after the running one.
    while (running) await running.catch(() => undefined);
    running = (async () => {
      const next = await read(dir, cache, scope);
      if (next.partners) pending = mergeChanges(pending, next.partners);
      if (next.partners && (next.partners.changed.length || next.partners.removed.length)) keep();
      if (next.content) {
        const changes = changesBetween(snapshot?.content, next.content, pending ?? { changed: [], removed: [], all: false });
        pending = undefined;
        snapshot = snapshotOf(next.content, (snapshot?.version ?? 0) + 1, now(), snapshot, changes);
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

  let watcher: FolderWatch | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch) {
    watcher = watchFolders(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load('watch'), options.debounceMs ?? 100);
    });
  }
  const firstAttempt = load('start');
  const state = (): SourceState<P> => (snapshot ? { state: 'ready', snapshot, problems } : problems ? { state: 'failed', problems } : { state: 'loading' });
  const onReload = (listener: (result: ReloadResult<P>, trigger: ReloadTrigger) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const close = () => {
    clearTimeout(timer);
    watcher?.close();
    // A write still waiting goes out now, so the next start finds this run's files.
    if (keeping && startCache) {
      clearTimeout(keeping);
      keeping = undefined;
      try {
        writeStartCache(startCache, dir, cache);
      } catch {
        // As above: only the next start is slower.
      }
    }
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
        current: () => snapshot as ContentSnapshot<P>,
        reload: async (trigger) => {
          await load(trigger);
          const kept = snapshot as ContentSnapshot<P>;
          return problems ? { ok: false, problems: problems.problems, kept } : { ok: true, snapshot: kept };
        },
        onReload,
        lastProblems: () => problems,
        close,
      };
    },
  };
}

/** Two partner change sets as one. */
function mergeChanges(a: PartnerChanges | undefined, b: PartnerChanges): PartnerChanges {
  if (!a) return b;
  const removed = new Set([...a.removed, ...b.removed]);
  const changed = new Set([...a.changed, ...b.changed]);
  for (const slug of b.changed) removed.delete(slug);
  for (const slug of b.removed) changed.delete(slug);
  return { changed: [...changed], removed: [...removed], all: a.all || b.all };
}

/** Loads the content (throwing a ContentError listing every problem) and keeps it current. */
export async function openContentSource(options: ContentSourceOptions & { scope?: 'full' } = {}): Promise<ContentSource> {
  const source = startContentSource(options);
  const issues = await source.firstAttempt;
  if (!source.current()) {
    source.close();
    throw new ContentError(issues);
  }
  return source.loaded();
}
