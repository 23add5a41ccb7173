/**
 * /start and /help: what the bot can do, with buttons. The menu buttons (`h:<name>`) never expire:
 * they run the same command again. `/start <payload>` opens a command from a deep link (a group
 * sends people here with `?start=status`).
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { isAdmin, linkedPartner, track } from '../context.ts';
import { joinHtml, link } from '../format/html.ts';
import { docsUrl } from '../format/links.ts';
import { replyHtml } from '../reply.ts';
import { startCheck } from './check.ts';
import { showDeadlines } from './deadlines.ts';
import { askCountry } from './find.ts';
import { showStatus } from './status.ts';
import { showTiers } from './tiers.ts';

/**
 * What each menu button and deep-link payload runs. A Map, since the key comes from the user: a
 * plain object would also "have" `constructor` and `toString`.
 */
const ACTIONS: ReadonlyMap<string, (ctx: BotContext) => Promise<void>> = new Map<string, (ctx: BotContext) => Promise<void>>([
  ['tiers', showTiers],
  ['check', startCheck],
  ['find', (ctx) => askCountry(ctx)],
  ['status', showStatus],
  ['deadlines', showDeadlines],
  ['help', showHelp],
]);

/** The main menu; team members of a partner also get their own status and deadlines. */
function menu(ctx: BotContext): InlineKeyboard {
  const t = ctx.t.buttons;
  const keyboard = new InlineKeyboard().text(t.tiers, 'h:tiers').text(t.check, 'h:check').row().text(t.find, 'h:find').text(t.help, 'h:help');
  if (linkedPartner(ctx)) keyboard.row().text(t.status, 'h:status').text(t.deadlines, 'h:deadlines');
  return keyboard;
}

async function showWelcome(ctx: BotContext): Promise<void> {
  await track(ctx, 'start');
  const partner = linkedPartner(ctx);
  await replyHtml(ctx, joinHtml([
    ctx.t.start.welcome(ctx.snapshot.content.rules.info.name),
    partner && ctx.t.start.linked(partner.name),
  ], '\n\n'), menu(ctx));
}

/** The list of commands and a few example questions. */
async function showHelp(ctx: BotContext): Promise<void> {
  await track(ctx, 'help');
  const { rules } = ctx.snapshot.content;
  const partner = linkedPartner(ctx);
  await replyHtml(ctx, joinHtml([
    ctx.t.help.commands,
    isAdmin(ctx) && ctx.t.help.admin,
    partner && ctx.t.start.linked(partner.name),
    ctx.t.help.ask(ctx.t.help.examples(rules.statuses.at(-1)?.name ?? '')),
    ctx.t.help.source(link(docsUrl(ctx.deps.config.siteUrl, 'index'), ctx.t.help.docsName)),
  ], '\n\n'), menu(ctx));
}

/** /start, /help and the menu buttons. */
export const startFeature = new Composer<BotContext>();

// A payload that names no action (typed by hand, or from an old link) gets the welcome.
startFeature.command('start', async (ctx) => {
  const action = ACTIONS.get(ctx.match.trim());
  await (action ? action(ctx) : showWelcome(ctx));
});

startFeature.command('help', showHelp);

// A menu button naming no action (forged, or from a version that had it) shows the welcome and its menu.
startFeature.callbackQuery(/^h:([a-z]+)$/, async (ctx) => {
  const action = ACTIONS.get(ctx.match[1] ?? '');
  await ctx.answerCallbackQuery();
  await (action ? action(ctx) : showWelcome(ctx));
});
