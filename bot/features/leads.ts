/**
 * Implementation requests for a partner's team: the Reserve button under an offer (the first
 * `maxPartnersPerRequest` partners get the client's contact details; then it answers that the
 * request is taken), `/leads` (open requests to reserve, reserved ones with their details, Won and
 * Lost buttons, the rating and what moves it), and Won / Lost. Admins get `/leads stats`.
 *
 * Everything is checked again on every press, from the content and the store as they are then: the
 * presser must be a linked team member in a private chat, and their partner must receive the
 * request now (or have reserved it). A forged button can only ever act for the presser's own partner.
 */
import { Composer } from 'grammy';
import { evaluatePartner, hasRequestAccess, leadBarrier, partnerLocations } from '../../content/index.ts';
import type { Partner } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { BotContext } from '../context.ts';
import { isAdmin, isPrivate, linkedPartner, track } from '../context.ts';
import { detailsMessage, leadsView, LEAD_CALLBACK, outcomeButtons, ratingMessage, statsMessage } from '../format/leads.ts';
import { joinHtml } from '../format/html.ts';
import { ratingsAsOf } from '../leads/ratings.ts';
import { dropButtons, replyHtml } from '../reply.ts';
import type { ContactDetails, LeadOutcome } from '../store/leads.ts';
import { requireLinked } from './linking.ts';

/** Open and reserved requests read for /leads. */
const LIST_LIMIT = 50;
const REFERENCE = 'R-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}';

/** The partner's rating now, and how many of its reservations await an outcome. */
async function ratingOf(ctx: BotContext, partner: Partner) {
  const rating = (await ratingsAsOf(ctx.deps.store, ctx.snapshot.content.rules, today(ctx.deps.clock)))(partner.slug);
  return { rating, inProgress: await ctx.deps.store.leads.inProgress(partner.slug) };
}

/** /leads for the sender's own partner. */
async function showLeads(ctx: BotContext): Promise<void> {
  await track(ctx, 'leads');
  const partner = await requireLinked(ctx, 'leads');
  if (!partner) return;
  const { rules } = ctx.snapshot.content;
  const { store, clock } = ctx.deps;
  const asOf = today(clock);
  const now = clock.now();
  const standing = evaluatePartner(partner, rules, asOf);
  if (!hasRequestAccess(standing, rules)) {
    const missing = standing.benefits.filter((b) => rules.leads.requests.benefits.includes(b.id)).flatMap((b) => b.missing);
    await replyHtml(ctx, ctx.t('bot-leads-no-access', { partner: partner.name, needs: missing.length ? ctx.t('bot-leads-no-access-needs', { items: ctx.t.join(missing, '; ') }) : '' }));
    return;
  }
  const reservations = await store.leads.reservationsOf(partner.slug, LIST_LIMIT);
  const mine = new Set(reservations.map((r) => r.request.id));
  const open = (await store.leads.openRequests(now, rules.leads.maxPartnersPerRequest, LIST_LIMIT, { countries: partnerLocations(partner), partner: partner.slug }))
    .filter((r) => !mine.has(r.id) && leadBarrier(partner, rules, r, asOf, standing) === null);
  const contacts = new Map<number, ContactDetails | null>();
  for (const r of reservations) if (r.outcome === null) contacts.set(r.request.id, await store.leads.contactFor(r.request.id, partner.slug));
  const { rating } = await ratingOf(ctx, partner);
  const view = leadsView(ctx.t, rules, { partnerName: partner.name, partnerSlug: partner.slug, rating, open, reservations, contacts });
  await replyHtml(ctx, view.text, view.keyboard);
}

/** The presser's partner for a lead button, or undefined after saying why not. */
async function presser(ctx: BotContext): Promise<Partner | undefined> {
  const partner = isPrivate(ctx) ? linkedPartner(ctx) : undefined;
  if (!partner) {
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-error-expired-button') });
    if (isPrivate(ctx) && ctx.from) await replyHtml(ctx, ctx.t('bot-privacy-not-linked', { userId: String(ctx.from.id) }));
  }
  return partner;
}

