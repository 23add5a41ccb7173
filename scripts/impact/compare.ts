/**
 * What a content change does: the content before and after, compared partner by partner and
 * evaluated by the rules engine on one day. Pure data; `render.ts` puts it in words.
 *
 * Partner files hold private program data, and the report may be posted on a public pull request,
 * so partner fields are compared by name only: values never leave this module. What the engine
 * derives (status, discount, gaps, deadlines, reminders) is reported as before and after.
 */
import path from 'node:path';
import { deadlineWord, evaluatePartner, plannedReminders, publicDirectory } from '../../content/index.ts';
import type {
  Content, ContentIssue, DeadlineKind, Message, Partner, PlainDate, Rules, Standing, Status,
} from '../../content/index.ts';
import type { RuleChange } from './rules-diff.ts';
import { compareRules } from './rules-diff.ts';

/** One side of the comparison: what was read and every problem found. */
export interface Side {
  /** How the side is named in the report: `origin/main (1a2b3c4)`, `the working tree`. */
  label: string;
  content?: Content;
  issues: ContentIssue[];
}

/** A partner as the report names it. */
export interface PartnerName {
  slug: string;
  name: string;
}

/** A change of the status the engine gives a partner. */
export interface StatusChange {
  before: Status | null;
  after: Status | null;
  /** The status written in the file, after. */
  recordedAfter: Status;
  /**
   * Why: `file`, the status in the file changed; `review`, a missed annual review moves the partner
   * down; `lapse`, a missed cut-off cancels it; `restored`, what took the status away before no longer does.
   */
  cause: 'file' | 'review' | 'lapse' | 'restored';
  /** Day of the review or cut-off that decides it. */
  date?: PlainDate;
  /** The partner ends up lower than before (cancelled is lowest). */
  down: boolean;
}

/** What changes in one partner's standing. */
export interface StandingChange extends PartnerName {
  status?: StatusChange;
  discount?: { before: number; after: number };
  /** Keeping the current status (same status on both sides), with what is still to do on each side (the engine's `missing-…`). */
  keep?: { status: Status; kind: 'probation' | 'annual-review'; byBefore: PlainDate; byAfter: PlainDate; before: Message[]; after: Message[]; metBefore: boolean; metAfter: boolean };
  /** Reaching the next status (same next status on both sides), with what is still to do on each side. */
  next?: { status: Status; before: Message[]; after: Message[]; qualifiesBefore: boolean; qualifiesAfter: boolean };
  /** Deadlines whose day moves, appears or goes (those passed on both sides are left out), with the kind's name. */
  deadlines: { kind: DeadlineKind; name: Message; before?: PlainDate; after?: PlainDate }[];
  /** What caused it: a change to the partner's file, to the rules, or both. */
  because: { file: boolean; rules: boolean };
}

/** Reminders for one deadline of one partner, scheduled on one side only. */
export interface ReminderChange extends PartnerName {
  kind: DeadlineKind;
  /** The deadline kind's name (`rule-deadline-<kind>`, English from deadlines.yaml). */
  kindName: Message;
  deadline: PlainDate;
  /** Days the reminders go out, earliest first. */
  sendOn: PlainDate[];
}

/** A partner entering or leaving the public directory. */
export interface DirectoryChange extends PartnerName {
  status?: Status;
  why: 'added' | 'removed' | 'status' | 'rules' | 'problems';
}

/** The whole comparison. */
export interface Impact {
  asOf: PlainDate;
  before: Side;
  after: Side;
  /** Both sides loaded, so partners and standings could be compared. */
  compared: boolean;
  rules: RuleChange[];
  /** Rules changed but program.yaml's version and effective day did not. */
  versionNotBumped: boolean;
  added: (PartnerName & { status: Status; listed: boolean })[];
  removed: (PartnerName & { status: Status; listed: boolean })[];
  /** Field names changed in a partner's file (never their values). */
  changed: (PartnerName & { fields: string[] })[];
  /** Partner files that could be compared on one side only because of problems on the other. */
  unreadable: (PartnerName & { side: 'before' | 'after' })[];
  enters: DirectoryChange[];
  leaves: DirectoryChange[];
  standings: StandingChange[];
  reminders: { added: ReminderChange[]; cancelled: ReminderChange[] };
}

