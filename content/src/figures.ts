/**
 * Named figures for the docs. A docs page writes `{{silver.annualTarget}}` instead of typing
 * "$/€5,000", so a rules change updates every page that mentions it. Each name maps to a value
 * read from the rules, written in the page's language (its translator's numbers, money, dates
 * and messages); the content check rejects names that do not exist.
 */
import type { Message } from './i18n/message.ts';
import { inline, list, msg, renderMessage } from './i18n/message.ts';
import { benefitWord, requestKindWord, serviceWord, statusWord } from './i18n/rule-words.ts';
import type { Translator } from './i18n/translator.ts';
import type { Rules } from './rules.ts';
import type { Status } from './schemas/program.ts';
import type { Requirement, SalesRequirement } from './schemas/requirement.ts';
import { requirementMessage } from './engine/describe.ts';
import { ratingPercent } from './leads/rating.ts';

function salesRequirement(list: readonly Requirement[] | undefined): SalesRequirement | undefined {
  return list?.find((r): r is SalesRequirement => r.kind === 'sales');
}

/** The discount a status gives once all its discount conditions are met. */
function topDiscount(status: Status): number {
  return Math.max(...status.discount.map((d) => d.percent));
}

/** Every figure a docs page may use, by name, written in `t`'s language. */
export function programFigures(rules: Rules, t: Translator): Record<string, string> {
  const text = (m: Message) => renderMessage(t, m);
  const figures: Record<string, string> = {
    'program.name': text({ code: 'rule-program-name', english: rules.info.name }),
    'program.vendor': rules.info.vendor,
    'program.version': rules.info.version,
    'program.effective': t.day(rules.info.effective),
  };
  for (const status of rules.statuses) {
    const s = status.id;
    figures[`${s}.discount`] = t.percent(topDiscount(status));
    figures[`${s}.nfrCloud`] = t.number(status.nfr.cloud);
    figures[`${s}.nfrKeys`] = t.number(status.nfr.onPremise);
    if (status.probation) figures[`${s}.probationDays`] = t.number(status.probation.days);
    const entrySales = salesRequirement(status.entry.requires);
    if (entrySales) {
      figures[`${s}.entrySales`] = t.money(entrySales.amount);
      if (entrySales.months) figures[`${s}.entryMonths`] = t.number(entrySales.months);
    }
    const clients = status.entry.requires.find((r) => r.kind === 'clients');
    if (clients) figures[`${s}.entryClients`] = t.number(clients.count);
    const presentation = status.entry.requires.find((r) => r.kind === 'product-presentation');
    if (presentation?.videoMinutes) {
      figures[`${s}.presentationMinMinutes`] = t.number(presentation.videoMinutes.min);
      figures[`${s}.presentationMaxMinutes`] = t.number(presentation.videoMinutes.max);
    }
    const plan = status.entry.requires.find((r) => r.kind === 'marketing-plan');
    if (plan?.years) {
      figures[`${s}.planMinYears`] = t.number(plan.years.min);
      figures[`${s}.planMaxYears`] = t.number(plan.years.max);
    }
    const target = salesRequirement(status.maintain?.requires);
    if (target) figures[`${s}.annualTarget`] = t.money(target.amount);
  }
  const { bonuses, nfr, timelines, leads } = rules;
  Object.assign(figures, {
    'kickstart.amount': t.money(bonuses.kickstart.amount),
    'kickstart.appliedAfter': t.day(bonuses.kickstart.appliedAfter),
    'kickstart.validDays': t.number(bonuses.kickstart.validDays),
    'award.minAmount': t.money(bonuses.award.minAmount),
    'award.maxAmount': t.money(bonuses.award.maxAmount),
    'bonus.minPaidPerOrder': t.money(bonuses.minPaidPerOrder),
    'nfrCloud.months': t.number(nfr.cloud.months),
    'nfrCloud.storageGb': t.number(nfr.cloud.limits.storageGb),
    'nfrCloud.cardScans': t.number(nfr.cloud.limits.cardScans),
    'nfrCloud.sites': t.number(nfr.cloud.limits.sites),
    'nfrCloud.bulkEmailsPerMonth': t.number(nfr.cloud.limits.bulkEmailsPerMonth),
    'nfrKey.edition': nfr.onPremise.edition,
    'nfrKey.months': t.number(nfr.onPremise.months),
    'nfrKey.extensionMonths': t.number(nfr.onPremise.extensionMonths),
    'activation.days': t.number(timelines.activation.days),
    'review.months': t.number(timelines.review.months),
    'zeroActivity.months': t.number(timelines.zeroActivity.months),
    'application.reviewMinDays': t.number(timelines.application.reviewMinBusinessDays),
    'application.reviewMaxDays': t.number(timelines.application.reviewMaxBusinessDays),
    'application.verificationMaxDays': t.number(timelines.application.verificationMaxBusinessDays),
    'priceChangeNotice.days': t.number(timelines.priceChangeNotice.days),
    'penalties.maxBlockMonths': t.number(timelines.penalties.maxBlockMonths),
    'leads.maxLocations': t.number(leads.maxLocations),
    'leads.extraLocations': t.number(leads.extraLocations),
    'leads.maxPartnersPerRequest': t.number(leads.maxPartnersPerRequest),
    'leads.reservationDays': t.number(leads.requests.reservationDays),
    'leads.outcomeReminderDays': t.number(leads.requests.outcomeReminderDays),
    'leads.requestKinds': requestKindsTable(rules, t),
    'rating.windowMonths': t.number(leads.rating.windowMonths),
    'rating.neutralPercent': t.percent(leads.rating.neutralPercent),
    'rating.neutralWeight': t.number(leads.rating.neutralWeight),
    'rating.firstWon': t.percent(ratingPercent(rules, 1, 0)),
    'rating.firstLost': t.percent(ratingPercent(rules, 0, 1)),
    'rating.unlockedTable': unlockedTable(rules, t),
    statusTable: statusTable(rules, t),
  });
  return figures;
}

