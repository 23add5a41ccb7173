/**
 * Offering new requests: each request a client sent that no partner has been told about yet is
 * matched against the current content (who receives it: content/src/leads/eligibility.ts), put in
 * the rules' offer order (the partner asked first, then by rating, then by status), and written to
 * the reminder ledger as one `lead-offer` row per team member, in that order. The reminders'
 * sender delivers them at Telegram's pace with everything else (no second sender).
 *
 * Idempotent: rows are added by key and the request is marked offered afterwards, so a crash in
 * between, or two instances offering the same request, adds nothing twice.
 */
import { evaluatePartner, leadBarrier, mayFit, offerOrder, todayUtc } from '../../content/index.ts';
import type { Content, OfferCandidate } from '../../content/index.ts';
import type { Logger } from '../logger.ts';
import type { PlannedReminderRow } from '../reminders/ledger.ts';
import type { Store } from '../store/store.ts';
import type { StoredRequest } from '../store/leads.ts';
import { ratingsAsOf } from './ratings.ts';

/** Requests offered in one pass; the next pass takes the rest. */
const BATCH = 20;

/** The partners that receive `request` on `now`'s day, in the order they are offered it. */
export async function offerList(store: Pick<Store, 'leads'>, content: Content, request: Pick<StoredRequest, 'country' | 'kind' | 'addressedTo'>, now: Date): Promise<OfferCandidate[]> {
  const { rules } = content;
  const asOf = todayUtc(now);
  const rating = await ratingsAsOf(store, rules, asOf);
  const candidates: OfferCandidate[] = [];
  for (const partner of content.partners) {
    // The cheap checks first: the rules engine runs only for partners that may fit.
    if (!mayFit(partner, rules, request)) continue;
    const standing = evaluatePartner(partner, rules, asOf);
    if (!standing.status || leadBarrier(partner, rules, request, asOf, standing) !== null) continue;
    candidates.push({ partner, rating: rating(partner.slug).percent, addressed: request.addressedTo === partner.slug, status: standing.status.id });
  }
  return offerOrder(candidates, rules);
}

/** Offers every request not offered yet; returns how many messages were queued. */
export async function offerNewRequests(deps: { store: Store; content: { current(): { content: Content } }; log: Logger }, now: Date): Promise<number> {
  const { store, log } = deps;
  let queued = 0;
  for (const request of await store.leads.toOffer(now, BATCH)) {
    const { content } = deps.content.current();
    const order = await offerList(store, content, request, now);
    const rows: PlannedReminderRow[] = order.flatMap((c) => c.partner.program.telegram.map((userId) => ({
      userId: Number(userId), partner: c.partner.slug, kind: 'lead-offer' as const, deadline: request.reference, offset: 0,
      dueAt: now, expiresAt: request.openUntil, timeZone: 'UTC',
    })));
    queued += await store.reminders.enqueue(rows, now);
    await store.leads.markOffered(request.id, order.map((c, rank) => ({ partner: c.partner.slug, rank })), now);
    // The reference and counts only: never anything the client typed.
    log.info(`request ${request.reference}: offered to ${order.length} partners (${rows.length} team members)`);
  }
  return queued;
}
