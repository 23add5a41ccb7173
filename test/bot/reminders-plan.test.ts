/**
 * Planning reminders: time zones and the local hour, the plan for the shipped content, a ledger
 * written idempotently, rows dropped when content changes make them obsolete, and the partner
 * file's `program.reminders` with its error messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, parsePartner } from '../../content/index.ts';
import type { Content, Partner } from '../../content/index.ts';
import { partnerSchedule, planRows } from '../../bot/reminders/plan.ts';
import { localDate, zonedTime, zoneForCountry } from '../../bot/reminders/time-zones.ts';
import type { Store } from '../../bot/store/store.ts';
import { shippedContent } from '../helpers.ts';
import { engines } from './engines.ts';

const ENGINES = engines();

let content: Content;
beforeAll(async () => {
  const loaded = await shippedContent();
  if (!loaded.content) throw new Error('the shipped content does not load');
  content = loaded.content;
});

const partner = (slug: string) => content.partners.find((p) => p.slug === slug) as Partner;
const NINE = { hour: 9 };

describe('time zones', () => {
  it.each([
    ['DE', 'Munich', 'Europe/Berlin'],
    ['US', 'Chicago', 'America/Chicago'],
    ['US', 'Denver', 'America/Denver'],
    ['US', 'Austin', 'America/New_York'],
    ['BR', 'Curitiba', 'America/Sao_Paulo'],
    ['MX', 'Guadalajara', 'America/Mexico_City'],
    ['AU', 'Sydney', 'Australia/Sydney'],
    ['ES', 'Barcelona', 'Europe/Madrid'],
    ['PT', 'Porto', 'Europe/Lisbon'],
    ['VN', 'Hanoi', 'Asia/Ho_Chi_Minh'],
    ['IN', 'Mumbai', 'Asia/Kolkata'],
    ['CA', 'Toronto', 'America/Toronto'],
    // tzdata links Amsterdam to Brussels and Stockholm to Berlin; the country's own name is kept.
    ['NL', 'Rotterdam', 'Europe/Amsterdam'],
    ['SE', 'Stockholm', 'Europe/Stockholm'],
    ['TR', 'Istanbul', 'Europe/Istanbul'],
  ])('%s (%s) → %s', (country, city, zone) => {
    expect(zoneForCountry(country, city)).toBe(zone);
  });

  it('the local hour as an instant, across daylight saving time', () => {
    expect(zonedTime('2026-11-24', 9, 'Europe/Berlin').toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(zonedTime('2026-07-01', 9, 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedTime('2026-10-30', 9, 'America/New_York').toISOString()).toBe('2026-10-30T13:00:00.000Z');
    expect(zonedTime('2026-11-02', 9, 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(zonedTime('2026-11-24', 9, 'Asia/Kolkata').toISOString()).toBe('2026-11-24T03:30:00.000Z');
    // 02:00 does not exist in Berlin on the day the clocks go forward: the first hour after the gap.
    expect(zonedTime('2026-03-29', 2, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // East of the date line the day starts before UTC's.
    expect(zonedTime('2026-11-24', 9, 'Pacific/Kiritimati').toISOString()).toBe('2026-11-23T19:00:00.000Z');
    expect(localDate(new Date('2026-11-24T02:30:00Z'), 'America/Chicago')).toBe('2026-11-23');
  });

  it('the partner file first, then the configuration, then the country', () => {
    const lakeshore = partner('lakeshore-workflow');
    expect(partnerSchedule(lakeshore, NINE)).toEqual({ timeZone: 'America/Chicago', hour: 9, source: 'country' });
    expect(partnerSchedule(lakeshore, { hour: 7, timeZone: 'UTC' })).toEqual({ timeZone: 'UTC', hour: 7, source: 'configuration' });
    const own = { ...lakeshore, program: { ...lakeshore.program, reminders: { hour: 10, timeZone: 'America/Denver' } } };
    expect(partnerSchedule(own, { hour: 7, timeZone: 'UTC' })).toEqual({ timeZone: 'America/Denver', hour: 10, source: 'partner' });
    const hourOnly = { ...lakeshore, program: { ...lakeshore.program, reminders: { hour: 17 } } };
    expect(partnerSchedule(hourOnly, NINE)).toEqual({ timeZone: 'America/Chicago', hour: 17, source: 'country' });
  });
});

describe('the plan', () => {
  it('gives each team member a row per unmet deadline and offset, at 09:00 local', () => {
    const rows = planRows(content, '2026-11-24', NINE).filter((r) => r.partner === 'lakeshore-workflow');
    expect(rows.map((r) => [r.userId, r.kind, r.deadline, r.offset, r.dueAt.toISOString(), r.expiresAt.toISOString(), r.timeZone])).toEqual([
      [3253452691, 'annual-review', '2026-12-20', 30, '2026-11-20T15:00:00.000Z', '2026-12-21T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'annual-review', '2026-12-20', 7, '2026-12-13T15:00:00.000Z', '2026-12-21T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'annual-review', '2026-12-20', 1, '2026-12-19T15:00:00.000Z', '2026-12-21T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-key-expiry', '2027-02-09', 30, '2027-01-10T15:00:00.000Z', '2027-02-10T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-key-expiry', '2027-02-09', 7, '2027-02-02T15:00:00.000Z', '2027-02-10T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-key-expiry', '2027-02-09', 1, '2027-02-08T15:00:00.000Z', '2027-02-10T06:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-cloud-expiry', '2027-04-16', 30, '2027-03-17T14:00:00.000Z', '2027-04-17T05:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-cloud-expiry', '2027-04-16', 7, '2027-04-09T14:00:00.000Z', '2027-04-17T05:00:00.000Z', 'America/Chicago'],
      [3253452691, 'nfr-cloud-expiry', '2027-04-16', 1, '2027-04-15T14:00:00.000Z', '2027-04-17T05:00:00.000Z', 'America/Chicago'],
    ]);
  });

  it('leaves out deadlines already met and partners without a team on Telegram', () => {
    const rows = planRows(content, '2026-11-24', NINE);
    // Isartal's annual review on 5 December is met; Hudson's Bronze cut-off too.
    expect(rows.filter((r) => r.partner === 'isartal-systems' && r.kind === 'annual-review')).toEqual([]);
    expect(rows.filter((r) => r.partner === 'hudson-ledger-consulting' && r.kind === 'bronze-cutoff')).toEqual([]);
    expect(rows.filter((r) => r.partner === 'hudson-ledger-consulting' && r.kind === 'kickstart-expiry').map((r) => r.offset)).toEqual([30, 7, 1]);
    // Palermo Soft has an unmet Bronze cut-off, but nobody to tell.
    expect(rows.some((r) => r.partner === 'palermo-soft')).toBe(false);
  });
});

describe.each(ENGINES)('the ledger on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(() => store.close());
  const now = new Date('2026-11-24T00:00:00Z');

  it('planned twice holds one set of rows', async () => {
    const rows = planRows(content, '2026-11-24', NINE);
    expect(rows.length).toBeGreaterThan(100);
    expect(await store.reminders.syncPlan(rows, now, 'obsolete')).toEqual({ added: rows.length, updated: 0, cancelled: 0 });
    const first = await store.reminders.rows();
    expect(await store.reminders.syncPlan(planRows(content, '2026-11-24', NINE), now, 'obsolete')).toEqual({ added: 0, updated: 0, cancelled: 0 });
    expect(await store.reminders.rows()).toEqual(first);
    expect(new Set(first.map((r) => `${r.userId} ${r.partner} ${r.kind} ${r.deadline} ${r.offset}`)).size).toBe(first.length);
  });

  it('re-times pending rows when the hour changes, and leaves sent ones alone', async () => {
    const [sentRow] = await store.reminders.claimDue('test', new Date('2027-12-31T00:00:00Z'), new Date(0), 1);
    expect(sentRow).toBeUndefined(); // nobody has opened the bot: nothing is claimed
    await store.seeUser(3253452691, now);
    const [row] = await store.reminders.claimDue('test', new Date('2026-11-21T00:00:00Z'), new Date(0), 1);
    expect(row).toMatchObject({ partner: 'lakeshore-workflow', kind: 'annual-review', offset: 30, state: 'sending', attempts: 1 });
    await store.reminders.markSent(row?.id ?? 0, 'test', new Date('2026-11-21T00:00:01Z'), 77);
    const result = await store.reminders.syncPlan(planRows(content, '2026-11-24', { hour: 8 }), now, 'obsolete');
    expect(result.added).toBe(0);
    expect(result.cancelled).toBe(0);
    expect(result.updated).toBe((await store.reminders.rows()).length - 1);
    const after = await store.reminders.rows([row?.id ?? 0]);
    expect(after[0]).toMatchObject({ state: 'sent', messageId: 77, dueAt: new Date('2026-11-20T15:00:00.000Z') });
  });

  it('cancels pending rows a content change makes obsolete, and brings them back when it is undone', async () => {
    const changed: Content = {
      ...content,
      partners: content.partners.map((p) => {
        if (p.slug === 'lakeshore-workflow') {
          // The yearly target reached: no annual-review reminders any more.
          return { ...p, program: { ...p.program, sales: [...p.program.sales, { date: '2026-11-23', amount: 5000, currency: 'USD', client: 'Big Client', activated: true, ownOrAffiliated: false }] } };
        }
        // Atelier Quatorze's team is gone from its file.
        if (p.slug === 'atelier-quatorze') return { ...p, program: { ...p.program, telegram: [] } };
        return p;
      }),
    };
    const obsolete = (await store.reminders.rows())
      .filter((r) => r.state === 'pending' && (r.partner === 'atelier-quatorze' || (r.partner === 'lakeshore-workflow' && r.kind === 'annual-review')))
      .map((r) => r.id);
    expect(obsolete.length).toBeGreaterThan(4);
    const result = await store.reminders.syncPlan(planRows(changed, '2026-11-24', { hour: 8 }), now, 'no longer applies');
    const rows = await store.reminders.rows();
    const cancelled = rows.filter((r) => r.state === 'cancelled');
    expect(result).toEqual({ added: 0, updated: 0, cancelled: obsolete.length });
    expect(cancelled.map((r) => r.id)).toEqual(obsolete);
    expect(cancelled.every((r) => r.reason === 'no longer applies')).toBe(true);
    // The sent 30-day reminder stays sent; the 7- and 1-day ones are cancelled.
    expect(rows.filter((r) => r.partner === 'lakeshore-workflow' && r.kind === 'annual-review').map((r) => [r.offset, r.state])).toEqual([[30, 'sent'], [7, 'cancelled'], [1, 'cancelled']]);

    const back = await store.reminders.syncPlan(planRows(content, '2026-11-24', { hour: 8 }), now, 'no longer applies');
    expect(back).toEqual({ added: 0, updated: cancelled.length, cancelled: 0 });
    expect((await store.reminders.rows()).filter((r) => r.state === 'cancelled')).toEqual([]);
  });
});

describe('program.reminders in a partner file', () => {
  const file = (block: string) => `---
name: Test Partner
status: bronze
country: DE
city: Berlin
program:
  applied: 2026-01-05
  approved: 2026-01-10
  statusSince: 2026-01-10
  telegram: ["123456789"]
${block}
---
A partner.
`;

  it('sets the hour and the time zone', () => {
    const { partner: parsed, issues } = parsePartner(file('  reminders: { hour: 8, timeZone: Europe/Vienna }'), 'test-partner.md', 'content/partners/test-partner.md', content.rules);
    expect(issues).toEqual([]);
    expect(parsed?.program.reminders).toEqual({ hour: 8, timeZone: 'Europe/Vienna' });
  });

  it('names the field, what was expected and how to fix it', () => {
    const problems = (block: string) => parsePartner(file(block), 'test-partner.md', 'content/partners/test-partner.md', content.rules).issues.map(formatIssue);
    expect(problems('  reminders: { hour: 25, timeZone: Vienna }')).toMatchInlineSnapshot(`
      [
        "content/partners/test-partner.md:11: program.reminders.hour: expected a whole hour from 0 to 23, like 9, found 25",
        "content/partners/test-partner.md:11: program.reminders.timeZone: 'Vienna' is not an IANA time zone name; write Europe/Vienna",
      ]
    `);
    expect(problems('  reminders: { hour: "9am", timeZone: CET, minute: 30 }')).toMatchInlineSnapshot(`
      [
        "content/partners/test-partner.md:11: program.reminders.hour: expected a whole hour from 0 to 23, like 9, found '9am'",
        "content/partners/test-partner.md:11: program.reminders.timeZone: 'CET' is not an IANA time zone name; write one like Europe/Berlin or America/Chicago",
        "content/partners/test-partner.md:11: program.reminders: unknown field 'minute'; check the spelling or remove it",
      ]
    `);
    expect(problems('  reminders: { timeZone: Mars/Olympus_Mons }')).toMatchInlineSnapshot(`
      [
        "content/partners/test-partner.md:11: program.reminders.timeZone: 'Mars/Olympus_Mons' is not an IANA time zone name; write one like Europe/Berlin or America/Chicago",
      ]
    `);
  });
});
