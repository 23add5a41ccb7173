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
import type { Messages } from '../i18n/index.ts';
import { messagesFor } from '../i18n/index.ts';
import { replyHtml } from '../reply.ts';

/** Problems listed in one message; the rest are counted. */
const MAX_PROBLEMS = 15;
const WEEK_MS = 7 * 86_400_000;

/** A time as admins read it: `2026-11-24 09:30 UTC`. */
function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The message for a reload. */
function reloadMessage(t: Messages, result: ReloadResult): Html {
  if (result.ok) {
    const { content } = result.snapshot;
    const warnings = content.warnings.map(formatIssue);
    const shown = warnings.slice(0, MAX_PROBLEMS).map((w) => html`• <code>${w}</code>`);
    return joinHtml([
      t.admin.reloaded(content.partners.length, content.docs.length, content.rules.info.version),
      warnings.length > 0 && t.admin.warnings(warnings.length),
      ...shown,
      warnings.length > shown.length && html`${t.admin.moreProblems(warnings.length - shown.length)}`,
    ]);
  }
  const shown = result.problems.slice(0, MAX_PROBLEMS).map((p) => html`• <code>${p}</code>`);
  const more = result.problems.length - shown.length;
  return joinHtml([
    t.admin.failed(result.problems.length, stamp(result.kept.loadedAt)),
    ...shown,
    more > 0 && html`${t.admin.moreProblems(more)}`,
  ]);
}

/** Tells every admin that a reload failed; an admin who cannot be reached is logged and skipped. */
export async function notifyAdmins(api: Api, deps: BotDeps, result: ReloadResult): Promise<void> {
  const message = reloadMessage(messagesFor(undefined), result);
  for (const id of deps.config.adminIds) {
    try {
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
  await replyHtml(ctx, ctx.t.admin.stats({
    users: stats.users,
    active: stats.activeUsers,
    blocked: stats.blockedUsers,
    linked: snapshot.linked.size,
    counters: Object.entries(stats.counters).map(([name, n]) => `${name} ${n}`).join(' · '),
    partners: snapshot.content.partners.length,
    pages: snapshot.content.docs.length,
    version: snapshot.content.rules.info.version,
    loadedAt: stamp(snapshot.loadedAt),
    problems: content.lastProblems()?.problems.length ?? null,
  }));
});

adminFeature.command(['reload', 'stats'], (ctx) => replyHtml(ctx, isAdmin(ctx) ? ctx.t.admin.adminPrivateOnly : ctx.t.admin.notAdmin));
