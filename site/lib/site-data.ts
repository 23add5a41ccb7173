/**
 * Everything the site shows, loaded once per process (once per build, once per server start):
 * the rules, the docs and the public directory from the content module, never private data.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSearchIndex, contentDir, loadPublicContent, projectRoot } from '../../content/index.ts';
import type { DocPage, PublicContent, PublicPartner, SearchIndex } from '../../content/index.ts';

/** The site's data. */
export interface SiteData extends PublicContent {
  /** Search over the public directory and the docs sections, built on the first search. */
  searchIndex: () => SearchIndex;
  /** Public partners by slug. */
  bySlug: Map<string, PublicPartner>;
  /** Day each partner and docs file last changed (git history, or the file's time). */
  updated: (kind: 'partners' | 'docs', slug: string) => Promise<string>;
}

let loading: Promise<SiteData> | undefined;

/** The site's data, loaded on first use and shared after. */
export function siteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const content = await loadPublicContent();
  const dates = await gitDates();
  let index: SearchIndex | undefined;
  return {
    ...content,
    searchIndex: () => (index ??= buildSearchIndex(content.directory, content.docs, content.rules)),
    bySlug: new Map(content.directory.map((p) => [p.slug, p])),
    updated: async (kind, slug) => {
      const file = path.join(contentDir(), kind, `${slug}.md`);
      return dates.get(path.relative(projectRoot, file)) ?? (await stat(file)).mtime.toISOString().slice(0, 10);
    },
  };
}

/** Last commit day of every content file, from one `git log` (empty outside a git checkout). */
async function gitDates(): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  try {
    const { stdout } = await promisify(execFile)('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content/partners', 'content/docs'], {
      cwd: projectRoot, maxBuffer: 256 * 1024 * 1024,
    });
    let day = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      else if (line && !dates.has(line)) dates.set(line, day);
    }
  } catch {
    // Not a git checkout: file times are used instead.
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
