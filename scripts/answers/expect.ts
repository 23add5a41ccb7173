/**
 * What a personal answer must carry, computed from the rules engine for the partner asked as, on
 * the day of the run: never typed in the corpus. One entry per kind of personal question. Figures,
 * dates, status names and the engine's messages are written as the corpus's language writes them
 * (`t`), and so are the few plain words ("met", "highest": PLAIN below).
 */
import { partnerRecord, renderMessage, statusWord, upcomingDeadlines } from '../../content/index.ts';
import type { Partner, Rules, Standing, Status, Translator } from '../../content/index.ts';

/** The kinds a personal corpus question can expect. */
export const PERSONAL_KINDS = [
  'discount', 'status', 'benefits', 'sales', 'window', 'keep', 'on-track', 'next', 'next-gap', 'gap', 'can-reach',
  'review', 'cutoff', 'nfr-expiry', 'key-expiry', 'bonus-expiry', 'nfr-extend', 'nfr-key-claim', 'deadlines', 'kickstart',
  'overview', 'leads', 'done-tutorial', 'done-sales', 'done-marketing', 'done-website', 'done-courses',
] as const;
export type PersonalExpectKind = (typeof PERSONAL_KINDS)[number];

/** The plain words an answer of each kind carries, per language (any of them), as the bot's catalogs put them. */
const PLAIN = {
  met: { en: ['met'], de: ['erfüllen bereits', 'erreicht'], es: ['ya cumples'], pt: ['já cumpriu', 'estão cumpridas'] },
  highest: { en: ['highest'], de: ['höchste'], es: ['más alto'], pt: ['mais alto'] },
  cancelled: { en: ['cancelled'], de: ['aufgehoben'], es: ['se canceló'], pt: ['cancelado'] },
  qualifies: { en: ['apply', 'every requirement'], de: ['beantragen', 'alle anforderungen'], es: ['solicita', 'todos los requisitos'], pt: ['peça', 'todos os requisitos'] },
  'no-nfr': { en: ['no NFR cloud subscription'], de: ['kein NFR-Cloud-Abonnement'], es: ['ninguna suscripción NFR'], pt: ['assinatura NFR na nuvem registrada'] },
  'no-key': { en: ['no NFR on-premise key'], de: ['kein NFR-On-Premise-Schlüssel'], es: ['ninguna clave NFR'], pt: ['chave NFR on-premise registrada'] },
  'no-bonus': { en: ['no bonus'], de: ['keinen Bonus'], es: ['ningún bono'], pt: ['nenhum bônus'] },
  'no-deadline': { en: ['no upcoming'], de: ['keine anstehende'], es: ['ningún plazo'], pt: ['nenhum prazo'] },
  'applied-after': { en: ['applied after'], de: ['Antrag nach dem'], es: ['solicitud después del'], pt: ['inscreveram depois de'] },
} as const;

/** The words of PLAIN `kind` in `t`'s language (English for a language it does not have). */
function plain(t: Translator, kind: keyof typeof PLAIN): string[] {
  const language = (t.locale.id.split('-')[0] ?? 'en').toLowerCase();
  const words: Record<string, readonly string[]> = PLAIN[kind];
  return [...(Object.hasOwn(words, language) ? words[language] ?? [] : words.en ?? [])];
}

/** What the answer must say (each item: any of its options), its yes or no, and what it must not say. */
export interface Expected {
  says: (string | string[])[];
  verdict?: 'yes' | 'no';
  not?: string[];
}

/** The money missing for the sales requirement among `results`, when it is unmet. */
function gap(t: Translator, results: readonly { met: boolean; requirement: { kind: string }; progress?: { current: number; target: number } }[]): string | undefined {
  const r = results.find((x) => x.requirement.kind === 'sales' && x.progress);
  return r?.progress && !r.met ? t.money(r.progress.target - r.progress.current) : undefined;
}

