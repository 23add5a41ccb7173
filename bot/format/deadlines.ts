/** A linked partner's upcoming deadlines, for /deadlines: soonest first, with days left and what to do. */
import { upcomingDeadlines } from '../../content/index.ts';
import type { Content, Deadline, Partner, Standing } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';
import { docsLinks } from './docs-link.ts';

/** The advice of a deadline as one line ("💡 Advice: …"), or null when it has none. */
export function adviceLine(t: T, d: Deadline): Html | null {
  const items = d.advice.flatMap((code) => {
    switch (code) {
      case 'use-bonus': return [t('bot-advice-use-bonus')];
      case 'apply-for-bonus': return [t('bot-advice-apply-for-bonus', { eligible: d.kickstart?.eligible ?? false })];
      // Next steps after a cancellation belong to the standing, not to a deadline.
      default: return [];
    }
  });
  return items.length ? t('bot-advice-line', { items: joinHtml(items, '; ') }) : null;
}

/** True when there is nothing to do about `d`: its consequence is a fact, not a risk. */
export function isFact(d: Deadline): boolean {
  return !d.met && d.missing.length === 0 && d.advice.length === 0;
}

/** What a partner whose participation was cancelled can do now, with the docs to read. */
export function nextStepsMessage(t: T, content: Content, siteUrl: string, s: Standing): Html {
  const docs = docsLinks(content, t.locale, siteUrl);
  const steps = s.nextSteps.map((code) => {
    switch (code) {
      case 'contact-partner-department': return t('bot-advice-contact-partner-department', { vendor: content.rules.info.vendor });
      case 'apply-again': return t('bot-advice-apply-again', { docs: docs.link('joining', 'applying') });
      default: return null;
    }
  }).filter((x): x is Html => x !== null);
  const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff');
  return joinHtml([
    t('bot-standing-next-steps-title'),
    ...steps.map((step) => t('bot-standing-next-step', { text: step })),
    cutoff && t('bot-standing-next-steps-docs', { docs: docs.ref(cutoff.docs) }),
  ]);
}

/** One upcoming deadline: the day, what it is, what to do, the advice, what happens, the docs. */
function deadlineItem(t: T, content: Content, siteUrl: string, d: Deadline): Html {
  const days = t('bot-days', { days: d.daysLeft });
  return joinHtml([
    t(d.met ? 'bot-deadlines-day-done' : 'bot-deadlines-day', { date: d.date, days }),
    t('bot-deadlines-what', { name: d.name, subject: d.subject }),
    !d.met && d.missing.length > 0 && t('bot-deadlines-todo', { todo: t.join(d.missing, '; ') }),
    !d.met && adviceLine(t, d),
    !d.met && t(isFact(d) ? 'bot-deadlines-on-that-day' : 'bot-deadlines-if-missed', { consequence: d.consequence }),
    t('bot-deadlines-more', { docs: docsLinks(content, t.locale, siteUrl).ref(d.docs) }),
  ]);
}

/** Every deadline from today on for `partner`, or a line saying there is none (and, when cancelled, what to do now). */
export function deadlinesMessage(t: T, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
  if (!s.status) {
    const cutoff = s.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date ?? s.asOf;
    return joinHtml([
      t('bot-deadlines-cancelled', { partner: partner.name, status: t.status(s.recordedStatus), date: cutoff }),
      nextStepsMessage(t, content, siteUrl, s),
    ], '\n\n');
  }
  const upcoming = upcomingDeadlines(s.deadlines);
  if (upcoming.length === 0) return t('bot-deadlines-none', { partner: partner.name });
  return joinHtml([t('bot-deadlines-title', { partner: partner.name }), ...upcoming.map((d) => deadlineItem(t, content, siteUrl, d))], '\n\n');
}
