/**
 * Implementation requests in the store, on both engines: a submission committed with its private
 * link kept as a hash, the rate limit, reservations (atomic across processes: six at once give
 * five), outcomes, and erasure that leaves no contact detail behind.
 */
import { spawn } from 'node:child_process';
import pg from 'pg';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRequest, SubmitOptions } from '../../content/index.ts';
import type { LeadStore } from '../../bot/store/leads.ts';
import type { Store } from '../../bot/store/store.ts';
import { projectRoot } from '../helpers.ts';
import { engines } from './engines.ts';

const ENGINES = engines();

const REQUEST: NewRequest = {
  name: 'Ana Souza', company: 'Souza Transportes Ltda', email: 'ana.souza@transportes.example', phone: '+55 19 3555 0123',
  country: 'BR', city: 'Campinas', kind: 'workflow-automation', language: 'pt', description: 'Approvals for purchase orders, about 40 users.',
};
const AT = new Date('2026-11-24T10:00:00Z');
const HOUR = 3_600_000;
const options = (at = AT, clientKey = 'client-a'): SubmitOptions => ({ at, clientKey, rateLimit: { max: 3, windowMs: HOUR }, reservationDays: 30 });
const later = (ms: number) => new Date(AT.getTime() + ms);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'leads-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Submits a request and returns its id, reference and token. */
async function submitted(leads: LeadStore, request: NewRequest = REQUEST, clientKey = `k-${Math.random()}`) {
  const result = await leads.submit(request, options(AT, clientKey));
  if (!result.ok) throw new Error('refused');
  const stored = await leads.byReference(result.reference);
  if (!stored) throw new Error('not stored');
  await leads.markOffered(stored.id, [{ partner: 'p1', rank: 0 }], AT);
  return { id: stored.id, reference: result.reference, token: result.token };
}

const reserveAs = (leads: LeadStore, requestId: number, partner: string, extra: { at?: Date; maxInProgress?: number } = {}) => leads.reserve({
  requestId, partner, partnerName: `${partner} Ltd`, userId: 7, at: extra.at ?? later(HOUR), maxPartners: 5, maxInProgress: extra.maxInProgress ?? 10,
});

describe.each(ENGINES)('a submitted request on $name', (engine) => {
  it('is stored when submit resolves, and its private link opens it after a restart; the token is kept only as a hash', async () => {
    const folder = path.join(dir, engine.name, 'durable');
    const first = await engine.open(folder);
    const result = await first.leads.submit(REQUEST, options());
    expect(result).toMatchObject({ ok: true, reference: expect.stringMatching(/^R-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/), token: expect.stringMatching(/^[\w-]{43}$/) });
    await first.close();
    const second = await engine.open(folder);
    const token = result.ok ? result.token : '';
    expect(await second.leads.view(token, later(1000))).toMatchObject({ reference: result.ok ? result.reference : '', kind: 'workflow-automation', city: 'Campinas', reservations: [] });
    await second.close();
    expect((await everything(engine, folder)).includes(token)).toBe(false);
  });

  it('is not found by a wrong, short or odd token', async () => {
    const store = await engine.open();
    const { token } = await submitted(store.leads);
    for (const wrong of [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token.slice(0, 20), '', 'constructor', `${token}x`]) {
      expect(await store.leads.view(wrong, AT)).toBeUndefined();
    }
    await store.close();
  });

  it('is refused past the rate limit for one sender, and taken again once the window has passed', async () => {
    const store = await engine.open();
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await store.leads.submit(REQUEST, options(later(i * 1000)))).ok);
    expect(results).toEqual([true, true, true, false]);
    expect((await store.leads.submit(REQUEST, options(later(2000), 'client-b'))).ok).toBe(true);
    expect((await store.leads.submit(REQUEST, options(later(HOUR + 1)))).ok).toBe(true);
    await store.close();
  });
});

