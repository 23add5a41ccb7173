/**
 * The rules engine's answer as terminal text and as JSON, for the eligibility CLI, in the words of
 * one language: the frame from the catalogs' `cli-standing-…` messages (content/locales/<locale>/cli.ftl),
 * what the engine says from its own messages (program.ftl), and figures and dates written the
 * language's way. The JSON gives the words beside the engine's codes.
 */
import { isMessage, list, msg, renderMessage, statusWord, summarizeStanding, upcomingDeadlines } from '../../content/index.ts';
import type { Deadline, Message, MessageParam, Partner, RequirementResult, SalesFigure, Standing, Translator } from '../../content/index.ts';
import { progressBar } from './cli.ts';

/** How many days back the passed deadlines are listed. */
const PASSED_DAYS = 30;

/** A sales figure and what it counts toward. */
function salesLine(f: SalesFigure): Message {
  const params = {
    status: statusWord(f.status), counted: f.counted, target: f.target, from: f.window.from, to: f.window.to,
    excluded: f.excluded ? msg('cli-standing-sales-excluded', { amount: f.excluded }) : '',
  };
  if (f.toward === 'next') return msg('cli-standing-sales-next', params);
  return f.by ? msg('cli-standing-sales-keep-review', { ...params, date: f.by }) : msg('cli-standing-sales-keep', params);
}

/** What to do about a deadline, and what happens on its day. */
function deadlineLines(d: Deadline): Message[] {
  if (d.met) return [];
  const out: Message[] = [];
  if (d.missing.length) out.push(msg('cli-standing-todo', { items: list(d.missing, 'semicolon') }));
  for (const a of d.advice) out.push(msg('cli-standing-advice', { advice: msg(`advice-${a}`) }));
  out.push(msg(d.missing.length || d.advice.length ? 'cli-standing-if-missed' : 'cli-standing-on-the-day', { consequence: d.consequence }));
  return out;
}

/** A requirement: met or not, with its figures and days, and what is still to do. */
function requirementLines(t: Translator, r: RequirementResult): string[] {
  let line = `  ${r.met ? '✓' : '✗'} ${renderMessage(t, r.label)}`;
  if (r.progress) {
    const fmt = (n: number) => (r.progress?.unit === 'money' ? t.money(n) : t.number(n));
    line += `  ${progressBar(r.progress.current, r.progress.target)} ${t.t('cli-standing-progress', { current: fmt(r.progress.current), target: fmt(r.progress.target) })}`;
  }
  if (r.window) line += ` ${t.t('cli-standing-window', { from: r.window.from, to: r.window.to })}`;
  return !r.met && r.missing ? [line, `      ${renderMessage(t, msg('cli-standing-todo', { items: r.missing }))}`] : [line];
}

/** How far a deadline is: "today", "in 12 days", "3 days ago". */
function days(t: Translator, n: number): string {
  return n < 0 ? t.t('cli-standing-days-ago', { days: -n }) : t.t('cli-standing-days', { days: n });
}

/** Deadlines as a table: the day, how far it is, and what it is about. */
function deadlineTable(t: Translator, deadlines: readonly Deadline[], details: boolean): string[] {
  const rows = deadlines.map((d) => ({ d, day: t.day(d.date), away: days(t, d.daysLeft) }));
  const dayWidth = Math.max(0, ...rows.map((r) => r.day.length));
  const awayWidth = Math.max(0, ...rows.map((r) => r.away.length));
  return rows.flatMap(({ d, day, away }) => [
    `  ${day.padEnd(dayWidth)}  ${away.padEnd(awayWidth)}  ${renderMessage(t, msg(d.met ? 'cli-standing-deadline-done' : 'cli-standing-deadline', { name: d.name, subject: d.subject }))}`,
    ...(details ? deadlineLines(d).map((m) => `      ${renderMessage(t, m)}`) : []),
  ]);
}

