/**
 * The impact report in words: every sentence of it is here, built once as a small document and
 * written either as terminal text or as markdown (a pull-request comment or a job summary).
 */
import { formatDate, formatIssue, formatPercent } from '../../content/index.ts';
import type { ContentIssue, DeadlineKind } from '../../content/index.ts';
import type { DirectoryChange, Impact, PartnerName, ReminderChange, StandingChange } from './compare.ts';
import type { RuleChange } from './rules-diff.ts';
import { newlyAtRisk, silentDemotions } from './compare.ts';

/** A list item with optional lines below it. */
interface Item {
  text: string;
  sub?: string[];
}

/** One block of the report. */
type Block =
  | { type: 'title' | 'section' | 'para'; text: string }
  | { type: 'list'; items: Item[]; warn?: boolean; fold?: string };

/** How many problems of a side are listed before "and N more". */
const MAX_PROBLEMS = 20;
/** Lists longer than this are folded in markdown. */
const FOLD_AFTER = 12;

const who = (p: PartnerName) => `${p.name} (${p.slug})`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const statusName = (s: { name: string } | null | undefined) => (s ? s.name : 'cancelled');

/** Builds the report's blocks. `notes` come first, under the title (how the comparison was chosen). */
export function reportBlocks(impact: Impact, notes: readonly string[] = []): Block[] {
  const out: Block[] = [{ type: 'title', text: 'Content impact' }];
  out.push({ type: 'para', text: `${impact.before.label} → ${impact.after.label}, partners evaluated as of ${formatDate(impact.asOf)}.` });
  for (const note of notes) out.push({ type: 'para', text: note });
  out.push(...problems(impact));
  if (!impact.compared) {
    out.push({ type: 'para', text: 'Partners and standings are not compared: the rules on one side could not be read. Fix the problems above first.' });
    return out;
  }
  const attention = attentionItems(impact);
  if (attention.length) out.push({ type: 'section', text: 'Attention' }, { type: 'list', items: attention, warn: true });
  out.push({ type: 'section', text: 'Summary' }, { type: 'para', text: summary(impact) });
  out.push(...rulesBlocks(impact), ...partnerBlocks(impact), ...directoryBlocks(impact), ...standingBlocks(impact), ...reminderBlocks(impact));
  return out;
}

/** Problems in the content issues, and warnings on the new side, with private field values left out. */
function problems(impact: Impact): Block[] {
  const out: Block[] = [];
  const list = (issues: readonly ContentIssue[]) => {
    const items = issues.slice(0, MAX_PROBLEMS).map((i) => ({ text: formatIssue(withoutPrivateValues(i)) }));
    if (issues.length > MAX_PROBLEMS) items.push({ text: `and ${issues.length - MAX_PROBLEMS} more: run npm run check to see them all` });
    return { type: 'list', items } as const;
  };
  if (impact.after.issues.length) {
    out.push({ type: 'section', text: 'Problems' });
    out.push({ type: 'para', text: `${impact.after.label} has ${plural(impact.after.issues.length, 'problem')}: the content check fails until ${impact.after.issues.length === 1 ? 'it is' : 'they are'} fixed.` }, list(impact.after.issues));
  }
  if (impact.before.issues.length) {
    if (!impact.after.issues.length) out.push({ type: 'section', text: 'Problems' });
    out.push({ type: 'para', text: `${impact.before.label} had ${plural(impact.before.issues.length, 'problem')}${impact.after.issues.length ? '' : ', all fixed now'}; files with problems are compared only where they could be read.` }, list(impact.before.issues));
  }
  const warnings = impact.after.content?.warnings ?? [];
  if (warnings.length) {
    out.push({ type: 'section', text: 'Warnings' });
    out.push({ type: 'para', text: `${impact.after.label} has ${plural(warnings.length, 'warning')}: worth a look, though the content check passes.` }, list(warnings));
  }
  return out;
}

/** A problem in a private field is named by its field only: its message may quote the value. */
function withoutPrivateValues(issue: ContentIssue): ContentIssue {
  const inside = issue.path.startsWith('program.') || issue.path.startsWith('program[') || (issue.path === 'program' && !issue.message.startsWith('is required'));
  return inside ? { ...issue, message: `has a ${issue.severity === 'warning' ? 'warning' : 'problem'} (private data: run npm run check to see it)` } : issue;
}

function because(c: StandingChange): string {
  if (c.because.file && c.because.rules) return 'after the changes to its file and to the rules';
  return c.because.file ? 'after the changes to its file' : 'under the changed rules';
}

