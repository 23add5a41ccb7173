/**
 * Answers about the asker's own partner, from the rules engine's standing: the discount and
 * benefits now, sales counted and in which window, what keeping the status and reaching the next
 * one still need (with the money gap), the review date, the Bronze cut-off, when a bonus or NFR
 * copy expires, whether an NFR copy can be claimed or extended, and "am I on track". Each is data
 * (a kind and its values) that a front end puts in words. Only ever called for a linked team
 * member in a private chat; the caller makes sure of that.
 */
import type { Deadline } from '../engine/deadlines.ts';
import { upcomingDeadlines } from '../engine/deadlines.ts';
import type { BeyondCheck, Standing } from '../engine/evaluate.ts';
import { partnerRecord } from '../engine/evaluate.ts';
import type { RequirementResult } from '../engine/requirements.ts';
import { requirementTopics } from '../facts/statuses.ts';
import type { FactMatch } from '../facts/types.ts';
import type { PlainDate } from '../dates.ts';
import type { Message } from '../i18n/message.ts';
import type { Rules } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { statusRank } from '../rules.ts';
import type { Verdict } from './decide.ts';
import { discountVerdict } from './decide.ts';
import { scoreMatch, statusesOf } from './match.ts';
import type { Reading } from './understanding.ts';

/** Topics that name a thing a partner's record says it has done or not (a course, an endorsement, a document). */
const DONE_TOPICS = ['course', 'certificate', 'tutorial', 'endorse', 'website', 'social', 'first-line', 'case-study', 'marketing-plan', 'presentation', 'nfr'];

/** A word for a whole kind ("courses", "endorsed" without a channel) names every one of it the question names none of. */
const GENERAL: [Requirement['kind'], string[]][] = [['course', ['course', 'certificate']], ['endorsement', ['endorse']]];

/** What the statuses ask for that a partner does once and its record keeps: every requirement but sales and clients. */
function recordRequirements(rules: Rules): Requirement[] {
  const all = new Map<string, Requirement>();
  for (const s of rules.statuses) {
    for (const r of [...(s.probation?.requires ?? []), ...s.entry.requires, ...(s.maintain?.requires ?? [])]) {
      if (r.kind !== 'sales' && r.kind !== 'clients') all.set(JSON.stringify(r), r);
    }
  }
  return [...all.values()];
}

/**
 * Whether a question asks what the partner's record says it has done: it names a thing of the
 * record and no status, nor what is still needed, what would happen or what it may still do
 * ("can we claim another NFR copy?").
 */
function asksRecord(reading: Reading, named: readonly string[], rules: Rules): boolean {
  if (named.length > 0 || reading.topics.has('more') || reading.topics.has('reach') || reading.whatIf || reading.asksAbility) return false;
  return !reading.aspects.includes('requirements') && askedRequirements(rules, reading.topics).length > 0;
}

/** How `done` is asked, with every topic the record's things are named by ('the sales course'). */
const doneMatches = new WeakMap<Rules, FactMatch>();
function doneMatch(rules: Rules): FactMatch {
  let match = doneMatches.get(rules);
  if (!match) {
    const named = recordRequirements(rules).flatMap((r) => requirementTopics(r).flat());
    match = { ...KINDS.done, about: [...new Set([...KINDS.done.about, ...named])] };
    doneMatches.set(rules, match);
  }
  return match;
}

/** The things of the partner's record `topics` name: each by its own topics, else all of a kind named in general. */
function askedRequirements(rules: Rules, topics: ReadonlySet<string>): Requirement[] {
  const everything = recordRequirements(rules);
  const asked = everything.filter((r) => requirementTopics(r).every((group) => group.some((t) => topics.has(t))));
  for (const [kind, words] of GENERAL) {
    if (words.some((w) => topics.has(w)) && !asked.some((r) => r.kind === kind)) asked.push(...everything.filter((r) => r.kind === kind));
  }
  return asked;
}

/** What a personal question can ask. */
export type PersonalKind =
  | 'discount' | 'status' | 'benefits' | 'sales' | 'keep' | 'next' | 'gap' | 'review' | 'cutoff'
  | 'nfr-expiry' | 'key-expiry' | 'bonus-expiry' | 'bonus' | 'nfr-extend' | 'key-claim' | 'on-track' | 'can-reach' | 'deadlines'
  | 'overview' | 'leads' | 'done';

