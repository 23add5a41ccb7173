/**
 * A client's implementation request as the site's form sends it: reading the fields, each bounded
 * and checked, with problems as codes and parameters (the site words them next to each field).
 * The site and any other way in (a CLI, a test) read a request through this one function.
 */
import countries from 'i18n-iso-countries';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { phoneNumbers } from '../lazy.ts';
import type { Rules } from '../rules.ts';
import { MAX_CHARS } from '../schemas/common.ts';
import { requestKindById } from './eligibility.ts';

/** The fields of a request, in the order the form asks for them. */
export const REQUEST_FIELDS = ['name', 'company', 'email', 'phone', 'country', 'city', 'kind', 'language', 'description'] as const;
/** One field of a request. */
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** The most characters each field holds, and the fewest a description needs to be useful. */
export const REQUEST_LIMITS = {
  name: MAX_CHARS.name,
  company: MAX_CHARS.name,
  email: MAX_CHARS.email,
  phone: MAX_CHARS.phone,
  country: MAX_CHARS.id,
  city: MAX_CHARS.city,
  kind: MAX_CHARS.id,
  language: MAX_CHARS.id,
  description: 2000,
  /** A description shorter than this says too little for a partner to decide. */
  descriptionMin: 20,
} as const;

/** A request as it is stored: every field checked, the phone number in international format. */
export interface NewRequest {
  /** The client's name. */
  name: string;
  company: string;
  email: string;
  /** International format (`+49 30 5550 1234`), when given. */
  phone?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  /** A request kind id from leads.yaml. */
  kind: string;
  /** ISO 639-1 code of the language the client prefers. */
  language: string;
  description: string;
  /** Slug of the listed partner the client asked first ("Ask this partner"), if any. */
  addressedTo?: string;
}

/**
 * What is wrong with one field, for the site to word:
 * `required`; `too-long` (`max` characters); `too-short` (`min`); `email`; `phone` (not a possible
 * number for the chosen country, or in international format); `one-line` (a line break in a one-line
 * field); `unknown` (a country, kind or language not in the list); `contact-in-description` (an
 * e-mail address or phone number in the description, which every offered partner would read).
 */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'too-long'; max: number; length: number }
  | { code: 'too-short'; min: number }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'one-line' }
  | { code: 'unknown' }
  | { code: 'contact-in-description' };

/** The result of reading a request: the request when every field is fine, and the problems by field. */
export interface RequestReading {
  request?: NewRequest;
  problems: Map<RequestField, FieldProblem>;
}

/** Fields chosen from a list on the form. */
const CHOICES: ReadonlySet<RequestField> = new Set(['country', 'kind', 'language']);
const emailCheck = z.email();
/** An e-mail address, or seven or more digits in a row with the usual separators: a phone number. */
const CONTACT_IN_TEXT = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}|\+?\d(?:[\s().-]{0,2}\d){6,}/i;
// Control characters other than line breaks and tabs never belong in what a person types.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Options for `readRequest`. */
export interface ReadRequestOptions {
  /** Language codes the form offers. */
  languages: readonly string[];
  /** Slugs of partners a request may be addressed to (the listed ones). */
  partners?: ReadonlySet<string>;
}

/** Reads a request from the form's values (`addressedTo` from the form's hidden field). */
export function readRequest(values: Readonly<Record<string, string | undefined>>, rules: Rules, options: ReadRequestOptions): RequestReading {
  const problems = new Map<RequestField, FieldProblem>();
  const get = (field: RequestField) => (values[field] ?? '').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  const text = (field: RequestField, required = true): string | undefined => {
    const value = get(field);
    const max = REQUEST_LIMITS[field];
    if (value === '') {
      if (required) problems.set(field, { code: 'required' });
      return undefined;
    }
    if (value.length > max) {
      // A choice from a list is known or not: its length is nothing a client can fix.
      problems.set(field, CHOICES.has(field) ? { code: 'unknown' } : { code: 'too-long', max, length: value.length });
      return undefined;
    }
    if (field !== 'description' && value.includes('\n')) {
      problems.set(field, { code: 'one-line' });
      return undefined;
    }
    return field === 'description' ? value : value.replace(/\s+/g, ' ');
  };

  const name = text('name');
  const company = text('company');
  const email = text('email');
  if (email !== undefined && !emailCheck.safeParse(email).success) problems.set('email', { code: 'email' });
  const country = text('country')?.toUpperCase();
  if (country !== undefined && !(/^[A-Z]{2}$/.test(country) && countries.isValid(country))) problems.set('country', { code: 'unknown' });
  const rawPhone = text('phone', false);
  let phone: string | undefined;
  if (rawPhone !== undefined) {
    try {
      const parsed = phoneNumbers().parsePhoneNumberWithError(rawPhone, problems.has('country') ? undefined : country as CountryCode | undefined);
      if (parsed.isPossible()) phone = parsed.formatInternational();
      else problems.set('phone', { code: 'phone' });
    } catch {
      problems.set('phone', { code: 'phone' });
    }
  }
  const city = text('city');
  const kind = text('kind');
  if (kind !== undefined && !requestKindById(rules, kind)) problems.set('kind', { code: 'unknown' });
  const language = text('language');
  if (language !== undefined && !options.languages.includes(language)) problems.set('language', { code: 'unknown' });
  const description = text('description');
  if (description !== undefined) {
    if (description.length < REQUEST_LIMITS.descriptionMin) problems.set('description', { code: 'too-short', min: REQUEST_LIMITS.descriptionMin });
    else if (CONTACT_IN_TEXT.test(description)) problems.set('description', { code: 'contact-in-description' });
  }
  const addressed = (values.addressedTo ?? '').trim();
  const addressedTo = addressed !== '' && options.partners?.has(addressed) ? addressed : undefined;

  if (problems.size > 0 || !name || !company || !email || !country || !city || !kind || !language || !description) return { problems };
  return {
    problems,
    request: { name, company, email, ...(phone ? { phone } : {}), country, city, kind, language, description, ...(addressedTo ? { addressedTo } : {}) },
  };
}
