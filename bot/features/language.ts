/**
 * /language: the languages of the catalogs, each as a button with its own name ("Deutsch",
 * "Español"); a tap stores the choice with the user, and from then on every message to them is
 * in it (replies, reminders, lead offers, admin messages). Until then the bot writes in the
 * language their Telegram is set to, when the catalogs have it, and otherwise in English.
 */
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.ts';
import { track } from '../context.ts';
import { wordsFor } from '../i18n/words.ts';
import { editOrReply, replyHtml } from '../reply.ts';

/** The callback data of a language button: `l:<locale id>`. */
const CHOOSE = 'l:';

/** Shows a button for every language, two to a row. */
export async function showLanguages(ctx: BotContext): Promise<void> {
  await track(ctx, 'language');
  const keyboard = new InlineKeyboard();
  const { locales } = ctx.snapshot.content.catalogs;
  locales.forEach((locale, i) => {
    keyboard.text(locale.id === ctx.t.locale.id ? `✓ ${locale.name}` : locale.name, `${CHOOSE}${locale.id}`);
    if (i % 2 === 1 && i < locales.length - 1) keyboard.row();
  });
  await replyHtml(ctx, ctx.t('bot-language-choose'), keyboard);
}

/** /language and its buttons. */
export const languageFeature = new Composer<BotContext>();
languageFeature.command('language', showLanguages);

languageFeature.callbackQuery(/^l:(.+)$/, async (ctx) => {
  const wanted = ctx.match[1] ?? '';
  // Only a language the catalogs have: the button's data comes from the user's client.
  const locale = ctx.snapshot.content.catalogs.locales.find((l) => l.id === wanted);
  if (!locale) {
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-language-expired') });
    return;
  }
  await ctx.deps.store.setUserLanguage(ctx.from.id, locale.id, ctx.deps.clock.now());
  ctx.t = wordsFor(ctx.snapshot.content, locale.id);
  await ctx.answerCallbackQuery();
  await editOrReply(ctx, ctx.t('bot-language-set', { language: locale.name }));
});
