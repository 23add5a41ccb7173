/** A linked partner's standing, for /status: status, progress to keep it and to move up, benefits, sales. */
import { daysBetween, formatDate, formatMoney, formatPercent, upcomingDeadlines } from '../../content/index.ts';
import type { Content, Partner, ReviewOutcome, Rules, SalesFigure, Standing } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { nextStepsMessage } from './deadlines.ts';
import { requirementList } from './requirements.ts';

/** Why a review moved the partner down: the figures of the target it missed. */
function missedTarget(t: Messages, rules: Rules, review: ReviewOutcome): string | null {
  const missed = review.requirements.filter((r) => !r.met);
  if (missed.length === 0) return null;
  return missed.map((r) => (r.progress ? t.standing.missedFigure(formatMoney(rules, r.progress.current), formatMoney(rules, r.progress.target)) : r.label)).join('; ');
}

/** One sales figure and what it counts toward. */
function salesLine(t: Messages, rules: Rules, f: SalesFigure, statusName: string): Html {
  const common = {
    amount: formatMoney(rules, f.counted),
    // The first day counted: the day after the period began (content/src/engine/sales.ts, periodAfter).
    from: formatDate(f.window.from),
    target: formatMoney(rules, f.target),
    met: f.counted >= f.target,
    excluded: f.excluded ? formatMoney(rules, f.excluded) : null,
  };
  if (f.toward === 'keep') return t.standing.salesKeep({ ...common, status: f.status.name, date: formatDate(f.by ?? f.window.to) });
  return t.standing.salesNext({
    ...common,
    status: f.status.name,
    months: f.requirement.window === 'trailing' ? f.requirement.months ?? null : null,
    asStatus: f.requirement.whileCurrentStatus ? statusName : null,
  });
}

/** The whole /status answer for `partner`. */
export function standingMessage(t: Messages, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
  const { rules } = content;
  const days = (n: number) => t.deadlines.days(n);
  const parts: (Html | false)[] = [html`<b>${partner.name}</b>`];
  if (!s.status) {
    const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff');
    parts.push(t.standing.cancelled(s.recordedStatus.name, formatDate(cutoff?.date ?? s.asOf), cutoff?.missing.join('; ') || null));
    parts.push(nextStepsMessage(t, content, siteUrl, s));
    return joinHtml(parts, '\n\n');
  }
  parts[0] = joinHtml([
    parts[0] as Html,
    t.standing.headline(s.status.name, formatDate(s.statusSince), formatPercent(s.discount)),
    ...s.reviews.filter((r) => !r.kept).map((r) => t.standing.movedDown(r.reviewed.name, r.result.name, formatDate(r.date), missedTarget(t, rules, r))),
  ]);

  if (s.keep) {
    const title = s.keep.kind === 'probation'
      ? t.standing.keepProbation(s.status.name, formatDate(s.keep.by), days(daysBetween(s.asOf, s.keep.by)))
      : t.standing.keepReview(s.status.name, formatDate(s.keep.by), days(daysBetween(s.asOf, s.keep.by)));
    parts.push(joinHtml([title, s.keep.met ? html`${t.standing.allMet}` : requirementList(t, rules, s.keep.requirements, s.keep.missing)]));
  }
  if (s.next) {
    const met = s.next.requirements.filter((r) => r.met).length;
    const { name } = s.next.status;
    parts.push(joinHtml([
      s.next.regain ? t.standing.nextAgain(name, met, s.next.requirements.length) : t.standing.next(name, met, s.next.requirements.length),
      s.next.qualifies ? (s.next.regain ? t.standing.qualifiesAgain(name) : t.standing.qualifies(name)) : requirementList(t, rules, s.next.requirements),
    ]));
  } else {
    parts.push(t.standing.top(s.status.name));
  }
  parts.push(joinHtml([
    t.standing.benefits,
    ...s.benefits.map((b) => html`${b.available ? '•' : '◦'} ${b.text}${b.available ? '' : t.standing.needs(b.missing.join(', '))}`),
  ]));
  if (s.sales.length) {
    parts.push(joinHtml([t.standing.salesTitle, ...s.sales.map((f) => salesLine(t, rules, f, (s.status ?? s.recordedStatus).name))]));
  }
  const next = upcomingDeadlines(s.deadlines).find((d) => !d.met);
  if (next) parts.push(t.standing.nextDeadline(next.name, formatDate(next.date), days(next.daysLeft)));
  return joinHtml(parts, '\n\n');
}

