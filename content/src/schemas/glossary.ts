/** The schema of a glossary, `content/glossary/<language>.yaml`: the words people use for the program's own. */
import { z } from 'zod';
import { line } from './common.ts';

/** One entry: the program's word and what people write for it. */
export const glossaryEntry = z.strictObject({
  /**
   * The word or phrase the docs, the rules or the directory use: "NFR", "keep", "Munich",
   * "telephony". The content check rejects a term none of them uses.
   */
  term: line,
  /**
   * What people write instead, in any case, with or without accents: "not for resale", "free
   * copy", "demo account". A question's alias is read as the term.
   */
  aliases: z.array(line).min(1),
});

/** A glossary file. */
export const glossaryFile = z.strictObject({
  /** Entries, one per term. */
  terms: z.array(glossaryEntry),
});

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type GlossaryFile = z.infer<typeof glossaryFile>;
