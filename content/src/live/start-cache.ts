/**
 * The partner files as parsed by the last run, kept in one file between runs (in DATA_DIR), so a
 * restart parses only the files that changed since: the rest are taken back by their stamps (size,
 * times and inode) exactly as a live reload does. What the load read besides (docs pages, catalog
 * files, the glossary check's words) is kept beside them by a digest of its source (load/kept.ts):
 * an unchanged page is not parsed again either. The file is tied to the code that parsed it (a
 * digest of content/src) and to the rules and scope (the cache's own key): any difference and it is
 * ignored, and everything is parsed as on a first start. A missing, unreadable or broken file is
 * the same as none: the cache can only make a start faster, never different.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { projectRoot } from '../config.ts';
import { keepResults, keptResults } from '../load/kept.ts';
import type { PartnerCache } from '../load/partners.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 3;

let code: string | undefined;

/** A digest of the content module's code: parsed results from other code are not taken back. */
function codeDigest(): string {
  if (code) return code;
  const hash = createHash('sha256').update(process.version);
  const root = path.join(projectRoot, 'content', 'src');
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.ts')) continue;
    hash.update(name).update(readFileSync(path.join(root, name)));
  }
  return (code = hash.digest('hex'));
}

interface Kept {
  format: number;
  code: string;
  /** The content folder the files are in. */
  dir: string;
  rulesKey?: string;
  files: [string, unknown][];
  /** What the load read besides partner files (docs pages, catalog files, glossary words), by a digest of its source: see load/kept.ts. */
  results: [string, [string, unknown][]][];
}

/** Fills `cache` from `file` when it was written by this code for the folder `dir`; says whether it did. */
export function readStartCache(file: string, dir: string, cache: PartnerCache): boolean {
  let kept: Kept;
  try {
    kept = deserialize(readFileSync(file)) as Kept;
  } catch {
    return false;
  }
  if (kept?.format !== FORMAT || kept.code !== codeDigest() || kept.dir !== path.resolve(dir) || !Array.isArray(kept.files) || !Array.isArray(kept.results)) return false;
  keepResults(kept.results);
  cache.rulesKey = kept.rulesKey;
  cache.files.clear();
  for (const [name, parsed] of kept.files) cache.files.set(name, parsed as never);
  return true;
}

/** Writes `cache` of the folder `dir` to `file` (through a temporary file, so a crash never leaves half of one). */
export function writeStartCache(file: string, dir: string, cache: PartnerCache): void {
  const kept: Kept = { format: FORMAT, code: codeDigest(), dir: path.resolve(dir), rulesKey: cache.rulesKey, files: [...cache.files], results: keptResults() };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(kept), { mode: 0o600 });
  renameSync(temporary, file);
}
