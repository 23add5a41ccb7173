/**
 * A user's own words quoted back to them ("I don't know a country called “…”"), kept short: a
 * message that repeats 4,000 typed characters would be split in two, and says nothing more.
 */

/** The longest quote, in characters (letters, digits, emoji), before it is cut with an ellipsis. */
export const MAX_ECHO = 40;

/** `text` on one line, cut to `max` characters with "…" when longer (never inside a character). */
export function echo(text: string, max = MAX_ECHO): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
