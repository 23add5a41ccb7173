/**
 * Implementation requests as partners read them in the bot: the offer (a summary, never the
 * contact details), the contact details with the fair-use rules, the rating and what moves it,
 * `/leads`, and `/leads stats` for admins. Words come from the messages; figures from the rules.
 */
import { InlineKeyboard } from 'grammy';
import { countryName, formatDate, formatPercent, requestKindById, todayUtc } from '../../content/index.ts';
import type { Content, DocPage, Rating, Rules } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { ContactDetails, LeadStats, LeadStatsRow, Reservation, StoredRequest } from '../store/leads.ts';
import { docsLink } from './docs-link.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';
import { gridKeyboard } from './keyboard.ts';

/** Callback data of the lead buttons: `ld:r:<reference>` reserves, `ld:w:`/`ld:l:` report Won/Lost, `ld:list` shows /leads. */
export const LEAD_CALLBACK = { reserve: 'ld:r:', won: 'ld:w:', lost: 'ld:l:', list: 'ld:list' } as const;

/** Requests listed in /leads, per part. */
const MAX_LISTED = 8;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A request's kind, place and language in words. */
export function requestSummary(rules: Rules, request: Pick<StoredRequest, 'kind' | 'country' | 'city' | 'language'>) {
  return {
    kind: requestKindById(rules, request.kind)?.name ?? request.kind,
    city: request.city,
    country: countryName(request.country),
    language: languageNames.of(request.language) ?? request.language,
  };
}

/** A day as partners read it, from an instant (UTC). */
const day = (at: Date) => formatDate(todayUtc(at));

/** The message that offers a request to a partner's team, and its Reserve button. */
export function offerMessage(t: Messages, rules: Rules, request: StoredRequest, partnerSlug: string): { text: Html; keyboard: InlineKeyboard } {
  return {
    text: t.leads.offer({
      ...requestSummary(rules, request), reference: request.reference, description: request.description,
      addressed: request.addressedTo === partnerSlug, taken: request.reserved, max: rules.leads.maxPartnersPerRequest, until: day(request.openUntil),
    }),
    keyboard: new InlineKeyboard().text(t.leads.reserveButton, `${LEAD_CALLBACK.reserve}${request.reference}`),
  };
}

/** Won and Lost for one reserved request. */
export function outcomeButtons(t: Messages, reference: string, withReference = false): InlineKeyboard {
  return new InlineKeyboard()
    .text(withReference ? t.leads.wonRefButton(reference) : t.leads.wonButton, `${LEAD_CALLBACK.won}${reference}`)
    .text(withReference ? t.leads.lostRefButton(reference) : t.leads.lostButton, `${LEAD_CALLBACK.lost}${reference}`);
}

/** The contact details of a reserved request with the fair-use rules, or a line saying they were erased. */
export function detailsMessage(t: Messages, content: Content, siteUrl: string, p: {
  request: StoredRequest; partnerName: string; position: number; already: boolean; contact: ContactDetails | null;
}): Html {
  const { request, contact } = p;
  if (!contact) return t.leads.erasedDetails(request.reference, day(request.erasedAt ?? request.closedAt ?? request.createdAt));
  return joinHtml([
    t.leads.details({
      ...requestSummary(content.rules, request), reference: request.reference, partner: p.partnerName, position: p.position,
      max: content.rules.leads.maxPartnersPerRequest, already: p.already, ...contact, description: request.description,
    }),
    t.leads.fairUse(fairUseLink(content.docs, siteUrl)),
    t.leads.tellOutcome,
  ], '\n\n');
}

/** The docs section on using lead contacts. */
function fairUseLink(docs: readonly DocPage[], siteUrl: string): Html {
  const page = docs.find((d) => d.slug === 'leads');
  const anchor = page?.sections.find((s) => s.anchor === 'using-lead-contacts')?.anchor;
  return docsLink(docs, siteUrl, 'leads', anchor);
}

