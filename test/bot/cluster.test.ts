/**
 * Instances on one PostgreSQL (bot/store/cluster.ts), two of them in this process on one schema:
 * the planner's lease and its takeover, content versions (the newest, told to the others, the
 * plan refused from older content), /reload passed on, the shared pace toward Telegram, the
 * per-user rate limit and per-user turns across instances.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterMessage } from '../../bot/store/cluster.ts';
import type { Store } from '../../bot/store/store.ts';
import { engines } from './engines.ts';

const postgres = engines().find((e) => e.name === 'postgres');
let a: Store;
let b: Store;
const cluster = (s: Store) => {
  if (!s.cluster) throw new Error('a PostgreSQL store has a cluster');
  return s.cluster;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  a = await postgres?.open('cluster') as Store;
  b = await postgres?.open('cluster') as Store;
  await cluster(a).join();
  await cluster(b).join();
});
afterAll(async () => {
  await a.close();
  await b.close();
});

/** Messages `store`'s instance receives from now on. */
function inbox(store: Store): ClusterMessage[] {
  const got: ClusterMessage[] = [];
  cluster(store).onMessage((m) => got.push(m));
  return got;
}

describe('the planner lease', () => {
  it('is held by one instance at a time and taken over once it expires', async () => {
    expect(await cluster(a).holdLease('test-planner', 400)).toBe(true);
    expect(await cluster(b).holdLease('test-planner', 400)).toBe(false);
    expect(await cluster(a).holdLease('test-planner', 400)).toBe(true);
    // The holder stops renewing (it died): the other takes the lease once it has expired, not before.
    await sleep(150);
    expect(await cluster(b).holdLease('test-planner', 400)).toBe(false);
    await sleep(400);
    expect(await cluster(b).holdLease('test-planner', 400)).toBe(true);
    expect(await cluster(a).holdLease('test-planner', 400)).toBe(false);
    await cluster(b).releaseLease('test-planner');
    expect(await cluster(a).holdLease('test-planner', 400)).toBe(true);
  });
});

describe('content versions', () => {
  const row = { userId: 1, partner: 'p', kind: 'annual-review' as const, deadline: '2031-03-01', offset: 7, timeZone: 'UTC', dueAt: new Date('2031-02-01T09:00:00Z'), expiresAt: new Date('2031-03-02T00:00:00Z') };

  it('a change seen by one instance becomes the newest and the others are told; the plan is written only from it', async () => {
    const toB = inbox(b);
    expect(await cluster(a).recordContent('d1', 1, true)).toMatchObject({ newest: true, announced: true });
    expect(await cluster(b).recordContent('d1', 1, true)).toMatchObject({ newest: true, announced: false });
    const d2 = await cluster(a).recordContent('d2', 2, true);
    expect(d2).toMatchObject({ newest: true, announced: true });
    await expect.poll(() => toB.filter((m) => m.kind === 'content').map((m) => m.kind === 'content' && m.digest)).toEqual(['d1', 'd2']);
    // B reloads because it was told, but its folder still has the old content: it is behind, never the newest.
    expect(await cluster(b).recordContent('d1', 2, false)).toMatchObject({ newest: false, announced: false, seq: d2.seq });
    expect(cluster(b).isNewest()).toBe(false);
    expect(await b.reminders.syncPlan([row], new Date('2031-02-01T00:00:00Z'), 'test', { contentDigest: 'd1' })).toEqual({ added: 0, updated: 0, cancelled: 0, stale: true });
    expect(await b.reminders.rows()).toEqual([]);
    expect(await a.reminders.syncPlan([row], new Date('2031-02-01T00:00:00Z'), 'test', { contentDigest: 'd2' })).toEqual({ added: 1, updated: 0, cancelled: 0 });
    const instances = await cluster(a).instances();
    expect(instances.filter((i) => !i.gone).map((i) => [i.contentDigest, i.newest]).sort()).toEqual([['d1', false], ['d2', true]]);
  });

  it('a /reload on one instance is passed on to the others', async () => {
    const toA = inbox(a);
    await cluster(b).announce({ kind: 'reload', from: cluster(b).instance });
    await expect.poll(() => toA.map((m) => m.kind)).toEqual(['reload']);
  });
});

describe('the pace toward Telegram', () => {
  it('spaces the messages of all instances evenly, and one chat a second apart', async () => {
    const interval = 50;
    // When each message may go, on the database's clock.
    const slots = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
      const slot = await cluster(i % 2 ? a : b).takeSlot(5000 + i, interval, 1000);
      return 'waitMs' in slot ? slot.at : Number.NaN;
    }));
    const at = slots.sort((x, y) => x - y);
    expect(at.every(Number.isFinite)).toBe(true);
    for (let i = 1; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(interval - 0.01);
    expect((at.at(-1) ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(interval * 29 - 0.1);
    const again = await cluster(a).takeSlot(5001, interval, 1000);
    expect(again).toMatchObject({ chatBusyMs: expect.any(Number) });
    expect('chatBusyMs' in again && again.chatBusyMs).toBeGreaterThan(500);
  });

  it('holds every instance after a 429', async () => {
    await sleep(700);
    await cluster(a).pause(800);
    const slot = await cluster(b).takeSlot(6000, 20, 1000);
    expect('waitMs' in slot && slot.waitMs).toBeGreaterThan(600);
  });
});

describe('per user, across instances', () => {
  it('counts a user\'s updates wherever they arrive', async () => {
    const counters = [cluster(a).rateCounter(60_000), cluster(b).rateCounter(60_000)];
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await counters[i % 2]?.incr('RATE_LIMITER77'));
    expect(hits).toEqual([1, 2, 3, 4]);
    expect(await counters[0]?.incr('RATE_LIMITER78')).toBe(1);
    const short = cluster(a).rateCounter(200);
    expect([await short.incr('w'), await short.incr('w')]).toEqual([1, 2]);
    await sleep(300);
    expect(await short.incr('w')).toBe(1);
  });

  it('runs one update of a user at a time, and others\' meanwhile', async () => {
    const order: string[] = [];
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const first = cluster(a).withUserTurn(42, async () => {
      order.push('a starts');
      await held;
      order.push('a ends');
    });
    await expect.poll(() => order).toEqual(['a starts']);
    const second = cluster(b).withUserTurn(42, async () => void order.push('b runs'));
    await cluster(b).withUserTurn(43, async () => void order.push('another user'));
    await sleep(200);
    expect(order).toEqual(['a starts', 'another user']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['a starts', 'another user', 'a ends', 'b runs']);
  });
});
