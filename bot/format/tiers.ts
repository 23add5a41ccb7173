/**
 * The statuses side by side, for /tiers: a small table of the key figures, then each status with
 * how to get it, how to keep it, its discount and its benefits. Everything comes from the rules.
 */
import { benefitWord, requirementMessage, statusSummaryWord, statusWord } from '../../content/index.ts';
import type { Content, Requirement, Rules, Status } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLinks } from './docs-link.ts';
import { requirementsText } from './requirements.ts';

/** The medal of each status, lowest first; statuses beyond them get a star. */
const MEDALS = ['🥉', '🥈', '🥇'];
const OTHER_MEDAL = '⭐';

function salesAmount(t: T, list: readonly Requirement[] | undefined): string | undefined {
  const sales = list?.find((r) => r.kind === 'sales');
  return sales?.kind === 'sales' ? t.money(sales.amount) : undefined;
}

function discountRange(t: T, status: Status): string {
  const percents = status.discount.map((d) => d.percent);
  const [low, high] = [Math.min(...percents), Math.max(...percents)];
  return low === high ? t.percent(high) : `${t.number(low)}–${t.percent(high)}`;
}

/** The key figures as a fixed-width table, one column per status. */
function figuresTable(t: T, rules: Rules): Html {
  const dash = t.plain('bot-tiers-nothing');
  const rows: [string, string[]][] = [
    [t.plain('bot-tiers-row-discount'), rules.statuses.map((s) => discountRange(t, s))],
    [t.plain('bot-tiers-row-directory'), rules.statuses.map((s) => t.plain(`bot-tiers-listing-${s.listing}`))],
    [t.plain('bot-tiers-row-nfr-cloud'), rules.statuses.map((s) => (s.nfr.cloud ? t.number(s.nfr.cloud) : dash))],
    [t.plain('bot-tiers-row-nfr-keys'), rules.statuses.map((s) => (s.nfr.onPremise ? t.number(s.nfr.onPremise) : dash))],
    [t.plain('bot-tiers-row-entry'), rules.statuses.map((s) => salesAmount(t, s.entry.requires) ?? dash)],
    [t.plain('bot-tiers-row-keep'), rules.statuses.map((s) => salesAmount(t, s.maintain?.requires) ?? dash)],
  ];
  const header: [string, string[]] = ['', rules.statuses.map((s) => t.status(s))];
  const all = [header, ...rows];
  const labelWidth = Math.max(...all.map(([label]) => label.length)) + 1;
  const widths = rules.statuses.map((_, i) => Math.max(...all.map(([, cells]) => (cells[i] ?? '').length)) + 1);
  const lines = all.map(([label, cells]) => (label.padEnd(labelWidth) + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('')).trimEnd());
  return html`<pre>${lines.join('\n')}</pre>`;
}

/** One status in full. */
function statusBlock(t: T, rules: Rules, status: Status, index: number): Html {
  const below = rules.statuses[index - 1];
  const keep: Html[] = [
    ...(status.probation ? [t('bot-tiers-probation', { days: status.probation.days, items: requirementsText(t, rules, status.probation.requires) })] : []),
    ...(status.maintain ? status.maintain.requires.map((r) => t('bot-tiers-by-review', { item: requirementMessage(rules, r, statusWord(status)) })) : []),
  ];
  const discount = status.discount
    .map((d) => (d.requires.length ? t('bot-tiers-discount-after', { percent: d.percent, items: requirementsText(t, rules, d.requires) }) : html`${t.percent(d.percent)}`));
  return joinHtml([
    t('bot-tiers-status', { medal: MEDALS[index] ?? OTHER_MEDAL, status: t.status(status), summary: t.text(statusSummaryWord(status)) }),
    t('bot-tiers-how-to-get', { items: index === 0 ? t('bot-tiers-on-approval') : requirementsText(t, rules, status.entry.requires, below) }),
    t('bot-tiers-to-keep', { items: keep.length ? joinHtml(keep, '; ') : t('bot-tiers-nothing') }),
    t('bot-tiers-discount', { items: joinHtml(discount, '; ') }),
    t('bot-tiers-benefits'),
    ...status.benefits.map((b) => html`• ${t.text(benefitWord(status.id, b))}`),
  ]);
}

/** The whole /tiers answer. */
export function tiersMessage(t: T, content: Content, siteUrl: string): Html {
  const { rules } = content;
  return joinHtml([
    t('bot-tiers-title', { count: rules.statuses.length }),
    figuresTable(t, rules),
    ...rules.statuses.map((s, i) => statusBlock(t, rules, s, i)),
    t('bot-tiers-footer', { docs: docsLinks(content, t.locale, siteUrl).link('statuses') }),
  ], '\n\n');
}
