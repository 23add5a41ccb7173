/**
 * Sending reminders against the Bot API imitation, with a clock the tests move: every deadline
 * kind at each of its offsets, the catch-up after an outage, content changes that cancel pending
 * reminders, and two senders sharing one store. Telegram's errors: reminders-faults.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Api } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../content/index.ts';
import type { DeadlineKind } from '../../content/index.ts';
import type { FakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { startFakeBotApi } from '../../bot/dev/fake-bot-api.ts';
import { html } from '../../bot/format/html.ts';
import { createLogger } from '../../bot/logger.ts';
import type { PlannedReminderRow } from '../../bot/reminders/ledger.ts';
import type { Store } from '../../bot/store/store.ts';
import { createSender } from '../../bot/reminders/sender.ts';
import { zonedTime } from '../../bot/reminders/time-zones.ts';
import type { ReminderRig } from './reminders-harness.ts';
import { contentCopy, FAST, manualClock, startRig, withTelegram } from './reminders-harness.ts';
import { LAKESHORE_USER, TEST_TOKEN } from './harness.ts';
import { engines } from './engines.ts';

const ENGINES = engines();

/** One partner per deadline kind, each with an unmet deadline in late 2026 (from the sample content). */
const CASES: { slug: string; kind: DeadlineKind; deadline: string; zone: string }[] = [
  { slug: 'hudson-ledger-consulting', kind: 'kickstart-expiry', deadline: '2026-11-29', zone: 'America/New_York' },
  { slug: 'canut-digital', kind: 'product-activation', deadline: '2026-11-27', zone: 'Europe/Paris' },
  { slug: 'limmat-digital', kind: 'zero-activity', deadline: '2026-12-04', zone: 'Europe/Zurich' },
  { slug: 'jalisco-nube', kind: 'nfr-key-expiry', deadline: '2026-12-11', zone: 'America/Mexico_City' },
  { slug: 'ancoats-cloud', kind: 'nfr-cloud-expiry', deadline: '2026-12-13', zone: 'Europe/London' },
  { slug: 'lakeshore-workflow', kind: 'annual-review', deadline: '2026-12-20', zone: 'America/Chicago' },
  { slug: 'atelier-quatorze', kind: 'award-expiry', deadline: '2026-12-31', zone: 'Europe/Paris' },
  { slug: 'spreeblick-consulting', kind: 'bronze-cutoff', deadline: '2027-01-04', zone: 'Europe/Berlin' },
];
/** Limmat Digital has no team on Telegram in the sample content: the tests give it one. */
const LIMMAT_USER = 41000001;

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const done of cleanup.reverse()) await done();
});

async function copyWithCases() {
  const copy = await contentCopy(CASES.map((c) => c.slug));
  await copy.edit('limmat-digital', (text) => withTelegram(text, [String(LIMMAT_USER)]));
  cleanup.push(copy.remove);
  return copy;
}

async function rig(options: Parameters<typeof startRig>[0]): Promise<ReminderRig> {
  const r = await startRig(options);
  cleanup.push(r.close);
  return r;
}

/** Every team member of the CASES partners, as the bot knows them after they opened a chat. */
async function seeTeams(r: ReminderRig): Promise<Map<string, number[]>> {
  const teams = new Map<string, number[]>();
  for (const p of r.deps.content.current().content.partners) {
    teams.set(p.slug, p.program.telegram.map(Number));
    for (const id of p.program.telegram) await r.deps.store.seeUser(Number(id), new Date('2026-01-01T00:00:00Z'));
  }
  return teams;
}

const daysText = (n: number) => (n === 1 ? 'tomorrow' : `in ${n} days`);