/**
 * How each kind is asked: the same description as a fact's (topics, aspects). Whether purchases
 * for the partner's own company count ('own-use') is a rule, never the partner's own figures.
 */
const KINDS: Record<PersonalKind, FactMatch> = {
  // "Is our discount active?": whether it applies, which the discount now says.
  discount: { needs: [['discount']], about: ['price', 'activation'], aspects: ['percent', 'amount'] },
  status: { needs: [['status']], about: [], excludes: ['reach', 'keep', 'highest', 'lowest', 'review', 'more'], aspects: ['definition', 'list', 'who'] },
  benefits: { needs: [['benefit']], about: ['claim'], excludes: ['nfr', 'discount', 'leads', 'key'], aspects: ['benefits', 'list'] },
  sales: { needs: [['sales', 'window']], about: ['window', 'year', 'target'], excludes: ['more', 'keep', 'reach', 'own-use'], aspects: ['amount', 'duration', 'definition', 'list'] },
  keep: { needs: [['keep', 'target']], about: ['sales', 'status', 'review', 'more', 'year', 'deadline', 'reach'], excludes: ['own-use'], aspects: ['requirements', 'amount', 'list', 'howTo'] },
  next: { needs: [['reach']], about: ['status', 'more', 'sales'], aspects: ['requirements', 'list', 'howTo'] },
  gap: { needs: [['sales', 'target'], ['more']], about: ['year'], excludes: ['keep', 'reach', 'own-use'], aspects: ['amount'] },
  review: { needs: [['review']], about: ['year', 'status', 'deadline'], excludes: ['application'], aspects: ['deadline', 'duration', 'frequency', 'who'] },
  cutoff: { needs: [], about: ['deadline', 'keep', 'cancel', 'tutorial', 'nfr', 'claim'], excludes: ['review', 'bonus', 'kickstart', 'award', 'key', 'extend'], aspects: ['deadline', 'duration'] },
  'nfr-expiry': { needs: [['nfr', 'cloud']], about: ['expire', 'cloud'], excludes: ['key', 'extend', 'bonus', 'kickstart', 'award'], aspects: ['deadline', 'duration'] },
  'key-expiry': { needs: [['key']], about: ['expire', 'nfr'], excludes: ['extend', 'claim', 'bonus'], aspects: ['deadline', 'duration'] },
  'bonus-expiry': { needs: [['bonus', 'kickstart', 'award']], about: ['expire'], aspects: ['deadline', 'duration'] },
  bonus: { needs: [['bonus', 'kickstart', 'award']], about: ['more', 'claim', 'application'], excludes: ['misuse', 'own-use', 'order', 'renew', 'key', 'cloud'], aspects: ['who', 'amount', 'requirements', 'benefits', 'howTo'] },
  'nfr-extend': { needs: [['nfr', 'cloud'], ['extend']], about: ['cloud'], excludes: ['key'], aspects: ['who', 'deadline'] },
  'key-claim': { needs: [['key'], ['claim']], about: ['nfr'], excludes: ['extend'], aspects: ['who', 'count'] },
  'on-track': { needs: [['on-track', 'keep']], about: ['status', 'review', 'target', 'deadline'], excludes: ['reach', 'more'], aspects: ['who', 'requirements', 'deadline'] },
  'can-reach': { needs: [['reach']], about: ['year', 'status'], aspects: ['who', 'requirements'] },
  // "How many leads did we get?": the partner's own requests, which /leads shows.
  leads: { needs: [['leads']], about: ['more', 'count'], excludes: ['misuse', 'email'], aspects: ['count', 'list'] },
  // "Where do we stand?": the whole picture, as /status shows it.
  overview: { needs: [['standing']], about: ['status', 'sales', 'year'], aspects: ['list', 'definition'] },
  // "Have we endorsed the products on our website?", "which courses have we done?": the partner's own record.
  done: { needs: [DONE_TOPICS], about: ['claim', 'status', 'keep', 'sites', 'cloud', 'expire'], aspects: ['list', 'definition', 'who'] },
  deadlines: { needs: [['deadline']], about: ['more'], excludes: ['review', 'bonus', 'kickstart', 'award', 'nfr', 'key', 'cloud', 'activation'], aspects: ['deadline', 'list'] },
};

