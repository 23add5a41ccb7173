/**
 * The bot's words in a user's language: the messages of the catalogs (`content/locales/<locale>/`,
 * the bot's in `bot.ftl`) through @grammyjs/i18n, one I18n per content version (per set of
 * catalogs), and the engine's messages and the rules' own words through the content module's
 * renderer. Every variable is escaped for Telegram's HTML on the way in, so a partner's name or a
 * user's text can never break a message; a message's own markup (`<b>`, `<a href>`) is kept.
 */
import type { FluentVariable } from '@fluent/bundle';
import { I18n } from '@grammyjs/i18n';
import countries from 'i18n-iso-countries';
import {
  bundleFunctions, catalogText, formatsFor, matchLocale, renderMessage, ruleText, SOURCE_LOCALE, translatorFor,
} from '../../content/index.ts';
import type { Catalogs, LocaleInfo, Message, MessageWords, PlainDate, Rules, Status, Translator } from '../../content/index.ts';
import { escapeHtml, Html } from '../format/html.ts';
import type { HtmlValue } from '../format/html.ts';

/**
 * A message's variables: text (escaped), numbers, yes/no (for selectors: `[true]`/`[false]`), HTML
 * already safe, and engine messages (put in words in the same language, then escaped).
 */
export type Args = Readonly<Record<string, string | number | boolean | Html | Message>>;

/** The bot's words in one language, for one content version. */
export interface T {
  /** The message `id` as Telegram HTML, its string variables escaped. */
  (id: string, args?: Args): Html;
  /** The language. */
  readonly locale: LocaleInfo;
  /** The message `id` as plain text, for a button or a notice (which Telegram shows as typed). */
  plain(id: string, args?: Args): string;
  /** An engine message (`content/locales/<locale>/program.ftl`), escaped for HTML. */
  msg(message: Message): Html;
  /** An engine message as plain text. */
  text(message: Message): string;
  /** Engine messages in words, joined by `separator` (escaped). */
  join(messages: readonly Message[], separator: string): Html;
  /** A status's name, from the rules or its translation. */
  status(status: string | Pick<Status, 'id'>): string;
  /** Statuses by id as a list ("Silver and Gold"). */
  statuses(ids: readonly string[]): string;
  /** The statuses not among `ids`, as a list; empty when there are none. */
  others(ids: readonly string[]): string;
  /** A course's name. */
  course(id: string): string;
  /** A service's name. */
  service(id: string): string;
  money(amount: number): string;
  number(value: number): string;
  percent(value: number): string;
  /** A plain date: "1 December 2026". */
  day(date: PlainDate): string;
  /** A country's name by its code. */
  country(code: string): string;
  /** A language's name by its code. */
  language(code: string): string;
  /** Items as the language lists them ("a, b and c"), each escaped unless already HTML. */
  list(items: readonly HtmlValue[], type?: 'conjunction' | 'disjunction'): Html;
  /** Compares as people of the language sort. */
  compare(a: string, b: string): number;
}

/** What the bot's words are built from: one content version's catalogs and rules. */
export interface WordsSource {
  catalogs: Catalogs;
  rules: Rules;
}

/** An I18n over one set of catalogs, and the words already made from it. */
interface Built {
  i18n: I18n;
  words: Map<string, T>;
}

const built = new WeakMap<Catalogs, Built>();

/** One I18n over `catalogs`: each language's files in one bundle, with MONEY, DAY and PERCENT in its formats. */
function i18nOf(catalogs: Catalogs, moneyPrefix: string): Built {
  const known = built.get(catalogs);
  if (known) return known;
  // A language lacking a message falls back to English: expected, not worth a warning each time.
  const i18n = new I18n({ defaultLocale: SOURCE_LOCALE, fluentOptions: { warningHandler: () => undefined } });
  for (const { id } of catalogs.locales) {
    // English's messages under the language's own, so a message it lacks still gets its figures and dates.
    const source = catalogText(catalogs, id).join('\n');
    i18n.loadLocaleSync(id, {
      source,
      bundleOptions: { useIsolating: false, functions: bundleFunctions(formatsFor(id, moneyPrefix)) },
    });
  }
  rememberMatches(i18n);
  const made = { i18n, words: new Map<string, T>() };
  built.set(catalogs, made);
  return made;
}