/** The expectation of `kind` for `s`, in `t`'s language. */
export function expectedFor(kind: PersonalExpectKind, s: Standing, rules: Rules, t: Translator, partner: Partner): Expected {
  const name = (status: Pick<Status, 'id' | 'name'>) => renderMessage(t, statusWord(status));
  if (!s.status) return { says: [name(s.recordedStatus), plain(t, 'cancelled')] };
  const upcoming = upcomingDeadlines(s.deadlines);
  const first = (kinds: string[]) => upcoming.find((d) => kinds.includes(d.kind));
  const keepGap = s.keep ? gap(t, s.keep.requirements) : undefined;
  const nextGap = s.next ? gap(t, s.next.requirements) : undefined;
  const dateOr = (kinds: string[], none: string[]) => {
    const d = first(kinds);
    return { says: [d ? t.day(d.date) : none] };
  };
  switch (kind) {
    case 'discount': return { says: [t.percent(s.discount)] };
    case 'status': return { says: [name(s.status)] };
    case 'benefits': return { says: s.benefits.filter((b) => b.available).slice(0, 2).map((b) => renderMessage(t, b.text)) };
    case 'sales': return { says: s.sales.slice(0, 1).map((f) => t.money(f.counted)) };
    case 'window': return { says: s.sales.slice(0, 1).flatMap((f) => [t.day(f.window.from), t.day(f.window.to)]) };
    case 'keep':
      if (!s.keep) return { says: [name(s.status)] };
      if (s.keep.met) return { says: [plain(t, 'met')] };
      return { says: [t.day(s.keep.by), ...(keepGap ? [keepGap] : s.keep.requirements.filter((r) => !r.met).map((r) => renderMessage(t, r.missing ?? r.label)))] };
    case 'on-track':
      if (!s.keep) return { says: [name(s.status)] };
      if (s.keep.met) return { says: [t.day(s.keep.by)], verdict: 'yes' };
      return { says: [t.day(s.keep.by), ...(keepGap ? [keepGap] : [])], not: [t.t('bot-answer-yes')] };
    case 'next':
      if (!s.next) return { says: [plain(t, 'highest')] };
      if (s.next.qualifies) return { says: [name(s.next.status), plain(t, 'qualifies')] };
      return { says: [name(s.next.status), ...(nextGap ? [nextGap] : [])] };
    case 'next-gap':
      if (!s.next) return { says: [plain(t, 'highest')] };
      return { says: [name(s.next.status), ...(nextGap ? [nextGap] : [])] };
    case 'gap':
      return { says: [keepGap ?? nextGap ?? plain(t, 'met')] };
    case 'can-reach':
      if (!s.next) return { says: [plain(t, 'highest')] };
      return s.next.qualifies ? { says: [name(s.next.status)], verdict: 'yes' } : { says: [name(s.next.status), ...(nextGap ? [nextGap] : [])], not: [t.t('bot-answer-yes')] };
    case 'review':
      if (s.keep?.kind === 'annual-review') return { says: [t.day(s.keep.by)] };
      return { says: [name(s.status), ...(s.keep?.kind === 'probation' ? [t.day(s.keep.by)] : [])] };
    case 'cutoff':
      return s.keep?.kind === 'probation' ? { says: [t.day(s.keep.by)] } : { says: [name(s.status)] };
    case 'nfr-expiry': return dateOr(['nfr-cloud-expiry'], plain(t, 'no-nfr'));
    case 'key-expiry': return dateOr(['nfr-key-expiry'], plain(t, 'no-key'));
    case 'bonus-expiry': return dateOr(['kickstart-expiry', 'award-expiry'], plain(t, 'no-bonus'));
    case 'nfr-extend': return { says: [], verdict: rules.nfr.cloud.extendableFor.includes(s.status.id) ? 'yes' : 'no' };
    // Whether one can be claimed now: the status allows more keys than are running.
    case 'nfr-key-claim': return { says: [], verdict: s.status.nfr.onPremise > s.deadlines.filter((d) => d.kind === 'nfr-key-expiry').length ? 'yes' : 'no' };
    case 'deadlines': {
      const next = upcoming.find((d) => !d.met);
      return { says: [next ? t.day(next.date) : plain(t, 'no-deadline')] };
    }
    // The partner's requests live in the store, not the content: the answer says where to see them.
    case 'leads': return { says: ['/leads'] };
    // Whether the partner has done a thing, from its record: the thing named, and yes or no.
    case 'done-tutorial':
    case 'done-sales':
    case 'done-marketing':
    case 'done-website': {
      const [done] = partnerRecord(partner, rules, s, [kind === 'done-website' ? { kind: 'endorsement', channel: 'website' } : { kind: 'course', course: kind.slice('done-'.length) }]);
      return done ? { says: [renderMessage(t, done.label)], verdict: done.met ? 'yes' : 'no' } : { says: [] };
    }
    // Which courses it has done: every course named.
    case 'done-courses':
      return { says: partnerRecord(partner, rules, s, rules.courses.map((c) => ({ kind: 'course', course: c.id }))).map((r) => renderMessage(t, r.label)) };
    // The whole standing, as /status shows it: the status and the discount at its head, the next deadline at its foot.
    case 'overview': {
      const next = upcoming.find((d) => !d.met);
      return { says: [name(s.status), t.percent(s.discount), ...(next ? [t.day(next.date)] : [])] };
    }
    case 'kickstart': {
      // Whether the kickstart bonus can still be had, and until when: from its deadline, if the partner has one.
      const d = s.deadlines.find((x) => x.kind === 'kickstart-expiry');
      const awards = upcoming.some((x) => x.kind === 'award-expiry');
      if (!d) return { says: [plain(t, 'applied-after'), t.day(rules.bonuses.kickstart.appliedAfter)], ...(awards ? {} : { verdict: 'no' as const }) };
      if (d.daysLeft < 0) return { says: [t.day(d.date)], ...(awards ? {} : { verdict: 'no' as const }), not: [t.t('bot-answer-yes')] };
      if (d.kickstart?.eligible && !d.kickstart.credited) return { says: [t.day(d.date)], verdict: 'yes' };
      return { says: [t.day(d.date)], not: [t.t('bot-answer-no')] };
    }
  }
}
