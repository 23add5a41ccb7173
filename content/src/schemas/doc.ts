/** The schema of a docs page's frontmatter, `content/docs/<slug>.md`. */
import { z } from 'zod';
import { line } from './common.ts';

export const docFrontmatter = z.strictObject({
  title: line,
  /** One sentence for search results and link previews. */
  description: line.refine((s) => s.length <= 160, { error: 'must be at most 160 characters (it is shown in search results)' }),
  /** Position in the sidebar, lowest first. */
  order: z.number(),
});

export type DocFrontmatter = z.infer<typeof docFrontmatter>;
