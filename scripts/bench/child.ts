/**
 * Measurements that need a process of their own (wall time and peak memory of that process):
 * `node scripts/bench/child.ts check|check-kept|engine|plan|build|polling|webhook` with CONTENT_DIR (and
 * SITE_OUT_DIR for build, CHECK_CACHE for check-kept: the file `npm run check` keeps its results in;
 * UPDATES for the bot's: how many updates at once).
 * Prints one JSON line: { ms (the measurement, after the modules loaded), processMs (since the process started), maxRssMb, ... }.
 */
import { contentDir } from '../../content/src/config.ts';
import { prestartWorkersFor } from '../../content/src/load/parse-pool.ts';

const what = process.argv[2];
const asOf = process.argv[3] ?? '2026-11-24';
// As `npm run check -- --no-cache` does: the parse workers load their modules while this thread loads its own.
if (what === 'check') prestartWorkersFor(contentDir());
const { planRows } = await import('../../bot/reminders/plan.ts');
const { checkContent, checkWithCache, evaluatePartner, projectRoot } = await import('../../content/index.ts');
const started = performance.now();
const extra: Record<string, number> = {};
if (what === 'check') {
  const { content, issues } = await checkContent();
  if (!content || issues.length) throw new Error(`content has ${issues.length} problems`);
  extra.partners = content.partners.length;
} else if (what === 'check-kept') {
  // As `npm run check` does it: what the last check kept taken back, and kept again for the next.
  const kept = await checkWithCache(process.env.CHECK_CACHE as string);
  if (!kept.content || kept.issues.length) throw new Error(`content has ${kept.issues.length} problems`);
  kept.keep();
  extra.partners = kept.content.partners.length;
  extra.reused = kept.reused;
} else if (what === 'engine') {
  const { content } = await checkContent();
  if (!content) throw new Error('content did not load');
  const t = performance.now();
  let deadlines = 0;
  for (const partner of content.partners) deadlines += evaluatePartner(partner, content.rules, asOf).deadlines.length;
  extra.engineMs = performance.now() - t;
  extra.deadlines = deadlines;
} else if (what === 'plan') {
  const { content } = await checkContent();
  if (!content) throw new Error('content did not load');
  const t = performance.now();
  extra.rows = planRows(content, asOf, { hour: 9 }).length;
  extra.planMs = performance.now() - t;
} else if (what === 'build') {
  // Astro is loaded only here, so the other measurements' memory is the content module's own.
  const { build } = await import('astro');
  await build({ root: projectRoot, logLevel: 'error' });
} else if (what === 'polling' || what === 'webhook') {
  // The bot as `npm run bot` runs it, in a process of its own (the Bot API imitation in another).
  const { benchPolling, benchWebhook } = await import('./bot.ts');
  const count = Number(process.env.UPDATES ?? 1000);
  Object.assign(extra, await (what === 'polling' ? benchPolling : benchWebhook)(contentDir(), asOf, count));
} else {
  throw new Error(`unknown measurement '${what}'`);
}
const ms = performance.now() - started;
// processMs: from the process's start, its own modules' loading included.
console.log(JSON.stringify({ ms, processMs: performance.now(), maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }));
