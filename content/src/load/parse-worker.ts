/**
 * A worker thread that parses partner files for `loadPartners` (parse-pool.ts): it gets the rules
 * and every file, takes batches by the shared counter until none is left, and answers each batch
 * with the parsed partners and their problems.
 *
 * The parser is imported only after the worker has taken up the compile cache of the thread that
 * started it (a worker does not inherit it): its modules then load from the compiled code kept in
 * .cache/ instead of being stripped of their types and compiled again, a third faster.
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Rules } from '../rules.ts';
import type { FileToParse, ParsedResult, Scope } from './partners.ts';

/** What the pool gives a worker when it starts it. */
export interface WorkerStart {
  /** The starting thread's compile cache folder, if it has one. */
  compileCache?: string;
  /**
   * The content folder of the load the worker is started ahead of: while it waits for the partner
   * files (the calling thread reads the rules first), it reads the catalogs for that thread.
   */
  contentDir?: string;
}

/** What the pool sends: the rules, every file, and the shared counter the threads take batches by. */
export interface WorkerRequest {
  type: 'parse';
  rules: Rules;
  scope: Scope;
  files: FileToParse[];
  /** The start of the next batch not taken yet, shared by every thread (Atomics.add). */
  next: Int32Array;
  batch: number;
}

/** What a worker answers: each batch it parsed, then that no batch is left. */
export type WorkerReply = { type: 'batch'; id: number; results: ParsedResult[] } | { type: 'done' }
  /** Results made ahead for the calling thread's kept tables (kept.ts): the catalogs' entries. */
  | { type: 'kept'; results: [string, [string, unknown][]][] };

const { compileCache, contentDir } = (workerData ?? {}) as WorkerStart;
if (compileCache) module.enableCompileCache(compileCache);
const parsers = import('./partners.ts');
// Made before any parsing starts (a parse takes every batch it can in one go), and always
// answered (the calling thread waits for it): after a failure, with nothing, and that thread
// reads the catalogs itself.
const ahead = contentDir
  ? import('../i18n/catalogs.ts').then(({ catalogEntriesAhead }) => catalogEntriesAhead(contentDir)).catch(() => [])
    .then((results) => parentPort?.postMessage({ type: 'kept', results } satisfies WorkerReply))
  : Promise.resolve();

parentPort?.on('message', (message: WorkerRequest) => {
  void Promise.all([parsers, ahead]).then(([{ parserFor }]) => {
    const parse = parserFor(message.rules, message.scope);
    for (let start = Atomics.add(message.next, 0, message.batch); start < message.files.length; start = Atomics.add(message.next, 0, message.batch)) {
      parentPort?.postMessage({ type: 'batch', id: start, results: parse(message.files.slice(start, start + message.batch)) } satisfies WorkerReply);
    }
    parentPort?.postMessage({ type: 'done' } satisfies WorkerReply);
  });
});
