/**
 * The eligibility calculator's form: reading answers from a form post, with errors per field.
 * Figures are read with the content module's `readNumber`, the same reader as the bot's /check,
 * so "2.600,50" and "2,600.50" both work; the page's language decides what its own thousands mark
 * means ("2.600" is 2600 on the German page), and a value that still could mean two things is
 * asked about. Messages are in the page's language.
 */
import { groupMark, intlTag, readNumber, selfCheckSalesMonths } from '../../content/index.ts';
import type { EligibilityAnswers, Rules, Translator } from '../../content/index.ts';

/** Answers as typed, for redisplaying the form, and the parsed answers when they are valid. */
export interface CheckForm {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  answers?: EligibilityAnswers;
}

const MAX_AMOUNT = 1_000_000_000;
const MAX_CLIENTS = 1_000_000;
/** A value is shown back in the form at most this long: a figure or an id is short. */
const MAX_ECHO = 40;
/** The calculator's fields; anything else in a post is ignored. */
const FIELDS = new Set(['status', 'sales', 'since', 'clients', 'course', 'endorsement', 'firstLineSupport', 'nfrCloud', 'caseStudy', 'marketingPlan', 'productPresentation']);
/** A checkbox list holds at most this many values (there are a handful of courses). */
const MAX_VALUES = 20;

/** The months the calculator's sales question covers, from the rules (the first trailing sales window). */
export function salesMonths(rules: Rules): number {
  return selfCheckSalesMonths(rules, rules.statuses[0]?.id ?? '');
}

/** An amount to show as an example in messages: the first sales target in the rules, written plainly. */
function exampleAmount(rules: Rules): string {
  for (const status of rules.statuses) {
    for (const r of status.entry.requires) if (r.kind === 'sales') return String(r.amount);
  }
  return '1000';
}

/** The message for a value that reads two ways: both readings, written so they cannot be misread. */
function ambiguousMessage(t: Translator, typed: string, readings: readonly { plain: string }[]): string {
  const [first = '', second = ''] = readings.map((r) => r.plain);
  return t.t('site-check-ambiguous', { typed, first, second });
}

/** What an amount field says when it is empty or not an amount. */
interface AmountWords {
  missing: string;
  invalid: string;
}

function amountField(form: FormData, name: string, t: Translator, words: AmountWords, errors: Record<string, string>, optional = false): number | undefined {
  const raw = String(form.get(name) ?? '').trim();
  if (raw === '') {
    if (!optional) errors[name] = words.missing;
    return undefined;
  }
  const reading = readNumber(raw, { group: groupMark(intlTag(t.locale.id)) });
  if (reading.kind === 'ambiguous') {
    errors[name] = ambiguousMessage(t, raw, reading.readings);
    return undefined;
  }
  if (reading.kind === 'not-a-number' || reading.value < 0 || reading.value > MAX_AMOUNT) {
    errors[name] = words.invalid;
    return undefined;
  }
  return reading.value;
}

function countField(form: FormData, name: string, t: Translator, errors: Record<string, string>): number | undefined {
  const raw = String(form.get(name) ?? '').trim();
  if (raw === '') return 0;
  const reading = readNumber(raw, { whole: true, group: groupMark(intlTag(t.locale.id)) });
  if (reading.kind === 'ambiguous') {
    errors[name] = ambiguousMessage(t, raw, reading.readings);
    return undefined;
  }
  if (reading.kind === 'not-a-number' || !Number.isInteger(reading.value) || reading.value < 0 || reading.value > MAX_CLIENTS) {
    errors[name] = t.t('site-check-clients-invalid');
    return undefined;
  }
  return reading.value;
}

/** The fields of the calculator as typed, short and bounded, for showing the form again. */
function typedValues(form: FormData): CheckForm['values'] {
  const lists = new Map<string, string[]>();
  for (const [key, value] of form) {
    if (typeof value !== 'string' || !FIELDS.has(key)) continue;
    const list = lists.get(key) ?? [];
    if (list.length < MAX_VALUES) list.push(value.slice(0, MAX_ECHO));
    lists.set(key, list);
  }
  const values: CheckForm['values'] = {};
  for (const [key, list] of lists) values[key] = list.length === 1 ? (list[0] ?? '') : list;
  return values;
}

/** Reads the calculator's answers from a submitted form, with its messages in `t`'s language. */
export function readCheckForm(form: FormData, rules: Rules, t: Translator): CheckForm {
  const errors: Record<string, string> = {};
  const values = typedValues(form);
  const status = String(form.get('status') ?? '');
  if (!rules.statuses.some((s) => s.id === status)) errors.status = t.t('site-check-status-missing');
  const months = salesMonths(rules);
  const example = exampleAmount(rules);
  const sales = amountField(form, 'sales', t, { missing: t.t('site-check-sales-missing', { months }), invalid: t.t('site-check-sales-invalid', { months, example }) }, errors);
  const since = amountField(form, 'since', t, { missing: '', invalid: t.t('site-check-since-invalid', { example }) }, errors, true);
  const clients = countField(form, 'clients', t, errors);
  if (sales !== undefined && since !== undefined && since > sales) errors.since = t.t('site-check-since-too-much', { months });
  if (Object.keys(errors).length > 0 || sales === undefined || clients === undefined) return { values, errors };
  const all = (name: string) => (values[name] === undefined ? [] : ([] as string[]).concat(values[name]));
  return {
    values,
    errors,
    answers: {
      status,
      salesLast12Months: sales,
      salesSinceStatus: since,
      clients,
      courses: all('course').filter((c) => rules.courses.some((x) => x.id === c)),
      endorsements: all('endorsement').filter((e): e is 'website' | 'social' => e === 'website' || e === 'social'),
      firstLineSupport: form.has('firstLineSupport'),
      caseStudy: form.has('caseStudy'),
      marketingPlan: form.has('marketingPlan'),
      productPresentation: form.has('productPresentation'),
      nfrCloud: form.has('nfrCloud'),
    },
  };
}
