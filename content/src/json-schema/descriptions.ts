/**
 * What each field of a content file means, shown by editors on hover and in completion lists.
 *
 * The zod schemas keep these as doc comments, which JSON Schema cannot see, so they are written
 * out here once per field. A key is a field path: `program.sales[].amount` (`[]` an entry of a
 * list, `*` any key of a group). A key starting with `*.` matches any path that ends with the rest,
 * for fields that mean the same wherever they appear (a requirement's `amount`). A test checks that
 * every field of every generated schema has a description, so a new field cannot go without one.
 */

/** Descriptions of a partner file's frontmatter, `content/partners/<slug>.md`. */
export const partnerDescriptions: Record<string, string> = {
  name: "The partner's company name, as shown in the directory.",
  status: 'The status the partner holds: an id from content/program/statuses.yaml. Silver and Gold partners are listed in the public directory; Bronze partners never are.',
  country: 'ISO 3166-1 alpha-2 country code, two capital letters: DE, US, NO.',
  city: 'The city shown in the directory.',
  address: 'Postal address on one line, like "Lindenallee 12, 10115 Berlin, Germany".',
  website: 'Web address starting with https:// (or http://).',
  email: 'Contact e-mail address shown in the directory.',
  phone: 'Phone number in international format, in quotes: "+49 30 5550 1234".',
  languages: 'ISO 639-1 codes of the languages the team works in, lowercase: [de, en].',
  descriptionLanguage: 'The language the description below the frontmatter is written in: en (the default), de, es, pt-BR…',
  descriptions: 'The description in other languages, markdown, by language code: de: "…", pt-BR: "…". A visitor sees the one in their language, else the one below the frontmatter.',
  'descriptions.*': 'The description in this language, markdown, at most as long as the one below the frontmatter.',
  services: 'What the partner offers: ids from content/program/services.yaml.',
  logo: 'The logo: a path under the site\'s public folder (/logos/acme.svg) or a web address.',
  program: 'PRIVATE program data: never shown on the site or in search. Read by the rules engine and the bot.',
  'program.applied': 'Day the application was submitted (YYYY-MM-DD): the registration date the zero-activity rule counts from.',
  'program.approved': "Day the application was approved: the partner's acceptance into the program.",
  'program.statusSince': 'Day the current status was granted. For Bronze, the approval day.',
  'program.lastReview': 'Day the status was last confirmed at an annual review, if it has been.',
  'program.courses': 'Completion day of each course, by course id (see content/program/courses.yaml).',
  'program.nfr': 'Not-for-resale copies claimed.',
  'program.nfr[].kind': 'cloud: a premium cloud subscription; on-premise: an on-premise activation key.',
  'program.nfr[].claimed': 'Day the copy was claimed.',
  'program.nfr[].extensions': 'How many times it has been extended since.',
  'program.endorsements': 'Day the products were endorsed on each channel.',
  'program.endorsements.website': "Day the products were endorsed on the partner's website.",
  'program.endorsements.social': "Day the products were endorsed on the partner's social media accounts.",
  'program.firstLineSupport': 'Provides non-technical first-line support to clients by e-mail and phone.',
  'program.caseStudy': 'Day a case study was published.',
  'program.marketingPlan': 'Day a marketing plan was submitted.',
  'program.productPresentation': 'Day a product presentation was given.',
  'program.sales': 'Purchases in the store for clients. Only these count towards sales targets.',
  'program.sales[].date': 'Day of the purchase in the store.',
  'program.sales[].amount': 'What the partner paid, after its discount.',
  'program.sales[].currency': 'Currency of the amount: one of the currencies in content/program/program.yaml.',
  'program.sales[].client': 'The end client the product was bought for.',
  'program.sales[].activated': 'Whether the product has been activated for the client (required within the activation period).',
  'program.sales[].ownOrAffiliated': "Bought for the partner's own company or an affiliated one: never counted towards sales targets.",
  'program.bonuses': "Bonuses credited to the partner's bonus account.",
  'program.bonuses[].kind': 'kickstart: for new partners; award: for achievements (see content/program/bonuses.yaml).',
  'program.bonuses[].amount': 'The amount credited.',
  'program.bonuses[].credited': "Day the bonus was credited to the partner's bonus account.",
  'program.telegram': "Telegram user ids of the partner's team, in quotes: they can ask the bot about this partner.",
  'program.locations': 'Countries the partner receives implementation requests from besides its own, as ISO 3166-1 alpha-2 codes: at most extraLocations of content/program/leads.yaml.',
  'program.reminders': "When the team gets deadline reminders, if not at the bot's usual hour (REMINDER_HOUR, 09:00) in the time zone of the partner's country and city.",
  'program.reminders.hour': 'Local hour the reminders are sent at, 0 to 23.',
  'program.reminders.timeZone': 'IANA time zone the hour is in, like Europe/Berlin or America/Chicago.',
};

