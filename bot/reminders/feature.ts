/**
 * /reminders: what reminders are coming for the sender's partner, with a button per deadline kind
 * to turn it off or on, and one for all. Every reminder message carries "stop these reminders",
 * which turns its kind off for the user who pressed it. Admins get `/reminders status`.
 *
 * Buttons only ever change the presser's own settings, so a forged one can do no harm; one naming
 * a kind the rules do not have answers that it expired, and one pressed by someone linked to no
 * partner says they have no reminders to change, and how to get linked.
 */
import { Composer, InlineKeyboard } from 'grammy';
import { deadlineWord, evaluatePartner, hasRequestAccess } from '../../content/index.ts';
import type { DeadlineKind } from '../../content/index.ts';
import { today } from '../clock.ts';
import { DEFAULT_REMINDERS } from '../config.ts';
import type { BotContext } from '../context.ts';
import { isAdmin, isPrivate, linkedPartner, track } from '../context.ts';
import { requireLinked } from '../features/linking.ts';
import { gridKeyboard } from '../format/keyboard.ts';
import type { Html } from '../format/html.ts';
import { joinHtml } from '../format/html.ts';
import { editOrReply, replyHtml } from '../reply.ts';
import type { MutedKinds, ReminderKind } from './ledger.ts';
import { CALLBACK, kindName, reminderKeyboard } from './message.ts';
import { partnerReminders, partnerSchedule } from './plan.ts';
import { localDate, localTime } from './time-zones.ts';

/** Reminders listed under "Coming up". */
const MAX_LISTED = 8;

const isOff = (muted: MutedKinds, kind: ReminderKind) => muted.has('*') || muted.has(kind);

/** Every kind a user can turn off: the deadline kinds and the outcome reminders of reserved requests. */
const togglableKinds = (deadlines: Record<DeadlineKind, unknown>): ReminderKind[] => [...Object.keys(deadlines) as DeadlineKind[], 'lead-outcome'];

/** The value found most often in `values` (the first of equals). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The /reminders message and its buttons for the sender's own partner; undefined when not linked. */
async function remindersView(ctx: BotContext): Promise<{ message: Html; keyboard: InlineKeyboard } | undefined> {
  const partner = await requireLinked(ctx, 'reminders');
  if (!partner || !ctx.from) return undefined;
  const { content } = ctx.snapshot;
  const { t } = ctx;
  const config = ctx.deps.config.reminders ?? DEFAULT_REMINDERS;
  const deadlineKinds = Object.keys(content.rules.deadlines.kinds) as DeadlineKind[];
  const asOf = today(ctx.deps.clock);
  // The outcome reminders are listed for a partner that receives implementation requests.
  const leads = hasRequestAccess(evaluatePartner(partner, content.rules, asOf), content.rules);
  const kinds: ReminderKind[] = leads ? [...deadlineKinds, 'lead-outcome'] : deadlineKinds;
  const muted = await ctx.deps.store.reminders.mutedKinds(ctx.from.id);
  const schedule = partnerSchedule(partner, config);
  const now = ctx.deps.clock.now();
  const dated = (dueAt: Date) => ({ date: localDate(dueAt, schedule.timeZone), time: localTime(dueAt, schedule.timeZone) });
  const off = (kind: ReminderKind) => (isOff(muted, kind) ? t('bot-reminders-coming-off') : '');
  const coming = [
    ...partnerReminders(partner, content, asOf, config).filter((r) => r.dueAt >= now).map((r) => ({
      dueAt: r.dueAt,
      line: t('bot-reminders-coming', { ...dated(r.dueAt), name: t.text(deadlineWord(content.rules, r.reminder.kind)), deadline: r.reminder.deadline, off: off(r.reminder.kind) }),
    })),
    ...(await ctx.deps.store.reminders.pendingFor(ctx.from.id, now)).filter((r) => r.kind === 'lead-outcome' && r.partner === partner.slug).map((r) => ({
      dueAt: r.dueAt,
      line: t('bot-reminders-coming-outcome', { ...dated(r.dueAt), name: t.plain('bot-leads-outcome-kind'), reference: r.deadline, off: off('lead-outcome') }),
    })),
  ].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  // The offsets most kinds share, and the kinds with their own.
  const offsetsOf = (k: DeadlineKind) => {
    const days = [...content.rules.deadlines.kinds[k].remindDaysBefore].sort((a, b) => b - a);
    return t.plain('bot-reminders-offsets', { days: t.list(days.map(String)).value, count: days.length === 1 ? days[0] ?? 0 : days.length });
  };
  const usual = mostCommon(deadlineKinds.map(offsetsOf));
  const exceptions = [
    ...deadlineKinds.filter((k) => offsetsOf(k) !== usual).map((k) => t.plain('bot-reminders-exception', { name: kindName(t, content, k), offsets: offsetsOf(k) })),
    ...(leads ? [t.plain('bot-reminders-exception', { name: kindName(t, content, 'lead-outcome'), offsets: t.plain('bot-leads-outcome-when', { days: content.rules.leads.requests.outcomeReminderDays }) })] : []),
  ];
  const offKinds = kinds.filter((k) => isOff(muted, k));
  const message = joinHtml([
    t('bot-reminders-title', { partner: partner.name }),
    t('bot-reminders-when', {
      hour: `${String(schedule.hour).padStart(2, '0')}:00`, zone: schedule.timeZone, offsets: usual,
      exceptions: exceptions.length ? t('bot-reminders-exceptions', { items: exceptions.join('; ') }) : '',
    }),
    joinHtml([
      t('bot-reminders-coming-title'),
      ...(coming.length === 0 ? [t('bot-reminders-nothing')] : coming.slice(0, MAX_LISTED).map((r) => r.line)),
      coming.length > MAX_LISTED && t('bot-reminders-more', { count: coming.length - MAX_LISTED }),
    ]),
    muted.has('*') ? t('bot-reminders-all-off') : offKinds.length > 0 && t('bot-reminders-some-off', { names: offKinds.map((k) => kindName(t, content, k)).join(', ') }),
    t('bot-reminders-tap'),
  ], '\n\n');
  const buttons = kinds.map((kind) => {
    const off = isOff(muted, kind);
    return InlineKeyboard.text(t.plain(off ? 'bot-reminders-kind-off' : 'bot-reminders-kind-on', { name: kindName(t, content, kind) }), `${off ? CALLBACK.on : CALLBACK.off}${kind}`);
  });
  const all = muted.has('*') || offKinds.length === kinds.length
    ? InlineKeyboard.text(t.plain('bot-reminders-all-on-button'), `${CALLBACK.on}*`)
    : InlineKeyboard.text(t.plain('bot-reminders-all-off-button'), `${CALLBACK.off}*`);
  return { message, keyboard: gridKeyboard(buttons, 2, [all]) };
}

