/**
 * Schemas of the program's rules, kept as data in `content/program/`. One source of truth for the
 * site's tier table, the docs' figures, the bot and the reminders.
 */
import { z } from 'zod';
import { count, kebabId, line, MAX_CHARS, plainDate, positiveCount, text } from './common.ts';
import { requirement } from './requirement.ts';

/** `program.yaml`: the program's name and the version and effective date of the rules. */
export const programInfo = z.strictObject({
  /** The program's name as shown to people. */
  name: line(MAX_CHARS.name),
  /** The vendor running the program. */
  vendor: line(MAX_CHARS.name),
  /** Version of the rules; bump it with every rules change. */
  version: line(MAX_CHARS.shortName),
  /** The day from which these rules apply. */
  effective: plainDate,
  /** Currencies sales and bonuses are counted in, one to one. */
  currencies: z.array(z.string().regex(/^[A-Z]{3}$/, 'expected a three-letter currency code like USD')).min(1),
  /** Written before amounts: `$/€` gives `$/€2,500`. */
  moneyPrefix: text(MAX_CHARS.symbol),
});

const named = z.strictObject({ id: kebabId, name: line(MAX_CHARS.shortName), summary: line(MAX_CHARS.line) });

/** `courses.yaml`: online courses, referred to by id from requirements and partner files. */
export const coursesFile = z.strictObject({ courses: z.array(named).min(1) });

/** `services.yaml`: the fixed vocabulary of services partners may list. */
export const servicesFile = z.strictObject({ services: z.array(named).min(1) });

/** A discount tier: the percentage applies when every requirement is met. */
const discountTier = z.strictObject({
  percent: z.number().min(0).max(100),
  requires: z.array(requirement).default([]),
});

/** A benefit of a status, available once its requirements (if any) are met. */
const benefit = z.strictObject({
  id: kebabId,
  text: line(MAX_CHARS.line),
  requires: z.array(requirement).default([]),
});

/** One partner status, from `statuses.yaml`. */
export const status = z.strictObject({
  id: kebabId,
  name: line(MAX_CHARS.shortName),
  summary: line(MAX_CHARS.line),
  /** Whether partners of this status appear in the public directory, and how. */
  listing: z.enum(['none', 'listed', 'featured']),
  /** What a partner of the status below must meet to move up to this one. */
  entry: z.strictObject({ requires: z.array(requirement) }),
  /** Conditions to meet within `days` of approval, or the status is cancelled (Bronze). */
  probation: z.strictObject({ days: positiveCount, requires: z.array(requirement).min(1) }).nullable(),
  /** What must be met by each annual review to keep the status. */
  maintain: z.strictObject({ requires: z.array(requirement).min(1) }).nullable(),
  /** Discount tiers, lowest first; the highest tier whose requirements are met applies. */
  discount: z.array(discountTier).min(1),
  /** How many NFR copies of each kind a partner of the status may hold at a time (the earliest claimed that still run; engine/nfr.ts). */
  nfr: z.strictObject({ cloud: count, onPremise: count }),
  benefits: z.array(benefit),
});

/** `statuses.yaml`: the statuses, lowest first. */
export const statusesFile = z.strictObject({ statuses: z.array(status).min(1) });

/** `bonuses.yaml`: kickstart and award bonuses. */
export const bonusesFile = z.strictObject({
  kickstart: z.strictObject({
    amount: z.number().positive(),
    /** Only partners who applied after this day can receive it. */
    appliedAfter: plainDate,
    /** Unused kickstart bonus expires this many days after acceptance. */
    validDays: positiveCount,
    requires: z.array(requirement),
  }),
  award: z.strictObject({
    minAmount: z.number().positive(),
    maxAmount: z.number().positive(),
    /** Award bonuses expire at the end of the calendar year they were credited in. */
    validUntil: z.literal('end-of-year'),
  }),
  /** The least that must be paid in money on each order that uses a bonus. */
  minPaidPerOrder: z.number().nonnegative(),
  canPay: z.array(line(MAX_CHARS.line)),
  cannotPay: z.array(line(MAX_CHARS.line)),
});

/** `nfr.yaml`: not-for-resale copies. */
export const nfrFile = z.strictObject({
  cloud: z.strictObject({
    months: positiveCount,
    extendableFor: z.array(kebabId),
    limits: z.strictObject({
      customDomain: z.boolean(),
      storageGb: positiveCount,
      cardScans: positiveCount,
      sites: positiveCount,
      bulkEmailsPerMonth: positiveCount,
    }),
  }),
  onPremise: z.strictObject({
    edition: line(MAX_CHARS.shortName),
    months: positiveCount,
    extensionMonths: positiveCount,
    extendableFor: z.array(kebabId),
  }),
});

/** `timelines.yaml`: every other time rule. */
export const timelinesFile = z.strictObject({
  activation: z.strictObject({ days: positiveCount }),
  review: z.strictObject({ months: positiveCount, demoteLevels: positiveCount }),
  zeroActivity: z.strictObject({ months: positiveCount }),
  application: z.strictObject({
    reviewMinBusinessDays: positiveCount,
    reviewMaxBusinessDays: positiveCount,
    verificationMaxBusinessDays: positiveCount,
  }),
  priceChangeNotice: z.strictObject({ days: positiveCount }),
  penalties: z.strictObject({ maxBlockMonths: positiveCount }),
});

/** `leads.yaml`: the lead distribution program. */
export const leadsFile = z.strictObject({
  emailLeadsFor: z.array(kebabId),
  extraLocations: count,
  maxLocations: positiveCount,
  maxPartnersPerRequest: positiveCount,
});

/** Fields of a partner file that can be required for listing. */
export const listableField = z.enum(['website', 'email', 'phone', 'address', 'description', 'services', 'city', 'languages']);

/** `listing.yaml`: what a listed partner's file must contain. */
export const listingFile = z.strictObject({ requiredFields: z.array(listableField).min(1) });

/** The kinds of deadline the rules engine computes. */
export const deadlineKind = z.enum([
  'bronze-cutoff', 'kickstart-expiry', 'award-expiry', 'nfr-cloud-expiry', 'nfr-key-expiry',
  'product-activation', 'annual-review', 'zero-activity',
]);
export type DeadlineKind = z.infer<typeof deadlineKind>;

/** `deadlines.yaml`: names, docs sections and reminder offsets per deadline kind. */
export const deadlinesFile = z.strictObject({
  kinds: z.record(deadlineKind, z.strictObject({
    name: line(MAX_CHARS.shortName),
    /** Docs page and section, like `bonuses#kickstart-bonus`. */
    docs: text(MAX_CHARS.url).regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'expected a docs page and section like bonuses#kickstart-bonus'),
    /** Days before the deadline on which the bot reminds the partner's team. */
    remindDaysBefore: z.array(positiveCount).min(1),
  })),
});

export type ProgramInfo = z.infer<typeof programInfo>;
export type Status = z.infer<typeof status>;
export type Bonuses = z.infer<typeof bonusesFile>;
export type Nfr = z.infer<typeof nfrFile>;
export type Timelines = z.infer<typeof timelinesFile>;
export type Leads = z.infer<typeof leadsFile>;
export type Listing = z.infer<typeof listingFile>;
export type Deadlines = z.infer<typeof deadlinesFile>;
export type Named = z.infer<typeof named>;
