/** A linked partner's standing, for /status: status, progress to keep it and to move up, benefits. */
import { daysBetween, formatDate, formatMoney, formatPercent, upcomingDeadlines } from '../../content/index.ts';
import type { Content, Partner, Standing } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLink } from './docs-link.ts';
import { requirementList } from './requirements.ts';

/** The whole /status answer for `partner`. */
export function standingMessage(t: Messages, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
  const { rules } = content;
  const days = (n: number) => t.deadlines.days(n);
  const parts: (Html | false)[] = [html`<b>${partner.name}</b>`];
  if (!s.status) {
    const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date ?? s.asOf;
    parts.push(t.standing.cancelled(s.recordedStatus.name, formatDate(cutoff)));
    parts.push(t.standing.docs(docsLink(content.docs, siteUrl, 'statuses')));
    return joinHtml(parts, '\n\n');
  }
  const lastReview = s.reviews.at(-1);
  parts[0] = joinHtml([
    parts[0] as Html,
    t.standing.headline(s.status.name, formatDate(s.statusSince), formatPercent(s.discount)),
    s.status.id !== s.recordedStatus.id && lastReview && t.standing.movedDown(s.recordedStatus.name, formatDate(lastReview.date)),
  ]);

  if (s.keep) {
    const title = s.keep.kind === 'probation'
      ? t.standing.keepProbation(s.status.name, formatDate(s.keep.by), days(daysBetween(s.asOf, s.keep.by)))
      : t.standing.keepReview(s.status.name, formatDate(s.keep.by), days(daysBetween(s.asOf, s.keep.by)));
    parts.push(joinHtml([title, s.keep.met ? html`${t.standing.allMet}` : requirementList(t, rules, s.keep.requirements, s.keep.missing)]));
  }
  if (s.next) {
    const met = s.next.requirements.filter((r) => r.met).length;
    parts.push(joinHtml([
      t.standing.next(s.next.status.name, met, s.next.requirements.length),
      s.next.qualifies ? t.standing.qualifies(s.next.status.name) : requirementList(t, rules, s.next.requirements),
    ]));
  } else {
    parts.push(t.standing.top(s.status.name));
  }
  parts.push(joinHtml([
    t.standing.benefits,
    ...s.benefits.map((b) => html`${b.available ? '•' : '◦'} ${b.text}${b.available ? '' : t.standing.needs(b.missing.join(', '))}`),
  ]));
  parts.push(t.standing.sales(rules.timelines.review.months, formatMoney(rules, s.sales.counted), s.sales.excluded ? formatMoney(rules, s.sales.excluded) : null));
  const next = upcomingDeadlines(s.deadlines).find((d) => !d.met);
  if (next) parts.push(t.standing.nextDeadline(next.name, formatDate(next.date), days(next.daysLeft)));
  return joinHtml(parts, '\n\n');
}
