/**
 * The schema of a partner file, `content/partners/<slug>.md`.
 *
 * The frontmatter holds the PUBLIC profile at the top level and the PRIVATE program data in one
 * `program:` block. The description is the markdown body. Only `toPublicPartner` (public.ts) turns
 * a partner into something the site may show; the `program` block never leaves the content module
 * except to the rules engine and the bot's linked users.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { phoneNumbers } from '../lazy.ts';
import { describeValue } from '../issues.ts';
import { amount, email, httpUrl, line, MAX_CHARS, plainDate, text, tooLong } from './common.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 3166-1 alpha-2 country code, with a hint when a name or alpha-3 code was written. */
export const countryCode = text(MAX_CHARS.shortName).superRefine((value, ctx) => {
  if (/^[A-Z]{2}$/.test(value) && countries.isValid(value)) return;
  const suggestion = countries.getAlpha2Code(value, 'en') ?? (value.length === 3 ? countries.alpha3ToAlpha2(value.toUpperCase()) : undefined)
    ?? (/^[a-z]{2}$/i.test(value) && countries.isValid(value.toUpperCase()) ? value.toUpperCase() : undefined);
  ctx.addIssue({
    code: 'custom',
    message: `${describeValue(value)} is not an ISO 3166-1 alpha-2 country code${suggestion ? `; write ${suggestion}` : ' (two capital letters, like DE or US)'}`,
  });
});

/** An ISO 639-1 language code in lowercase, like `en` or `pt`. */
const knownLanguages = new Map<string, boolean>();
export const languageCode = text(MAX_CHARS.id).superRefine((value, ctx) => {
  // Intl.DisplayNames is slow; each code is looked up once.
  let known = knownLanguages.get(value);
  if (known === undefined) {
    known = /^[a-z]{2}$/.test(value) && languageNames.of(value) !== undefined;
    knownLanguages.set(value, known);
  }
  if (known) return;
  ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not an ISO 639-1 language code (two lowercase letters, like en or de)` });
});

/**
 * The language a description is written in: a language code, optionally with its region, as the
 * catalog folders are named (`en`, `de`, `pt-BR`).
 */
export const descriptionLanguage = text(MAX_CHARS.id).superRefine((value, ctx) => {
  const [language = '', region] = value.split('-');
  if (/^[a-z]{2}$/.test(language) && languageNames.of(language) !== undefined && (region === undefined || /^[A-Z]{2}$/.test(region))) return;
  ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not a language code (two lowercase letters, with a region if it matters: en, de, pt-BR)` });
});

/** A phone number in international format, possible for some country (`+49 30 5550 1234`). */
export const phone = z.string({ error: (iss) => (iss.input === undefined ? undefined : `expected a phone number in quotes, like "+49 30 5550 1234", found ${typeof iss.input === 'number' ? `the number ${String(iss.input)}` : 'something else'}`) })
  .max(MAX_CHARS.phone, { abort: true, error: (iss) => tooLong(String(iss.input).length, MAX_CHARS.phone) })
  .superRefine((value, ctx) => {
    if (!value.startsWith('+')) {
      ctx.addIssue({ code: 'custom', message: `${describeValue(value)} must be in international format, starting with + and the country code (like +49 30 5550 1234)` });
      return;
    }
    try {
      if (phoneNumbers().parsePhoneNumberWithError(value).isPossible()) return;
    } catch {
      // Reported below.
    }
    ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not a possible phone number; check the country code and the number of digits` });
  });

/** A Telegram user id: digits only. Written as a number or, preferably, in quotes; kept as text. */
const TELEGRAM_ID_HINT = 'a Telegram user id is digits only, without a leading zero, like "123456789"';
export const telegramId = z.union([
  z.string().regex(/^[1-9]\d{4,15}$/, { error: (iss) => `${TELEGRAM_ID_HINT}; found ${describeValue(iss.input)}` }),
  z.int().positive().max(Number.MAX_SAFE_INTEGER),
], { error: (iss) => `${TELEGRAM_ID_HINT}; found ${describeValue(iss.input)}` })
  .transform(String);

/** IANA time zone names the runtime knows, by their last part in lowercase (`berlin` → Europe/Berlin), for hints. */
let zonesByCity: Map<string, string> | undefined;
function zoneHint(value: string): string | undefined {
  zonesByCity ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.split('/').pop()?.toLowerCase() ?? zone, zone]));
  return zonesByCity.get(value.trim().toLowerCase().replace(/\s+/g, '_').split('/').pop() ?? '');
}

/** An IANA time zone name, like `Europe/Berlin`, with a hint when a city or an abbreviation was written. */
export const timeZoneName = text(MAX_CHARS.shortName).superRefine((value, ctx) => {
  try {
    if (value.includes('/') || value === 'UTC') {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return;
    }
  } catch {
    // Reported below.
  }
  const hint = zoneHint(value);
  ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not an IANA time zone name; ${hint ? `write ${hint}` : 'write one like Europe/Berlin or America/Chicago'}` });
});

/** A local hour for reminders, 0 to 23. */
const reminderHour = z.int({ error: (iss) => `expected a whole hour from 0 to 23, like 9, found ${typeof iss.input === 'string' ? `'${iss.input}'` : String(iss.input)}` })
  .min(0, { error: (iss) => `expected a whole hour from 0 to 23, like 9, found ${String(iss.input)}` })
  .max(23, { error: (iss) => `expected a whole hour from 0 to 23, like 9, found ${String(iss.input)}` });

/** The vocabulary a partner file is checked against, all taken from `content/program/`. */
export interface PartnerVocabulary {
  statuses: readonly string[];
  services: readonly string[];
  courses: readonly string[];
  currencies: readonly string[];
}