describe('time travel: every deadline kind at every offset', () => {
  it('sends each reminder at 09:00 local on its day, not a minute before, exactly once', async () => {
    const copy = await copyWithCases();
    const r = await rig({ contentDir: copy.dir, at: '2026-10-25T00:00:00Z' });
    const teams = await seeTeams(r);
    const kinds = r.deps.content.current().content.rules.deadlines.kinds;
    const events = CASES.flatMap((c) => kinds[c.kind].remindDaysBefore.map((offset) => ({ ...c, offset, at: zonedTime(addDays(c.deadline, -offset), 9, c.zone) })))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(events).toHaveLength(23);
    // Two by hand: New York is on summer time on 30 October and on winter time on 22 November.
    expect(events.filter((e) => e.slug === 'hudson-ledger-consulting').map((e) => e.at.toISOString()))
      .toEqual(['2026-10-30T13:00:00.000Z', '2026-11-22T14:00:00.000Z', '2026-11-28T14:00:00.000Z']);

    const got = (e: (typeof events)[number]) => (teams.get(e.slug) ?? []).map((user) => r.received(user).filter((m) => m.text.startsWith(`⏰ ${kinds[e.kind].name} ·`)));
    for (const e of events) {
      const before = got(e).map((list) => list.length);
      r.clock.set(new Date(e.at.getTime() - 60_000));
      await r.service.tick();
      expect(got(e).map((list) => list.length), `${e.kind} ${e.offset} days: nothing a minute early`).toEqual(before);
      r.clock.set(e.at);
      await r.service.tick();
      for (const [i, list] of got(e).entries()) {
        expect(list, `${e.kind} ${e.offset} days`).toHaveLength((before[i] ?? 0) + 1);
        expect(list.at(-1)?.text.split('\n')[0]).toBe(`⏰ ${kinds[e.kind].name} · ${daysText(e.offset)}`);
      }
    }
    // Each team member got each kind's reminders once per offset, and the ledger says so.
    for (const c of CASES) {
      for (const user of teams.get(c.slug) ?? []) {
        expect(r.received(user).filter((m) => m.text.startsWith(`⏰ ${kinds[c.kind].name} ·`))).toHaveLength(kinds[c.kind].remindDaysBefore.length);
      }
    }
    const rows = (await r.deps.store.reminders.rows()).filter((row) => CASES.some((c) => c.slug === row.partner && c.kind === row.kind && c.deadline === row.deadline));
    expect(rows.every((row) => row.state === 'sent' && row.messageId !== null && row.attempts === 1)).toBe(true);
    expect(rows).toHaveLength(29); // Atelier Quatorze and Jalisco Nube have two team members each
  });

  it('writes what is due, when, what is missing with figures, what happens if missed, and a docs link', async () => {
    const copy = await copyWithCases();
    const r = await rig({ contentDir: copy.dir, at: '2026-12-13T15:00:00Z' });
    await seeTeams(r);
    await r.service.tick();
    const [message] = r.received(LAKESHORE_USER).filter((m) => m.text.includes('Annual status review'));
    expect(message?.text).toBe(`⏰ Annual status review · in 7 days
Annual review of your Silver status (Lakeshore Workflow Inc.)
📅 Due on 20 December 2026
Still to do: sell $/€1,200 more by 20 December 2026
If missed: You move down to Bronze.
📖 Statuses › Annual review <https://partners.example.com/program/statuses/#annual-review>`);
    const call = r.api.calls.find((c) => c.method === 'sendMessage' && c.params.chat_id === LAKESHORE_USER);
    expect(call?.params.reply_markup).toEqual({ inline_keyboard: [[
      { text: '🔕 Stop these reminders', callback_data: 'rm:off:annual-review' }, { text: '⚙️ All reminders', callback_data: 'rm:list' },
    ]] });
  });
});