/** The money still missing for a sales requirement, if it is one and is not met. */
function gapOf(results: readonly RequirementResult[]): { gap: number; current: number; target: number; from?: PlainDate; to?: PlainDate } | undefined {
  const sales = results.find((r) => r.requirement.kind === 'sales' && r.progress);
  if (!sales?.progress || sales.met) return undefined;
  return { gap: Math.round((sales.progress.target - sales.progress.current) * 100) / 100, current: sales.progress.current, target: sales.progress.target, from: sales.window?.from, to: sales.window?.to };
}

/** One sales figure that decides something, and what it counts toward (see SalesFigure). */
export interface MySalesFigure {
  toward: 'keep' | 'next';
  /** The status kept or reached. */
  status: string;
  counted: number;
  target: number;
  /** Own or affiliated purchases in the same days, not counted. */
  excluded: number;
  from: PlainDate;
  to: PlainDate;
  /** For `keep`: the review day the target is judged on. */
  by?: PlainDate;
}

/** A personal answer, as data. */
export type PersonalData =
  | { code: 'my-cancelled'; status: string; date: PlainDate }
  | { code: 'my-discount'; status: string; percent: number; pending: { percent: number; missing: RequirementResult[] }[] }
  | { code: 'my-status'; status: string; since: PlainDate; movedDownFrom?: { status: string; date: PlainDate } }
  | { code: 'my-benefits'; status: string; available: Message[]; pending: { text: Message; missing: Message[] }[] }
  | { code: 'my-sales'; status: string; figures: MySalesFigure[] }
  | { code: 'my-keep'; status: string; kind: 'probation' | 'annual-review'; by: PlainDate; met: boolean; missing: RequirementResult[]; gap?: number; daysLeft: number }
  | { code: 'my-keep-none'; status: string }
  | { code: 'my-next'; status: string; next: string; qualifies: boolean; missing: RequirementResult[]; met: number; total: number; gap?: number; beyond?: MyBeyond }
  | { code: 'my-top'; status: string }
  | { code: 'my-gap'; keep?: { status: string; by: PlainDate; gap: number }; next?: { status: string; gap: number }; status: string }
  | { code: 'my-review'; status: string; date: PlainDate; met: boolean; gap?: number; daysLeft: number }
  | { code: 'my-no-review'; status: string; cutoff?: PlainDate }
  | { code: 'my-cutoff'; status: string; date: PlainDate; met: boolean; missing: RequirementResult[]; daysLeft: number }
  | { code: 'my-no-cutoff'; status: string }
  | { code: 'my-expiry'; what: 'nfr-cloud' | 'nfr-key' | 'bonus'; deadlines: { subject: Message; date: PlainDate; daysLeft: number; extendable?: boolean }[] }
  | { code: 'my-no-expiry'; what: 'nfr-cloud' | 'nfr-key' | 'bonus'; status: string; canClaim: boolean }
  | { code: 'my-nfr-extend'; what: 'nfr-cloud' | 'nfr-key'; status: string; extendable: boolean; statuses: string[]; date?: PlainDate; months: number }
  | { code: 'my-key-claim'; status: string; count: number; claimed: number; statuses: string[] }
  | { code: 'my-on-track'; status: string; by: PlainDate; met: boolean; gap?: number; missing: RequirementResult[]; kind: 'probation' | 'annual-review' }
  | { code: 'my-can-reach'; status: string; next: string; qualifies: boolean; missing: RequirementResult[]; met: number; total: number; gap?: number; beyond?: MyBeyond }
  | { code: 'my-deadline'; deadline?: Deadline }
  /** The whole standing: a front end shows what its status view shows. */
  | { code: 'my-overview'; status: string; since: PlainDate }
  /** The partner's implementation requests and rating: where to see them (the store has them, not the content). */
  | { code: 'my-leads' }
  /** The things the question names, each done or not by the partner's record. */
  | { code: 'my-done'; items: RequirementResult[] }
  | { code: 'my-bonus'; kickstart: MyKickstart; awards: { subject: Message; date: PlainDate; daysLeft: number }[] };

