/**
 * The statuses side by side, for /tiers: a small table of the key figures, then each status with
 * how to get it, how to keep it, its discount and its benefits. Everything comes from the rules.
 */
import { describeRequirement, formatMoney, formatNumber, formatPercent } from '../../content/index.ts';
import type { Content, Requirement, Rules, Status } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';
import { docsLink } from './docs-link.ts';

function salesAmount(rules: Rules, list: readonly Requirement[] | undefined): string | undefined {
  const sales = list?.find((r) => r.kind === 'sales');
  return sales?.kind === 'sales' ? formatMoney(rules, sales.amount) : undefined;
}

function discountRange(status: Status): string {
  const percents = status.discount.map((d) => d.percent);
  const [low, high] = [Math.min(...percents), Math.max(...percents)];
  return low === high ? formatPercent(high) : `${formatNumber(low)}–${formatPercent(high)}`;
}

/** The key figures as a fixed-width table, one column per status. */
function figuresTable(t: Messages, rules: Rules): Html {
  const dash = t.tiers.nothing;
  const rows: [string, string[]][] = [
    [t.tiers.rows.discount, rules.statuses.map(discountRange)],
    [t.tiers.rows.directory, rules.statuses.map((s) => t.tiers.listing[s.listing])],
    [t.tiers.rows.nfrCloud, rules.statuses.map((s) => (s.nfr.cloud ? formatNumber(s.nfr.cloud) : dash))],
    [t.tiers.rows.nfrKeys, rules.statuses.map((s) => (s.nfr.onPremise ? formatNumber(s.nfr.onPremise) : dash))],
    [t.tiers.rows.entry, rules.statuses.map((s) => salesAmount(rules, s.entry.requires) ?? dash)],
    [t.tiers.rows.keep, rules.statuses.map((s) => salesAmount(rules, s.maintain?.requires) ?? dash)],
  ];
  const header: [string, string[]] = ['', rules.statuses.map((s) => s.name)];
  const all = [header, ...rows];
  const labelWidth = Math.max(...all.map(([label]) => label.length)) + 1;
  const widths = rules.statuses.map((_, i) => Math.max(...all.map(([, cells]) => (cells[i] ?? '').length)) + 1);
  const lines = all.map(([label, cells]) => (label.padEnd(labelWidth) + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('')).trimEnd());
  return html`<pre>${lines.join('\n')}</pre>`;
}

function describeAll(rules: Rules, list: readonly Requirement[], statusName?: string): string {
  return list.map((r) => describeRequirement(rules, r, statusName)).join('; ');
}

/** One status in full. */
function statusBlock(t: Messages, rules: Rules, status: Status, index: number): Html {
  const below = rules.statuses[index - 1]?.name;
  const keep = [
    ...(status.probation ? [t.tiers.probation(status.probation.days, describeAll(rules, status.probation.requires))] : []),
    ...(status.maintain ? status.maintain.requires.map((r) => t.tiers.byReview(describeRequirement(rules, r, status.name))) : []),
  ];
  const discount = status.discount
    .map((d) => (d.requires.length ? t.tiers.discountAfter(formatPercent(d.percent), describeAll(rules, d.requires)) : formatPercent(d.percent)))
    .join('; ');
  return joinHtml([
    html`${t.tiers.medals[index] ?? t.tiers.otherMedal} <b>${status.name}</b> — ${status.summary}`,
    html`<i>${t.tiers.howToGet}:</i> ${index === 0 ? t.tiers.onApproval : describeAll(rules, status.entry.requires, below)}`,
    html`<i>${t.tiers.toKeep}:</i> ${keep.length ? keep.join('; ') : t.tiers.nothing}`,
    html`<i>${t.tiers.discount}:</i> ${discount}`,
    html`<i>${t.tiers.benefits}:</i>`,
    ...status.benefits.map((b) => html`• ${b.text}`),
  ]);
}

/** The whole /tiers answer. */
export function tiersMessage(t: Messages, content: Content, siteUrl: string): Html {
  const { rules } = content;
  return joinHtml([
    t.tiers.title(rules.statuses.length),
    figuresTable(t, rules),
    ...rules.statuses.map((s, i) => statusBlock(t, rules, s, i)),
    t.tiers.footer(docsLink(content.docs, siteUrl, 'statuses')),
  ], '\n\n');
}
