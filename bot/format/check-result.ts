/** The answer at the end of /check: the status the answers qualify for and exactly what is missing. */
import { formatPercent } from '../../content/index.ts';
import type { Content, Standing } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLink } from './docs-link.ts';
import { requirementList } from './requirements.ts';

/**
 * The result for a company holding a status (someone not a partner yet gets `prospectMessage`
 * instead). Deadlines are left out: the answers carry no dates.
 */
export function checkResultMessage(t: Messages, content: Content, siteUrl: string, s: Standing): Html {
  const { rules } = content;
  const status = s.status ?? s.recordedStatus;
  const parts: (Html | false)[] = [t.check.resultTitle(status.name)];
  if (s.next?.qualifies) parts.push(t.check.qualifies(s.next.status.name));
  else if (s.next) {
    const met = s.next.requirements.filter((r) => r.met).length;
    parts.push(joinHtml([t.standing.next(s.next.status.name, met, s.next.requirements.length), requirementList(t, rules, s.next.requirements)]));
  } else {
    parts.push(t.standing.top(status.name));
  }
  if (s.keep) {
    const days = s.keep.kind === 'probation' ? status.probation?.days ?? null : null;
    parts.push(joinHtml([
      t.standing.keepFor(status.name, days),
      s.keep.met ? html`${t.standing.allMet}` : requirementList(t, rules, s.keep.requirements),
    ]));
  }
  parts.push(t.check.discount(formatPercent(s.discount)));
  parts.push(html`<i>${t.check.answersNote}</i> ${docsLink(content.docs, siteUrl, 'statuses')}`);
  return joinHtml(parts, '\n\n');
}
