/** The program's rules as one object, read from `content/program/` and shared by every front end. */
import type {
  Bonuses, Deadlines, Leads, Listing, Named, Nfr, ProgramInfo, Status, Timelines,
} from './schemas/program.ts';
import type { Requirement } from './schemas/requirement.ts';

/** Every rule of the program. Read with `loadRules`; never built by hand outside tests. */
export interface Rules {
  info: ProgramInfo;
  /** Statuses, lowest first. */
  statuses: Status[];
  courses: Named[];
  services: Named[];
  bonuses: Bonuses;
  nfr: Nfr;
  timelines: Timelines;
  leads: Leads;
  listing: Listing;
  deadlines: Deadlines;
}

/** The status with this id; throws for an unknown id (content is validated before use). */
export function statusById(rules: Rules, id: string): Status {
  const status = rules.statuses.find((s) => s.id === id);
  if (!status) throw new Error(`Unknown status '${id}'`);
  return status;
}

/** Position of a status, 0 for the lowest. */
export function statusRank(rules: Rules, id: string): number {
  return rules.statuses.findIndex((s) => s.id === id);
}

/** The status above `id`, or null at the top. */
export function nextStatus(rules: Rules, id: string): Status | null {
  return rules.statuses[statusRank(rules, id) + 1] ?? null;
}

/** The status `levels` below `id` (never below the lowest). */
export function lowerStatus(rules: Rules, id: string, levels = 1): Status {
  return rules.statuses[Math.max(0, statusRank(rules, id) - levels)] as Status;
}

/** Statuses whose partners appear in the public directory. */
export function listedStatuses(rules: Rules): Status[] {
  return rules.statuses.filter((s) => s.listing !== 'none');
}

/** A course's display name. */
export function courseName(rules: Rules, id: string): string {
  return rules.courses.find((c) => c.id === id)?.name ?? id;
}

/** A service's display name. */
export function serviceName(rules: Rules, id: string): string {
  return rules.services.find((s) => s.id === id)?.name ?? id;
}

/** Every requirement in the rules: each status's entry, first period, yearly target, discounts and benefits, and the kickstart bonus. */
export function everyRequirement(rules: Rules): Requirement[] {
  return [
    ...rules.statuses.flatMap((s) => [
      ...s.entry.requires,
      ...s.probation?.requires ?? [],
      ...s.maintain?.requires ?? [],
      ...s.discount.flatMap((d) => d.requires),
      ...s.benefits.flatMap((b) => b.requires),
    ]),
    ...rules.bonuses.kickstart.requires,
  ];
}
