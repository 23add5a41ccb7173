/** /status after the dates have passed: a missed annual target, and a cancelled Bronze status. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Harness } from './harness.ts';
import { LAKESHORE_USER, startHarness } from './harness.ts';

/** A Spreeblick Consulting team member: Bronze without an NFR subscription, cut-off on 4 January 2027. */
const SPREEBLICK_USER = 7910199941;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ date: '2027-01-10' });
});
afterAll(() => h.close());

it('shows a partner moved down at the annual review, with its new status since the review', async () => {
  const reply = await h.chat({ userId: LAKESHORE_USER }).send('/status');
  expect(reply).toContain('Lakeshore Workflow Inc.\nBronze since 20 December 2026 · 20% discount\nMoved down from Silver at the annual review on 20 December 2026.');
  expect(reply).toContain('To move up to Silver');
});

it('shows a cancelled Bronze status and where to read about it', async () => {
  const reply = await h.chat({ userId: SPREEBLICK_USER }).send('/status');
  expect(reply).toBe(`Spreeblick Consulting GmbH

⛔ Bronze cancelled: the requirements were not met by 4 January 2027.

How statuses work: Statuses <https://partners.example.com/program/statuses/>
  [1] 📅 My deadlines

`);
  expect(await h.chat({ userId: SPREEBLICK_USER }).send('/deadlines')).toContain('No upcoming deadlines for Spreeblick Consulting GmbH.');
});
