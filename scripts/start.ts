/**
 * `npm start`: builds the site when its code changed since the last build, then serves it on PORT
 * (default 4321) and HOST (default 127.0.0.1; 0.0.0.0 to listen on every interface). Prints the URL.
 *
 * The server answers at once; the content loads beside it (/healthz says when it is still loading)
 * and stays live: a change to a content file is served within a second, with no restart; a change
 * with problems keeps the last good content and the log says why.
 *
 * With BOT_TOKEN set it runs the Telegram bot in the same process, on the same loaded content:
 * with BOT_MODE=webhook the server receives Telegram's updates on the bot's secret path; otherwise
 * the bot polls beside the site. SIGTERM or Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, ContentError, contentDir, notifyOnSubmit, warmIndexOf, projectRoot, startContentSource } from '../content/index.ts';
import type { LiveContentSnapshot, PartnerProfile, SiteRequests, StartingContentSource } from '../content/index.ts';
import { systemClock } from '../bot/clock.ts';
import type { BotConfig } from '../bot/config.ts';
import { loadStoreConfig } from '../bot/config.ts';
import { startLeadHousekeeping } from '../bot/leads/housekeeping.ts';
import { createLogger } from '../bot/logger.ts';
import { followContent } from '../bot/store/cluster-content.ts';
import { openStore, storeLocation } from '../bot/store/open.ts';
import type { WebhookBot } from '../bot/webhook.ts';
import type { SiteConfig } from '../site/lib/site-config.ts';
import { loadSiteConfig } from '../site/lib/site-config.ts';
import { formPaths, redactPrivatePath } from '../site/lib/routes.ts';
import type { AppHandler } from '../site/server/capture.ts';
import { createFront } from '../site/server/front.ts';
import { sendHealth } from '../site/server/health.ts';
import { requestTranslator } from '../site/server/problem.ts';
import { PageCache } from '../site/server/page-cache.ts';
import { createSiteHandler } from '../site/server/site-handler.ts';
import { loadStaticFiles } from '../site/server/static-files.ts';

/** Memory for rendered pages, in bytes (least recently used go first): about 7,000 partner pages, br and gzip. */
const PAGE_CACHE_BYTES = 32 * 1024 * 1024;
/** How long after a content version is in before its search index is built. */
const WARM_DELAY_MS = 250;
/**
 * What the build reads: a change to any of these means the site must be built again. Content is
 * not among them: pages render it on demand, and the server picks up every change live.
 */
const INPUTS = ['site', 'content/src', 'content/index.ts', 'astro.config.mjs', 'package-lock.json'];

/**
 * Whether loading `snapshot` read enough to leave much garbage: the first version, or a change to
 * the rules or to many partner files (reading one file leaves little, and V8 deals with it).
 */
function leftGarbage(snapshot: LiveContentSnapshot<PartnerProfile>): boolean {
  const { partners, rules } = snapshot.changes;
  return snapshot.version === 1 || rules || partners.all || partners.changed.length >= MANY_FILES;
}

/** Partner files read again in one load past which it is worth a collection. */
const MANY_FILES = 500;

/**
 * A full garbage collection once a version is loaded and its index built: reading thousands of
 * partner files leaves more garbage than the live content (at 10,000 partners about 250 MB of heap
 * for 95 MB live), and V8 lets it stand, and keeps the pages it freed pooled, until the heap next
 * fills, so the server would hold it for hours. The last-resort kind compacts and gives the pages
 * back (idle at 10,000 partners: about 200 MB instead of 310–350). Only with `--expose-gc` (npm
 * start sets it); one pause of around 100–250 ms after such a load (see leftGarbage), once it is live.
 */
function releaseMemory(): void {
  const collect = (globalThis as { gc?: (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void }).gc;
  collect?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

async function newest(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of await readdir(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, await newest(path.join(target, entry)));
  }
  return latest;
}

/** The adapter's server module in the build output. */
const entryOf = (config: SiteConfig) => path.join(config.outDir, 'server', 'entry.mjs');

async function needsBuild(config: SiteConfig): Promise<boolean> {
  if (config.forceBuild) return true;
  if (config.skipBuild) return false;
  const built = (await stat(entryOf(config)).catch(() => undefined))?.mtimeMs ?? 0;
  if (!built) return true;
  const inputs = INPUTS.map((i) => path.join(projectRoot, i));
  for (const input of inputs) if ((await newest(input)) > built) return true;
  return false;
}

function build(): Promise<void> {
  console.log('Building the site…');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: projectRoot, stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the site build failed (exit code ${code}); see the messages above`))));
  });
}

/**
 * The bot's configuration when BOT_TOKEN is set (checked before anything starts), else undefined.
 * The bot's code is loaded only then: without a token the server holds none of it.
 */
async function botConfiguration(): Promise<BotConfig | undefined> {
  if (!process.env.BOT_TOKEN) return undefined;
  const { loadFullConfig } = await import('../bot/app.ts');
  return loadFullConfig(process.env);
}

/** The path Telegram posts updates to in webhook mode. */
async function webhookPathname(config: BotConfig): Promise<string> {
  const { webhookPath } = await import('../bot/webhook.ts');
  return new URL(config.webhook?.url ?? `${config.siteUrl}${webhookPath(config)}`).pathname;
}

/** Logs what every content reload did. */
function logReloads(live: StartingContentSource<PartnerProfile>): void {
  void live.firstAttempt.then((issues) => {
    if (issues.length === 0) return;
    console.error(`The content has problems; the site answers 503 until they are fixed (files are watched):\n${new ContentError(issues).message}`);
  });
  live.onReload((result, trigger) => {
    if (trigger === 'start') return;
    if (result.ok) console.log(`Content reloaded: version ${result.snapshot.version}.`);
    else console.error(`A content change was not applied; the site keeps version ${result.kept.version}:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
  });
}

