/**
 * The content the bot answers from, kept current: loaded once at start, reloaded on /reload or when
 * a file in the content folder changes. A reload that finds problems keeps the last good content
 * and reports the problems, so a typo in a partner file never takes the bot down.
 */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import {
  buildAnswerIndex, buildSearchIndex, checkContent, ContentError, formatIssue, publicDirectory,
} from '../content/index.ts';
import type { AnswerIndex, Content, ContentIssue, Partner, PublicPartner, SearchIndex } from '../content/index.ts';
import type { Clock } from './clock.ts';

/** Everything the bot reads from content, built once per load. */
export interface ContentSnapshot {
  content: Content;
  /** Listed partners as the public sees them. */
  directory: PublicPartner[];
  search: SearchIndex;
  answers: AnswerIndex;
  /** A partner by the Telegram user id of a team member (from the partner's private program data). */
  linked: ReadonlyMap<string, Partner>;
  loadedAt: Date;
}

/** How a reload went. */
export type ReloadResult =
  | { ok: true; snapshot: ContentSnapshot }
  | { ok: false; problems: string[]; kept: ContentSnapshot };

/** What set off a reload. */
export type ReloadTrigger = 'watch' | 'command';

/** The current content, and ways to reload it. */
export interface ContentSource {
  current(): ContentSnapshot;
  reload(trigger: ReloadTrigger): Promise<ReloadResult>;
  /** Calls `listener` after every reload. */
  onReload(listener: (result: ReloadResult, trigger: ReloadTrigger) => void): void;
  /** Problems of the last failed reload, until a reload succeeds. */
  lastProblems(): { at: Date; problems: string[] } | undefined;
  /** Stops watching the folder. */
  close(): void;
}

/** Builds the bot's view of `content`. */
function snapshotOf(content: Content, loadedAt: Date): ContentSnapshot {
  const directory = publicDirectory(content.partners, content.rules);
  const linked = new Map<string, Partner>();
  for (const partner of content.partners) {
    for (const id of partner.program.telegram) linked.set(id, partner);
  }
  return {
    content,
    directory,
    search: buildSearchIndex(directory, content.docs, content.rules),
    answers: buildAnswerIndex(content.docs),
    linked,
    loadedAt,
  };
}

/** Reads the content folder: the snapshot, or every problem. */
async function read(dir: string | undefined, clock: Clock): Promise<{ snapshot?: ContentSnapshot; issues: ContentIssue[] }> {
  try {
    const { content, issues } = await checkContent({ dir });
    if (!content || issues.length > 0) return { issues };
    return { snapshot: snapshotOf(content, clock.now()), issues: [] };
  } catch (error) {
    // A file vanishing mid-read, for one: report it like any other problem.
    return { issues: [{ file: dir ?? 'content', path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** Options for `openContentSource`. */
export interface ContentSourceOptions {
  /** The content folder; default CONTENT_DIR or the project's content/. */
  dir?: string;
  clock: Clock;
  /** Watch the folder and reload on changes (debounced by `debounceMs`). */
  watch?: boolean;
  debounceMs?: number;
}

/** Loads the content (throwing a ContentError listing every problem) and keeps it current. */
export async function openContentSource(options: ContentSourceOptions): Promise<ContentSource> {
  const first = await read(options.dir, options.clock);
  if (!first.snapshot) throw new ContentError(first.issues);
  let snapshot = first.snapshot;
  let problems: { at: Date; problems: string[] } | undefined;
  const listeners: ((result: ReloadResult, trigger: ReloadTrigger) => void)[] = [];
  let running: Promise<ReloadResult> | undefined;

  const reload = async (trigger: ReloadTrigger): Promise<ReloadResult> => {
    // One reload at a time: a burst of file events becomes one reload after the running one.
    while (running) await running.catch(() => undefined);
    running = (async () => {
      const next = await read(options.dir ?? snapshot.content.dir, options.clock);
      let result: ReloadResult;
      if (next.snapshot) {
        snapshot = next.snapshot;
        problems = undefined;
        result = { ok: true, snapshot };
      } else {
        problems = { at: options.clock.now(), problems: next.issues.map(formatIssue) };
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
    watcher = watch(snapshot.content.dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload('watch'), options.debounceMs ?? 300);
    });
  }

  return {
    current: () => snapshot,
    reload,
    onReload: (listener) => void listeners.push(listener),
    lastProblems: () => problems,
    close: () => {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
