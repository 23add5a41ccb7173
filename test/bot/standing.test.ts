/**
 * /status, /deadlines and reminders as a partner reads them: what each sales figure counts toward,
 * a move down and the way back up, a cancelled Bronze status and what to do next, NFR copies that
 * cannot be extended, and bonuses the program data cannot see used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePartner } from '../../content/index.ts';
import type { Content } from '../../content/index.ts';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { adviceLine } from '../../bot/format/deadlines.ts';
import { reminderText } from '../../bot/reminders/message.ts';
import { wordsFor } from '../../bot/i18n/words.ts';
import { makePartner, shippedContent, shippedRules } from '../helpers.ts';
import type { Harness } from './harness.ts';
import { LAKESHORE_USER, SITE, startHarness } from './harness.ts';

/** A Spreeblick Consulting team member: Bronze without an NFR subscription, cut-off on 4 January 2027. */
const SPREEBLICK_USER = 7910199941;
/** A Hudson Ledger Consulting team member: Bronze, kickstart bonus credited, expiring on 29 November 2026. */
const HUDSON_USER = 164196380;


describe('before the review (24 November 2026)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ date: '2026-11-24' });
  });
  afterAll(() => h.close());

  it('says what each sales figure counts toward: keeping the status at the review, reaching the next', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/status');
    expect(reply).toContain(`Your sales that count (what you paid; own or affiliated purchases left out)
• $/€3,800 since 21 December 2025: counts toward keeping Silver at the review on 20 December 2026, which needs $/€5,000
• $/€3,800 as a Silver partner in the last 12 months (since 21 December 2025): counts toward reaching Gold, which needs $/€10,000`);
    expect(reply).not.toContain('Counted sales in the last');
  });

  it('a kickstart bonus never credited says what receiving it takes; a credited one is advice to use it', async () => {
    const never = await h.chat({ userId: SPREEBLICK_USER }).send('/deadlines');
    expect(never).toContain(`Kickstart bonus expiry: Kickstart bonus of $/€1,000, not credited yet
To do: claim your NFR cloud subscription; endorse the products on your website
💡 Advice: once that is done, apply for it
If missed: The kickstart bonus can no longer be received.`);
    expect(never).not.toContain('can no longer be used');
    const credited = await h.chat({ userId: HUDSON_USER }).send('/deadlines');
    expect(credited).toContain(`Kickstart bonus expiry: Kickstart bonus of $/€1,000 credited 14 September 2026
💡 Advice: if you have not used it all yet, use it on orders for new clients
If missed: Any unused kickstart bonus expires.`);
    expect(credited).not.toMatch(/To do: use the bonus/);
  });

  it('an NFR copy the status cannot extend is a fact with its consequence, not a to-do', async () => {
    const reply = await h.chat({ userId: HUDSON_USER }).send('/deadlines');
    expect(reply).toContain(`NFR cloud subscription expiry: NFR cloud subscription claimed 3 September 2026
On that day: The account falls back to the free plan; your status cannot extend it.`);
    expect(reply).not.toContain('no extension possible');
  });
});

