/**
 * /find: listed partners by country and service, linked to their directory pages. Buttons carry
 * only public values (a country code, a service id), so old ones keep working: they just search
 * again. `/find germany automation` answers at once; words it could not use are named in the
 * reply (cut short), with what /find takes, never dropped in silence.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { SOURCE_LOCALE } from '../../content/index.ts';
import type { ContentSnapshot } from '../content-source.ts';
import type { BotContext } from '../context.ts';
import { track } from '../context.ts';
import type { Html } from '../format/html.ts';
import { joinHtml } from '../format/html.ts';
import { gridKeyboard } from '../format/keyboard.ts';
import { partnerList } from '../format/partners.ts';
import { wordsFor } from '../i18n/words.ts';
import type { T } from '../i18n/words.ts';
import { echo } from '../format/echo.ts';
import { editOrReply, replyHtml } from '../reply.ts';
import type { Cities, FindQuery, Languages } from './find-query.ts';
import { directoryCities, directoryCountries, directoryLanguages, fillerWords, parseFindQuery, shortCountryName } from './find-query.ts';

const ANY = '*';
/** Telegram takes at most 100 buttons in one keyboard. */
const MAX_COUNTRY_BUTTONS = 60;

/** The question "which country?", with a button for each country of the directory. */
export function countryQuestion(t: T, snapshot: ContentSnapshot, intro?: Html): { message: Html; keyboard: InlineKeyboard } {
  const list = directoryCountries(snapshot.directory, t);
  // A keyboard has room for so many buttons: past that, the countries with most partners, by name.
  const shown = list.length <= MAX_COUNTRY_BUTTONS ? list
    : [...list].sort((a, b) => b.count - a.count).slice(0, MAX_COUNTRY_BUTTONS).sort((a, b) => t.compare(a.name, b.name));
  const keyboard = gridKeyboard(shown.map((c) => InlineKeyboard.text(`${shortCountryName(c.code, c.name, t.locale.id)} (${c.count})`, `f:c:${c.code}`)), 2);
  return { message: joinHtml([intro ?? t('bot-find-ask-country', { count: list.length }), shown.length < list.length && t('bot-find-type-country')], '\n\n'), keyboard };
}

/** Sends (or, from a button, shows in place) the question "which country?". */
export async function askCountry(ctx: BotContext, intro?: Html): Promise<void> {
  const { message, keyboard } = countryQuestion(ctx.t, ctx.snapshot, intro);
  await (ctx.callbackQuery ? editOrReply(ctx, message, keyboard) : replyHtml(ctx, message, keyboard));
}

/** Asks for a service in `country`; `note` (what was not used of a typed query) goes first. */
async function askService(ctx: BotContext, country: string, note?: Html): Promise<void> {
  const partners = ctx.snapshot.directory.filter((p) => p.country === country);
  if (partners.length === 0) return askCountry(ctx, joinHtml([note, ctx.t('bot-find-none-in', { country: ctx.t.country(country) })], '\n\n'));
  const { rules } = ctx.snapshot.content;
  const offered = rules.services.filter((s) => partners.some((p) => p.services.includes(s.id)));
  const keyboard = gridKeyboard(
    [InlineKeyboard.text(ctx.t.plain('bot-button-any-service'), `f:r:${country}:${ANY}`), ...offered.map((s) => InlineKeyboard.text(ctx.t.service(s.id), `f:r:${country}:${s.id}`))],
    2,
    [InlineKeyboard.text(ctx.t.plain('bot-button-other-country'), 'f:c')],
  );
  await editOrReply(ctx, joinHtml([note, ctx.t('bot-find-ask-service', { country: ctx.t.country(country), count: partners.length })], '\n\n'), keyboard);
}

/** A content version's cities and, per reader's language, its partners' languages by name: worked out once. */
const placesAndLanguages = new WeakMap<ContentSnapshot, { cities: Cities; languages: Map<string, Languages> }>();

/**
 * Reads `text` as /find does, with the directory's cities and languages; a `sentence` ("is there a
 * partner in Madrid?") is read whole, its small words not taken for country codes.
 */
export function readFindQuery(snapshot: ContentSnapshot, t: T, text: string, options: { sentence?: boolean } = {}): FindQuery {
  let known = placesAndLanguages.get(snapshot);
  if (!known) placesAndLanguages.set(snapshot, (known = { cities: directoryCities(snapshot.directory, snapshot.content.glossaries.values()), languages: new Map() }));
  let languages = known.languages.get(t.locale.id);
  if (!languages) known.languages.set(t.locale.id, (languages = directoryLanguages(snapshot.directory, [SOURCE_LOCALE, t.locale.id])));
  return parseFindQuery(text, snapshot.content.rules, fillerWords(t, wordsFor(snapshot.content, SOURCE_LOCALE)), t, known.cities, { ...options, languages });
}

