/**
 * The impact report in words, built once as a small document that write.ts writes as terminal text
 * or as markdown (a pull-request comment or a job summary). Every sentence is a `cli-impact-…`
 * message of the catalogs (content/locales/<locale>/cli.ftl), in the translator's language, with
 * the engine's words (program.ftl) and the rules' own; the content check's problems are quoted as
 * it writes them (in English).
 */
import { formatIssue, list, msg, renderMessage, statusWord } from '../../content/index.ts';
import type { ContentIssue, Message, MessageParam, Status, Translator } from '../../content/index.ts';
import type { DirectoryChange, Impact, PartnerName, ReminderChange, StandingChange } from './compare.ts';
import type { BaseCommit } from './git.ts';
import type { RuleChange } from './rules-diff.ts';
import { newlyAtRisk, silentDemotions } from './compare.ts';

/** A list item with optional lines below it. */
export interface Item {
  text: string;
  sub?: string[];
}

/** One block of the report; a long list folds in markdown under `fold` (write.ts). */
export type Block =
  | { type: 'title' | 'section' | 'para'; text: string }
  | { type: 'list'; items: Item[]; warn?: boolean; fold?: string };

/** How many problems of a side are listed before "and N more". */
const MAX_PROBLEMS = 20;

/** Writes the report's sentences in one language. */
class Words {
  readonly t: Translator;

  constructor(t: Translator) {
    this.t = t;
  }

  /** The message `code` with `params`, nested messages in the same language. */
  say(code: string, params?: Record<string, MessageParam>): string {
    return renderMessage(this.t, msg(code, params));
  }

  /** A partner as the report names it: its name and slug. */
  who(p: PartnerName): string {
    return `${p.name} (${p.slug})`;
  }

  /** A status's name, or "cancelled" for none. */
  status(s: Status | null | undefined): Message {
    return s ? statusWord(s) : msg('cli-impact-cancelled');
  }

  /** Engine messages joined by "; ". */
  items(messages: readonly Message[]): MessageParam {
    return list(messages, 'semicolon');
  }
}

/** How the compared commit is named in the report: `origin/main (1a2b3c4)`, `the merge base with main (1a2b3c4)`. */
export function baseLabel(t: Translator, base: BaseCommit): string {
  const sha = base.sha.slice(0, 7);
  const { chosen } = base;
  if (chosen.by === 'ref') return t.t('cli-impact-side-ref', { ref: chosen.ref, sha });
  if (chosen.by === 'merge-base') return t.t('cli-impact-side-merge-base', { main: chosen.main, sha });
  return t.t('cli-impact-side-head', { sha });
}

/** Why the report compares with HEAD when no ref was given; none when the choice needs no word. */
export function baseNote(t: Translator, base: BaseCommit): string | undefined {
  const { chosen } = base;
  if (chosen.by !== 'head') return undefined;
  return t.t(`cli-impact-note-${chosen.why}`, { main: chosen.main ?? 'main' });
}

/** How the working tree is named in the report. */
export function workingTreeLabel(t: Translator): string {
  return t.t('cli-impact-side-working-tree');
}

/** Builds the report's blocks in `t`'s language. `notes` come first, under the title (how the comparison was chosen). */
export function reportBlocks(impact: Impact, t: Translator, notes: readonly string[] = []): Block[] {
  const w = new Words(t);
  const out: Block[] = [{ type: 'title', text: w.say('cli-impact-title') }];
  out.push({ type: 'para', text: w.say('cli-impact-compared', { before: impact.before.label, after: impact.after.label, date: impact.asOf }) });
  for (const note of notes) out.push({ type: 'para', text: note });
  out.push(...problems(w, impact));
  if (!impact.compared) {
    out.push({ type: 'para', text: w.say('cli-impact-not-compared') });
    return out;
  }
  const attention = attentionItems(w, impact);
  if (attention.length) out.push({ type: 'section', text: w.say('cli-impact-attention') }, { type: 'list', items: attention, warn: true });
  out.push({ type: 'section', text: w.say('cli-impact-summary') }, { type: 'para', text: summary(w, impact) });
  out.push(...rulesBlocks(w, impact), ...partnerBlocks(w, impact), ...directoryBlocks(w, impact), ...standingBlocks(w, impact), ...reminderBlocks(w, impact));
  return out;
}

