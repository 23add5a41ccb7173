/**
 * `npm run answers -- [--report] [--language en] [--date YYYY-MM-DD] [--json]`
 *
 * Asks the bot every question of the corpus (test/corpus/<language>/) and prints the accuracy of
 * each set: program questions, personal questions (figures computed by the rules engine for the
 * partner asked as), and questions the rules do not answer. `--report` also lists every miss with
 * the reply's first lines. A yes/no the rules contradict, or a figure where none is known, is
 * counted as wrong, apart from misses. Exit code 1 when any set is below 95% or anything is wrong.
 */
import { ContentError, formatIssue, isPlainDate } from '../content/index.ts';
import { fixedClock } from '../bot/clock.ts';
import { openContentSource } from '../bot/content-source.ts';
import { accuracy, loadCorpus, runCorpus } from './answers/corpus.ts';
import type { CaseResult } from './answers/corpus.ts';
import { percentile } from './bench/stats.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: npm run answers -- [--report] [--language en] [--date YYYY-MM-DD] [--json]';
/** The day the sample partners' data is recorded up to. */
const DEFAULT_DATE = '2026-11-24';
/** Below this share right, a set fails. */
const TARGET = 0.95;

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), {
    report: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    language: { type: 'string', default: 'en' },
    date: { type: 'string', default: DEFAULT_DATE },
  }, USAGE);
  if (!isPlainDate(values.date)) throw new UsageError(`--date must be a date written YYYY-MM-DD, not '${values.date}'`);
  let source;
  try {
    source = await openContentSource({ clock: fixedClock(values.date) });
  } catch (error) {
    if (error instanceof ContentError) throw new Error(`the content has problems:\n${error.issues.map(formatIssue).join('\n')}`, { cause: error });
    throw error;
  }
  const corpus = await loadCorpus(values.language);
  const results = runCorpus({ snapshot: source.current(), today: values.date }, corpus);
  source.close();
  const sets = (['program', 'personal', 'out-of-scope'] as const).map((set) => ({ set, results: results.filter((r) => r.set === set) }));
  const wrong = results.filter((r) => r.outcome === 'wrong');
  const times = results.map((r) => r.ms);
  if (values.json) {
    console.log(JSON.stringify({ sets: sets.map((s) => ({ set: s.set, questions: s.results.length, accuracy: accuracy(s.results) })), wrong: wrong.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), misses: results.filter((r) => r.outcome !== 'right') }, null, 2));
  } else {
    console.log(`Answers to the ${values.language} corpus, as of ${values.date}:`);
    for (const s of sets) {
      const right = s.results.filter((r) => r.outcome === 'right').length;
      const bad = s.results.filter((r) => r.outcome === 'wrong').length;
      console.log(`  ${s.set.padEnd(13)} ${String(right).padStart(3)} of ${String(s.results.length).padEnd(3)} right  ${percent(accuracy(s.results)).padStart(6)}${bad ? `  (${bad} wrong)` : ''}`);
    }
    console.log(`  answering: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms per question`);
    if (values.report) {
      const misses = results.filter((r) => r.outcome !== 'right');
      console.log(misses.length ? `\n${misses.length} not right:` : '\nEvery answer is right.');
      for (const r of misses) printMiss(r);
    }
  }
  const failing = sets.filter((s) => accuracy(s.results) < TARGET);
  return failing.length || wrong.length ? 1 : 0;
});

function printMiss(r: CaseResult): void {
  console.log(`\n${r.outcome === 'wrong' ? 'WRONG' : 'miss'} [${r.set}${r.as ? ` as ${r.as}` : ''}] ${r.q}`);
  for (const why of r.why) console.log(`  - ${why}`);
  console.log(r.reply.split('\n').filter(Boolean).slice(0, 4).map((l) => `    | ${l}`).join('\n'));
}
