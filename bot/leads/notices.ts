/**
 * The lead notices in the reminder ledger, written when they are sent, from the request and the
 * content as they are then: an offer that no longer applies (the request closed or is taken, the
 * partner no longer receives it, or its team reserved it already) is cancelled, not sent; so is an
 * outcome question whose outcome is in. Also the plan of outcome questions: one per reservation
 * awaiting an outcome, `outcomeReminderDays` after it, at the partner's reminder hour, to the
 * member who reserved it (or, once they left the team, to the whole team).
 */
import { addDays, leadBarrier } from '../../content/index.ts';
import type { Content, PlainDate } from '../../content/index.ts';
import type { ReminderConfig } from '../config.ts';
import { offerMessage, outcomeButtons, requestSummary } from '../format/leads.ts';
import type { T } from '../i18n/words.ts';
import type { PlannedReminderRow, ReminderRow } from '../reminders/ledger.ts';
import type { Resolution } from '../reminders/message.ts';
import { CALLBACK } from '../reminders/message.ts';
import { partnerSchedule } from '../reminders/plan.ts';
import { localDate, zonedTime } from '../reminders/time-zones.ts';
import type { Reservation } from '../store/leads.ts';
import type { Store } from '../store/store.ts';

/** What a lead notice becomes on `today` (UTC): the message, or why it is not sent. */
export async function resolveLeadNotice(t: T, store: Pick<Store, 'leads'>, content: Content, row: ReminderRow, today: PlainDate, now: Date): Promise<Resolution> {
  const partner = content.partners.find((p) => p.slug === row.partner);
  if (!partner) return { cancel: 'the partner is no longer in the content' };
  if (!partner.program.telegram.includes(String(row.userId))) return { cancel: "the user is no longer on the partner's team" };
  const request = await store.leads.byReference(row.deadline);
  if (!request) return { cancel: 'the request is gone' };
  const reservation = await store.leads.reservation(request.id, partner.slug);
  if (row.kind === 'lead-offer') {
    if (request.closedAt || request.erasedAt || request.openUntil <= now) return { cancel: 'the request is closed' };
    if (reservation) return { cancel: "the partner's team reserved it already" };
    if (request.reserved >= content.rules.leads.maxPartnersPerRequest) return { cancel: 'the request is taken' };
    if (leadBarrier(partner, content.rules, request, today) !== null) return { cancel: 'the partner no longer receives this request' };
    const offer = offerMessage(t, content.rules, request, partner.slug);
    return { send: { text: offer.text, keyboard: offer.keyboard } };
  }
  if (!reservation || reservation.outcome !== null) return { cancel: 'the outcome is reported' };
  if (request.closeReason === 'withdrawn') return { cancel: 'the client withdrew the request' };
  const text = t('bot-leads-outcome-question', { ...requestSummary(t, content.rules, request), reference: request.reference, partner: partner.name, reservedOn: localDate(reservation.reservedAt, row.timeZone) });
  const keyboard = outcomeButtons(t, request.reference).row().text(t.plain('bot-reminder-stop-kind'), `${CALLBACK.off}lead-outcome`).text(t.plain('bot-reminder-settings'), CALLBACK.list);
  return { send: { text, keyboard } };
}

/** Outcome questions for `reservations`, at the partner's reminder hour `outcomeReminderDays` after each. */
export function outcomeRows(reservations: readonly Reservation[], content: Content, config: Pick<ReminderConfig, 'hour' | 'timeZone'>): PlannedReminderRow[] {
  const { outcomeReminderDays, reservationDays } = content.rules.leads.requests;
  const rows: PlannedReminderRow[] = [];
  for (const r of reservations) {
    const partner = content.partners.find((p) => p.slug === r.partner);
    if (!partner || partner.program.telegram.length === 0) continue;
    const schedule = partnerSchedule(partner, config);
    const sendOn = addDays(localDate(r.reservedAt, schedule.timeZone), outcomeReminderDays);
    const dueAt = zonedTime(sendOn, schedule.hour, schedule.timeZone);
    // Asked for as long as a request could be reserved; after that, /leads still takes the outcome.
    const expiresAt = zonedTime(addDays(sendOn, reservationDays), 0, schedule.timeZone);
    const team = partner.program.telegram.includes(String(r.userId)) ? [String(r.userId)] : partner.program.telegram;
    for (const userId of team) {
      rows.push({ userId: Number(userId), partner: partner.slug, kind: 'lead-outcome', deadline: r.request.reference, offset: 0, dueAt, expiresAt, timeZone: schedule.timeZone });
    }
  }
  return rows;
}