/** Problems in the content issues, and warnings on the new side, with private field values left out. */
function problems(w: Words, impact: Impact): Block[] {
  const out: Block[] = [];
  const listed = (issues: readonly ContentIssue[]) => {
    const items = issues.slice(0, MAX_PROBLEMS).map((i) => ({ text: formatIssue(withoutPrivateValues(w, i)) }));
    if (issues.length > MAX_PROBLEMS) items.push({ text: w.say('cli-impact-problems-more', { count: issues.length - MAX_PROBLEMS }) });
    return { type: 'list', items } as const;
  };
  const after = impact.after.issues.length;
  const before = impact.before.issues.length;
  if (after) {
    out.push({ type: 'section', text: w.say('cli-impact-problems') });
    out.push({ type: 'para', text: w.say('cli-impact-problems-now', { side: impact.after.label, count: after }) }, listed(impact.after.issues));
  }
  if (before) {
    if (!after) out.push({ type: 'section', text: w.say('cli-impact-problems') });
    out.push({ type: 'para', text: w.say(after ? 'cli-impact-problems-before' : 'cli-impact-problems-before-fixed', { side: impact.before.label, count: before }) }, listed(impact.before.issues));
  }
  const warnings = impact.after.content?.warnings ?? [];
  if (warnings.length) {
    out.push({ type: 'section', text: w.say('cli-impact-warnings') });
    out.push({ type: 'para', text: w.say('cli-impact-warnings-now', { side: impact.after.label, count: warnings.length }) }, listed(warnings));
  }
  return out;
}

/** A problem in a private field is named by its field only: its message may quote the value. */
function withoutPrivateValues(w: Words, issue: ContentIssue): ContentIssue {
  const inside = issue.path.startsWith('program.') || issue.path.startsWith('program[') || (issue.path === 'program' && !issue.message.startsWith('is required'));
  return inside ? { ...issue, message: w.say(issue.severity === 'warning' ? 'cli-impact-private-warning' : 'cli-impact-private-problem') } : issue;
}

/** What changed a partner's standing, as the end of a sentence about it. */
function because(c: StandingChange): Message {
  if (c.because.file && c.because.rules) return msg('cli-impact-because-both');
  return msg(c.because.file ? 'cli-impact-because-file' : 'cli-impact-because-rules');
}

function attentionItems(w: Words, impact: Impact): Item[] {
  const items: Item[] = [];
  for (const c of silentDemotions(impact)) {
    const s = c.status;
    if (!s) continue;
    const date = s.date ?? impact.asOf;
    if (s.cause === 'lapse') {
      items.push({ text: w.say('cli-impact-attention-lapse', { partner: w.who(c), because: because(c), status: statusWord(s.recordedAfter), date }) });
    } else {
      const code = s.recordedAfter.listing !== 'none' ? 'cli-impact-attention-review-listed' : 'cli-impact-attention-review';
      items.push({ text: w.say(code, { partner: w.who(c), before: w.status(s.before), after: w.status(s.after), because: because(c), date, recorded: statusWord(s.recordedAfter) }) });
    }
  }
  for (const p of impact.leaves) items.push({ text: w.say('cli-impact-attention-leaves', { partner: w.who(p), reason: leaveReason(w, p) }) });
  for (const c of newlyAtRisk(impact)) {
    const k = c.keep;
    if (!k) continue;
    const code = k.kind === 'annual-review' ? 'cli-impact-attention-at-risk-review' : 'cli-impact-attention-at-risk-probation';
    items.push({ text: w.say(code, { partner: w.who(c), status: statusWord(k.status), date: k.byAfter, because: because(c), items: w.items(k.after) }) });
  }
  return items;
}

function leaveReason(w: Words, p: DirectoryChange): Message {
  switch (p.why) {
    case 'removed': return msg('cli-impact-leave-removed');
    case 'problems': return msg('cli-impact-leave-problems');
    case 'status': return msg('cli-impact-leave-status', { status: w.status(p.status) });
    default: return msg('cli-impact-leave-rules', { status: w.status(p.status) });
  }
}

function enterReason(w: Words, p: DirectoryChange): Message {
  switch (p.why) {
    case 'added': return msg('cli-impact-enter-added', { status: w.status(p.status) });
    case 'status': return msg('cli-impact-enter-status', { status: w.status(p.status) });
    default: return msg('cli-impact-enter-rules', { status: w.status(p.status) });
  }
}

