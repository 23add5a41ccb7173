/** Loads the program docs, `<content>/docs/<slug>.md`, with rule figures filled in. */
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { ContentIssue } from '../issues.ts';
import { parseWithFriendlyErrors } from '../issues.ts';
import { renderFigures } from '../figures.ts';
import { docFrontmatter } from '../schemas/doc.ts';
import type { DocFrontmatter } from '../schemas/doc.ts';
import { readFolder } from './files.ts';
import { parseMarkdownSource } from './source.ts';

/** A section of a docs page: a `##` heading and the text up to the next one. */
export interface DocSection {
  /** The heading's anchor, as the site makes it (`kickstart-bonus`). */
  anchor: string;
  title: string;
  /** The section's markdown, figures filled in. */
  text: string;
}

/** A docs page. */
export interface DocPage extends DocFrontmatter {
  /** `statuses` for `content/docs/statuses.md`; `index` for the docs home. */
  slug: string;
  /** The page's markdown with every `{{figure}}` replaced. */
  body: string;
  /** Text before the first `##` heading, then each section. */
  intro: string;
  sections: DocSection[];
  file: string;
}

/** Splits markdown into the part before the first `##` heading and one section per `##` heading. */
export function splitSections(body: string): { intro: string; sections: DocSection[] } {
  const slugger = new GithubSlugger();
  const sections: DocSection[] = [];
  const intro: string[] = [];
  let current: { title: string; lines: string[] } | undefined;
  let fenced = false;
  const flush = () => {
    if (current) sections.push({ anchor: slugger.slug(current.title), title: current.title, text: current.lines.join('\n').trim() });
  };
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^##\s+(.+?)\s*#*$/.exec(line);
    if (heading?.[1]) {
      flush();
      current = { title: heading[1], lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      intro.push(line);
    }
    // Deeper headings still take a slug, so later anchors match the site's numbering.
    const deeper = fenced ? null : /^#{3,6}\s+(.+?)\s*#*$/.exec(line);
    if (deeper?.[1]) slugger.slug(deeper[1]);
  }
  flush();
  return { intro: intro.join('\n').trim(), sections };
}

/** Loads every docs page; unknown figures are problems with their line. */
export async function loadDocs(contentDir: string, displayRoot: string, figures: Record<string, string>): Promise<{
  docs: DocPage[];
  issues: ContentIssue[];
  /** Every page's slug and section anchors, including pages with problems, for checking links. */
  outline: { slug: string; anchors: string[] }[];
}> {
  const files = await readFolder(path.join(contentDir, 'docs'), ['.md']);
  const issues: ContentIssue[] = [];
  const docs: DocPage[] = [];
  const outline: { slug: string; anchors: string[] }[] = [];
  for (const source of files) {
    const file = path.relative(displayRoot, source.absolute);
    const parsed = parseMarkdownSource(source.text, file);
    issues.push(...parsed.issues);
    if (parsed.data === undefined) continue;
    const result = parseWithFriendlyErrors(docFrontmatter, parsed.data, file, parsed.locate);
    issues.push(...result.issues);
    const rendered = renderFigures(parsed.body, figures);
    for (const unknown of rendered.unknown) {
      issues.push({
        file,
        line: parsed.bodyLine + unknown.lineIndex,
        path: '',
        message: `{{${unknown.name}}} is not a figure from the rules${unknown.suggestion ? `; did you mean {{${unknown.suggestion}}}?` : ''} (see content/src/figures.ts for the list)`,
      });
    }
    if (!parsed.body) issues.push({ file, path: '', message: 'has no text below the frontmatter' });
    const slug = source.name.replace(/\.md$/, '');
    const sections = splitSections(rendered.text);
    outline.push({ slug, anchors: sections.sections.map((x) => x.anchor) });
    if (!result.data) continue;
    docs.push({ ...result.data, slug, body: rendered.text, ...sections, file });
  }
  docs.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return { docs, issues, outline };
}