const oneOf = (values: readonly string[], what: string) => text(MAX_CHARS.id).superRefine((value, ctx) => {
  if (values.includes(value)) return;
  const near = values.find((v) => v.toLowerCase() === value.toLowerCase() || v.startsWith(value.toLowerCase().slice(0, 4)));
  ctx.addIssue({ code: 'custom', message: `${describeValue(value)} is not a known ${what}${near ? `; did you mean '${near}'?` : ''} (known: ${values.join(', ')})` });
});

/** Builds the partner-file schema for the program's vocabulary. */
export function partnerSchema(vocab: PartnerVocabulary) {
  const sale = z.strictObject({
    /** Day of the purchase in the store. */
    date: plainDate,
    /** What the partner paid, after its discount. */
    amount,
    currency: oneOf(vocab.currencies, 'currency'),
    /** The end client the product was bought for. */
    client: line(MAX_CHARS.name),
    /** Whether the product has been activated for the client (required within the activation period). */
    activated: z.boolean(),
    /** Bought for the partner's own company or an affiliated one: excluded from sales targets. */
    ownOrAffiliated: z.boolean().default(false),
  });

  const nfrClaim = z.strictObject({
    kind: z.enum(['cloud', 'on-premise']),
    /** Day the copy was claimed. */
    claimed: plainDate,
    /** How many times it has been extended since. */
    extensions: z.int().nonnegative().default(0),
  });

  const bonus = z.strictObject({
    kind: z.enum(['kickstart', 'award']),
    amount,
    /** Day the bonus was credited to the partner's bonus account. */
    credited: plainDate,
  });

  const program = z.strictObject({
    /** Day the application was submitted: the registration date the zero-activity rule counts from. */
    applied: plainDate,
    /** Day the application was approved: the partner's acceptance into the program. */
    approved: plainDate,
    /** Day the current status was granted (for Bronze, the approval day). */
    statusSince: plainDate,
    /** Day the status was last confirmed at an annual review, if it has been. */
    lastReview: plainDate.optional(),
    /** Completion day of each course, by course id. */
    courses: z.record(z.string(), plainDate).default({}).superRefine((courses, ctx) => {
      for (const id of Object.keys(courses)) {
        if (!vocab.courses.includes(id)) ctx.addIssue({ code: 'custom', path: [id], message: `${describeValue(id)} is not a known course (known: ${vocab.courses.join(', ')})` });
      }
    }),
    nfr: z.array(nfrClaim).default([]),
    /** Day the products were endorsed on each channel. */
    endorsements: z.strictObject({ website: plainDate.optional(), social: plainDate.optional() }).default({}),
    /** Provides non-technical first-line support to clients by e-mail and phone. */
    firstLineSupport: z.boolean().default(false),
    caseStudy: plainDate.optional(),
    marketingPlan: plainDate.optional(),
    productPresentation: plainDate.optional(),
    sales: z.array(sale).default([]),
    bonuses: z.array(bonus).default([]),
    /** Telegram user ids of the partner's team: they can ask the bot about this partner. */
    telegram: z.array(telegramId).default([]),
    /**
     * Countries (ISO 3166-1 alpha-2) the partner receives implementation requests from besides its
     * own: at most `extraLocations` of leads.yaml (the content check counts them).
     */
    locations: z.array(countryCode).default([]),
    /**
     * When the team gets deadline reminders, if not at the bot's usual hour (REMINDER_HOUR, 09:00)
     * in the time zone of the partner's country and city.
     */
    reminders: z.strictObject({
      /** Local hour the reminders are sent at, 0 to 23. */
      hour: reminderHour.optional(),
      /** IANA time zone the hour is in, like Europe/Berlin. */
      timeZone: timeZoneName.optional(),
    }).optional(),
  });

  return z.strictObject({
    name: line(MAX_CHARS.name),
    status: oneOf(vocab.statuses, 'status'),
    country: countryCode,
    city: line(MAX_CHARS.city),
    address: line(MAX_CHARS.line).optional(),
    website: httpUrl.optional(),
    email: email.optional(),
    phone: phone.optional(),
    languages: z.array(languageCode).default([]),
    /** The language the description (the markdown below the frontmatter) is written in; English by default. */
    descriptionLanguage: descriptionLanguage.default('en'),
    /**
     * The description in other languages, by language (`de: "…"`, `pt-BR: "…"`), markdown like the
     * body: the directory shows a visitor the one in their language, else the body.
     */
    descriptions: z.record(descriptionLanguage, text(MAX_CHARS.description, 'a description in another language is as long as the body at most')).default({}),
    services: z.array(oneOf(vocab.services, 'service')).default([]),
    /** Path under the site's public folder or a web address of the partner's logo. */
    logo: z.union([httpUrl, text(MAX_CHARS.url).regex(/^\/[\w./-]+\.(svg|png|jpe?g|webp)$/, 'expected a logo path like /logos/acme.svg or a web address')]).optional(),
    program,
  });
}

/** The frontmatter of a partner file, as parsed. */
export type PartnerFrontmatter = z.output<ReturnType<typeof partnerSchema>>;
export type ProgramData = PartnerFrontmatter['program'];
export type Sale = ProgramData['sales'][number];
export type NfrClaim = ProgramData['nfr'][number];
export type Bonus = ProgramData['bonuses'][number];

/** A loaded partner: its slug (the file name), profile, private program data and description. */
export interface Partner extends PartnerFrontmatter {
  slug: string;
  /** The description, markdown. */
  description: string;
  /** Path of the source file, relative to the project (for messages). */
  file: string;
}


/**
 * A partner without its private program data: what a process that serves only the public site
 * loads (the `program:` block is not even parsed).
 */
export type PartnerProfile = Omit<Partner, 'program'>;
