/** The eligibility calculator's form: reading answers from a form post, with errors per field. */
import type { EligibilityAnswers, Rules } from '../../content/index.ts';

/** Answers as typed, for redisplaying the form, and the parsed answers when they are valid. */
export interface CheckForm {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  answers?: EligibilityAnswers;
}

const MAX_AMOUNT = 1_000_000_000;

function amountField(form: FormData, name: string, label: string, errors: Record<string, string>, optional = false): number | undefined {
  const raw = String(form.get(name) ?? '').trim().replace(/[,\s]/g, '');
  if (raw === '') {
    if (!optional) errors[name] = `Enter ${label}, or 0.`;
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > MAX_AMOUNT) {
    errors[name] = `Enter ${label} as a number of 0 or more, like 2500.`;
    return undefined;
  }
  return value;
}

/** Reads the calculator's answers from a submitted form. */
export function readCheckForm(form: FormData, rules: Rules): CheckForm {
  const errors: Record<string, string> = {};
  const values: CheckForm['values'] = {};
  for (const [key, value] of form) {
    if (typeof value !== 'string') continue;
    const existing = values[key];
    values[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const status = String(form.get('status') ?? '');
  if (!rules.statuses.some((s) => s.id === status)) errors.status = 'Choose your current status.';
  const sales = amountField(form, 'sales', 'your sales in the last 12 months', errors);
  const since = amountField(form, 'since', 'your sales since reaching your status', errors, true);
  const clientsRaw = String(form.get('clients') ?? '').trim();
  const clients = Number(clientsRaw || '0');
  if (!Number.isInteger(clients) || clients < 0 || clients > 1_000_000) errors.clients = 'Enter the number of clients as a whole number, like 3.';
  if (sales !== undefined && since !== undefined && since > sales) errors.since = 'This is part of your sales in the last 12 months, so it cannot be more.';
  if (Object.keys(errors).length > 0 || sales === undefined) return { values, errors };
  const all = (name: string) => form.getAll(name).map(String);
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