/** Compares `before` with `after`, evaluating standings on `asOf`. */
export function compareContent(before: Side, after: Side, asOf: PlainDate): Impact {
  const impact: Impact = {
    asOf, before, after, compared: false, rules: [], versionNotBumped: false, added: [], removed: [], changed: [], unreadable: [],
    enters: [], leaves: [], standings: [], reminders: { added: [], cancelled: [] },
  };
  const old = before.content;
  const now = after.content;
  if (!old || !now) return impact;
  impact.compared = true;
  impact.rules = compareRules(old.rules, now.rules);
  impact.versionNotBumped = impact.rules.length > 0 && old.rules.info.version === now.rules.info.version && old.rules.info.effective === now.rules.info.effective;

  const oldBySlug = new Map(old.partners.map((p) => [p.slug, p]));
  const newBySlug = new Map(now.partners.map((p) => [p.slug, p]));
  const brokenBefore = brokenPartnerSlugs(before.issues);
  const brokenAfter = brokenPartnerSlugs(after.issues);
  const named = (p: Partner): PartnerName => ({ slug: p.slug, name: p.name });
  const statusOf = (rules: Rules, p: Partner) => rules.statuses.find((s) => s.id === p.status) as Status;

  for (const p of now.partners) {
    if (oldBySlug.has(p.slug)) continue;
    if (brokenBefore.has(p.slug)) impact.unreadable.push({ ...named(p), side: 'before' });
    else impact.added.push({ ...named(p), status: statusOf(now.rules, p), listed: statusOf(now.rules, p).listing !== 'none' });
  }
  for (const p of old.partners) {
    if (newBySlug.has(p.slug)) continue;
    if (brokenAfter.has(p.slug)) impact.unreadable.push({ ...named(p), side: 'after' });
    else impact.removed.push({ ...named(p), status: statusOf(old.rules, p), listed: statusOf(old.rules, p).listing !== 'none' });
  }

  const rulesChanged = impact.rules.length > 0;
  for (const p of now.partners) {
    const was = oldBySlug.get(p.slug);
    if (!was) continue;
    const fields = changedFields(was, p);
    if (fields.length) impact.changed.push({ ...named(p), fields });
    const standing = compareStanding(was, p, old.rules, now.rules, asOf, { file: fields.length > 0, rules: rulesChanged });
    if (standing) impact.standings.push(standing);
  }

  compareDirectory(impact, old, now, brokenAfter);
  compareReminders(impact, old, now, asOf);
  const byName = (a: PartnerName, b: PartnerName) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug);
  for (const list of [impact.added, impact.removed, impact.changed, impact.unreadable, impact.enters, impact.leaves, impact.standings]) list.sort(byName);
  return impact;
}

/** Slugs of partner files that have problems on one side. */
function brokenPartnerSlugs(issues: readonly ContentIssue[]): Set<string> {
  return new Set(issues.filter((i) => path.basename(path.dirname(i.file)) === 'partners').map((i) => path.basename(i.file).replace(/\.md$/, '')));
}

/** Names of the fields that differ: top-level fields, `program.<field>`, and `program.courses.<id>` and the like. */
export function changedFields(before: Partner, after: Partner): string[] {
  const fields: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys(before, after)) {
    if (key === 'slug' || key === 'file' || key === 'program') continue;
    if (!same(before[key as keyof Partner], after[key as keyof Partner])) fields.push(key);
  }
  const a = before.program as Record<string, unknown>;
  const b = after.program as Record<string, unknown>;
  for (const key of keys(a, b)) {
    const x = a[key];
    const y = b[key];
    if (same(x, y)) continue;
    // Groups keyed by name (courses, endorsements) name the entry; lists are named as a whole.
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      for (const sub of keys(x, y)) {
        if (!same((x as Record<string, unknown>)[sub], (y as Record<string, unknown>)[sub])) fields.push(`program.${key}.${sub}`);
      }
    } else {
      fields.push(`program.${key}`);
    }
  }
  return fields;
}

