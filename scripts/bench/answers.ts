/**
 * Answering free-text questions at N partners: the program corpus asked as a stranger, and its
 * personal questions asked as linked team members of generated partners, each timed through the
 * bot's own reply function (understanding, facts, the rules engine, rendering); and the corpus
 * accuracy on the shipped content.
 */
import { fixedClock } from '../../bot/clock.ts';
import { openContentSource } from '../../bot/content-source.ts';
import { replyTo } from '../../bot/features/answers.ts';
import { wordsFor } from '../../bot/i18n/words.ts';
import { accuracy, loadCorpus, runCorpus } from '../answers/corpus.ts';
import { percentile } from './stats.ts';

/** Per-question answering times at the content in `dir`, after the index is built once. */
export async function measureAnswers(dir: string, asOf: string): Promise<{ p50Ms: number; p99Ms: number; questions: number }> {
  const source = await openContentSource({ dir, clock: fixedClock(asOf) });
  try {
    const snapshot = source.current();
    const corpus = await loadCorpus('en');
    const view = { snapshot, t: wordsFor(snapshot.content, 'en'), siteUrl: 'https://partners.example.com', today: asOf };
    const members = snapshot.content.partners.filter((p) => p.program.telegram.length > 0);
    const asked: (() => unknown)[] = [
      ...corpus.program.map((c) => () => replyTo(view, c.q, { private: true })),
      ...corpus.personal.map((c, i) => () => replyTo(view, c.q, { private: true, partner: members[(i * 7919) % members.length] })),
    ];
    // One untimed round: the index is built on first use, and the code warms up.
    for (const ask of asked) ask();
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const ask of asked) {
        const start = performance.now();
        ask();
        times.push(performance.now() - start);
      }
    }
    return { p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), questions: asked.length };
  } finally {
    source.close();
  }
}

/** The share of the shipped corpus answered right, per set. */
export async function corpusAccuracy(asOf: string): Promise<{ program: number; personal: number; outOfScope: number }> {
  const source = await openContentSource({ clock: fixedClock(asOf) });
  try {
    const results = runCorpus({ snapshot: source.current(), today: asOf }, await loadCorpus('en'));
    return {
      program: accuracy(results.filter((r) => r.set === 'program')),
      personal: accuracy(results.filter((r) => r.set === 'personal')),
      outOfScope: accuracy(results.filter((r) => r.set === 'out-of-scope')),
    };
  } finally {
    source.close();
  }
}