describe('after the review and the cut-off (10 January 2027)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ date: '2027-01-10' });
  });
  afterAll(() => h.close());

  it('explains a move down and, when the entry requirements are met again, the way back up', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/status');
    expect(reply).toContain(`Lakeshore Workflow Inc.
Bronze since 20 December 2026 · 20% discount
Moved down from Silver to Bronze at the annual review on 20 December 2026: the yearly target was missed ($/€3,800 of $/€5,000 in sales).

To move back up to Silver · 7 of 7 met
🎉 You meet every entry requirement for Silver again, so you can move back up: apply for it in the Partner Dashboard.`);
    expect(reply).toContain('• $/€3,800 in the last 12 months (since 11 January 2026): counts toward reaching Silver, which needs $/€2,500 ✅');
  });

  it('an NFR key beyond the allowance of the new status is not offered an extension', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/deadlines');
    expect(reply).toContain(`NFR on-premise key expiry: NFR Business 50 key claimed 9 February 2026
On that day: The key stops working: a Bronze partner gets no on-premise keys, and this copy is beyond that, so it cannot be extended.`);
    expect(reply).not.toContain('ask for an extension');
  });

  it('a cancelled Bronze status says what the partner can do now, on /status and /deadlines', async () => {
    const steps = `What you can do now
• Talk to the partner department of Example Software about your participation.
• Or send a new application to join the program again: Joining the program › Applying <${SITE}/program/joining/#applying>
What the cancellation means: Statuses › Bronze <${SITE}/program/statuses/#bronze>`;
    expect(await h.chat({ userId: SPREEBLICK_USER }).send('/status')).toBe(`Spreeblick Consulting GmbH

⛔ Bronze cancelled: the requirements were not met by 4 January 2027 (not done: claim your NFR cloud subscription). Your participation in the program has ended, and its benefits with it.

${steps}
  [1] 📅 My deadlines

`);
    const deadlines = await h.chat({ userId: SPREEBLICK_USER }).send('/deadlines');
    expect(deadlines).toBe(`No more deadlines for Spreeblick Consulting GmbH: its Bronze status was cancelled, because the requirements were not met by 4 January 2027.

${steps}
  [1] 📈 My status

`);
    expect(deadlines).not.toContain('🎉');
  });
});

describe('reminder wording', () => {
  let h: Harness;
  let content: Content;
  beforeAll(async () => {
    h = await startHarness({ date: '2026-11-22' });
    content = h.deps.content.current().content;
  });
  afterAll(() => h.close());

  const reminder = (slug: string, kind: string, day: string) => {
    const partner = content.partners.find((p) => p.slug === slug);
    if (!partner) throw new Error(slug);
    const items = evaluatePartner(partner, content.rules, day).deadlines.filter((d) => d.kind === kind && d.date >= day);
    return parseTelegramHtml(reminderText(wordsFor(content, 'en'), content, SITE, partner, items.slice(0, 1), day).value).plain;
  };

  it('an expiry expires; it is not due', () => {
    expect(reminder('hudson-ledger-consulting', 'kickstart-expiry', '2026-11-22')).toBe(`⏰ Kickstart bonus expiry · in 7 days
Kickstart bonus of $/€1,000 credited 14 September 2026 (Hudson Ledger Consulting LLC)
⌛ Expires on 29 November 2026
💡 Advice: if you have not used it all yet, use it on orders for new clients
If missed: Any unused kickstart bonus expires.
📖 Bonuses › Kickstart bonus <${SITE}/program/bonuses/#kickstart-bonus>`);
  });

  it('a deadline with something to do is due, with what is still to do', () => {
    const text = reminder('lakeshore-workflow', 'annual-review', '2026-11-22');
    expect(text).toContain('📅 Due on 20 December 2026\nStill to do: sell $/€1,200 more by 20 December 2026\nIf missed: You move down to Bronze.');
  });

  it('a copy that cannot be extended: what happens on the day, nothing to do', () => {
    const text = reminder('hudson-ledger-consulting', 'nfr-cloud-expiry', '2027-02-24');
    expect(text).toContain('⌛ Expires on 3 March 2027\nOn that day: The account falls back to the free plan; your status cannot extend it.');
    expect(text).not.toContain('Still to do');
  });
});

describe('advice on a kickstart bonus never credited', () => {
  it.each([
    { endorsements: {}, line: '💡 Advice: once that is done, apply for it' },
    { endorsements: { website: '2026-01-25' }, line: '💡 Advice: you meet what it asks for: if you have not applied yet, apply for it' },
  ])('with endorsements $endorsements: $line', async ({ endorsements, line }) => {
    const partner = makePartner({}, { courses: { tutorial: '2026-01-20' }, nfr: [{ kind: 'cloud', claimed: '2026-01-15', extensions: 0 }], endorsements });
    const { content } = await shippedContent();
    if (!content) throw new Error('the shipped content does not load');
    const deadline = evaluatePartner(partner, await shippedRules(), '2026-02-01').deadlines.find((d) => d.kind === 'kickstart-expiry');
    expect(deadline && parseTelegramHtml(String(adviceLine(wordsFor(content, 'en'), deadline)?.value)).plain).toBe(line);
  });
});
