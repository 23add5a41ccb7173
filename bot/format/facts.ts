/**
 * The program's facts (content/src/facts/) in the reader's words: each fact's data becomes the
 * variables of its message, `bot-fact-<code>` in bot.ftl. No words here: lists are joined the
 * language's way, requirements are the engine's messages, figures go to the message raw.
 */
import { benefitWord, bonusUseWord, courseWord, inline, requirementMessage, statusWordOf } from '../../content/index.ts';
import type { Fact, FactData, FactTier, Message, Requirement, Rules } from '../../content/index.ts';
import type { Args, T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';

/** A fact's data by its code. */
type Of<C extends FactData['code']> = Extract<FactData, { code: C }>;

/** The fields a listing in the directory needs, each with a message `bot-field-<id>`. */
const FIELDS = new Set(['website', 'email', 'phone', 'address', 'description', 'services', 'city', 'languages']);

/** What rendering one fact needs. */
interface Say {
  t: T;
  rules: Rules;
}

/** Bulleted lines. */
const bullets = (t: T, items: readonly (Html | string)[]) => joinHtml(items.map((item) => t('bot-fact-item', { item })));

/** Requirements as phrases; `whileStatus` names the status a "while" sales requirement means. */
const requirements = (s: Say, list: readonly Requirement[], whileStatus?: string) =>
  list.map((r) => s.t.msg(requirementMessage(s.rules, r, whileStatus === undefined ? undefined : statusWordOf(s.rules, whileStatus))));

/** A requirement as the thing that is done, inside a sentence ("the Partner Program Tutorial", "a case study…"). */
function thing(rules: Rules, r: Requirement): Message {
  return r.kind === 'course' ? courseWord(rules, r.course) : inline(requirementMessage(rules, r));
}

/** Requirements as things done, listed ("the Partner Program Tutorial and an NFR cloud subscription claimed"). */
const things = (s: Say, list: readonly Requirement[]) => s.t.list(list.map((r) => s.t.msg(thing(s.rules, r))));

/** The "others" part of a message, when some statuses are left out: `<id>-others` with them; empty when none. */
const othersPart = (s: Say, id: string, statuses: readonly string[]) => {
  const others = s.t.others(statuses);
  return others ? s.t(id, { others }) : '';
};

/** A discount with its tiers: the top percent, and when it applies (" once the … is done (none before)"). */
function discountTiers(s: Say, tiers: readonly FactTier[]): { percent: number; when: Html | string } {
  const top = tiers.reduce((a, b) => (b.percent > a.percent ? b : a));
  const base = tiers.find((x) => x.requires.length === 0);
  if (top.requires.length === 0) return { percent: top.percent, when: '' };
  const items = things(s, top.requires);
  const when = base && base.percent === 0 ? s.t('bot-fact-tier-once-none-before', { items })
    : base ? s.t('bot-fact-tier-once-before', { items, before: base.percent })
      : s.t('bot-fact-tier-once', { items });
  return { percent: top.percent, when };
}

/** "2 to 5 business days". */
const businessDays = (t: T, min: number, max: number) => t('bot-fact-business-days', { min, max, same: min === max });

/** A fact as a message of its own code with these variables. */
const plainFact = (s: Say, code: string, args: Args) => s.t(`bot-fact-${code}`, args);

/** Each fact kind in words. */
const FACTS: { [C in FactData['code']]: (s: Say, f: Of<C>) => Html } = {
  'status-discount': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), ...discountTiers(s, f.tiers) }),
  discounts: (s, f) => joinHtml([s.t('bot-fact-discounts'), ...f.statuses.map((x) => s.t('bot-fact-discounts-item', { status: s.t.status(x.status), ...discountTiers(s, x.tiers) }))]),
  'status-entry': (s, f) => joinHtml([plainFact(s, f.code, { status: s.t.status(f.status), below: s.t.status(f.below) }), bullets(s.t, requirements(s, f.requires, f.below))]),
  'status-entry-sales': (s, f) => plainFact(s, f.code, {
    status: s.t.status(f.status), amount: f.amount, months: f.months, as: f.whileStatus ? s.t('bot-fact-status-entry-sales-as', { below: s.t.status(f.below) }) : '',
  }),
  'status-entry-clients': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), count: f.count }),
  'status-entry-since': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), below: s.t.status(f.below), months: f.months }),
  'status-probation': (s, f) => joinHtml([
    plainFact(s, f.code, { status: s.t.status(f.status), days: f.days }),
    bullets(s.t, requirements(s, f.requires)),
    s.t('bot-fact-status-probation-end', { status: s.t.status(f.status) }),
  ]),
  'status-probation-missed': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), days: f.days, items: things(s, f.requires) }),
  'status-annual-target': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), amount: f.amount, months: f.months }),
  targets: (s, f) => joinHtml([s.t('bot-fact-targets'), ...f.statuses.map((x) => s.t('bot-fact-targets-item', {
    status: s.t.status(x.status),
    targets: joinHtml([
      x.entry && s.t('bot-fact-targets-entry', { amount: x.entry.amount, months: x.entry.months }),
      x.annual !== undefined && s.t('bot-fact-targets-annual', { amount: x.annual }),
    ], ', '),
  }))]),
  'status-target-missed': (s, f) => {
    const args = { status: s.t.status(f.status), to: s.t.status(f.to), amount: f.amount };
    if (f.sold === undefined) return plainFact(s, f.code, args);
    return s.t(f.sold >= f.amount ? 'bot-fact-status-target-met-with' : 'bot-fact-status-target-missed-with', { ...args, sold: f.sold });
  },
  'target-missed': (s, f) => plainFact(s, f.code, { moves: s.t.list(f.moves.map((m) => s.t('bot-fact-move', { from: s.t.status(m.from), to: s.t.status(m.to) }))) }),
  'status-benefits': (s, f) => joinHtml([plainFact(s, f.code, { status: s.t.status(f.status) }), bullets(s.t, [
    s.t('bot-fact-status-benefits-discount', discountTiers(s, f.tiers)),
    ...f.benefits.map((b) => {
      const benefit = benefitWord(f.status, b);
      return b.requires.length ? s.t('bot-fact-benefit-once', { benefit, items: things(s, b.requires) }) : s.t.msg(benefit);
    }),
  ])]),
  'status-nfr': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), cloud: f.cloud, keys: f.onPremise }),
  'nfr-counts': (s, f) => joinHtml([s.t('bot-fact-nfr-counts'), ...f.statuses.map((x) => s.t('bot-fact-nfr-counts-item', { status: s.t.status(x.status), cloud: x.cloud, keys: x.onPremise }))]),
  'statuses-compare': (s, f) => joinHtml([s.t('bot-fact-statuses-compare'), ...f.statuses.map((x) => s.t('bot-fact-statuses-compare-item', {
    status: s.t.status(x.status),
    parts: joinHtml([
      s.t('bot-fact-statuses-compare-discount', discountTiers(s, x.tiers)),
      x.entry ? s.t('bot-fact-targets-entry', { amount: x.entry.amount, months: x.entry.months }) : s.t('bot-fact-statuses-compare-start'),
      x.annual !== undefined ? s.t('bot-fact-targets-annual', { amount: x.annual }) : s.t('bot-fact-statuses-compare-no-target'),
      s.t('bot-fact-statuses-compare-nfr', { cloud: x.cloud, keys: x.onPremise }),
      s.t(x.listed ? 'bot-fact-statuses-compare-listed' : 'bot-fact-statuses-compare-unlisted'),
    ], '; '),
  }))]),
  'statuses-list': (s, f) => plainFact(s, f.code, { count: f.statuses.length, statuses: s.t.statuses(f.statuses) }),
  'status-highest': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status) }),
  'status-lowest': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status) }),
  'status-courses': (s, f) => plainFact(s, f.code, { status: s.t.status(f.status), courses: s.t.list(f.courses.map((c) => s.t.course(c))) }),
  course: (s, f) => plainFact(s, f.code, {
    course: s.t.course(f.course),
    summary: { code: `rule-course-${f.course}-summary`, english: f.summary },
    required: f.statuses.length ? s.t('bot-fact-course-required', { statuses: s.t.statuses(f.statuses) }) : '',
  }),
  'who-requires': (s, f) => plainFact(s, f.code, {
    requirement: f.requirement.kind === 'course' ? courseWord(s.rules, f.requirement.course) : requirementMessage(s.rules, f.requirement),
    statuses: s.t.statuses(f.statuses),
    others: othersPart(s, 'bot-fact-who-requires-others', f.statuses),
  }),
  'who-benefit': (s, f) => plainFact(s, f.code, {
    benefit: benefitWord(f.statuses[0] ?? '', { id: f.benefit, text: f.text }),
    statuses: s.t.statuses(f.statuses),
    others: othersPart(s, 'bot-fact-who-benefit-others', f.statuses),
  }),
  listed: (s, f) => plainFact(s, f.code, {
    statuses: s.t.statuses(f.statuses),
    featured: f.featured.length ? s.t('bot-fact-listed-featured', { statuses: s.t.statuses(f.featured) }) : '',
    others: s.t.others(f.statuses) || s.t.plain('bot-fact-listed-no-other'),
  }),
  'listing-fields': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses), fields: s.t.list(f.fields.map((x) => (FIELDS.has(x) ? s.t.plain(`bot-field-${x}`) : x))) }),
  'leads-email': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses), others: othersPart(s, 'bot-fact-leads-email-others', f.statuses) }),
  'leads-app': (s, f) => plainFact(s, f.code, {
    statuses: s.t.list(f.statuses.map((x) => (x.requires.length ? s.t('bot-fact-leads-app-once', { status: s.t.status(x.status), items: things(s, x.requires) }) : s.t.status(x.status)))),
  }),
  'leads-locations': (s, f) => plainFact(s, f.code, { max: f.max, extra: f.extra }),
  'leads-per-request': (s, f) => plainFact(s, f.code, { max: f.max }),
  'leads-reservation-days': (s, f) => plainFact(s, f.code, { days: f.days }),
  'kickstart-amount': (s, f) => plainFact(s, f.code, { amount: f.amount }),
  'kickstart-eligible': (s, f) => plainFact(s, f.code, { after: f.after }),
  'kickstart-valid': (s, f) => plainFact(s, f.code, { days: f.days }),
  'kickstart-requires': (s, f) => joinHtml([plainFact(s, f.code, { amount: f.amount }), bullets(s.t, requirements(s, f.requires))]),
  'award-amount': (s, f) => plainFact(s, f.code, { min: f.min, max: f.max }),
  'award-valid': (s, f) => plainFact(s, f.code, {}),
  'bonus-min-paid': (s, f) => plainFact(s, f.code, { amount: f.amount }),
  'bonus-uses': (s, f) => joinHtml([
    s.t('bot-fact-bonus-can', { items: s.t.list(f.can.map((x) => s.t.msg(bonusUseWord(true, x)))) }),
    s.t('bot-fact-bonus-cannot', { items: s.t.list(f.cannot.map((x) => s.t.msg(bonusUseWord(false, x)))) }),
  ]),
  'nfr-cloud-months': (s, f) => plainFact(s, f.code, { months: f.months }),
  'nfr-cloud-extend': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses), months: f.months, others: othersPart(s, 'bot-fact-others-cannot', f.statuses) }),
  'nfr-cloud-limits': (s, f) => joinHtml([plainFact(s, f.code, {}), bullets(s.t, [
    s.t('bot-fact-nfr-limit-domain', { allowed: f.customDomain }),
    s.t('bot-fact-nfr-limit-storage', { gb: f.storageGb }),
    s.t('bot-fact-nfr-limit-scans', { count: f.cardScans }),
    s.t('bot-fact-nfr-limit-sites', { count: f.sites }),
    s.t('bot-fact-nfr-limit-emails', { count: f.bulkEmailsPerMonth }),
  ])]),
  'nfr-storage': (s, f) => plainFact(s, f.code, { gb: f.gb }),
  'nfr-card-scans': (s, f) => plainFact(s, f.code, { count: f.count }),
  'nfr-sites': (s, f) => plainFact(s, f.code, { count: f.count }),
  'nfr-bulk-emails': (s, f) => plainFact(s, f.code, { count: f.count }),
  'nfr-custom-domain': (s, f) => plainFact(s, f.code, { allowed: f.allowed }),
  'nfr-cloud-end': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses), others: f.others.length ? s.t.statuses(f.others) : s.t.plain('bot-fact-nfr-cloud-end-other') }),
  'nfr-key-who': (s, f) => plainFact(s, f.code, {
    statuses: s.t.list(f.statuses.map((x) => s.t('bot-fact-nfr-key-who-status', { status: s.t.status(x.status), count: x.count }))),
    edition: f.edition,
    others: othersPart(s, 'bot-fact-nfr-key-who-others', f.statuses.map((x) => x.status)),
  }),
  'nfr-key-edition': (s, f) => plainFact(s, f.code, { edition: f.edition }),
  'nfr-key-months': (s, f) => plainFact(s, f.code, { months: f.months, extension: f.extensionMonths, statuses: s.t.statuses(f.statuses) }),
  'nfr-key-extend': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses), months: f.months, others: othersPart(s, 'bot-fact-others-cannot', f.statuses) }),
  'nfr-key-end': (s, f) => plainFact(s, f.code, { statuses: s.t.statuses(f.statuses) }),
  'activation-days': (s, f) => plainFact(s, f.code, { days: f.days }),
  'activation-missed': (s, f) => plainFact(s, f.code, { days: f.days }),
  'review-months': (s, f) => plainFact(s, f.code, { months: f.months, statuses: s.t.statuses(f.statuses) }),
  'review-who': (s, f) => plainFact(s, f.code, { months: f.months, statuses: s.t.statuses(f.statuses), others: othersPart(s, 'bot-fact-review-who-others', f.statuses) }),
  'zero-activity': (s, f) => plainFact(s, f.code, { months: f.months }),
  'application-review': (s, f) => plainFact(s, f.code, { days: businessDays(s.t, f.min, f.max) }),
  verification: (s, f) => plainFact(s, f.code, { days: businessDays(s.t, f.max, f.max) }),
  joining: (s, f) => plainFact(s, f.code, { review: businessDays(s.t, f.min, f.max), verification: businessDays(s.t, f.verification, f.verification), lowest: s.t.status(f.lowest) }),
  'price-notice': (s, f) => plainFact(s, f.code, { days: f.days }),
  'penalty-block': (s, f) => plainFact(s, f.code, { months: f.months }),
  'sales-own-use': (s, f) => plainFact(s, f.code, {}),
  'sales-currencies': (s, f) => plainFact(s, f.code, { currencies: s.t.list(f.currencies) }),
  'sales-after-discount': (s, f) => plainFact(s, f.code, {}),
  'sales-window': (s, f) => plainFact(s, f.code, { months: f.months }),
};

/** A fact in `t`'s words. */
export function factMessage(t: T, rules: Rules, fact: Fact): Html {
  const message = FACTS[fact.code] as (s: Say, f: FactData) => Html;
  return message({ t, rules }, fact);
}