async function main(): Promise<void> {
  const config = loadSiteConfig(process.env, projectRoot);
  const storeConfig = loadStoreConfig(process.env);
  const botConfig = await botConfiguration();
  const { port, host } = config;
  if (await needsBuild(config)) await build();
  else console.log('The site is up to date (set FORCE_BUILD=1 to build anyway).');

  // With the bot, partners are loaded whole (it answers from their program data); without it, the
  // site's server loads their public profiles only: the program data is never parsed or held.
  // The partner files as parsed by the last run are taken back where unchanged (DATA_DIR, one file per scope).
  const startCache = (scope: string) => path.join(storeConfig.dataDir, `partners-${scope}.cache`);
  const full = botConfig ? startContentSource({ watch: true, startCache: startCache('full') }) : undefined;
  const live: StartingContentSource<PartnerProfile> = full ?? startContentSource({ watch: true, scope: 'public', startCache: startCache('public') });
  logReloads(live);
  // The adapter's server module (middleware mode) exports its request handler.
  const { handler } = (await import(pathToFileURL(entryOf(config)).href)) as { handler: AppHandler };
  const statics = await loadStaticFiles(path.join(config.outDir, 'client'));

  // Implementation requests: one store (DATA_DIR, or DATABASE_URL) for the site and the bot, open
  // even with the bot off, so a client's request is kept and waits; the bot, once it runs, offers
  // it to partners (at once when it runs here, told by `kickLeads`). Its housekeeping erases contact details.
  const log = createLogger(process.env.BOT_TOKEN);
  const store = await openStore(storeConfig);
  const housekeeping = startLeadHousekeeping(store, storeConfig.leads, systemClock, log);
  let kickLeads = () => {};
  const requests: SiteRequests = { desk: notifyOnSubmit(store.leads, () => kickLeads()), eraseAfterDays: storeConfig.leads.eraseAfterDays };

  // Several instances on one PostgreSQL: this one is recorded with the content version it serves;
  // a content change or /reload on any of them reaches the others.
  if (store.cluster) {
    await store.cluster.join();
    console.log(`Store: ${storeLocation(storeConfig)}, instance ${store.cluster.instance}.`);
  }
  const cluster = store.cluster ? followContent(store.cluster, live, contentDir(), log) : undefined;

  const cache = new PageCache(PAGE_CACHE_BYTES);
  // Each new version's search index is built soon after it is in, so the next search does not wait
  // for it: a moment later, so the pages asked for meanwhile go first, and in steps between requests.
  const warm = (snapshot: LiveContentSnapshot<PartnerProfile>) => setTimeout(() => {
    if (live.current() !== snapshot) return;
    warmIndexOf(snapshot)
      .then(() => {
        snapshot.forgetPrevious();
        if (leftGarbage(snapshot)) releaseMemory();
      })
      .catch((error: unknown) => log.error('the search index could not be built', error));
  }, WARM_DELAY_MS).unref();
  void live.ready().then(warm);
  live.onReload((result) => {
    if (!result.ok) return;
    cache.clear(result.snapshot.version);
    warm(result.snapshot);
  });
  const site = createSiteHandler({
    app: handler,
    statics,
    cache,
    content: live,
    outDir: config.outDir,
    siteUrl: config.siteUrl,
    requests,
    trustedProxies: config.trustedProxies,
    // A private request's token never goes to the log.
    onError: (url, error) => console.error(`Could not render ${redactPrivatePath(url)}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  const front = createFront({
    formPaths,
    translate: requestTranslator(live),
    next: (req, res) => (req.url === '/healthz' ? sendHealth(req, res, live.state(), { pages: cache.stats().pages, ...cluster?.health() }) : site(req, res)),
  });
  const hookPath = botConfig?.mode === 'webhook' ? await webhookPathname(botConfig) : undefined;
  let webhook: WebhookBot | undefined;
  const server = http.createServer((req, res) => {
    if (hookPath && req.url === hookPath) {
      // Telegram retries an update that was not taken.
      if (webhook) void webhook.handle(req, res);
      else res.writeHead(503, { 'retry-after': '5' }).end();
    } else {
      front(req, res);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Partner Hub is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`);

  let stopBot: (() => Promise<void>) | undefined;
  if (botConfig) {
    void live.ready().then(async () => {
      const [{ openOrExit }, { startWebhookBot }, { startPolling }, { runningReminders }] = await Promise.all([
        import('../bot/app.ts'), import('../bot/webhook.ts'), import('../bot/polling.ts'), import('../bot/reminders/service.ts'),
      ]);
      const deps = await openOrExit(process.env, (full as StartingContentSource).loaded(), store);
      kickLeads = () => void runningReminders(deps)?.kick();
      if (botConfig.mode === 'webhook') {
        webhook = await startWebhookBot(deps);
        stopBot = webhook.stop;
        console.log('The Telegram bot receives updates on its webhook path.');
      } else {
        try {
          stopBot = (await startPolling(deps)).stop;
        } catch (error) {
          console.error(`Telegram refused the bot: ${error instanceof Error ? error.message : String(error)} (check BOT_TOKEN); the site keeps running.`);
        }
      }
    });
  } else {
    console.log('The Telegram bot is off: set BOT_TOKEN to run it (see the README).');
  }

  const stop = () => {
    server.close(() => void (stopBot?.() ?? Promise.resolve()).finally(async () => {
      live.close();
      housekeeping.stop();
      await store.close();
      process.exit(0);
    }));
    // Idle keep-alive connections would hold the close back.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) for (const line of error.lines) console.error(`Configuration error: ${line}`);
  else console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
