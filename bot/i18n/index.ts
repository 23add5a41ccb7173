/** The bot's languages. English ships; a new language is a new file registered here. */
import { en } from './en.ts';
import type { Messages } from './en.ts';

export type { Messages } from './en.ts';

/** By language code; a Map, since the code comes from the user's Telegram client. */
const LANGUAGES: ReadonlyMap<string, Messages> = new Map([['en', en]]);

/** The messages for a Telegram language code (`en`, `pt-br`); English when there is no file for it. */
export function messagesFor(languageCode: string | undefined): Messages {
  return LANGUAGES.get((languageCode ?? '').slice(0, 2).toLowerCase()) ?? en;
}
