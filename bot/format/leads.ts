/**
 * Implementation requests as partners read them in the bot: the offer (a summary, never the
 * contact details), the contact details with the fair-use rules, the rating and what moves it,
 * `/leads`, and `/leads stats` for admins. Words come from the messages; figures from the rules.
 */
import { InlineKeyboard } from 'grammy';
import { intlTag, requestKindWord, todayUtc } from '../../content/index.ts';
import type { Content, PlainDate, Rating, Rules } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { ContactDetails, LeadStats, LeadStatsRow, Reservation, StoredRequest } from '../store/leads.ts';
import { docsLinks } from './docs-link.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';
import { gridKeyboard } from './keyboard.ts';

/** Callback data of the lead buttons: `ld:r:<reference>` reserves, `ld:w:`/`ld:l:` report Won/Lost, `ld:list` shows /leads. */
export const LEAD_CALLBACK = { reserve: 'ld:r:', won: 'ld:w:', lost: 'ld:l:', list: 'ld:list' } as const;

/** Requests listed in /leads, per part. */
const MAX_LISTED = 8;

/** A request's kind, place and language in words. */
export function requestSummary(t: T, rules: Rules, request: Pick<StoredRequest, 'kind' | 'country' | 'city' | 'language'>) {
  return {
    kind: t.text(requestKindWord(rules, request.kind)),
    city: request.city,
    country: t.country(request.country),
    language: t.language(request.language),
  };
}

/** The day (UTC) of an instant. */
const day = (at: Date): PlainDate => todayUtc(at);

/** The message that offers a request to a partner's team, and its Reserve button. */
export function offerMessage(t: T, rules: Rules, request: StoredRequest, partnerSlug: string): { text: Html; keyboard: InlineKeyboard } {
  const taken = request.reserved;
  return {
    text: joinHtml([
      t('bot-leads-offer-head', { ...requestSummary(t, rules, request), reference: request.reference }),
      t('bot-leads-description', { description: request.description }),
      joinHtml([
        request.addressedTo === partnerSlug && t('bot-leads-offer-addressed'),
        t('bot-leads-offer-reserve', { max: rules.leads.maxPartnersPerRequest, taken: taken > 0 ? t('bot-leads-offer-taken', { taken }) : '', until: day(request.openUntil) }),
      ]),
    ], '\n\n'),
    keyboard: new InlineKeyboard().text(t.plain('bot-leads-reserve-button'), `${LEAD_CALLBACK.reserve}${request.reference}`),
  };
}

/** Won and Lost for one reserved request. */
export function outcomeButtons(t: T, reference: string, withReference = false): InlineKeyboard {
  return new InlineKeyboard()
    .text(withReference ? t.plain('bot-leads-won-ref-button', { reference }) : t.plain('bot-leads-won-button'), `${LEAD_CALLBACK.won}${reference}`)
    .text(withReference ? t.plain('bot-leads-lost-ref-button', { reference }) : t.plain('bot-leads-lost-button'), `${LEAD_CALLBACK.lost}${reference}`);
}

/** The contact details of a reserved request with the fair-use rules, or a line saying they were erased. */
export function detailsMessage(t: T, content: Content, siteUrl: string, p: {
  request: StoredRequest; partnerName: string; position: number; already: boolean; contact: ContactDetails | null;
}): Html {
  const { request, contact } = p;
  if (!contact) return t('bot-leads-erased-details', { reference: request.reference, date: day(request.erasedAt ?? request.closedAt ?? request.createdAt) });
  const who = { partner: p.partnerName, reference: request.reference, position: p.position, max: content.rules.leads.maxPartnersPerRequest };
  return joinHtml([
    joinHtml([
      t(p.already ? 'bot-leads-reserved-already' : 'bot-leads-reserved', who),
      joinHtml([
        t('bot-leads-contact-name', { name: contact.name, company: contact.company }),
        t('bot-leads-contact-email', { email: contact.email }),
        contact.phone && t('bot-leads-contact-phone', { phone: contact.phone }),
        t('bot-leads-contact-request', requestSummary(t, content.rules, request)),
      ]),
      request.description && t('bot-leads-description', { description: request.description }),
    ], '\n\n'),
    t('bot-leads-fair-use', { docs: docsLinks(content, t.locale, siteUrl).link('leads', FAIR_USE_SECTION) }),
    t('bot-leads-tell-outcome'),
  ], '\n\n');
}

/** The section of the leads page on using lead contacts (the page's top if it has none so named). */
const FAIR_USE_SECTION = 'using-lead-contacts';

/** The rating, what it unlocks and what moves it. */
export function ratingMessage(t: T, rules: Rules, rating: Rating, inProgress: number): Html {
  const { windowMonths, neutralPercent, neutralWeight } = rules.leads.rating;
  return t('bot-leads-rating', {
    percent: rating.percent, won: rating.won, lost: rating.lost, months: windowMonths, unlocked: rating.unlocked, inProgress,
    next: rating.nextStep ? t('bot-leads-rating-next', { percent: rating.nextStep.minPercent, unlocked: rating.nextStep.requests }) : '',
    neutral: neutralPercent, weight: neutralWeight,
  });
}