describe.each(ENGINES)('reservations on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(() => store.close());

  it('give the first five partners the contact details and their place; the sixth finds it taken', async () => {
    const { id } = await submitted(store.leads);
    const results = [];
    for (const p of ['a', 'b', 'c', 'd', 'e', 'f']) results.push(await reserveAs(store.leads, id, p));
    expect(results.map((r) => r.result)).toEqual(['reserved', 'reserved', 'reserved', 'reserved', 'reserved', 'taken']);
    expect(results[4]).toEqual({ result: 'reserved', position: 5, contact: { name: 'Ana Souza', company: 'Souza Transportes Ltda', email: 'ana.souza@transportes.example', phone: '+55 19 3555 0123' } });
    // A second tap by the same partner shows what it has.
    expect(await reserveAs(store.leads, id, 'b')).toMatchObject({ result: 'already', position: 2 });
    expect(await store.leads.contactFor(id, 'c')).toMatchObject({ email: 'ana.souza@transportes.example' });
    expect(await store.leads.contactFor(id, 'f')).toBeNull();
  });

  it('stop at the number of requests the rating unlocks, and a withdrawn request frees its place', async () => {
    const first = await submitted(store.leads);
    const second = await submitted(store.leads);
    const third = await submitted(store.leads);
    expect((await reserveAs(store.leads, first.id, 'busy', { maxInProgress: 2 })).result).toBe('reserved');
    expect((await reserveAs(store.leads, second.id, 'busy', { maxInProgress: 2 })).result).toBe('reserved');
    expect(await reserveAs(store.leads, third.id, 'busy', { maxInProgress: 2 })).toEqual({ result: 'limit', inProgress: 2 });
    expect(await store.leads.setOutcome(first.id, 'busy', 'won', 7, later(2 * HOUR))).toBe('set');
    expect(await store.leads.inProgress('busy')).toBe(1);
    await store.leads.withdraw(second.token, later(2 * HOUR));
    expect(await store.leads.inProgress('busy')).toBe(0);
    expect((await reserveAs(store.leads, third.id, 'busy', { maxInProgress: 1 })).result).toBe('reserved');
  });

  it('are closed once the client withdraws, once the days run out, or once the details are erased', async () => {
    const withdrawn = await submitted(store.leads);
    await store.leads.withdraw(withdrawn.token, later(HOUR));
    expect(await reserveAs(store.leads, withdrawn.id, 'a', { at: later(2 * HOUR) })).toEqual({ result: 'closed', reason: 'withdrawn' });
    const old = await submitted(store.leads);
    expect(await reserveAs(store.leads, old.id, 'a', { at: later(30 * 24 * HOUR) })).toEqual({ result: 'closed', reason: 'expired' });
    expect((await reserveAs(store.leads, old.id, 'a', { at: later(30 * 24 * HOUR - 1) })).result).toBe('reserved');
    const erased = await submitted(store.leads);
    await store.leads.erase(erased.token, later(HOUR));
    expect(await reserveAs(store.leads, erased.id, 'a', { at: later(2 * HOUR) })).toEqual({ result: 'closed', reason: 'erased' });
    expect(await reserveAs(store.leads, 999_999, 'a')).toEqual({ result: 'unknown' });
  });

  it('let the client choose only a partner that reserved, and show who did', async () => {
    const { id, token } = await submitted(store.leads);
    await reserveAs(store.leads, id, 'a');
    expect((await store.leads.choose(token, 'z', later(2 * HOUR)))?.chosen).toBe(false);
    const chosen = await store.leads.choose(token, 'a', later(2 * HOUR));
    expect(chosen?.view).toMatchObject({ chosen: 'a', closeReason: 'chosen', reservations: [{ partner: 'a', name: 'a Ltd' }] });
  });
});

