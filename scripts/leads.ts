/**
 * `npm run leads`: the implementation requests in the store (DATA_DIR), for admins.
 *
 * - `npm run leads` (or `-- --stats`): requests by country and kind, reservation and win rates,
 *   the same figures as the bot's `/leads stats`.
 * - `npm run leads -- --csv > requests.csv`: every request as CSV, with the partners that reserved
 *   it and their outcomes; never a contact detail or a description.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatIssue } from '../content/index.ts';
import { ConfigError, loadStoreConfig } from '../bot/config.ts';
import type { StoreConfig } from '../bot/config.ts';
import { openStore } from '../bot/store/open.ts';
import { parseTelegramHtml } from '../bot/dev/telegram-html.ts';
import { statsMessage } from '../bot/format/leads.ts';
import { wordsFor } from '../bot/i18n/words.ts';
import { leadsCsv } from '../bot/leads/export.ts';
import { STORE_FILE } from '../bot/store/sqlite.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: npm run leads -- [--stats | --csv]';

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), { csv: { type: 'boolean', default: false }, stats: { type: 'boolean', default: false } }, USAGE);
  if (values.csv && values.stats) throw new UsageError(`--csv and --stats go one at a time\n${USAGE}`);
  let config: StoreConfig;
  try {
    config = loadStoreConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.lines.map((line) => `Configuration error: ${line}`).join('\n'));
    throw error;
  }
  const { dataDir } = config;
  if (!config.databaseUrl && !existsSync(path.join(dataDir, STORE_FILE))) {
    console.error(`No store in ${dataDir} yet: no request has been taken there (set DATA_DIR to the one npm start uses).`);
    return 1;
  }
  const store = await openStore(config);
  try {
    if (values.csv) {
      process.stdout.write(leadsCsv(await store.leads.exportRows()));
      return 0;
    }
    const { content, issues } = await checkContent();
    if (!content) throw new Error(`the content has problems:\n${issues.map(formatIssue).join('\n')}`);
    console.log(parseTelegramHtml(statsMessage(wordsFor(content, 'en'), content.rules, await store.leads.stats()).value).plain.trim());
    return 0;
  } finally {
    await store.close();
  }
});
