/** A linked partner's upcoming deadlines, for /deadlines: soonest first, with days left and what to do. */
import { formatDate, upcomingDeadlines } from '../../content/index.ts';
import type { Content, Deadline, Partner, Standing } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';
import { docsLink, docsRefLink } from './docs-link.ts';

/** The advice of a deadline as one line ("💡 Advice: …"), or null when it has none. */
export function adviceLine(t: Messages, d: Deadline): Html | null {
  const items = d.advice.flatMap((code) => {
    switch (code) {
      case 'use-bonus': return [t.advice['use-bonus']];
      case 'apply-for-bonus': return [t.advice['apply-for-bonus'](d.kickstart?.eligible ?? false)];
      // Next steps after a cancellation belong to the standing, not to a deadline.
      default: return [];
    }
  });
  return items.length ? t.advice.line(items.join('; ')) : null;
}

/** True when there is nothing to do about `d`: its consequence is a fact, not a risk. */
export function isFact(d: Deadline): boolean {
  return !d.met && d.missing.length === 0 && d.advice.length === 0;
}

/** What a partner whose participation was cancelled can do now, with the docs to read. */
export function nextStepsMessage(t: Messages, content: Content, siteUrl: string, s: Standing): Html {
  const steps = s.nextSteps.map((code) => {
    switch (code) {
      case 'contact-partner-department': return t.advice['contact-partner-department'](content.rules.info.vendor);
      case 'apply-again': return t.advice['apply-again'](docsLink(content.docs, siteUrl, 'joining', 'applying'));
      default: return null;
    }
  }).filter((x): x is Html => x !== null);
  const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff');
  return joinHtml([
    t.standing.nextStepsTitle,
    ...steps.map((step) => t.standing.nextStep(step)),
    cutoff && t.standing.nextStepsDocs(docsRefLink(content.docs, siteUrl, cutoff.docs)),
  ]);
}

/** Every deadline from today on for `partner`, or a line saying there is none (and, when cancelled, what to do now). */
export function deadlinesMessage(t: Messages, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
  if (!s.status) {
    const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date ?? s.asOf;
    return joinHtml([t.deadlines.cancelled(partner.name, s.recordedStatus.name, formatDate(cutoff)), nextStepsMessage(t, content, siteUrl, s)], '\n\n');
  }
  const upcoming = upcomingDeadlines(s.deadlines);
  if (upcoming.length === 0) return t.deadlines.none(partner.name);
  return joinHtml([
    t.deadlines.title(partner.name),
    ...upcoming.map((d) => t.deadlines.item({
      date: formatDate(d.date),
      days: t.deadlines.days(d.daysLeft),
      name: d.name,
      subject: d.subject,
      done: d.met,
      todo: d.met || d.missing.length === 0 ? null : d.missing.join('; '),
      advice: d.met ? null : adviceLine(t, d),
      consequence: d.met ? null : d.consequence,
      fact: isFact(d),
      docs: docsRefLink(content.docs, siteUrl, d.docs),
    })),
  ], '\n\n');
}
