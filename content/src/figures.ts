/**
 * Named figures for the docs. A docs page writes `{{silver.annualTarget}}` instead of typing
 * "$/€5,000", so a rules change updates every page that mentions it. Each name maps to a value
 * read from the rules; the content check rejects names that do not exist.
 */
import { formatDate } from './dates.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import type { Rules } from './rules.ts';
import type { Status } from './schemas/program.ts';
import type { Requirement, SalesRequirement } from './schemas/requirement.ts';
import { describeRequirement } from './engine/describe.ts';
import { ratingPercent } from './leads/rating.ts';

function salesRequirement(list: readonly Requirement[] | undefined): SalesRequirement | undefined {
  return list?.find((r): r is SalesRequirement => r.kind === 'sales');
}

/** The discount a status gives once all its discount conditions are met. */
function topDiscount(status: Status): number {
  return Math.max(...status.discount.map((d) => d.percent));
}

/** Every figure a docs page may use, by name, formatted for reading. */
export function programFigures(rules: Rules): Record<string, string> {
  const figures: Record<string, string> = {
    'program.name': rules.info.name,
    'program.vendor': rules.info.vendor,
    'program.version': rules.info.version,
    'program.effective': formatDate(rules.info.effective),
  };
  for (const status of rules.statuses) {
    const s = status.id;
    figures[`${s}.discount`] = formatPercent(topDiscount(status));
    figures[`${s}.nfrCloud`] = formatNumber(status.nfr.cloud);
    figures[`${s}.nfrKeys`] = formatNumber(status.nfr.onPremise);
    if (status.probation) figures[`${s}.probationDays`] = formatNumber(status.probation.days);
    const entrySales = salesRequirement(status.entry.requires);
    if (entrySales) {
      figures[`${s}.entrySales`] = formatMoney(rules, entrySales.amount);
      if (entrySales.months) figures[`${s}.entryMonths`] = formatNumber(entrySales.months);
    }
    const clients = status.entry.requires.find((r) => r.kind === 'clients');
    if (clients) figures[`${s}.entryClients`] = formatNumber(clients.count);
    const target = salesRequirement(status.maintain?.requires);
    if (target) figures[`${s}.annualTarget`] = formatMoney(rules, target.amount);
  }
  const { bonuses, nfr, timelines, leads } = rules;
  Object.assign(figures, {
    'kickstart.amount': formatMoney(rules, bonuses.kickstart.amount),
    'kickstart.appliedAfter': formatDate(bonuses.kickstart.appliedAfter),
    'kickstart.validDays': formatNumber(bonuses.kickstart.validDays),
    'award.minAmount': formatMoney(rules, bonuses.award.minAmount),
    'award.maxAmount': formatMoney(rules, bonuses.award.maxAmount),
    'bonus.minPaidPerOrder': formatMoney(rules, bonuses.minPaidPerOrder),
    'nfrCloud.months': formatNumber(nfr.cloud.months),
    'nfrCloud.storageGb': formatNumber(nfr.cloud.limits.storageGb),
    'nfrCloud.cardScans': formatNumber(nfr.cloud.limits.cardScans),
    'nfrCloud.sites': formatNumber(nfr.cloud.limits.sites),
    'nfrCloud.bulkEmailsPerMonth': formatNumber(nfr.cloud.limits.bulkEmailsPerMonth),
    'nfrKey.edition': nfr.onPremise.edition,
    'nfrKey.months': formatNumber(nfr.onPremise.months),
    'nfrKey.extensionMonths': formatNumber(nfr.onPremise.extensionMonths),
    'activation.days': formatNumber(timelines.activation.days),
    'review.months': formatNumber(timelines.review.months),
    'zeroActivity.months': formatNumber(timelines.zeroActivity.months),
    'application.reviewMinDays': formatNumber(timelines.application.reviewMinBusinessDays),
    'application.reviewMaxDays': formatNumber(timelines.application.reviewMaxBusinessDays),
    'application.verificationMaxDays': formatNumber(timelines.application.verificationMaxBusinessDays),
    'priceChangeNotice.days': formatNumber(timelines.priceChangeNotice.days),
    'penalties.maxBlockMonths': formatNumber(timelines.penalties.maxBlockMonths),
    'leads.maxLocations': formatNumber(leads.maxLocations),
    'leads.extraLocations': formatNumber(leads.extraLocations),
    'leads.maxPartnersPerRequest': formatNumber(leads.maxPartnersPerRequest),
    'leads.reservationDays': formatNumber(leads.requests.reservationDays),
    'leads.outcomeReminderDays': formatNumber(leads.requests.outcomeReminderDays),
    'leads.requestKinds': requestKindsTable(rules),
    'rating.windowMonths': formatNumber(leads.rating.windowMonths),
    'rating.neutralPercent': formatPercent(leads.rating.neutralPercent),
    'rating.neutralWeight': formatNumber(leads.rating.neutralWeight),
    'rating.firstWon': formatPercent(ratingPercent(rules, 1, 0)),
    'rating.firstLost': formatPercent(ratingPercent(rules, 0, 1)),
    'rating.unlockedTable': unlockedTable(rules),
    statusTable: statusTable(rules),
  });
  return figures;
}

/** One row of the statuses compared: a label and, per status, its items (none, one or several). */
export interface ComparisonRow {
  label: string;
  cells: string[][];
}

