/**
 * `npm run bot:console [-- --as <telegram-user-id>] [--admin] [--group] [--date YYYY-MM-DD] [--language de] [--memory]`
 *
 * Chat with the very same bot in a terminal, no Telegram needed: the bot runs against the Bot API
 * imitation in this process. Type a line to send it; the bot's replies are printed, with buttons as
 * numbered choices (type the number to press one). Works with piped input too:
 * `printf '/tiers\n' | npm run -s bot:console`.
 *
 * The store is the one in DATA_DIR (default ./data), the same `npm start` uses: a request a client
 * sends on the site arrives here, within a few seconds, for a user on the team of a partner that
 * receives it. The console only ever delivers its own user's messages (new requests); the rest of
 * the store's messages wait for the real bot. `--memory` uses a throwaway store instead.
 * `--language de` speaks as a user whose Telegram is set to German (the bot stores it at first contact).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { closeDeps, openDeps } from './app.ts';
import { createBot } from './bot.ts';
import { fixedClock, systemClock } from './clock.ts';
import { ConfigError, DEFAULT_REMINDERS, loadConfig, loadStoreConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startFakeBotApi } from './dev/fake-bot-api.ts';
import { ConsoleChat } from './dev/console-chat.ts';
import { createReminderService } from './reminders/service.ts';

const USAGE = 'Usage: npm run bot:console [-- --as <telegram-user-id>] [--admin] [--group] [--date YYYY-MM-DD] [--language <telegram language_code>] [--memory]';
/** A made-up token: the imitation only checks that the bot sends it back. */
const TOKEN = '1000000001:console-token-not-a-real-bot-token';
/** The user id the console speaks as, unless --as gives one. */
const GUEST_ID = 100000001;
/** How often messages the bot sends on its own (a new request) are looked for and printed. */
const PUSH_MS = 300;
/** How often the store is looked at for requests not offered yet. */
const LEAD_POLL_MS = 2000;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        as: { type: 'string' }, admin: { type: 'boolean' }, group: { type: 'boolean' }, date: { type: 'string' }, language: { type: 'string' }, memory: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.as !== undefined && !/^[1-9]\d{0,15}$/.test(values.as)) throw new Error(`--as takes a Telegram user id (digits), not '${values.as}'`);
    if (values.language !== undefined && !/^[a-z]{2,3}(?:-[a-z]{2,4})?$/i.test(values.language)) throw new Error(`--language takes a language code like de or pt-br, not '${values.language}'`);
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
let dataDir;
let databaseUrl: string | undefined;
try {
  config = loadConfig({ BOT_TOKEN: TOKEN, SITE_URL: process.env.SITE_URL, BOT_ADMIN_IDS: args.admin ? String(userId) : process.env.BOT_ADMIN_IDS });
  const store = loadStoreConfig(process.env);
  dataDir = args.memory ? ':memory:' : store.dataDir;
  databaseUrl = args.memory ? undefined : store.databaseUrl;
} catch (error) {
  if (error instanceof ConfigError) for (const line of error.lines) console.error(`Configuration error: ${line}`);
  process.exit(1);
}
const api = await startFakeBotApi({ token: TOKEN });
const log = createLogger(TOKEN, (line) => process.stderr.write(`${line}\n`));
const clock = args.date ? fixedClock(args.date) : systemClock;
const deps = await openDeps({ ...config, dataDir, databaseUrl, apiRoot: api.apiRoot, rateLimit: { limit: 1000, windowMs: 60_000 } }, {
  watch: false,
  clock,
  log: { ...log, info: () => {} },
}).catch(async (error: unknown) => {
  console.error(`The bot cannot start: ${error instanceof Error ? error.message : String(error)}`);
  await api.close();
  process.exit(1);
});

const bot = createBot(deps);
const polling = bot.start({ timeout: 30 });
const chat = new ConsoleChat(api, { userId, group: Boolean(args.group), ...(args.language ? { languageCode: args.language } : {}) }, async (update) => {
  await api.handled(api.pushUpdate(update), 30_000);
});
// New requests for this user's partner, through the same sender the bot uses; never planning
// reminders into a shared store from a console's clock, never sending anyone else's messages.
await deps.store.seeUser(userId, clock.now());
const leads = createReminderService(deps, {
  config: { ...(deps.config.reminders ?? DEFAULT_REMINDERS), enabled: false },
  api: new Api(TOKEN, { apiRoot: api.apiRoot }),
  only: { userId },
  leadPollMs: LEAD_POLL_MS,
});
void leads.start();

const interactive = process.stdin.isTTY === true;
if (interactive) {
  const who = deps.content.current().linked.get(String(userId))?.name;
  process.stdout.write(`Chatting with the bot as user ${userId}${who ? ` (${who})` : ''}${args.group ? ' in a group' : ''}. Ctrl-D to quit.\n`
    + 'Type a button\'s number to press it; to answer with a bare number while buttons are shown, add a word (2 clients).\n'
    + `${args.memory ? 'The store is kept in memory.' : `Store: ${dataDir} (the one npm start uses with the same DATA_DIR): requests sent on the site arrive here.`}\n\n`);
}

const lines = createInterface({ input: process.stdin, terminal: interactive, prompt: 'you> ' });
const showPushed = () => {
  const out = chat.pushed();
  if (!out) return;
  process.stdout.write(interactive ? `\r\x1b[K${out}` : out);
  if (interactive) lines.prompt(true);
};
const pushTimer = setInterval(showPushed, PUSH_MS);
if (interactive) lines.prompt();
for await (const line of lines) {
  showPushed();
  if (!interactive) process.stdout.write(`you> ${line}\n`);
  if (line.trim() !== '') process.stdout.write(await chat.send(line.trim()));
  if (interactive) lines.prompt();
}

clearInterval(pushTimer);
showPushed();
await leads.stop();
await bot.stop();
await polling;
await api.close();
await closeDeps(deps);
