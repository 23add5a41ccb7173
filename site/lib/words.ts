/**
 * The page's words: the translator of the request's language (`Astro.locals.t`), and the rules
 * engine's messages (content/locales/<locale>/program.ftl) put in words with it.
 */
import { renderMessage } from '../../content/index.ts';
import type { Message, Translator } from '../../content/index.ts';

/** The translator the server handed the page (`Astro.locals.t`). */
export function pageWords(locals: { t?: Translator }): Translator {
  if (!locals.t) throw new Error('no translator for this request: pages are served by npm start (or astro dev), which hand it over');
  return locals.t;
}

/** An engine message in the page's language (plain text: Astro escapes it). */
export function say(t: Translator, message: Message): string {
  return renderMessage(t, message);
}