/** The partners found for a query: the message and its buttons (also the reply to "find me a partner in Madrid"). */
export function findResults(t: T, snapshot: ContentSnapshot, siteUrl: string, query: Pick<FindQuery, 'country' | 'service' | 'city' | 'language'>): { message: Html; keyboard: InlineKeyboard } {
  const { country, service, language } = query;
  const inCountry = snapshot.directory.filter((p) => (!country || p.country === country) && (!service || p.services.includes(service)) && (!language || p.languages.includes(language)));
  const inCity = query.city ? inCountry.filter((p) => sameCity(p.city, query.city ?? '')) : inCountry;
  // None in the city asked: those of its country, saying so.
  const city = inCity.length > 0 ? query.city : undefined;
  const found = city ? inCity : inCountry;
  const place = country && (city ? t.plain('bot-find-city-in-country', { city, country: t.country(country) }) : t.country(country));
  const args = { ...(place ? { country: place } : {}), ...(service ? { service: t.service(service) } : {}) };
  // Which of the four wordings: with a country, with a service, with both, or with neither.
  const which = `${country ? '-in' : ''}${service ? '-service' : ''}`;
  const keyboard = new InlineKeyboard();
  // Another service of a country none is listed in would find none either.
  if (country && (found.length > 0 || service || language)) keyboard.text(t.plain('bot-button-other-service'), `f:c:${country}`);
  keyboard.text(t.plain('bot-button-other-country'), 'f:c');
  const noneKey = language && !service
    ? (country ? 'bot-find-none-in-speaking' : 'bot-find-none-speaking')
    // A country alone found none: none is listed there.
    : country && service ? 'bot-find-none-in-service' : country ? 'bot-find-none-in-country' : service ? 'bot-find-none-service' : 'bot-find-none';
  const message = found.length === 0
    ? t(noneKey, { ...args, ...(language ? { language: t.language(language) } : {}) })
    : partnerList(t, siteUrl, joinHtml([t(`bot-find-results${which}`, args), language && t('bot-find-results-speaking', { language: t.language(language) })], ' · '), found);
  // Partners in the city, but none with the service asked, is not "no partner in the city".
  const cityHasOthers = Boolean(query.city && service && snapshot.directory.some((p) => p.country === country && sameCity(p.city, query.city ?? '')));
  const none = query.city && !city && country && found.length > 0
    ? t(cityHasOthers ? 'bot-find-none-in-city-service' : 'bot-find-none-in-city', { city: query.city, country: t.country(country), ...(service ? { service: t.service(service) } : {}) })
    : undefined;
  return { message: joinHtml([none, message], '\n\n'), keyboard };
}

/** Two spellings of one city ("São Paulo", "sao paulo"). */
const sameCity = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

async function showResults(ctx: BotContext, query: Pick<FindQuery, 'country' | 'service' | 'city' | 'language'>, note?: Html): Promise<void> {
  const { message, keyboard } = findResults(ctx.t, ctx.snapshot, ctx.deps.config.siteUrl, query);
  await editOrReply(ctx, joinHtml([note, message], '\n\n'), keyboard);
}

/** What of a typed query was not used, and what /find takes; undefined when every word was used. */
function queryNote(ctx: BotContext, query: FindQuery): Html | undefined {
  if (query.unknown.length === 0 && query.extra.length === 0) return undefined;
  return joinHtml([
    query.unknown.length > 0 && ctx.t('bot-find-not-understood', { words: echo(query.unknown.join(' ')) }),
    query.extra.length > 0 && ctx.t('bot-find-extra', { words: echo(query.extra.join(', ')) }),
    ctx.t('bot-find-accepts'),
  ]);
}

/** /find and its buttons. */
export const findFeature = new Composer<BotContext>();

findFeature.command('find', async (ctx) => {
  await track(ctx, 'find');
  const text = ctx.match.trim();
  if (!text) return askCountry(ctx);
  const query = readFindQuery(ctx.snapshot, ctx.t, text);
  const note = queryNote(ctx, query);
  if (!query.country && !query.service) return askCountry(ctx, note && joinHtml([note, ctx.t('bot-find-pick-country')], '\n\n'));
  // A country alone asks which service; a city is narrow enough to show its partners at once.
  if (query.country && !query.service && !query.city && !query.language) return askService(ctx, query.country, note);
  await showResults(ctx, query, note);
});

findFeature.callbackQuery('f:c', async (ctx) => {
  await ctx.answerCallbackQuery();
  await askCountry(ctx);
});

findFeature.callbackQuery(/^f:c:([A-Z]{2})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await askService(ctx, ctx.match[1] ?? '');
});

findFeature.callbackQuery(/^f:r:([A-Z]{2}):([a-z0-9-]{1,40}|\*)$/, async (ctx, next) => {
  const [, country = '', service = ANY] = ctx.match;
  if (service !== ANY && !ctx.snapshot.content.rules.services.some((s) => s.id === service)) return next();
  await ctx.answerCallbackQuery();
  await showResults(ctx, { country, ...(service === ANY ? {} : { service }) });
});
