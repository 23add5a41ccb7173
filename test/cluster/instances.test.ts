/**
 * The README's production layout on one machine: three `npm start` instances (site and webhook)
 * on one PostgreSQL, behind nginx with the sample configuration, and the Bot API imitation
 * enforcing Telegram's limits (30 messages a second, one a second per chat, 429 above that).
 * A content change and /reload reach all three; six partners reserving one request through the
 * three get exactly five reservations; 3,000 reminders due at once are delivered, none lost, none
 * answered 429, with one instance killed mid-batch and the others finishing its work.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { todayUtc } from '../../content/index.ts';
import type { LimitedBotApi } from '../../bot/reminders/limited-bot-api.ts';
import { startLimitedBotApi } from '../../bot/reminders/limited-bot-api.ts';
import { openPostgresStore } from '../../bot/store/postgres.ts';
import type { Store } from '../../bot/store/store.ts';
import { webhookPath } from '../../bot/webhook.ts';
import { ADMIN, TEST_TOKEN } from '../bot/harness.ts';
import { projectRoot } from '../helpers.ts';
import type { TestNginx } from '../servers/nginx.ts';
import { startNginx } from '../servers/nginx.ts';
import type { TestPostgres } from '../servers/postgres.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { startPostgres } from '../servers/postgres.ts';
import { clusterContent } from './content.ts';
import { postForm, requestBody } from '../site/request-form.ts';

const PARTNERS = 1000;
const TEAM = 3;
const SECRET = 'cluster-test-webhook-secret';
/** REMINDER_IN_FLIGHT of every instance: the most a crash may send twice. */
const IN_FLIGHT = 4;

interface Instance {
  url: string;
  child: ChildProcess;
  output(): string;
}

let dir: string;
let postgres: TestPostgres;
let telegram: LimitedBotApi;
let nginx: TestNginx;
let store: Store;
let db: pg.Client;
let partners: Awaited<ReturnType<typeof clusterContent>>['partners'];
let contentDir: string;
const instances: Instance[] = [];

/** Starts `npm start`'s server on `port` with the production layout's variables. */
async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.ts')], {
    cwd: projectRoot, env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on ${port} did not start:\n${out}`)), 30_000);
    const check = () => {
      if (/running at http/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`instance on ${port} exited (${code}):\n${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => out };
}

const health = async (i: Instance) => (await (await fetch(`${i.url}/healthz`)).json()) as { status: string; version: number; content?: string; newest?: boolean; instance?: string };