describe('after an outage', () => {
  it('sends the latest due reminder of each deadline still ahead, and marks the rest expired or skipped', async () => {
    const copy = await copyWithCases();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'reminders-outage-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const api = await startFakeBotApi({ token: TEST_TOKEN });
    cleanup.push(() => api.close());

    const before = await startRig({ contentDir: copy.dir, at: '2026-11-19T00:00:00Z', dataDir, api });
    await seeTeams(before);
    await before.service.tick();
    const sentBefore = before.received().length;
    await before.close();

    // Down from 19 November to noon UTC on 12 December.
    const after = await rig({ contentDir: copy.dir, at: '2026-12-12T12:00:00Z', dataDir, api });
    await after.service.start();
    const fresh = after.received().slice(sentBefore).map((m) => `${m.userId} ${m.text.split('\n')[0]}`);
    // Before the outage, the first start caught up on the 30-day reminders already due.
    // (Several go at once, so they may arrive in any order.)
    expect(before.received().map((m) => `${m.userId} ${m.text.split('\n')[0]}`).slice(0, sentBefore).sort()).toEqual([
      '164196380 ⏰ Kickstart bonus expiry · in 11 days',
      '41000001 ⏰ Zero-activity suspension · in 15 days',
      '530474992 ⏰ NFR on-premise key expiry · in 23 days',
      '583692832 ⏰ NFR cloud subscription expiry · in 24 days',
      '9832207696 ⏰ NFR on-premise key expiry · in 23 days',
    ]);
    // After it: one message per deadline still ahead, the latest that fell due.
    expect(fresh.sort()).toEqual([
      '1466585910 ⏰ Award bonus expiry · in 19 days',
      '3253452691 ⏰ Annual status review · in 8 days',
      '384368813 ⏰ Award bonus expiry · in 19 days',
      '583692832 ⏰ NFR cloud subscription expiry · tomorrow',
      '7910199941 ⏰ Bronze requirements · in 23 days',
      '7910199941 ⏰ Kickstart bonus expiry · in 23 days',
    ]);
    const rows = await after.deps.store.reminders.rows();
    const state = (slug: string, kind: string) => rows.filter((row) => row.partner === slug && row.kind === kind).map((row) => `${row.offset}:${row.state}`);
    expect(state('hudson-ledger-consulting', 'kickstart-expiry')).toEqual(['30:sent', '7:expired', '1:expired']);
    expect(state('limmat-digital', 'zero-activity')).toEqual(['30:sent', '7:expired', '1:expired']);
    expect(state('jalisco-nube', 'nfr-key-expiry')).toEqual(['30:sent', '30:sent', '7:expired', '7:expired', '1:expired', '1:expired']);
    expect(state('ancoats-cloud', 'nfr-cloud-expiry')).toEqual(['30:sent', '7:skipped', '1:sent']);
    expect(state('lakeshore-workflow', 'annual-review')).toEqual(['30:sent', '7:pending', '1:pending']);
    expect(rows.find((row) => row.state === 'skipped')?.reason).toBe('a later reminder for the same deadline was due too');
    expect(rows.find((row) => row.state === 'expired')?.reason).toBe('the deadline passed before it could be sent');
  });
});

describe('content changes', () => {
  it('a reload that meets a requirement drops its pending reminders before they are due', async () => {
    const copy = await copyWithCases();
    const r = await rig({ contentDir: copy.dir, at: '2026-11-21T00:00:00Z' });
    await seeTeams(r);
    await r.service.start();
    const pending = async () => (await r.deps.store.reminders.pendingFor(LAKESHORE_USER, r.clock.now())).map((row) => `${row.kind} ${row.offset}`);
    expect(await pending()).toContain('annual-review 7');
    // The partner manager records a sale that reaches the yearly target.
    await copy.edit('lakeshore-workflow', (text) => text.replace('  bonuses:', `    - date: 2026-11-20
      amount: 2000
      currency: USD
      client: Big Client LLC
      activated: true
  bonuses:`));
    await r.deps.content.reload('command');
    await r.service.tick();
    expect(await pending()).not.toContain('annual-review 7');
    const cancelled = (await r.deps.store.reminders.rows()).filter((row) => row.state === 'cancelled');
    expect(cancelled.map((row) => `${row.kind} ${row.offset}`)).toEqual(['annual-review 7', 'annual-review 1']);
    r.clock.set('2026-12-19T16:00:00Z');
    await r.service.tick();
    expect(r.received(LAKESHORE_USER).filter((m) => m.text.includes('Annual status review'))).toHaveLength(1); // only the 30-day one, sent before
  });

  it('a row whose deadline is met by the time it is claimed is cancelled, not sent', async () => {
    const copy = await copyWithCases();
    const r = await rig({ contentDir: copy.dir, at: '2026-12-13T15:00:00Z' });
    await seeTeams(r);
    await r.service.plan();
    await copy.edit('lakeshore-workflow', (text) => text.replace('  bonuses:', '    - { date: 2026-12-01, amount: 2000, currency: USD, client: Big Client LLC, activated: true }\n  bonuses:'));
    await r.deps.content.reload('command');
    const report = await r.service.send(); // no re-plan: the sender itself checks
    expect(report.cancelled).toBeGreaterThanOrEqual(1);
    expect(r.received(LAKESHORE_USER).filter((m) => m.text.includes('Annual status review'))).toEqual([]);
    const row = (await r.deps.store.reminders.rows()).find((x) => x.partner === 'lakeshore-workflow' && x.kind === 'annual-review' && x.offset === 7);
    expect(row).toMatchObject({ state: 'cancelled', reason: 'the requirement is met' });
  });
});

