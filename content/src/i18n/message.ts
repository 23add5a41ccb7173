/**
 * What the engine says, as data: a `Message` is a code of the catalogs
 * (`content/locales/<locale>/program.ftl`) with its parameters, the way json-rules-engine emits
 * events. The site, the bot, the reminders and the CLIs put it in words with `renderMessage` and
 * the translator of their reader's language; the engine never writes a sentence.
 *
 * Parameters are raw: numbers stay numbers (the message formats them: `{ MONEY($amount) }`,
 * `{ NUMBER($count) }`), dates stay `YYYY-MM-DD` (`{ DAY($date) }`), and the rules' own words (a
 * status's or a course's name) are messages of their own, with the rules' English beside their id.
 */
import type { Translator } from './translator.ts';

/** One thing the engine says. */
export interface Message {
  /** The message's id in the catalogs: `req-sales-trailing`, `missing-clients`, `rule-status-silver`. */
  code: string;
  /** Its variables, by name (the catalog's `{ $name }`). */
  params?: Readonly<Record<string, MessageParam>>;
  /**
   * For the rules' own words: the English from `content/program/*.yaml`, the single source of
   * English, shown whenever the reader's language does not translate `code` (see `ruleText`).
   */
  english?: string;
  /** An attribute of the message to show instead of its value: `inline` is the form used inside a sentence. */
  form?: string;
}

/** A list of things said, joined as the language joins them ("a, b and c"), or by a separator. */
export interface MessageList {
  items: readonly MessageParam[];
  /** `and` / `or`: the language's list ("a, b and c"); `comma`, `semicolon`: joined by ", " or "; ". */
  join: 'and' | 'or' | 'comma' | 'semicolon';
}

/** A message's variable: a number, a plain value (a date, a name from a partner file), another message, or a list. */
export type MessageParam = string | number | Message | MessageList;

/** A message of the catalogs with its variables. */
export function msg(code: string, params?: Record<string, MessageParam>): Message {
  return params ? { code, params } : { code };
}

/** `m` in the form used inside a sentence (its `.inline` attribute, where the language has one). */
export function inline(m: Message): Message {
  return { ...m, form: 'inline' };
}

/** A list of messages joined the language's way (`and`, `or`) or by a separator. */
export function list(items: readonly MessageParam[], join: MessageList['join'] = 'and'): MessageList {
  return { items, join };
}

/** True for a `Message` (not a list, number or plain value). */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).code === 'string';
}

/**
 * The rules' own words in the reader's language: the translation of `id` when `t`'s language
 * has it (`rule-status-silver` in de/program.ftl), otherwise `english`, the rules' own text.
 */
export function ruleText(t: Pick<Translator, 't' | 'has'>, id: string, english: string): string {
  return t.has(id) ? t.t(id) : english;
}

/** What rendering needs of a language: its messages (with fallback), whether it has one, and its lists. */
export type MessageWords = Pick<Translator, 't' | 'has' | 'list'>;

/** One parameter in words. */
function renderParam(t: MessageWords, value: MessageParam): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessage(value)) return renderMessage(t, value);
  const items = value.items.map((item) => String(renderParam(t, item)));
  switch (value.join) {
    case 'and': return t.list(items, 'conjunction');
    case 'or': return t.list(items, 'disjunction');
    case 'comma': return items.join(', ');
    case 'semicolon': return items.join('; ');
  }
}

/** `message` in words, in `t`'s language (plain text: a front end escapes it for its markup). */
export function renderMessage(t: MessageWords, message: Message): string {
  if (message.english !== undefined) return ruleText(t, message.code, message.english);
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) args[name] = renderParam(t, value);
  return t.t(message.form ? `${message.code}.${message.form}` : message.code, args);
}
