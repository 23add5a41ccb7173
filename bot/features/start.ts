/**
 * /start and /help: what the bot can do, with buttons. The menu buttons (`h:<name>`) never expire:
 * they run the same command again. `/start <payload>` opens a command from a deep link (a group
 * sends people here with `?start=status`).
 */
import { Composer, InlineKeyboard } from 'grammy';
import { programNameWord } from '../../content/index.ts';
import type { BotContext } from '../context.ts';
import { isAdmin, linkedPartner, track } from '../context.ts';
import { html, joinHtml, link } from '../format/html.ts';
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
  const button = (name: string) => ctx.t.plain(`bot-button-${name}`);
  const keyboard = new InlineKeyboard().text(button('tiers'), 'h:tiers').text(button('check'), 'h:check').row().text(button('find'), 'h:find').text(button('help'), 'h:help');
  if (linkedPartner(ctx)) keyboard.row().text(button('status'), 'h:status').text(button('deadlines'), 'h:deadlines');
  return keyboard;
}

async function showWelcome(ctx: BotContext): Promise<void> {
  await track(ctx, 'start');
  const partner = linkedPartner(ctx);
  await replyHtml(ctx, joinHtml([
    ctx.t('bot-start-welcome', { program: ctx.t.text(programNameWord(ctx.snapshot.content.rules)) }),
    partner && ctx.t('bot-start-linked', { partner: partner.name }),
  ], '\n\n'), menu(ctx));
}

/** The list of commands and a few example questions. */
async function showHelp(ctx: BotContext): Promise<void> {
  await track(ctx, 'help');
  const { rules } = ctx.snapshot.content;
  const partner = linkedPartner(ctx);
  const { t } = ctx;
  const top = rules.statuses.at(-1);
  const examples = [t('bot-help-example-nfr'), t('bot-help-example-discount', { status: top ? t.status(top) : '' }), t('bot-help-example-bonus')];
  await replyHtml(ctx, joinHtml([
    t('bot-help-commands'),
    isAdmin(ctx) && t('bot-help-admin'),
    partner && t('bot-start-linked', { partner: partner.name }),
    t('bot-help-ask', { examples: joinHtml(examples.map((e) => html`• ${e}`)) }),
    t('bot-help-source', { docs: link(docsUrl(ctx.deps.config.siteUrl, t.locale, 'index'), t.plain('bot-help-docs-name')) }),
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