/** The full answer as readable text, in `t`'s language. */
export function formatStanding(s: Standing, partner: Partner, t: Translator): string {
  const text = (code: string, params?: Record<string, MessageParam>) => renderMessage(t, msg(code, params));
  const out: string[] = [];
  out.push(text('cli-standing-title', { partner: partner.name, slug: partner.slug, date: s.asOf }));
  out.push(renderMessage(t, summarizeStanding(s)));
  for (const review of s.reviews) {
    out.push(review.kept
      ? text('cli-standing-review-kept', { date: review.date, status: statusWord(review.reviewed) })
      : text('cli-standing-review-missed', { date: review.date, status: statusWord(review.reviewed), result: statusWord(review.result) }));
    for (const r of review.requirements) out.push(...requirementLines(t, r));
  }
  if (s.status && s.status.id !== s.recordedStatus.id) out.push(text('cli-standing-update-file', { status: s.status.id, since: s.statusSince }));
  for (const f of s.sales) out.push(renderMessage(t, salesLine(f)));
  for (const a of s.nextSteps) out.push(text('cli-standing-next-step', { advice: msg(`advice-${a}`) }));
  out.push('');
  if (s.status) {
    out.push(text('cli-standing-benefits', { discount: s.discount }));
    for (const b of s.benefits.filter((x) => x.available)) out.push(`  ✓ ${renderMessage(t, b.text)}`);
    for (const b of s.benefits.filter((x) => !x.available)) out.push(`  ✗ ${text('cli-standing-benefit-pending', { benefit: b.text, missing: list(b.missing, 'comma') })}`);
    out.push('');
  }
  if (s.keep && s.status) {
    const state = msg(s.keep.met ? 'cli-standing-all-met' : 'cli-standing-not-met');
    out.push(text(s.keep.kind === 'probation' ? 'cli-standing-keep-probation' : 'cli-standing-keep-review', { status: statusWord(s.status), date: s.keep.by, state }));
    for (const r of s.keep.requirements) out.push(...requirementLines(t, r));
    out.push('');
  }
  if (s.next) {
    const state = s.next.qualifies ? msg('cli-standing-qualifies') : msg('cli-standing-not-qualified', { unmet: s.next.missing.length, total: s.next.requirements.length });
    out.push(text(s.next.regain ? 'cli-standing-next-again' : 'cli-standing-next', { status: statusWord(s.next.status), state }));
    for (const r of s.next.requirements) out.push(...requirementLines(t, r));
    out.push('');
  } else if (s.status) {
    out.push(text('cli-standing-top', { status: statusWord(s.status) }), '');
  }
  const upcoming = upcomingDeadlines(s.deadlines);
  out.push(text(upcoming.length ? 'cli-standing-upcoming' : 'cli-standing-no-upcoming'));
  out.push(...deadlineTable(t, upcoming, true));
  const recent = s.deadlines.filter((d) => d.daysLeft < 0 && d.daysLeft >= -PASSED_DAYS);
  if (recent.length) out.push(text('cli-standing-passed', { days: PASSED_DAYS }), ...deadlineTable(t, recent, false));
  return out.join('\n');
}

/**
 * A value for JSON: every engine message in `t`'s words, each beside its code under
 * `<field>Code` (`label` and `labelCode`, `missing` and `missingCodes`…), so the fields keep their
 * text and gain the codes.
 */
function withWords(t: Translator, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => withWords(t, v));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (isMessage(v)) {
      out[key] = renderMessage(t, v);
      out[`${key}Code`] = v;
    } else if (Array.isArray(v) && v.length > 0 && v.every(isMessage)) {
      out[key] = v.map((m) => renderMessage(t, m));
      out[`${key}Codes`] = v;
    } else {
      out[key] = withWords(t, v);
    }
  }
  return out;
}

/**
 * The full answer as plain JSON: ids and figures, no functions or nested rule objects; what the
 * engine says in `t`'s words, with its codes and parameters beside (`labelCode`, `missingCodes`).
 */
export function standingToJson(s: Standing, partner: Partner, t: Translator) {
  const req = (r: RequirementResult) => ({ kind: r.requirement.kind, label: r.label, met: r.met, progress: r.progress, window: r.window, missing: r.missing });
  return withWords(t, {
    slug: partner.slug,
    name: partner.name,
    asOf: s.asOf,
    summary: summarizeStanding(s),
    recordedStatus: s.recordedStatus.id,
    status: s.status?.id ?? null,
    statusSince: s.statusSince,
    lapsed: s.lapsed,
    discount: s.discount,
    benefits: s.benefits,
    sales: s.sales.map((f) => ({ ...f, status: f.status.id })),
    nfr: s.nfr,
    nextSteps: s.nextSteps,
    reviews: s.reviews.map((r) => ({ date: r.date, reviewed: r.reviewed.id, kept: r.kept, result: r.result.id, requirements: r.requirements.map(req) })),
    keep: s.keep && { kind: s.keep.kind, by: s.keep.by, met: s.keep.met, missing: s.keep.missing, requirements: s.keep.requirements.map(req) },
    next: s.next && { status: s.next.status.id, qualifies: s.next.qualifies, regain: s.next.regain, missing: s.next.missing, requirements: s.next.requirements.map(req) },
    deadlines: s.deadlines,
  });
}
