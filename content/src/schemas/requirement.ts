/**
 * A requirement of the program, as data. Each kind is one operator the rules engine knows
 * (see engine/requirements.ts); thresholds and windows are values here, never literals in code.
 */
import { z } from 'zod';
import { describeValue } from '../issues.ts';
import { kebabId, positiveCount } from './common.ts';

/** Counted sales (amount paid, own or affiliated purchases excluded) of at least `amount`. */
const salesRequirement = z.strictObject({
  kind: z.literal('sales'),
  amount: z.number().positive(),
  /** `trailing`: the last `months` months up to the day; `review-year`: from the day after the status was last granted or confirmed. */
  window: z.enum(['trailing', 'review-year']),
  months: positiveCount.optional(),
  /** Count only sales made after the day the partner reached its current status (Gold: "as a Silver partner"). */
  whileCurrentStatus: z.boolean().optional(),
}).refine((r) => r.window !== 'trailing' || r.months !== undefined, { error: 'a trailing sales window needs `months`', path: ['months'] });

export const requirement = z.discriminatedUnion('kind', [
  salesRequirement,
  /** Counted sales to at least `count` different clients. */
  z.strictObject({ kind: z.literal('clients'), count: positiveCount }),
  /** The course with this id completed. */
  z.strictObject({ kind: z.literal('course'), course: kebabId }),
  /** The products endorsed on the partner's website or social media. */
  z.strictObject({ kind: z.literal('endorsement'), channel: z.enum(['website', 'social']) }),
  z.strictObject({ kind: z.literal('first-line-support') }),
  z.strictObject({ kind: z.literal('case-study') }),
  z.strictObject({
    kind: z.literal('marketing-plan'),
    /** How many years ahead the plan covers ("mid-term": 1 to 2). */
    years: z.strictObject({ min: positiveCount, max: positiveCount })
      .refine((y) => y.min <= y.max, { error: 'the fewest years (min) must not be more than the most (max)' }).optional(),
  }),
  z.strictObject({
    kind: z.literal('product-presentation'),
    /** How long a recorded presentation should run, in minutes (a webinar instead has no length). */
    videoMinutes: z.strictObject({ min: positiveCount, max: positiveCount })
      .refine((m) => m.min <= m.max, { error: 'the shortest length (min) must not be longer than the longest (max)' }).optional(),
  }),
  /** An NFR cloud subscription claimed. */
  z.strictObject({ kind: z.literal('nfr-cloud') }),
], { error: (iss) => `expected a requirement kind (sales, clients, course, endorsement, first-line-support, case-study, marketing-plan, product-presentation, nfr-cloud), found ${iss.input === undefined ? 'none' : describeValue((iss.input as { kind?: unknown } | null)?.kind ?? iss.input)}` });

export type Requirement = z.infer<typeof requirement>;
export type SalesRequirement = Extract<Requirement, { kind: 'sales' }>;

/**
 * The length in months of a trailing sales window. The schema refuses a trailing window without
 * `months`, so rules read through it always have one; code never supplies a figure of its own.
 */
export function trailingMonths(requirement: SalesRequirement): number {
  if (requirement.months === undefined) throw new Error('a trailing sales window needs `months` (the rules schema requires it)');
  return requirement.months;
}
