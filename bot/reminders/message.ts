/**
 * A reminder message, written when it is sent (so "in 7 days" and the missing figures are those of
 * the send day), from the content as it is then. A row whose deadline is met, gone or no longer
 * the user's by then is not sent but cancelled, with the reason.
 */
import { InlineKeyboard } from 'grammy';
import { daysBetween, deadlineWord, evaluatePartner } from '../../content/index.ts';
import type { Content, Deadline, DeadlineKind, Partner, PlainDate } from '../../content/index.ts';
import { adviceLine, isFact } from '../format/deadlines.ts';
import { docsLinks } from '../format/docs-link.ts';
import type { Html } from '../format/html.ts';
import { joinHtml } from '../format/html.ts';
import type { T } from '../i18n/words.ts';
import type { ReminderKey, ReminderKind } from './ledger.ts';

/** Items listed in one reminder; several purchases to activate on one day make one reminder. */
const MAX_ITEMS = 10;

/** Callback data of the reminder buttons: `rm:off:<kind>`, `rm:on:<kind>` (`*` for all), `rm:list`. */
export const CALLBACK = { off: 'rm:off:', on: 'rm:on:', list: 'rm:list' } as const;

/** The name of a kind of reminder: a deadline kind's from the rules, the lead notices' from the messages. */
export function kindName(t: T, content: Content, kind: ReminderKind): string {
  if (kind === 'lead-outcome') return t.plain('bot-leads-outcome-kind');
  if (kind === 'lead-offer') return t.plain('bot-command-leads');
  return Object.hasOwn(content.rules.deadlines.kinds, kind) ? t.text(deadlineWord(content.rules, kind)) : kind;
}

/** How a reminder words its deadline's day: an expiry is not something that is due. */
const DAY_WORDING: Record<DeadlineKind, string> = {
  'bronze-cutoff': 'bot-reminder-day-due',
  'kickstart-expiry': 'bot-reminder-day-expires',
  'award-expiry': 'bot-reminder-day-expires',
  'nfr-cloud-expiry': 'bot-reminder-day-expires',
  'nfr-key-expiry': 'bot-reminder-day-expires',
  'product-activation': 'bot-reminder-day-due',
  'annual-review': 'bot-reminder-day-due',
  'zero-activity': 'bot-reminder-day-suspension',
};

/** The buttons under a reminder: stop this kind, or see all reminders. */
export function reminderKeyboard(t: T, kind: ReminderKind): InlineKeyboard {
  return new InlineKeyboard().text(t.plain('bot-reminder-stop-kind'), `${CALLBACK.off}${kind}`).text(t.plain('bot-reminder-settings'), CALLBACK.list);
}

/** The text of a reminder for the unmet `items` (one kind, one day) of `partner`, on the day `today`. */
export function reminderText(t: T, content: Content, siteUrl: string, partner: Partner, items: readonly Deadline[], today: PlainDate): Html {
  const first = items[0] as Deadline;
  const one = items.length === 1;
  const advice = one ? adviceLine(t, first) : null;
  const item = (d: Deadline) => (d.missing.length ? t('bot-reminder-item-missing', { subject: d.subject, missing: t.join(d.missing, '; ') }) : t('bot-reminder-item', { subject: d.subject }));
  return joinHtml([
    t('bot-reminder-title', { name: first.name, days: t('bot-days', { days: daysBetween(today, first.date) }) }),
    one ? t('bot-reminder-subject', { subject: first.subject, partner: partner.name }) : t('bot-reminder-subject-many', { count: items.length, name: first.name, partner: partner.name }),
    t(DAY_WORDING[first.kind], { date: first.date }),
    one && first.missing.length > 0 && t('bot-reminder-missing', { items: t.join(first.missing, '; ') }),
    advice ?? false,
    !one && joinHtml(items.slice(0, MAX_ITEMS).map(item)),
    !one && items.length > MAX_ITEMS && t('bot-reminder-more-items', { count: items.length - MAX_ITEMS }),
    t(items.every(isFact) ? 'bot-reminder-fact' : 'bot-reminder-consequence', { text: first.consequence }),
    t('bot-reminder-docs', { link: docsLinks(content, t.locale, siteUrl).ref(first.docs) }),
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
  t: T, content: Content, siteUrl: string, row: ReminderKey, today: PlainDate,
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