/** Posts an update to the webhook through nginx, as Telegram does. */
async function webhook(update: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${nginx.url}${webhookPath({ token: TEST_TOKEN })}`, {
    method: 'POST', body: JSON.stringify(update), headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
  });
  await res.arrayBuffer();
  return res.status;
}

let updateId = 0;
const user = (id: number) => ({ id, is_bot: false, first_name: 'P' });
const command = (from: number, text: string) => ({
  update_id: ++updateId,
  message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: from, type: 'private', first_name: 'P' }, from: user(from), text, entities: [{ type: 'bot_command', offset: 0, length: text.length }] },
});
const press = (from: number, data: string) => ({
  update_id: ++updateId,
  callback_query: { id: `q${updateId}`, chat_instance: '1', data, from: user(from), message: { message_id: 1, date: 1, chat: { id: from, type: 'private', first_name: 'P' }, text: '' } },
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'partner-hub-cluster-'));
  postgres = await startPostgres();
  telegram = await startLimitedBotApi({ token: TEST_TOKEN, roundTripMs: 50 });
  ({ contentDir, partners } = await clusterContent(dir, PARTNERS, TEAM, todayUtc()));
  store = await openPostgresStore({ url: postgres.url });
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  const ports = [await freePort(), await freePort(), await freePort()];
  nginx = await startNginx(path.join(projectRoot, 'scripts/deploy/nginx.conf.template'), ports.map((p) => `127.0.0.1:${p}`));
  const env = {
    CONTENT_DIR: contentDir, SITE_OUT_DIR: inject('outDir'), SKIP_BUILD: '1', DATABASE_URL: postgres.url,
    BOT_TOKEN: TEST_TOKEN, BOT_MODE: 'webhook', WEBHOOK_SECRET: SECRET, SITE_URL: nginx.url, BOT_API_ROOT: telegram.apiRoot, BOT_ADMIN_IDS: String(ADMIN),
    FORM_SECRET: inject('formSecret'), REQUEST_RATE_LIMIT: '1000', TRUSTED_PROXIES: '127.0.0.1', REMINDER_IN_FLIGHT: String(IN_FLIGHT), REMINDER_CLAIM_TIMEOUT: '5',
  };
  instances.push(...await Promise.all(ports.map((p) => startInstance(p, env))));
  // Ready: content loaded and recorded, the same version everywhere, each bot's webhook registered.
  await until(async () => {
    const all = await Promise.all(instances.map(health));
    return all.every((h) => h.status === 'ok' && h.newest === true && h.content === all[0]?.content) && telegram.upstream.calls.filter((c) => c.method === 'setWebhook').length >= 3;
  }, 60_000, () => instances.map((i) => i.output()).join('\n---\n'));
}, 120_000);

/** Waits until `ready` is true, or throws with `explain()` after `ms`. */
async function until(ready: () => Promise<boolean>, ms: number, explain: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > end) throw new Error(`not ready within ${ms} ms:\n${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

afterAll(async () => {
  for (const i of instances) {
    if (i.child.exitCode === null && i.child.signalCode === null) {
      const exited = new Promise((resolve) => i.child.once('exit', resolve));
      i.child.kill('SIGTERM');
      await exited;
    }
  }
  await nginx?.stop();
  await db?.end();
  await store?.close();
  await telegram?.close();
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('three instances behind nginx on one PostgreSQL', () => {
  it('serve a content change from all three, each recording the same newest version', async () => {
    const before = await Promise.all(instances.map(health));
    const file = path.join(contentDir, 'partners', `${partners[0]?.slug}.md`);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n---\n/, '\n---\nNow also teaching sales pipelines in Uppsala. '));
    for (const i of instances) {
      await expect.poll(async () => (await (await fetch(`${i.url}/partners/${partners[0]?.slug}/`)).text()).includes('teaching sales pipelines in Uppsala'), { timeout: 15_000 }).toBe(true);
    }
    await expect.poll(async () => {
      const after = await Promise.all(instances.map(health));
      return after.every((h) => h.newest === true && h.content === after[0]?.content && h.content !== before[0]?.content);
    }, { timeout: 15_000 }).toBe(true);
    // Through the balancer, whichever instance answers.
    for (let k = 0; k < 3; k++) expect(await (await fetch(`${nginx.url}/partners/${partners[0]?.slug}/`)).text()).toContain('teaching sales pipelines in Uppsala');
    // The instances' rows follow their health: an instance records its version a moment after it serves it.
    await expect.poll(async () => {
      const { rows } = await db.query<{ id: string; digest: string | null }>('SELECT id, content_digest AS digest FROM cluster_instances WHERE stopped_at IS NULL ORDER BY id');
      // On a failure the rows show which instance records what.
      return new Set(rows.map((r) => r.digest).filter(Boolean)).size === 1 ? 1 : rows;
    }, { timeout: 10_000 }).toBe(1);
  });

  it('pass /reload on one to the other two', async () => {
    const before = (await Promise.all(instances.map(health))).map((h) => h.version);
    expect(await webhook(command(ADMIN, '/reload'))).toBe(200);
    await expect.poll(async () => (await Promise.all(instances.map(health))).every((h, k) => h.version > (before[k] ?? 0)), { timeout: 15_000 }).toBe(true);
  });

  it('give exactly five of six partners reserving one request at once, through the three', async () => {
    // A request on the site, through nginx: from a country no partner serves, so nobody is offered it.
    const posted = await postForm(nginx.url, '/request/', requestBody({ country: 'JP', city: 'Osaka', kind: 'training', language: 'en', email: 'nobody@osaka.example' }));
    expect(posted.status).toBe(303);
    // The request the six reserve, stored directly and marked offered, so no offers go out to the thousand partners.
    const sent = await store.leads.submit({ name: 'Lena Berg', company: 'Berg Logistik AB', email: 'lena.berg@logistik.example', country: 'SE', city: 'Uppsala', kind: 'training', language: 'sv',
      description: 'Training for twenty people on sales pipelines.' }, { at: new Date(), clientKey: 'cluster-test', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
    if (!sent.ok) throw new Error('the request was refused');
    const request = await store.leads.byReference(sent.reference);
    await store.leads.markOffered(request?.id ?? 0, [], new Date());
    const members = partners.slice(10, 16).map((p) => p.members[0] ?? 0);
    const statuses = await Promise.all(members.map((m) => webhook(press(m, `ld:r:${sent.reference}`))));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    await expect.poll(async () => telegram.upstream.calls.filter((c) => c.method === 'sendMessage' && members.includes(Number(c.params.chat_id)) && String(c.params.text).includes('lena.berg@logistik.example')).length, { timeout: 15_000 }).toBe(5);
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM lead_reservations WHERE request_id = $1', [request?.id]);
    expect(rows[0]?.n).toBe(5);
    const refused = telegram.upstream.calls.filter((c) => c.method === 'answerCallbackQuery' && /taken/i.test(String(c.params.text ?? '')));
    expect(refused).toHaveLength(1);
    // The three instances each took some of the presses.
    const { rows: workers } = await db.query<{ n: number }>(`SELECT count(DISTINCT id)::int AS n FROM cluster_instances WHERE stopped_at IS NULL`);
    expect(workers[0]?.n).toBe(3);
  });

  it('deliver 3,000 reminders due at once: none lost, no 429, at most the in-flight count twice for each instance killed or held up mid-batch', async () => {
    // The bot's replies of the tests before go at no shared pace: a second for them to be a second old.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Telegram lets a bot write only to people who opened a chat with it: now all 3,000 have.
    const members = partners.flatMap((p) => p.members);
    await db.query('INSERT INTO users (id, first_seen, last_seen) SELECT unnest($1::bigint[]), now(), now() ON CONFLICT (id) DO NOTHING', [members]);
    const rejectedBefore = telegram.rejected.overall + telegram.rejected.perChat;
    const arrivalsBefore = telegram.arrivals.length;
    const sentBefore = new Map<number, number>();
    for (const m of telegram.upstream.state.messages.values()) sentBefore.set(m.chatId, (sentBefore.get(m.chatId) ?? 0) + 1);
    const started = performance.now();
    // Every instance ticks after a reload: they all start sending at once.
    expect(await webhook(command(ADMIN, '/reload'))).toBe(200);
    const sentRows = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM reminders WHERE kind = 'annual-review' AND state = 'sent'")).rows[0]?.n ?? 0;
    await expect.poll(sentRows, { timeout: 90_000, interval: 500 }).toBeGreaterThan(1000);
    // SIGKILL mid-batch: whatever it had claimed waits for the claim timeout, then the others send it.
    const victim = instances[1] as Instance;
    const victimId = (await health(victim)).instance ?? '';
    victim.child.kill('SIGKILL');
    // And another held up (SIGSTOP) past the claim timeout, then let go: the third takes its claims
    // over meanwhile, and what it held must not go out a second time when it resumes.
    await expect.poll(sentRows, { timeout: 90_000, interval: 500 }).toBeGreaterThan(1600);
    const paused = instances[2] as Instance;
    paused.child.kill('SIGSTOP');
    await new Promise((resolve) => setTimeout(resolve, 7000));
    paused.child.kill('SIGCONT');
    const pending = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reminders r WHERE r.state IN ('pending', 'sending')
      AND r.next_at <= now() AND r.expires_at > now() AND EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id AND NOT u.blocked)`)).rows[0]?.n ?? -1;
    await expect.poll(pending, { timeout: 180_000, interval: 1000 }).toBe(0);
    const seconds = (performance.now() - started) / 1000;

    const { rows } = await db.query<{ user_id: number; state: string; claimed_by: string; attempts: number }>(
      "SELECT user_id, state, claimed_by, attempts FROM reminders WHERE kind = 'annual-review' AND offset_days = 7");
    expect(rows).toHaveLength(PARTNERS * TEAM);
    expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
    const arrived = new Map<number, number>();
    for (const m of telegram.upstream.state.messages.values()) {
      if (m.text.includes('Annual status review')) arrived.set(m.chatId, (arrived.get(m.chatId) ?? 0) + 1);
    }
    const lost = members.filter((m) => !arrived.has(m));
    const twice = [...arrived.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(lost).toEqual([]);
    // One crash and one stall: each may double the messages it had on their way.
    expect(twice).toBeLessThanOrEqual(2 * IN_FLIGHT);
    await expect.poll(() => paused.output()).toMatch(/held up \d+ s since the claim was last renewed|another sender had taken it over/);
    // The most messages that arrived within any one second, as they left the senders (before the imitation's delay).
    const arrivals = telegram.arrivals.slice(arrivalsBefore);
    let busiest = 0;
    for (let i = 0, j = 0; i < arrivals.length; i++) {
      while ((arrivals[i] ?? 0) - (arrivals[j] ?? 0) >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    expect(telegram.rejected.overall + telegram.rejected.perChat - rejectedBefore, `429s: ${JSON.stringify(telegram.rejected)}, busiest second ${busiest}`).toBe(0);
    expect(busiest).toBeLessThanOrEqual(30);
    // The other two finished what the killed one had claimed.
    const takenOver = rows.filter((r) => r.attempts > 1 && r.claimed_by !== victimId);
    expect(takenOver.length).toBeGreaterThan(0);
    const senders = new Set(rows.map((r) => r.claimed_by));
    expect(senders.size).toBe(3);
    // All together within Telegram's 30 a second: 3,000 cannot take less than 100 s.
    expect(seconds).toBeGreaterThan(PARTNERS * TEAM / 30);
    // What each instance's reminders did, for the record.
    for (const [k, i] of instances.entries()) console.log(`instance ${k}:\n${i.output().split('\n').filter((l) => /reminders|lease/.test(l)).slice(-6).join('\n')}`);
    console.log(`3,000 reminders through 3 instances, one killed, one held up: ${seconds.toFixed(1)} s, ${(PARTNERS * TEAM / seconds).toFixed(1)}/s, ${twice} sent twice, ${takenOver.length} taken over`);
  }, 300_000);
});