/**
 * A status asked about beyond the next one ("what do I still need for Gold?" from a Bronze
 * partner): reached after `below`, with what it will still ask then.
 */
export interface MyBeyond {
  status: string;
  below: string;
  missing: RequirementResult[];
  met: number;
  total: number;
}

/**
 * The partner's kickstart bonus: `credited` (usable until `date`), `open` (not credited: to
 * receive by `date`, with what is still missing), `ended` (its days are over), `none` (only for
 * partners who applied after `appliedAfter`).
 */
export type MyKickstart =
  | { state: 'credited'; subject: Message; date: PlainDate; daysLeft: number }
  | { state: 'open'; amount: number; date: PlainDate; daysLeft: number; eligible: boolean; missing: Message[] }
  | { state: 'ended'; date: PlainDate; credited: boolean }
  | { state: 'none'; appliedAfter: PlainDate };

/** A personal answer: what it says, the yes or no when it gives one, and which command shows more. */
export interface PersonalAnswer {
  data: PersonalData;
  verdict?: Verdict;
  /** `status` or `deadlines`: the command that shows the whole picture. */
  more: 'status' | 'deadlines';
}

/** The kinds that answer a yes/no question ("Am I on track?", "Can I extend my NFR?"). */
const YES_NO_KINDS = new Set<PersonalKind>(['discount', 'on-track', 'can-reach', 'nfr-extend', 'key-claim', 'keep', 'review', 'cutoff', 'deadlines', 'bonus', 'done']);

/** Personal kinds whose score is at least this answer a personal question. */
const LEAST = 0.75;

/**
 * What a personal question asks, or undefined when it asks nothing the standing answers. A question
 * is personal when it says so ("my", "we", "am I"), or, from a linked team member, when it asks
 * what is still missing or left ("what's missing for Silver?"): only their own standing has that.
 */
export function personalKind(reading: Reading, weights: ReadonlyMap<string, number>, standing?: Standing, rules?: Rules): PersonalKind | undefined {
  if (!reading.personal && !(standing && reading.topics.has('more'))) return undefined;
  // Without the partner's data at hand, only a question plainly about it ("my review") is personal.
  // ("Where do we stand?" is about it whoever asks.)
  if (!standing && !reading.owned && !reading.topics.has('standing')) return undefined;
  // "What happens to us if we miss the target?" asks the rule of what then happens, which the
  // program's answer gives for the asker's own status.
  if (reading.whatIf) return undefined;
  const named = statusesOf(reading);
  const higher = standing?.status && rules ? named.some((s) => statusRank(rules, s) > statusRank(rules, standing.status?.id ?? '')) : false;
  const lowest = rules?.statuses[0]?.id;
  // The first-period cut-off: asked by its status's name, or by what it asks, with a "when".
  const cutoff = (lowest !== undefined && named.includes(lowest)) || ['tutorial', 'nfr', 'cancel'].some((t) => reading.topics.has(t))
    || (reading.topics.has('deadline') && standing?.keep?.kind === 'probation');
  const dated = reading.aspects.some((a) => a === 'deadline' || a === 'duration') || reading.topics.has('deadline');
  let best: { kind: PersonalKind; score: number } | undefined;
  for (const [kind, match] of Object.entries(KINDS) as [PersonalKind, FactMatch][]) {
    if (kind === 'cutoff' && !(cutoff && dated)) continue;
    // The partner's own requests: asked how many or which, or as its own in a word or two ("show
    // me our leads", "my lead rating?"); "what can't I do with lead contacts?" asks the rules, and
    // "how do I export my leads to Excel?" something the bot does not know.
    const ownLeads = reading.owned && reading.aspects.every((a) => a === 'definition') && reading.terms.length <= 2;
    if (kind === 'leads' && (reading.namesPartners || !(reading.aspects.some((a) => a === 'count' || a === 'list') || ownLeads))) continue;
    // Whether the partner has done a thing is asked of its own ("have we", "our"), not of what is left for a status.
    // ("Do we need the tutorial for Silver?" asks what a status requires, which the rules answer.)
    if (kind === 'done' && !(standing && rules && asksRecord(reading, named, rules))) continue;
    // A yes/no question asks whether: only a kind that answers whether can answer it.
    if (reading.yesNo && !YES_NO_KINDS.has(kind)) continue;
    // A higher status named is what reaching means: "what do I still need for Gold?". Time left,
    // naming nothing else ("how many days do we have left?"), is time to the next deadline.
    const timeLeft = kind === 'deadlines' && dated && standing !== undefined && [...reading.topics].every((t) => t === 'more' || t === 'deadline');
    const topics = higher && (kind === 'next' || kind === 'can-reach') ? new Set([...reading.topics, 'reach'])
      : timeLeft ? new Set([...reading.topics, 'deadline']) : reading.topics;
    const scored = scoreMatch(kind === 'done' && rules ? doneMatch(rules) : match, { ...reading, topics, entities: [] }, weights);
    if (!scored) continue;
    let score = scored.score;
    if ((kind === 'on-track' || kind === 'can-reach') && reading.yesNo) score += 0.3;
    if ((kind === 'next' || kind === 'can-reach') && higher) score += 0.2;
    if ((kind === 'next' || kind === 'gap' || kind === 'keep') && reading.topics.has('more')) score += 0.1;
    if (kind === 'cutoff' && standing?.keep?.kind === 'probation') score += 0.2;
    if (!best || score > best.score) best = { kind, score };
  }
  return best && best.score >= LEAST ? best.kind : undefined;
}