/** The rating, what it unlocks and what moves it. */
export function ratingMessage(t: Messages, rules: Rules, rating: Rating, inProgress: number): Html {
  const { windowMonths, neutralPercent, neutralWeight } = rules.leads.rating;
  return t.leads.rating({
    percent: formatPercent(rating.percent), won: rating.won, lost: rating.lost, months: windowMonths, unlocked: rating.unlocked, inProgress,
    nextPercent: rating.nextStep ? formatPercent(rating.nextStep.minPercent) : null, nextUnlocked: rating.nextStep?.requests ?? null,
    neutral: formatPercent(neutralPercent), weight: neutralWeight,
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

/** /leads: the rating, the open requests to reserve, the reserved ones with their details, recent outcomes; and the buttons. */
export function leadsView(t: Messages, rules: Rules, input: LeadsViewInput): { text: Html; keyboard: InlineKeyboard } {
  const waiting = input.reservations.filter((r) => r.outcome === null);
  const decided = input.reservations.filter((r) => r.outcome !== null);
  const max = rules.leads.maxPartnersPerRequest;
  const open = input.open.slice(0, MAX_LISTED);
  const listedWaiting = waiting.slice(0, MAX_LISTED);
  const text = joinHtml([
    t.leads.listTitle(input.partnerName),
    ratingMessage(t, rules, input.rating, waiting.length),
    joinHtml([
      t.leads.openTitle(input.open.length),
      ...(open.length === 0 ? [t.leads.noneOpen] : open.map((r) => t.leads.openItem({
        ...requestSummary(rules, r), reference: r.reference, taken: r.reserved, max, until: day(r.openUntil), addressed: r.addressedTo === input.partnerSlug,
      }))),
      input.open.length > open.length && t.leads.moreOpen(input.open.length - open.length),
    ]),
    listedWaiting.length > 0 && joinHtml([
      t.leads.waitingTitle,
      ...listedWaiting.map((r) => {
        const contact = input.contacts.get(r.request.id) ?? null;
        return t.leads.waitingItem({
          ...requestSummary(rules, r.request), reference: r.request.reference, reservedOn: day(r.reservedAt),
          contact: contact ? t.leads.contactLine(contact.name, contact.company, contact.email, contact.phone) : null,
          erasedOn: r.request.erasedAt ? day(r.request.erasedAt) : null,
        });
      }),
      waiting.length > listedWaiting.length && t.leads.moreOpen(waiting.length - listedWaiting.length),
    ]),
    decided.length > 0 && joinHtml([
      t.leads.decidedTitle,
      ...decided.slice(0, MAX_LISTED).map((r) => t.leads.decidedItem({
        reference: r.request.reference, kind: requestSummary(rules, r.request).kind, won: r.outcome === 'won', on: day(r.outcomeAt ?? r.reservedAt),
      })),
    ]),
    (open.length > 0 || listedWaiting.length > 0) && t.leads.tapToReserve,
  ], '\n\n');
  const reserve = open.map((r) => InlineKeyboard.text(t.leads.reserveRefButton(r.reference), `${LEAD_CALLBACK.reserve}${r.reference}`));
  const outcomes = listedWaiting.map((r) => outcomeButtons(t, r.request.reference, true).inline_keyboard[0] ?? []);
  return { text, keyboard: gridKeyboard(reserve, 1, ...outcomes) };
}

/** A share as admins read it: `60%`, or a dash when there is nothing to divide. */
function share(t: Messages, part: number, whole: number): string {
  return whole === 0 ? t.leads.noRate : formatPercent(Math.round((100 * part) / whole));
}

/** /leads stats: requests per country and kind, reservation and win rates. */
export function statsMessage(t: Messages, rules: Rules, stats: LeadStats): Html {
  if (stats.total.requests === 0) return joinHtml([t.leads.statsTitle, t.leads.statsNone], '\n\n');
  const row = (name: string, r: LeadStatsRow) => t.leads.statsRow({ name, requests: r.requests, reserved: share(t, r.reserved, r.requests), winRate: share(t, r.won, r.won + r.lost) });
  const { total } = stats;
  return joinHtml([
    t.leads.statsTitle,
    t.leads.statsTotal({
      requests: total.requests, waiting: stats.waiting, withdrawn: stats.withdrawn, offered: total.offered, reserved: share(t, total.reserved, total.requests),
      perRequest: total.requests === 0 ? t.leads.noRate : (total.reservations / total.requests).toFixed(1), winRate: share(t, total.won, total.won + total.lost),
    }),
    joinHtml([t.leads.statsByCountry, ...stats.byCountry.map((r) => row(`${countryName(r.key)} (${r.key})`, r))]),
    joinHtml([t.leads.statsByKind, ...stats.byKind.map((r) => row(requestKindById(rules, r.key)?.name ?? r.key, r))]),
  ], '\n\n');
}
