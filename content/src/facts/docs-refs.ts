/**
 * Which docs section explains a fact. A fact whose figure the docs write as a placeholder
 * (`{{nfrCloud.months}}`) links the section where that figure first appears; any other names its
 * section by page and anchor, falling back to the page (and to the docs home) when the docs no
 * longer have it, so a docs edit never breaks an answer. A test checks every link exactly.
 */
import { anchorOn } from '../i18n/docs-in.ts';
import type { DocPage } from '../load/docs.ts';

/** Finds docs sections for facts. */
export interface DocsRefs {
  /** The section where the first of `figures` appears, else `fallback`. */
  figure(figures: readonly string[], fallback: string): string;
  /** `page#anchor` when the docs have it, else the page, else the docs home. */
  section(ref: string): string;
  /** The section of `page` titled `title` (a status's own section), else the page. */
  titled(page: string, title: string): string;
}

/**
 * Docs references over `docs`. The rules name sections by the English pages' anchors: with
 * `english` (those pages), a translation's section at the same place stands for one it lacks.
 */
export function docsRefs(docs: readonly DocPage[], english: readonly DocPage[] = docs): DocsRefs {
  const pages = new Map(docs.map((d) => [d.slug, d]));
  const section = (ref: string) => {
    const [page = 'index', anchor] = ref.split('#');
    const doc = pages.get(page);
    if (!doc) return 'index';
    if (!anchor) return page;
    if (doc.sections.some((s) => s.anchor === anchor)) return `${page}#${anchor}`;
    const mapped = anchorOn(english.find((d) => d.slug === page), doc, anchor);
    return mapped && doc.sections.some((s) => s.anchor === mapped) ? `${page}#${mapped}` : page;
  };
  return {
    section,
    figure: (figures, fallback) => {
      // The docs home only sums up: a page of its own explains a figure better.
      for (const doc of [...docs.filter((d) => d.slug !== 'index'), ...docs.filter((d) => d.slug === 'index')]) {
        const passage = doc.passages.find((p) => p.anchor && p.figures.some((f) => figures.includes(f)));
        if (passage) return `${passage.page}#${passage.anchor}`;
      }
      return section(fallback);
    },
    titled: (page, title) => {
      const titledOn = (doc: DocPage | undefined) => doc?.sections.find((s) => s.title === title)?.anchor;
      const anchor = titledOn(pages.get(page)) ?? titledOn(english.find((d) => d.slug === page));
      return section(anchor ? `${page}#${anchor}` : page);
    },
  };
}
