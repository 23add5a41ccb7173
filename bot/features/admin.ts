/**
 * Admin commands (ids from BOT_ADMIN_IDS): /reload reads the content again now; /stats shows usage.
 * A reload set off by a file change that finds problems keeps the last good content and tells
 * every admin (see `notifyAdmins`).
 */
import { formatIssue } from '../../content/index.ts';
import { Composer } from 'grammy';
import type { Api } from 'grammy';
import type { BotContext, BotDeps } from '../context.ts';
import { isAdmin, track } from '../context.ts';
import type { ReloadResult } from '../content-source.ts';
import type { Html } from '../format/html.ts';
import { html, joinHtml } from '../format/html.ts';
import { splitHtml } from '../format/split.ts';
import type { T } from '../i18n/words.ts';
import { wordsFor } from '../i18n/words.ts';
import { replyHtml } from '../reply.ts';

/** Problems listed in one message; the rest are counted. */
const MAX_PROBLEMS = 15;
const WEEK_MS = 7 * 86_400_000;

/** A time as admins read it: `2026-11-24 09:30 UTC`. */
function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The message for a reload. */
function reloadMessage(t: T, result: ReloadResult): Html {
  if (result.ok) {
    const { content } = result.snapshot;
    const warnings = content.warnings.map(formatIssue);
    const shown = warnings.slice(0, MAX_PROBLEMS).map((w) => html`• <code>${w}</code>`);
    return joinHtml([
      t('bot-admin-reloaded', { partners: content.partners.length, pages: content.docs.length, version: content.rules.info.version }),
      warnings.length > 0 && t('bot-admin-warnings', { count: warnings.length }),
      ...shown,
      warnings.length > shown.length && t('bot-admin-more-problems', { count: warnings.length - shown.length }),
    ]);
  }
  const shown = result.problems.slice(0, MAX_PROBLEMS).map((p) => html`• <code>${p}</code>`);
  const more = result.problems.length - shown.length;
  return joinHtml([
    t('bot-admin-failed', { count: result.problems.length, keptAt: stamp(result.kept.loadedAt) }),
    ...shown,
    more > 0 && t('bot-admin-more-problems', { count: more }),
  ]);
}

/** Tells every admin that a reload failed; an admin who cannot be reached is logged and skipped. */
export async function notifyAdmins(api: Api, deps: BotDeps, result: ReloadResult): Promise<void> {
  const content = result.ok ? result.snapshot.content : result.kept.content;
  for (const id of deps.config.adminIds) {
    try {
      // In each admin's own language (English until one is known).
      const message = reloadMessage(wordsFor(content, await deps.store.userLanguage(id)), result);
      for (const part of splitHtml(message)) await api.sendMessage(id, part.value, { parse_mode: 'HTML' });
    } catch (error) {
      deps.log.warn(`could not tell admin ${id} about the content problems: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** /reload and /stats. */
export const adminFeature = new Composer<BotContext>();

/** Admin commands answer only admins, and only in a private chat. */
const admins = adminFeature.filter((ctx) => isAdmin(ctx) && ctx.chat?.type === 'private');

admins.command('reload', async (ctx) => {
  await track(ctx, 'reload');
  await replyHtml(ctx, reloadMessage(ctx.t, await ctx.deps.content.reload('command')));
});

admins.command('stats', async (ctx) => {
  await track(ctx, 'stats');
  const { store, clock, content } = ctx.deps;
  const stats = await store.stats(new Date(clock.now().getTime() - WEEK_MS));
  const snapshot = content.current();
  const problems = content.lastProblems()?.problems.length;
  const counters = Object.entries(stats.counters).map(([name, n]) => `${name} ${n}`).join(' · ');
  await replyHtml(ctx, ctx.t('bot-admin-stats', {
    users: stats.users,
    active: stats.activeUsers,
    blocked: stats.blockedUsers,
    linked: snapshot.linked.size,
    counters: counters || ctx.t.plain('bot-admin-stats-nothing'),
    partners: snapshot.content.partners.length,
    pages: snapshot.content.docs.length,
    version: snapshot.content.rules.info.version,
    loadedAt: stamp(snapshot.loadedAt),
    reload: problems === undefined ? ctx.t('bot-admin-stats-reload-fine') : ctx.t('bot-admin-stats-reload-failed', { count: problems }),
  }));
});

adminFeature.command(['reload', 'stats'], (ctx) => replyHtml(ctx, ctx.t(isAdmin(ctx) ? 'bot-admin-private-only' : 'bot-admin-not-admin')));
