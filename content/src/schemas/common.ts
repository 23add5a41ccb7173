/** Field types shared by every kind of content file. */
import { z } from 'zod';
import { isPlainDate } from '../dates.ts';

/** A calendar date written YYYY-MM-DD that exists (2025-02-29 does not). */
export const plainDate = z.string({ error: (iss) => (iss.input === undefined ? undefined : `expected a date written YYYY-MM-DD, found ${typeof iss.input === 'number' ? `the number ${String(iss.input)}` : 'something else'}`) })
  .refine(isPlainDate, { error: (iss) => `expected a real date written YYYY-MM-DD, found '${String(iss.input)}'` });

/** An id in kebab-case: lowercase letters, digits and single hyphens. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (iss) => `expected an id in lowercase letters, digits and hyphens (like 'web-studio'), found '${String(iss.input)}'`,
});

/** A web address with http or https and a real host name. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: (iss) => `expected a web address starting with https:// (or http://), found '${String(iss.input)}'`,
});

/** An e-mail address. */
export const email = z.email({ error: (iss) => `expected an e-mail address like hello@example.com, found '${String(iss.input)}'` });

/** An amount of money: a positive number, cents allowed. */
export const amount = z.number({ error: (iss) => (iss.input === undefined ? undefined : `expected an amount as a number (like 1250.50), found ${typeof iss.input === 'string' ? `'${iss.input}'` : 'something else'}`) })
  .positive({ error: (iss) => `expected a positive amount, found ${String(iss.input)}` })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { error: (iss) => `has more than two decimal places: ${String(iss.input)}` });

/** A whole number of zero or more (days, months, counts). */
export const count = z.int().nonnegative();

/** A whole number of one or more. */
export const positiveCount = z.int().positive();

/** A one-line text that is not empty. */
export const line = z.string().trim().min(1).refine((s) => !s.includes('\n'), { error: 'must fit on one line' });
