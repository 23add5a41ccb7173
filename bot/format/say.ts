/**
 * How the bot writes the values inside facts and personal answers: status and course names from
 * the rules, money with the program's prefix, dates, requirements, lists. The messages in
 * bot/i18n/ call these, so a message never formats a value itself.
 */
import { courseName, describeRequirement, formatDate, formatMoney, formatNumber, formatPercent } from '../../content/index.ts';
import type { PlainDate, Requirement, Rules } from '../../content/index.ts';

/** Value formatters for one set of rules. */
export interface Say {
  status(id: string): string;
  /** "Silver and Gold". */
  statuses(ids: readonly string[]): string;
  /** The statuses not in `ids`, as a list ("Bronze"); empty when there are none. */
  others(ids: readonly string[]): string;
  money(amount: number): string;
  percent(value: number): string;
  number(value: number): string;
  date(date: PlainDate): string;
  /** A requirement as a phrase; `whileStatus` names the status a "while" sales requirement means. */
  requirement(r: Requirement, whileStatus?: string): string;
  course(id: string): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
}

const lists = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** The formatters for `rules`, in English. */
export function sayFor(rules: Rules): Say {
  const name = (id: string) => rules.statuses.find((s) => s.id === id)?.name ?? id;
  return {
    status: name,
    statuses: (ids) => lists.format(ids.map(name)),
    others: (ids) => lists.format(rules.statuses.filter((s) => !ids.includes(s.id)).map((s) => s.name)),
    money: (amount) => formatMoney(rules, amount),
    percent: formatPercent,
    number: formatNumber,
    date: formatDate,
    requirement: (r, whileStatus) => describeRequirement(rules, r, whileStatus ? name(whileStatus) : undefined),
    course: (id) => courseName(rules, id),
    list: (items) => lists.format(items),
  };
}