describe.each(ENGINES)('six partners reserving at once on $name, each in its own process', (engine) => {
  it('give exactly five reservations', async () => {
    const folder = path.join(dir, engine.name, 'race');
    const store = await engine.open(folder);
    const { id } = await submitted(store.leads);
    await store.close();
    const startAt = Date.now() + 1500;
    const target = engine.url ? await engine.url(folder) : undefined;
    const where = target ? [target.url, target.schema] : [folder];
    const child = (partner: string) => new Promise<string>((resolve, reject) => {
      const proc = spawn(process.execPath, [path.join(projectRoot, 'test/bot/fixtures/reserve-child.ts'), where[0] ?? '', String(id), partner, String(startAt), ...where.slice(1)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      proc.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`child ${partner} exited with ${code}`))));
    });
    const outputs = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map(child));
    const results = outputs.map((o) => (JSON.parse(o) as { result: string }).result).sort();
    expect(results).toEqual(['reserved', 'reserved', 'reserved', 'reserved', 'reserved', 'taken']);
    const again = await engine.open(folder);
    expect((await again.leads.byReference((await again.leads.exportRows())[0]?.reference ?? ''))?.reserved).toBe(5);
    await again.close();
  }, 30_000);
});

describe.each(ENGINES)('outcomes and erasure on $name', (engine) => {
  it('report outcomes by partner since a day', async () => {
    const store = await engine.open();
    const { id } = await submitted(store.leads);
    await reserveAs(store.leads, id, 'a');
    await reserveAs(store.leads, id, 'b');
    expect(await store.leads.setOutcome(id, 'a', 'lost', 7, later(HOUR))).toBe('set');
    expect(await store.leads.setOutcome(id, 'a', 'won', 7, later(2 * HOUR))).toBe('changed');
    expect(await store.leads.setOutcome(id, 'a', 'won', 7, later(3 * HOUR))).toBe('same');
    expect(await store.leads.setOutcome(id, 'c', 'won', 7, later(3 * HOUR))).toBe('not-reserved');
    expect(Object.fromEntries(await store.leads.outcomesSince(AT))).toEqual({ a: [{ outcome: 'won', on: '2026-11-24' }] });
    expect((await store.leads.awaitingOutcome()).map((r) => r.partner)).toEqual(['b']);
    await store.close();
  });

  it('erase the contact details and the description of requests closed long enough ago, leaving no trace in the store', async () => {
    const folder = path.join(dir, engine.name, 'erase');
    const store = await engine.open(folder);
    const closed = await submitted(store.leads, { ...REQUEST, email: 'closed.client@erase.example', description: 'A description to be erased later on.' });
    const open = await submitted(store.leads, { ...REQUEST, email: 'open.client@erase.example' });
    await reserveAs(store.leads, closed.id, 'a');
    await store.leads.withdraw(closed.token, later(HOUR));
    expect(await store.leads.eraseClosedBefore(later(HOUR - 1), later(2 * HOUR))).toBe(0);
    expect(await store.leads.eraseClosedBefore(later(HOUR), later(2 * HOUR))).toBe(1);
    expect(await store.leads.contactFor(closed.id, 'a')).toBeNull();
    expect((await store.leads.view(closed.token, later(2 * HOUR)))?.erasedAt).toEqual(later(2 * HOUR));
    expect(await store.leads.closeExpired(later(31 * 24 * HOUR))).toBe(1);
    expect((await store.leads.byReference(open.reference))?.closeReason).toBe('expired');
    await store.close();
    const bytes = await everything(engine, folder);
    expect(bytes.includes('closed.client@erase.example')).toBe(false);
    expect(bytes.includes('A description to be erased')).toBe(false);
    expect(bytes.includes('open.client@erase.example')).toBe(true);
  });
});

/**
 * Everything the store keeps for `folder`: the SQLite files' bytes; on PostgreSQL, every row of
 * every table as text (what any query can still read; the server's files are its own business).
 */
async function everything(engine: (typeof ENGINES)[number], folder: string): Promise<Buffer> {
  if (!engine.url) return Buffer.concat(await Promise.all((await readdir(folder)).map((f) => readFile(path.join(folder, f)))));
  const { url, schema } = await engine.url(folder);
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const tables = (await client.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [schema])).rows;
  const texts: string[] = [];
  for (const t of tables) texts.push(...(await client.query<{ row: string }>(`SELECT t::text AS row FROM ${t.name} t`)).rows.map((r) => r.row));
  await client.end();
  return Buffer.from(texts.join('\n'));
}