/** The statuses compared side by side, from the rules: the rows the docs' table and the site's table show. */
export function statusComparison(rules: Rules): ComparisonRow[] {
  const statuses = rules.statuses;
  const describe = (list: readonly Requirement[], whileStatus?: string) => list.map((r) => describeRequirement(rules, r, whileStatus));
  // Mid-sentence, a leading article is lowercase; names ("Partner Program Tutorial") keep their case.
  const lower = (text: string) => text.replace(/^(A|An) /, (article) => article.toLowerCase());
  const listing = { none: 'Not listed', listed: 'Listed', featured: 'Featured first' };
  const count = (n: number, what: string) => `${formatNumber(n)} ${what}${n === 1 ? '' : 's'}`;
  return [
    { label: 'How to get it', cells: statuses.map((s, i) => (i === 0 ? ['Approval of your application'] : describe(s.entry.requires, statuses[i - 1]?.name))) },
    {
      label: 'To keep it',
      cells: statuses.map((s) => [
        ...(s.probation ? [`Within ${formatNumber(s.probation.days)} days of approval: ${describe(s.probation.requires).map(lower).join(' and ')}`] : []),
        ...(s.maintain ? describe(s.maintain.requires, s.name).map((r) => `${r}, checked at each annual review`) : []),
      ]),
    },
    {
      label: 'Discount',
      cells: statuses.map((s) => s.discount.map((d) => (d.requires.length ? `${formatPercent(d.percent)} once: ${describe(d.requires).map(lower).join(', ')}` : formatPercent(d.percent)))),
    },
    { label: 'Directory', cells: statuses.map((s) => [listing[s.listing]]) },
    { label: 'NFR copies', cells: statuses.map((s) => [count(s.nfr.cloud, 'cloud subscription'), ...(s.nfr.onPremise ? [count(s.nfr.onPremise, 'on-premise key')] : [])]) },
    { label: 'Benefits', cells: statuses.map((s) => s.benefits.map((b) => b.text)) },
  ];
}

/** What clients can ask for and which services receive it, as a markdown table (the docs' `{{leads.requestKinds}}`). */
function requestKindsTable(rules: Rules): string {
  const service = (id: string) => rules.services.find((s) => s.id === id)?.name ?? id;
  return [
    '| A client asks for | Partners listing any of these services receive it |',
    '| --- | --- |',
    ...rules.leads.requests.kinds.map((k) => `| ${k.name} | ${k.services.map(service).join(', ')} |`),
  ].join('\n');
}

/** The rating's steps as a markdown table (the docs' `{{rating.unlockedTable}}`). */
function unlockedTable(rules: Rules): string {
  const steps = rules.leads.rating.unlocked;
  return [
    '| Rating | Reserved requests awaiting an outcome, at once |',
    '| --- | --- |',
    ...steps.map((step, i) => {
      const next = steps[i + 1];
      const range = next ? `${formatPercent(step.minPercent)} to under ${formatPercent(next.minPercent)}` : `${formatPercent(step.minPercent)} or more`;
      return `| ${range} | ${formatNumber(step.requests)} |`;
    }),
  ].join('\n');
}

/** The statuses compared as a markdown table (the docs' `{{statusTable}}`). */
function statusTable(rules: Rules): string {
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  const cell = (items: string[]) => (items.length ? items.join('; ') : '—').replace(/\|/g, '\\|');
  return [
    row('', rules.statuses.map((s) => `**${s.name}**`)),
    `|---|${rules.statuses.map(() => '---').join('|')}|`,
    ...statusComparison(rules).map((r) => row(r.label, r.cells.map(cell))),
  ].join('\n');
}

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** A placeholder whose name is not a figure, with its 0-based line within the text. */
export interface UnknownFigure {
  name: string;
  lineIndex: number;
  suggestion?: string;
}

/** Where a figure was filled in: its name and its place in the rendered text (`from` inclusive, `to` exclusive). */
export interface FigureSpan {
  name: string;
  from: number;
  to: number;
}

/** A text with its figures filled in. */
export interface RenderedFigures {
  text: string;
  /** Placeholders whose name is not a figure (left as written). */
  unknown: UnknownFigure[];
  /** Every figure filled in, in order: which passage of a page states which rule. */
  spans: FigureSpan[];
  /** The 0-based line of the original text that a 0-based line of the rendered text comes from. */
  sourceLine: (renderedLine: number) => number;
}

/** Replaces `{{name}}` placeholders with figures; returns the text, the names it could not resolve and where each figure went. */
export function renderFigures(text: string, figures: Record<string, string>): RenderedFigures {
  const unknown: UnknownFigure[] = [];
  const spans: FigureSpan[] = [];
  // A figure can span lines (the status table): rendered line -> original line.
  const lines: number[] = [];
  let offset = 0;
  const rendered = text.split('\n').map((line, lineIndex) => {
    let out = '';
    let last = 0;
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = match[1] as string;
      out += line.slice(last, match.index);
      last = (match.index ?? 0) + match[0].length;
      const value = Object.hasOwn(figures, name) ? figures[name] : undefined;
      if (value !== undefined) {
        spans.push({ name, from: offset + out.length, to: offset + out.length + value.length });
        out += value;
        continue;
      }
      out += match[0];
      const lower = name.toLowerCase();
      const suggestion = Object.keys(figures).find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.split('.')[0] ?? '') && k.split('.')[1]?.toLowerCase().startsWith((lower.split('.')[1] ?? '').slice(0, 4)));
      unknown.push({ name, lineIndex, suggestion });
    }
    out += line.slice(last);
    offset += out.length + 1;
    for (let i = 0; i <= (out.match(/\n/g)?.length ?? 0); i++) lines.push(lineIndex);
    return out;
  }).join('\n');
  return { text: rendered, unknown, spans, sourceLine: (renderedLine) => lines[renderedLine] ?? renderedLine };
}
