/**
 * `npm run reminders -- --dry-run [--as-of YYYY-MM-DD]`: the deadline reminders that go out on a
 * day (today by default), to whom, and the message each will read. Reads the content only.
 *
 * `npm run reminders -- --send`: plans and delivers what is due now, then exits; the same work the
 * bot does every minute (useful from a system cron job, or to catch up without starting the bot).
 * Needs BOT_TOKEN and writes to the store in DATA_DIR.
 *
 * `npm run reminders -- --status`: the ledger's counts (due, sent, failed, unreachable...).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, contentDir, formatIssue, isPlainDate, todayUtc } from '../content/index.ts';
import { closeDeps, loadFullConfig, openDeps } from '../bot/app.ts';
import { ConfigError, loadConfig, loadReminderConfig } from '../bot/config.ts';
import { wordsFor } from '../bot/i18n/words.ts';
import { dryRunReport } from '../bot/reminders/dry-run.ts';
import { createReminderService } from '../bot/reminders/service.ts';
import { contentDigest } from '../bot/store/cluster-content.ts';
import { openStore } from '../bot/store/open.ts';
import { STORE_FILE } from '../bot/store/sqlite.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: npm run reminders -- --dry-run [--as-of YYYY-MM-DD] | --send | --status';

/** A token for reading the configuration in a dry run, which never talks to Telegram. */
const NO_TOKEN = '100000:dry-run-never-sends-anything-to-telegram';

/** The configuration, or a UsageError with one line per bad variable. */
function configOrExplain<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.lines.map((line) => `Configuration error: ${line}`).join('\n'));
    throw error;
  }
}

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), {
    'dry-run': { type: 'boolean', default: false },
    send: { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
  }, USAGE);
  const modes = [values['dry-run'], values.send, values.status].filter(Boolean).length;
  if (modes !== 1) throw new UsageError(USAGE);
  if (values['as-of'] !== undefined && !values['dry-run']) throw new UsageError('--as-of only goes with --dry-run: real reminders are sent at the real time.');

  if (values['dry-run']) {
    const asOf = values['as-of'] ?? todayUtc();
    if (!isPlainDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not '${asOf}'`);
    const config = configOrExplain(() => ({ ...loadConfig({ BOT_TOKEN: NO_TOKEN, ...process.env }), reminders: loadReminderConfig() }));
    const { content, issues } = await checkContent();
    if (!content) throw new Error(`the content has problems:\n${issues.map(formatIssue).join('\n')}`);
    console.log(dryRunReport(content, asOf, config.reminders, wordsFor(content, 'en'), config.siteUrl));
    return 0;
  }

  if (values.status) {
    const config = configOrExplain(() => loadConfig({ BOT_TOKEN: NO_TOKEN, ...process.env }));
    if (!config.databaseUrl && !existsSync(path.join(config.dataDir, STORE_FILE))) {
      console.log(`No store in ${config.dataDir} yet: the bot has not run there (set DATA_DIR to the bot's).`);
      return 0;
    }
    const store = await openStore(config);
    const counts = await store.reminders.counts(new Date());
    await store.close();
    const { recentFailures, ...rest } = counts;
    for (const [state, n] of Object.entries(rest)) console.log(`${state.padEnd(12)}${n}`);
    for (const f of recentFailures) console.log(`failed: ${f.at.toISOString()} user ${f.userId} ${f.kind}: ${f.reason}`);
    return 0;
  }

  const config = configOrExplain(() => loadFullConfig());
  const deps = await openDeps(config, { watch: false });
  try {
    // On a shared PostgreSQL the plan is written only from the newest content: this content is recorded (never as the newest).
    if (deps.store.cluster) await deps.store.cluster.recordContent(await contentDigest(contentDir()), deps.content.current().version, false);
    const service = createReminderService(deps);
    const planned = await service.plan();
    const report = await service.send();
    console.log(`planned: ${planned.added} new, ${planned.updated} re-timed, ${planned.cancelled} cancelled`);
    console.log(`sent ${report.sent} of ${report.claimed} claimed: ${report.retried} to retry, ${report.failed} failed, `
      + `${report.unreachable} unreachable, ${report.cancelled} no longer applied, ${report.tooManyRequests} × 429, ${report.elapsedMs} ms`);
    if (report.refused) {
      console.error(`The Bot API refused the bot (${report.refused}): check BOT_TOKEN and BOT_API_ROOT.`);
      return 1;
    }
    return 0;
  } finally {
    await closeDeps(deps);
  }
});
