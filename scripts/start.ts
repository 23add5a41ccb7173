/**
 * `npm start`: builds the site when its inputs changed since the last build, then serves it with
 * the Node adapter on PORT (default 4321) and HOST (default 127.0.0.1; 0.0.0.0 to listen on every
 * interface), with compressed responses. Prints the URL.
 *
 * With BOT_TOKEN set it runs the Telegram bot too: with BOT_MODE=webhook the same server receives
 * Telegram's updates on the bot's secret path; otherwise the bot polls in a child process
 * (`npm run bot`), stopped with the site.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, contentDir, projectRoot } from '../content/index.ts';
import type { SiteConfig } from '../site/lib/site-config.ts';
import { loadSiteConfig } from '../site/lib/site-config.ts';
import { FORM_PATHS } from '../site/lib/routes.ts';
import type { AppHandler } from '../site/server/capture.ts';
import { createFront } from '../site/server/front.ts';
import { PageCache } from '../site/server/page-cache.ts';
import { createSiteHandler } from '../site/server/site-handler.ts';
import { loadStaticFiles } from '../site/server/static-files.ts';

/** Memory for rendered pages, in bytes (least recently used go first). */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;
/** What the build reads: a change to any of these means the site must be built again. */
const INPUTS = ['site', 'content', 'astro.config.mjs', 'package-lock.json'];

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
  const inputs = [...INPUTS.map((i) => path.join(projectRoot, i)), contentDir()];
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

/** The bot with long polling, as `npm run bot` runs it, in a child process. */
function startPollingBot(): ChildProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, 'bot', 'main.ts')], { cwd: projectRoot, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') console.error(`The Telegram bot stopped (${signal ?? `exit code ${code}`}); the site keeps running.`);
  });
  return child;
}

async function main(): Promise<void> {
  const config = loadSiteConfig(process.env, projectRoot);
  const { port, host } = config;
  if (await needsBuild(config)) await build();
  else console.log('The site is up to date (set FORCE_BUILD=1 to build anyway).');

  // The adapter's server module (middleware mode) exports its request handler.
  const { handler } = (await import(pathToFileURL(entryOf(config)).href)) as { handler: AppHandler };
  const statics = await loadStaticFiles(path.join(config.outDir, 'client'));
  const webhook = process.env.BOT_TOKEN && process.env.BOT_MODE === 'webhook'
    ? await (await import('../bot/webhook.ts')).startWebhookBot()
    : undefined;
  const front = createFront({
    formPaths: new Set(FORM_PATHS),
    next: createSiteHandler({
      app: handler,
      statics,
      cache: new PageCache(PAGE_CACHE_BYTES),
      version: () => 0,
      onError: (url, error) => console.error(`Could not render ${url}: ${error instanceof Error ? error.stack : String(error)}`),
    }),
  });
  const server = http.createServer((req, res) => {
    if (webhook && req.url === webhook.path) void webhook.handle(req, res);
    else front(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Partner Hub is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/`);
  // The first search builds the search index; do it now rather than on a visitor's first search.
  void fetch(`http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/partners/search/?q=partner`).catch(() => undefined);
  const poller = process.env.BOT_TOKEN && !webhook ? startPollingBot() : undefined;
  if (webhook) console.log('The Telegram bot receives updates on its webhook path.');
  else if (!poller) console.log('The Telegram bot is off: set BOT_TOKEN to run it (see the README).');

  const stop = () => {
    poller?.kill('SIGTERM');
    void webhook?.stop();
    server.close(() => process.exit(0));
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
