/**
 * /check for someone not a partner yet. A prospect has no sales, courses or NFR claims to report,
 * so there is nothing to ask: the answer is how to become a partner (the application and its
 * review and verification times), the status everyone starts at, what it asks within its first
 * period and what it gives, with its conditions. Everything comes from the rules.
 */
import { describeRequirement, formatPercent } from '../../content/index.ts';
import type { Content, Requirement, Rules } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLink } from './docs-link.ts';

/** The docs page on joining, and its section on applying. */
const JOINING = { page: 'joining', anchor: 'applying' };
/** The docs page on statuses; each status has a section named after it. */
const STATUSES_PAGE = 'statuses';

function describeAll(rules: Rules, list: readonly Requirement[]): string {
  return list.map((r) => describeRequirement(rules, r)).join('; ');
}

/** The answer to /check for a company that is not a partner yet. */
export function prospectMessage(t: Messages, content: Content, siteUrl: string): Html {
  const { rules, docs } = content;
  const first = rules.statuses[0];
  if (!first) throw new Error('the rules list no status');
  const p = t.check.prospect;
  const { application } = rules.timelines;
  const bullets = (items: readonly string[]) => joinHtml(items.map((item) => html`• ${item}`));
  const discounts = first.discount
    .filter((d) => d.percent > 0)
    .map((d) => (d.requires.length ? p.once(p.discount(formatPercent(d.percent)), describeAll(rules, d.requires)) : p.discount(formatPercent(d.percent))));
  const benefits = first.benefits.map((b) => (b.requires.length ? p.once(b.text, describeAll(rules, b.requires)) : b.text));
  const joining = docs.find((d) => d.slug === JOINING.page);
  const statusSection = docs.find((d) => d.slug === STATUSES_PAGE)?.sections.find((s) => s.title === first.name)?.anchor;
  return joinHtml([
    p.title,
    p.steps({ reviewMin: application.reviewMinBusinessDays, reviewMax: application.reviewMaxBusinessDays, verificationMax: application.verificationMaxBusinessDays, lowest: first.name }),
    first.probation && first.probation.requires.length > 0
      && joinHtml([p.probation(first.name, first.probation.days), bullets(first.probation.requires.map((r) => describeRequirement(rules, r)))]),
    first.maintain && first.maintain.requires.length > 0
      && joinHtml([p.maintain(first.name), bullets(first.maintain.requires.map((r) => describeRequirement(rules, r, first.name)))]),
    joinHtml([p.gives(first.name), bullets([...discounts, ...benefits])]),
    p.docs(
      docsLink(docs, siteUrl, JOINING.page, joining?.sections.some((s) => s.anchor === JOINING.anchor) ? JOINING.anchor : undefined),
      docsLink(docs, siteUrl, STATUSES_PAGE, statusSection),
    ),
  ], '\n\n');
}
