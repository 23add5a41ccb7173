/**
 * The rules engine's answer as terminal text and as JSON, for the eligibility CLI. What the engine
 * says comes as messages (codes with parameters); they are put in words with the English catalog
 * (content/locales/en/program.ftl), and the JSON gives both the words and the codes.
 */
import { formatDate, formatMoney, formatNumber, isMessage, renderMessage, summarizeStanding, upcomingDeadlines } from '../../content/index.ts';
import type { AdviceCode, Deadline, Message, Partner, RequirementResult, Rules, SalesFigure, Standing, Translator } from '../../content/index.ts';
import { progressBar } from './cli.ts';

/** Advice from the engine in words (`advice-<code>` in program.ftl): things the program data cannot show as done. */
const advice = (t: Translator, code: AdviceCode) => t.t(`advice-${code}`);

/** A sales figure and what it counts toward. */
function salesLine(rules: Rules, f: SalesFigure): string {
  const toward = f.toward === 'keep' ? `keeping ${f.status.name}${f.by ? ` at the review on ${formatDate(f.by)}` : ''}` : `reaching ${f.status.name}`;
  const excluded = f.excluded ? `; ${formatMoney(rules, f.excluded)} own or affiliated not counted` : '';
  return `Sales toward ${toward}: ${formatMoney(rules, f.counted)} of ${formatMoney(rules, f.target)} (${formatDate(f.window.from)} to ${formatDate(f.window.to)}${excluded})`;
}

/** What to do about a deadline, and what happens on its day. */
function deadlineLines(t: Translator, d: Deadline): string[] {
  if (d.met) return [];
  const text = (m: Message) => renderMessage(t, m);
  const out: string[] = [];
  if (d.missing.length) out.push(`      to do: ${d.missing.map(text).join('; ')}`);
  for (const a of d.advice) out.push(`      advice: ${advice(t, a)}`);
  out.push(`      ${d.missing.length || d.advice.length ? 'if missed' : 'on that day'}: ${text(d.consequence)}`);
  return out;
}

function requirementLine(t: Translator, rules: Rules, r: RequirementResult): string {
  const mark = r.met ? '✓' : '✗';
  let line = `  ${mark} ${renderMessage(t, r.label)}`;
  if (r.progress) {
    const fmt = (n: number) => (r.progress?.unit === 'money' ? formatMoney(rules, n) : formatNumber(n));
    line += `  ${progressBar(r.progress.current, r.progress.target)} ${fmt(r.progress.current)} of ${fmt(r.progress.target)}`;
  }
  if (r.window) line += ` (${formatDate(r.window.from)} to ${formatDate(r.window.to)})`;
  if (!r.met && r.missing) line += `\n      missing: ${renderMessage(t, r.missing)}`;
  return line;
}

function days(n: number): string {
  if (n === 0) return 'today';
  if (n < 0) return `${-n} day${n === -1 ? '' : 's'} ago`;
  return `in ${n} day${n === 1 ? '' : 's'}`;
}

/** The full answer as readable text; the engine's messages in `t`'s words (the English catalog). */
export function formatStanding(s: Standing, partner: Partner, rules: Rules, t: Translator): string {
  const text = (m: Message) => renderMessage(t, m);
  const out: string[] = [];
  out.push(`${partner.name} (${partner.slug}), as of ${formatDate(s.asOf)}`);
  out.push(text(summarizeStanding(s)));
  for (const review of s.reviews) {
    out.push(`Annual review on ${formatDate(review.date)}: ${review.kept ? `${review.reviewed.name} kept` : `target missed, ${review.reviewed.name} moves down to ${review.result.name}`}`);
    for (const r of review.requirements) out.push(requirementLine(t, rules, r));
  }
  if (s.status?.id !== s.recordedStatus.id && s.status) out.push(`Update the file: status: ${s.status.id}, statusSince: ${s.statusSince}`);
  for (const f of s.sales) out.push(salesLine(rules, f));
  for (const a of s.nextSteps) out.push(`Next step: ${advice(t, a)}`);
  out.push('');
  if (s.status) {
    const available = s.benefits.filter((b) => b.available);
    const pending = s.benefits.filter((b) => !b.available);
    out.push(`Benefits (${s.discount}% discount):`);
    for (const b of available) out.push(`  ✓ ${text(b.text)}`);
    for (const b of pending) out.push(`  ✗ ${text(b.text)} (needs: ${b.missing.map(text).join(', ')})`);
    out.push('');
  }
  if (s.keep) {
    const title = s.keep.kind === 'probation'
      ? `To keep ${s.status?.name} after the first period (by ${formatDate(s.keep.by)}):`
      : `To keep ${s.status?.name} at the annual review on ${formatDate(s.keep.by)}:`;
    out.push(`${title} ${s.keep.met ? 'all met' : 'not yet met'}`);
    for (const r of s.keep.requirements) out.push(requirementLine(t, rules, r));
    out.push('');
  }
  if (s.next) {
    out.push(`To move ${s.next.regain ? 'back ' : ''}up to ${s.next.status.name}: ${s.next.qualifies ? 'every requirement is met; apply for the upgrade' : `${s.next.missing.length} of ${s.next.requirements.length} requirements missing`}`);
    for (const r of s.next.requirements) out.push(requirementLine(t, rules, r));
    out.push('');
  } else if (s.status) {
    out.push(`${s.status.name} is the highest status.`);
    out.push('');
  }
  const upcoming = upcomingDeadlines(s.deadlines);
  out.push(upcoming.length ? 'Upcoming deadlines:' : 'No upcoming deadlines.');
  for (const d of upcoming) {
    out.push(`  ${d.date}  ${days(d.daysLeft).padEnd(12)} ${text(d.name)}: ${text(d.subject)}${d.met ? ' (done)' : ''}`);
    out.push(...deadlineLines(t, d));
  }
  const recent = s.deadlines.filter((d) => d.daysLeft < 0 && d.daysLeft >= -30);
  if (recent.length) {
    out.push('Passed in the last 30 days:');
    for (const d of recent) out.push(`  ${d.date}  ${days(d.daysLeft).padEnd(12)} ${text(d.name)}: ${text(d.subject)}${d.met ? ' (done)' : ''}`);
  }
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
