/**
 * The reminder plan: for every team member of every partner, one row per reminder the rules engine
 * calls for (`plannedReminders`: unmet deadlines, one per offset in deadlines.yaml), timed at the
 * local hour on the send day in the partner's time zone. Pure: the same content and day give the
 * same rows, which is what lets the ledger write them idempotently.
 */
import { addDays, evaluatePartner, plannedReminders } from '../../content/index.ts';
import type { Content, Partner, PlainDate, PlannedReminder } from '../../content/index.ts';
import type { ReminderConfig } from '../config.ts';
import type { PlannedReminderRow } from './ledger.ts';
import { zonedTime, zoneForCountry } from './time-zones.ts';

/** Where a partner's time zone came from, for the dry run and /reminders. */
export type ZoneSource = 'partner' | 'configuration' | 'country' | 'UTC';

/** When a partner's reminders go out. */
export interface PartnerSchedule {
  timeZone: string;
  hour: number;
  source: ZoneSource;
}

/**
 * A partner's local hour and time zone: the partner file's `program.reminders` first, then
 * REMINDER_HOUR / REMINDER_TIME_ZONE, then the zone of the partner's country and city; UTC for a
 * country no zone is known for.
 */
export function partnerSchedule(partner: Partner, config: Pick<ReminderConfig, 'hour' | 'timeZone'>): PartnerSchedule {
  const own = partner.program.reminders;
  const hour = own?.hour ?? config.hour;
  if (own?.timeZone) return { timeZone: own.timeZone, hour, source: 'partner' };
  if (config.timeZone) return { timeZone: config.timeZone, hour, source: 'configuration' };
  const fromCountry = zoneForCountry(partner.country, partner.city);
  return fromCountry ? { timeZone: fromCountry, hour, source: 'country' } : { timeZone: 'UTC', hour, source: 'UTC' };
}

/** One planned reminder for one partner, with its schedule and the engine's reminder. */
export interface PartnerReminder {
  partner: Partner;
  schedule: PartnerSchedule;
  reminder: PlannedReminder;
  dueAt: Date;
  expiresAt: Date;
}

/**
 * Every reminder for `partner` as of `asOf` (a UTC day), with its send time. Deadlines from the day
 * before `asOf` are kept: west of UTC that day is still today.
 */
export function partnerReminders(partner: Partner, content: Content, asOf: PlainDate, config: Pick<ReminderConfig, 'hour' | 'timeZone'>): PartnerReminder[] {
  const schedule = partnerSchedule(partner, config);
  const standing = evaluatePartner(partner, content.rules, asOf);
  return plannedReminders(standing.deadlines, content.rules, addDays(asOf, -1)).map((reminder) => ({
    partner,
    schedule,
    reminder,
    dueAt: zonedTime(reminder.sendOn, schedule.hour, schedule.timeZone),
    // The deadline is the whole of its local day; after it, a reminder is pointless.
    expiresAt: zonedTime(addDays(reminder.deadline, 1), 0, schedule.timeZone),
  }));
}

/** The ledger rows for all of `content` as of `asOf`: one per team member and reminder. */
export function planRows(content: Content, asOf: PlainDate, config: Pick<ReminderConfig, 'hour' | 'timeZone'>): PlannedReminderRow[] {
  const rows: PlannedReminderRow[] = [];
  for (const partner of content.partners) {
    if (partner.program.telegram.length === 0) continue;
    for (const r of partnerReminders(partner, content, asOf, config)) {
      for (const userId of partner.program.telegram) {
        rows.push({
          userId: Number(userId), partner: partner.slug, kind: r.reminder.kind, deadline: r.reminder.deadline,
          offset: r.reminder.offset, dueAt: r.dueAt, expiresAt: r.expiresAt, timeZone: r.schedule.timeZone,
        });
      }
    }
  }
  return rows;
}
