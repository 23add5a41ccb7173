/**
 * Everything the site shows: the rules, the docs and the public directory from the content module,
 * never private data. Under `npm start` a page gets it from the live content its request is
 * rendered from (`Astro.locals.site`, one content version for the whole page), built once per
 * content version; while building, it is loaded once.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildContentIndex, contentDir, directoryOf, indexOf, loadPublicContent, projectRoot } from '../../content/index.ts';
import type { ContentIndex, DocPage, LiveContentSnapshot, PublicContent, PublicPartner } from '../../content/index.ts';

/** The site's data. */
export interface SiteData extends PublicContent {
  /** The content version's one index (the directory's search and filter sets among it), built on the first search. */
  searchIndex: () => ContentIndex;
  /** Public partners by slug. */
  bySlug: Map<string, PublicPartner>;
  /**
   * Day a docs page last changed (git history, or the file's time). Partner pages show no such
   * date: a partner file also holds private program data, and its history would tell when that changed.
   */
  updated: (slug: string) => Promise<string>;
}

/** After a failed load, the next attempt waits this long (requests meanwhile get the same error). */
const RETRY_MS = 2000;

let loading: Promise<SiteData> | undefined;
let failed: { at: number; error: unknown } | undefined;

/**
 * The site's data for a page: from the request's content snapshot (`Astro.locals`), or, outside
 * the server (the build), loaded on first use and shared after. A load that fails is not kept: it
 * is tried again on a later call (at most every RETRY_MS).
 */
export function siteData(locals?: { site?: SiteData }): Promise<SiteData> {
  if (locals?.site) return Promise.resolve(locals.site);
  if (failed && Date.now() - failed.at < RETRY_MS) return Promise.reject(failed.error);
  loading ??= load().then((data) => {
    failed = undefined;
    return data;
  }, (error: unknown) => {
    loading = undefined;
    failed = { at: Date.now(), error };
    // The problems go to the server's log only: they can quote private program data.
    console.error(`The content could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });
  return loading;
}

/**
 * The site's data of a content snapshot, built once per version. The server hands pages this, not
 * the snapshot: pages never hold private program data.
 */
export function siteDataOf(snapshot: LiveContentSnapshot): SiteData {
  return snapshot.derive('site', () => {
    const { rules, docs, figures, glossaries } = snapshot.content;
    return withLookups({ rules, docs, figures, glossaries, directory: directoryOf(snapshot) }, () => indexOf(snapshot));
  });
}

async function load(): Promise<SiteData> {
  return withLookups(await loadPublicContent());
}

function withLookups(content: PublicContent, shared?: () => ContentIndex): SiteData {
  let index: ContentIndex | undefined;
  let dates: Promise<Map<string, string>> | undefined;
  return {
    ...content,
    searchIndex: shared ?? (() => (index ??= buildContentIndex(content))),
    bySlug: new Map(content.directory.map((p) => [p.slug, p])),
    updated: async (slug) => {
      const file = path.join(contentDir(), 'docs', `${slug}.md`);
      dates ??= docsDates();
      return (await dates).get(path.relative(projectRoot, file)) ?? (await stat(file)).mtime.toISOString().slice(0, 10);
    },
  };
}

/**
 * Last commit day of every docs file, from one `git log`. Docs pages are built ahead of time, so
 * this runs in the build, never in the server. Outside a git checkout the file times are used,
 * and the build says so.
 */
async function docsDates(): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  try {
    const { stdout } = await promisify(execFile)('git', ['log', '--format=%x00%cs', '--name-only', '--', path.relative(projectRoot, path.join(contentDir(), 'docs'))], {
      cwd: projectRoot, maxBuffer: 64 * 1024 * 1024,
    });
    let day = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      else if (line && !dates.has(line)) dates.set(line, day);
    }
  } catch (error) {
    console.warn(`Docs "last updated" dates come from file times: git log failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  return dates;
}

/** The docs page with this slug. */
export function docBySlug(data: SiteData, slug: string): DocPage | undefined {
  return data.docs.find((d) => d.slug === slug);
}

/** The site path of a docs page: `/program/` for the index, `/program/<slug>/` otherwise. */
export function docPath(slug: string, anchor?: string): string {
  return `/program/${slug === 'index' ? '' : `${slug}/`}${anchor ? `#${anchor}` : ''}`;
}