/** /reminders status: counts from the ledger, and the latest failures with their reasons. */
async function showStatus(ctx: BotContext): Promise<void> {
  await track(ctx, 'reminders status');
  const { store, clock, config } = ctx.deps;
  const reminders = config.reminders ?? DEFAULT_REMINDERS;
  const counts = await store.reminders.counts(clock.now());
  const { content } = ctx.snapshot;
  const { t } = ctx;
  const mode = reminders.enabled ? t('bot-reminders-status-on', { hour: `${String(reminders.hour).padStart(2, '0')}:00`, perSecond: reminders.perSecond }) : t('bot-reminders-status-off');
  const { recentFailures, waiting, ...figures } = counts;
  await replyHtml(ctx, joinHtml([
    t('bot-reminders-status', { ...figures, mode, waiting: waiting ? t('bot-reminders-status-waiting', { count: waiting }) : '' }),
    recentFailures.length > 0 && joinHtml([
      t('bot-reminders-failures-title'),
      ...recentFailures.map((f) => t('bot-reminders-failure', {
        at: `${f.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`, userId: String(f.userId), name: kindName(t, content, f.kind), reason: f.reason,
      })),
    ]),
  ], '\n\n'));
}

/** /reminders (and `/reminders status` for admins). */
export const remindersFeature = new Composer<BotContext>();

remindersFeature.command('reminders', async (ctx) => {
  if (ctx.match.trim().toLowerCase() === 'status') {
    if (!isAdmin(ctx)) return replyHtml(ctx, ctx.t('bot-admin-not-admin'));
    return isPrivate(ctx) ? showStatus(ctx) : replyHtml(ctx, ctx.t('bot-admin-private-only'));
  }
  await track(ctx, 'reminders');
  const view = await remindersView(ctx);
  if (view) await replyHtml(ctx, view.message, view.keyboard);
});

remindersFeature.callbackQuery(CALLBACK.list, async (ctx) => {
  await ctx.answerCallbackQuery();
  await track(ctx, 'reminders');
  const view = await remindersView(ctx);
  if (view) await replyHtml(ctx, view.message, view.keyboard);
});

remindersFeature.callbackQuery(/^rm:(on|off):(.+)$/, async (ctx, next) => {
  const on = ctx.match[1] === 'on';
  const target = ctx.match[2] ?? '';
  const { content } = ctx.snapshot;
  const kinds = togglableKinds(content.rules.deadlines.kinds);
  const kind = target === '*' ? '*' : kinds.find((k) => k === target);
  // Only in the private chat the reminders go to; anything else is a stale or forged button.
  if (!kind || !isPrivate(ctx)) return next();
  // Someone linked to no partner gets no reminders (any planned for them are cancelled): nothing to change.
  if (!linkedPartner(ctx)) {
    await ctx.answerCallbackQuery({ text: ctx.t.plain('bot-reminder-none-to-change', { on }) });
    await replyHtml(ctx, ctx.t('bot-privacy-not-linked', { userId: String(ctx.from.id) }));
    return;
  }
  await track(ctx, on ? 'reminders on' : 'reminders off');
  await ctx.deps.store.reminders.setMuted(ctx.from.id, kind, !on, kinds, ctx.deps.clock.now());
  const name = kind === '*' ? '' : kindName(ctx.t, content, kind);
  const notice = kind === '*' ? ctx.t.plain(on ? 'bot-reminder-all-started' : 'bot-reminder-all-stopped') : ctx.t.plain(on ? 'bot-reminder-started' : 'bot-reminder-stopped', { name });
  await ctx.answerCallbackQuery({ text: notice });
  const underReminder = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat().some((b) => 'callback_data' in b && b.callback_data === CALLBACK.list);
  if (underReminder && kind !== '*') {
    // Under a reminder: swap the button, so the message itself shows what was chosen.
    const keyboard = on ? reminderKeyboard(ctx.t, kind) : new InlineKeyboard().text(ctx.t.plain('bot-reminder-start-kind'), `${CALLBACK.on}${kind}`).text(ctx.t.plain('bot-reminder-settings'), CALLBACK.list);
    await ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
    return;
  }
  const view = await remindersView(ctx);
  if (view) await editOrReply(ctx, view.message, view.keyboard);
});
