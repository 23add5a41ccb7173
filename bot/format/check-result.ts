/** The answer at the end of /check: the status the answers qualify for and exactly what is missing. */
import type { Content, Standing } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLinks } from './docs-link.ts';
import { requirementList } from './requirements.ts';

/**
 * The result for a company holding a status (someone not a partner yet gets `prospectMessage`
 * instead). Deadlines are left out: the answers carry no dates.
 */
export function checkResultMessage(t: T, content: Content, siteUrl: string, s: Standing): Html {
  const status = s.status ?? s.recordedStatus;
  const parts: (Html | false)[] = [t('bot-check-result-title', { status: t.status(status) })];
  if (s.next?.qualifies) parts.push(t('bot-check-qualifies', { next: t.status(s.next.status) }));
  else if (s.next) {
    const met = s.next.requirements.filter((r) => r.met).length;
    parts.push(joinHtml([t('bot-standing-next', { status: t.status(s.next.status), met, total: s.next.requirements.length }), requirementList(t, s.next.requirements)]));
  } else {
    parts.push(t('bot-standing-top', { status: t.status(status) }));
  }
  if (s.keep) {
    const days = s.keep.kind === 'probation' ? status.probation?.days : undefined;
    parts.push(joinHtml([
      days === undefined ? t('bot-standing-keep-at-review', { status: t.status(status) }) : t('bot-standing-keep-within', { status: t.status(status), days }),
      s.keep.met ? t('bot-standing-all-met') : requirementList(t, s.keep.requirements),
    ]));
  }
  parts.push(t('bot-check-discount', { percent: s.discount }));
  parts.push(html`<i>${t('bot-check-answers-note')}</i> ${docsLinks(content, t.locale, siteUrl).link('statuses')}`);
  return joinHtml(parts, '\n\n');
}
