/**
 * `npm run bot:console [-- --as <telegram-user-id>] [--admin] [--group] [--date YYYY-MM-DD]`
 *
 * Chat with the very same bot in a terminal, no Telegram needed: the bot runs against the Bot API
 * imitation in this process. Type a line to send it; the bot's replies are printed, with buttons as
 * numbered choices (type the number to press one). Works with piped input too:
 * `printf '/tiers\n' | npm run -s bot:console`. The store is kept in memory.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { closeDeps, openDeps } from './app.ts';
import { createBot } from './bot.ts';
import { fixedClock, systemClock } from './clock.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startFakeBotApi } from './dev/fake-bot-api.ts';
import { ConsoleChat } from './dev/console-chat.ts';

const USAGE = 'Usage: npm run bot:console [-- --as <telegram-user-id>] [--admin] [--group] [--date YYYY-MM-DD]';
/** A made-up token: the imitation only checks that the bot sends it back. */
const TOKEN = '1000000001:console-token-not-a-real-bot-token';
/** The user id the console speaks as, unless --as gives one. */
const GUEST_ID = 100000001;

function options() {
  try {
    const { values } = parseArgs({
      options: { as: { type: 'string' }, admin: { type: 'boolean' }, group: { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.as !== undefined && !/^[1-9]\d{0,15}$/.test(values.as)) throw new Error(`--as takes a Telegram user id (digits), not '${values.as}'`);
    if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new Error(`--date takes a day written YYYY-MM-DD, not '${values.date}'`);
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = options();
const userId = args.as ? Number(args.as) : GUEST_ID;
let config;
try {
  config = loadConfig({ BOT_TOKEN: TOKEN, SITE_URL: process.env.SITE_URL, BOT_ADMIN_IDS: args.admin ? String(userId) : process.env.BOT_ADMIN_IDS });
} catch (error) {
  if (error instanceof ConfigError) for (const line of error.lines) console.error(`Configuration error: ${line}`);
  process.exit(1);
}
const api = await startFakeBotApi({ token: TOKEN });
const log = createLogger(TOKEN, (line) => process.stderr.write(`${line}\n`));
const deps = await openDeps({ ...config, dataDir: ':memory:', apiRoot: api.apiRoot, rateLimit: { limit: 1000, windowMs: 60_000 } }, {
  watch: false,
  clock: args.date ? fixedClock(args.date) : systemClock,
  log: { ...log, info: () => {} },
}).catch(async (error: unknown) => {
  console.error(`The bot cannot start: ${error instanceof Error ? error.message : String(error)}`);
  await api.close();
  process.exit(1);
});

const bot = createBot(deps);
const polling = bot.start({ timeout: 30 });
const chat = new ConsoleChat(api, { userId, group: Boolean(args.group) }, async (update) => {
  await api.handled(api.pushUpdate(update), 30_000);
});
const interactive = process.stdin.isTTY === true;
if (interactive) {
  const who = deps.content.current().linked.get(String(userId))?.name;
  process.stdout.write(`Chatting with the bot as user ${userId}${who ? ` (${who})` : ''}${args.group ? ' in a group' : ''}. Ctrl-D to quit.\n`
    + 'Type a button\'s number to press it; to answer with a bare number while buttons are shown, add a word (2 clients).\n\n');
}

const lines = createInterface({ input: process.stdin, terminal: interactive, prompt: 'you> ' });
if (interactive) lines.prompt();
for await (const line of lines) {
  if (!interactive) process.stdout.write(`you> ${line}\n`);
  if (line.trim() !== '') process.stdout.write(await chat.send(line.trim()));
  if (interactive) lines.prompt();
}

await bot.stop();
await polling;
await api.close();
await closeDeps(deps);
