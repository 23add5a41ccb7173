/**
 * Every word the bot says, in English. A second language is a copy of this file with the same
 * keys (`export const de: Messages = {...}`) registered in `index.ts`. Values from content or
 * users reach these functions as plain text and are escaped by `html`.
 */
import type { DeadlineKind, FactData, FactTier, PersonalData, Requirement, RequirementResult } from '../../content/index.ts';
import type { Html } from '../format/html.ts';
import { bold, html, joinHtml } from '../format/html.ts';
import type { Say } from '../format/say.ts';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** A fact's message: its data and the value formatters in, HTML out. */
type FactMessages = { [C in FactData['code']]: (fact: Extract<FactData, { code: C }>, say: Say) => Html };

const bullets = (items: readonly string[]) => joinHtml(items.map((item) => html`• ${item}`));
/** A requirement inside a sentence: a leading "A"/"An" lowercased, names kept. */
const inline = (text: string) => text.replace(/^(A|An) /, (a) => a.toLowerCase()).replace(/ completed$/, '');
const requirements = (say: Say, list: readonly Requirement[], whileStatus?: string) => list.map((r) => say.requirement(r, whileStatus));
/** A discount with its tiers: the top percent, and when it applies ("once the Partner Program Tutorial is done, none before"). */
const discountTiers = (say: Say, tiers: readonly FactTier[]): { percent: string; when: string } => {
  const top = tiers.reduce((a, b) => (b.percent > a.percent ? b : a));
  const base = tiers.find((t) => t.requires.length === 0);
  if (top.requires.length === 0) return { percent: say.percent(top.percent), when: '' };
  const once = ` once the ${say.list(requirements(say, top.requires).map(inline))} is done`;
  return { percent: say.percent(top.percent), when: base && base.percent === 0 ? `${once} (none before)` : base ? `${once} (${say.percent(base.percent)} before)` : once };
};
const discountText = (say: Say, tiers: readonly FactTier[]) => {
  const d = discountTiers(say, tiers);
  return `${d.percent}${d.when}`;
};
/** A personal answer's message: its data and the value formatters in, HTML out. */
type PersonalMessages = { [C in PersonalData['code']]: (p: Extract<PersonalData, { code: C }>, say: Say) => Html };
/** What is still missing for a requirement, in words; a sales gap with its money. */
const missingText = (say: Say, r: RequirementResult) => (r.progress && r.requirement.kind === 'sales'
  ? `${say.money(r.progress.target - r.progress.current)} more: ${inline(r.label)}`
  : r.missing ?? r.label);
