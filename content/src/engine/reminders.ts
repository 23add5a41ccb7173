/**
 * Which reminders a partner's deadlines call for: for every deadline that is not met yet, one
 * reminder per offset in `deadlines.yaml` (`remindDaysBefore`), on the day that many days before.
 * A pure function: the bot's reminder planner stores and sends them; the impact report compares them.
 */
import type { PlainDate } from '../dates.ts';
import { addDays } from '../dates.ts';
import type { Rules } from '../rules.ts';
import type { DeadlineKind } from '../schemas/program.ts';
import type { Deadline } from './deadlines.ts';

/** One reminder a partner's team should get. */
export interface PlannedReminder {
  kind: DeadlineKind;
  /** The deadline's day. */
  deadline: PlainDate;
  /** Days before the deadline. */
  offset: number;
  /** The day to send it (in the partner's local time; the sender picks the hour). */
  sendOn: PlainDate;
  /** The deadlines it covers: several of one kind on one day make one reminder. */
  items: Deadline[];
}

/**
 * Reminders for `deadlines` (from `evaluatePartner`): unmet deadlines on or after `asOf`, grouped by
 * kind and day, one per offset. Reminders whose send day has passed are included; the planner
 * decides whether to catch up on them.
 */
export function plannedReminders(deadlines: readonly Deadline[], rules: Rules, asOf: PlainDate): PlannedReminder[] {
  const groups = new Map<string, Deadline[]>();
  for (const d of deadlines) {
    if (d.met || d.date < asOf) continue;
    const key = `${d.kind} ${d.date}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: PlannedReminder[] = [];
  for (const items of groups.values()) {
    const first = items[0] as Deadline;
    for (const offset of rules.deadlines.kinds[first.kind].remindDaysBefore) {
      out.push({ kind: first.kind, deadline: first.date, offset, sendOn: addDays(first.date, -offset), items });
    }
  }
  return out.sort((a, b) => a.sendOn.localeCompare(b.sendOn) || a.kind.localeCompare(b.kind) || b.offset - a.offset);
}
