/**
 * The /check conversation as a small state machine kept in the store: which question the user is
 * on and what they answered. Step 0 asks the status; step k asks question k of the status's
 * questions (derived from the rules); after the last one the engine gives the result.
 *
 * Every button carries the session id and its step (`c:<id>:<step>:<value>`), so a button from an
 * earlier question, an earlier check or a forged payload is recognised and answered as expired.
 */
import { randomBytes } from 'node:crypto';
import { InlineKeyboard } from 'grammy';
import { z } from 'zod';
import { readNumber, selfCheckQuestions, selfCheckSalesMonths } from '../../content/index.ts';
import type { Rules, SelfCheckQuestion } from '../../content/index.ts';
import type { Html } from '../format/html.ts';
import { joinHtml } from '../format/html.ts';
import type { T } from '../i18n/words.ts';

/** A check in progress, as stored. */
const checkSession = z.object({
  kind: z.literal('check'),
  id: z.string().regex(/^[a-f0-9]{8}$/),
  /** Rules version the questions were derived from. */
  version: z.string(),
  /** The status answered at step 0: an id, or null for "not a partner yet". */
  status: z.string().nullable(),
  step: z.int().min(0),
  answers: z.record(z.string(), z.union([z.number(), z.boolean()])),
  /** The message showing the current question, to take its buttons away once answered by text. */
  chatId: z.number(),
  messageId: z.number().optional(),
  /** When the current question was shown (ISO time, from the bot's clock). */
  shownAt: z.string().optional(),
});
/** A check in progress. */
export type CheckSession = z.infer<typeof checkSession>;

/** Pattern of a check button's data: session id, step and value. */
export const CHECK_BUTTON = /^c:([a-f0-9]{8}):(\d{1,3}):([a-z0-9-]{1,8})$/;

/** A fresh check for a chat. */
export function newSession(rules: Rules, chatId: number): CheckSession {
  return { kind: 'check', id: randomBytes(4).toString('hex'), version: rules.info.version, status: null, step: 0, answers: {}, chatId };
}

/** The stored value as a check session, or undefined (none, another kind, or from an older schema). */
export function asSession(stored: unknown): CheckSession | undefined {
  const parsed = checkSession.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The questions after the status question, for the answered status. None for someone not a
 * partner yet: they have no sales, courses or claims to report, and get how to become one.
 */
export function questionsOf(rules: Rules, session: CheckSession): SelfCheckQuestion[] {
  return session.status === null ? [] : selfCheckQuestions(rules, session.status);
}

/** A figure from the rules to show as an example answer: the target the question is for. */
export function exampleAnswer(q: SelfCheckQuestion): string {
  const r = q.requirement;
  return String(r.kind === 'sales' ? r.amount : r.kind === 'clients' ? r.count : 0);
}

/** The question at the session's step (undefined at step 0, the status question). */
export function currentQuestion(rules: Rules, session: CheckSession): SelfCheckQuestion | undefined {
  return session.step === 0 ? undefined : questionsOf(rules, session)[session.step - 1];
}

function questionText(t: T, rules: Rules, session: CheckSession, q: SelfCheckQuestion): Html {
  const r = q.requirement;
  if (q.answer === 'part') return t('bot-check-part', { status: session.status ? t.status(session.status) : '' });
  switch (r.kind) {
    case 'sales': return t('bot-check-amount', { months: selfCheckSalesMonths(rules, session.status ?? rules.statuses[0]?.id ?? ''), example: exampleAnswer(q) });
    case 'clients': return t('bot-check-count', { example: exampleAnswer(q) });
    case 'course': return t('bot-check-ask-course', { course: t.course(r.course) });
    case 'endorsement': return t(`bot-check-ask-endorsement-${r.channel}`);
    default: return t(`bot-check-ask-${r.kind}`);
  }
}

/** The message and buttons for the session's current step. */
export function questionView(t: T, rules: Rules, session: CheckSession): { text: Html; keyboard: InlineKeyboard } {
  const data = (value: string) => `c:${session.id}:${session.step}:${value}`;
  const button = (label: string, value: string) => InlineKeyboard.text(label, data(value));
  const named = (name: string, value: string) => button(t.plain(`bot-button-${name}`), value);
  if (session.step === 0) {
    const keyboard = InlineKeyboard.from([
      [named('not-partner', 'none')],
      rules.statuses.map((s, i) => button(t.status(s), `s${i}`)),
      [named('cancel', 'x')],
    ]);
    return { text: joinHtml([t('bot-check-title', { step: 1, total: 0 }), t('bot-check-status')], '\n\n'), keyboard };
  }
  const questions = questionsOf(rules, session);
  const q = questions[session.step - 1];
  if (!q) throw new Error(`check step ${session.step} is past the last question`);
  const answers = q.answer === 'yes-no' ? [named('yes', 'y'), named('no', 'n')]
    : q.answer === 'part' ? [named('all', 'all'), named('zero', '0')]
    : [named('zero', '0')];
  const keyboard = InlineKeyboard.from([answers, [named('back', 'back'), named('cancel', 'x')]]);
  return { text: joinHtml([t('bot-check-title', { step: session.step + 1, total: questions.length + 1 }), questionText(t, rules, session, q)], '\n\n'), keyboard };
}

/** The largest amount or count accepted, to keep typos like 10000000000 out. */
const MAX_NUMBER = 1e9;

/**
 * A typed figure, read with the content module's `readNumber` in either convention ("2,500",
 * "2.500,50", "€12.000", "3.5k", "2 clients"): one value of zero or more, two readings to ask
 * about ("2.600": 2600 or 2.6), or undefined when it is not a figure. `whole` for counts.
 */
export function readFigure(text: string, whole: boolean): { kind: 'number'; value: number } | { kind: 'ambiguous'; readings: [string, string] } | undefined {
  const reading = readNumber(text, { whole });
  if (reading.kind === 'ambiguous') return { kind: 'ambiguous', readings: [reading.readings[0].plain, reading.readings[1].plain] };
  return reading.kind === 'number' && reading.value >= 0 && reading.value <= MAX_NUMBER ? reading : undefined;
}
