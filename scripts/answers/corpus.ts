/**
 * The question corpus (test/corpus/<language>/*.yaml) asked of the bot's own answer function, and
 * each answer checked against what it must carry: the figures and phrases, the yes or no (a "Yes."
 * that the rules contradict is counted apart: it is worse than no answer), and for personal
 * questions the figures and dates the rules engine computes for that partner. Used by
 * `npm run answers` and by the corpus test.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, evaluatePartner, matchLocale, parseWithFriendlyErrors, projectRoot, SOURCE_LOCALE, translatorFor } from '../../content/index.ts';
import type { Partner, PlainDate, Translator } from '../../content/index.ts';
import { parseYamlSource } from '../../content/src/load/source.ts';
import type { ContentSnapshot } from '../../bot/content-source.ts';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { replyTo } from '../../bot/features/answers.ts';
import { wordsFor } from '../../bot/i18n/words.ts';
import { expectedFor, PERSONAL_KINDS } from './expect.ts';

/** The corpus folder. */
export const CORPUS_DIR = path.join(projectRoot, 'test/corpus');

const said = z.union([z.string(), z.array(z.string()).min(1)]);
const programCase = z.strictObject({
  q: z.string().min(1),
  says: z.array(said).default([]),
  verdict: z.enum(['yes', 'no']).optional(),
  verdicts: z.array(z.enum(['yes', 'no'])).optional(),
  tags: z.array(z.enum(['whatif', 'typo', 'multi', 'short', 'long', 'casual'])).default([]),
});
const personalCase = z.strictObject({ as: z.string().min(1), q: z.string().min(1), expect: z.enum(PERSONAL_KINDS) });
const outOfScopeCase = z.strictObject({ q: z.string().min(1) });

/** A question about the program and what its answer must carry. */
export type ProgramCase = z.infer<typeof programCase>;
/** A personal question, asked as a team member of partner `as`. */
export type PersonalCase = z.infer<typeof personalCase>;

/** The corpus of one language. */
export interface Corpus {
  /** The language it is written in: its folder's name (`en`, `de`, `pt`); the bot answers in it. */
  language: string;
  program: (ProgramCase & { file: string })[];
  personal: (PersonalCase & { file: string })[];
  outOfScope: { q: string; file: string }[];
}

/** Reads `<dir>/<language>/*.yaml`; a file named personal.yaml holds personal questions, out-of-scope.yaml unanswerable ones. */
export async function loadCorpus(language = 'en', dir = CORPUS_DIR): Promise<Corpus> {
  const folder = path.join(dir, language);
  const corpus: Corpus = { language, program: [], personal: [], outOfScope: [] };
  const issues = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = path.relative(projectRoot, path.join(folder, name));
    const source = parseYamlSource(await readFile(path.join(folder, name), 'utf8'), file);
    issues.push(...source.issues);
    const schema = name === 'personal.yaml' ? z.array(personalCase) : name === 'out-of-scope.yaml' ? z.array(outOfScopeCase) : z.array(programCase);
    const result = parseWithFriendlyErrors(schema, source.data, file, source.locate);
    issues.push(...result.issues);
    if (!result.data) continue;
    if (name === 'personal.yaml') corpus.personal.push(...(result.data as PersonalCase[]).map((c) => ({ ...c, file })));
    else if (name === 'out-of-scope.yaml') corpus.outOfScope.push(...(result.data as { q: string }[]).map((c) => ({ ...c, file })));
    else corpus.program.push(...(result.data as ProgramCase[]).map((c) => ({ ...c, file })));
  }
  if (issues.length) throw new ContentError(issues);
  return corpus;
}

/** How one answer fared: right, missing something, or wrong (a contradicted yes/no, a figure where none is known). */
export type Outcome = 'right' | 'missed' | 'wrong';

/** One question's result. */
export interface CaseResult {
  set: 'program' | 'personal' | 'out-of-scope';
  q: string;
  as?: string;
  outcome: Outcome;
  /** What was missing or wrong. */
  why: string[];
  /** The reply, as the user reads it. */
  reply: string;
  ms: number;
}

