/** The bot's languages. English ships; a new language is a new file registered here. */
import { en } from './en.ts';
import type { Messages } from './en.ts';

export type { Messages } from './en.ts';

const LANGUAGES: Readonly<Record<string, Messages>> = { en };

/** The messages for a Telegram language code (`en`, `pt-br`); English when there is no file for it. */
export function messagesFor(languageCode: string | undefined): Messages {
  return LANGUAGES[(languageCode ?? '').slice(0, 2).toLowerCase()] ?? en;
}
