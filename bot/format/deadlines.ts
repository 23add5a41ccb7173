/** A linked partner's upcoming deadlines, for /deadlines: soonest first, with days left and what to do. */
import { formatDate, upcomingDeadlines } from '../../content/index.ts';
import type { Content, Partner, Standing } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';
import { docsRefLink } from './docs-link.ts';

/** Every deadline from today on for `partner`, or a line saying there is none. */
export function deadlinesMessage(t: Messages, content: Content, siteUrl: string, partner: Partner, s: Standing): Html {
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
      consequence: d.met ? null : d.consequence,
      docs: docsRefLink(content.docs, siteUrl, d.docs),
    })),
  ], '\n\n');
}
