/**
 * A partner's private data reaches only its own team members, only in a private chat: not an
 * unlinked user, not another partner's team, not a group, not by any argument or forged button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Partner } from '../../content/index.ts';
import type { Harness } from './harness.ts';
import { ISARTAL_USER, LAKESHORE_USER, startHarness, STRANGER } from './harness.ts';

let h: Harness;
let lakeshore: Partner;
beforeAll(async () => {
  h = await startHarness();
  lakeshore = h.deps.content.current().content.partners.find((p) => p.slug === 'lakeshore-workflow') as Partner;
});
afterAll(() => h.close());

/** Words only Lakeshore's private data would show: its name, its clients, its figures. */
function leaksLakeshore(text: string): boolean {
  return [lakeshore.name, ...lakeshore.program.sales.map((s) => s.client), '$/€3,800'].some((secret) => text.includes(secret));
}

/** Words any partner's private data would show. */
function showsPrivateData(text: string): boolean {
  return ['since', 'To keep', 'Upcoming deadlines', 'No upcoming deadlines', 'Your benefits'].some((words) => text.includes(words));
}

/** Everything the bot sent during `run`, as raw text. */
async function sentDuring(run: () => Promise<unknown>): Promise<string> {
  const mark = h.api.calls.length;
  await run();
  return h.api.calls.slice(mark).map((c) => JSON.stringify(c.params)).join('\n');
}

describe('an unlinked user', () => {
  it.each(['/status', '/deadlines', '/status lakeshore-workflow', '/deadlines 3253452691', '/start status'])('%s: explains how to get linked and shows nothing private', async (command) => {
    const reply = await h.chat({ userId: STRANGER }).send(command);
    expect(reply).toContain("Your Telegram account isn't linked to a partner.");
    expect(reply).toContain(`add your Telegram user id ${STRANGER} to your company's partner file`);
    expect(showsPrivateData(reply)).toBe(false);
  });
});

describe("another partner's team member", () => {
  it('sees only their own partner, whatever they ask for', async () => {
    const chat = h.chat({ userId: ISARTAL_USER });
    for (const command of ['/status', '/status lakeshore-workflow', '/deadlines lakeshore-workflow', '/start status']) {
      const reply = await chat.send(command);
      expect(reply).toContain('Isartal Systems');
      expect(leaksLakeshore(reply)).toBe(false);
    }
  });
});

describe('a group chat', () => {
  it('gets no private data, even from a linked member, only a button to a private chat', async () => {
    const group = h.chat({ userId: LAKESHORE_USER, group: true });
    for (const command of ['/status', '/deadlines', '/status@partner_hub_test_bot']) {
      const sent = await sentDuring(() => group.send(command));
      expect(leaksLakeshore(sent) || showsPrivateData(sent)).toBe(false);
      expect(sent).toContain('only in a private chat');
      expect(sent).toContain('https://t.me/partner_hub_test_bot?start=');
    }
  });

  it('shows no personal menu buttons, and a menu button for status still refuses', async () => {
    const group = h.chat({ userId: LAKESHORE_USER, group: true });
    expect(await group.send('/start')).not.toContain('My status');
    const sent = await sentDuring(() => group.pressData('h:status'));
    expect(leaksLakeshore(sent) || showsPrivateData(sent)).toBe(false);
  });

  it('answers public questions when addressed', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER, group: true }).send('@partner_hub_test_bot how long is the nfr key valid?');
    expect(reply.split('\n')[0]).toBe('An NFR on-premise key is valid for 12 months; Silver and Gold partners can extend it for another 12 months.');
    expect(leaksLakeshore(reply)).toBe(false);
  });

  it('answers a personal question in a group with no private data, only the way to a private chat', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER, group: true }).send('@partner_hub_test_bot when is my review and how much more do we need to sell?');
    expect(reply).toContain('only in a private chat');
    expect(leaksLakeshore(reply) || showsPrivateData(reply)).toBe(false);
  });
});

describe('forged or stale button data', () => {
  it.each([
    'status:lakeshore-workflow', 'h:status:lakeshore-workflow', 'c:deadbeef:1:y', 'c:go:lakeshore-workflow',
    'f:r:US:../../partners', 'f:r:US:not-a-service', 'f:c:ZZZ', 'x'.repeat(64), '',
  ])('%j: answered as expired, nothing private', async (data) => {
    const sent = await sentDuring(() => h.chat({ userId: STRANGER }).pressData(data));
    expect(showsPrivateData(sent)).toBe(false);
    expect(sent).toContain('expired');
  });

  it("cannot answer someone else's /check", async () => {
    const owner = h.chat({ userId: 800001 });
    await owner.send('/check');
    const session = await h.deps.store.getConversation(800001) as { id: string };
    const sent = await sentDuring(() => h.chat({ userId: 800002 }).pressData(`c:${session.id}:0:s1`));
    expect(sent).toContain('that check ended or restarted');
    expect(await h.deps.store.getConversation(800001)).toMatchObject({ step: 0 });
  });
});