/** Text compared loosely: lowercase, no accents, no money prefix, no thousands separators, one space. */
export function loose(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\$\/€|[$€]/g, '').replace(/(\d),(\d{3})/g, '$1$2').replace(/[’']/g, "'").replace(/\s+/g, ' ');
}

/** The yes/no lines of a reply, in order. */
function verdictsOf(reply: string, t: Translator): ('yes' | 'no')[] {
  const yes = t.t('bot-answer-yes');
  const no = t.t('bot-answer-no');
  return reply.split('\n').map((l) => l.trim()).flatMap((l) => (l === yes ? ['yes' as const] : l === no ? ['no' as const] : []));
}

/** Whether a reply says the bot does not know or is not sure, in the corpus language's words (the first words of those answers, markup left out). */
function declines(reply: string, t: Translator): boolean {
  const phrases = ['bot-answer-unknown', 'bot-answer-unknown-nearest', 'bot-answer-unsure-sections']
    .map((id) => loose(t.t(id, { docs: '' }).replace(/<[^>]*>/g, '').split(/[,.:;]/)[0] ?? '').replace(/^\W+/, '').trim()).filter((p) => p.length > 4);
  const text = loose(reply);
  return phrases.some((p) => text.includes(p)) || /don't know|not sure/i.test(reply);
}

/** A figure in a reply: money, a percentage, a duration. */
const FIGURE = /\d[\d,.]*\s?(?:%|days?|months?|years?|business days?|gb\b)|\$\/€\s?\d/i;

/** Checks a reply against what it must say; returns what is missing or wrong. */
function checkSays(reply: string, says: readonly (string | readonly string[])[]): string[] {
  const text = loose(reply);
  return says.flatMap((item) => {
    const options = typeof item === 'string' ? [item] : item;
    return options.some((o) => text.includes(loose(o))) ? [] : [`does not say ${options.map((o) => `“${o}”`).join(' or ')}`];
  });
}

/** Everything a corpus run needs: the bot's content and the day the engine evaluates. */
export interface CorpusRun {
  snapshot: ContentSnapshot;
  today: PlainDate;
  siteUrl?: string;
}

/** The words of the catalog for a corpus language (`pt` is pt-BR's), English when there is none. */
function languageWords(run: CorpusRun, language: string): Translator {
  const { catalogs, rules } = run.snapshot.content;
  return translatorFor(catalogs, matchLocale([language], catalogs.locales)?.id ?? SOURCE_LOCALE, rules.info.moneyPrefix);
}

/** The user's view of a reply. */
function asked(run: CorpusRun, language: string, q: string, asker?: Partner): { reply: string; ms: number } {
  const start = performance.now();
  const reply = replyTo({ snapshot: run.snapshot, t: wordsFor(run.snapshot.content, language), language, siteUrl: run.siteUrl ?? 'https://partners.example.com', today: run.today }, q, asker ? { partner: asker, private: true } : { private: true });
  const ms = performance.now() - start;
  return { reply: parseTelegramHtml(reply.message.value).text, ms };
}

/** Asks every question of `corpus` and checks every answer. */
export function runCorpus(run: CorpusRun, corpus: Corpus): CaseResult[] {
  const results: CaseResult[] = [];
  const words = languageWords(run, corpus.language);
  for (const c of corpus.program) {
    const { reply, ms } = asked(run, corpus.language, c.q);
    const why = checkSays(reply, c.says);
    const expected = c.verdict ? [c.verdict] : c.verdicts ?? [];
    const got = verdictsOf(reply, words);
    const wrong = expected.length > 0 && got.some((v, i) => expected[i] !== undefined && v !== expected[i]);
    if (wrong) why.push(`says ${got.join(', ')} where the rules say ${expected.join(', ')}`);
    else if (expected.length > 0 && got.length < expected.length) why.push(`gives no “${expected.map((v) => (v === 'yes' ? 'Yes.' : 'No.')).join(' ')}”`);
    results.push({ set: 'program', q: c.q, outcome: wrong ? 'wrong' : why.length ? 'missed' : 'right', why, reply, ms });
  }
  const partners = new Map(run.snapshot.content.partners.map((p) => [p.slug, p]));
  for (const c of corpus.personal) {
    const partner = partners.get(c.as);
    if (!partner) {
      results.push({ set: 'personal', q: c.q, as: c.as, outcome: 'missed', why: [`there is no partner '${c.as}'`], reply: '', ms: 0 });
      continue;
    }
    const standing = evaluatePartner(partner, run.snapshot.content.rules, run.today);
    const expected = expectedFor(c.expect, standing, run.snapshot.content.rules, words, partner);
    const { reply, ms } = asked(run, corpus.language, c.q, partner);
    const why = checkSays(reply, expected.says);
    const got = verdictsOf(reply, words);
    const wrong = expected.verdict !== undefined && got.length > 0 && got[0] !== expected.verdict;
    if (wrong) why.push(`says ${got[0]} where the engine says ${expected.verdict}`);
    else if (expected.verdict && got.length === 0) why.push(`gives no “${expected.verdict === 'yes' ? 'Yes.' : 'No.'}”`);
    for (const avoid of expected.not ?? []) if (loose(reply).includes(loose(avoid))) why.push(`says “${avoid}”`);
    results.push({ set: 'personal', q: c.q, as: c.as, outcome: wrong ? 'wrong' : why.length ? 'missed' : 'right', why, reply, ms });
  }
  for (const c of corpus.outOfScope) {
    const { reply, ms } = asked(run, corpus.language, c.q);
    const declined = declines(reply, words);
    const figure = FIGURE.exec(reply)?.[0];
    const why = [...(declined ? [] : ['does not say it does not know']), ...(figure && !declined ? [`gives a figure (“${figure}”)`] : [])];
    results.push({ set: 'out-of-scope', q: c.q, outcome: figure && !declined ? 'wrong' : why.length ? 'missed' : 'right', why, reply, ms });
  }
  return results;
}

/** Accuracy of a set of results: the share answered right. */
export function accuracy(results: readonly CaseResult[]): number {
  return results.length === 0 ? 1 : results.filter((r) => r.outcome === 'right').length / results.length;
}
