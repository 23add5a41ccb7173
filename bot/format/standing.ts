/** A linked partner's standing, for /status: status, progress to keep it and to move up, benefits, sales. */
import { daysBetween, upcomingDeadlines } from '../../content/index.ts';
import type { Content, Partner, ReviewOutcome, SalesFigure, Standing } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { nextStepsMessage } from './deadlines.ts';
import { requirementList } from './requirements.ts';

/** Why a review moved the partner down: the figures of the target it missed; empty when none is. */
function missedTarget(t: T, review: ReviewOutcome): Html | '' {
  const missed = review.requirements.filter((r) => !r.met);
  if (missed.length === 0) return '';
  const figures = missed.map((r) => (r.progress ? t('bot-standing-missed-figure', { current: r.progress.current, target: r.progress.target }) : t.msg(r.label)));
  return t('bot-standing-moved-down-reason', { figures: joinHtml(figures, '; ') });
}

/** One sales figure and what it counts toward. */
function salesLine(t: T, f: SalesFigure, statusName: string): Html {
  const common = {
    amount: f.counted,
    // The first day counted: the day after the period began (content/src/engine/sales.ts, periodAfter).
    from: f.window.from,
    target: f.target,
    status: t.status(f.status),
    met: f.counted >= f.target ? t('bot-standing-sales-met') : '',
    excluded: f.excluded ? t('bot-standing-sales-excluded', { amount: f.excluded }) : '',
  };
  if (f.toward === 'keep') return t('bot-standing-sales-keep', { ...common, date: f.by ?? f.window.to });
  const months = f.requirement.window === 'trailing' ? f.requirement.months : undefined;
  return t('bot-standing-sales-next', {
    ...common,
    months: months === undefined ? '' : t('bot-standing-sales-months', { months }),
    as: f.requirement.whileCurrentStatus ? t('bot-standing-sales-as', { status: statusName }) : '',
  });
}

/** How far away a day is: "today", "tomorrow", "in 12 days". */
export function daysAway(t: T, days: number): Html {
  return t('bot-days', { days });
}

/** The whole /status answer for `partner`. */
export function standingMessage(t: T, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
  const parts: (Html | false)[] = [html`<b>${partner.name}</b>`];
  if (!s.status) {
    const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff');
    const missing = cutoff?.missing.length ? t.join(cutoff.missing, '; ') : '';
    parts.push(t('bot-standing-cancelled', {
      status: t.status(s.recordedStatus), date: cutoff?.date ?? s.asOf, missing: missing ? t('bot-standing-cancelled-missing', { items: missing }) : '',
    }));
    parts.push(nextStepsMessage(t, content, siteUrl, s));
    return joinHtml(parts, '\n\n');
  }
  parts[0] = joinHtml([
    parts[0] as Html,
    t('bot-standing-headline', { status: t.status(s.status), since: s.statusSince, discount: s.discount }),
    ...s.reviews.filter((r) => !r.kept).map((r) => t('bot-standing-moved-down', { from: t.status(r.reviewed), to: t.status(r.result), date: r.date, reason: missedTarget(t, r) })),
  ]);

  if (s.keep) {
    const args = { status: t.status(s.status), date: s.keep.by, days: daysAway(t, daysBetween(s.asOf, s.keep.by)) };
    const title = s.keep.kind === 'probation' ? t('bot-standing-keep-probation', args) : t('bot-standing-keep-review', args);
    parts.push(joinHtml([title, s.keep.met ? t('bot-standing-all-met') : requirementList(t, s.keep.requirements, s.keep.missing)]));
  }
  if (s.next) {
    const met = s.next.requirements.filter((r) => r.met).length;
    const status = t.status(s.next.status);
    const counts = { status, met, total: s.next.requirements.length };
    parts.push(joinHtml([
      s.next.regain ? t('bot-standing-next-again', counts) : t('bot-standing-next', counts),
      s.next.qualifies ? t(s.next.regain ? 'bot-standing-qualifies-again' : 'bot-standing-qualifies', { status }) : requirementList(t, s.next.requirements),
    ]));
  } else {
    parts.push(t('bot-standing-top', { status: t.status(s.status) }));
  }
  parts.push(joinHtml([
    t('bot-standing-benefits'),
    ...s.benefits.map((b) => {
      return b.available ? t('bot-standing-benefit', { benefit: b.text }) : t('bot-standing-benefit-pending', { benefit: b.text, missing: t.join(b.missing, ', ') });
    }),
  ]));
  if (s.sales.length) {
    parts.push(joinHtml([t('bot-standing-sales-title'), ...s.sales.map((f) => salesLine(t, f, t.status(s.status ?? s.recordedStatus)))]));
  }
  const next = upcomingDeadlines(s.deadlines).find((d) => !d.met);
  if (next) parts.push(t('bot-standing-next-deadline', { name: next.name, date: next.date, days: daysAway(t, next.daysLeft) }));
  return joinHtml(parts, '\n\n');
}