/** What @grammyjs/i18n's Fluent does, inside, before each message: which bundles serve a locale. */
interface MatchesBundles {
  matchBundles?: (locales: readonly string[]) => unknown;
}

/**
 * Keeps the bundles @grammyjs/i18n matched for a locale: it negotiates the language again for every
 * message (@fluent/langneg, a twentieth of the bot's time per update), though the bundles of one
 * I18n never change after it is built. Without that method (another version), nothing changes.
 */
function rememberMatches(i18n: I18n): void {
  const fluent = i18n.fluent as unknown as MatchesBundles;
  const match = fluent.matchBundles;
  if (typeof match !== 'function') return;
  const known = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join(',');
    let bundles = known.get(key);
    if (bundles === undefined) {
      bundles = match.call(fluent, locales);
      known.set(key, bundles);
    }
    return bundles;
  };
}

/** Variables as Fluent takes them: text escaped (unless `raw`), HTML as its markup, yes/no as `true`/`false`, messages in words. */
function fluentArgs(args: Args | undefined, raw: boolean, words: MessageWords): Record<string, FluentVariable> {
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args ?? {})) {
    if (value instanceof Html) out[name] = value.value;
    else if (typeof value === 'boolean') out[name] = String(value);
    else if (typeof value === 'number') out[name] = value;
    else {
      const text = typeof value === 'string' ? value : renderMessage(words, value);
      out[name] = raw ? text : escapeHtml(text);
    }
  }
  return out;
}

/** The bot's words in `locale` (English when the catalogs have no such language), made once per content version. */
export function wordsFor(source: WordsSource, locale: string | undefined): T {
  const { catalogs, rules } = source;
  const info = matchLocale([locale ?? SOURCE_LOCALE], catalogs.locales) ?? catalogs.locales[0] ?? { id: SOURCE_LOCALE, prefix: '', name: 'English' };
  const { i18n, words } = i18nOf(catalogs, rules.info.moneyPrefix);
  const known = words.get(info.id);
  if (known) return known;
  const tr: Translator = translatorFor(catalogs, info.id, rules.info.moneyPrefix);
  const statusName = (id: string) => ruleText(tr, `rule-status-${id}`, rules.statuses.find((s) => s.id === id)?.name ?? id);
  const render = (value: HtmlValue): string => (value instanceof Html ? value.value : Array.isArray(value) ? value.map(render).join('') : value === null || value === undefined || value === false ? '' : escapeHtml(String(value)));
  const t = Object.assign((id: string, args?: Args) => new Html(i18n.t(info.id, id, fluentArgs(args, false, tr))), {
    locale: info,
    plain: (id: string, args?: Args) => i18n.t(info.id, id, fluentArgs(args, true, tr)),
    msg: (message: Message) => new Html(escapeHtml(renderMessage(tr, message))),
    text: (message: Message) => renderMessage(tr, message),
    join: (messages: readonly Message[], separator: string) => new Html(escapeHtml(messages.map((m) => renderMessage(tr, m)).join(separator))),
    status: (status: string | Pick<Status, 'id'>) => statusName(typeof status === 'string' ? status : status.id),
    statuses: (ids: readonly string[]) => tr.list(ids.map(statusName)),
    others: (ids: readonly string[]) => tr.list(rules.statuses.filter((s) => !ids.includes(s.id)).map((s) => statusName(s.id))),
    course: (id: string) => ruleText(tr, `rule-course-${id}`, rules.courses.find((c) => c.id === id)?.name ?? id),
    service: (id: string) => ruleText(tr, `rule-service-${id}`, rules.services.find((s) => s.id === id)?.name ?? id),
    money: tr.money,
    number: tr.number,
    percent: tr.percent,
    day: tr.day,
    // In English the country library's official names, as the directory writes them ("United States
    // of America"); in other languages Intl's, as the site's pages do (the library's Portuguese is
    // Portugal's: "Polónia" where Brazil writes "Polônia").
    country: (code: string) => (info.id === SOURCE_LOCALE ? countries.getName(code, SOURCE_LOCALE, { select: 'official' }) ?? tr.country(code) : tr.country(code)),
    language: tr.language,
    list: (items: readonly HtmlValue[], type?: 'conjunction' | 'disjunction') => new Html(tr.list(items.map(render), type)),
    compare: tr.compare,
  }) satisfies T;
  words.set(info.id, t);
  return t;
}