function summary(w: Words, impact: Impact): string {
  const parts: string[] = [];
  if (impact.rules.length) parts.push(w.say('cli-impact-summary-rules', { values: impact.rules.length, files: new Set(impact.rules.map((r) => r.file)).size }));
  const partners = [
    impact.added.length && msg('cli-impact-summary-added', { count: impact.added.length }),
    impact.removed.length && msg('cli-impact-summary-removed', { count: impact.removed.length }),
    impact.changed.length && msg('cli-impact-summary-changed', { count: impact.changed.length }),
  ].filter((m): m is Message => Boolean(m));
  if (partners.length) parts.push(w.say('cli-impact-summary-partners', { changes: list(partners, 'comma') }));
  if (impact.enters.length || impact.leaves.length) parts.push(w.say('cli-impact-summary-directory', { in: impact.enters.length, out: impact.leaves.length }));
  if (impact.standings.length) parts.push(w.say('cli-impact-summary-standings', { count: impact.standings.length }));
  const { added, cancelled } = impact.reminders;
  const count = (reminders: readonly ReminderChange[]) => reminders.reduce((n, r) => n + r.sendOn.length, 0);
  if (added.length || cancelled.length) parts.push(w.say('cli-impact-summary-reminders', { added: count(added), cancelled: count(cancelled) }));
  if (!parts.length) return w.say('cli-impact-summary-none');
  const text = parts.join('; ');
  return `${text.charAt(0).toLocaleUpperCase(w.t.locale.id)}${text.slice(1)}.`;
}

/** A rules value as written in YAML, on one line; `none` for a value one side does not have. */
function ruleValue(value: unknown, none: string): string {
  if (value === undefined) return none;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => ruleValue(v, none)).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${ruleValue(v, none)}`).join(', ')} }`;
  return String(value);
}

function rulesBlocks(w: Words, impact: Impact): Block[] {
  if (!impact.rules.length) return [];
  const none = w.say('cli-impact-rule-none');
  const items = impact.rules.map((r: RuleChange) => ({ text: `${r.file}: ${r.path}: ${ruleValue(r.before, none)} → ${ruleValue(r.after, none)}` }));
  const out: Block[] = [{ type: 'section', text: w.say('cli-impact-rules') }, { type: 'list', items }];
  const info = impact.after.content?.rules.info;
  if (impact.versionNotBumped && info) out.push({ type: 'para', text: w.say('cli-impact-version-not-bumped', { version: info.version, effective: info.effective }) });
  return out;
}

function partnerBlocks(w: Words, impact: Impact): Block[] {
  const items: Item[] = [
    ...impact.added.map((p) => ({ text: w.say(p.listed ? 'cli-impact-partner-added-listed' : 'cli-impact-partner-added', { partner: w.who(p), status: statusWord(p.status) }) })),
    ...impact.removed.map((p) => ({ text: w.say('cli-impact-partner-removed', { partner: w.who(p), status: statusWord(p.status) }) })),
    ...impact.changed.map((p) => ({ text: w.say('cli-impact-partner-changed', { partner: w.who(p), fields: p.fields.join(', ') }) })),
    ...impact.unreadable.map((p) => ({ text: w.say(p.side === 'after' ? 'cli-impact-partner-broken-now' : 'cli-impact-partner-broken-before', { partner: w.who(p) }) })),
  ];
  if (!items.length) return [];
  return [
    { type: 'section', text: w.say('cli-impact-partners') },
    { type: 'list', items, fold: w.say('cli-impact-fold-partners', { count: items.length }) },
    ...(impact.changed.length ? [{ type: 'para' as const, text: w.say('cli-impact-fields-only') }] : []),
  ];
}

function directoryBlocks(w: Words, impact: Impact): Block[] {
  const items = [
    ...impact.enters.map((p) => ({ text: w.say('cli-impact-directory-in', { partner: w.who(p), reason: enterReason(w, p) }) })),
    ...impact.leaves.map((p) => ({ text: w.say('cli-impact-directory-out', { partner: w.who(p), reason: leaveReason(w, p) }) })),
  ];
  return items.length ? [{ type: 'section', text: w.say('cli-impact-directory') }, { type: 'list', items, fold: w.say('cli-impact-fold-partners', { count: items.length }) }] : [];
}

