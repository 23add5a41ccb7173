/**
 * A worker thread that parses partner files for `loadPartners` (parse-pool.ts): it gets the rules
 * once, then batches of files, and answers each batch with the parsed partners and their problems.
 */
import { parentPort } from 'node:worker_threads';
import type { Rules } from '../rules.ts';
import type { Scope } from './partners.ts';
import { parserFor } from './partners.ts';

/** What the pool sends. */
export type WorkerRequest =
  | { type: 'rules'; rules: Rules; scope: Scope }
  | { type: 'batch'; id: number; files: { name: string; absolute: string; file: string }[] };

let parse: ReturnType<typeof parserFor> | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'rules') {
    parse = parserFor(message.rules, message.scope);
    return;
  }
  if (!parse) throw new Error('the parse worker got files before the rules');
  parentPort?.postMessage({ id: message.id, results: parse(message.files) });
});