const when = (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`);

/** What a listing field is called. */
const FIELD_NAMES: Record<string, string> = {
  website: 'website', email: 'e-mail', phone: 'phone number', address: 'postal address', description: 'a short description',
  services: 'the services you offer', city: 'city', languages: 'languages',
};

/** English. */
export const en = {
  /** Telegram's menu of commands: name and short description. */
  commands: {
    start: 'What I can do',
    tiers: 'The statuses side by side',
    check: 'Which status you qualify for',
    find: 'Find a listed partner',
    status: 'Your status and progress (team members)',
    deadlines: 'Your upcoming dates (team members)',
    reminders: 'Your deadline reminders, on or off (team members)',
    leads: 'Implementation requests and your rating (team members)',
    help: 'Commands and example questions',
  },
  buttons: {
    tiers: '📊 Statuses', check: '✅ Check eligibility', find: '🔎 Find a partner',
    status: '📈 My status', deadlines: '📅 My deadlines', help: '❓ Help',
    back: '« Back', cancel: '✖ Cancel', again: '🔁 Check again', yes: 'Yes', no: 'No',
    zero: 'None (0)', all: 'All of it', notPartner: 'Not a partner yet', anyService: 'Any service',
    otherCountry: '« Other country', otherService: '« Other service', openPrivate: '🔒 Open a private chat',
  },
  start: {
    welcome: (program: string) => html`👋 Hi! I'm the <b>${program}</b> assistant.

I can show you the partner statuses, check which one your company qualifies for, find listed partners, and answer questions about the program rules. Just ask in your own words, like “How long is the NFR subscription valid?”`,
    linked: (partner: string) => html`You're linked to <b>${partner}</b>: /status shows where you stand, /deadlines your upcoming dates.`,
  },
  help: {
    commands: html`<b>What I can do</b>
/tiers — the statuses side by side
/check — which status you qualify for, and what's missing
/find — listed partners by country and service
/status — your status and progress (partner team members)
/deadlines — your upcoming dates (partner team members)
/reminders — your deadline reminders, on or off (partner team members)
/leads — implementation requests from clients, and your rating (partner team members)`,
    admin: html`/reload — read the content again now
/stats — usage figures
/reminders status — what the reminders sent, and what failed
/leads stats — implementation requests by country and kind`,
    ask: (examples: readonly string[]) => html`Or ask a question about the program, like:
${joinHtml(examples.map((e) => html`• ${e}`))}`,
    examples: (topStatus: string) => ['How long is the NFR subscription valid?', `What discount does ${topStatus} get?`, 'Can I pay an on-premise renewal with a bonus?'],
    source: (docs: Html) => html`My answers come from the ${docs}.`,
    docsName: 'program docs',
  },
  privacy: {
    privateOnly: html`🔒 I show a partner's own data only in a private chat with me. Tap below to open one.`,
    notLinked: (userId: number) => html`Your Telegram account isn't linked to a partner.

To link it, ask your partner manager to add your Telegram user id <code>${userId}</code> to your company's partner file (the <code>program.telegram</code> list). Meanwhile, /tiers, /check and /find work for everyone, and you can ask me anything about the program.`,
  },
  tiers: {
    title: (count: number) => html`<b>The ${count} partner statuses</b>`,
    medals: ['🥉', '🥈', '🥇'] as readonly string[],
    otherMedal: '⭐',
    rows: { discount: 'Discount', directory: 'Directory', nfrCloud: 'NFR cloud', nfrKeys: 'NFR keys', entry: 'To reach', keep: 'To keep' },
    listing: { none: '—', listed: 'Listed', featured: 'Featured' } as Record<'none' | 'listed' | 'featured', string>,
    howToGet: 'How to get it', toKeep: 'To keep it', discount: 'Discount', benefits: 'Benefits',
    onApproval: 'Approval of your application',
    probation: (days: number, items: string) => `Within ${plural(days, 'day', 'days')} of approval: ${items}`,
    byReview: (item: string) => `${item}, by each annual review`,
    discountAfter: (percent: string, items: string) => `${percent} after: ${items}`,
    nothing: '—',
    footer: (docs: Html) => html`Full details: ${docs}. Send /check to see where your company stands.`,
  },
  check: {
    title: (step: number, total?: number) => html`<b>Eligibility check</b> · question ${step}${total ? ` of ${total}` : ''}`,
    status: 'What is your company\'s status in the program today?',
    /** `example` is a figure from the rules (the target the question is for), written as typed. */
    amount: (months: number, example: string) => html`How much did you sell in the last ${plural(months, 'month', 'months')}?

Count what you paid in the store for clients' purchases, after your discount; leave out purchases for your own or an affiliated company. Send a number, like <code>${example}</code>.`,
    part: (status: string) => html`And how much of that since you became ${status}, or since your last annual review if you had one? Send a number, or tap a button.`,
    count: (example: string) => html`To how many different clients did you sell? Send a number, like <code>${example}</code>.`,
    yesNo: {
      course: (name: string) => `Have you completed the ${name}?`,
      endorsementWebsite: 'Do you promote the products on your website?',
      endorsementSocial: 'Do you promote the products on your social media?',
      'first-line-support': 'Do you give your clients first-line support by e-mail and phone?',
      'case-study': 'Have you submitted a case study of a recent project?',
      'marketing-plan': 'Have you submitted a mid-term marketing plan?',
      'product-presentation': 'Have you given a product presentation (a webinar or a recording)?',
      'nfr-cloud': 'Have you claimed your NFR cloud subscription?',
    },
    notANumber: (example: string) => html`Please send a number, like <code>${example}</code> (or 0). To stop the check, tap Cancel.`,
    ambiguous: (typed: string, grouped: string, decimal: string) => html`“${typed}” can be read two ways: did you mean <code>${grouped}</code> or <code>${decimal}</code>? Please send the one you meant.`,
    cancelled: html`Check cancelled. Send /check to start again.`,
    expired: 'This button has expired: that check ended or restarted. Send /check to start a new one.',
    rulesChanged: 'The program rules changed since you started. Send /check to start again.',
    inGroup: html`Let's do the check in a private chat, so your answers stay between us.`,
    resultTitle: (status: string) => html`<b>Your eligibility check</b> as a ${status} partner`,
    /** For someone not a partner yet: how to become one, and what the first status asks and gives. */
    prospect: {
      title: html`<b>Becoming a partner</b>`,
      steps: (p: { reviewMin: number; reviewMax: number; verificationMax: number; lowest: string }) => html`1. Send the application form on the partner website. The vendor reviews it within ${p.reviewMin === p.reviewMax ? '' : `${p.reviewMin} to `}${plural(p.reviewMax, 'business day', 'business days')} and e-mails you how to finish.
2. Enter your company's legal details and documents in the Partner Dashboard. Verification takes up to ${plural(p.verificationMax, 'business day', 'business days')}.
3. Once approved, you start as <b>${p.lowest}</b>, the first status.`,
      probation: (status: string, days: number) => html`<b>To keep ${status}</b>, within ${plural(days, 'day', 'days')} of approval:`,
      maintain: (status: string) => html`<b>To keep ${status}</b>, at each annual review:`,
      gives: (status: string) => html`<b>What ${status} gives you</b>`,
      discount: (percent: string) => `${percent} discount in the store`,
      once: (what: string, items: string) => `${what}, once: ${items}`,
      docs: (apply: Html, status: Html) => html`How to apply: ${apply}\nAll about the statuses: ${status}`,
    },
    qualifies: (next: string) => html`🎉 You qualify for <b>${next}</b>: every requirement is met. Apply for the upgrade in the Partner Dashboard.`,
    discount: (percent: string) => html`Your discount: <b>${percent}</b>`,
    answersNote: 'Based on your answers today; your partner manager confirms the real figures.',
  },
  standing: {
    headline: (status: string, since: string, discount: string) => html`<b>${status}</b> since ${since} · ${discount} discount`,
    cancelled: (status: string, date: string, missing: string | null) => html`⛔ <b>${status} cancelled</b>: the requirements were not met by ${date}${missing ? ` (missing: ${missing})` : ''}. Your participation in the program has ended, and its benefits with it.`,
    /** One review that moved the partner down; `reason` names the figures of the missed target. */
    movedDown: (from: string, to: string, date: string, reason: string | null) => html`Moved down from ${from} to ${to} at the annual review on ${date}${reason ? `: the yearly target was missed (${reason})` : ''}.`,
    missedFigure: (current: string, target: string) => `${current} of ${target} in sales`,
    keepProbation: (status: string, date: string, days: string) => html`<b>To keep ${status}</b> by ${date} (${days})`,
    keepReview: (status: string, date: string, days: string) => html`<b>To keep ${status}</b> at the annual review on ${date} (${days})`,
    keepFor: (status: string, days: number | null) => html`<b>To keep ${status}</b>${days === null ? ' at each annual review' : ` within ${plural(days, 'day', 'days')} of approval`}`,
    allMet: '✅ All met.',
    next: (status: string, met: number, total: number) => html`<b>To move up to ${status}</b> · ${met} of ${total} met`,
    /** Toward a status the partner lost at a review. */
    nextAgain: (status: string, met: number, total: number) => html`<b>To move back up to ${status}</b> · ${met} of ${total} met`,
    qualifies: (status: string) => html`🎉 Every requirement for <b>${status}</b> is met: apply for the upgrade in the Partner Dashboard.`,
    qualifiesAgain: (status: string) => html`🎉 You meet every entry requirement for <b>${status}</b> again, so you can move back up: apply for it in the Partner Dashboard.`,
    top: (status: string) => html`${status} is the highest status. 🏆`,
    benefits: html`<b>Your benefits</b>`,
    needs: (items: string) => ` (needs: ${items})`,
    progress: (bar: string, percent: number, current: string, target: string) => html`<code>${bar}</code> ${percent}% · ${current} of ${target}`,
    missing: (text: string) => html`<i>Missing: ${text}</i>`,
    /** The sales figures, each with what it counts toward. */
    salesTitle: html`<b>Your sales that count</b> (what you paid; own or affiliated purchases left out)`,
    salesKeep: (p: { amount: string; from: string; status: string; date: string; target: string; met: boolean; excluded: string | null }) =>
      html`• <b>${p.amount}</b> since ${p.from}: counts toward keeping ${p.status} at the review on ${p.date}, which needs ${p.target}${p.met ? ' ✅' : ''}${p.excluded ? ` (${p.excluded} own or affiliated not counted)` : ''}`,
    salesNext: (p: { amount: string; from: string; months: number | null; asStatus: string | null; status: string; target: string; met: boolean; excluded: string | null }) =>
      html`• <b>${p.amount}</b>${p.asStatus ? ` as a ${p.asStatus} partner` : ''}${p.months === null ? '' : ` in the last ${plural(p.months, 'month', 'months')}`} (since ${p.from}): counts toward reaching ${p.status}, which needs ${p.target}${p.met ? ' ✅' : ''}${p.excluded ? ` (${p.excluded} own or affiliated not counted)` : ''}`,
    /** After a cancellation: what the partner can do now. */
    nextStepsTitle: html`<b>What you can do now</b>`,
    nextStep: (text: Html) => html`• ${text}`,
    nextStepsDocs: (docs: Html) => html`What the cancellation means: ${docs}`,
    nextDeadline: (name: string, date: string, days: string) => html`Next deadline: <b>${name}</b> on ${date} (${days}). All dates: /deadlines`,
    docs: (docs: Html) => html`How statuses work: ${docs}`,
  },
  deadlines: {
    title: (partner: string) => html`<b>Upcoming deadlines for ${partner}</b>`,
    none: (partner: string) => html`No upcoming deadlines for <b>${partner}</b>. 🎉`,
    /** /deadlines once the participation is cancelled. */
    cancelled: (partner: string, status: string, date: string) => html`No more deadlines for <b>${partner}</b>: its ${status} status was cancelled, because the requirements were not met by ${date}.`,
    days: (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`),
    /** `consequence` is what happens on the day; `fact` when there is nothing to do about it. */
    item: (p: { date: string; days: string; name: string; subject: string; done: boolean; todo: string | null; advice: Html | null; consequence: string | null; fact: boolean; docs: Html }) => joinHtml([
      html`📅 <b>${p.date}</b> · ${p.days}${p.done ? ' · ✅ done' : ''}`,
      html`${bold(p.name)}: ${p.subject}`,
      p.todo && html`To do: ${p.todo}`,
      p.advice,
      p.consequence && (p.fact ? html`On that day: ${p.consequence}` : html`If missed: ${p.consequence}`),
      html`More: ${p.docs}`,
    ]),
  },
  /**
   * Advice from the rules engine: what a partner can do that the program data cannot show as done
   * (so it is never listed as missing). `eligible`: the partner meets what the kickstart bonus asks for.
   */
  advice: {
    line: (items: string) => html`💡 Advice: ${items}`,
    'use-bonus': 'if you have not used it all yet, use it on orders for new clients',
    'apply-for-bonus': (eligible: boolean) => (eligible ? 'you meet what it asks for: if you have not applied yet, apply for it' : 'once that is done, apply for it'),
    'contact-partner-department': (vendor: string) => html`Talk to the partner department of ${vendor} about your participation.`,
    'apply-again': (docs: Html) => html`Or send a new application to join the program again: ${docs}`,
  },
  reminders: {
    /** A reminder's first lines: what is due, when, for which partner. */
    title: (name: string, days: string) => html`⏰ <b>${name}</b> · ${days}`,
    subject: (subject: string, partner: string) => html`${subject} (${partner})`,
    /** The deadline's day, worded for its kind: an expiry is not something that is due. */
    day: {
      'bronze-cutoff': (date: string) => html`📅 Due on <b>${date}</b>`,
      'kickstart-expiry': (date: string) => html`⌛ Expires on <b>${date}</b>`,
      'award-expiry': (date: string) => html`⌛ Expires on <b>${date}</b>`,
      'nfr-cloud-expiry': (date: string) => html`⌛ Expires on <b>${date}</b>`,
      'nfr-key-expiry': (date: string) => html`⌛ Expires on <b>${date}</b>`,
      'product-activation': (date: string) => html`📅 Due on <b>${date}</b>`,
      'annual-review': (date: string) => html`📅 Due on <b>${date}</b>`,
      'zero-activity': (date: string) => html`📅 Suspension possible from <b>${date}</b>`,
    } satisfies Record<DeadlineKind, (date: string) => Html>,
    missing: (items: string) => html`Still missing: ${items}`,
    item: (subject: string, missing: string | null) => html`• ${subject}${missing ? `: ${missing}` : ''}`,
    moreItems: (n: number) => html`… and ${n} more`,
    consequence: (text: string) => html`If missed: ${text}`,
    /** What happens on the day, when there is nothing to do about it. */
    fact: (text: string) => html`On that day: ${text}`,
    docs: (link: Html) => html`📖 ${link}`,
    stopKind: '🔕 Stop these reminders',
    startKind: '🔔 Turn them back on',
    settings: '⚙️ All reminders',
    stopped: (name: string) => `Reminders about ${name} are off. Send /reminders to turn them back on.`,
    started: (name: string) => `Reminders about ${name} are on again.`,
    /** A reminder button pressed by someone linked to no partner: the bot sends them none. */
    noneToChange: (on: boolean) => `You have no reminders to turn ${on ? 'on' : 'off'}: I send reminders only to a partner's team members.`,
    allStopped: 'All reminders are off.',
    allStarted: 'All reminders are on.',
    /** /reminders. */
    listTitle: (partner: string) => html`<b>Deadline reminders for ${partner}</b>`,
    when: (hour: string, zone: string, offsets: string, exceptions: string) => html`I send them at ${hour} (${zone}), ${offsets} before each deadline that is not met yet${exceptions ? ` (${exceptions})` : ''}.`,
    offsets: (days: readonly number[]) => `${days.slice(0, -1).join(', ')}${days.length > 1 ? ' and ' : ''}${days.at(-1) ?? ''} ${days.length === 1 && days[0] === 1 ? 'day' : 'days'}`,
    exception: (name: string, offsets: string) => `${name}: ${offsets}`,
    comingTitle: html`<b>Coming up</b>`,
    coming: (p: { date: string; time: string; name: string; deadline: string; off: boolean }) =>
      html`• ${p.date}, ${p.time}: ${p.name} (due ${p.deadline})${p.off ? ' · 🔕 off' : ''}`,
    comingOutcome: (p: { date: string; time: string; name: string; reference: string; off: boolean }) =>
      html`• ${p.date}, ${p.time}: ${p.name} <code>${p.reference}</code>${p.off ? ' · 🔕 off' : ''}`,
    moreComing: (n: number) => html`… and ${n} more`,
    nothingComing: html`Nothing coming up: no unmet deadline is near enough for a reminder.`,
    allOff: html`🔕 All reminders are off.`,
    someOff: (names: string) => html`🔕 Off: ${names}`,
    tapToToggle: html`Tap a kind to turn its reminders off (🔔 → 🔕) or on again.`,
    kindButton: (name: string, off: boolean) => `${off ? '🔕' : '🔔'} ${name}`,
    allOffButton: '🔕 Turn all off',
    allOnButton: '🔔 Turn all on',
    /** /reminders status, for admins. */
    status: (s: { due: number; waiting: number; upcoming: number; sending: number; sent: number; failed: number; unreachable: number; expired: number; cancelled: number; skipped: number; mode: string }) => joinHtml([
      html`<b>Reminders</b> · ${s.mode}`,
      html`Due now: ${s.due}${s.waiting ? ` (and ${s.waiting} waiting for users who have not opened the bot or blocked it)` : ''}`,
      html`Coming later: ${s.upcoming} · being sent: ${s.sending}`,
      html`Sent: ${s.sent} · failed: ${s.failed} · unreachable: ${s.unreachable}`,
      html`Expired: ${s.expired} · cancelled: ${s.cancelled} · skipped: ${s.skipped}`,
    ]),
    statusOn: (hour: string, perSecond: number) => `on, at ${hour} local time, up to ${perSecond} messages a second`,
    statusOff: 'off (REMINDERS=off)',
    failuresTitle: html`<b>Latest failures</b>`,
    failure: (p: { at: string; userId: number; name: string; reason: string }) => html`• ${p.at} · user ${p.userId} · ${p.name}: ${p.reason}`,
  },
  /** Implementation requests (bot/features/leads.ts, bot/leads/). Figures come in as parameters, from the rules. */
  leads: {
    /** A new request, as every offered partner's team reads it: never the contact details. */
    offer: (p: { reference: string; kind: string; city: string; country: string; language: string; description: string; addressed: boolean; taken: number; max: number; until: string }) => joinHtml([
      joinHtml([
        html`📥 <b>New implementation request</b> · <code>${p.reference}</code>`,
        html`🧩 ${p.kind}`,
        html`📍 ${p.city}, ${p.country} · 🗣 ${p.language}`,
      ]),
      html`<i>${p.description}</i>`,
      joinHtml([
        p.addressed && html`⭐ The client asked for your company first.`,
        html`Reserve it to get the client's contact details. Up to ${plural(p.max, 'partner', 'partners')} can${p.taken > 0 ? `; ${p.taken} ${p.taken === 1 ? 'has' : 'have'}` : ''}. Open until ${p.until}.`,
      ]),
    ], '\n\n'),
    reserveButton: '✋ Reserve',
    reserveRefButton: (reference: string) => `✋ Reserve ${reference}`,
    wonButton: '🏆 Won',
    lostButton: '✖ Lost',
    wonRefButton: (reference: string) => `🏆 Won ${reference}`,
    lostRefButton: (reference: string) => `✖ Lost ${reference}`,
    listButton: '📋 My requests',
    /** The contact details, for a partner that reserved the request, with what it may do with them. */
    details: (p: { reference: string; partner: string; position: number; max: number; already: boolean; name: string; company: string; email: string; phone: string | null; kind: string; city: string; country: string; language: string; description: string }) => joinHtml([
      p.already
        ? html`📇 <b>${p.partner} reserved <code>${p.reference}</code></b> (${p.position} of at most ${p.max}).`
        : html`✅ <b>Reserved for ${p.partner}: <code>${p.reference}</code></b>. You are ${p.position} of at most ${p.max}.`,
      joinHtml([
        html`👤 <b>${p.name}</b>, ${p.company}`,
        html`✉️ ${p.email}`,
        p.phone && html`📞 ${p.phone}`,
        html`🧩 ${p.kind} · 📍 ${p.city}, ${p.country} · 🗣 ${p.language}`,
      ]),
      p.description && html`<i>${p.description}</i>`,
    ], '\n\n'),
    erasedDetails: (reference: string, date: string) => html`The client's contact details for <code>${reference}</code> were erased on ${date}, as the program's privacy rules require.`,
    /** Section 5.1 of the rules, sent with the contact details. */
    fairUse: (docs: Html) => html`<b>Fair use of these details.</b> Use them to answer this client about this request, and respect the client's choice. Never use them for mass e-mails, bulk SMS or any other unsolicited messages, nor to offer products that compete with the vendor's, and never pass them on. The vendor may ask the client about your service. Unfair practice can cost you your status or your access to requests. ${docs}`,
    tellOutcome: html`When you know how it went, tell me with the buttons below: it sets your rating.`,
    /** Answers to a Reserve button (short: they show as a notice). */
    taken: (max: number) => `This request is taken: ${plural(max, 'partner', 'partners')} reserved it already.`,
    closed: {
      withdrawn: 'The client withdrew this request.',
      chosen: 'The client has chosen a partner: this request is closed.',
      expired: 'This request is closed: the days for reserving it are over.',
      erased: 'This request is closed: the client erased their contact details.',
    },
    limit: (inProgress: number, rating: string) => `You have ${plural(inProgress, 'reserved request', 'reserved requests')} waiting for an outcome, the most a rating of ${rating} unlocks. Tell me how one went (/leads), then reserve this one.`,
    unknown: 'This request no longer exists.',
    notForYou: (partner: string) => `This request is not for ${partner} any more: its status, locations or services have changed.`,
    noAccessShort: (partner: string) => `${partner} has no access to implementation requests now: /leads says why.`,
    noAccess: (partner: string, missing: string) => html`${partner} has no access to implementation requests now${missing ? ` (needs: ${missing})` : ''}. Requests go to partners whose status gives access to them.`,
    /** The rating, and what moves it. */
    rating: (p: { percent: string; won: number; lost: number; months: number; unlocked: number; inProgress: number; nextPercent: string | null; nextUnlocked: number | null; neutral: string; weight: number }) => joinHtml([
      html`⭐ <b>Your rating: ${p.percent}</b> · ${p.won} won, ${p.lost} lost in the last ${plural(p.months, 'month', 'months')}`,
      html`It unlocks ${plural(p.unlocked, 'reserved request', 'reserved requests')} at once; ${p.inProgress} waiting for an outcome now.${p.nextPercent ? ` At ${p.nextPercent} it unlocks ${p.nextUnlocked}.` : ''}`,
      html`<i>What moves it: every Won raises it and every Lost lowers it; outcomes older than ${plural(p.months, 'month', 'months')} drop out. Everyone starts at ${p.neutral}, as if they had ${plural(p.weight, 'outcome', 'outcomes')} at ${p.neutral}. Higher-rated partners are offered new requests first.</i>`,
    ]),
    ratingChange: (before: string, after: string) => (before === after ? html`Your rating stays at <b>${after}</b>.` : html`Your rating: ${before} → <b>${after}</b>.`),
    outcomeSet: (reference: string, won: boolean) => html`${won ? '🏆' : '✖'} <code>${reference}</code> marked <b>${won ? 'Won' : 'Lost'}</b>.`,
    outcomeSame: (won: boolean) => `It is marked ${won ? 'Won' : 'Lost'} already.`,
    notReserved: 'Your company has not reserved this request.',
    /** /leads. */
    listTitle: (partner: string) => html`<b>Implementation requests for ${partner}</b>`,
    openTitle: (n: number) => html`<b>Open requests you can reserve</b> (${n})`,
    openItem: (p: { reference: string; kind: string; city: string; country: string; language: string; taken: number; max: number; until: string; addressed: boolean }) =>
      html`• <code>${p.reference}</code> · ${p.kind} · ${p.city}, ${p.country} · 🗣 ${p.language} · ${p.taken} of ${p.max} taken · until ${p.until}${p.addressed ? ' · ⭐ asked for you' : ''}`,
    noneOpen: html`No open request for you right now. New ones come here as soon as a client sends one.`,
    moreOpen: (n: number) => html`… and ${n} more`,
    waitingTitle: html`<b>Reserved, waiting for the outcome</b>`,
    waitingItem: (p: { reference: string; kind: string; city: string; country: string; reservedOn: string; contact: string | null; erasedOn: string | null }) => joinHtml([
      html`• <code>${p.reference}</code> · ${p.kind} · ${p.city}, ${p.country} · reserved ${p.reservedOn}`,
      p.contact ? html`  ${p.contact}` : p.erasedOn && html`  <i>contact details erased on ${p.erasedOn}</i>`,
    ]),
    decidedTitle: html`<b>Recent outcomes</b>`,
    decidedItem: (p: { reference: string; kind: string; won: boolean; on: string }) => html`• <code>${p.reference}</code> · ${p.kind} · ${p.won ? '🏆 Won' : '✖ Lost'} on ${p.on}`,
    contactLine: (name: string, company: string, email: string, phone: string | null) => `${name}, ${company} · ${email}${phone ? ` · ${phone}` : ''}`,
    tapToReserve: html`Tap a request to reserve it; tap Won or Lost when you know how one went.`,
    /** The outcome reminder. */
    outcomeQuestion: (p: { reference: string; partner: string; reservedOn: string; kind: string; city: string; country: string }) => joinHtml([
      html`⏰ <b>How did <code>${p.reference}</code> go?</b>`,
      html`${p.partner} reserved it on ${p.reservedOn}: ${p.kind}, ${p.city}, ${p.country}.`,
      html`Tell me the outcome: it sets your rating, and a reported outcome frees a place for a new request.`,
    ]),
    /** The name of the outcome reminders in /reminders. */
    outcomeKind: 'Outcome of a reserved request',
    outcomeWhen: (days: number) => `${plural(days, 'day', 'days')} after you reserve one`,
    /** /leads stats, for admins. */
    statsTitle: html`<b>Implementation requests</b>`,
    statsTotal: (p: { requests: number; waiting: number; offered: number; reserved: string; perRequest: string; winRate: string; withdrawn: number }) => joinHtml([
      html`Requests: ${p.requests} (${p.waiting} waiting to be offered, ${p.withdrawn} withdrawn)`,
      html`Offered to at least one partner: ${p.offered} · reserved: ${p.reserved} · partners per request: ${p.perRequest}`,
      html`Win rate of reported outcomes: ${p.winRate}`,
    ]),
    statsByCountry: html`<b>By country</b>`,
    statsByKind: html`<b>By kind</b>`,
    statsRow: (p: { name: string; requests: number; reserved: string; winRate: string }) => html`• ${p.name}: ${p.requests} · ${p.reserved} reserved · win rate ${p.winRate}`,
    statsNone: html`No requests yet.`,
    noRate: '—',
  },
  find: {
    askCountry: (countries: number) => html`🔎 <b>Find a partner</b>\n\nListed partners work in ${plural(countries, 'country', 'countries')}. Which one?`,
    typeCountry: html`Not below? Send /find and the country's name, like <code>/find Germany</code>.`,
    /** Words typed after /find that were not understood (already cut short). */
    notUnderstood: (words: string) => html`I didn't understand “${words}”, so I left it out.`,
    /** A second country or service typed after /find (already cut short). */
    extra: (words: string) => html`I search one country and one service at a time, so I left out “${words}”.`,
    accepts: html`/find takes a country (its name, or its two-letter code like <code>DE</code>) and a service (like <code>telephony</code>): <code>/find germany telephony</code>.`,
    pickCountry: html`Pick a country below:`,
    noneIn: (country: string) => html`No listed partner in <b>${country}</b> yet. Pick a country below:`,
    /** Words a /find query may hold besides a country and a service, skipped without comment (lowercase). */
    fillerWords: ['a', 'an', 'the', 'in', 'at', 'near', 'for', 'from', 'of', 'with', 'and', 'or', 'to', 'me', 'who', 'that', 'can', 'find', 'show', 'list',
      'partner', 'partners', 'company', 'companies', 'offer', 'offers', 'offering', 'service', 'services', 'any', 'some', 'please', 'i', 'need', 'want', 'looking'] as readonly string[],
    askService: (country: string, partners: number) => html`${plural(partners, 'listed partner', 'listed partners')} in <b>${country}</b>. Which service do you need?`,
    results: (country: string | null, service: string | null) => html`<b>Partners${country ? ` in ${country}` : ''}</b>${service ? ` · ${service}` : ''}`,
    none: (country: string | null, service: string | null) => html`No listed partner${country ? html` in <b>${country}</b>` : ''} offers ${service ?? 'that'} yet.`,
    featured: '★', languages: 'Speaks',
    directory: (link: Html) => html`The whole directory: ${link}`,
  },
  /** The program's facts, one message per kind (content/src/facts/): the figure or rule first. */
  facts: {
    'status-discount': (f, say) => {
      const d = discountTiers(say, f.tiers);
      return html`${say.status(f.status)} partners get a <b>${d.percent}</b> discount in the store${d.when}.`;
    },
    discounts: (f, say) => joinHtml([html`Discounts in the store, by status:`, bullets(f.statuses.map((s) => `${say.status(s.status)}: ${discountText(say, s.tiers)}`))]),
    'status-entry': (f, say) => joinHtml([html`To move up to <b>${say.status(f.status)}</b>, a ${say.status(f.below)} partner needs:`, bullets(requirements(say, f.requires, f.below))]),
    'status-entry-sales': (f, say) => html`To reach ${say.status(f.status)}: <b>${say.money(f.amount)}</b> in counted sales${f.whileStatus ? ` made as a ${say.status(f.below)} partner` : ''} over the last ${plural(f.months, 'month', 'months')}.`,
    'status-entry-clients': (f, say) => html`${say.status(f.status)} needs sales to at least <b>${f.count}</b> different clients.`,
    'status-entry-since': (f, say) => html`Only sales made while you are ${say.status(f.below)} count toward ${say.status(f.status)} (within the last ${plural(f.months, 'month', 'months')}); sales from before you became ${say.status(f.below)} do not.`,
    'status-probation': (f, say) => joinHtml([html`Within <b>${plural(f.days, 'day', 'days')}</b> of approval, a ${say.status(f.status)} partner must do both:`, bullets(requirements(say, f.requires)), html`If either is missing then, the ${say.status(f.status)} status and the place in the program are cancelled.`]),
    'status-probation-missed': (f, say) => html`The ${say.status(f.status)} status and your place in the program are <b>cancelled</b> if, ${plural(f.days, 'day', 'days')} after approval, any of these is missing: ${say.list(requirements(say, f.requires).map(inline))}.`,
    'status-annual-target': (f, say) => html`To keep ${say.status(f.status)}: <b>${say.money(f.amount)}</b> in sales each review year (the ${plural(f.months, 'month', 'months')} after the status was granted or last confirmed).`,
    targets: (f, say) => joinHtml([html`Sales targets:`, bullets(f.statuses.map((s) => [
      `${say.status(s.status)}:`,
      s.entry ? `${say.money(s.entry.amount)} in ${plural(s.entry.months, 'month', 'months')} to reach it${s.status !== f.statuses[0]?.status || s.below !== s.status ? '' : ''}` : '',
      s.annual !== undefined ? `${s.entry ? ', ' : ''}${say.money(s.annual)} a year to keep it` : '',
    ].join(' ').replace(' ,', ',')))]),
    'status-target-missed': (f, say) => (f.sold === undefined
      ? html`A ${say.status(f.status)} partner who misses the <b>${say.money(f.amount)}</b> target at the annual review moves down to <b>${say.status(f.to)}</b>.`
      : f.sold >= f.amount
        ? html`With ${say.money(f.sold)} you meet ${say.status(f.status)}'s ${say.money(f.amount)} target: you <b>keep ${say.status(f.status)}</b> for another year.`
        : html`With ${say.money(f.sold)} you miss ${say.status(f.status)}'s ${say.money(f.amount)} target: at the review you <b>move down to ${say.status(f.to)}</b>.`),
    'target-missed': (f, say) => html`If you miss the annual sales target, you <b>move down one status</b> at the review: ${say.list(f.moves.map((m) => `${say.status(m.from)} to ${say.status(m.to)}`))}. Meeting it keeps your status for another year.`,
    'status-benefits': (f, say) => joinHtml([html`<b>${say.status(f.status)}</b> partners get:`, bullets([
      `a ${discountTiers(say, f.tiers).percent} discount in the store${discountTiers(say, f.tiers).when}`,
      ...f.benefits.map((b) => (b.requires.length ? `${b.text} (once ${say.list(requirements(say, b.requires).map(inline))} is done)` : b.text)),
    ])]),
    'status-nfr': (f, say) => html`${say.status(f.status)} partners get <b>${plural(f.cloud, 'NFR cloud subscription', 'NFR cloud subscriptions')}</b> and <b>${f.onPremise === 0 ? 'no NFR on-premise key' : plural(f.onPremise, 'NFR on-premise key', 'NFR on-premise keys')}</b>.`,
    'nfr-counts': (f, say) => joinHtml([html`Free NFR copies, by status:`, bullets(f.statuses.map((s) => `${say.status(s.status)}: ${plural(s.cloud, 'cloud subscription', 'cloud subscriptions')}, ${s.onPremise === 0 ? 'no on-premise key' : plural(s.onPremise, 'on-premise key', 'on-premise keys')}`))]),
    'statuses-list': (f, say) => html`There are ${f.statuses.length} statuses, lowest first: <b>${say.list(f.statuses.map((s) => say.status(s)))}</b>.`,
    'status-highest': (f, say) => html`<b>${say.status(f.status)}</b> is the highest status.`,
    'status-lowest': (f, say) => html`Every partner starts at <b>${say.status(f.status)}</b>, the moment the application is approved.`,
    'status-courses': (f, say) => html`${say.status(f.status)} needs <b>${say.list(f.courses.map((c) => say.course(c)))}</b>.`,
    course: (f, say) => html`<b>${say.course(f.course)}</b>: ${f.summary}${f.statuses.length ? ` Required for ${say.statuses(f.statuses)}.` : ''}`,
    'who-requires': (f, say) => html`${say.requirement(f.requirement).replace(/ completed$/, '')}: required for <b>${say.statuses(f.statuses)}</b>${say.others(f.statuses) ? `, not for ${say.others(f.statuses)}` : ''}.`,
    'who-benefit': (f, say) => html`${f.text}: for <b>${say.statuses(f.statuses)}</b> partners${say.others(f.statuses) ? `, not ${say.others(f.statuses)}` : ''}.`,
    listed: (f, say) => html`<b>${say.statuses(f.statuses)}</b> partners are listed in the public partner directory${f.featured.length ? ` (${say.statuses(f.featured)} featured first)` : ''}; ${say.others(f.statuses) || 'no other'} partners are not.`,
    'listing-fields': (f, say) => html`To be listed (${say.statuses(f.statuses)} partners), your company profile needs: ${say.list(f.fields.map((x) => FIELD_NAMES[x] ?? x))}.`,
    'leads-email': (f, say) => html`Leads by e-mail go to <b>${say.statuses(f.statuses)}</b> partners${say.others(f.statuses) ? `; ${say.others(f.statuses)} partners get leads through the Implementation Requests app only` : ''}.`,
    'leads-app': (f, say) => html`Leads through the Implementation Requests app: ${say.list(f.statuses.map((s) => (s.requires.length ? `${say.status(s.status)} once ${say.list(requirements(say, s.requires).map(inline))} is done` : say.status(s.status))))}.`,
    'leads-locations': (f) => html`Up to <b>${f.max} locations</b>: the country your company is registered in plus ${f.extra} more of your choice.`,
    'leads-per-request': (f) => html`Up to <b>${f.max} partners</b> can reserve the same request.`,
    'kickstart-amount': (f, say) => html`The Kickstart bonus is worth <b>${say.money(f.amount)}</b>.`,
    'kickstart-eligible': (f, say) => html`Partners who applied after <b>${say.date(f.after)}</b> can get the Kickstart bonus.`,
    'kickstart-valid': (f) => html`The Kickstart bonus is valid for <b>${plural(f.days, 'day', 'days')}</b> from your acceptance into the program; whatever is left then expires.`,
    'kickstart-requires': (f, say) => joinHtml([html`To receive the Kickstart bonus (${say.money(f.amount)}) you need:`, bullets(requirements(say, f.requires))]),
    'award-amount': (f, say) => html`An Award bonus is worth <b>${say.money(f.min)} to ${say.money(f.max)}</b>; the vendor picks the best partners once a year.`,
    'award-valid': () => html`An Award bonus can be spent until <b>31 December</b> of the year it was credited in: the end of that calendar year. Anything unused then expires.`,
    'bonus-min-paid': (f, say) => html`A bonus only ever pays part of an order: you pay at least <b>${say.money(f.amount)}</b> per order yourself, even when your bonus is larger.`,
    'bonus-uses': (f, say) => joinHtml([
      html`Bonuses can pay for: ${say.list(f.can)}.`,
      html`They cannot pay for: ${say.list(f.cannot)}.`,
    ]),
    'nfr-cloud-months': (f) => html`The NFR cloud subscription runs for <b>${plural(f.months, 'month', 'months')}</b> from when you claim it.`,
    'nfr-cloud-extend': (f, say) => html`<b>${say.statuses(f.statuses)}</b> partners can extend the NFR cloud subscription, by ${plural(f.months, 'month', 'months')} each time${say.others(f.statuses) ? `; ${say.others(f.statuses)} partners cannot` : ''}.`,
    'nfr-cloud-limits': (f, say) => joinHtml([html`The NFR cloud subscription works like the professional plan, with these limits:`, bullets([
      f.customDomain ? 'a custom domain name allowed' : 'no custom domain name', `${say.number(f.storageGb)} GB of storage`, `${say.number(f.cardScans)} business card scans`,
      `up to ${say.number(f.sites)} sites`, `up to ${say.number(f.bulkEmailsPerMonth)} CRM marketing e-mails a month`,
    ])]),
    'nfr-storage': (f, say) => html`The NFR cloud subscription has <b>${say.number(f.gb)} GB</b> of storage.`,
    'nfr-card-scans': (f, say) => html`The NFR cloud subscription includes <b>${say.number(f.count)}</b> business card scans.`,
    'nfr-sites': (f, say) => html`The NFR cloud subscription allows up to <b>${say.number(f.count)}</b> sites.`,
    'nfr-bulk-emails': (f, say) => html`The NFR cloud subscription sends up to <b>${say.number(f.count)}</b> CRM marketing e-mails a month.`,
    'nfr-custom-domain': (f) => html`The NFR cloud subscription <b>${f.allowed ? 'can' : 'cannot'}</b> use a custom domain name.`,
    'nfr-cloud-end': (f, say) => html`When the NFR cloud subscription ends, ${say.statuses(f.statuses)} partners can extend it; for ${f.others.length ? say.statuses(f.others) : 'other'} partners the account falls back to the <b>free plan</b>. If your partner status is cancelled, you lose the NFR subscription and the account falls back to the free plan.`,
    'nfr-key-who': (f, say) => html`${say.list(f.statuses.map((s) => `${say.status(s.status)} partners get ${plural(s.count, 'free NFR on-premise key', 'free NFR on-premise keys')}`))} (${f.edition} edition)${say.others(f.statuses.map((s) => s.status)) ? `; ${say.others(f.statuses.map((s) => s.status))} partners get none` : ''}.`,
    'nfr-key-edition': (f) => html`NFR on-premise keys are for the <b>${f.edition}</b> edition.`,
    'nfr-key-months': (f, say) => html`An NFR on-premise key is valid for <b>${plural(f.months, 'month', 'months')}</b>; ${say.statuses(f.statuses)} partners can extend it for another ${plural(f.extensionMonths, 'month', 'months')}.`,
    'nfr-key-extend': (f, say) => html`<b>${say.statuses(f.statuses)}</b> partners can extend an NFR on-premise key for another ${plural(f.months, 'month', 'months')}${say.others(f.statuses) ? `; ${say.others(f.statuses)} partners cannot` : ''}.`,
    'nfr-key-end': (f, say) => html`When an NFR on-premise key expires it stops working, unless a ${say.statuses(f.statuses)} partner asks for an extension.`,
    'activation-days': (f) => html`Every product you buy must be activated and registered in your client's name within <b>${plural(f.days, 'day', 'days')}</b> of the purchase.`,
    'activation-missed': (f) => html`A product not activated and registered within ${plural(f.days, 'day', 'days')} of the purchase <b>can be deactivated</b> by the vendor.`,
    'review-months': (f, say) => html`${say.statuses(f.statuses)} are reviewed every <b>${plural(f.months, 'month', 'months')}</b>, counted from when the status was granted or last confirmed.`,
    'review-who': (f, say) => html`Only <b>${say.statuses(f.statuses)}</b> are reviewed every ${plural(f.months, 'month', 'months')}${say.others(f.statuses) ? `; ${say.others(f.statuses)} has no annual review` : ''}.`,
    'zero-activity': (f) => html`With no activity at all, a partner account <b>can be suspended</b> without notice once ${plural(f.months, 'month', 'months')} have passed since registration.`,
    'application-review': (f) => html`The vendor reviews an application within <b>${f.min === f.max ? '' : `${f.min} to `}${plural(f.max, 'business day', 'business days')}</b>.`,
    verification: (f) => html`Company verification takes up to <b>${plural(f.max, 'business day', 'business days')}</b>.`,
    joining: (f, say) => html`1. Send the application form on the partner website. The vendor reviews it within ${f.min === f.max ? '' : `${f.min} to `}${plural(f.max, 'business day', 'business days')}.
2. Enter your company's legal details and documents in the Partner Dashboard. Verification takes up to ${plural(f.verification, 'business day', 'business days')}.
3. Once approved, you start as <b>${say.status(f.lowest)}</b>.`,
    'price-notice': (f) => html`The vendor gives <b>${plural(f.days, 'day', 'days')}</b>' notice before changing the products or their prices.`,
    'penalty-block': (f) => html`Access to your company profile can be blocked for up to <b>${plural(f.months, 'month', 'months')}</b>; meanwhile you cannot buy at your partner discount.`,
    'sales-own-use': () => html`Purchases for your own company or an affiliated company <b>never count</b> toward sales targets.`,
    'sales-currencies': (f, say) => html`Sales in ${say.list(f.currencies)} count <b>one to one</b>.`,
    'sales-after-discount': () => html`Sales count at the amount you paid, <b>after</b> your partner discount.`,
    'sales-window': (f) => html`Sales count over a trailing <b>${f.months}-month window</b>: it ends on the day of the check and starts the day after the same date ${plural(f.months, 'month', 'months')} earlier.`,
  } satisfies FactMessages,
  /** Answers about the asker's own partner (content/src/understand/personal.ts): the figure or date first. */
  personal: {
    'my-cancelled': (p, say) => html`⛔ Your <b>${say.status(p.status)}</b> status was cancelled: its requirements were not met by ${say.date(p.date)}.`,
    'my-discount': (p, say) => html`Your discount is <b>${say.percent(p.percent)}</b>, as a ${say.status(p.status)} partner.${p.pending.length ? ` It rises to ${say.percent(Math.max(...p.pending.map((x) => x.percent)))} once the Partner Program Tutorial is completed.` : ''}`,
    'my-status': (p, say) => html`You are <b>${say.status(p.status)}</b>, since ${say.date(p.since)}.${p.movedDownFrom ? ` You moved down from ${say.status(p.movedDownFrom.status)} at the annual review on ${say.date(p.movedDownFrom.date)}.` : ''}`,
    'my-benefits': (p, say) => joinHtml([html`As a <b>${say.status(p.status)}</b> partner you have:`, bullets(p.available), p.pending.length > 0 && joinHtml(p.pending.map((b) => html`◦ ${b.text} (needs: ${b.missing.join(', ')})`))]),
    'my-sales': (p, say) => {
      if (p.figures.length === 0) return html`No sales target is ahead of you as ${say.status(p.status)}, so your sales count toward none.`;
      // Figures over the same days are one amount counting toward several things.
      const groups = new Map<string, typeof p.figures>();
      for (const f of p.figures) {
        const key = `${f.from}|${f.to}|${f.counted}|${f.excluded}`;
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
      const toward = (f: (typeof p.figures)[number]) => html`toward ${f.toward === 'keep' ? html`keeping ${say.status(f.status)} at the review on ${say.date(f.by ?? f.to)}` : html`reaching ${say.status(f.status)}`} (needs ${say.money(f.target)}${f.counted >= f.target ? ' ✅' : ''})`;
      return joinHtml([
        html`<b>Your sales that count</b> (what you paid; own or affiliated purchases left out):`,
        ...[...groups.values()].map((fs) => {
          const [f] = fs as [(typeof p.figures)[number]];
          return html`• <b>${say.money(f.counted)}</b> from ${say.date(f.from)} to ${say.date(f.to)}${f.excluded ? ` (${say.money(f.excluded)} own or affiliated not counted)` : ''}: ${joinHtml(fs.map(toward), ' and ')}`;
        }),
      ]);
    },
    'my-keep': (p, say) => (p.met
      ? html`You have already met what keeping <b>${say.status(p.status)}</b> asks ${p.kind === 'probation' ? 'by' : 'at the review on'} <b>${say.date(p.by)}</b> (${when(p.daysLeft)}).`
      : joinHtml([
        p.gap !== undefined
          ? html`To keep <b>${say.status(p.status)}</b> at your annual review on <b>${say.date(p.by)}</b> (${when(p.daysLeft)}) you still need <b>${say.money(p.gap)}</b> more in sales.`
          : html`To keep <b>${say.status(p.status)}</b> by <b>${say.date(p.by)}</b> (${when(p.daysLeft)}) you still need:`,
        p.gap === undefined ? bullets(p.missing.map((r) => missingText(say, r))) : p.missing.length > 1 && html`Also missing: ${p.missing.filter((r) => r.requirement.kind !== 'sales').map((r) => missingText(say, r)).join('; ')}`,
      ])),
    'my-keep-none': (p, say) => html`${say.status(p.status)} has no target to keep: it has no annual review, and its first-period requirements are behind you.`,
    'my-next': (p, say) => (p.qualifies
      ? html`🎉 Every requirement for <b>${say.status(p.next)}</b> is met: apply for the upgrade in the Partner Dashboard.`
      : joinHtml([html`To move up to <b>${say.status(p.next)}</b> you still need (${p.met} of ${p.total} met):`, bullets(p.missing.map((r) => missingText(say, r)))])),
    'my-top': (p, say) => html`You are <b>${say.status(p.status)}</b>, the highest status. 🏆`,
    'my-gap': (p, say) => (p.keep || p.next
      ? joinHtml([
        p.keep && html`To keep ${say.status(p.keep.status)} at your review on ${say.date(p.keep.by)}: <b>${say.money(p.keep.gap)}</b> more in sales.`,
        p.next && html`To reach ${say.status(p.next.status)}: <b>${say.money(p.next.gap)}</b> more in counted sales.`,
      ])
      : html`Nothing more for now: your sales targets are met.`),
    'my-review': (p, say) => html`Your annual review is on <b>${say.date(p.date)}</b> (${when(p.daysLeft)}). ${p.met ? `The target to keep ${say.status(p.status)} is already met.` : p.gap !== undefined ? `You still need ${say.money(p.gap)} more in sales to keep ${say.status(p.status)}.` : `Some requirements to keep ${say.status(p.status)} are still missing.`}`,
    'my-no-review': (p, say) => html`${say.status(p.status)} has no annual review.${p.cutoff ? html` Your ${say.status(p.status)} requirements are due by <b>${say.date(p.cutoff)}</b>.` : ''}`,
    'my-cutoff': (p, say) => (p.met
      ? html`Your ${say.status(p.status)} requirements are due by <b>${say.date(p.date)}</b> (${when(p.daysLeft)}), and all of them are met.`
      : joinHtml([html`Your ${say.status(p.status)} requirements are due by <b>${say.date(p.date)}</b> (${when(p.daysLeft)}). Still missing:`, bullets(p.missing.map((r) => missingText(say, r)))])),
    'my-no-cutoff': (p, say) => html`No cut-off applies to you now: as ${say.status(p.status)}, your first-period requirements are behind you.`,
    'my-expiry': (p, say) => joinHtml(p.deadlines.map((d) => html`${d.subject}: ends on <b>${say.date(d.date)}</b> (${when(d.daysLeft)})${d.extendable === undefined ? '' : d.extendable ? '; you can ask for an extension' : '; your status cannot extend it'}.`)),
    'my-no-expiry': (p, say) => html`${p.what === 'bonus' ? 'You have no bonus that expires.' : `You have no ${p.what === 'nfr-cloud' ? 'NFR cloud subscription' : 'NFR on-premise key'} on record${p.canClaim ? `; as ${say.status(p.status)} you can claim one in the Partner Dashboard` : ''}.`}`,
    'my-nfr-extend': (p, say) => (p.extendable
      ? html`As a ${say.status(p.status)} partner you can extend your NFR cloud subscription, by ${plural(p.months, 'month', 'months')} each time${p.date ? `; it now ends on ${say.date(p.date)}` : ''}.`
      : html`Only ${say.statuses(p.statuses)} partners can extend it; as ${say.status(p.status)}, the account falls back to the free plan when it ends${p.date ? ` on ${say.date(p.date)}` : ''}.`),
    'my-bonus': (p, say) => {
      const k = p.kickstart;
      const kickstart = k.state === 'none'
        ? html`The Kickstart bonus is only for partners who applied after ${say.date(k.appliedAfter)}, so it is not open to you.`
        : k.state === 'ended'
          ? (k.credited ? html`Your Kickstart bonus could be used until ${say.date(k.date)}; whatever was left then expired.` : html`The time to receive the Kickstart bonus ended on ${say.date(k.date)}.`)
          : k.state === 'credited'
            ? html`${k.subject}: usable until <b>${say.date(k.date)}</b> (${when(k.daysLeft)}); whatever is left then expires. How much of it is left shows in your bonus account in the store.`
            : k.eligible
              ? html`You can still receive the Kickstart bonus of <b>${say.money(k.amount)}</b>: apply for it by <b>${say.date(k.date)}</b> (${when(k.daysLeft)}).`
              : joinHtml([html`To receive the Kickstart bonus of ${say.money(k.amount)} by <b>${say.date(k.date)}</b> (${when(k.daysLeft)}) you still need:`, bullets(k.missing)]);
      return joinHtml([kickstart, ...p.awards.map((a) => html`${a.subject}: usable until <b>${say.date(a.date)}</b> (${when(a.daysLeft)}).`)]);
    },
    'my-key-claim': (p, say) => (p.count > 0
      ? html`As a ${say.status(p.status)} partner you can have ${plural(p.count, 'free NFR on-premise key', 'free NFR on-premise keys')} (${p.claimed} on record). Request it with the NFR form in the Partner Dashboard.`
      : html`NFR on-premise keys are for ${say.statuses(p.statuses)} partners; as ${say.status(p.status)} you cannot claim one yet.`),
    'my-on-track': (p, say) => (p.met
      ? html`You have already met what keeping <b>${say.status(p.status)}</b> asks ${p.kind === 'probation' ? 'by' : 'at the review on'} <b>${say.date(p.by)}</b>.`
      : p.gap !== undefined
        ? html`<b>Not yet.</b> To keep ${say.status(p.status)} at the review on <b>${say.date(p.by)}</b> you need <b>${say.money(p.gap)}</b> more in sales.`
        : joinHtml([html`<b>Not yet.</b> To keep ${say.status(p.status)} by <b>${say.date(p.by)}</b> you still need:`, bullets(p.missing.map((r) => missingText(say, r)))])),
    'my-can-reach': (p, say) => (p.qualifies
      ? html`Every requirement for <b>${say.status(p.next)}</b> is met: apply for the upgrade in the Partner Dashboard.`
      : joinHtml([html`<b>Not yet.</b> For <b>${say.status(p.next)}</b> you still need:`, bullets(p.missing.map((r) => missingText(say, r)))])),
    'my-deadline': (p, say) => (p.deadline
      ? html`Your next deadline: <b>${p.deadline.name}</b> on <b>${say.date(p.deadline.date)}</b> (${when(p.deadline.daysLeft)})${p.deadline.missing.length ? `: ${p.deadline.missing.join('; ')}` : ''}.`
      : html`You have no upcoming deadline. 🎉`),
  } satisfies PersonalMessages,
  /** A personal question from someone the bot cannot answer it for. */
  private: {
    notLinked: (userId: number) => html`I can answer that about your own partner once your Telegram account is linked to it: ask your partner manager to add your Telegram user id <code>${userId}</code> to your company's partner file (the <code>program.telegram</code> list). Meanwhile, /check shows where a company stands.`,
    general: html`<i>In general:</i>`,
  },
  answers: {
    yes: 'Yes.', no: 'No.',
    source: (link: Html) => html`📖 ${link}`,
    unsure: (docs: Html) => html`<i>Not quite what you asked? See ${docs}.</i>`,
    unsureSections: html`<i>I'm not sure that is what you asked. These sections are the nearest:</i>`,
    /** Nothing answers the question, but some sections come near. */
    unknownNearest: (docs: Html) => html`🤷 I don't know that one, and I'd rather not guess. Have a look at ${docs}; these sections come nearest:`,
    unknown: (docs: Html) => html`🤷 I don't know that one, and I'd rather not guess.

Have a look at ${docs}, or try /tiers, /check or /find.`,
    topic: (text: string) => html`Here's where the docs talk about “${text}”:`,
    orTry: html`Or try /tiers, /check or /find.`,
    empty: html`Ask me anything about the program in your own words, like “How long is the NFR subscription valid?”, or send /help.`,
    tooLong: html`That's a long message! Please ask one short question at a time.`,
    docsHome: 'the program docs',
  },
  admin: {
    notAdmin: html`That command is for the bot's admins.`,
    /** An admin command sent by an admin in a group. */
    adminPrivateOnly: html`Admin commands work only in a private chat with me, so their figures stay between us.`,
    reloaded: (partners: number, pages: number, version: string) => html`✅ Content reloaded: ${plural(partners, 'partner', 'partners')}, ${plural(pages, 'docs page', 'docs pages')}, rules version ${version}.`,
    failed: (count: number, keptAt: string) => html`⚠️ The content has ${plural(count, 'problem', 'problems')}, so I kept the content loaded at ${keptAt}:`,
    moreProblems: (n: number) => `… and ${n} more (run npm run check)`,
    warnings: (count: number) => html`It has ${plural(count, 'warning', 'warnings')} (the content is valid with them; worth a look):`,
    stats: (s: { users: number; active: number; blocked: number; linked: number; counters: string; partners: number; pages: number; version: string; loadedAt: string; problems: number | null }) => joinHtml([
      html`<b>Bot statistics</b>`,
      html`Users: ${s.users} (${s.active} active in the last 7 days, ${s.blocked} blocked the bot)`,
      html`Team members linked in partner files: ${s.linked}`,
      html`Handled: ${s.counters || 'nothing yet'}`,
      html`Content: ${plural(s.partners, 'partner', 'partners')}, ${plural(s.pages, 'docs page', 'docs pages')}, rules ${s.version}, loaded ${s.loadedAt}`,
      s.problems === null ? html`Last reload: fine` : html`⚠️ Last reload failed with ${plural(s.problems, 'problem', 'problems')}; send /reload to see them`,
    ]),
  },
  errors: {
    /** `command` is the user's, already cut short. */
    unknownCommand: (command: string) => html`I don't know “${command}”. Send /help to see what I can do.`,
    notText: html`I can only read text messages. Ask me a question, or send /help.`,
    edited: html`I only read new messages. Please send your question again.`,
    expiredButton: 'This button has expired. Send /help to start again.',
    rateLimited: html`You're sending messages faster than I can answer. Please wait a minute and try again. 🙏`,
    rateLimitedShort: 'Too many requests: please wait a minute.',
    failed: html`😕 Something went wrong on my side. Please try again in a minute; if it keeps happening, send /help or contact the partner department.`,
  },
};

/** The shape every language file has. */
export type Messages = typeof en;