/** Reserve: atomically in the store; the contact details, with the fair-use rules, to the first partners only. */
async function reserve(ctx: BotContext, reference: string): Promise<void> {
  const partner = await presser(ctx);
  if (!partner || !ctx.from) return;
  await track(ctx, 'leads reserve');
  const { content } = ctx.snapshot;
  const { rules } = content;
  const { store, clock, config } = ctx.deps;
  const request = await store.leads.byReference(reference);
  if (!request) return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-unknown') }));
  const max = rules.leads.maxPartnersPerRequest;
  // A partner that has it shows it again, whatever changed since.
  if (!(await store.leads.reservation(request.id, partner.slug))) {
    const standing = evaluatePartner(partner, rules, today(clock));
    const barrier = leadBarrier(partner, rules, request, today(clock), standing);
    if (barrier === 'no-access') return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-no-access-short', { partner: partner.name }), show_alert: true }));
    if (barrier) return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-not-for-you', { partner: partner.name }), show_alert: true }));
  }
  const { rating } = await ratingOf(ctx, partner);
  const result = await store.leads.reserve({
    requestId: request.id, partner: partner.slug, partnerName: partner.name, userId: ctx.from.id, at: clock.now(), maxPartners: max, maxInProgress: rating.unlocked,
  });
  switch (result.result) {
    case 'reserved':
    case 'already': {
      await ctx.answerCallbackQuery();
      // The offer's Reserve button has done its work.
      await dropButtons(ctx);
      const fresh = (await store.leads.byReference(reference)) ?? request;
      await replyHtml(ctx, detailsMessage(ctx.t, content, config.siteUrl, {
        request: fresh, partnerName: partner.name, position: result.position, already: result.result === 'already', contact: result.contact,
      }), result.contact ? outcomeButtons(ctx.t, reference) : undefined);
      return;
    }
    case 'taken':
      return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-taken', { max }), show_alert: true }));
    case 'closed':
      return void (await ctx.answerCallbackQuery({ text: ctx.t.plain(`bot-leads-closed-${result.reason}`), show_alert: true }));
    case 'limit':
      return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-limit', { count: result.inProgress, rating: rating.percent }), show_alert: true }));
    default:
      return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-unknown') }));
  }
}

/** Won or Lost: the outcome, then the rating before and after. */
async function report(ctx: BotContext, reference: string, outcome: LeadOutcome): Promise<void> {
  const partner = await presser(ctx);
  if (!partner || !ctx.from) return;
  await track(ctx, `leads ${outcome}`);
  const { rules } = ctx.snapshot.content;
  const { store, clock } = ctx.deps;
  const request = await store.leads.byReference(reference);
  if (!request) return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-unknown') }));
  const before = await ratingOf(ctx, partner);
  const result = await store.leads.setOutcome(request.id, partner.slug, outcome, ctx.from.id, clock.now());
  if (result === 'not-reserved') return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-not-reserved') }));
  if (result === 'same') return void (await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-leads-outcome-same', { won: outcome === 'won' }) }));
  await ctx.answerCallbackQuery();
  const after = await ratingOf(ctx, partner);
  const fromList = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard.flat().some((b) => 'callback_data' in b && b.callback_data?.startsWith(LEAD_CALLBACK.reserve));
  if (!fromList) await dropButtons(ctx);
  await replyHtml(ctx, joinHtml([
    ctx.t(outcome === 'won' ? 'bot-leads-outcome-won' : 'bot-leads-outcome-lost', { reference }),
    ctx.t(ctx.t.percent(before.rating.percent) === ctx.t.percent(after.rating.percent) ? 'bot-leads-rating-same' : 'bot-leads-rating-change', { before: before.rating.percent, after: after.rating.percent }),
    ratingMessage(ctx.t, rules, after.rating, after.inProgress),
  ], '\n\n'));
}

/** /leads stats: admins only, in a private chat. */
async function showStats(ctx: BotContext): Promise<void> {
  if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('bot-admin-not-admin'));
  if (!isPrivate(ctx)) return replyHtml(ctx, ctx.t('bot-admin-private-only'));
  await track(ctx, 'leads stats');
  await replyHtml(ctx, statsMessage(ctx.t, ctx.snapshot.content.rules, await ctx.deps.store.leads.stats()));
}

/** /leads, its buttons, and /leads stats. */
export const leadsFeature = new Composer<BotContext>();

leadsFeature.command('leads', (ctx) => (ctx.match.trim().toLowerCase() === 'stats' ? showStats(ctx) : showLeads(ctx)));

leadsFeature.callbackQuery(LEAD_CALLBACK.list, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showLeads(ctx);
});

leadsFeature.callbackQuery(new RegExp(`^ld:r:(${REFERENCE})$`), (ctx) => reserve(ctx, ctx.match[1] ?? ''));

leadsFeature.callbackQuery(new RegExp(`^ld:(w|l):(${REFERENCE})$`), (ctx) => report(ctx, ctx.match[2] ?? '', ctx.match[1] === 'w' ? 'won' : 'lost'));