/** Position of a status, lowest first, with cancelled below all. */
const rankOf = (rules: Rules, status: Status | null) => (status ? rules.statuses.findIndex((s) => s.id === status.id) : -1);

/** How one partner's standing differs, or undefined when nothing a partner would notice changes. */
function compareStanding(was: Partner, is: Partner, oldRules: Rules, newRules: Rules, asOf: PlainDate, because: StandingChange['because']): StandingChange | undefined {
  const b = evaluatePartner(was, oldRules, asOf);
  const a = evaluatePartner(is, newRules, asOf);
  const missing = (s: Standing, which: 'keep' | 'next') => s[which]?.missing ?? [];
  // Messages with the same code and parameters say the same in every language.
  const same = (x: readonly Message[], y: readonly Message[]) => JSON.stringify(x) === JSON.stringify(y);
  const change: StandingChange = { slug: is.slug, name: is.name, deadlines: [], because };
  if (b.status?.id !== a.status?.id) change.status = { ...statusChange(b, a), down: rankOf(newRules, a.status) < rankOf(oldRules, b.status) };
  if (b.discount !== a.discount) change.discount = { before: b.discount, after: a.discount };
  if (b.keep && a.keep && b.status && a.status?.id === b.status.id && b.keep.kind === a.keep.kind
    && (b.keep.met !== a.keep.met || b.keep.by !== a.keep.by || !same(missing(b, 'keep'), missing(a, 'keep')))) {
    change.keep = { status: a.status, kind: a.keep.kind, byBefore: b.keep.by, byAfter: a.keep.by, before: missing(b, 'keep'), after: missing(a, 'keep'), metBefore: b.keep.met, metAfter: a.keep.met };
  }
  if (b.next && a.next && b.next.status.id === a.next.status.id
    && (b.next.qualifies !== a.next.qualifies || !same(missing(b, 'next'), missing(a, 'next')))) {
    change.next = { status: a.next.status, before: missing(b, 'next'), after: missing(a, 'next'), qualifiesBefore: b.next.qualifies, qualifiesAfter: a.next.qualifies };
  }
  change.deadlines = compareDeadlines(b, a, asOf);
  const changed = change.status || change.discount || change.keep || change.next || change.deadlines.length;
  return changed ? change : undefined;
}

function statusChange(b: Standing, a: Standing): Omit<StatusChange, 'down'> {
  const base = { before: b.status, after: a.status, recordedAfter: a.recordedStatus };
  const cutoff = (s: Standing) => s.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date;
  const missed = (s: Standing) => s.reviews.find((r) => !r.kept)?.date;
  if (a.lapsed) return { ...base, cause: 'lapse', date: cutoff(a) };
  if (a.status?.id !== a.recordedStatus.id) return { ...base, cause: 'review', date: missed(a) };
  if (b.recordedStatus.id !== a.recordedStatus.id) return { ...base, cause: 'file' };
  // The file's status holds now where before a review or the cut-off took it away.
  return { ...base, cause: 'restored', date: b.lapsed ? cutoff(b) : missed(b) };
}

/** Deadlines that move, appear or go, matched by kind in date order; those passed on both sides are left out. */
function compareDeadlines(b: Standing, a: Standing, asOf: PlainDate): StandingChange['deadlines'] {
  const out: StandingChange['deadlines'] = [];
  const kinds = [...new Set([...b.deadlines, ...a.deadlines].map((d) => d.kind))];
  for (const kind of kinds) {
    const before = b.deadlines.filter((d) => d.kind === kind).map((d) => d.date).sort();
    const after = a.deadlines.filter((d) => d.kind === kind).map((d) => d.date).sort();
    // Every kind here comes from a deadline of one side.
    const name = (a.deadlines.find((d) => d.kind === kind) ?? b.deadlines.find((d) => d.kind === kind))?.name as Message;
    if (before.length === after.length) {
      before.forEach((date, i) => {
        const next = after[i] as PlainDate;
        if (date !== next && (date >= asOf || next >= asOf)) out.push({ kind, name, before: date, after: next });
      });
      continue;
    }
    // Different numbers of this kind: report the days on one side only.
    for (const date of before.filter((d) => !after.includes(d) && d >= asOf)) out.push({ kind, name, before: date });
    for (const date of after.filter((d) => !before.includes(d) && d >= asOf)) out.push({ kind, name, after: date });
  }
  return out.sort((x, y) => (x.after ?? x.before ?? '').localeCompare(y.after ?? y.before ?? ''));
}

