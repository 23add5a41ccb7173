/**
 * /reminders as a user sees it: what is coming, turning kinds off and on, the button under every
 * reminder, `/reminders status` for admins, and the privacy rules (private chat, linked users,
 * forged buttons).
 */
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

      I send them at 09:00 (America/Chicago), 30, 7 and 1 days before each deadline that is not met yet (Product activation: 3 and 1 days).

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
        [9] 🔕 Turn all off

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
    expect((await h.deps.store.reminders.mutedKinds(ISARTAL_USER)).size).toBe(7);
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
    // One reminder that Telegram kept refusing.
    const now = h.deps.clock.now();
    await h.deps.store.seeUser(ISARTAL_USER, now);
    const [row] = await h.deps.store.reminders.claimDue('test', new Date('2027-01-03T00:00:00Z'), new Date(0), 1);
    expect(row?.userId).toBe(ISARTAL_USER);
    await h.deps.store.reminders.markDone(row?.id ?? 0, 'test', 'failed', '502 Bad Gateway (gave up after 5 tries)', now);
    const reply = await h.chat({ userId: ADMIN }).send('/reminders status');
    const counts = await h.deps.store.reminders.counts(now);
    expect(reply).toBe(`Reminders · on, at 09:00 local time, up to 30 messages a second
Due now: 0
Coming later: ${counts.upcoming} · being sent: 0
Sent: 1 · failed: 1 · unreachable: 0
Expired: ${counts.expired} · cancelled: 0 · skipped: ${counts.skipped}

Latest failures
• 2026-11-24 12:00 UTC · user ${ISARTAL_USER} · NFR on-premise key expiry: 502 Bad Gateway (gave up after 5 tries)

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
