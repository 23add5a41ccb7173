/**
 * /reminders as a user sees it: what is coming, turning kinds off and on, the button under every
 * reminder, `/reminders status` for admins, and the privacy rules (private chat, linked users,
 * forged buttons).
 */
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { DeadlineKind } from '../../content/index.ts';
import { createReminderService } from '../../bot/reminders/service.ts';
import type { Harness } from './harness.ts';
import { ADMIN, ISARTAL_USER, LAKESHORE_USER, startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('/reminders', () => {
  it('shows a team member what is coming, when and in which time zone', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/reminders');
    expect(reply).toMatchInlineSnapshot(`
      "Deadline reminders for Lakeshore Workflow Inc.

      I send them at 09:00 (America/Chicago), 30, 7 and 1 days before each deadline that is not met yet (Product activation: 3 and 1 days; Outcome of a reserved request: 14 days after you reserve one).

      Coming up
      • 13 December 2026, 09:00: Annual status review (due 20 December 2026)
      • 19 December 2026, 09:00: Annual status review (due 20 December 2026)
      • 10 January 2027, 09:00: NFR on-premise key expiry (due 9 February 2027)
      • 2 February 2027, 09:00: NFR on-premise key expiry (due 9 February 2027)
      • 8 February 2027, 09:00: NFR on-premise key expiry (due 9 February 2027)
      • 17 March 2027, 09:00: NFR cloud subscription expiry (due 16 April 2027)
      • 9 April 2027, 09:00: NFR cloud subscription expiry (due 16 April 2027)
      • 15 April 2027, 09:00: NFR cloud subscription expiry (due 16 April 2027)

      Tap a kind to turn its reminders off (🔔 → 🔕) or on again.
        [1] 🔔 Bronze requirements   [2] 🔔 Kickstart bonus expiry
        [3] 🔔 Award bonus expiry   [4] 🔔 NFR cloud subscription expiry
        [5] 🔔 NFR on-premise key expiry   [6] 🔔 Product activation
        [7] 🔔 Annual status review   [8] 🔔 Zero-activity suspension
        [9] 🔔 Outcome of a reserved request
        [10] 🔕 Turn all off

      "
    `);
  });

  it('turns a kind off and on again with its button', async () => {
    const chat = h.chat({ userId: ISARTAL_USER });
    await chat.send('/reminders');
    const off = await chat.press('NFR on-premise key expiry');
    expect(off).toContain('(Reminders about NFR on-premise key expiry are off. Send /reminders to turn them back on.)');
    expect(off).toContain('🔕 Off: NFR on-premise key expiry');
    expect(off).toContain('🔕 NFR on-premise key expiry');
    expect([...await h.deps.store.reminders.mutedKinds(ISARTAL_USER)]).toEqual(['nfr-key-expiry']);
    const on = await chat.press('🔕 NFR on-premise key expiry');
    expect(on).toContain('(Reminders about NFR on-premise key expiry are on again.)');
    expect(on).not.toContain('Off:');
    expect([...await h.deps.store.reminders.mutedKinds(ISARTAL_USER)]).toEqual([]);
  });

  it('turns all off, and one back on while the others stay off', async () => {
    const chat = h.chat({ userId: ISARTAL_USER });
    await chat.send('/reminders');
    const off = await chat.press('Turn all off');
    expect(off).toContain('(All reminders are off.)');
    expect(off).toContain('🔕 All reminders are off.');
    expect(off).toContain('🔔 Turn all on');
    const one = await chat.press('🔕 Annual status review');
    expect(one).toContain('🔔 Annual status review');
    expect([...await h.deps.store.reminders.mutedKinds(ISARTAL_USER)]).not.toContain('annual-review');
    // The eight deadline kinds and the outcome questions of reserved requests, less the one turned back on.
    expect([...await h.deps.store.reminders.mutedKinds(ISARTAL_USER)]).toContain('lead-outcome');
    expect((await h.deps.store.reminders.mutedKinds(ISARTAL_USER)).size).toBe(8);
    await chat.press('Turn all off');
    const all = await chat.press('Turn all on');
    expect(all).toContain('(All reminders are on.)');
    expect((await h.deps.store.reminders.mutedKinds(ISARTAL_USER)).size).toBe(0);
  });
});

