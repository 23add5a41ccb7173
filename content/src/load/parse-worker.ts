/**
 * A worker thread that parses partner files for `loadPartners` (parse-pool.ts): it gets the rules
 * once, then batches of files, and answers each batch with the parsed partners and their problems.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Rules } from '../rules.ts';
import type { ParsedResult } from './partners.ts';
import { parsePartner, partnerSchemaFor } from './partners.ts';

/** What the pool sends. */
export type WorkerRequest =
  | { type: 'rules'; rules: Rules }
  | { type: 'batch'; id: number; files: { name: string; absolute: string; file: string }[] };

let rules: Rules | undefined;
let schema: ReturnType<typeof partnerSchemaFor> | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'rules') {
    rules = message.rules;
    schema = partnerSchemaFor(rules);
    return;
  }
  if (!rules || !schema) throw new Error('the parse worker got files before the rules');
  const results: ParsedResult[] = message.files.map((f) => {
    const { partner, issues, warnings } = parsePartner(readFileSync(f.absolute, 'utf8'), f.name, f.file, rules as Rules, schema);
    return { partner, issues, warnings };
  });
  parentPort?.postMessage({ id: message.id, results });
});
