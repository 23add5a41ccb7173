/** Field types shared by every kind of content file. */
import { z } from 'zod';
import { isPlainDate } from '../dates.ts';
import { formatNumber } from '../format.ts';
import { describeValue } from '../issues.ts';

/**
 * The most characters each kind of text may hold: room for any real value, small enough that a
 * directory card, a chat message or a line of the content check stays readable. Every text field
 * of every content file has one.
 */
export const MAX_CHARS = {
  /** A symbol written before amounts (`$/€`). */
  symbol: 10,
  /** An id or a code: `web-studio`, `tutorial`, `DE`, `Europe/Berlin`. */
  id: 40,
  /** A short name: a status, a course, a service, a deadline kind, an NFR edition, a rules version. */
  shortName: 60,
  /** A docs page's title. */
  title: 80,
  /** A city. */
  city: 80,
  /** A company's or a client's name. */
  name: 120,
  /** One line of text: a summary, a benefit, a postal address, what a bonus can pay for. */
  line: 200,
  /** A docs page's description (it is shown in search results and link previews). */
  docDescription: 160,
  /** A phone number. */
  phone: 30,
  /** An e-mail address (the limit of RFC 5321). */
  email: 254,
  /** A web address or a path. */
  url: 300,
  /** A partner's description, the markdown below its frontmatter. */
  description: 3000,
} as const;

/** The problem with a text of `length` characters where `max` are allowed: "is 10,000 characters long; keep it to 120 or fewer". */
export function tooLong(length: number, max: number, why?: string): string {
  return `is ${formatNumber(length)} characters long; keep it to ${formatNumber(max)} or fewer${why ? ` (${why})` : ''}`;
}

/**
 * A text of at most `max` characters. A longer one is one problem saying so, and no other check of
 * the field runs on it (nor echoes it back).
 */
export function text(max: number, why?: string) {
  return z.string().max(max, { abort: true, error: (iss) => tooLong(String(iss.input).length, max, why) });
}

/** A calendar date written YYYY-MM-DD that exists (2025-02-29 does not). */
export const plainDate = z.string({ error: (iss) => (iss.input === undefined ? undefined : `expected a date written YYYY-MM-DD, found ${typeof iss.input === 'number' ? `the number ${String(iss.input)}` : 'something else'}`) })
  .refine(isPlainDate, { error: (iss) => `expected a real date written YYYY-MM-DD, found ${describeValue(iss.input)}` });

/** An id in kebab-case: lowercase letters, digits and single hyphens. */
export const kebabId = text(MAX_CHARS.id).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (iss) => `expected an id in lowercase letters, digits and hyphens (like 'web-studio'), found ${describeValue(iss.input)}`,
});

/** A web address with http or https and a real host name. */
export const httpUrl = text(MAX_CHARS.url).check(z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (iss) => `expected a web address starting with https:// (or http://), found ${describeValue(iss.input)}`,
}));

/** An e-mail address. */
export const email = text(MAX_CHARS.email).check(z.email({ error: (iss) => `expected an e-mail address like hello@example.com, found ${describeValue(iss.input)}` }));

/** An amount of money: a positive number, cents allowed. */
export const amount = z.number({ error: (iss) => (iss.input === undefined ? undefined : `expected an amount as a number (like 1250.50), found ${typeof iss.input === 'string' ? `'${iss.input}'` : 'something else'}`) })
  .positive({ error: (iss) => `expected a positive amount, found ${String(iss.input)}` })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: (iss) => `has more than two decimal places: ${String(iss.input)}` });

/** A whole number of zero or more (days, months, counts). */
export const count = z.int().nonnegative();

/** A whole number of one or more. */
export const positiveCount = z.int().positive();

/** A one-line text that is not empty, of at most `max` characters (`why` says why, when the limit is tight). */
export function line(max: number, why?: string) {
  return z.string().trim().max(max, { abort: true, error: (iss) => tooLong(String(iss.input).length, max, why) })
    .min(1).refine((s) => !s.includes('\n'), { error: 'must fit on one line' });
}