describe.each(ENGINES)('several senders on one $name store', (engine) => {
  let api: FakeBotApi;
  let dir: string;
  beforeAll(async () => {
    api = await startFakeBotApi({ token: TEST_TOKEN });
    dir = await mkdtemp(path.join(tmpdir(), 'reminders-shared-'));
  });
  afterAll(async () => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });

  const due = (n: number, now: Date, partner: string): PlannedReminderRow[] => Array.from({ length: n }, (_, i) => ({
    userId: 70_000 + (i % 20), partner, kind: 'award-expiry' as const, deadline: addDays('2030-01-01', i), offset: 1,
    dueAt: now, expiresAt: new Date(now.getTime() + 86_400_000), timeZone: 'UTC',
  }));

  it('never send the same reminder twice, and share the work', async () => {
    const clock = manualClock('2026-11-24T09:00:00Z');
    const stores = [await engine.open(dir), await engine.open(dir)];
    const [first] = stores as [Store];
    for (let u = 0; u < 20; u++) await first.seeUser(70_000 + u, clock.now());
    await first.reminders.syncPlan(due(60, clock.now(), 'shared'), clock.now(), 'obsolete');
    const senders = stores.map((store, i) => createSender({
      ledger: store.reminders, api: new Api(TEST_TOKEN, { apiRoot: api.apiRoot }), clock, worker: `instance-${i}`, batchSize: 6,
      log: createLogger(TEST_TOKEN, () => undefined), config: FAST, resolve: (row) => ({ send: { text: html`reminder ${row.id}` } }),
    }));
    const reports = await Promise.all(senders.map((s) => s.run()));
    expect(reports.map((x) => x.sent).reduce((a, b) => a + b)).toBe(60);
    expect(reports.every((x) => x.sent > 0)).toBe(true);
    const texts = api.calls.filter((c) => c.method === 'sendMessage' && !c.failedWith).map((c) => String(c.params.text));
    expect(new Set(texts).size).toBe(60);
    expect(texts).toHaveLength(60);
    const rows = await first.reminders.rows();
    expect(new Set(rows.map((row) => row.claimedBy))).toEqual(new Set(['instance-0', 'instance-1']));
    for (const store of stores) await store.close();
  });

  it('take over rows a stopped sender left claimed, once the claim has timed out', async () => {
    const clock = manualClock('2026-11-25T09:00:00Z');
    const store = await engine.open(dir);
    await store.reminders.syncPlan(due(3, clock.now(), 'left-behind'), clock.now(), 'obsolete');
    const claimed = await store.reminders.claimDue('crashed', clock.now(), new Date(0), 10);
    expect(claimed).toHaveLength(3);
    const sender = createSender({
      ledger: store.reminders, api: new Api(TEST_TOKEN, { apiRoot: api.apiRoot }), clock, worker: 'survivor',
      log: createLogger(TEST_TOKEN, () => undefined), config: FAST, resolve: (row) => ({ send: { text: html`taken over ${row.id}` } }),
    });
    expect((await sender.run()).claimed).toBe(0);
    clock.advance(FAST.claimTimeoutMs + 1000);
    expect(await sender.run()).toMatchObject({ claimed: 3, sent: 3 });
    const rows = await store.reminders.rows(claimed.map((row) => row.id));
    expect(rows.map((row) => [row.state, row.claimedBy, row.attempts])).toEqual([['sent', 'survivor', 2], ['sent', 'survivor', 2], ['sent', 'survivor', 2]]);
    await store.close();
  });

  /**
   * Sender A claims six rows and is held up (its event loop stalled, its process paused) past the
   * claim timeout, while `where` it was: writing the first message, or sending it. B takes the rows
   * over meanwhile and sends them. Returns how often each row's message reached Telegram and A's report.
   */
  async function heldUp(where: 'writing' | 'sending', partner: string) {
    const clock = manualClock('2026-11-26T09:00:00Z');
    const store = await engine.open(dir);
    const users = Array.from({ length: 6 }, (_, i) => 71_000 + i + (where === 'sending' ? 10 : 0));
    for (const user of users) await store.seeUser(user, clock.now());
    await store.reminders.syncPlan(users.map((userId, i) => ({
      userId, partner, kind: 'award-expiry' as const, deadline: addDays('2030-01-01', i), offset: 1,
      dueAt: clock.now(), expiresAt: new Date(clock.now().getTime() + 86_400_000), timeZone: 'UTC',
    })), clock.now(), 'obsolete');
    let resume = () => {};
    const resumed = new Promise<void>((done) => (resume = done));
    let stalled = () => {};
    const stalledNow = new Promise<void>((done) => (stalled = done));
    let first = true;
    const hold = async () => {
      if (!first) return;
      first = false;
      stalled();
      await resumed;
    };
    const apiA = new Api(TEST_TOKEN, { apiRoot: api.apiRoot });
    if (where === 'sending') apiA.config.use(async (prev, method, payload, signal) => {
      if (method === 'sendMessage') await hold();
      return prev(method, payload, signal);
    });
    const message = (row: { id: number }) => ({ send: { text: html`${partner} ${row.id}` } });
    let claims = 0;
    const claimDue: typeof store.reminders.claimDue = async (...args) => {
      const rows = await store.reminders.claimDue(...args);
      claims++;
      return rows;
    };
    const held = createSender({
      // A stalled process renews nothing either.
      ledger: { ...store.reminders, heartbeat: async () => undefined, claimDue }, api: apiA, clock, worker: 'held-up',
      log: createLogger(TEST_TOKEN, () => undefined), config: { ...FAST, inFlight: 1 },
      resolve: async (row) => {
        if (where === 'writing') await hold();
        return message(row);
      },
    });
    const running = held.run();
    // Held up with the first message, once it has claimed everything there is.
    await stalledNow;
    await expect.poll(() => claims).toBe(2);
    clock.advance(FAST.claimTimeoutMs + 1000);
    const other = createSender({
      ledger: store.reminders, api: new Api(TEST_TOKEN, { apiRoot: api.apiRoot }), clock, worker: 'other',
      log: createLogger(TEST_TOKEN, () => undefined), config: FAST, resolve: message,
    });
    expect(await other.run()).toMatchObject({ claimed: 6, sent: 6 });
    resume();
    const report = await running;
    const arrived = new Map<string, number>();
    for (const call of api.calls) {
      const text = String(call.params.text ?? '');
      if (call.method === 'sendMessage' && !call.failedWith && text.startsWith(`${partner} `)) arrived.set(text, (arrived.get(text) ?? 0) + 1);
    }
    const rows = (await store.reminders.rows()).filter((row) => row.partner === partner);
    expect(rows.map((row) => [row.state, row.claimedBy])).toEqual(users.map(() => ['sent', 'other']));
    await store.close();
    return { counts: [...arrived.values()], report };
  }

  it('a sender held up past the claim timeout while writing a message sends none of what was taken over', async () => {
    const { counts, report } = await heldUp('writing', 'held-writing');
    expect(counts).toEqual([1, 1, 1, 1, 1, 1]);
    expect(report).toMatchObject({ claimed: 6, sent: 0, released: 6 });
  });

  it('a sender held up past the claim timeout with a message on its way doubles that one only', async () => {
    const { counts, report } = await heldUp('sending', 'held-sending');
    expect(counts.toSorted()).toEqual([1, 1, 1, 1, 1, 2]);
    expect(report).toMatchObject({ claimed: 6, sent: 0, released: 5 });
  });
});