function attentionItems(impact: Impact): Item[] {
  const items: Item[] = [];
  for (const c of silentDemotions(impact)) {
    const s = c.status;
    if (!s) continue;
    if (s.cause === 'lapse') {
      items.push({ text: `${who(c)} is cancelled ${because(c)}: the ${s.recordedAfter.name} requirements are not met by ${formatDate(s.date ?? impact.asOf)}.` });
    } else {
      const listed = s.recordedAfter.listing !== 'none' ? `, so the directory shows it as ${s.recordedAfter.name} until the file is updated` : '';
      items.push({ text: `${who(c)} moves down from ${statusName(s.before)} to ${statusName(s.after)} ${because(c)}: it misses the annual review on ${formatDate(s.date ?? impact.asOf)}. Its file still says ${s.recordedAfter.name}${listed}.` });
    }
  }
  for (const p of impact.leaves) items.push({ text: `${who(p)} leaves the public directory: ${leaveReason(p)}.` });
  for (const c of newlyAtRisk(impact)) {
    const k = c.keep;
    if (!k) continue;
    const what = k.kind === 'annual-review' ? `the yearly target for keeping ${k.status.name} at the review on ${formatDate(k.byAfter)}` : `the ${k.status.name} requirements due ${formatDate(k.byAfter)}`;
    items.push({ text: `${who(c)} no longer meets ${what} ${because(c)}: ${k.after.join('; ')}.` });
  }
  return items;
}

function leaveReason(p: DirectoryChange): string {
  switch (p.why) {
    case 'removed': return 'its file is removed';
    case 'problems': return 'its file has problems';
    case 'status': return `its file now says ${statusName(p.status)}`;
    default: return `the changed rules no longer list ${statusName(p.status)} partners`;
  }
}

function enterReason(p: DirectoryChange): string {
  switch (p.why) {
    case 'added': return `a new ${statusName(p.status)} partner`;
    case 'status': return `its file now says ${statusName(p.status)}`;
    default: return `the changed rules list ${statusName(p.status)} partners`;
  }
}

