/**
 * `npm run lighthouse`: Lighthouse on every kind of page in every language. Builds the site when
 * its code changed (as `npm start` does), serves it with the shipped content on a free loopback
 * port, and audits each page in Debian's chromium, one at a time: the four category scores per page
 * and every audit that keeps one below 100. Exits 1 when any page is below 100.
 *
 *   npm run lighthouse                         every page kind, every language
 *   npm run lighthouse -- --language de        German pages only
 *   npm run lighthouse -- --page /check/       one address (without prefix), every language
 *   npm run lighthouse -- --url http://…       a site already running there
 *   npm run lighthouse -- --advice             Lighthouse's advice that counts in no score too
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../content/index.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';
import { freePort } from './lib/free-port.ts';
import { auditPage, CATEGORIES, categoriesBelow100, describeAudit, PAGE_KINDS, startChrome } from './lib/lighthouse.ts';

const USAGE = 'Usage: npm run lighthouse -- [--language <id>]... [--page <path>]... [--url <running site>] [--advice]';

/** Starts `npm start`'s server (building first when the code changed) on `port`; resolves with its URL and a stop. */
async function serve(port: number): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'partner-hub-lighthouse-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', './scripts/lib/compile-cache.ts', 'scripts/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SITE_URL: url, DATA_DIR: dataDir, BOT_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The build's lines, as npm start shows them.
      if (!/running at /.test(out)) process.stdout.write(chunk);
      if (/running at http:\/\//.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the site did not start (exit code ${code})`)));
  });
  // The content loads beside the server: wait until it answers pages.
  for (let i = 0; i < 600; i++) {
    const health = await fetch(`${url}/healthz`).then((r) => r.json() as Promise<{ status?: string }>, () => undefined);
    if (health && health.status !== 'loading') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, child, stop };
}

/** The site's languages and their addresses' prefixes (`/de`, or nothing for English), from its home page's alternates. */
async function languagesOf(url: string): Promise<{ id: string; prefix: string }[]> {
  const home = await (await fetch(`${url}/`, { headers: { cookie: 'lang=en' } })).text();
  return [...home.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
    .filter((m) => m[1] !== 'x-default')
    .map((m) => ({ id: m[1] ?? '', prefix: new URL(m[2] ?? '').pathname.replace(/\/$/, '') }));
}

async function main(): Promise<number> {
  const { values } = parseCli(process.argv.slice(2), {
    language: { type: 'string', multiple: true },
    page: { type: 'string', multiple: true },
    url: { type: 'string' },
    advice: { type: 'boolean' },
  }, USAGE);
  const kinds = values.page ? values.page.map((p) => PAGE_KINDS.find((k) => k.path === p) ?? { kind: 'page', path: p }) : PAGE_KINDS;
  for (const k of kinds) if (!k.path.startsWith('/')) throw new UsageError(`--page takes an address of the site without language prefix, like /check/, not ${k.path}\n${USAGE}`);

  const site = values.url ? { url: values.url.replace(/\/$/, ''), stop: async () => {} } : await serve(await freePort());
  const languages = await languagesOf(site.url);
  const locales = languages.filter((l) => !values.language || values.language.includes(l.id));
  if (locales.length === 0) {
    await site.stop();
    throw new UsageError(`no language ${values.language?.join(', ')}; the site has ${languages.map((l) => l.id).join(', ')}\n${USAGE}`);
  }
  const chrome = await startChrome().catch(async (error: unknown) => {
    await site.stop();
    throw error;
  });
  let below = 0;
  const started = performance.now();
  try {
    console.log(`Lighthouse ${CATEGORIES.join(', ')} on ${site.url}, ${kinds.length} page kinds × ${locales.length} languages, one at a time.\n`);
    for (const locale of locales) {
      for (const { kind, path: p } of kinds) {
        const audit = await auditPage(chrome, `${site.url}${locale.prefix}${p}`);
        const low = categoriesBelow100(audit);
        if (low.length > 0) below++;
        console.log(`${low.length > 0 ? '✗' : '✓'} ${describeAudit(`${locale.id} ${kind}`, audit, values.advice)}`);
      }
    }
  } finally {
    await chrome.close();
    await site.stop();
  }
  const pages = kinds.length * locales.length;
  console.log(`\n${pages - below} of ${pages} pages at 100 in every category (${((performance.now() - started) / 1000).toFixed(0)} s).`);
  return below > 0 ? 1 : 0;
}

runCli(main);