/** Descriptions of a docs page's frontmatter, `content/docs/<locale>/<slug>.md`. */
export const docDescriptions: Record<string, string> = {
  title: "The page's title.",
  description: 'One sentence for search results and link previews, at most 160 characters.',
  order: 'Position in the sidebar, lowest first.',
};

/** Fields of a glossary, `content/glossary/<language>.yaml`. */
export const glossaryDescriptions: Record<string, string> = {
  terms: 'Entries, one per term: the program\'s own word and what people write for it.',
  'terms[].term': 'The word or phrase the docs, the rules or the partner directory use: "NFR", "keep", "Munich". The content check rejects one nobody uses.',
  'terms[].aliases': 'What people write instead, in any case, with or without accents: "not for resale", "free copy". A question\'s alias is read as the term.',
  places: 'Places, one entry per city or country as the directory names it, with the names people use for it. Not checked against the directory: a place needs no partner there yet.',
  'places[].term': 'The place as the directory names it: "Munich", "Bengaluru".',
  'places[].aliases': 'Other names people use for it: "München", "Bangalore".',
};

/** Fields of a requirement: the same wherever requirements appear in the rules. */
const requirementDescriptions: Record<string, string> = {
  '*.requires': 'Requirements: every one must be met.',
  '*.requires[].kind': 'What is checked: sales, clients, course, endorsement, first-line-support, case-study, marketing-plan, product-presentation or nfr-cloud.',
  '*.requires[].amount': 'Counted sales (amount paid, own or affiliated purchases excluded) of at least this much.',
  '*.requires[].window': 'trailing: the last `months` months up to the day; review-year: from the day after the status was last granted or confirmed.',
  '*.requires[].months': 'Length of a trailing sales window, in months.',
  '*.requires[].whileCurrentStatus': 'Count only sales made after the day the partner reached its current status (Gold: "as a Silver partner").',
  '*.requires[].count': 'Sales to at least this many different clients.',
  '*.requires[].course': 'The course, by id from courses.yaml, that must be completed.',
  '*.requires[].channel': 'Where the products must be endorsed: website or social.',
  '*.requires[].videoMinutes': 'product-presentation: how long a recorded presentation should run, in minutes (a webinar has no set length).',
  '*.requires[].videoMinutes.min': 'The shortest a recorded presentation should be, in minutes.',
  '*.requires[].videoMinutes.max': 'The longest a recorded presentation should be, in minutes.',
  '*.requires[].years': 'marketing-plan: how many years ahead the plan covers.',
  '*.requires[].years.min': 'The fewest years the plan covers.',
  '*.requires[].years.max': 'The most years the plan covers.',
};

const named = (what: string): Record<string, string> => ({
  [`${what}[].id`]: 'The id used in other files: lowercase letters, digits and hyphens.',
  [`${what}[].name`]: 'The name shown to people.',
  [`${what}[].summary`]: 'One line saying what it is.',
});