/** One row of the statuses compared: a label and, per status, its items (none, one or several), as messages. */
export interface ComparisonRow {
  /** `compare-how-to-get`, `compare-discount`… */
  label: Message;
  cells: Message[][];
}

/** The statuses compared side by side, from the rules, as data: the rows the docs' table and the site's table show. */
export function statusComparison(rules: Rules): ComparisonRow[] {
  const statuses = rules.statuses;
  const describe = (requirements: readonly Requirement[], whileStatus?: Status) => requirements.map((r) => requirementMessage(rules, r, whileStatus && statusWord(whileStatus)));
  return [
    {
      label: msg('compare-how-to-get'),
      cells: statuses.map((s, i) => {
        const below = statuses[i - 1];
        return i === 0 || !below ? [msg('compare-on-approval')] : describe(s.entry.requires, below);
      }),
    },
    {
      label: msg('compare-to-keep'),
      cells: statuses.map((s) => [
        ...(s.probation ? [msg('compare-probation', { days: s.probation.days, items: list(describe(s.probation.requires).map(inline)) })] : []),
        ...(s.maintain ? describe(s.maintain.requires, s).map((item) => msg('compare-maintain', { item })) : []),
      ]),
    },
    {
      label: msg('compare-discount'),
      cells: statuses.map((s) => s.discount.map((d) => (d.requires.length
        ? msg('compare-discount-once', { percent: d.percent, items: list(describe(d.requires).map(inline), 'comma') })
        : msg('compare-discount-plain', { percent: d.percent })))),
    },
    { label: msg('compare-directory'), cells: statuses.map((s) => [msg(`compare-listing-${s.listing}`)]) },
    {
      label: msg('compare-nfr'),
      cells: statuses.map((s) => [msg('compare-nfr-cloud', { count: s.nfr.cloud }), ...(s.nfr.onPremise ? [msg('compare-nfr-keys', { count: s.nfr.onPremise })] : [])]),
    },
    { label: msg('compare-benefits'), cells: statuses.map((s) => s.benefits.map((b) => benefitWord(s.id, b))) },
  ];
}

/** A markdown table cell: its pipes escaped. */
const cellText = (text: string) => text.replace(/\|/g, '\\|');

/** What clients can ask for and which services receive it, as a markdown table (the docs' `{{leads.requestKinds}}`). */
function requestKindsTable(rules: Rules, t: Translator): string {
  const text = (m: Message) => cellText(renderMessage(t, m));
  return [
    `| ${text(msg('figure-request-kinds-kind'))} | ${text(msg('figure-request-kinds-services'))} |`,
    '| --- | --- |',
    ...rules.leads.requests.kinds.map((k) => `| ${text(requestKindWord(rules, k.id))} | ${k.services.map((s) => text(serviceWord(rules, s))).join(', ')} |`),
  ].join('\n');
}

/** The rating's steps as a markdown table (the docs' `{{rating.unlockedTable}}`). */
function unlockedTable(rules: Rules, t: Translator): string {
  const text = (m: Message) => cellText(renderMessage(t, m));
  const steps = rules.leads.rating.unlocked;
  return [
    `| ${text(msg('figure-rating'))} | ${text(msg('figure-rating-requests'))} |`,
    '| --- | --- |',
    ...steps.map((step, i) => {
      const next = steps[i + 1];
      const range = next ? msg('figure-rating-range', { from: step.minPercent, to: next.minPercent }) : msg('figure-rating-from', { from: step.minPercent });
      return `| ${text(range)} | ${t.number(step.requests)} |`;
    }),
  ].join('\n');
}

/** The statuses compared as a markdown table (the docs' `{{statusTable}}`). */
function statusTable(rules: Rules, t: Translator): string {
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  const cell = (items: Message[]) => (items.length ? items.map((m) => renderMessage(t, m)).join('; ') : '—').replace(/\|/g, '\\|');
  return [
    row('', rules.statuses.map((s) => `**${renderMessage(t, statusWord(s))}**`)),
    `|---|${rules.statuses.map(() => '---').join('|')}|`,
    ...statusComparison(rules).map((r) => row(renderMessage(t, r.label), r.cells.map(cell))),
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
