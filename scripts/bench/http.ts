/**
 * Serving, measured as a visitor's browser would load it: `npm start`'s server and a plain static
 * file server (static-peer.ts) serving the same pages, each loaded in turn by autocannon over
 * loopback (50 connections, gzip accepted), so every figure is also a ratio against the peer in
 * the same run. Also: start to first answer, memory, and an edit going live.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { projectRoot } from '../../content/index.ts';

/** A server the bench started. */
export interface Served {
  url: string;
  child: ChildProcess;
  /** From spawning to the server listening, and to its first page with the content loaded. */
  listeningMs: number;
  firstPageMs: number;
  stop(): Promise<void>;
}

/** Spawns `script` and resolves once a line of its output matches `ready` (its first group: the URL). */
function spawnUntil(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = ready.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], ms: performance.now() - started });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with code ${code}:\n${out}`)));
  });
}

const stopper = (child: ChildProcess) => async () => {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
};

/** The Node flags an npm script (`node <flags> <script>`) starts with, paths made absolute: measured as it runs. */
export function scriptFlags(name: string): string[] {
  const script = (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[name] ?? '';
  return script.split(/\s+/).slice(1, -1).map((arg) => (arg.startsWith('./') ? path.join(projectRoot, arg) : arg));
}

/** Node's flags in `npm start`, so the bench starts the server exactly as it does. */
const startFlags = () => scriptFlags('start');

/** Starts `npm start`'s server (no build, no bot) on `env`'s content and build; times its start. */
export async function startServer(env: Record<string, string>, firstPage = '/partners/'): Promise<Served> {
  const started = performance.now();
  const { child, url, ms } = await spawnUntil([...startFlags(), path.join(projectRoot, 'scripts/start.ts')], {
    ...process.env, ...env, PORT: '0', SKIP_BUILD: '1', BOT_TOKEN: '',
  }, /running at (http:\/\/[^\s/]+)\//);
  for (;;) {
    const response = await fetch(url + firstPage).catch(() => undefined);
    if (response?.status === 200) {
      await response.arrayBuffer();
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return { url, child, listeningMs: ms, firstPageMs: performance.now() - started, stop: stopper(child) };
}

/** Resident memory of a process, in MB (Linux). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Fetches `paths` from the server as they are and writes them as static files (and their gzip) under `dir`. */
export async function exportPages(url: string, paths: readonly string[], dir: string): Promise<void> {
  for (const p of paths) {
    const body = Buffer.from(await (await fetch(url + p, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    const file = path.join(dir, p.endsWith('/') ? `${p}index.html` : p);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
    await writeFile(`${file}.gz`, gzipSync(body, { level: 6 }));
  }
}

/** Starts the static file server on `dir`. */
export async function startPeer(dir: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const { child, url } = await spawnUntil([path.join(projectRoot, 'scripts/bench/static-peer.ts'), dir], process.env, /static peer at (http:\/\/\S+)/);
  return { url, child, stop: stopper(child) };
}

/** What a load run measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not 2xx, and errors (timeouts, resets). */
  failures: number;
  /** Highest memory of the server seen during the run, in MB. */
  peakRssMb: number;
}

/**
 * Loads `base` with `connections` connections for `seconds`, each request for one of `paths` in
 * turn, accepting gzip; samples the memory of `pid` meanwhile.
 */
export async function load(base: string, paths: readonly string[], options: { seconds: number; connections?: number; pid?: number }): Promise<LoadResult> {
  let next = 0;
  let peak = rssMb(options.pid);
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb(options.pid)); }, 200);
  try {
    const result = await autocannon({
      url: base,
      connections: options.connections ?? 50,
      duration: options.seconds,
      headers: { 'accept-encoding': 'gzip' },
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) }],
    });
    return {
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      failures: result.non2xx + result.errors + result.timeouts,
      peakRssMb: Math.max(peak, rssMb(options.pid)),
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Edits a partner file under a running server and times until its page shows the edit. Restores
 * the file afterwards (and waits for that to go live too, so the next measurement starts clean).
 */
export async function editToLive(url: string, file: string, slug: string): Promise<number> {
  const original = await readFile(file, 'utf8');
  const marker = `Edited for the benchmark at ${Date.now()}.`;
  const shows = async (text: string) => (await (await fetch(`${url}/partners/${slug}/`)).text()).includes(text);
  const started = performance.now();
  await writeFile(file, original.replace(/\n---\n/, `\n---\n${marker} `));
  while (!(await shows(marker))) await new Promise((r) => setTimeout(r, 10));
  const ms = performance.now() - started;
  await writeFile(file, original);
  while (await shows(marker)) await new Promise((r) => setTimeout(r, 20));
  return ms;
}
