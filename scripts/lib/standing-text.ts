/** The rules engine's answer as terminal text and as JSON, for the eligibility CLI. */
import { formatDate, formatMoney, formatNumber, summarizeStanding, upcomingDeadlines } from '../../content/index.ts';
import type { Partner, RequirementResult, Rules, Standing } from '../../content/index.ts';
import { progressBar } from './cli.ts';

function requirementLine(rules: Rules, r: RequirementResult): string {
  const mark = r.met ? '✓' : '✗';
  let line = `  ${mark} ${r.label}`;
  if (r.progress) {
    const fmt = (n: number) => (r.progress?.unit === 'money' ? formatMoney(rules, n) : formatNumber(n));
    line += `  ${progressBar(r.progress.current, r.progress.target)} ${fmt(r.progress.current)} of ${fmt(r.progress.target)}`;
  }
  if (r.window) line += ` (${formatDate(r.window.from)} to ${formatDate(r.window.to)})`;
  if (!r.met && r.missing) line += `\n      missing: ${r.missing}`;
  return line;
}

function days(n: number): string {
  if (n === 0) return 'today';
  if (n < 0) return `${-n} day${n === -1 ? '' : 's'} ago`;
  return `in ${n} day${n === 1 ? '' : 's'}`;
}

/** The full answer as readable text. */
export function formatStanding(s: Standing, partner: Partner, rules: Rules): string {
  const out: string[] = [];
  out.push(`${partner.name} (${partner.slug}), as of ${formatDate(s.asOf)}`);
  out.push(summarizeStanding(s));
  for (const review of s.reviews) {
    out.push(`Annual review on ${formatDate(review.date)}: ${review.kept ? `${review.reviewed.name} kept` : `target missed, ${review.reviewed.name} moves down to ${review.result.name}`}`);
    for (const r of review.requirements) out.push(requirementLine(rules, r));
  }
  if (s.status?.id !== s.recordedStatus.id && s.status) out.push(`Update the file: status: ${s.status.id}, statusSince: ${s.statusSince}`);
  out.push(`Sales in the last ${rules.timelines.review.months} months: ${formatMoney(rules, s.sales.counted)} counted${s.sales.excluded ? `, ${formatMoney(rules, s.sales.excluded)} own or affiliated not counted` : ''} (${formatDate(s.sales.window.from)} to ${formatDate(s.sales.window.to)})`);
  out.push('');
  if (s.status) {
    const available = s.benefits.filter((b) => b.available);
    const pending = s.benefits.filter((b) => !b.available);
    out.push(`Benefits (${s.discount}% discount):`);
    for (const b of available) out.push(`  ✓ ${b.text}`);
    for (const b of pending) out.push(`  ✗ ${b.text} (needs: ${b.missing.join(', ')})`);
    out.push('');
  }
  if (s.keep) {
    const title = s.keep.kind === 'probation'
      ? `To keep ${s.status?.name} after the first period (by ${formatDate(s.keep.by)}):`
      : `To keep ${s.status?.name} at the annual review on ${formatDate(s.keep.by)}:`;
    out.push(`${title} ${s.keep.met ? 'all met' : 'not yet met'}`);
    for (const r of s.keep.requirements) out.push(requirementLine(rules, r));
    out.push('');
  }
  if (s.next) {
    out.push(`To move up to ${s.next.status.name}: ${s.next.qualifies ? 'every requirement is met; apply for the upgrade' : `${s.next.missing.length} of ${s.next.requirements.length} requirements missing`}`);
    for (const r of s.next.requirements) out.push(requirementLine(rules, r));
    out.push('');
  } else if (s.status) {
    out.push(`${s.status.name} is the highest status.`);
    out.push('');
  }
  const upcoming = upcomingDeadlines(s.deadlines);
  out.push(upcoming.length ? 'Upcoming deadlines:' : 'No upcoming deadlines.');
  for (const d of upcoming) {
    out.push(`  ${d.date}  ${days(d.daysLeft).padEnd(12)} ${d.name}: ${d.subject}${d.met ? ' (done)' : ''}`);
    if (!d.met && d.missing.length) out.push(`      to do: ${d.missing.join('; ')}`);
    if (!d.met) out.push(`      if missed: ${d.consequence}`);
  }
  const recent = s.deadlines.filter((d) => d.daysLeft < 0 && d.daysLeft >= -30);
  if (recent.length) {
    out.push('Passed in the last 30 days:');
    for (const d of recent) out.push(`  ${d.date}  ${days(d.daysLeft).padEnd(12)} ${d.name}: ${d.subject}${d.met ? ' (done)' : ''}`);
  }
  return out.join('\n');
}

/** The full answer as plain JSON: ids and figures, no functions or nested rule objects. */
export function standingToJson(s: Standing, partner: Partner) {
  const req = (r: RequirementResult) => ({ kind: r.requirement.kind, label: r.label, met: r.met, progress: r.progress, window: r.window, missing: r.missing });
  return {
    slug: partner.slug,
    name: partner.name,
    asOf: s.asOf,
    recordedStatus: s.recordedStatus.id,
    status: s.status?.id ?? null,
    statusSince: s.statusSince,
    lapsed: s.lapsed,
    discount: s.discount,
    benefits: s.benefits,
    sales: s.sales,
    reviews: s.reviews.map((r) => ({ date: r.date, reviewed: r.reviewed.id, kept: r.kept, result: r.result.id, requirements: r.requirements.map(req) })),
    keep: s.keep && { kind: s.keep.kind, by: s.keep.by, met: s.keep.met, missing: s.keep.missing, requirements: s.keep.requirements.map(req) },
    next: s.next && { status: s.next.status.id, qualifies: s.next.qualifies, missing: s.next.missing, requirements: s.next.requirements.map(req) },
    deadlines: s.deadlines,
  };
}