describe('the button under a reminder', () => {
  it('stops that kind for the presser: the button turns into "turn back on", and the next one is not sent', async () => {
    // The fixed day is 24 November (noon UTC): Lakeshore's 30-day annual-review reminder is due.
    const service = createReminderService(h.deps);
    await h.deps.store.seeUser(LAKESHORE_USER, h.deps.clock.now());
    await service.plan();
    expect((await service.send()).sent).toBe(1);
    const reminder = h.api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === LAKESHORE_USER && String(c.params.text).startsWith('⏰'));
    const messageId = (reminder?.result as { message_id: number }).message_id;
    const chat = h.chat({ userId: LAKESHORE_USER });
    const press = (data: string, markup: unknown) => chat.exchange({
      callback_query: {
        id: `q-${data}`, chat_instance: '1', data, from: { id: LAKESHORE_USER, is_bot: false, first_name: 'L' },
        message: { message_id: messageId, date: 1, chat: { id: LAKESHORE_USER, type: 'private', first_name: 'L' }, text: '⏰', reply_markup: markup },
      },
    } as Omit<Update, 'update_id'>);
    const answer = await press('rm:off:annual-review', reminder?.params.reply_markup);
    expect(answer).toBe('(Reminders about Annual status review are off. Send /reminders to turn them back on.)\n\n');
    const edit = h.api.calls.findLast((c) => c.method === 'editMessageReplyMarkup');
    expect(edit?.params).toMatchObject({ message_id: messageId, reply_markup: { inline_keyboard: [[
      { text: '🔔 Turn them back on', callback_data: 'rm:on:annual-review' }, { text: '⚙️ All reminders', callback_data: 'rm:list' },
    ]] } });
    expect([...await h.deps.store.reminders.mutedKinds(LAKESHORE_USER)]).toEqual(['annual-review']);

    // The 7-day reminder falls due: it is skipped, not sent.
    const rows = await h.deps.store.reminders.rows();
    const sevenDay = rows.find((r) => r.userId === LAKESHORE_USER && r.kind === 'annual-review' && r.offset === 7);
    expect(sevenDay?.state).toBe('pending');
    const later = createReminderService({ ...h.deps, clock: { now: () => new Date('2026-12-13T15:00:00Z') } });
    expect((await later.send()).claimed).toBe(0);
    expect((await h.deps.store.reminders.rows([sevenDay?.id ?? 0]))[0]).toMatchObject({ state: 'skipped', reason: 'turned off by the user' });

    const back = await press('rm:on:annual-review', edit?.params.reply_markup);
    expect(back).toBe('(Reminders about Annual status review are on again.)\n\n');
    expect([...await h.deps.store.reminders.mutedKinds(LAKESHORE_USER)]).toEqual([]);
    await service.stop();
    await later.stop();
  });
});

describe('/reminders status', () => {
  it('gives admins the counts and the latest failures', async () => {
    // A store of its own, with one reminder in each state, so every figure is known.
    const own = await startHarness();
    const ledger = own.deps.store.reminders;
    const now = own.deps.clock.now();
    const row = (userId: number, kind: DeadlineKind, deadline: string, offset: number, due: string, expires: string) => ({
      userId, partner: 'isartal-systems', kind, deadline, offset, timeZone: 'Europe/Berlin', dueAt: new Date(due), expiresAt: new Date(expires),
    });
    onTestFinished(() => own.close());
    await own.deps.store.seeUser(ISARTAL_USER, now);
    await ledger.syncPlan([
      row(ISARTAL_USER, 'annual-review', '2026-11-30', 7, '2026-11-23T08:00:00Z', '2026-11-30T23:00:00Z'),
      row(ISARTAL_USER, 'nfr-key-expiry', '2026-11-25', 1, '2026-11-24T08:00:00Z', '2026-11-25T23:00:00Z'),
      row(ISARTAL_USER, 'nfr-cloud-expiry', '2026-11-26', 3, '2026-11-24T09:00:00Z', '2026-11-26T23:00:00Z'),
      row(STRANGER, 'annual-review', '2026-11-30', 7, '2026-11-23T08:00:00Z', '2026-11-30T23:00:00Z'),
      row(ISARTAL_USER, 'annual-review', '2026-12-30', 30, '2026-11-30T08:00:00Z', '2026-12-30T23:00:00Z'),
      row(ISARTAL_USER, 'product-activation', '2026-11-22', 1, '2026-11-21T08:00:00Z', '2026-11-22T23:00:00Z'),
    ], new Date('2026-11-20T00:00:00Z'), 'planned');
    await ledger.prepareDue(now, new Date(0));
    const [first, second] = await ledger.claimDue('test', now, new Date(0), 2);
    await ledger.markSent(first?.id ?? 0, 'test', now, 77);
    await ledger.markDone(second?.id ?? 0, 'test', 'failed', '502 Bad Gateway (gave up after 5 tries)', now);
    expect(await own.chat({ userId: ADMIN }).send('/reminders status')).toMatchInlineSnapshot(`
      "Reminders · on, at 09:00 local time, up to 30 messages a second
      Due now: 1 (and 1 waiting for users who have not opened the bot or blocked it)
      Coming later: 1 · being sent: 0
      Sent: 1 · failed: 1 · unreachable: 0
      Expired: 1 · cancelled: 0 · skipped: 0

      Latest failures
      • 2026-11-24 12:00 UTC · user 102977276 · NFR on-premise key expiry: 502 Bad Gateway (gave up after 5 tries)

      "
    `);
  });

  it('is for admins only', async () => {
    expect(await h.chat({ userId: LAKESHORE_USER }).send('/reminders status')).toBe("That command is for the bot's admins.\n\n");
  });
});

describe('privacy', () => {
  it('in a group, offers a private chat instead', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER, group: true }).send('/reminders');
    expect(reply).toContain('I show a partner\'s own data only in a private chat with me');
    expect(reply).not.toContain('Coming up');
  });

  it('someone linked to no partner is told how to get linked', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('/reminders');
    expect(reply).toContain("Your Telegram account isn't linked to a partner.");
  });

  it('a forged or unknown button answers that it expired and changes nothing', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.pressData('rm:off:everything')).toContain('(This button has expired. Send /help to start again.)');
    expect(await h.chat({ userId: STRANGER, group: true }).pressData('rm:off:annual-review')).toContain('This button has expired');
    expect((await h.deps.store.reminders.mutedKinds(STRANGER)).size).toBe(0);
  });

  it('/help lists /reminders', async () => {
    expect(await h.chat({ userId: LAKESHORE_USER }).send('/help')).toContain('/reminders — your deadline reminders, on or off (partner team members)');
  });
});