/** Who enters and leaves the public directory, and why. */
function compareDirectory(impact: Impact, old: Content, now: Content, brokenAfter: Set<string>): void {
  const listedBefore = new Set(publicDirectory(old.partners, old.rules).map((p) => p.slug));
  const listedAfter = new Set(publicDirectory(now.partners, now.rules).map((p) => p.slug));
  const oldBySlug = new Map(old.partners.map((p) => [p.slug, p]));
  const newBySlug = new Map(now.partners.map((p) => [p.slug, p]));
  const statusIn = (rules: Rules, p: Partner | undefined) => (p ? rules.statuses.find((s) => s.id === p.status) : undefined);
  for (const slug of listedAfter) {
    if (listedBefore.has(slug)) continue;
    const p = newBySlug.get(slug) as Partner;
    const was = oldBySlug.get(slug);
    const why = !was ? 'added' : was.status !== p.status ? 'status' : 'rules';
    impact.enters.push({ slug, name: p.name, status: statusIn(now.rules, p), why });
  }
  for (const slug of listedBefore) {
    if (listedAfter.has(slug)) continue;
    const was = oldBySlug.get(slug) as Partner;
    const p = newBySlug.get(slug);
    const why = !p ? (brokenAfter.has(slug) ? 'problems' : 'removed') : was.status !== p.status ? 'status' : 'rules';
    impact.leaves.push({ slug, name: was.name, status: statusIn(now.rules, p), why });
  }
}

/** Reminders from `asOf` on that one side schedules and the other does not. */
function compareReminders(impact: Impact, old: Content, now: Content, asOf: PlainDate): void {
  const plan = (content: Content) => {
    const out = new Map<string, ReminderChange>();
    for (const p of content.partners) {
      const standing = evaluatePartner(p, content.rules, asOf);
      for (const r of plannedReminders(standing.deadlines, content.rules, asOf)) {
        if (r.sendOn < asOf) continue;
        const key = `${p.slug} ${r.kind} ${r.deadline}`;
        const entry = out.get(key) ?? { slug: p.slug, name: p.name, kind: r.kind, kindName: deadlineWord(content.rules, r.kind), deadline: r.deadline, sendOn: [] };
        entry.sendOn.push(r.sendOn);
        out.set(key, entry);
      }
    }
    return out;
  };
  const before = plan(old);
  const after = plan(now);
  const onlyIn = (from: Map<string, ReminderChange>, other: Map<string, ReminderChange>) => [...from.entries()].flatMap(([key, r]) => {
    const sendOn = r.sendOn.filter((d) => !other.get(key)?.sendOn.includes(d)).sort();
    return sendOn.length ? [{ ...r, sendOn }] : [];
  }).sort((x, y) => x.name.localeCompare(y.name, 'en') || x.deadline.localeCompare(y.deadline) || x.kind.localeCompare(y.kind));
  impact.reminders.added = onlyIn(after, before);
  impact.reminders.cancelled = onlyIn(before, after);
}

/**
 * Partners the engine moves down without their file saying so (a missed review, a missed cut-off):
 * the site still lists them by the status in their file until someone updates it.
 */
export function silentDemotions(impact: Impact): StandingChange[] {
  return impact.standings.filter((s) => s.status?.down && s.status.cause !== 'file');
}

/** Partners who met what keeping their status asks and no longer do. */
export function newlyAtRisk(impact: Impact): StandingChange[] {
  return impact.standings.filter((s) => s.keep && s.keep.metBefore && !s.keep.metAfter);
}