function summary(impact: Impact): string {
  const parts: string[] = [];
  if (impact.rules.length) parts.push(`${plural(impact.rules.length, 'rules value')} changed in ${plural(new Set(impact.rules.map((r) => r.file)).size, 'file')}`);
  const partners = [
    impact.added.length && `${impact.added.length} added`,
    impact.removed.length && `${impact.removed.length} removed`,
    impact.changed.length && `${impact.changed.length} changed`,
  ].filter(Boolean);
  if (partners.length) parts.push(`partners: ${partners.join(', ')}`);
  if (impact.enters.length || impact.leaves.length) parts.push(`directory: ${impact.enters.length} in, ${impact.leaves.length} out`);
  if (impact.standings.length) parts.push(`${plural(impact.standings.length, 'partner')} with a changed standing or deadline`);
  const { added, cancelled } = impact.reminders;
  const count = (list: readonly ReminderChange[]) => list.reduce((n, r) => n + r.sendOn.length, 0);
  if (added.length || cancelled.length) parts.push(`reminders: ${count(added)} new, ${count(cancelled)} cancelled`);
  if (!parts.length) return 'No change to partners, rules or standings.';
  const text = parts.join('; ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** A rules value as written in YAML, on one line. */
export function ruleValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(ruleValue).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${ruleValue(v)}`).join(', ')} }`;
  return String(value);
}

function rulesBlocks(impact: Impact): Block[] {
  if (!impact.rules.length) return [];
  const items = impact.rules.map((r: RuleChange) => ({ text: `${r.file}: ${r.path}: ${ruleValue(r.before)} → ${ruleValue(r.after)}` }));
  const out: Block[] = [{ type: 'section', text: 'Rules' }, { type: 'list', items }];
  if (impact.versionNotBumped) {
    const info = impact.after.content?.rules.info;
    out.push({ type: 'para', text: `program.yaml still says version ${info?.version}, effective ${info?.effective}: bump both with every rules change.` });
  }
  return out;
}

function partnerBlocks(impact: Impact): Block[] {
  const items: Item[] = [
    ...impact.added.map((p) => ({ text: `added: ${who(p)}, ${p.status.name}${p.listed ? ', listed in the directory' : ', not listed'}` })),
    ...impact.removed.map((p) => ({ text: `removed: ${who(p)}, was ${p.status.name}` })),
    ...impact.changed.map((p) => ({ text: `changed: ${who(p)}: ${p.fields.join(', ')}` })),
    ...impact.unreadable.map((p) => ({ text: p.side === 'after' ? `not compared: ${who(p)}: its file has problems now` : `not compared: ${who(p)}: its file had problems before` })),
  ];
  if (!items.length) return [];
  return [
    { type: 'section', text: 'Partners' },
    { type: 'list', items, fold: 'partners' },
    ...(impact.changed.length ? [{ type: 'para' as const, text: 'Changed fields are named, never their values: the files hold private data.' }] : []),
  ];
}

function directoryBlocks(impact: Impact): Block[] {
  const items = [
    ...impact.enters.map((p) => ({ text: `in: ${who(p)}: ${enterReason(p)}` })),
    ...impact.leaves.map((p) => ({ text: `out: ${who(p)}: ${leaveReason(p)}` })),
  ];
  return items.length ? [{ type: 'section', text: 'Public directory' }, { type: 'list', items, fold: 'partners' }] : [];
}

function standingLines(c: StandingChange, asOf: string): string[] {
  const lines: string[] = [];
  const s = c.status;
  if (s) {
    const why = {
      file: 'the status in its file changed',
      review: `misses the annual review on ${formatDate(s.date ?? '')}; the file still says ${s.recordedAfter.name}`,
      lapse: `the ${s.recordedAfter.name} requirements are not met by ${formatDate(s.date ?? '')}`,
      restored: `${s.date ? `what took it away on ${formatDate(s.date)}` : 'what took it away'} no longer does`,
    }[s.cause];
    lines.push(`status: ${statusName(s.before)} → ${statusName(s.after)} (${why})`);
  }
  if (c.discount) lines.push(`discount: ${formatPercent(c.discount.before)} → ${formatPercent(c.discount.after)}`);
  const missing = (met: boolean, list: readonly string[]) => (met ? 'met' : list.join('; '));
  if (c.keep) {
    const k = c.keep;
    const title = k.kind === 'annual-review' ? `keeping ${k.status.name} at the annual review` : `keeping ${k.status.name} after the first period`;
    const by = k.byBefore === k.byAfter ? ` on ${formatDate(k.byAfter)}` : ` (${formatDate(k.byBefore)} → ${formatDate(k.byAfter)})`;
    lines.push(`${title}${by}: ${missing(k.metBefore, k.before)} → ${missing(k.metAfter, k.after)}`);
  }
  if (c.next) {
    const n = c.next;
    const state = (qualifies: boolean, list: readonly string[]) => (qualifies ? 'qualifies' : `missing ${list.join('; ')}`);
    lines.push(`moving up to ${n.status.name}: ${state(n.qualifiesBefore, n.before)} → ${state(n.qualifiesAfter, n.after)}`);
  }
  for (const d of c.deadlines) {
    const date = (x: string | undefined) => (x ? `${formatDate(x)}${x < asOf ? ' (passed)' : ''}` : 'none');
    lines.push(`deadline ${d.name}: ${date(d.before)} → ${date(d.after)}`);
  }
  return lines;
}

function standingBlocks(impact: Impact): Block[] {
  if (!impact.standings.length) return [];
  return [
    { type: 'section', text: `Standing as of ${formatDate(impact.asOf)}` },
    { type: 'list', items: impact.standings.map((c) => ({ text: who(c), sub: standingLines(c, impact.asOf) })), fold: 'partners' },
  ];
}

function reminderBlocks(impact: Impact): Block[] {
  const { added, cancelled } = impact.reminders;
  if (!added.length && !cancelled.length) return [];
  const perKind = (list: readonly ReminderChange[]) => {
    const counts = new Map<DeadlineKind, { name: string; n: number }>();
    for (const r of list) counts.set(r.kind, { name: r.kindName, n: (counts.get(r.kind)?.n ?? 0) + r.sendOn.length });
    const total = [...counts.values()].reduce((n, c) => n + c.n, 0);
    const kinds = [...counts.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    return `${total}${kinds.length ? ` (${kinds.map((c) => `${c.name} ${c.n}`).join(', ')})` : ''}`;
  };
  const line = (sign: string, r: ReminderChange) => ({
    text: `${sign} ${who(r)}: ${r.kindName} on ${formatDate(r.deadline)}, reminders on ${r.sendOn.map(formatDate).join(', ')}`,
  });
  return [
    { type: 'section', text: `Reminders from ${formatDate(impact.asOf)} on` },
    { type: 'para', text: `New: ${perKind(added)}. Cancelled: ${perKind(cancelled)}.` },
    { type: 'list', items: [...added.map((r) => line('new', r)), ...cancelled.map((r) => line('cancelled', r))], fold: 'reminder lines' },
  ];
}

/** The report as terminal text. */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'list') {
      for (const item of b.items) {
        out.push(`${b.warn ? '  ! ' : '  - '}${item.text}`);
        for (const sub of item.sub ?? []) out.push(`      ${sub}`);
      }
    } else if (b.type === 'title') out.push(b.text, '='.repeat(b.text.length));
    else if (b.type === 'section') out.push('', b.text, '-'.repeat(b.text.length));
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}

/** Text from content, made inert in markdown: no formatting, links, HTML, math ($) or @-mentions. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#$]/g, (c) => `\\${c}`).replace(/@(?=\w)/g, '@\u200b');
}

/** The report as GitHub-flavoured markdown. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type !== 'list') {
      out.push(`${b.type === 'title' ? '## ' : b.type === 'section' ? '### ' : ''}${escapeMarkdown(b.text)}`, '');
    } else {
      const fold = b.fold && b.items.length > FOLD_AFTER;
      if (fold) out.push(`<details><summary>${b.items.length} ${b.fold}</summary>`, '');
      for (const item of b.items) {
        out.push(`- ${b.warn ? '⚠️ ' : ''}${escapeMarkdown(item.text)}`);
        for (const sub of item.sub ?? []) out.push(`  - ${escapeMarkdown(sub)}`);
      }
      out.push('');
      if (fold) out.push('</details>', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

