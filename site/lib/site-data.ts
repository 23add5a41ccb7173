/**
 * Everything the site shows: the rules, the docs and the public directory from the content module,
 * never private data. A page gets it from the live content its request is rendered from
 * (`Astro.locals.site`, one content version for the whole page), built once per content version:
 * `npm start`'s server hands it over (site/server/site-handler.ts); under `astro dev` the site's
 * middleware does.
 */
import path from 'node:path';
import { directoryOf, docsIn, indexOf, sectionIn } from '../../content/index.ts';
import type { ContentIndex, DocPage, LiveContentSnapshot, PartnerProfile, PublicContent, PublicPartner } from '../../content/index.ts';
import { docUpdated, readDocsDates } from './docs-dates.ts';

/** The site's data. */
export interface SiteData extends PublicContent {
  /** Content version it was built from. */
  version: number;
  /** The content version's one index (the directory's search and filter sets among it) for a language, built on the first search. */
  searchIndex: (locale?: string) => ContentIndex;
  /** Public partners by slug. */
  bySlug: Map<string, PublicPartner>;
  /** The docs pages in a language, in menu order: its translations, and the English pages it lacks (their `locale` is `en`). */
  docsIn: (locale: string) => DocPage[];
  /**
   * The anchor, on page `slug` in `locale`, of section `anchor` (the program's data and the site's
   * code name English sections): see the content module's `sectionIn`, which the bot's links use too.
   */
  sectionIn: (locale: string, slug: string, anchor: string) => string | undefined;
  /**
   * Day a docs page's file last changed (each language's file its own). Partner pages show no
   * such date: a partner file also holds private program data, and its history would tell when that changed.
   */
  updated: (doc: DocPage) => Promise<string>;
}

/** The site's data for a page, from its request (`Astro.locals`). */
export function siteData(locals: { site?: SiteData }): Promise<SiteData> {
  if (!locals.site) throw new Error('no content for this request: pages are served by npm start (or astro dev), which hand it over');
  return Promise.resolve(locals.site);
}

/**
 * The site's data of a content snapshot, built once per version. Servers hand pages this, not the
 * snapshot: pages never hold private program data. `outDir` is the build output, where the build
 * recorded the docs' dates.
 */
export function siteDataOf(snapshot: LiveContentSnapshot<PartnerProfile>, outDir: string): SiteData {
  return snapshot.derive('site', () => {
    const { rules, docs, docsByLocale, figures, figuresByLocale, glossaries, dir } = snapshot.content;
    const directory = directoryOf(snapshot);
    const recorded = readDocsDates(outDir);
    const dates = new Map<string, Promise<string>>();
    return {
      version: snapshot.version,
      rules,
      docs,
      docsByLocale,
      docsIn: (locale) => docsIn({ docs, docsByLocale }, locale),
      sectionIn: (locale, slug, anchor) => sectionIn({ docs, docsByLocale }, locale, slug, anchor),
      figures,
      figuresByLocale,
      glossaries,
      directory,
      searchIndex: (locale) => indexOf(snapshot, locale),
      bySlug: new Map(directory.map((p) => [p.slug, p])),
      updated: (doc) => {
        // By the file's path below the docs folder: `de/statuses.md`.
        const file = path.relative(path.join(dir, 'docs'), path.join(path.dirname(dir), doc.file)).split(path.sep).join('/');
        if (!dates.has(file)) dates.set(file, docUpdated(recorded, file, path.join(dir, 'docs', file)));
        return dates.get(file) as Promise<string>;
      },
    } satisfies SiteData & PublicContent;
  });
}

/** The docs page with this slug in `locale` (the English page where the language has no translation). */
export function docBySlug(data: SiteData, slug: string, locale: string): DocPage | undefined {
  return data.docsIn(locale).find((d) => d.slug === slug);
}
