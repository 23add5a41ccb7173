/**
 * The dry run (`npm run reminders -- --dry-run [--as-of YYYY-MM-DD]`): the reminders whose local
 * send day is the given day, in the order they go out, each with its recipients and the message
 * as they will read it. It reads the content only; nothing is written or sent.
 */
import { formatDate } from '../../content/index.ts';
import type { Content, PlainDate } from '../../content/index.ts';
import type { ReminderConfig } from '../config.ts';
import { parseTelegramHtml } from '../dev/telegram-html.ts';
import type { T } from '../i18n/words.ts';
import { resolveReminder } from './message.ts';
import type { PartnerReminder } from './plan.ts';
import { partnerReminders } from './plan.ts';
import { localTime } from './time-zones.ts';

/** One reminder going out on the day, to a partner's whole team. */
export interface DryRunEntry extends PartnerReminder {
  recipients: string[];
  /** The message as the user reads it (links shown as `<address>`). */
  text: string;
}

/** The reminders whose send day, in each partner's time zone, is `day`; soonest first. */
export function remindersOn(content: Content, day: PlainDate, config: Pick<ReminderConfig, 'hour' | 'timeZone'>, t: T, siteUrl: string): DryRunEntry[] {
  const out: DryRunEntry[] = [];
  for (const partner of content.partners) {
    if (partner.program.telegram.length === 0) continue;
    for (const r of partnerReminders(partner, content, day, config)) {
      if (r.reminder.sendOn !== day) continue;
      const resolution = resolveReminder(t, content, siteUrl, {
        userId: Number(partner.program.telegram[0]), partner: partner.slug, kind: r.reminder.kind, deadline: r.reminder.deadline, offset: r.reminder.offset,
      }, day);
      if (!('send' in resolution)) continue;
      out.push({ ...r, recipients: [...partner.program.telegram], text: parseTelegramHtml(resolution.send.text.value).plain });
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.partner.slug.localeCompare(b.partner.slug) || a.reminder.kind.localeCompare(b.reminder.kind));
}

const WEEKDAY = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });

/** The dry run's report for `day`, as printed. */
export function dryRunReport(content: Content, day: PlainDate, config: Pick<ReminderConfig, 'hour' | 'timeZone'>, t: T, siteUrl: string): string {
  const entries = remindersOn(content, day, config, t, siteUrl);
  const people = new Set(entries.flatMap((e) => e.recipients));
  const partners = new Set(entries.map((e) => e.partner.slug));
  const messages = entries.reduce((n, e) => n + e.recipients.length, 0);
  const lines = [
    `Reminders for ${WEEKDAY.format(new Date(`${day}T12:00:00Z`))} ${formatDate(day)} (dry run: nothing is sent)`,
    entries.length === 0
      ? 'None: no unmet deadline has a reminder on that day.'
      : `${messages} ${messages === 1 ? 'message' : 'messages'} to ${people.size} ${people.size === 1 ? 'person' : 'people'} at ${partners.size} ${partners.size === 1 ? 'partner' : 'partners'}.`,
  ];
  for (const e of entries) {
    const utc = e.dueAt.toISOString().slice(11, 16);
    lines.push('', `${utc} UTC · ${localTime(e.dueAt, e.schedule.timeZone)} ${e.schedule.timeZone} · ${e.partner.name} (${e.partner.slug}) → ${e.recipients.join(', ')}`,
      `  ${e.reminder.kind}, ${e.reminder.offset} ${e.reminder.offset === 1 ? 'day' : 'days'} before ${e.reminder.deadline}`);
    for (const line of e.text.split('\n')) lines.push(`  │ ${line}`);
  }
  if (entries.length > 0) {
    lines.push('', 'When sending, users who turned a kind off, blocked the bot or never opened it are skipped;',
      'a deadline met by then is not reminded of.');
  }
  return lines.join('\n');
}
