/**
 * The implementation requests' benchmark (issue 13), one self-contained block of `npm run bench`:
 *
 * - `benchRequestForm`: requests accepted per second through the site's form: `npm start`'s server
 *   loaded with valid form posts (each stored and committed before its 303), then the store is
 *   opened to check that every 303 has its request;
 * - `benchLeadOffers`: the time from a confirmed request to the last partner notification when N
 *   partners receive it, through the real dispatcher, ledger and sender, against the Bot API
 *   imitation enforcing Telegram's limits (30 a second, one a second per chat).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Api } from 'grammy';
import { copyContentBase } from './generate.ts';
import { projectRoot } from '../../content/index.ts';
import { closeDeps, openDeps } from '../../bot/app.ts';
import { fixedClock } from '../../bot/clock.ts';
import { DEFAULT_REMINDERS } from '../../bot/config.ts';
import type { BotConfig } from '../../bot/config.ts';
import { startLimitedBotApi } from '../../bot/reminders/limited-bot-api.ts';
import { createReminderService } from '../../bot/reminders/service.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import { signStart } from '../../site/lib/request-form.ts';
import { startServer } from './http.ts';

const TOKEN = '123456789:BENCH-token-for-the-bot-api-imitation-1';
const FORM_SECRET = 'bench-form-secret-0123456789abcdef0123456789';
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The form's throughput. */
export interface FormSpeed {
  /** Requests answered with the redirect to their private page, per second. */
  acceptedPerSecond: number;
  p99Ms: number;
  /** Accepted (303) requests the store does not have afterwards. */
  missing: number;
}

/** Loads the form of a built site (`env`: CONTENT_DIR and SITE_OUT_DIR) for `seconds`. */
export async function benchRequestForm(env: Record<string, string>, seconds: number): Promise<FormSpeed> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-requests-'));
  const server = await startServer({ ...env, DATA_DIR: dataDir, FORM_SECRET, REQUEST_RATE_LIMIT: '100000' }, '/request/');
  try {
    const body = new URLSearchParams({
      name: 'Bench Client', company: 'Bench Client Ltd', email: 'client@bench.example', country: 'DE', city: 'Berlin', kind: 'training',
      language: 'de', description: 'Training for twenty people on sales pipelines and tasks.', consent: 'yes', started: signStart(Date.now() - 60_000, FORM_SECRET),
    }).toString();
    const result = await autocannon({
      url: `${server.url}/request/`, connections: 16, duration: seconds, method: 'POST', body,
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
    });
    const accepted = result.statusCodeStats?.['303']?.count ?? 0;
    await server.stop();
    const store = openSqliteStore(dataDir);
    const stored = (await store.leads.stats()).total.requests;
    await store.close();
    return { acceptedPerSecond: accepted / seconds, p99Ms: result.latency.p99, missing: Math.max(0, accepted - stored) };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** How the notifications of one request to N partners went. */
export interface OfferSpeed {
  partners: number;
  /** From the confirmed request to the last notification arriving, in seconds. */
  seconds: number;
  tooManyRequests: number;
  lost: number;
}

/** N Silver partners in one country offering training, each with one team member on Telegram, beside the real rules and docs. */
async function partnersContent(dir: string, count: number): Promise<string> {
  const content = path.join(dir, 'content');
  await copyContentBase(content);
  await mkdir(path.join(content, 'partners'), { recursive: true });
  // A Silver partner of the sample content, confirmed at its last review, as the template.
  const template = await readFile(path.join(projectRoot, 'content', 'partners', 'skargard-systems.md'), 'utf8');
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(5, '0');
    const text = template.replace(/^name: .*$/m, `name: Bench Partner ${n} AB`).replace(/^website: .*$/m, `website: https://partner-${n}.example.org`)
      .replace(/^email: .*$/m, `email: info@partner-${n}.example.org`).replace(/^ {2}telegram: .*$/m, `  telegram: ["${800_000_000 + i}"]`)
      .replace(/^services: .*$/m, 'services: [licensing, training]');
    await writeFile(path.join(content, 'partners', `bench-partner-${n}.md`), text);
  }
  return content;
}

/** One request that `partners` partners receive: from the confirmed request to the last notification. */
export async function benchLeadOffers(partners: number, asOf: string): Promise<OfferSpeed> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-offers-'));
  const telegram = await startLimitedBotApi({ token: TOKEN, perSecond: DEFAULT_REMINDERS.perSecond, perChatMs: DEFAULT_REMINDERS.perChatMs });
  try {
    const contentDir = await partnersContent(dir, partners);
    const config: BotConfig = {
      token: TOKEN, adminIds: [], dataDir: path.join(dir, 'data'), siteUrl: 'http://localhost:4321', mode: 'polling',
      rateLimit: { limit: 30, windowMs: 60_000 }, apiRoot: telegram.apiRoot, reminders: { ...DEFAULT_REMINDERS, enabled: false },
    };
    const deps = await openDeps(config, { watch: false, contentDir, clock: fixedClock(asOf), log: quiet });
    try {
      for (let i = 0; i < partners; i++) await deps.store.seeUser(800_000_000 + i, new Date());
      const service = createReminderService(deps, { api: new Api(TOKEN, { apiRoot: telegram.apiRoot, timeoutSeconds: 30 }) });
      const started = performance.now();
      const sent = await deps.store.leads.submit({
        name: 'Bench Client', company: 'Bench Client AB', email: 'client@bench.example', country: 'SE', city: 'Uppsala', kind: 'training',
        language: 'sv', description: 'Training for twenty people on sales pipelines and tasks.',
      }, { at: deps.clock.now(), clientKey: 'bench', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
      if (!sent.ok) throw new Error('the benchmark request was refused');
      await service.kick();
      const seconds = (performance.now() - started) / 1000;
      await service.stop();
      const arrived = new Set([...telegram.upstream.state.messages.values()].filter((m) => m.text.includes(sent.reference)).map((m) => m.chatId));
      return { partners, seconds, tooManyRequests: telegram.rejected.overall + telegram.rejected.perChat, lost: partners - arrived.size };
    } finally {
      await closeDeps(deps);
    }
  } finally {
    await telegram.close();
    await rm(dir, { recursive: true, force: true });
  }
}
