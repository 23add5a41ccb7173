/** The schema of a docs page's frontmatter, `content/docs/<locale>/<slug>.md` (`en` the source, other languages under the same file names). */
import { z } from 'zod';
import { line, MAX_CHARS } from './common.ts';

export const docFrontmatter = z.strictObject({
  title: line(MAX_CHARS.title),
  /** One sentence for search results and link previews. */
  description: line(MAX_CHARS.docDescription, 'it is shown in search results'),
  /** Position in the sidebar, lowest first. */
  order: z.number(),
});

export type DocFrontmatter = z.infer<typeof docFrontmatter>;