/** Descriptions of each rules file in `content/program/`, by file name. */
export const programDescriptions: Record<string, Record<string, string>> = {
  'program.yaml': {
    name: "The program's name as shown to people.",
    vendor: 'The vendor running the program.',
    version: 'Version of the rules; bump it with every rules change.',
    effective: 'The day from which these rules apply (YYYY-MM-DD).',
    currencies: 'Currencies sales and bonuses are counted in, one to one (three-letter codes).',
    moneyPrefix: 'Written before amounts: $/€ gives $/€2,500.',
  },
  'statuses.yaml': {
    statuses: 'The statuses, lowest first. A missed annual target moves a partner to the one before.',
    ...named('statuses'),
    'statuses[].listing': 'Whether partners of this status appear in the public directory: none, listed, or featured (shown first).',
    'statuses[].entry': 'What a partner of the status below must meet to move up to this one.',
    'statuses[].probation': 'Conditions to meet within `days` of approval, or the status is cancelled (null for none).',
    'statuses[].probation.days': 'Days after approval by which the requirements must be met.',
    'statuses[].maintain': 'What must be met by each annual review to keep the status (null for no annual review).',
    'statuses[].discount': 'Discount tiers, lowest first; the highest tier whose requirements are met applies.',
    'statuses[].discount[].percent': 'The discount in percent.',
    'statuses[].nfr': 'How many NFR copies of each kind a partner of the status may hold at a time; the earliest claimed copies still running are within it.',
    'statuses[].nfr.cloud': 'NFR cloud subscriptions granted.',
    'statuses[].nfr.onPremise': 'NFR on-premise activation keys granted.',
    'statuses[].benefits': 'Benefits of the status, each available once its requirements (if any) are met.',
    'statuses[].benefits[].id': 'The benefit\'s id: lowercase letters, digits and hyphens.',
    'statuses[].benefits[].text': 'The benefit in words, as shown to partners.',
    ...requirementDescriptions,
  },
  'courses.yaml': { courses: 'The online courses partners can complete. Requirements and partner files refer to them by id.', ...named('courses') },
  'services.yaml': { services: 'The services partners may list in their profile, by id.', ...named('services') },
  'bonuses.yaml': {
    kickstart: 'The kickstart bonus for new partners.',
    'kickstart.amount': 'The amount credited.',
    'kickstart.appliedAfter': 'Only partners who applied after this day can receive it.',
    'kickstart.validDays': 'Unused kickstart bonus expires this many days after acceptance.',
    award: 'Award bonuses for achievements.',
    'award.minAmount': 'The smallest award bonus.',
    'award.maxAmount': 'The largest award bonus.',
    'award.validUntil': 'Award bonuses expire at the end of the calendar year they were credited in.',
    minPaidPerOrder: 'The least that must be paid in money on each order that uses a bonus.',
    canPay: 'What a bonus can pay for.',
    cannotPay: 'What a bonus cannot pay for.',
    ...requirementDescriptions,
  },
  'nfr.yaml': {
    cloud: 'The NFR cloud subscription.',
    'cloud.months': 'The subscription runs this many months from the claim; each extension adds as many again.',
    'cloud.extendableFor': 'Statuses that can extend it; otherwise it falls back to the free plan.',
    'cloud.limits': 'Limits of the NFR cloud account.',
    'cloud.limits.customDomain': 'Whether a custom domain can be used.',
    'cloud.limits.storageGb': 'Storage, in GB.',
    'cloud.limits.cardScans': 'Business card scans.',
    'cloud.limits.sites': 'Sites.',
    'cloud.limits.bulkEmailsPerMonth': 'Bulk e-mails per month.',
    onPremise: 'The NFR on-premise activation key.',
    'onPremise.edition': 'The on-premise edition of the key.',
    'onPremise.months': 'The key runs this many months from the claim.',
    'onPremise.extensionMonths': 'Months each extension adds.',
    'onPremise.extendableFor': 'Statuses that can extend it.',
  },
  'timelines.yaml': {
    activation: 'Activating products bought in the store.',
    'activation.days': 'Products must be activated for the client within this many days of purchase.',
    review: 'The annual review of Silver and Gold.',
    'review.months': 'A status is reviewed this many months after it was granted or last confirmed.',
    'review.demoteLevels': 'How many statuses a partner who misses the annual target moves down.',
    zeroActivity: 'Partners with no activity at all.',
    'zeroActivity.months': 'Months after registration after which a partner with no activity can be suspended.',
    application: 'How long the vendor takes to answer an application.',
    'application.reviewMinBusinessDays': 'Fewest business days to review an application.',
    'application.reviewMaxBusinessDays': 'Most business days to review an application.',
    'application.verificationMaxBusinessDays': 'Most business days to verify the company.',
    priceChangeNotice: 'Notice before products or prices change.',
    'priceChangeNotice.days': 'Days of notice before products or prices change.',
    penalties: 'Penalties.',
    'penalties.maxBlockMonths': "Longest block of a partner's access as a penalty, in months.",
  },
  'leads.yaml': {
    emailLeadsFor: 'Statuses whose partners receive leads by e-mail as well as through the app.',
    extraLocations: "A partner receives requests from its own country plus this many more.",
    maxLocations: "Most locations a partner receives requests from: extraLocations + 1.",
    maxPartnersPerRequest: 'One request can be taken by at most this many partners.',
    requests: "Implementation requests: what clients send through the site's form and partners get in the bot.",
    'requests.benefits': 'Benefit ids from statuses.yaml that give access to requests, while their requirements are met.',
    'requests.reservationDays': 'Days a request can be reserved after it was sent; then it closes.',
    'requests.outcomeReminderDays': 'Days after a reservation on which the bot asks the partner for its outcome (Won or Lost).',
    'requests.kinds': 'What a client can ask for.',
    'requests.kinds[].id': 'The kind\'s id, in kebab-case.',
    'requests.kinds[].name': 'The name clients pick on the form and partners read in the bot.',
    'requests.kinds[].services': 'Service ids from services.yaml that fit the kind: a partner listing any of them receives it.',
    rating: "A partner's rating: won / (won + lost) of its reserved requests over a window, from a neutral start.",
    'rating.windowMonths': 'Outcomes reported within this many months count.',
    'rating.neutralPercent': 'Where a new partner starts, in percent.',
    'rating.neutralWeight': 'How many outcomes the neutral start weighs, as if the partner had them at neutralPercent.',
    'rating.unlocked': 'Reservations without an outcome yet a partner may hold at once, by rating, lowest step first.',
    'rating.unlocked[].minPercent': 'The lowest rating, in percent, this step applies from.',
    'rating.unlocked[].requests': 'Reserved requests without an outcome yet that a partner may hold at once.',
    'rating.offerOrder': 'The order partners are offered a request: addressed (the partner the client asked first), rating (higher first), status (higher first).',
  },
  'listing.yaml': {
    requiredFields: "What a Silver or Gold partner's file must contain to be listed in the public directory.",
  },
  'deadlines.yaml': {
    kinds: 'Every kind of deadline the rules engine computes, by id.',
    'kinds.*': 'One kind of deadline.',
    'kinds.*.name': 'The name shown to partners.',
    'kinds.*.docs': 'The docs page and section that explain it, like bonuses#kickstart-bonus.',
    'kinds.*.remindDaysBefore': "Days before the deadline on which the bot reminds the partner's team.",
  },
};

/** The description for a field path from `table`: an exact key, or the longest `*.` key it ends with. */
export function describeField(table: Record<string, string>, path: string): string | undefined {
  if (table[path] !== undefined) return table[path];
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (!key.startsWith('*.')) continue;
    const tail = key.slice(2);
    if ((path === tail || path.endsWith(`.${tail}`)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : table[best];
}
