/** The schema of a glossary, `content/glossary/<language>.yaml`: the words people use for the program's own. */
import { z } from 'zod';
import { line, MAX_CHARS } from './common.ts';

/** One entry: the program's word and what people write for it. */
export const glossaryEntry = z.strictObject({
  /**
   * The word or phrase the docs, the rules or the directory use: "NFR", "keep", "Munich",
   * "telephony". The content check rejects a term none of them uses.
   */
  term: line(MAX_CHARS.name),
  /**
   * What people write instead, in any case, with or without accents: "not for resale", "free
   * copy", "demo account". A question's alias is read as the term.
   */
  aliases: z.array(line(MAX_CHARS.name)).min(1),
});

/** A glossary file. */
export const glossaryFile = z.strictObject({
  /** The program's words, one entry per term: each term must be a word the docs, rules or directory use. */
  terms: z.array(glossaryEntry),
  /**
   * Places, one entry per city or country as the directory names it ("Munich"), with the names
   * people use for it ("München"). A place needs no partner there yet: it is not checked against
   * the directory, so a partner moving away never breaks the glossary.
   */
  places: z.array(glossaryEntry).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export type GlossaryFile = z.infer<typeof glossaryFile>;
