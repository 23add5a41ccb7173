/**
 * A reminder message, written when it is sent (so "in 7 days" and the missing figures are those of
 * the send day), from the content as it is then. A row whose deadline is met, gone or no longer
 * the user's by then is not sent but cancelled, with the reason.
 */
import { InlineKeyboard } from 'grammy';
import { daysBetween, evaluatePartner, formatDate } from '../../content/index.ts';
import type { Content, Deadline, DeadlineKind, Partner, PlainDate } from '../../content/index.ts';
import { adviceLine, isFact } from '../format/deadlines.ts';
import { docsRefLink } from '../format/docs-link.ts';
import type { Html } from '../format/html.ts';
import { joinHtml } from '../format/html.ts';
import type { Messages } from '../i18n/index.ts';
import type { ReminderKey } from './ledger.ts';

/** Items listed in one reminder; several purchases to activate on one day make one reminder. */
const MAX_ITEMS = 10;

/** Callback data of the reminder buttons: `rm:off:<kind>`, `rm:on:<kind>` (`*` for all), `rm:list`. */
export const CALLBACK = { off: 'rm:off:', on: 'rm:on:', list: 'rm:list' } as const;

/** The buttons under a reminder: stop this kind, or see all reminders. */
export function reminderKeyboard(t: Messages, kind: DeadlineKind): InlineKeyboard {
  return new InlineKeyboard().text(t.reminders.stopKind, `${CALLBACK.off}${kind}`).text(t.reminders.settings, CALLBACK.list);
}

/** The text of a reminder for the unmet `items` (one kind, one day) of `partner`, on the day `today`. */
export function reminderText(t: Messages, content: Content, siteUrl: string, partner: Partner, items: readonly Deadline[], today: PlainDate): Html {
  const first = items[0] as Deadline;
  const one = items.length === 1;
  const advice = one ? adviceLine(t, first) : null;
  return joinHtml([
    t.reminders.title(first.name, t.deadlines.days(daysBetween(today, first.date))),
    one ? t.reminders.subject(first.subject, partner.name) : t.reminders.subject(`${items.length} × ${first.name}`, partner.name),
    t.reminders.day[first.kind](formatDate(first.date)),
    one && first.missing.length > 0 && t.reminders.missing(first.missing.join('; ')),
    advice ?? false,
    !one && joinHtml(items.slice(0, MAX_ITEMS).map((d) => t.reminders.item(d.subject, d.missing.join('; ') || null))),
    !one && items.length > MAX_ITEMS && t.reminders.moreItems(items.length - MAX_ITEMS),
    items.every(isFact) ? t.reminders.fact(first.consequence) : t.reminders.consequence(first.consequence),
    t.reminders.docs(docsRefLink(content.docs, siteUrl, first.docs)),
  ]);
}

/** What to do with a claimed row: send this, or cancel it because it no longer applies. */
export type Resolution =
  | { send: { text: Html; keyboard?: InlineKeyboard } }
  | { cancel: string };

/**
 * Decides what a reminder row becomes on `today` (the partner's local day) with `content`:
 * the message, or why it is no longer sent. `standingOf` evaluates a partner (cached by the caller).
 */
export function resolveReminder(
  t: Messages, content: Content, siteUrl: string, row: ReminderKey, today: PlainDate,
  deadlinesOf: (partner: Partner, today: PlainDate) => readonly Deadline[] = (p, day) => evaluatePartner(p, content.rules, day).deadlines,
): Resolution {
  const partner = content.partners.find((p) => p.slug === row.partner);
  if (!partner) return { cancel: 'the partner is no longer in the content' };
  if (!partner.program.telegram.includes(String(row.userId))) return { cancel: "the user is no longer on the partner's team" };
  const items = deadlinesOf(partner, today).filter((d) => d.kind === row.kind && d.date === row.deadline);
  if (items.length === 0) return { cancel: 'the deadline no longer applies' };
  const unmet = items.filter((d) => !d.met);
  if (unmet.length === 0) return { cancel: 'the requirement is met' };
  return { send: { text: reminderText(t, content, siteUrl, partner, unmet, today), keyboard: reminderKeyboard(t, row.kind) } };
}
