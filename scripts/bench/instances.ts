/**
 * Several instances on PostgreSQL against one on SQLite: reminders delivered per second through
 * the Bot API imitation enforcing Telegram's limits (each instance a sender with its own store
 * connection, all sharing the pace in the database), and webhook updates answered per second by
 * `npm run bot` processes in webhook mode, one per instance, the updates spread over them as a
 * load balancer would.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Api } from 'grammy';
import { addDays, projectRoot } from '../../content/index.ts';
import { systemClock } from '../../bot/clock.ts';
import { DEFAULT_REMINDERS } from '../../bot/config.ts';
import { html } from '../../bot/format/html.ts';
import type { Logger } from '../../bot/logger.ts';
import type { PlannedReminderRow } from '../../bot/reminders/ledger.ts';
import { startLimitedBotApi } from '../../bot/reminders/limited-bot-api.ts';
import { createSender } from '../../bot/reminders/sender.ts';
import { openPostgresStore } from '../../bot/store/postgres.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import type { Store } from '../../bot/store/store.ts';
import { webhookPath } from '../../bot/webhook.ts';
import { freePort } from '../lib/free-port.ts';

const TOKEN = '123456789:BENCH-token-for-the-bot-api-imitation-0';
const FIRST_USER = 930_000_000;
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** How a batch through several senders went. */
export interface InstancesDelivery {
  perSecond: number;
  lost: number;
  duplicates: number;
  tooManyRequests: number;
}

/** The stores of `instances` instances: one SQLite store, or PostgreSQL stores on one fresh schema. */
async function stores(instances: number, databaseUrl?: string): Promise<Store[]> {
  if (!databaseUrl) return [openSqliteStore(':memory:')];
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const opened: Store[] = [];
  for (let i = 0; i < instances; i++) opened.push(await openPostgresStore({ url: databaseUrl, schema }));
  return opened;
}

/** `messages` reminders due at once (three per chat), delivered by `instances` senders, each `roundTripMs` from the imitation. */
export async function deliverThroughInstances(options: { instances: number; databaseUrl?: string; messages: number; roundTripMs: number }): Promise<InstancesDelivery> {
  const chats = Math.ceil(options.messages / 3);
  const telegram = await startLimitedBotApi({ token: TOKEN, roundTripMs: options.roundTripMs });
  const opened = await stores(options.instances, options.databaseUrl);
  try {
    const [first] = opened as [Store];
    const now = new Date();
    const rows: PlannedReminderRow[] = Array.from({ length: options.messages }, (_, i) => ({
      userId: FIRST_USER + (i % chats), partner: 'bench', kind: 'award-expiry', deadline: addDays('2090-01-01', i), offset: 1,
      dueAt: new Date(now.getTime() - 1000), expiresAt: new Date(now.getTime() + 86_400_000), timeZone: 'UTC',
    }));
    for (let c = 0; c < chats; c++) await first.seeUser(FIRST_USER + c, now);
    await first.reminders.syncPlan(rows, now, 'bench');
    const started = performance.now();
    await Promise.all(opened.map((store, i) => createSender({
      ledger: store.reminders, api: new Api(TOKEN, { apiRoot: telegram.apiRoot, timeoutSeconds: 30 }), clock: systemClock, log: quiet,
      config: DEFAULT_REMINDERS, worker: `bench-${i}`, shared: store.cluster, resolve: (row) => ({ send: { text: html`Reminder <b>#${row.id}</b>` } }),
    }).run()));
    const elapsed = performance.now() - started;
    const arrived = new Map<string, number>();
    for (const m of telegram.upstream.state.messages.values()) arrived.set(m.text, (arrived.get(m.text) ?? 0) + 1);
    const copies = [...arrived.values()].reduce((a, b) => a + b, 0);
    return {
      perSecond: (arrived.size / elapsed) * 1000, lost: options.messages - arrived.size, duplicates: copies - arrived.size,
      tooManyRequests: telegram.rejected.overall + telegram.rejected.perChat,
    };
  } finally {
    for (const store of opened) await store.close();
    await telegram.close();
  }
}

/** The Bot API imitation in its own process (scripts/bench/fake-api-process.ts): its address, and a way to stop it. */
async function remoteApi(): Promise<{ apiRoot: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'fake-api-process.ts'), TOKEN], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const apiRoot = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Bot API imitation exited (${code})`)));
    lines.on('line', (line) => {
      if (line.startsWith('root ')) resolve(line.slice(5));
    });
  });
  return { apiRoot, close: () => new Promise((resolve) => { child.once('exit', resolve); child.stdin.end(); setTimeout(() => child.kill(), 2000).unref(); }) };
}

/** Stops a child process and waits for it. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  await exited;
}

/**
 * Webhook updates answered per second by `instances` bot processes (`npm run bot`, BOT_MODE=webhook)
 * on one store, `count` updates from as many users, 16 in flight, spread over the instances in turn.
 */
export async function updatesThroughInstances(options: { instances: number; databaseUrl?: string; contentDir: string; count: number }): Promise<number> {
  const api = await remoteApi();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'partner-hub-bench-instances-'));
  const secret = 'bench-secret-for-the-webhook';
  const children: ChildProcess[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < options.instances; i++) {
      const port = await freePort();
      ports.push(port);
      children.push(spawn(process.execPath, ['--max-semi-space-size=16', path.join(projectRoot, 'bot/main.ts')], {
        cwd: projectRoot, stdio: 'ignore',
        env: {
          PATH: process.env.PATH, BOT_TOKEN: TOKEN, BOT_API_ROOT: api.apiRoot, BOT_MODE: 'webhook', WEBHOOK_SECRET: secret, PORT: String(port),
          CONTENT_DIR: options.contentDir, DATA_DIR: dataDir, REMINDERS: 'off', BOT_RATE_LIMIT: '100000', SITE_URL: 'https://partners.example.com',
          ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
        },
      }));
    }
    const target = webhookPath({ token: TOKEN });
    // Up when the webhook answers (401 without the secret).
    for (const port of ports) {
      for (let i = 0; ; i++) {
        const status = await fetch(`http://127.0.0.1:${port}${target}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).then((r) => r.status, () => 0);
        if (status === 401) break;
        if (i > 600) throw new Error('a bot instance did not start within 60 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    const post = (port: number, body: string) => new Promise<void>((resolve, reject) => {
      const req = http.request(`http://127.0.0.1:${port}${target}`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
    const update = (i: number) => {
      const user = 940_000_000 + i;
      return JSON.stringify({ update_id: i + 1, message: { message_id: 1, date: 1_790_000_000, text: '/tiers', chat: { id: user, type: 'private', first_name: 'B' }, from: { id: user, is_bot: false, first_name: 'B' }, entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
    };
    // Warm up each instance (the first answers compile the answering code).
    for (let i = 0; i < 20 * options.instances; i++) await post(ports[i % ports.length] as number, update(options.count + i));
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (next < options.count) {
        const i = next++;
        await post(ports[i % ports.length] as number, update(i));
      }
    }));
    const elapsed = performance.now() - started;
    agent.destroy();
    return (options.count / elapsed) * 1000;
  } finally {
    await Promise.all(children.map(stop));
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