/**
 * The status a question about moving up names beyond the partner's next one (Gold, asked by a
 * Bronze partner), the highest when several: what it asks is answered after the next step's.
 */
export function statusBeyondNext(reading: Reading, standing: Standing, rules: Rules): string | undefined {
  const next = standing.next ? statusRank(rules, standing.next.status.id) : Infinity;
  return statusesOf(reading).filter((s) => statusRank(rules, s) > next).sort((a, b) => statusRank(rules, b) - statusRank(rules, a))[0];
}

/**
 * The answer of `kind` for `standing`; `beyond`, for `next` and `can-reach`, is a status asked
 * about beyond the next one (engine's `beyondNext`). A yes or no leads only the answer to a
 * yes/no question: "How much bonus do we have left?" is not answered "No."
 */
export function personalAnswer(kind: PersonalKind, standing: Standing, rules: Rules, beyond?: BeyondCheck, reading?: Reading, partner?: Partner): PersonalAnswer {
  const answer = answerOfKind(kind, standing, rules, beyond, reading, partner);
  if (!reading || reading.yesNo || answer.verdict === undefined) return answer;
  const plain = { ...answer };
  delete plain.verdict;
  return plain;
}

function answerOfKind(kind: PersonalKind, standing: Standing, rules: Rules, beyond?: BeyondCheck, reading?: Reading, partner?: Partner): PersonalAnswer {
  const s = standing;
  if (!s.status) {
    return { data: { code: 'my-cancelled', status: s.recordedStatus.id, date: s.deadlines.find((d) => d.kind === 'bronze-cutoff')?.date ?? s.asOf }, more: 'status' };
  }
  const status = s.status.id;
  const upcoming = upcomingDeadlines(s.deadlines);
  const keep = s.keep;
  const keepGap = keep ? gapOf(keep.requirements) : undefined;
  const nextGap = s.next ? gapOf(s.next.requirements) : undefined;
  const daysTo = (date: PlainDate) => s.deadlines.find((d) => d.date === date)?.daysLeft ?? 0;
  switch (kind) {
    case 'done': {
      const items = partner ? partnerRecord(partner, rules, s, askedRequirements(rules, reading?.topics ?? new Set())) : [];
      // Asked whether it is done: yes when every one named is, no when one is not.
      const verdict: Verdict | undefined = reading?.yesNo && items.length > 0 ? (items.every((r) => r.met) ? 'yes' : 'no') : undefined;
      return { data: { code: 'my-done', items }, ...(verdict ? { verdict } : {}), more: 'status' };
    }
    case 'discount': {
      const pending = s.status.discount.filter((t) => t.percent > s.discount).map((t) => ({ percent: t.percent, missing: [] as RequirementResult[] }));
      // "Is our discount active?", "do we get 40%?": whether there is one, or whether it is that one.
      const verdict = reading?.yesNo ? discountVerdict(reading, s.discount, (n) => s.discount === n) : undefined;
      return { data: { code: 'my-discount', status, percent: s.discount, pending }, ...(verdict ? { verdict } : {}), more: 'status' };
    }
    case 'status': {
      const last = s.reviews.at(-1);
      const movedDownFrom = s.status.id !== s.recordedStatus.id && last ? { status: s.recordedStatus.id, date: last.date } : undefined;
      return { data: { code: 'my-status', status, since: s.statusSince, ...(movedDownFrom ? { movedDownFrom } : {}) }, more: 'status' };
    }
    case 'benefits':
      return {
        data: { code: 'my-benefits', status, available: s.benefits.filter((b) => b.available).map((b) => b.text), pending: s.benefits.filter((b) => !b.available).map((b) => ({ text: b.text, missing: b.missing })) },
        more: 'status',
      };
    case 'sales':
      return {
        data: {
          code: 'my-sales', status,
          figures: s.sales.map((f) => ({ toward: f.toward, status: f.status.id, counted: f.counted, target: f.target, excluded: f.excluded, from: f.window.from, to: f.window.to, ...(f.by ? { by: f.by } : {}) })),
        },
        more: 'status',
      };
    case 'keep':
    case 'on-track': {
      if (!keep) return { data: { code: 'my-keep-none', status }, more: 'status' };
      const missing = keep.requirements.filter((r) => !r.met);
      const data = { status, kind: keep.kind, by: keep.by, met: keep.met, missing, ...(keepGap ? { gap: keepGap.gap } : {}) };
      return kind === 'keep'
        ? { data: { code: 'my-keep', ...data, daysLeft: daysTo(keep.by) }, ...(keep.met ? { verdict: 'yes' as const } : {}), more: 'status' }
        : { data: { code: 'my-on-track', ...data }, ...(keep.met ? { verdict: 'yes' as const } : {}), more: 'status' };
    }
    case 'next':
    case 'can-reach': {
      if (!s.next) return { data: { code: 'my-top', status }, more: 'status' };
      const missing = s.next.requirements.filter((r) => !r.met);
      const later = beyond && {
        status: beyond.status.id, below: beyond.below.id, missing: beyond.requirements.filter((r) => !r.met),
        met: beyond.requirements.filter((r) => r.met).length, total: beyond.requirements.length,
      };
      const step = { status, next: s.next.status.id, qualifies: s.next.qualifies, missing, met: s.next.requirements.length - missing.length, total: s.next.requirements.length, ...(nextGap ? { gap: nextGap.gap } : {}), ...(later ? { beyond: later } : {}) };
      if (kind === 'can-reach') {
        // "Can we become Gold?" from a Bronze partner: not yet (after Silver), whatever else is done.
        return { data: { code: 'my-can-reach', ...step }, ...(s.next.qualifies && !later ? { verdict: 'yes' as const } : {}), more: 'status' };
      }
      return { data: { code: 'my-next', ...step }, more: 'status' };
    }
    case 'gap':
      return {
        data: {
          code: 'my-gap', status,
          ...(keep && keepGap ? { keep: { status, by: keep.by, gap: keepGap.gap } } : {}),
          ...(s.next && nextGap ? { next: { status: s.next.status.id, gap: nextGap.gap } } : {}),
        },
        more: 'status',
      };
    case 'review': {
      if (keep?.kind === 'annual-review') return { data: { code: 'my-review', status, date: keep.by, met: keep.met, ...(keepGap ? { gap: keepGap.gap } : {}), daysLeft: daysTo(keep.by) }, more: 'deadlines' };
      return { data: { code: 'my-no-review', status, ...(keep?.kind === 'probation' ? { cutoff: keep.by } : {}) }, more: 'deadlines' };
    }
    case 'cutoff': {
      if (keep?.kind !== 'probation') return { data: { code: 'my-no-cutoff', status }, more: 'deadlines' };
      return { data: { code: 'my-cutoff', status, date: keep.by, met: keep.met, missing: keep.requirements.filter((r) => !r.met), daysLeft: daysTo(keep.by) }, more: 'deadlines' };
    }
    case 'nfr-expiry':
    case 'key-expiry':
    case 'bonus-expiry': {
      const what = kind === 'nfr-expiry' ? 'nfr-cloud' : kind === 'key-expiry' ? 'nfr-key' : 'bonus';
      const kinds = what === 'nfr-cloud' ? ['nfr-cloud-expiry'] : what === 'nfr-key' ? ['nfr-key-expiry'] : ['kickstart-expiry', 'award-expiry'];
      const found = upcoming.filter((d) => kinds.includes(d.kind));
      if (found.length === 0) {
        const canClaim = what === 'nfr-cloud' ? s.status.nfr.cloud > 0 : what === 'nfr-key' ? s.status.nfr.onPremise > 0 : false;
        return { data: { code: 'my-no-expiry', what, status, canClaim }, more: 'deadlines' };
      }
      return {
        data: { code: 'my-expiry', what, deadlines: found.map((d) => ({ subject: d.subject, date: d.date, daysLeft: d.daysLeft, ...(d.extendable !== undefined ? { extendable: d.extendable } : {}) })) },
        more: 'deadlines',
      };
    }
    case 'nfr-extend': {
      const cloud = rules.nfr.cloud;
      const next = upcoming.find((d) => d.kind === 'nfr-cloud-expiry');
      const extendable = cloud.extendableFor.includes(status);
      return { data: { code: 'my-nfr-extend', what: 'nfr-cloud', status, extendable, statuses: cloud.extendableFor, months: cloud.months, ...(next ? { date: next.date } : {}) }, verdict: extendable ? 'yes' : 'no', more: 'deadlines' };
    }
    case 'key-claim': {
      const holders = rules.statuses.filter((x) => x.nfr.onPremise > 0).map((x) => x.id);
      const claimed = s.deadlines.filter((d) => d.kind === 'nfr-key-expiry').length;
      // Whether one can be claimed now: the status allows more keys than are running.
      return { data: { code: 'my-key-claim', status, count: s.status.nfr.onPremise, claimed, statuses: holders }, verdict: s.status.nfr.onPremise > claimed ? 'yes' : 'no', more: 'status' };
    }
    case 'deadlines':
      return { data: { code: 'my-deadline', deadline: upcoming.find((d) => !d.met) }, more: 'deadlines' };
    case 'leads':
      return { data: { code: 'my-leads' }, more: 'status' };
    case 'overview':
      return { data: { code: 'my-overview', status, since: s.statusSince }, more: 'deadlines' };
    case 'bonus': {
      const { kickstart: rule } = rules.bonuses;
      const deadline = s.deadlines.find((d) => d.kind === 'kickstart-expiry');
      let kickstart: MyKickstart;
      if (!deadline) kickstart = { state: 'none', appliedAfter: rule.appliedAfter };
      else if (deadline.daysLeft < 0) kickstart = { state: 'ended', date: deadline.date, credited: deadline.kickstart?.credited ?? false };
      else if (deadline.kickstart?.credited) kickstart = { state: 'credited', subject: deadline.subject, date: deadline.date, daysLeft: deadline.daysLeft };
      else kickstart = { state: 'open', amount: rule.amount, date: deadline.date, daysLeft: deadline.daysLeft, eligible: deadline.kickstart?.eligible ?? false, missing: deadline.missing };
      const awards = upcoming.filter((d) => d.kind === 'award-expiry').map((d) => ({ subject: d.subject, date: d.date, daysLeft: d.daysLeft }));
      // "Can we still get the kickstart bonus?": yes while it can be received, no once it cannot
      // (and no award bonus is left to use either).
      const over = kickstart.state === 'none' || kickstart.state === 'ended';
      const verdict = over && awards.length === 0 ? 'no' as const : kickstart.state === 'open' && kickstart.eligible ? 'yes' as const : undefined;
      return { data: { code: 'my-bonus', kickstart, awards }, ...(verdict ? { verdict } : {}), more: 'deadlines' };
    }
  }
}
