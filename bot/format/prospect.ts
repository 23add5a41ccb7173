/**
 * /check for someone not a partner yet. A prospect has no sales, courses or NFR claims to report,
 * so there is nothing to ask: the answer is how to become a partner (the application and its
 * review and verification times), the status everyone starts at, what it asks within its first
 * period and what it gives, with its conditions. Everything comes from the rules.
 */
import { benefitWord, requirementMessage, statusWord } from '../../content/index.ts';
import type { Content } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLinks } from './docs-link.ts';
import { requirementsText } from './requirements.ts';

/** The docs page on joining, and its section on applying. */
const JOINING = { page: 'joining', anchor: 'applying' };
/** The docs page on statuses; each status has a section named after it. */
const STATUSES_PAGE = 'statuses';

/** The answer to /check for a company that is not a partner yet. */
export function prospectMessage(t: T, content: Content, siteUrl: string): Html {
  const { rules, docs } = content;
  const first = rules.statuses[0];
  if (!first) throw new Error('the rules list no status');
  const { application } = rules.timelines;
  const bullets = (items: readonly (string | Html)[]) => joinHtml(items.map((item) => html`• ${item}`));
  const discounts = first.discount
    .filter((d) => d.percent > 0)
    .map((d) => {
      const discount = t('bot-prospect-discount', { percent: d.percent });
      return d.requires.length ? t('bot-prospect-once', { what: discount, items: requirementsText(t, rules, d.requires) }) : discount;
    });
  const benefits = first.benefits.map((b) => {
    const text = t.msg(benefitWord(first.id, b));
    return b.requires.length ? t('bot-prospect-once', { what: text, items: requirementsText(t, rules, b.requires) }) : text;
  });
  const links = docsLinks(content, t.locale, siteUrl);
  const statusSection = docs.find((d) => d.slug === STATUSES_PAGE)?.sections.find((s) => s.title === first.name)?.anchor;
  const name = t.status(first);
  return joinHtml([
    t('bot-prospect-title'),
    t('bot-prospect-steps', {
      range: application.reviewMinBusinessDays !== application.reviewMaxBusinessDays,
      reviewMin: application.reviewMinBusinessDays, reviewMax: application.reviewMaxBusinessDays, verificationMax: application.verificationMaxBusinessDays, lowest: name,
    }),
    first.probation && first.probation.requires.length > 0
      && joinHtml([t('bot-prospect-probation', { status: name, days: first.probation.days }), bullets(first.probation.requires.map((r) => t.msg(requirementMessage(rules, r))))]),
    first.maintain && first.maintain.requires.length > 0
      && joinHtml([t('bot-prospect-maintain', { status: name }), bullets(first.maintain.requires.map((r) => t.msg(requirementMessage(rules, r, statusWord(first)))))]),
    joinHtml([t('bot-prospect-gives', { status: name }), bullets([...discounts, ...benefits])]),
    t('bot-prospect-docs', {
      apply: links.link(JOINING.page, JOINING.anchor),
      status: links.link(STATUSES_PAGE, statusSection),
    }),
  ], '\n\n');
}
