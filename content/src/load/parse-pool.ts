/**
 * Parsing many partner files on every core: worker threads (parse-worker.ts) and the calling
 * thread take batches from one queue until it is empty, so a cold load of 10,000 files takes about
 * half the time on two cores, and the calling thread, parsing in small batches between other work,
 * keeps answering requests meanwhile.
 */
import { readdirSync } from 'node:fs';
import module from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../config.ts';
import type { Rules } from '../rules.ts';
import { keepResults } from './kept.ts';
import type { FileToParse, ParsedResult, Scope } from './partners.ts';
import type { WorkerReply, WorkerRequest, WorkerStart } from './parse-worker.ts';

/** Below this many files, starting workers costs more than it saves: they are parsed on this thread. */
export const PARALLEL_FROM = 1500;

/** Files per batch: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 200;

/** The worker's source file, found from the project root (the site's bundle never starts workers). */
const WORKER = path.join(projectRoot, 'content', 'src', 'load', 'parse-worker.ts');


/**
 * A parse worker, loading its modules from this thread's compile cache when it has one; started
 * ahead of the load of `contentDir`, it reads that folder's catalogs first and hands them over.
 */
function startWorker(contentDir?: string): Worker {
  const worker = new Worker(WORKER, { workerData: { compileCache: module.getCompileCacheDir(), contentDir } satisfies WorkerStart });
  if (!contentDir) return worker;
  const { promise, resolve } = Promise.withResolvers<void>();
  worker.on('message', (message: WorkerReply) => {
    if (message.type !== 'kept') return;
    keepResults(message.results, { made: true });
    resolve();
  });
  // A worker that fails or stops has nothing more to give.
  worker.once('error', () => resolve());
  worker.once('exit', () => resolve());
  readingAhead = promise;
  return worker;
}

/** Settles when the worker reading ahead for the coming load (the catalogs) has handed over what it read. */
let readingAhead: Promise<void> | undefined;

/**
 * Settles once what a worker started ahead of this load reads for it is here (at once when none
 * does): the load waits for it rather than reading the same files again beside it.
 */
export function readAhead(): Promise<void> {
  return readingAhead ?? Promise.resolve();
}

/** How many workers a parse starts: one per core beside this thread's, at least one, at most three. */
const workerCount = () => Math.max(1, Math.min(3, availableParallelism() - 1));

/** Workers started ahead of a parse (`prestartWorkers`), each with whether it has stopped. */
let spare: { worker: Worker; stopped: boolean }[] = [];
let spareTimer: NodeJS.Timeout | undefined;

/**
 * Starts the workers of a parse that is about to come, so that loading their modules (a few hundred
 * milliseconds) runs while this thread reads the rules, catalogs and docs instead of after. The
 * next `parseInParallel` takes them; if none comes within 30 s, they stop.
 */
function prestartWorkers(contentDir: string): void {
  if (spare.length) return;
  spare = Array.from({ length: workerCount() }, (_, i) => {
    // One worker reads the catalogs ahead: they are a few files.
    const entry = { worker: startWorker(i === 0 ? contentDir : undefined), stopped: false };
    entry.worker.unref();
    // A worker that fails before it is taken is replaced when taken; its error is not this load's.
    entry.worker.once('error', () => { entry.stopped = true; });
    entry.worker.once('exit', () => { entry.stopped = true; });
    return entry;
  });
  spareTimer = setTimeout(() => {
    for (const { worker } of spare) void worker.terminate();
    spare = [];
  }, 30_000).unref();
}

/**
 * Starts the workers when `contentDir` holds enough partner files to be parsed in parallel: called
 * by an entry point before it loads the content module (`npm run check`), they then load theirs
 * meanwhile, on the other cores, and are ready when the partner files are handed out.
 */
export function prestartWorkersFor(contentDir: string): void {
  if (spare.length) return;
  let count: number;
  try {
    count = readdirSync(path.join(contentDir, 'partners')).length;
  } catch {
    return;
  }
  if (count >= PARALLEL_FROM) prestartWorkers(contentDir);
}

/** The started workers that are still running, and new ones for the rest. */
function takeWorkers(): Worker[] {
  clearTimeout(spareTimer);
  const ready = spare.filter((s) => !s.stopped).map((s) => s.worker);
  spare = [];
  for (const worker of ready) worker.ref();
  return [...ready, ...Array.from({ length: Math.max(0, workerCount() - ready.length) }, () => startWorker())];
}

/**
 * Parses `files` against `rules` with `availableParallelism() - 1` workers (at least one) and
 * `here`, this thread's own parser, all taking batches in turn; returns the results in order.
 * This thread joins once `joinAfter` has settled: when it has other work of its own meanwhile
 * (the docs, the catalogs), the workers take the batches it would have taken, so that every
 * thread runs out of work at about the same time instead of this one finishing alone.
 */
export async function parseInParallel(files: readonly FileToParse[], rules: Rules, scope: Scope, here: (batch: FileToParse[]) => Promise<ParsedResult[]>, joinAfter?: Promise<unknown>): Promise<ParsedResult[]> {
  const results: ParsedResult[] = new Array(files.length);
  const list = files.map(({ name, absolute, file, racy }) => ({ name, absolute, file, racy }));
  // The queue is one shared counter: each thread takes the next batch itself, so a worker never
  // waits for this thread (busy with the docs, say) to hand it one.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const take = () => {
    const start = Atomics.add(next, 0, BATCH);
    return start < list.length ? start : undefined;
  };
  const workers = takeWorkers();
  try {
    const runWorker = (worker: Worker) => new Promise<void>((resolve, reject) => {
      let done = false;
      worker.on('message', (message: WorkerReply) => {
        if (message.type === 'done') {
          done = true;
          resolve();
          return;
        }
        if (message.type === 'batch') message.results.forEach((r, i) => { results[message.id + i] = r; });
      });
      worker.once('error', reject);
      // Stopped before saying it was done (whatever its code): some batches have no results.
      worker.once('exit', (code) => { if (!done) reject(new Error(`a parse worker stopped before it was done (exit code ${code})`)); });
      worker.postMessage({ type: 'parse', rules, scope, files: list, next, batch: BATCH } satisfies WorkerRequest);
    });
    const working = workers.map(runWorker);
    const runHere = async () => {
      // Waiting ends when the workers are done too: nothing is left then, whatever became of the other work.
      if (joinAfter) await Promise.race([joinAfter, Promise.allSettled(working)]).catch(() => undefined);
      for (let start = take(); start !== undefined; start = take()) {
        (await here(list.slice(start, start + BATCH))).forEach((r, i) => { results[start + i] = r; });
      }
    };
    await Promise.all([...working, runHere()]);
    return results;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
