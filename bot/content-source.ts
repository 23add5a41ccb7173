/**
 * The content the bot answers from: the content module's live source (loaded once, reloaded on
 * /reload or when a file changes, keeping the last good content when a reload finds problems),
 * seen through what the bot needs from each version, built once per version.
 */
import {
  directoryOf, indexOf, knowledgeOf, openContentSource as openLiveSource,
} from '../content/index.ts';
import type {
  Content, Knowledge, LiveContentSnapshot, LiveContentSource, Partner, PublicPartner, SearchIndex,
} from '../content/index.ts';
import type { Clock } from './clock.ts';

/** Everything the bot reads from one version of the content. */
export interface ContentSnapshot {
  /** The content version (one more with each successful reload). */
  version: number;
  content: Content;
  /** Listed partners as the public sees them. */
  directory: PublicPartner[];
  /** The directory's search (the content version's one index, shared with the site). */
  search: SearchIndex;
  /** What the understanding knows of this version: facts, docs passages, words (English). */
  answers: Knowledge;
  /** The same in another language (`de`, `pt`: the understanding's 2-letter codes); undefined where it has no data for it. */
  answersIn(language: string): Knowledge | undefined;
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
  /** Stops watching the folder (only when the bot opened the source itself). */
  close(): void;
}

/** The bot's view of one content version, built once per version. */
function botView(live: LiveContentSnapshot): ContentSnapshot {
  return live.derive('bot', () => {
    const { content } = live;
    const directory = directoryOf(live);
    const linked = new Map<string, Partner>();
    for (const partner of content.partners) {
      for (const id of partner.program.telegram) linked.set(id, partner);
    }
    return {
      version: live.version,
      content,
      directory,
      search: indexOf(live).directory,
      answers: indexOf(live).knowledge,
      answersIn: (language: string) => knowledgeOf(live, language),
      linked,
      loadedAt: live.loadedAt,
    };
  });
}

/**
 * The bot's content over a live source: shared with the site when `npm start` runs both (then
 * `close` leaves the source to its owner), or the bot's own.
 */
export function botContent(live: LiveContentSource, owned = false): ContentSource {
  return {
    current: () => botView(live.current()),
    reload: async (trigger) => {
      const result = await live.reload(trigger);
      return result.ok ? { ok: true, snapshot: botView(result.snapshot) } : { ok: false, problems: result.problems, kept: botView(result.kept) };
    },
    onReload: (listener) => {
      live.onReload((result, trigger) => {
        if (trigger === 'start') return;
        listener(result.ok ? { ok: true, snapshot: botView(result.snapshot) } : { ok: false, problems: result.problems, kept: botView(result.kept) }, trigger);
      });
    },
    lastProblems: () => live.lastProblems(),
    close: () => {
      if (owned) live.close();
    },
  };
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
  const live = await openLiveSource({ dir: options.dir, now: () => options.clock.now(), watch: options.watch, debounceMs: options.debounceMs ?? 300 });
  return botContent(live, true);
}