function standingLines(w: Words, c: StandingChange, asOf: string): string[] {
  const lines: string[] = [];
  const s = c.status;
  if (s) {
    const why = {
      file: msg('cli-impact-why-file'),
      review: msg('cli-impact-why-review', { date: s.date ?? asOf, status: statusWord(s.recordedAfter) }),
      lapse: msg('cli-impact-why-lapse', { date: s.date ?? asOf, status: statusWord(s.recordedAfter) }),
      restored: s.date ? msg('cli-impact-why-restored', { date: s.date }) : msg('cli-impact-why-restored-undated'),
    }[s.cause];
    lines.push(w.say('cli-impact-status', { before: w.status(s.before), after: w.status(s.after), why }));
  }
  if (c.discount) lines.push(w.say('cli-impact-discount', { before: c.discount.before, after: c.discount.after }));
  if (c.keep) {
    const k = c.keep;
    // What is still to do reads as itself ("sell $/€600 more by …"), without a label.
    const state = (met: boolean, todo: readonly Message[]) => (met ? msg('cli-impact-met') : w.items(todo));
    const moved = k.byBefore !== k.byAfter;
    const code = `cli-impact-keep-${k.kind === 'annual-review' ? 'review' : 'probation'}${moved ? '-moved' : ''}`;
    lines.push(w.say(code, { status: statusWord(k.status), date: k.byAfter, from: k.byBefore, to: k.byAfter, before: state(k.metBefore, k.before), after: state(k.metAfter, k.after) }));
  }
  if (c.next) {
    const n = c.next;
    const state = (qualifies: boolean, todo: readonly Message[]) => (qualifies ? msg('cli-impact-qualifies') : w.items(todo));
    lines.push(w.say('cli-impact-next', { status: statusWord(n.status), before: state(n.qualifiesBefore, n.before), after: state(n.qualifiesAfter, n.after) }));
  }
  for (const d of c.deadlines) {
    const day = (x: string | undefined) => (x ? (x < asOf ? msg('cli-impact-day-passed', { date: x }) : w.t.day(x)) : msg('cli-impact-no-day'));
    lines.push(w.say('cli-impact-deadline', { name: d.name, before: day(d.before), after: day(d.after) }));
  }
  return lines;
}

function standingBlocks(w: Words, impact: Impact): Block[] {
  if (!impact.standings.length) return [];
  return [
    { type: 'section', text: w.say('cli-impact-standing', { date: impact.asOf }) },
    { type: 'list', items: impact.standings.map((c) => ({ text: w.who(c), sub: standingLines(w, c, impact.asOf) })), fold: w.say('cli-impact-fold-partners', { count: impact.standings.length }) },
  ];
}

function reminderBlocks(w: Words, impact: Impact): Block[] {
  const { added, cancelled } = impact.reminders;
  if (!added.length && !cancelled.length) return [];
  const { t } = w;
  /** The count, with the count of each kind of deadline in brackets: "9 (Bronze requirements 3, …)". */
  const perKind = (reminders: readonly ReminderChange[]) => {
    const counts = new Map<string, { name: string; n: number }>();
    for (const r of reminders) counts.set(r.kind, { name: renderMessage(t, r.kindName), n: (counts.get(r.kind)?.n ?? 0) + r.sendOn.length });
    const total = [...counts.values()].reduce((n, c) => n + c.n, 0);
    const kinds = [...counts.values()].sort((a, b) => t.compare(a.name, b.name));
    return `${t.number(total)}${kinds.length ? ` (${kinds.map((c) => `${c.name} ${t.number(c.n)}`).join(', ')})` : ''}`;
  };
  const line = (code: string, r: ReminderChange) => ({
    text: w.say(code, { partner: w.who(r), kind: r.kindName, date: r.deadline, days: r.sendOn.map((d) => t.day(d)).join(', ') }),
  });
  const items = [...added.map((r) => line('cli-impact-reminder-new', r)), ...cancelled.map((r) => line('cli-impact-reminder-cancelled', r))];
  return [
    { type: 'section', text: w.say('cli-impact-reminders', { date: impact.asOf }) },
    { type: 'para', text: w.say('cli-impact-reminders-counts', { added: perKind(added), cancelled: perKind(cancelled) }) },
    { type: 'list', items, fold: w.say('cli-impact-fold-reminders', { count: items.length }) },
  ];
}
