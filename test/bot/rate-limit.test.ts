/** A user who spams gets one polite reply and is then ignored until the minute is over; others are not affected. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Harness } from './harness.ts';
import { startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ rateLimit: 3 });
});
afterAll(() => h.close());

it('answers the first messages, asks once to slow down, then stays quiet', async () => {
  const chat = h.chat({ userId: STRANGER });
  const replies: string[] = [];
  for (let i = 0; i < 6; i++) replies.push(await chat.send('/tiers'));
  expect(replies.slice(0, 3).every((r) => r.includes('The 3 partner statuses'))).toBe(true);
  expect(replies[3]).toBe("You're sending messages faster than I can answer. Please wait a minute and try again. 🙏\n\n");
  expect(replies.slice(4)).toEqual(['', '']);
  expect(await h.chat({ userId: STRANGER + 1 }).send('/tiers')).toContain('The 3 partner statuses');
});
