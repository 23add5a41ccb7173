/**
 * The bot's speed through the local Bot API imitation: updates per second and reply latency, in
 * long polling (grammY's runner) and in webhook mode (the handler `npm start` mounts). Each update
 * comes from its own user, as real traffic does, so per-user ordering does not serialize them.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { run } from '@grammyjs/runner';
import type { Update } from 'grammy/types';
import { closeDeps, openDeps } from '../../bot/app.ts';
import { createBot } from '../../bot/bot.ts';
import { fixedClock } from '../../bot/clock.ts';
import { loadConfig } from '../../bot/config.ts';
import { FAKE_BOT } from '../../bot/dev/fake-bot-api.ts';
import { createLogger } from '../../bot/logger.ts';
import { createWebhookHandler } from '../../bot/webhook.ts';
import { percentile } from './stats.ts';

const TOKEN = '123456789:BENCH-token-for-the-bot-api-imitation-000';
/** What users send: a command with buttons, the statuses table, and a question answered from the docs. */
const TEXTS = ['/start', '/tiers', 'how long is the NFR subscription valid?'];

/** Throughput and latency of one mode. */
export interface BotSpeed {
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function update(i: number): Update {
  const user = 900_000_000 + i;
  const text = TEXTS[i % TEXTS.length] as string;
  return {
    update_id: i + 1,
    message: {
      message_id: 1, date: 1_790_000_000, text,
      chat: { id: user, type: 'private', first_name: 'Bench' },
      from: { id: user, is_bot: false, first_name: 'Bench' },
      ...(text.startsWith('/') && { entities: [{ type: 'bot_command', offset: 0, length: text.length }] }),
    },
  } as Update;
}

/** The imitation in its own process: its URL, a way to deliver updates, and when each chat got its reply. */
interface RemoteApi {
  apiRoot: string;
  deliver(update: Update): void;
  replies: Map<number, number>;
  close(): Promise<void>;
}

async function startRemoteApi(): Promise<RemoteApi> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'fake-api-process.ts'), TOKEN], { stdio: ['pipe', 'pipe', 'inherit'] });
  const replies = new Map<number, number>();
  const lines = createInterface({ input: child.stdout });
  const apiRoot = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the Bot API imitation exited (${code})`)));
    lines.on('line', (line) => {
      const [kind, a, b] = line.split(' ');
      if (kind === 'root' && a) resolve(a);
      else if (kind === 'reply') replies.set(Number(a), Number(b));
    });
  });
  return {
    apiRoot,
    deliver: (update) => child.stdin.write(`${JSON.stringify(update)}\n`),
    replies,
    close: () => new Promise((resolve) => {
      child.once('exit', resolve);
      child.stdin.end();
      setTimeout(() => child.kill(), 2000).unref();
    }),
  };
}

/** Epoch milliseconds, comparable with the imitation's clock. */
const now = () => performance.timeOrigin + performance.now();

async function withBot<T>(contentDir: string, asOf: string, use: (api: RemoteApi, bot: ReturnType<typeof createBot>) => Promise<T>): Promise<T> {
  const api = await startRemoteApi();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'partner-hub-bench-bot-'));
  const config = loadConfig({ BOT_TOKEN: TOKEN, BOT_API_ROOT: api.apiRoot, DATA_DIR: dataDir, SITE_URL: 'https://partners.example.com', BOT_RATE_LIMIT: '100000' });
  const deps = await openDeps(config, { watch: false, contentDir, clock: fixedClock(asOf), log: createLogger(TOKEN, () => undefined) });
  const bot = createBot(deps, { botInfo: FAKE_BOT });
  try {
    return await use(api, bot);
  } finally {
    await closeDeps(deps);
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Long polling with grammY's runner. Throughput: `count` updates queued at once. Latency: updates
 * arriving steadily at `pacedPerSecond`, from delivery to the reply reaching the imitation.
 */
export async function benchPolling(contentDir: string, asOf: string, count: number, pacedPerSecond = 200): Promise<BotSpeed> {
  return withBot(contentDir, asOf, async (api, bot) => {
    await bot.init();
    const runner = run(bot);
    const wait = async (n: number, since: number) => {
      while (api.replies.size < n && now() - since < 120_000) await new Promise((r) => setTimeout(r, 2));
    };
    // Warm up with as many updates as the burst: what is measured is a bot that has been answering
    // for a while (its code compiled by V8's optimizing tiers), not its first seconds.
    const warm = Math.max(50, count);
    for (let i = 0; i < warm; i++) api.deliver(update(count * 3 + i));
    await wait(warm, now());
    const burstStart = now();
    for (let i = 0; i < count; i++) api.deliver(update(i));
    await wait(warm + count, burstStart);
    const throughput = ((api.replies.size - warm) / (now() - burstStart)) * 1000;
    const delivered = new Map<number, number>();
    const paced = Math.min(count, pacedPerSecond * 5);
    for (let i = 0; i < paced; i++) {
      const u = update(count + i);
      delivered.set(u.message?.chat.id as number, now());
      api.deliver(u);
      await new Promise((r) => setTimeout(r, 1000 / pacedPerSecond));
    }
    await wait(warm + count + paced, now());
    await runner.stop();
    const latencies = [...delivered].map(([chat, at]) => (api.replies.get(chat) ?? Number.NaN) - at).filter(Number.isFinite);
    return { updatesPerSecond: throughput, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
  });
}

/** Webhook mode: `count` updates posted to the handler, `inFlight` at a time, as Telegram does. */
export async function benchWebhook(contentDir: string, asOf: string, count: number, inFlight = 16): Promise<BotSpeed> {
  return withBot(contentDir, asOf, async (_api, bot) => {
    await bot.init();
    const secret = 'bench-secret-for-the-webhook';
    const handle = createWebhookHandler(bot, secret);
    const server = http.createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
    const post = (body: string) => new Promise<void>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const body = JSON.stringify(update(next++));
        const t = performance.now();
        await post(body);
        latencies.push(performance.now() - t);
      }
    }));
    const elapsed = performance.now() - started;
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
    return { updatesPerSecond: (count / elapsed) * 1000, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99) };
  });
}