/** What /leads shows a partner's team member. */
export interface LeadsViewInput {
  partnerName: string;
  partnerSlug: string;
  rating: Rating;
  open: readonly StoredRequest[];
  reservations: readonly Reservation[];
  contacts: ReadonlyMap<number, ContactDetails | null>;
}

/** A contact as one line of /leads. */
function contactLine(t: T, contact: ContactDetails): string {
  const { name, company, email, phone } = contact;
  return phone ? t.plain('bot-leads-contact-line-phone', { name, company, email, phone }) : t.plain('bot-leads-contact-line', { name, company, email });
}

/** /leads: the rating, the open requests to reserve, the reserved ones with their details, recent outcomes; and the buttons. */
export function leadsView(t: T, rules: Rules, input: LeadsViewInput): { text: Html; keyboard: InlineKeyboard } {
  const waiting = input.reservations.filter((r) => r.outcome === null);
  const decided = input.reservations.filter((r) => r.outcome !== null);
  const max = rules.leads.maxPartnersPerRequest;
  const open = input.open.slice(0, MAX_LISTED);
  const listedWaiting = waiting.slice(0, MAX_LISTED);
  const text = joinHtml([
    t('bot-leads-list-title', { partner: input.partnerName }),
    ratingMessage(t, rules, input.rating, waiting.length),
    joinHtml([
      t('bot-leads-open-title', { count: input.open.length }),
      ...(open.length === 0 ? [t('bot-leads-none-open')] : open.map((r) => t('bot-leads-open-item', {
        ...requestSummary(t, rules, r), reference: r.reference, taken: r.reserved, max, until: day(r.openUntil),
        addressed: r.addressedTo === input.partnerSlug ? t('bot-leads-open-item-addressed') : '',
      }))),
      input.open.length > open.length && t('bot-leads-more', { count: input.open.length - open.length }),
    ]),
    listedWaiting.length > 0 && joinHtml([
      t('bot-leads-waiting-title'),
      ...listedWaiting.map((r) => {
        const contact = input.contacts.get(r.request.id) ?? null;
        return joinHtml([
          t('bot-leads-waiting-item', { ...requestSummary(t, rules, r.request), reference: r.request.reference, reservedOn: day(r.reservedAt) }),
          contact ? t('bot-leads-waiting-contact', { contact: contactLine(t, contact) }) : r.request.erasedAt && t('bot-leads-waiting-erased', { date: day(r.request.erasedAt) }),
        ]);
      }),
      waiting.length > listedWaiting.length && t('bot-leads-more', { count: waiting.length - listedWaiting.length }),
    ]),
    decided.length > 0 && joinHtml([
      t('bot-leads-decided-title'),
      ...decided.slice(0, MAX_LISTED).map((r) => t(r.outcome === 'won' ? 'bot-leads-decided-won' : 'bot-leads-decided-lost', {
        reference: r.request.reference, kind: requestSummary(t, rules, r.request).kind, on: day(r.outcomeAt ?? r.reservedAt),
      })),
    ]),
    (open.length > 0 || listedWaiting.length > 0) && t('bot-leads-tap-to-reserve'),
  ], '\n\n');
  const reserve = open.map((r) => InlineKeyboard.text(t.plain('bot-leads-reserve-ref-button', { reference: r.reference }), `${LEAD_CALLBACK.reserve}${r.reference}`));
  const outcomes = listedWaiting.map((r) => outcomeButtons(t, r.request.reference, true).inline_keyboard[0] ?? []);
  return { text, keyboard: gridKeyboard(reserve, 1, ...outcomes) };
}

/** A share as admins read it: `60%`, or a dash when there is nothing to divide. */
function share(t: T, part: number, whole: number): string {
  return whole === 0 ? t.plain('bot-leads-no-rate') : t.percent(Math.round((100 * part) / whole));
}

/** /leads stats: requests per country and kind, reservation and win rates. */
export function statsMessage(t: T, rules: Rules, stats: LeadStats): Html {
  if (stats.total.requests === 0) return joinHtml([t('bot-leads-stats-title'), t('bot-leads-stats-none')], '\n\n');
  const row = (name: string, r: LeadStatsRow) => t('bot-leads-stats-row', { name, requests: r.requests, reserved: share(t, r.reserved, r.requests), winRate: share(t, r.won, r.won + r.lost) });
  const { total } = stats;
  return joinHtml([
    t('bot-leads-stats-title'),
    t('bot-leads-stats-total', {
      requests: total.requests, waiting: stats.waiting, withdrawn: stats.withdrawn, offered: total.offered, reserved: share(t, total.reserved, total.requests),
      perRequest: total.requests === 0 ? t.plain('bot-leads-no-rate') : (total.reservations / total.requests).toLocaleString(intlTag(t.locale.id), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      winRate: share(t, total.won, total.won + total.lost),
    }),
    joinHtml([t('bot-leads-stats-by-country'), ...stats.byCountry.map((r) => row(`${t.country(r.key)} (${r.key})`, r))]),
    joinHtml([t('bot-leads-stats-by-kind'), ...stats.byKind.map((r) => row(t.text(requestKindWord(rules, r.key)), r))]),
  ], '\n\n');
}
