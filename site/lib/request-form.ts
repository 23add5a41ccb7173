/**
 * The request form on the server: reading a post into a request (through the content module's
 * `readRequest`) with a message per field, and the checks against robots: a honeypot field people
 * never see, a start time signed when the form was served (a post sooner than a person can type,
 * or with a forged or stale time, is refused), and the key a sender's address is counted under for
 * the rate limit (a keyed hash: the address itself is never stored).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { readRequest, REQUEST_FIELDS, REQUEST_LIMITS } from '../../content/index.ts';
import type { NewRequest, PublicPartner, RequestField, Rules, Translator } from '../../content/index.ts';
import countries from 'i18n-iso-countries';
import { requestText } from './request-text.ts';
import { countryLabel } from './words.ts';

/** The honeypot's name: a field a robot fills in and a person never sees. */
export const HONEYPOT = 'website';
/** A form older than this is refused (and shown again with a fresh time). */
const MAX_AGE_MS = 24 * 3_600_000;
/** What is shown back of a field, at most: well above every limit, and the body is bounded anyway. */
const MAX_ECHO = 2 * REQUEST_LIMITS.description;

/** A form as typed, its problems by field, and the request once everything is fine. */
export interface RequestForm {
  values: Record<string, string>;
  errors: Map<RequestField | 'consent', string>;
  request?: NewRequest;
}

/** The signed start time a form is served with: `<ms>.<hmac>`. */
export function signStart(atMs: number, secret: string): string {
  return `${atMs}.${createHmac('sha256', secret).update(`request-form:${atMs}`).digest('base64url')}`;
}

/** Whether a form's start time is ours, old enough for a person and not stale. */
export function checkStart(value: string, nowMs: number, secret: string, minFillMs: number): 'ok' | 'too-fast' | 'stale' {
  const [ms = '', mac = ''] = value.split('.');
  if (!/^\d{1,16}$/.test(ms)) return 'stale';
  const expected = Buffer.from(signStart(Number(ms), secret).split('.')[1] ?? '');
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'stale';
  const age = nowMs - Number(ms);
  if (age < 0 || age > MAX_AGE_MS) return 'stale';
  return age < minFillMs ? 'too-fast' : 'ok';
}

/** The key a sender is counted under for the rate limit: a keyed hash of the address. */
export function clientKey(address: string, secret: string): string {
  return createHash('sha256').update(`${secret}:${address}`).digest('hex').slice(0, 32);
}

/** The languages the form offers: those the listed partners speak, by their names in `t`'s language. */
export function formLanguages(directory: readonly PublicPartner[], t: Translator): { code: string; name: string }[] {
  const codes = new Set(directory.flatMap((p) => p.languages));
  return [...codes].map((code) => ({ code, name: t.language(code) })).sort((a, b) => t.compare(a.name, b.name));
}

/** Every country, by its name in `t`'s language, for the country field. */
export function formCountries(t: Translator): { code: string; name: string }[] {
  return Object.keys(countries.getAlpha2Codes()).map((code) => ({ code, name: countryLabel(t, code) })).sort((a, b) => t.compare(a.name, b.name));
}

/** Reads a posted form: what was typed (to show again), a message per problem in `t`'s language, and the request. */
export function readRequestForm(form: FormData, rules: Rules, languages: readonly string[], partners: ReadonlySet<string>, t: Translator): RequestForm {
  const words = requestText(t);
  const values: Record<string, string> = {};
  for (const name of [...REQUEST_FIELDS, 'addressedTo', 'consent', 'started']) {
    const value = form.get(name);
    if (typeof value === 'string') values[name] = value.slice(0, MAX_ECHO);
  }
  const reading = readRequest(values, rules, { languages, partners });
  const errors = new Map<RequestField | 'consent', string>();
  for (const [field, problem] of reading.problems) errors.set(field, words.problem(field, problem));
  if (values.consent !== 'yes') errors.set('consent', words.form.consentMissing);
  return { values, errors, ...(reading.request && errors.size === 0 ? { request: reading.request } : {}) };
}

/** True when the honeypot was filled in: a robot. */
export function isRobot(form: FormData): boolean {
  const value = form.get(HONEYPOT);
  return typeof value === 'string' && value.trim() !== '';
}
